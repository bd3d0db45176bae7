#include "store/Migrations.h"

namespace agentdesk::server {
namespace {

// Portable SQL (SQLite and PostgreSQL): BIGINT ids that the server assigns through RETURNING,
// timestamps as milliseconds since the epoch, money as integer cents.
QStringList version1()
{
    return {
        QStringLiteral(R"(CREATE TABLE teams (
            id INTEGER PRIMARY KEY,
            name TEXT NOT NULL UNIQUE,
            topics TEXT NOT NULL DEFAULT ''))"),
        QStringLiteral(R"(CREATE TABLE users (
            id INTEGER PRIMARY KEY,
            login TEXT NOT NULL UNIQUE,
            display_name TEXT NOT NULL,
            role TEXT NOT NULL CHECK (role IN ('agent', 'lead', 'trainer', 'admin')),
            level TEXT NOT NULL DEFAULT '',
            team_id BIGINT REFERENCES teams(id),
            password_hash TEXT NOT NULL,
            status TEXT NOT NULL DEFAULT 'online' CHECK (status IN ('online', 'away', 'busy', 'offline')),
            capacity INTEGER NOT NULL DEFAULT 5 CHECK (capacity >= 0),
            last_assigned_at BIGINT NOT NULL DEFAULT 0))"),
        QStringLiteral(R"(CREATE TABLE auth_tokens (
            token_hash TEXT PRIMARY KEY,
            principal_kind TEXT NOT NULL,
            principal_id BIGINT NOT NULL,
            created_at BIGINT NOT NULL,
            expires_at BIGINT NOT NULL))"),
        QStringLiteral(R"(CREATE TABLE customers (
            id INTEGER PRIMARY KEY,
            external_ref TEXT NOT NULL UNIQUE,
            name TEXT NOT NULL,
            tier TEXT NOT NULL DEFAULT 'regular',
            tags TEXT NOT NULL DEFAULT '',
            lifetime_value_cents BIGINT NOT NULL DEFAULT 0,
            segment TEXT NOT NULL DEFAULT '',
            notes TEXT NOT NULL DEFAULT '',
            channel TEXT NOT NULL DEFAULT 'web',
            created_at BIGINT NOT NULL))"),
        QStringLiteral(R"(CREATE TABLE products (
            id INTEGER PRIMARY KEY,
            sku TEXT NOT NULL UNIQUE,
            name TEXT NOT NULL,
            name_zh TEXT NOT NULL DEFAULT '',
            category TEXT NOT NULL,
            kind TEXT NOT NULL CHECK (kind IN ('product', 'addon', 'warranty', 'service')),
            price_cents BIGINT NOT NULL CHECK (price_cents >= 0),
            description TEXT NOT NULL DEFAULT ''))"),
        QStringLiteral(R"(CREATE TABLE product_addons (
            product_id BIGINT NOT NULL REFERENCES products(id),
            addon_id BIGINT NOT NULL REFERENCES products(id),
            PRIMARY KEY (product_id, addon_id)))"),
        QStringLiteral(R"(CREATE TABLE orders (
            id INTEGER PRIMARY KEY,
            order_no TEXT NOT NULL UNIQUE,
            customer_id BIGINT NOT NULL REFERENCES customers(id),
            status TEXT NOT NULL,
            total_cents BIGINT NOT NULL,
            created_at BIGINT NOT NULL,
            carrier TEXT NOT NULL DEFAULT '',
            tracking_no TEXT NOT NULL DEFAULT '',
            logistics_state TEXT NOT NULL DEFAULT ''))"),
        QStringLiteral("CREATE INDEX orders_by_customer ON orders (customer_id, created_at)"),
        QStringLiteral(R"(CREATE TABLE order_items (
            order_id BIGINT NOT NULL REFERENCES orders(id),
            product_id BIGINT NOT NULL REFERENCES products(id),
            quantity INTEGER NOT NULL CHECK (quantity > 0),
            price_cents BIGINT NOT NULL))"),
        QStringLiteral("CREATE INDEX order_items_by_order ON order_items (order_id)"),
        QStringLiteral(R"(CREATE TABLE coupon_templates (
            id INTEGER PRIMARY KEY,
            name TEXT NOT NULL,
            kind TEXT NOT NULL CHECK (kind IN ('amount', 'percent')),
            amount_cents BIGINT NOT NULL DEFAULT 0,
            percent INTEGER NOT NULL DEFAULT 0,
            cap_cents BIGINT NOT NULL DEFAULT 0,
            min_order_cents BIGINT NOT NULL DEFAULT 0,
            valid_days INTEGER NOT NULL DEFAULT 7))"),
        QStringLiteral(R"(CREATE TABLE conversations (
            id INTEGER PRIMARY KEY,
            customer_id BIGINT NOT NULL REFERENCES customers(id),
            team_id BIGINT REFERENCES teams(id),
            channel TEXT NOT NULL,
            topic TEXT NOT NULL DEFAULT '',
            status TEXT NOT NULL CHECK (status IN ('waiting', 'assigned', 'closed')),
            agent_id BIGINT REFERENCES users(id),
            created_at BIGINT NOT NULL,
            assigned_at BIGINT,
            closed_at BIGINT,
            first_response_at BIGINT,
            last_message_at BIGINT NOT NULL,
            last_preview TEXT NOT NULL DEFAULT '',
            waiting_since BIGINT NOT NULL DEFAULT 0,
            resolution TEXT NOT NULL DEFAULT '',
            csat INTEGER NOT NULL DEFAULT 0 CHECK (csat BETWEEN 0 AND 5),
            csat_comment TEXT NOT NULL DEFAULT ''))"),
        QStringLiteral("CREATE INDEX conversations_by_agent ON conversations (agent_id, status)"),
        QStringLiteral("CREATE INDEX conversations_by_customer ON conversations (customer_id, status)"),
        QStringLiteral("CREATE INDEX conversations_by_status ON conversations (status, team_id)"),
        QStringLiteral(R"(CREATE TABLE messages (
            id INTEGER PRIMARY KEY,
            conversation_id BIGINT NOT NULL REFERENCES conversations(id),
            sender TEXT NOT NULL CHECK (sender IN ('customer', 'agent', 'system', 'note')),
            author_id BIGINT NOT NULL DEFAULT 0,
            sender_name TEXT NOT NULL,
            body TEXT NOT NULL,
            created_at BIGINT NOT NULL,
            idem_key TEXT NOT NULL DEFAULT '',
            event TEXT NOT NULL DEFAULT '',
            event_args TEXT NOT NULL DEFAULT ''))"),
        QStringLiteral("CREATE INDEX messages_by_conversation ON messages (conversation_id, id)"),
        // Per-stream event log: a stream is one principal's ("s:12" staff, "c:40" customer).
        QStringLiteral(R"(CREATE TABLE streams (
            name TEXT PRIMARY KEY,
            head BIGINT NOT NULL DEFAULT 0,
            floor BIGINT NOT NULL DEFAULT 0))"),
        QStringLiteral(R"(CREATE TABLE events (
            stream TEXT NOT NULL,
            seq BIGINT NOT NULL,
            frame TEXT NOT NULL,
            created_at BIGINT NOT NULL,
            PRIMARY KEY (stream, seq)))"),
        QStringLiteral(R"(CREATE TABLE idempotency_keys (
            principal TEXT NOT NULL,
            idem_key TEXT NOT NULL,
            fingerprint TEXT NOT NULL,
            reply TEXT NOT NULL,
            created_at BIGINT NOT NULL,
            PRIMARY KEY (principal, idem_key)))"),
    };
}

