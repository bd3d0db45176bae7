#pragma once

#include "ServerConfig.h"
#include "net/Hub.h"
#include "store/ConversationStore.h"
#include "store/Database.h"
#include "store/Directory.h"
#include "store/EventLog.h"
#include "store/IdempotencyStore.h"

namespace agentdesk::server {

class ChatService;
class AuthService;
class Router;

// The parts of one running server, owned by Server and shared by its sessions and services.
struct ServerContext {
    explicit ServerContext(const ServerConfig& c)
        : config(c)
        , events(db, c.eventRetention)
        , directory(db)
        , conversations(db)
        , idempotency(db)
    {
    }

    ServerConfig config;
    Database db;
    EventLog events;
    Directory directory;
    ConversationStore conversations;
    IdempotencyStore idempotency;
    Hub hub;
    ChatService* chat = nullptr;
    AuthService* auth = nullptr;
    Router* router = nullptr;
};

} // namespace agentdesk::server
