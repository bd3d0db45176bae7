#include "TrainingDialog.h"

#include "SandboxReportDialog.h"
#include "TrainingAssignDialog.h"
#include "UiText.h"
#include "training/TrainingDesk.h"

#include <QDateTime>
#include <QDialogButtonBox>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QLocale>
#include <QMessageBox>
#include <QPushButton>
#include <QSplitter>
#include <QTabWidget>
#include <QTreeWidget>
#include <QVBoxLayout>

#include <algorithm>

namespace agentdesk::ui {

using namespace protocol;

namespace {
constexpr int kIdRole = Qt::UserRole;
constexpr int kScenarioRole = Qt::UserRole + 1;

QTreeWidget* newTree(const QString& name, const QStringList& headers, QWidget* parent)
{
    auto* tree = new QTreeWidget(parent);
    tree->setObjectName(name);
    tree->setHeaderLabels(headers);
    tree->setRootIsDecorated(false);
    tree->setUniformRowHeights(true);
    tree->setAlternatingRowColors(true);
    tree->header()->setStretchLastSection(true);
    return tree;
}

QLabel* heading(const QString& text, QWidget* parent)
{
    auto* label = new QLabel(text, parent);
    QFont bold = label->font();
    bold.setBold(true);
    label->setFont(bold);
    return label;
}

QString when(qint64 ms)
{
    return ms > 0 ? QLocale().toString(QDateTime::fromMSecsSinceEpoch(ms), QLocale::ShortFormat) : QString();
}

QString scoreText(int score)
{
    return score >= 0 ? TrainingDialog::tr("%1 / 100").arg(score) : TrainingDialog::tr("—");
}

// To their contents, the last one stretching; a long scenario title is cut short (its tooltip has it).
void fitColumns(QTreeWidget* tree)
{
    constexpr int kWidest = 300;
    for (int c = 0; c + 1 < tree->columnCount(); ++c) {
        tree->resizeColumnToContents(c);
        tree->setColumnWidth(c, std::min(tree->columnWidth(c), kWidest));
    }
}

qint64 selectedId(const QTreeWidget* tree)
{
    const QTreeWidgetItem* item = tree->currentItem();
    return item ? item->data(0, kIdRole).toLongLong() : 0;
}
} // namespace

TrainingDialog::TrainingDialog(app::TrainingDesk& desk, std::vector<ScenarioPickerDialog::Entry> scenarios, QWidget* parent)
    : QDialog(parent)
    , m_desk(desk)
    , m_scenarios(std::move(scenarios))
{
    setObjectName(QStringLiteral("trainingDialog"));
    setWindowTitle(tr("Training"));
    resize(1040, 640);
    auto* layout = new QVBoxLayout(this);
    m_tabs = new QTabWidget(this);
    m_tabs->addTab(buildMine(), tr("My training"));
    m_traineesPage = buildTrainees();
    if (m_desk.coaches())
        m_tabs->addTab(m_traineesPage, tr("Trainees"));
    else
        m_traineesPage->hide();
    layout->addWidget(m_tabs, 1);
    auto* bottom = new QHBoxLayout;
    m_status = new QLabel(this);
    m_status->setObjectName(QStringLiteral("trainingStatus"));
    m_status->setWordWrap(true);
    bottom->addWidget(m_status, 1);
    auto* buttons = new QDialogButtonBox(QDialogButtonBox::Close, this);
    auto* reload = buttons->addButton(tr("Refresh"), QDialogButtonBox::ActionRole);
    connect(reload, &QPushButton::clicked, this, &TrainingDialog::refresh);
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    bottom->addWidget(buttons);
    layout->addLayout(bottom);
    connect(&m_desk, &app::TrainingDesk::submitted, this, [this] { refresh(); });
    connect(&m_desk, &app::TrainingDesk::connected, this, &TrainingDialog::refresh);
    if (m_desk.coaches())
        showTrainees();
    refresh();
}

QWidget* TrainingDialog::buildMine()
{
    auto* page = new QWidget(this);
    auto* layout = new QVBoxLayout(page);
    layout->addWidget(heading(tr("Scenarios your coaches set you"), page));
    m_mine = newTree(QStringLiteral("myAssignments"),
                     {tr("Scenario"), tr("Difficulty"), tr("Set by"), tr("Attempts"), tr("Best"), tr("Note")}, page);
    layout->addWidget(m_mine, 1);
    auto* row = new QHBoxLayout;
    m_start = new QPushButton(tr("Start this scenario"), page);
    m_start->setObjectName(QStringLiteral("startAssigned"));
    auto* other = new QPushButton(tr("Choose another scenario…"), page);
    other->setObjectName(QStringLiteral("startOther"));
    row->addWidget(m_start);
    row->addWidget(other);
    row->addStretch(1);
    layout->addLayout(row);
    auto* explain = new QLabel(tr("The sandbox opens in a window of its own, on a shop of its own. When you finish a "
                                  "scenario, your result is stored on this server for your coaches."),
                               page);
    explain->setWordWrap(true);
    layout->addWidget(explain);
    layout->addWidget(heading(tr("Your results on this server"), page));
    m_myResults = newTree(QStringLiteral("myResults"), {tr("Ended"), tr("Scenario"), tr("Score"), tr("Outcome"), tr("Rating")}, page);
    layout->addWidget(m_myResults, 1);
    m_openMine = new QPushButton(tr("Open report…"), page);
    m_openMine->setObjectName(QStringLiteral("openMine"));
    auto* resultRow = new QHBoxLayout;
    resultRow->addWidget(m_openMine);
    resultRow->addStretch(1);
    layout->addLayout(resultRow);

    connect(m_start, &QPushButton::clicked, this, [this] {
        if (const QTreeWidgetItem* item = m_mine->currentItem())
            emit startRequested(item->data(0, kScenarioRole).toString());
    });
    connect(m_mine, &QTreeWidget::itemDoubleClicked, this, [this](QTreeWidgetItem* item) {
        emit startRequested(item->data(0, kScenarioRole).toString());
    });
    connect(other, &QPushButton::clicked, this, [this] { emit startRequested({}); });
    connect(m_openMine, &QPushButton::clicked, this, [this] { openSelected(m_myResults); });
    connect(m_myResults, &QTreeWidget::itemDoubleClicked, this, [this] { openSelected(m_myResults); });
    connect(m_mine, &QTreeWidget::currentItemChanged, this, &TrainingDialog::updateButtons);
    connect(m_myResults, &QTreeWidget::currentItemChanged, this, &TrainingDialog::updateButtons);
    return page;
}

QWidget* TrainingDialog::buildTrainees()
{
    auto* splitter = new QSplitter(this);
    m_trainees = newTree(QStringLiteral("trainees"), {tr("Trainee"), tr("Team"), tr("Assigned"), tr("Attempts"), tr("Average")},
                         splitter);
    splitter->addWidget(m_trainees);
    auto* right = new QWidget(splitter);
    auto* layout = new QVBoxLayout(right);
    m_traineeName = new QLabel(right);
    m_traineeName->setObjectName(QStringLiteral("traineeName"));
    QFont larger = m_traineeName->font();
    larger.setBold(true);
    larger.setPointSizeF(larger.pointSizeF() * 1.15);
    m_traineeName->setFont(larger);
    layout->addWidget(m_traineeName);
    layout->addWidget(heading(tr("Assigned scenarios"), right));
    m_theirAssignments = newTree(QStringLiteral("theirAssignments"),
                                 {tr("Scenario"), tr("Set by"), tr("Since"), tr("Attempts"), tr("Best"), tr("Note")}, right);
    layout->addWidget(m_theirAssignments, 1);
    auto* row = new QHBoxLayout;
    m_assign = new QPushButton(tr("Assign scenarios…"), right);
    m_assign->setObjectName(QStringLiteral("assignScenarios"));
    m_takeBack = new QPushButton(tr("Take back"), right);
    m_takeBack->setObjectName(QStringLiteral("takeBack"));
    row->addWidget(m_assign);
    row->addWidget(m_takeBack);
    row->addStretch(1);
    layout->addLayout(row);
    layout->addWidget(heading(tr("Results"), right));
    m_theirResults = newTree(QStringLiteral("theirResults"), {tr("Ended"), tr("Scenario"), tr("Score"), tr("Outcome"), tr("Rating")},
                             right);
    layout->addWidget(m_theirResults, 2);
    m_openTheirs = new QPushButton(tr("Open report and replay…"), right);
    m_openTheirs->setObjectName(QStringLiteral("openTheirs"));
    auto* resultRow = new QHBoxLayout;
    resultRow->addWidget(m_openTheirs);
    resultRow->addStretch(1);
    layout->addLayout(resultRow);
    splitter->addWidget(right);
    splitter->setStretchFactor(0, 1);
    splitter->setStretchFactor(1, 2);
    splitter->setSizes({360, 700});

    connect(m_trainees, &QTreeWidget::currentItemChanged, this, [this] { loadTrainee(); });
    connect(m_assign, &QPushButton::clicked, this, &TrainingDialog::askAssign);
    connect(m_takeBack, &QPushButton::clicked, this, &TrainingDialog::takeBack);
    connect(m_openTheirs, &QPushButton::clicked, this, [this] { openSelected(m_theirResults); });
    connect(m_theirResults, &QTreeWidget::itemDoubleClicked, this, [this] { openSelected(m_theirResults); });
    connect(m_theirAssignments, &QTreeWidget::currentItemChanged, this, &TrainingDialog::updateButtons);
    connect(m_theirResults, &QTreeWidget::currentItemChanged, this, &TrainingDialog::updateButtons);
    return splitter;
}

void TrainingDialog::showTrainees()
{
    if (m_desk.coaches())
        m_tabs->setCurrentWidget(m_traineesPage);
}

const ScenarioPickerDialog::Entry* TrainingDialog::scenario(const QString& id) const
{
    for (const auto& e : m_scenarios) {
        if (e.id == id)
            return &e;
    }
    return nullptr;
}

QString TrainingDialog::titleOf(const QString& id, const QString& fallback) const
{
    if (const auto* e = scenario(id))
        return e->title;
    return fallback.isEmpty() ? id : fallback;
}

void TrainingDialog::begin()
{
    if (m_pending++ == 0)
        m_lastError.clear();
    m_status->setText(tr("Loading…"));
}

void TrainingDialog::finish(const QString& error)
{
    if (!error.isEmpty())
        m_lastError = error;
    if (--m_pending > 0)
        return;
    m_status->setText(m_lastError.isEmpty() ? QString() : tr("The server did not answer: %1").arg(m_lastError));
    updateButtons();
    emit loaded();
}

SandboxReportDialog* TrainingDialog::report() const
{
    return m_report;
}

QString TrainingDialog::status() const
{
    return m_status->text();
}

void TrainingDialog::refresh()
{
    // Opened before signing in completed: who the user is is known now.
    if (m_desk.coaches() && m_tabs->indexOf(m_traineesPage) < 0) {
        m_tabs->addTab(m_traineesPage, tr("Trainees"));
        showTrainees();
    }
    loadMine();
    if (m_desk.coaches())
        loadTrainees();
}

void TrainingDialog::loadMine()
{
    begin();
    QPointer<TrainingDialog> self(this);
    m_desk.assignments(0, [self](const TrainingAssignmentsOk* ok, const QString& error) {
        if (!self)
            return;
        if (ok)
            self->showAssignments(self->m_mine, ok->assignments, true);
        self->finish(error);
    });
    begin();
    m_desk.results(0, [self](const TrainingResultsOk* ok, const QString& error) {
        if (!self)
            return;
        if (ok)
            self->showResults(self->m_myResults, ok->results);
        self->finish(error);
    });
}

void TrainingDialog::loadTrainees()
{
    begin();
    QPointer<TrainingDialog> self(this);
    m_desk.trainees([self](const TrainingTraineesOk* ok, const QString& error) {
        if (!self)
            return;
        if (ok) {
            const qint64 selected = self->selectedTrainee();
            QTreeWidget* tree = self->m_trainees;
            const QSignalBlocker quiet(tree);
            tree->clear();
            // Without a choice yet: whoever trained last, where there is most likely something to look at.
            qint64 latest = 0;
            QTreeWidgetItem* latestItem = nullptr;
            for (const Trainee& t : ok->trainees) {
                auto* item = new QTreeWidgetItem(tree, {t.name, t.teamName, QString::number(t.assigned), QString::number(t.results),
                                                        scoreText(t.averageScore)});
                item->setData(0, kIdRole, t.id);
                if (t.lastResultAt > 0)
                    item->setToolTip(0, tr("Latest attempt: %1").arg(when(t.lastResultAt)));
                if (t.id == selected)
                    tree->setCurrentItem(item);
                if (t.lastResultAt > latest) {
                    latest = t.lastResultAt;
                    latestItem = item;
                }
            }
            if (!tree->currentItem() && latestItem)
                tree->setCurrentItem(latestItem);
            fitColumns(tree);
            if (!tree->currentItem() && tree->topLevelItemCount() > 0)
                tree->setCurrentItem(tree->topLevelItem(0));
            self->loadTrainee();
        }
        self->finish(error);
    });
}

qint64 TrainingDialog::selectedTrainee() const
{
    return selectedId(m_trainees);
}

void TrainingDialog::selectTrainee(qint64 traineeId)
{
    for (int row = 0; row < m_trainees->topLevelItemCount(); ++row) {
        if (m_trainees->topLevelItem(row)->data(0, kIdRole).toLongLong() == traineeId)
            m_trainees->setCurrentItem(m_trainees->topLevelItem(row));
    }
}

void TrainingDialog::loadTrainee()
{
    const qint64 trainee = selectedTrainee();
    const QTreeWidgetItem* item = m_trainees->currentItem();
    m_traineeName->setText(item ? tr("%1 (%2)").arg(item->text(0), item->text(1)) : tr("Choose a trainee on the left."));
    m_theirAssignments->clear();
    m_theirResults->clear();
    updateButtons();
    if (trainee == 0)
        return;
    // A later choice wins over answers still on their way for an earlier one.
    const int round = ++m_traineeRound;
    QPointer<TrainingDialog> self(this);
    begin();
    m_desk.assignments(trainee, [self, round](const TrainingAssignmentsOk* ok, const QString& error) {
        if (!self)
            return;
        if (ok && round == self->m_traineeRound)
            self->showAssignments(self->m_theirAssignments, ok->assignments, false);
        self->finish(error);
    });
    begin();
    m_desk.results(trainee, [self, round](const TrainingResultsOk* ok, const QString& error) {
        if (!self)
            return;
        if (ok && round == self->m_traineeRound)
            self->showResults(self->m_theirResults, ok->results);
        self->finish(error);
    });
}

void TrainingDialog::showAssignments(QTreeWidget* tree, const std::vector<TrainingAssignment>& assignments, bool mine)
{
    tree->clear();
    for (const TrainingAssignment& a : assignments) {
        const auto* e = scenario(a.scenarioId);
        const QString title = titleOf(a.scenarioId);
        const QString attempts = QString::number(a.attempts);
        const QStringList cells = mine ? QStringList{title, e ? UiText::difficulty(e->difficulty) : QString(), a.coachName, attempts,
                                                     scoreText(a.bestScore), a.note}
                                       : QStringList{title, a.coachName, when(a.assignedAt), attempts, scoreText(a.bestScore), a.note};
        auto* item = new QTreeWidgetItem(tree, cells);
        item->setData(0, kIdRole, a.id);
        item->setData(0, kScenarioRole, a.scenarioId);
        item->setToolTip(0, e ? e->brief : tr("This program does not have the scenario \"%1\".").arg(a.scenarioId));
        item->setToolTip(5, a.note);
    }
    fitColumns(tree);
    if (tree->topLevelItemCount() > 0)
        tree->setCurrentItem(tree->topLevelItem(0));
    updateButtons();
}

void TrainingDialog::showResults(QTreeWidget* tree, const std::vector<TrainingResult>& results)
{
    tree->clear();
    for (const TrainingResult& r : results) {
        auto* item = new QTreeWidgetItem(tree, {when(r.endedAt), titleOf(r.scenarioId, r.title), scoreText(r.total),
                                                UiText::sandboxOutcome(r.outcome),
                                                r.rating > 0 ? tr("%1 / 5").arg(r.rating) : tr("—")});
        item->setData(0, kIdRole, r.id);
        item->setData(0, kScenarioRole, r.scenarioId);
        item->setToolTip(1, item->text(1));
    }
    fitColumns(tree);
    if (tree->topLevelItemCount() > 0)
        tree->setCurrentItem(tree->topLevelItem(0));
    updateButtons();
}

void TrainingDialog::updateButtons()
{
    const QTreeWidgetItem* assigned = m_mine->currentItem();
    m_start->setEnabled(assigned && scenario(assigned->data(0, kScenarioRole).toString()));
    m_openMine->setEnabled(m_myResults->currentItem() != nullptr);
    m_assign->setEnabled(selectedTrainee() != 0 && !m_scenarios.empty());
    m_takeBack->setEnabled(m_theirAssignments->currentItem() != nullptr);
    m_openTheirs->setEnabled(m_theirResults->currentItem() != nullptr);
}

void TrainingDialog::askAssign()
{
    const QTreeWidgetItem* item = m_trainees->currentItem();
    if (!item)
        return;
    TrainingAssignDialog dialog(item->text(0), m_scenarios, this);
    if (dialog.exec() == QDialog::Accepted)
        assignToSelected(dialog.chosen(), dialog.note());
}

void TrainingDialog::assignToSelected(const std::vector<QString>& scenarioIds, const QString& note)
{
    const qint64 trainee = selectedTrainee();
    if (trainee == 0 || scenarioIds.empty())
        return;
    begin();
    QPointer<TrainingDialog> self(this);
    m_desk.assign(trainee, scenarioIds, note, [self](const TrainingAssignOk* ok, const QString& error) {
        if (!self)
            return;
        self->finish(error);
        if (ok)
            self->loadTrainees();  // the counts change, and the trainee's lists with them
    });
}

void TrainingDialog::takeBack()
{
    const QTreeWidgetItem* item = m_theirAssignments->currentItem();
    if (!item)
        return;
    const auto answer = QMessageBox::question(this, tr("Take back"),
                                              tr("Take back \"%1\" from %2?").arg(item->text(0), m_trainees->currentItem()->text(0)));
    if (answer != QMessageBox::Yes)
        return;
    begin();
    QPointer<TrainingDialog> self(this);
    m_desk.unassign(item->data(0, kIdRole).toLongLong(), [self](const TrainingUnassignOk* ok, const QString& error) {
        if (!self)
            return;
        self->finish(error);
        if (ok)
            self->loadTrainees();
    });
}

void TrainingDialog::openSelected(QTreeWidget* tree)
{
    if (const qint64 id = selectedId(tree))
        openResult(id, tree == m_theirResults && m_trainees->currentItem() ? m_trainees->currentItem()->text(0) : QString());
}

void TrainingDialog::openResult(qint64 resultId, const QString& trainee)
{
    begin();
    QPointer<TrainingDialog> self(this);
    m_desk.attempt(resultId, [self, trainee](const std::optional<sandbox::SandboxResult>& result, const QString& error) {
        if (!self)
            return;
        if (result) {
            const auto* e = self->scenario(result->scenarioId);
            if (self->m_report)
                self->m_report->close();
            self->m_report = new SandboxReportDialog(*result, {*result}, e ? e->expert : QString(), self);
            self->m_report->setAttribute(Qt::WA_DeleteOnClose);
            if (!trainee.isEmpty())
                self->m_report->setTrainee(trainee);
            self->m_report->show();
        }
        self->finish(error);
    });
}

} // namespace agentdesk::ui