// The reply library: quick replies and scripts, each agent's favourites, and every use of a reply
// in a conversation (what conversions are credited to).
QStringList version2()
{
    return {
        QStringLiteral(R"(CREATE TABLE replies (
            id INTEGER PRIMARY KEY,
            title TEXT NOT NULL,
            body TEXT NOT NULL DEFAULT '',
            steps TEXT NOT NULL DEFAULT '',
            category TEXT NOT NULL,
            tags TEXT NOT NULL DEFAULT '',
            language TEXT NOT NULL,
            scope TEXT NOT NULL CHECK (scope IN ('team', 'personal')),
            owner_id BIGINT NOT NULL DEFAULT 0,
            team_id BIGINT NOT NULL DEFAULT 0,
            ab_pair_id BIGINT NOT NULL DEFAULT 0,
            ab_variant INTEGER NOT NULL DEFAULT 0 CHECK (ab_variant IN (0, 1)),
            updated_at BIGINT NOT NULL,
            updated_by BIGINT NOT NULL DEFAULT 0))"),
        QStringLiteral("CREATE INDEX replies_by_owner ON replies (scope, owner_id)"),
        QStringLiteral(R"(CREATE TABLE reply_favorites (
            user_id BIGINT NOT NULL,
            reply_id BIGINT NOT NULL,
            PRIMARY KEY (user_id, reply_id)))"),
        QStringLiteral(R"(CREATE TABLE reply_uses (
            id INTEGER PRIMARY KEY,
            reply_id BIGINT NOT NULL,
            step INTEGER NOT NULL DEFAULT 0,
            conversation_id BIGINT NOT NULL REFERENCES conversations(id),
            agent_id BIGINT NOT NULL,
            message_id BIGINT NOT NULL,
            used_at BIGINT NOT NULL))"),
        QStringLiteral("CREATE INDEX reply_uses_by_reply ON reply_uses (reply_id, used_at)"),
        QStringLiteral("CREATE INDEX reply_uses_by_agent ON reply_uses (agent_id, reply_id)"),
    };
}

