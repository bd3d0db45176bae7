#pragma once

#include <QStringList>

#include <vector>

namespace agentdesk::server {

// The schema, as numbered steps: step N brings a database from version N-1 to N inside one
// transaction. Append only; never edit a step that has shipped.
const std::vector<QStringList>& migrations();

} // namespace agentdesk::server
