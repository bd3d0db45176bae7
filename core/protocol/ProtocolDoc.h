#pragma once

#include <QString>

namespace agentdesk::protocol {

// The frame tables of docs/PROTOCOL.md, generated from the frame table and the records' fields,
// so that the document cannot drift from the code (tst_protocol_doc compares them).
QString frameTablesMarkdown();

} // namespace agentdesk::protocol