// Recommendation prompts: the catalogue's relations and the rules are data; every card shown,
// sent or dismissed is recorded (what conversions are credited to).
QStringList version3()
{
    return {
        QStringLiteral(R"(CREATE TABLE product_relations (
            product_sku TEXT NOT NULL,
            related_sku TEXT NOT NULL,
            kind TEXT NOT NULL CHECK (kind IN ('addon', 'accessory', 'warranty', 'upgrade')),
            PRIMARY KEY (product_sku, related_sku)))"),
        QStringLiteral(R"(CREATE TABLE recommendation_rules (
            id INTEGER PRIMARY KEY,
            name TEXT NOT NULL,
            keywords TEXT NOT NULL,
            relation TEXT NOT NULL,
            source TEXT NOT NULL CHECK (source IN ('owned', 'mentioned')),
            max_age_days INTEGER NOT NULL DEFAULT 0,
            tiers TEXT NOT NULL DEFAULT '',
            sentence_zh TEXT NOT NULL,
            sentence_en TEXT NOT NULL))"),
        QStringLiteral(R"(CREATE TABLE recommendation_events (
            id INTEGER PRIMARY KEY,
            conversation_id BIGINT NOT NULL REFERENCES conversations(id),
            customer_id BIGINT NOT NULL,
            sku TEXT NOT NULL,
            rule_id BIGINT NOT NULL DEFAULT 0,
            action TEXT NOT NULL CHECK (action IN ('shown', 'sent', 'dismissed')),
            agent_id BIGINT NOT NULL,
            at BIGINT NOT NULL))"),
        QStringLiteral("CREATE INDEX recommendation_events_by_conversation ON recommendation_events (conversation_id, action)"),
        QStringLiteral("CREATE INDEX recommendation_events_by_sku ON recommendation_events (sku, action, at)"),
    };
}

// Deleted replies stay as rows, so that their ids are never given again (SQLite reuses the highest
// rowid) and the uses credited to them keep pointing at them.
QStringList version4()
{
    return {QStringLiteral("ALTER TABLE replies ADD COLUMN deleted INTEGER NOT NULL DEFAULT 0")};
}

// Images are kept as the base64 text they travel as: the same column type on SQLite and
// PostgreSQL, and no re-encoding on the way out.
QStringList version5()
{
    return {
        QStringLiteral(R"(CREATE TABLE images (
            id TEXT PRIMARY KEY,
            mime TEXT NOT NULL,
            data TEXT NOT NULL,
            bytes INTEGER NOT NULL,
            uploaded_by BIGINT NOT NULL,
            uploaded_at BIGINT NOT NULL))"),
        QStringLiteral("ALTER TABLE replies ADD COLUMN image TEXT NOT NULL DEFAULT ''"),
        QStringLiteral("ALTER TABLE messages ADD COLUMN image TEXT NOT NULL DEFAULT ''"),
        // Customers may fetch the images of their own messages: found through this index.
        QStringLiteral("CREATE INDEX messages_by_image ON messages (image) WHERE image <> ''"),
    };
}

