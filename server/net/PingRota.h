#pragma once

namespace agentdesk::server {

// Which sessions a heartbeat tick pings: each session once per heartbeat interval, a slice of
// them per tick of about kTickMs. Pinged all at once, 10,000 connections and their pongs held
// the server's thread for about 200 ms every interval: a p99 of 190-240 ms at 2,000 msg/s with
// 10,000 connections whenever that moment fell in the measurement (PERFORMANCE.md). The sessions'
// token checks go by a rota of their own, for the same reason.
class PingRota {
public:
    static constexpr int kTickMs = 100;

    explicit PingRota(int intervalMs);
    int tickMs() const { return m_tickMs; }
    int slices() const { return m_slices; }
    // A session's slice, the same for its whole life.
    int sliceOf(const void* session) const;
    bool isDue(const void* session) const { return sliceOf(session) == m_current; }
    // To the next tick's slice.
    void advance() { m_current = (m_current + 1) % m_slices; }

private:
    int m_slices;
    int m_tickMs;
    int m_current = 0;
};

} // namespace agentdesk::server
