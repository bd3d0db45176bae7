#pragma once

#include "protocol/Records.h"

#include <QDialog>

class QCheckBox;
class QComboBox;
class QDialogButtonBox;
class QLabel;
class QLineEdit;
class QPlainTextEdit;
class QPushButton;
class QTableWidget;

namespace agentdesk::ui {

// Creates or edits a reply or a script. The scopes offered are those the user may keep: a
// personal reply always, the team's for its lead, any for an admin.
class ReplyEditorDialog : public QDialog {
    Q_OBJECT
public:
    ReplyEditorDialog(const protocol::Reply& reply, const protocol::Principal& me, QWidget* parent = nullptr);

    protocol::Reply reply() const;
    // Replies this one may be A/B tested against (id, title); offered when it is not in a test yet.
    void setAbCandidates(const std::vector<std::pair<qint64, QString>>& candidates);
    // Why the server refused the last save of these edits.
    void setRefusal(const QString& message);
    // The bytes of the reply's current image, for its thumbnail (may come later than the dialog).
    void showCurrentImage(const QByteArray& bytes);
    // A picture chosen for the reply, fitted to the protocol's limit; uploaded when saving.
    void chooseImageFile(const QString& path);
    QByteArray newImage() const { return m_newImage; }
    // A picture chosen before (the editor reopened after a failed upload).
    void setNewImage(const QByteArray& bytes);

private:
    void updateMode();
    void validate();
    void updateImage(const QByteArray& bytes);

    protocol::Reply m_original;
    QLineEdit* m_title = nullptr;
    QComboBox* m_category = nullptr;
    QComboBox* m_language = nullptr;
    QComboBox* m_scope = nullptr;
    QComboBox* m_abTest = nullptr;
    QLineEdit* m_tags = nullptr;
    QCheckBox* m_script = nullptr;
    QPlainTextEdit* m_body = nullptr;
    QTableWidget* m_steps = nullptr;
    QWidget* m_stepButtons = nullptr;
    QDialogButtonBox* m_buttons = nullptr;
    QLabel* m_problem = nullptr;
    QWidget* m_imageRow = nullptr;
    QLabel* m_imageThumbnail = nullptr;
    QPushButton* m_removeImage = nullptr;
    QString m_imageId;       // the stored image kept, or empty
    QByteArray m_newImage;   // a picture chosen here, not uploaded yet
    QString m_imageError;  // why the last picture chosen cannot be used
    QString m_refusal;
};

} // namespace agentdesk::ui