// Coupons: the templates' conditions, limits by role, level or person, team budgets, the coupons
// granted, requests for approval and the append-only audit log. Money in cents.
QStringList version6()
{
    return {
        QStringLiteral("ALTER TABLE coupon_templates ADD COLUMN name_zh TEXT NOT NULL DEFAULT ''"),
        QStringLiteral("ALTER TABLE coupon_templates ADD COLUMN skus TEXT NOT NULL DEFAULT ''"),
        QStringLiteral("ALTER TABLE coupon_templates ADD COLUMN categories TEXT NOT NULL DEFAULT ''"),
        QStringLiteral("ALTER TABLE coupon_templates ADD COLUMN min_minutes INTEGER NOT NULL DEFAULT 0"),
        QStringLiteral("ALTER TABLE coupon_templates ADD COLUMN needs_price_objection INTEGER NOT NULL DEFAULT 0"),
        QStringLiteral("ALTER TABLE coupon_templates ADD COLUMN tiers TEXT NOT NULL DEFAULT ''"),
        QStringLiteral("ALTER TABLE coupon_templates ADD COLUMN active INTEGER NOT NULL DEFAULT 1"),
        QStringLiteral("ALTER TABLE teams ADD COLUMN coupon_budget_cents BIGINT NOT NULL DEFAULT 0"),
        // The most specific row applies: the user's own, else their role and level, else their role.
        QStringLiteral(R"(CREATE TABLE coupon_limits (
            id INTEGER PRIMARY KEY,
            role TEXT NOT NULL DEFAULT '',
            level TEXT NOT NULL DEFAULT '',
            user_id BIGINT NOT NULL DEFAULT 0,
            max_single_cents BIGINT NOT NULL CHECK (max_single_cents >= 0),
            daily_total_cents BIGINT NOT NULL CHECK (daily_total_cents >= 0),
            per_customer_count INTEGER NOT NULL CHECK (per_customer_count >= 0),
            per_customer_days INTEGER NOT NULL CHECK (per_customer_days >= 1),
            per_conversation_count INTEGER NOT NULL CHECK (per_conversation_count >= 0)))"),
        QStringLiteral(R"(CREATE TABLE coupons (
            id INTEGER PRIMARY KEY,
            code TEXT NOT NULL UNIQUE,
            template_id BIGINT NOT NULL REFERENCES coupon_templates(id),
            customer_id BIGINT NOT NULL REFERENCES customers(id),
            conversation_id BIGINT NOT NULL REFERENCES conversations(id),
            team_id BIGINT NOT NULL DEFAULT 0,
            value_cents BIGINT NOT NULL,
            min_order_cents BIGINT NOT NULL DEFAULT 0,
            granted_by BIGINT NOT NULL,
            approval_id BIGINT NOT NULL DEFAULT 0,
            granted_at BIGINT NOT NULL,
            valid_until BIGINT NOT NULL))"),
        QStringLiteral("CREATE INDEX coupons_by_granter ON coupons (granted_by, granted_at)"),
        QStringLiteral("CREATE INDEX coupons_by_team ON coupons (team_id, granted_at)"),
        QStringLiteral("CREATE INDEX coupons_by_customer ON coupons (customer_id, granted_at)"),
        QStringLiteral("CREATE INDEX coupons_by_conversation ON coupons (conversation_id, template_id)"),
        QStringLiteral(R"(CREATE TABLE coupon_approvals (
            id INTEGER PRIMARY KEY,
            conversation_id BIGINT NOT NULL REFERENCES conversations(id),
            customer_id BIGINT NOT NULL,
            template_id BIGINT NOT NULL REFERENCES coupon_templates(id),
            value_cents BIGINT NOT NULL,
            requested_by BIGINT NOT NULL,
            team_id BIGINT NOT NULL DEFAULT 0,
            reason TEXT NOT NULL,
            refusals TEXT NOT NULL DEFAULT '',
            status TEXT NOT NULL DEFAULT 'pending' CHECK (status IN ('pending', 'approved', 'denied')),
            decided_by BIGINT NOT NULL DEFAULT 0,
            comment TEXT NOT NULL DEFAULT '',
            coupon_id BIGINT NOT NULL DEFAULT 0,
            created_at BIGINT NOT NULL,
            decided_at BIGINT NOT NULL DEFAULT 0))"),
        QStringLiteral("CREATE INDEX coupon_approvals_by_team ON coupon_approvals (team_id, status, id)"),
        QStringLiteral("CREATE INDEX coupon_approvals_by_requester ON coupon_approvals (requested_by, id)"),
        QStringLiteral("CREATE INDEX coupon_approvals_by_status ON coupon_approvals (status, id)"),
        // At most one pending request per conversation and template, enforced by the database too.
        QStringLiteral("CREATE UNIQUE INDEX coupon_approvals_one_pending ON coupon_approvals (conversation_id, template_id)"
                       " WHERE status = 'pending'"),
        QStringLiteral(R"(CREATE TABLE coupon_audit (
            id INTEGER PRIMARY KEY,
            at BIGINT NOT NULL,
            action TEXT NOT NULL CHECK (action IN ('grant', 'refuse', 'request', 'approve', 'deny')),
            actor_id BIGINT NOT NULL,
            actor_name TEXT NOT NULL,
            team_id BIGINT NOT NULL DEFAULT 0,
            customer_id BIGINT NOT NULL DEFAULT 0,
            conversation_id BIGINT NOT NULL DEFAULT 0,
            template_id BIGINT NOT NULL DEFAULT 0,
            template_name TEXT NOT NULL DEFAULT '',
            value_cents BIGINT NOT NULL DEFAULT 0,
            coupon_id BIGINT NOT NULL DEFAULT 0,
            approval_id BIGINT NOT NULL DEFAULT 0,
            refusals TEXT NOT NULL DEFAULT '',
            limits TEXT NOT NULL DEFAULT '',
            comment TEXT NOT NULL DEFAULT ''))"),
        QStringLiteral("CREATE INDEX coupon_audit_by_actor ON coupon_audit (actor_id, id)"),
        QStringLiteral("CREATE INDEX coupon_audit_by_team ON coupon_audit (team_id, id)"),
    };
}

