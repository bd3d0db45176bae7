// agentdesk-admin: teams and staff accounts of an AgentDesk database, for the people who run the
// server. A production database starts empty: add a team and an admin here, then everyone else.
//   agentdesk-admin --config /etc/agentdesk/agentdesk-server.conf add-user boss --role admin --name "Boss"
// Passwords are read from standard input (asked twice without echo on a terminal), never taken
// from the command line, where other users could read them.

#include "ServerOptions.h"
#include "admin/StaffAdmin.h"
#include "store/Database.h"

#include <QCommandLineParser>
#include <QCoreApplication>
#include <QLoggingCategory>
#include <QTextStream>

#include <cstdio>
#include <optional>

#ifdef Q_OS_UNIX
#include <termios.h>
#include <unistd.h>
#endif

using agentdesk::server::Database;
using agentdesk::server::StaffAdmin;

namespace {

int fail(const QString& message, int code = 1)
{
    std::fprintf(stderr, "agentdesk-admin: %s\n", qPrintable(message));
    return code;
}

QString readLine(bool echo)
{
#ifdef Q_OS_UNIX
    termios saved{};
    const bool hide = !echo && ::isatty(STDIN_FILENO) && ::tcgetattr(STDIN_FILENO, &saved) == 0;
    if (hide) {
        termios quiet = saved;
        quiet.c_lflag &= ~tcflag_t(ECHO);
        ::tcsetattr(STDIN_FILENO, TCSANOW, &quiet);
    }
#else
    Q_UNUSED(echo);
#endif
    QTextStream in(stdin);
    const QString line = in.readLine();
#ifdef Q_OS_UNIX
    if (hide) {
        ::tcsetattr(STDIN_FILENO, TCSANOW, &saved);
        std::fputs("\n", stderr);
    }
#endif
    return line;
}

// From a terminal: asked twice. From a pipe: the first line.
std::optional<QString> readPassword()
{
#ifdef Q_OS_UNIX
    const bool terminal = ::isatty(STDIN_FILENO);
#else
    const bool terminal = false;
#endif
    if (!terminal)
        return readLine(true);
    std::fputs("Password: ", stderr);
    const QString first = readLine(false);
    std::fputs("Again: ", stderr);
    if (readLine(false) != first)
        return std::nullopt;
    return first;
}

} // namespace

