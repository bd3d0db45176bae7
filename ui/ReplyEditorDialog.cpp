#include "ReplyEditorDialog.h"

#include "ImageFitter.h"
#include "UiText.h"
#include "library/ReplyTemplate.h"

#include <QCheckBox>
#include <QComboBox>
#include <QDialogButtonBox>
#include <QFile>
#include <QFileDialog>
#include <QFormLayout>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QLineEdit>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QTableWidget>
#include <QVBoxLayout>

namespace agentdesk::ui {

using namespace protocol;

ReplyEditorDialog::ReplyEditorDialog(const Reply& reply, const Principal& me, QWidget* parent)
    : QDialog(parent)
    , m_original(reply)
{
    setObjectName(QStringLiteral("replyEditor"));
    setWindowTitle(reply.id == 0 ? tr("New reply") : tr("Edit reply"));
    auto* layout = new QVBoxLayout(this);
    auto* form = new QFormLayout;

    m_title = new QLineEdit(reply.title, this);
    m_title->setObjectName(QStringLiteral("replyTitle"));
    m_title->setMaxLength(80);  // the protocol's limit for reply titles
    form->addRow(tr("Title:"), m_title);

    m_category = new QComboBox(this);
    m_category->setObjectName(QStringLiteral("replyEditorCategory"));
    for (size_t i = 0; i < EnumNames<ReplyCategory>::names.size(); ++i)
        m_category->addItem(UiText::replyCategory(ReplyCategory(i)), int(i));
    m_category->setCurrentIndex(m_category->findData(int(reply.category)));
    form->addRow(tr("Category:"), m_category);

    m_language = new QComboBox(this);
    m_language->setObjectName(QStringLiteral("replyEditorLanguage"));
    for (const QString& code : {QStringLiteral("zh_CN"), QStringLiteral("en")})
        m_language->addItem(UiText::language(code), code);
    m_language->setCurrentIndex(std::max(0, m_language->findData(reply.language)));
    form->addRow(tr("Language:"), m_language);

    m_scope = new QComboBox(this);
    m_scope->setObjectName(QStringLiteral("replyScope"));
    m_scope->addItem(tr("Only me"), QVariant());  // no team id: index 0 is personal
    const bool admin = me.role == Role::Admin;
    const bool lead = me.role == Role::Lead && me.teamId != 0;
    if (lead || (admin && me.teamId != 0))
        m_scope->addItem(tr("My team (%1)").arg(me.teamName), me.teamId);
    if (admin)
        m_scope->addItem(tr("The whole shop"), qint64(0));
    if (reply.scope == ReplyScope::Team) {
        if (m_scope->findData(reply.teamId) <= 0)
            m_scope->addItem(tr("Team %1").arg(reply.teamId), reply.teamId);  // an admin editing another team's
        m_scope->setCurrentIndex(m_scope->findData(reply.teamId));
    }
    form->addRow(tr("Who uses it:"), m_scope);

    m_abTest = new QComboBox(this);
    m_abTest->setObjectName(QStringLiteral("replyAbTest"));
    if (reply.abPairId != 0) {
        m_abTest->addItem(tr("In an A/B test as variant %1").arg(reply.abVariant == 0 ? QLatin1Char('A') : QLatin1Char('B')),
                          reply.abPairId);
        m_abTest->addItem(tr("End the A/B test for this reply"), qint64(0));
    } else {
        m_abTest->addItem(tr("No A/B test"), qint64(0));
    }
    form->addRow(tr("A/B test:"), m_abTest);

    QStringList tags(reply.tags.begin(), reply.tags.end());
    m_tags = new QLineEdit(tags.join(QStringLiteral(", ")), this);
    m_tags->setObjectName(QStringLiteral("replyTags"));
    m_tags->setPlaceholderText(tr("Comma-separated, e.g. delivery, tracking"));
    form->addRow(tr("Tags:"), m_tags);
    layout->addLayout(form);

    m_script = new QCheckBox(tr("A script of several steps"), this);
    m_script->setObjectName(QStringLiteral("replyIsScript"));
    m_script->setChecked(reply.isScript());
    layout->addWidget(m_script);

    m_body = new QPlainTextEdit(reply.body, this);
    m_body->setObjectName(QStringLiteral("replyBody"));
    m_body->setAccessibleName(tr("Reply text"));
    layout->addWidget(m_body, 1);

    m_imageId = reply.image;
    m_imageRow = new QWidget(this);
    auto* imageRow = new QHBoxLayout(m_imageRow);
    imageRow->setContentsMargins(0, 0, 0, 0);
    m_imageThumbnail = new QLabel(m_imageRow);
    m_imageThumbnail->setObjectName(QStringLiteral("replyImage"));
    m_imageThumbnail->setMinimumHeight(48);
    auto* chooseImage = new QPushButton(tr("Image…"), m_imageRow);
    chooseImage->setObjectName(QStringLiteral("replyChooseImage"));
    chooseImage->setToolTip(tr("A picture sent with the reply, e.g. a size chart (PNG or JPEG; larger ones are made smaller)"));
    m_removeImage = new QPushButton(tr("Remove image"), m_imageRow);
    imageRow->addWidget(m_imageThumbnail, 1);
    imageRow->addWidget(chooseImage);
    imageRow->addWidget(m_removeImage);
    layout->addWidget(m_imageRow);
    connect(chooseImage, &QPushButton::clicked, this, [this] {
        const QString path = QFileDialog::getOpenFileName(this, tr("Choose an image"), QString(),
                                                          tr("Images (*.png *.jpg *.jpeg *.bmp *.gif *.webp)"));
        if (!path.isEmpty())
            chooseImageFile(path);
    });
    connect(m_removeImage, &QPushButton::clicked, this, [this] {
        m_imageId.clear();
        m_newImage.clear();
        m_imageError.clear();
        updateImage({});
        validate();
    });
    updateImage({});

    m_steps = new QTableWidget(0, 2, this);
    m_steps->setObjectName(QStringLiteral("replySteps"));
    m_steps->setHorizontalHeaderLabels({tr("Step"), tr("Text")});
    m_steps->horizontalHeader()->setSectionResizeMode(1, QHeaderView::Stretch);
    m_steps->verticalHeader()->setVisible(true);
    for (const ScriptStep& step : reply.steps) {
        const int row = m_steps->rowCount();
        m_steps->insertRow(row);
        m_steps->setItem(row, 0, new QTableWidgetItem(step.title));
        m_steps->setItem(row, 1, new QTableWidgetItem(step.body));
    }
    layout->addWidget(m_steps, 1);
    m_stepButtons = new QWidget(this);
    auto* stepRow = new QHBoxLayout(m_stepButtons);
    stepRow->setContentsMargins(0, 0, 0, 0);
    auto* addStep = new QPushButton(tr("Add step"), m_stepButtons);
    auto* removeStep = new QPushButton(tr("Remove step"), m_stepButtons);
    stepRow->addWidget(addStep);
    stepRow->addWidget(removeStep);
    stepRow->addStretch(1);
    layout->addWidget(m_stepButtons);
    connect(addStep, &QPushButton::clicked, this, [this] {
        const int row = m_steps->rowCount();
        m_steps->insertRow(row);
        m_steps->setItem(row, 0, new QTableWidgetItem);
        m_steps->setItem(row, 1, new QTableWidgetItem);
        m_steps->editItem(m_steps->item(row, 0));
    });
    connect(removeStep, &QPushButton::clicked, this, [this] {
        if (m_steps->currentRow() >= 0)
            m_steps->removeRow(m_steps->currentRow());
        validate();
    });

    QStringList variables;
    for (const QString& v : ReplyTemplate::variables())
        variables << QLatin1Char('{') + v + QLatin1Char('}');
    auto* help = new QLabel(tr("Filled from the conversation: %1. For a detail you type when using it: {input:label}.")
                                .arg(variables.join(QStringLiteral(" "))), this);
    help->setWordWrap(true);
    help->setStyleSheet(QStringLiteral("color: #6b7280;"));
    layout->addWidget(help);

    m_problem = new QLabel(this);
    m_problem->setObjectName(QStringLiteral("replyProblem"));
    m_problem->setWordWrap(true);
    m_problem->setStyleSheet(QStringLiteral("color: #b91c1c;"));
    m_problem->hide();
    layout->addWidget(m_problem);

    m_buttons = new QDialogButtonBox(QDialogButtonBox::Save | QDialogButtonBox::Cancel, this);
    connect(m_buttons, &QDialogButtonBox::accepted, this, &QDialog::accept);
    connect(m_buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    layout->addWidget(m_buttons);

    connect(m_script, &QCheckBox::toggled, this, &ReplyEditorDialog::updateMode);
    connect(m_title, &QLineEdit::textChanged, this, &ReplyEditorDialog::validate);
    connect(m_body, &QPlainTextEdit::textChanged, this, &ReplyEditorDialog::validate);
    connect(m_steps, &QTableWidget::itemChanged, this, &ReplyEditorDialog::validate);
    connect(m_tags, &QLineEdit::textChanged, this, &ReplyEditorDialog::validate);
    resize(560, 520);
    updateMode();
}

void ReplyEditorDialog::showCurrentImage(const QByteArray& bytes)
{
    if (m_newImage.isEmpty() && !m_imageId.isEmpty())
        updateImage(bytes);
}

void ReplyEditorDialog::setNewImage(const QByteArray& bytes)
{
    m_newImage = bytes;
    updateImage(bytes);
}

void ReplyEditorDialog::chooseImageFile(const QString& path)
{
    QFile file(path);
    QString error;
    QByteArray fitted;
    if (!file.open(QIODevice::ReadOnly))
        error = tr("The file cannot be read: %1").arg(file.errorString());
    else if (file.size() > 20 * 1024 * 1024)
        error = tr("The picture is larger than %1 MiB.").arg(20);
    else
        fitted = ImageFitter::fit(file.readAll(), &error);
    m_imageError = error;
    validate();
    if (fitted.isEmpty())
        return;
    m_newImage = fitted;
    updateImage(fitted);
}

void ReplyEditorDialog::updateImage(const QByteArray& bytes)
{
    const bool has = !m_imageId.isEmpty() || !m_newImage.isEmpty();
    m_removeImage->setEnabled(has);
    QPixmap picture;
    picture.loadFromData(bytes);
    if (!picture.isNull()) {
        m_imageThumbnail->setPixmap(picture.scaled(QSize(160, 64), Qt::KeepAspectRatio, Qt::SmoothTransformation));
    } else {
        m_imageThumbnail->setPixmap({});
        m_imageThumbnail->setText(has ? tr("Image attached") : tr("No image"));
    }
}

void ReplyEditorDialog::updateMode()
{
    const bool script = m_script->isChecked();
    m_imageRow->setVisible(!script);
    if (script)
        m_imageError.clear();  // scripts have no image to be wrong about
    m_body->setVisible(!script);
    m_steps->setVisible(script);
    m_stepButtons->setVisible(script);
    if (script && m_steps->rowCount() == 0) {
        m_steps->insertRow(0);
        m_steps->setItem(0, 0, new QTableWidgetItem);
        m_steps->setItem(0, 1, new QTableWidgetItem(m_body->toPlainText()));
    }
    validate();
}

void ReplyEditorDialog::setAbCandidates(const std::vector<std::pair<qint64, QString>>& candidates)
{
    if (m_original.abPairId != 0)
        return;
    for (const auto& [id, title] : candidates)
        m_abTest->addItem(tr("Test against “%1” (it becomes variant A)").arg(title), id);
}

Reply ReplyEditorDialog::reply() const
{
    Reply r = m_original;
    r.abPairId = m_abTest->currentData().toLongLong();
    if (r.abPairId == 0)
        r.abVariant = 0;
    r.title = m_title->text().trimmed();
    r.category = ReplyCategory(m_category->currentData().toInt());
    r.language = m_language->currentData().toString();
    const bool personal = m_scope->currentIndex() == 0;
    r.scope = personal ? ReplyScope::Personal : ReplyScope::Team;
    r.teamId = personal ? 0 : m_scope->currentData().toLongLong();
    r.tags.clear();
    for (const QString& tag : m_tags->text().split(QLatin1Char(','), Qt::SkipEmptyParts)) {
        if (!tag.trimmed().isEmpty())
            r.tags.push_back(tag.trimmed());
    }
    r.steps.clear();
    r.body.clear();
    if (m_script->isChecked()) {
        for (int row = 0; row < m_steps->rowCount(); ++row) {
            const QString title = m_steps->item(row, 0) ? m_steps->item(row, 0)->text().trimmed() : QString();
            const QString body = m_steps->item(row, 1) ? m_steps->item(row, 1)->text().trimmed() : QString();
            if (!title.isEmpty() || !body.isEmpty())
                r.steps.push_back({title, body});
        }
        r.image.clear();  // an image goes with a reply, not a script
    } else {
        r.body = m_body->toPlainText().trimmed();
        r.image = m_imageId;  // a new picture replaces it once uploaded
    }
    return r;
}

void ReplyEditorDialog::setRefusal(const QString& message)
{
    m_refusal = message;
    validate();
}

void ReplyEditorDialog::validate()
{
    // The protocol's limits (Records.h), said here rather than refused by the server later.
    const Reply r = reply();
    QString problem;
    if (r.title.isEmpty())
        problem = tr("The reply needs a title.");
    else if (r.tags.size() > 10 || std::any_of(r.tags.begin(), r.tags.end(), [](const QString& t) { return t.size() > 40; }))
        problem = tr("At most 10 tags of at most 40 characters each.");
    else if (m_script->isChecked() && (r.steps.empty() || r.steps.size() > 12))
        problem = tr("A script has 1 to 12 steps.");
    else if (m_script->isChecked()
             && std::any_of(r.steps.begin(), r.steps.end(), [](const ScriptStep& s) {
                    return s.title.isEmpty() || s.body.isEmpty() || s.title.size() > 80 || s.body.size() > 2000;
                }))
        problem = tr("Every step needs a title (at most 80 characters) and a text (at most 2,000).");
    else if (!m_script->isChecked() && (r.body.isEmpty() || r.body.size() > 2000))
        problem = tr("The reply needs a text of at most 2,000 characters.");
    m_buttons->button(QDialogButtonBox::Save)->setEnabled(problem.isEmpty());
    const QString shown = !problem.isEmpty() ? problem : !m_imageError.isEmpty() ? m_imageError : m_refusal;
    m_problem->setText(shown);
    m_problem->setVisible(!shown.isEmpty());
}

} // namespace agentdesk::ui