// The supervisor's floor: notices to a team, the leads' action log, indexes for today's figures
// per agent and for a team's reports.
QStringList version7()
{
    return {
        QStringLiteral(R"(CREATE TABLE notices (
            id INTEGER PRIMARY KEY,
            team_id BIGINT NOT NULL REFERENCES teams(id),
            author_id BIGINT NOT NULL REFERENCES users(id),
            body TEXT NOT NULL,
            created_at BIGINT NOT NULL))"),
        QStringLiteral(R"(CREATE TABLE staff_actions (
            id INTEGER PRIMARY KEY,
            at BIGINT NOT NULL,
            action TEXT NOT NULL CHECK (action IN ('reassign', 'take_over', 'requeue', 'monitor', 'whisper', 'capacity',
                                                   'broadcast')),
            actor_id BIGINT NOT NULL,
            actor_name TEXT NOT NULL,
            team_id BIGINT NOT NULL DEFAULT 0,
            conversation_id BIGINT NOT NULL DEFAULT 0,
            target_id BIGINT NOT NULL DEFAULT 0,
            target_name TEXT NOT NULL DEFAULT '',
            detail TEXT NOT NULL DEFAULT ''))"),
        QStringLiteral("CREATE INDEX staff_actions_by_team ON staff_actions (team_id, id)"),
        QStringLiteral("CREATE INDEX conversations_closed_by_agent ON conversations (agent_id, closed_at)"),
        QStringLiteral("CREATE INDEX conversations_answered_by_agent ON conversations (agent_id, first_response_at)"),
        // When a conversation left the queue for the first time, for the queue over time.
        QStringLiteral("ALTER TABLE conversations ADD COLUMN first_assigned_at BIGINT"),
        QStringLiteral("UPDATE conversations SET first_assigned_at = assigned_at"),
        QStringLiteral("CREATE INDEX conversations_by_team ON conversations (team_id, created_at)"),
    };
}

// Leads joining conversations, agents' skills. The action log's CHECK gains 'join': the table is
// rebuilt (SQLite cannot alter a CHECK), its rows kept.
QStringList version8()
{
    return {
        QStringLiteral(R"(CREATE TABLE conversation_participants (
            conversation_id BIGINT NOT NULL REFERENCES conversations(id),
            user_id BIGINT NOT NULL REFERENCES users(id),
            joined_at BIGINT NOT NULL,
            PRIMARY KEY (conversation_id, user_id)))"),
        // The topics an agent takes, comma-separated; empty: every topic of the team.
        QStringLiteral("ALTER TABLE users ADD COLUMN skills TEXT NOT NULL DEFAULT ''"),
        QStringLiteral(R"(CREATE TABLE staff_actions_v8 (
            id INTEGER PRIMARY KEY,
            at BIGINT NOT NULL,
            action TEXT NOT NULL CHECK (action IN ('reassign', 'take_over', 'requeue', 'monitor', 'whisper', 'capacity',
                                                   'broadcast', 'join')),
            actor_id BIGINT NOT NULL,
            actor_name TEXT NOT NULL,
            team_id BIGINT NOT NULL DEFAULT 0,
            conversation_id BIGINT NOT NULL DEFAULT 0,
            target_id BIGINT NOT NULL DEFAULT 0,
            target_name TEXT NOT NULL DEFAULT '',
            detail TEXT NOT NULL DEFAULT ''))"),
        QStringLiteral("INSERT INTO staff_actions_v8 SELECT id, at, action, actor_id, actor_name, team_id, conversation_id,"
                       " target_id, target_name, detail FROM staff_actions"),
        QStringLiteral("DROP TABLE staff_actions"),
        QStringLiteral("ALTER TABLE staff_actions_v8 RENAME TO staff_actions"),
        QStringLiteral("CREATE INDEX staff_actions_by_team ON staff_actions (team_id, id)"),
        // A customer's conversations by time: whether an order came before their next one (KPIs).
        QStringLiteral("CREATE INDEX conversations_by_customer_time ON conversations (customer_id, created_at)"),
    };
}