int main(int argc, char* argv[])
{
    QCoreApplication app(argc, argv);
    QCoreApplication::setApplicationName(QStringLiteral("agentdesk-admin"));
    QCoreApplication::setApplicationVersion(QStringLiteral(AGENTDESK_VERSION));

    // The schema's migrations are the server's news, not this command's.
    QLoggingCategory::setFilterRules(QStringLiteral("agentdesk.*.info=false"));

    QCommandLineParser parser;
    parser.setApplicationDescription(QStringLiteral(
        "Teams and staff accounts of an AgentDesk database.\n\n"
        "Commands:\n"
        "  teams                        list the teams\n"
        "  users                        list the staff accounts\n"
        "  add-team NAME [--topics T,U] add a team (its topics are its queues)\n"
        "  add-user LOGIN --role ROLE --name NAME [--team TEAM] [--level LEVEL] [--capacity N]\n"
        "                               add an account; the password is read from standard input\n"
        "  set-password LOGIN           change a password (read from standard input); signs the\n"
        "                               account out everywhere\n"
        "  set-user LOGIN [--role ROLE] [--name NAME] [--team TEAM] [--level LEVEL] [--capacity N]\n"
        "                               change an account; a new role, team or name signs it out\n"
        "                               everywhere\n"
        "  disable-user LOGIN           no more sign-ins; its sessions end within a minute\n"
        "  enable-user LOGIN            may sign in again"));
    parser.addHelpOption();
    parser.addVersionOption();
    const QCommandLineOption db(QStringLiteral("db"), QStringLiteral("The database: a SQLite file or a postgresql:// URL, as agentdesk-server's --db."),
                                QStringLiteral("PATH|URL"));
    const QCommandLineOption config(QStringLiteral("config"), QStringLiteral("Take the database from agentdesk-server's config file."),
                                    QStringLiteral("FILE"));
    const QCommandLineOption topics(QStringLiteral("topics"), QStringLiteral("add-team: the team's topics, comma-separated."), QStringLiteral("T,U"));
    const QCommandLineOption role(QStringLiteral("role"), QStringLiteral("add-user, set-user: agent, lead, trainer or admin."), QStringLiteral("ROLE"));
    const QCommandLineOption name(QStringLiteral("name"), QStringLiteral("add-user, set-user: the name colleagues and customers see."),
                                  QStringLiteral("NAME"));
    const QCommandLineOption team(QStringLiteral("team"), QStringLiteral("add-user, set-user: the team's name (agents and leads)."),
                                  QStringLiteral("TEAM"));
    const QCommandLineOption level(QStringLiteral("level"),
                                   QStringLiteral("add-user, set-user: junior (default), senior or expert; sets coupon limits."),
                                   QStringLiteral("LEVEL"));
    const QCommandLineOption capacity(QStringLiteral("capacity"),
                                      QStringLiteral("add-user, set-user: conversations at once (default 5 for agents, 3 for leads)."),
                                      QStringLiteral("N"));
    parser.addOptions({db, config, topics, role, name, team, level, capacity});
    parser.addPositionalArgument(QStringLiteral("command"),
                                 QStringLiteral("teams, users, add-team, add-user, set-password, set-user, disable-user or enable-user"));
    parser.process(app);

    const QStringList args = parser.positionalArguments();
    if (args.isEmpty())
        return fail(QStringLiteral("name a command (--help lists them)"), 2);
    const QString command = args.first();
    const QStringList known = {QStringLiteral("teams"),        QStringLiteral("users"),    QStringLiteral("add-team"),
                               QStringLiteral("add-user"),     QStringLiteral("set-password"), QStringLiteral("set-user"),
                               QStringLiteral("disable-user"), QStringLiteral("enable-user")};
    if (!known.contains(command))
        return fail(QStringLiteral("unknown command \"%1\" (--help lists them)").arg(command), 2);
    const int operands = command == QLatin1String("teams") || command == QLatin1String("users") ? 1 : 2;
    if (args.size() != operands)
        return fail(QStringLiteral("%1 takes %2").arg(command, operands == 1 ? QStringLiteral("no argument") : QStringLiteral("one argument")), 2);
    for (const QCommandLineOption* option : {&topics, &role, &name, &team, &level, &capacity}) {
        const bool belongs = option == &topics ? command == QLatin1String("add-team")
                                               : command == QLatin1String("add-user") || command == QLatin1String("set-user");
        if (parser.isSet(*option) && !belongs)
            return fail(QStringLiteral("--%1 does not go with %2").arg(option->names().first(), command), 2);
    }

    QString location = parser.value(db);
    if (parser.isSet(config)) {
        if (parser.isSet(db))
            return fail(QStringLiteral("give --db or --config, not both"), 2);
        agentdesk::server::ServerConfig serverConfig;
        QString message;
        const auto result = agentdesk::server::ServerOptions().parse(
            {QStringLiteral("agentdesk-server"), QStringLiteral("--config"), parser.value(config)}, &serverConfig, &message);
        if (result != agentdesk::server::ServerOptions::Result::Run)
            return fail(message, 2);
        location = serverConfig.database;
    }
    if (location.isEmpty())
        return fail(QStringLiteral("say which database: --db PATH|URL or --config FILE"), 2);

    Database database;
    if (!database.open(location, Database::Durability::Full))
        return fail(database.errorString());
    StaffAdmin admin(database);
    QString problem;
    try {
        // One tab-separated line each, for a terminal or a script.
        if (command == QLatin1String("teams")) {
            for (const StaffAdmin::TeamRow& t : admin.teams())
                std::printf("%s\ttopics: %s\tstaff: %d\n", qPrintable(t.name), qPrintable(t.topics.join(QLatin1Char(','))), t.staff);
            return 0;
        }
        if (command == QLatin1String("users")) {
            for (const StaffAdmin::UserRow& u : admin.users()) {
                const QString roleAndLevel = u.level.isEmpty() ? u.role : u.role + QLatin1Char(' ') + u.level;
                std::printf("%s\t%s\t%s\t%s\tcapacity %d%s\n", qPrintable(u.login), qPrintable(u.name), qPrintable(roleAndLevel), qPrintable(u.team),
                            u.capacity, u.disabled ? "\tdisabled" : "");
            }
            return 0;
        }
        std::optional<int> newCapacity;
        if (parser.isSet(capacity)) {
            bool ok = false;
            newCapacity = parser.value(capacity).toInt(&ok);
            if (!ok || *newCapacity < 0)
                return fail(QStringLiteral("--capacity takes a number of conversations, not \"%1\"").arg(parser.value(capacity)), 2);
        }
        const auto given = [&parser](const QCommandLineOption& option) {
            return parser.isSet(option) ? std::optional<QString>(parser.value(option)) : std::nullopt;
        };
        if (command == QLatin1String("add-team")) {
            problem = admin.addTeam(args.at(1), parser.value(topics).split(QLatin1Char(','), Qt::SkipEmptyParts));
        } else if (command == QLatin1String("set-user")) {
            problem = admin.updateUser(args.at(1), {given(name), given(role), given(team), given(level), newCapacity});
        } else if (command == QLatin1String("disable-user") || command == QLatin1String("enable-user")) {
            problem = admin.setDisabled(args.at(1), command == QLatin1String("disable-user"));
        } else {
            const std::optional<QString> password = readPassword();
            if (!password)
                return fail(QStringLiteral("the two passwords differ"));
            if (command == QLatin1String("set-password")) {
                problem = admin.setPassword(args.at(1), *password);
            } else {
                const StaffAdmin::NewUser user{args.at(1),         parser.value(name),       parser.value(role), parser.value(team),
                                               parser.value(level), newCapacity.value_or(-1), *password};
                problem = admin.addUser(user);
            }
        }
    } catch (const agentdesk::server::DatabaseError& e) {
        return fail(QStringLiteral("the database refused: %1").arg(QString::fromUtf8(e.what())));
    }
    if (!problem.isEmpty())
        return fail(problem);
    std::printf("%s: done\n", qPrintable(command));
    return 0;
}