// Training: the scenarios coaches set trainees, and the trainees' sandbox attempts (the whole
// attempt as submitted, for the report and the replay; the figures a list shows beside it).
QStringList version9()
{
    return {
        QStringLiteral(R"(CREATE TABLE training_assignments (
            id INTEGER PRIMARY KEY,
            trainee_id BIGINT NOT NULL REFERENCES users(id),
            coach_id BIGINT NOT NULL REFERENCES users(id),
            scenario_id TEXT NOT NULL,
            note TEXT NOT NULL DEFAULT '',
            assigned_at BIGINT NOT NULL,
            UNIQUE (trainee_id, scenario_id)))"),
        QStringLiteral(R"(CREATE TABLE training_results (
            id INTEGER PRIMARY KEY,
            trainee_id BIGINT NOT NULL REFERENCES users(id),
            scenario_id TEXT NOT NULL,
            title TEXT NOT NULL,
            language TEXT NOT NULL,
            started_at BIGINT NOT NULL,
            ended_at BIGINT NOT NULL,
            submitted_at BIGINT NOT NULL,
            total INTEGER NOT NULL CHECK (total BETWEEN 0 AND 100),
            outcome TEXT NOT NULL CHECK (outcome IN ('purchase', 'resolved', 'left')),
            rating INTEGER NOT NULL CHECK (rating BETWEEN 0 AND 5),
            attempt TEXT NOT NULL,
            UNIQUE (trainee_id, scenario_id, started_at)))"),
        QStringLiteral("CREATE INDEX training_results_by_trainee ON training_results (trainee_id, id)"),
    };
}

// Several instances on one PostgreSQL database: which are alive, which staff each has connected
// (who can take a conversation wherever they are connected), and frames too large for a NOTIFY
// payload, read by the other instances and pruned after a minute. Unused with SQLite.
QStringList version10()
{
    return {
        QStringLiteral(R"(CREATE TABLE server_instances (
            instance TEXT PRIMARY KEY,
            started_at BIGINT NOT NULL,
            seen_at BIGINT NOT NULL))"),
        QStringLiteral(R"(CREATE TABLE staff_connections (
            instance TEXT NOT NULL,
            user_id BIGINT NOT NULL,
            PRIMARY KEY (instance, user_id)))"),
        QStringLiteral(R"(CREATE TABLE relayed_frames (
            id INTEGER PRIMARY KEY,
            frame TEXT NOT NULL,
            created_at BIGINT NOT NULL))"),
    };
}

// Idempotency keys expire (IdempotencyPruner): their age, to find the oldest. It grows at its end
// only, so a commit adds to one page of it.
QStringList version11()
{
    return {
        QStringLiteral("CREATE INDEX idempotency_keys_by_age ON idempotency_keys (created_at)"),
    };
}

// An account an admin has disabled (agentdesk-admin disable-user): it may not sign in, and
// colleagues no longer see it to transfer to or on the floor. Its history stays.
QStringList version12()
{
    return {
        QStringLiteral("ALTER TABLE users ADD COLUMN disabled INTEGER NOT NULL DEFAULT 0"),
    };
}

} // namespace

const std::vector<QStringList>& migrations()
{
    static const std::vector<QStringList> steps{version1(), version2(), version3(), version4(), version5(), version6(), version7(),
                                                 version8(), version9(), version10(), version11(), version12()};
    return steps;
}

} // namespace agentdesk::server
