// SPDX-FileCopyrightText: 2026 GradeDesk contributors
// SPDX-License-Identifier: MIT
#include "rubriceditordialog.h"

#include "gradingformat.h"
#include "gradingkeymap.h"
#include "userprompt.h"

#include <models/gradingsession.h>
#include <models/questionlistmodel.h>
#include <models/rubricmodel.h>

#include <QCheckBox>
#include <QComboBox>
#include <QDialogButtonBox>
#include <QDir>
#include <QFormLayout>
#include <QGroupBox>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QKeyEvent>
#include <QLabel>
#include <QPushButton>
#include <QScopedValueRollback>
#include <QTableWidget>
#include <QVBoxLayout>

namespace GradeDesk::Ui {

using namespace Services;
using Models::GradingSession;

namespace {

constexpr int IdRole = Qt::UserRole;

QLabel *noteLabel(QWidget *parent, const QString &color)
{
    auto *label = new QLabel(parent);
    label->setWordWrap(true);
    label->setTextFormat(Qt::PlainText);
    QPalette palette = label->palette();
    palette.setColor(QPalette::WindowText, QColor(color));
    label->setPalette(palette);
    return label;
}

} // namespace

RubricEditorDialog::RubricEditorDialog(GradingSession *session, QWidget *parent)
    : QDialog(parent)
    , m_session(session)
    , m_titleLabel(new QLabel(this))
    , m_table(new QTableWidget(0, ColumnCount, this))
    , m_problemLabel(noteLabel(this, QStringLiteral("#c53030")))
    , m_warningLabel(noteLabel(this, QStringLiteral("#975a16")))
    , m_addButton(new QPushButton(tr("&Add Item"), this))
    , m_removeButton(new QPushButton(tr("&Remove"), this))
    , m_upButton(new QPushButton(tr("Move &Up"), this))
    , m_downButton(new QPushButton(tr("Move &Down"), this))
    , m_modeCombo(new QComboBox(this))
    , m_floorCheck(new QCheckBox(tr("Never &below 0"), this))
    , m_ceilingCheck(new QCheckBox(tr("Never above the &maximum (extra credit is separate)"), this))
    , m_importCombo(new QComboBox(this))
    , m_importButton(new QPushButton(tr("&Import Items"), this))
{
    setObjectName(QStringLiteral("rubricEditorDialog"));
    setWindowTitle(tr("Edit Rubric"));
    m_table->setObjectName(QStringLiteral("rubricItemsTableWidget"));
    m_problemLabel->setObjectName(QStringLiteral("rubricProblemLabel"));
    m_warningLabel->setObjectName(QStringLiteral("rubricWarningLabel"));
    m_addButton->setObjectName(QStringLiteral("addItemPushButton"));
    m_removeButton->setObjectName(QStringLiteral("removeItemPushButton"));
    m_upButton->setObjectName(QStringLiteral("moveUpPushButton"));
    m_downButton->setObjectName(QStringLiteral("moveDownPushButton"));
    m_modeCombo->setObjectName(QStringLiteral("scoringModeComboBox"));
    m_floorCheck->setObjectName(QStringLiteral("floorCheckBox"));
    m_ceilingCheck->setObjectName(QStringLiteral("ceilingCheckBox"));
    m_importCombo->setObjectName(QStringLiteral("importQuestionComboBox"));
    m_importButton->setObjectName(QStringLiteral("importQuestionPushButton"));

    const auto question = session->questionRecord();
    QFont bold = m_titleLabel->font();
    bold.setBold(true);
    m_titleLabel->setFont(bold);
    m_titleLabel->setTextFormat(Qt::PlainText);
    m_titleLabel->setText(
        question ? tr("Rubric of %1 (%2 points)")
                       .arg(Models::QuestionListModel::labelOf(*question), GradingFormat::number(question->maxScore))
                 : QString());
    auto *note = noteLabel(this, palette().color(QPalette::PlaceholderText).name());
    note->setText(tr("Changes apply at once to every answer graded with this rubric; Ctrl+Z in the grading view "
                     "undoes them one by one. Keys: Insert adds an item, Delete removes it, F2 or typing edits a "
                     "cell, Ctrl+Up/Down moves an item, Esc closes."));

    m_table->setHorizontalHeaderLabels(
        {tr("Title"), tr("Points"), tr("Key"), tr("Exclusive group"), tr("Description (shown to students)")});
    m_table->verticalHeader()->hide();
    m_table->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_table->setSelectionMode(QAbstractItemView::SingleSelection);
    m_table->setTabKeyNavigation(true);
    m_table->setEditTriggers(QAbstractItemView::DoubleClicked | QAbstractItemView::EditKeyPressed |
                             QAbstractItemView::AnyKeyPressed);
    QHeaderView *header = m_table->horizontalHeader();
    header->setSectionResizeMode(TitleColumn, QHeaderView::Interactive);
    header->setSectionResizeMode(DescriptionColumn, QHeaderView::Stretch);
    const int digit = fontMetrics().horizontalAdvance(QLatin1Char('0'));
    header->resizeSection(TitleColumn, 28 * digit);
    header->resizeSection(PointsColumn, 8 * digit);
    header->resizeSection(ShortcutColumn, 5 * digit);
    header->resizeSection(GroupColumn, 14 * digit);
    m_table->horizontalHeaderItem(ShortcutColumn)
        ->setToolTip(tr("1–9, 0, or a letter no grading key uses (not A C E F J K N R S)"));
    m_table->horizontalHeaderItem(GroupColumn)
        ->setToolTip(tr("Items sharing a group are exclusive: applying one removes the others"));
    m_table->horizontalHeaderItem(PointsColumn)->setToolTip(tr("Negative for a deduction, positive for credit"));

    // Insert, Delete and Ctrl+Up/Down act on the table (see eventFilter), not while a cell is edited.
    m_table->installEventFilter(this);
    m_addButton->setToolTip(tr("Add an item (Insert)"));
    m_removeButton->setToolTip(tr("Delete the selected item (Delete)"));
    m_upButton->setToolTip(tr("Ctrl+Up"));
    m_downButton->setToolTip(tr("Ctrl+Down"));

    m_modeCombo->addItem(tr("Credit: start at 0 and add points"), int(ScoringMode::Positive));
    m_modeCombo->addItem(tr("Deductions: start at the maximum and take points off"), int(ScoringMode::Negative));

    for (const Services::QuestionRecord &other : [&] {
             QList<Services::QuestionRecord> records;
             const Models::QuestionListModel *questions = session->questions();
             for (int row = 0; row < questions->rowCount(); ++row) {
                 records.append(questions->question(row));
             }
             return records;
         }()) {
        if (!question || other.cellId != question->cellId) {
            m_importCombo->addItem(Models::QuestionListModel::labelOf(other), other.cellId);
        }
    }
    m_importCombo->setEnabled(m_importCombo->count() > 0);
    m_importButton->setEnabled(m_importCombo->count() > 0);

    auto *itemButtons = new QVBoxLayout;
    for (QPushButton *button : {m_addButton, m_removeButton, m_upButton, m_downButton}) {
        button->setAutoDefault(false);
        itemButtons->addWidget(button);
    }
    itemButtons->addStretch(1);
    auto *items = new QHBoxLayout;
    items->addWidget(m_table, 1);
    items->addLayout(itemButtons);

    auto *scoring = new QGroupBox(tr("Scoring"), this);
    auto *scoringLayout = new QFormLayout(scoring);
    scoringLayout->addRow(tr("&Mode:"), m_modeCombo);
    scoringLayout->addRow(m_floorCheck);
    scoringLayout->addRow(m_ceilingCheck);

    auto *exchange = new QGroupBox(tr("Reuse"), this);
    auto *exchangeLayout = new QHBoxLayout(exchange);
    auto *importYamlButton = new QPushButton(tr("Import &YAML…"), exchange);
    auto *exportYamlButton = new QPushButton(tr("E&xport YAML…"), exchange);
    importYamlButton->setObjectName(QStringLiteral("importYamlPushButton"));
    exportYamlButton->setObjectName(QStringLiteral("exportYamlPushButton"));
    exchangeLayout->addWidget(new QLabel(tr("From question:"), exchange));
    exchangeLayout->addWidget(m_importCombo, 1);
    exchangeLayout->addWidget(m_importButton);
    exchangeLayout->addSpacing(12);
    exchangeLayout->addWidget(importYamlButton);
    exchangeLayout->addWidget(exportYamlButton);
    for (QPushButton *button : {m_importButton, importYamlButton, exportYamlButton}) {
        button->setAutoDefault(false);
    }

    auto *buttons = new QDialogButtonBox(QDialogButtonBox::Close, this);
    buttons->button(QDialogButtonBox::Close)->setAutoDefault(false);

    auto *layout = new QVBoxLayout(this);
    layout->addWidget(m_titleLabel);
    layout->addWidget(note);
    layout->addLayout(items, 1);
    layout->addWidget(m_problemLabel);
    layout->addWidget(m_warningLabel);
    layout->addWidget(scoring);
    layout->addWidget(exchange);
    layout->addWidget(buttons);
    resize(920, 560);

    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    connect(m_addButton, &QPushButton::clicked, this, &RubricEditorDialog::addItem);
    connect(m_removeButton, &QPushButton::clicked, this, [this] { removeItem(m_table->currentRow()); });
    connect(m_upButton, &QPushButton::clicked, this, [this] { moveItem(m_table->currentRow(), -1); });
    connect(m_downButton, &QPushButton::clicked, this, [this] { moveItem(m_table->currentRow(), 1); });
    connect(m_modeCombo, &QComboBox::activated, this, &RubricEditorDialog::applySettings);
    connect(m_floorCheck, &QCheckBox::toggled, this, &RubricEditorDialog::applySettings);
    connect(m_ceilingCheck, &QCheckBox::toggled, this, &RubricEditorDialog::applySettings);
    connect(m_importButton, &QPushButton::clicked, this, &RubricEditorDialog::importFromQuestion);
    connect(importYamlButton, &QPushButton::clicked, this, &RubricEditorDialog::importYaml);
    connect(exportYamlButton, &QPushButton::clicked, this, &RubricEditorDialog::exportYaml);
    connect(m_table, &QTableWidget::cellChanged, this, &RubricEditorDialog::onItemChanged);
    connect(m_table, &QTableWidget::currentCellChanged, this, &RubricEditorDialog::updateButtons);
    connect(m_table, &QTableWidget::activated, this, [this](const QModelIndex &index) { m_table->edit(index); });
    // The rubric changes under the dialog too (undo in the view, another grader): always show what is stored.
    Models::RubricModel *rubric = session->rubric();
    connect(rubric, &QAbstractItemModel::modelReset, this, &RubricEditorDialog::reload);
    connect(rubric, &QAbstractItemModel::rowsInserted, this, &RubricEditorDialog::reload);
    connect(rubric, &QAbstractItemModel::rowsRemoved, this, &RubricEditorDialog::reload);
    connect(rubric, &QAbstractItemModel::dataChanged, this, &RubricEditorDialog::reload);
    connect(session, &GradingSession::questionChanged, this, &QDialog::reject);
    reload();
    m_table->setFocus();
    if (m_table->rowCount() > 0) {
        m_table->setCurrentCell(0, TitleColumn);
    }
}

RubricEditorDialog::~RubricEditorDialog() = default;

QString RubricEditorDialog::problem() const
{
    return m_problemLabel->text();
}

bool RubricEditorDialog::eventFilter(QObject *watched, QEvent *event)
{
    if (watched != m_table || event->type() != QEvent::KeyPress) {
        return QDialog::eventFilter(watched, event);
    }
    const auto *key = static_cast<QKeyEvent *>(event);
    const bool control = key->modifiers() & Qt::ControlModifier;
    switch (key->key()) {
    case Qt::Key_Insert:
        addItem();
        return true;
    case Qt::Key_Delete:
        removeItem(m_table->currentRow());
        return true;
    case Qt::Key_Up:
    case Qt::Key_Down:
        if (control) {
            moveItem(m_table->currentRow(), key->key() == Qt::Key_Up ? -1 : 1);
            return true;
        }
        break;
    default:
        break;
    }
    return QDialog::eventFilter(watched, event);
}

void RubricEditorDialog::reload()
{
    if (!m_session) {
        return;
    }
    const QScopedValueRollback guard(m_reloading, true);
    const int row = m_table->currentRow();
    const int column = std::max(0, m_table->currentColumn());
    const QList<RubricItemRecord> &items = m_session->rubric()->items();
    m_table->setRowCount(int(items.size()));
    // Cells are updated in place, never replaced: this runs inside the table's own change signals and
    // while an editor is open (adding an item starts editing its title).
    for (int i = 0; i < items.size(); ++i) {
        const RubricItemRecord &item = items.at(i);
        const QStringList texts = {item.title, GradingFormat::number(item.points), item.shortcut.toUpper(), item.group,
                                   item.description};
        for (int c = 0; c < ColumnCount; ++c) {
            QTableWidgetItem *cell = m_table->item(i, c);
            if (!cell) {
                cell = new QTableWidgetItem;
                if (c == PointsColumn || c == ShortcutColumn) {
                    cell->setTextAlignment(Qt::AlignCenter);
                }
                m_table->setItem(i, c, cell);
            }
            if (cell->text() != texts.at(c)) {
                cell->setText(texts.at(c));
            }
            if (c == TitleColumn && cell->data(IdRole).toLongLong() != item.id) {
                cell->setData(IdRole, item.id);
            }
        }
    }
    if (row >= 0 && m_table->rowCount() > 0) {
        m_table->setCurrentCell(std::min(row, m_table->rowCount() - 1), column);
    }
    const QuestionSettings settings = m_session->questionSettings();
    const QSignalBlocker modeBlocker(m_modeCombo);
    const QSignalBlocker floorBlocker(m_floorCheck);
    const QSignalBlocker ceilingBlocker(m_ceilingCheck);
    m_modeCombo->setCurrentIndex(std::max(0, m_modeCombo->findData(int(settings.mode))));
    m_floorCheck->setChecked(settings.floorAtZero);
    m_ceilingCheck->setChecked(settings.ceilingAtMax);
    updateWarnings();
    updateButtons();
}

RubricItemRecord RubricEditorDialog::itemAt(int row) const
{
    const qint64 id = m_table->item(row, TitleColumn)->data(IdRole).toLongLong();
    const int modelRow = m_session->rubric()->rowOfItem(id);
    return modelRow >= 0 ? m_session->rubric()->item(modelRow) : RubricItemRecord{};
}

void RubricEditorDialog::onItemChanged(int row, int column)
{
    if (m_reloading || !m_session) {
        return;
    }
    RubricItemRecord item = itemAt(row);
    if (item.id == 0) {
        return;
    }
    const QString text = m_table->item(row, column)->text().trimmed();
    QString problem;
    switch (Column(column)) {
    case TitleColumn:
        if (text.isEmpty()) {
            problem = tr("An item needs a title; the old one is kept.");
        }
        item.title = text;
        break;
    case PointsColumn:
        if (const auto points = GradingFormat::parsePoints(text)) {
            item.points = *points;
        } else {
            problem = tr("“%1” is not a number of points (for example -1 or 0.5).").arg(text);
        }
        break;
    case ShortcutColumn: {
        const QString key = text.toLower();
        if (!key.isEmpty() && GradingKeyMap::isReserved(key)) {
            problem = tr("%1 is a grading key already. Use a digit or another letter.").arg(text.toUpper());
        } else if (!key.isEmpty() && !GradingKeyMap::isValidItemShortcut(key)) {
            problem = tr("A key is one digit or one letter.");
        } else if (!key.isEmpty() && m_session->rubric()->rowOfShortcut(key) >= 0 &&
                   m_session->rubric()->item(m_session->rubric()->rowOfShortcut(key)).id != item.id) {
            problem = tr("Another item has the key %1 already.").arg(text.toUpper());
        }
        item.shortcut = key;
        break;
    }
    case GroupColumn:
        item.group = text;
        break;
    case DescriptionColumn:
        item.description = m_table->item(row, column)->text();
        break;
    case ColumnCount:
        break;
    }
    if (!problem.isEmpty()) {
        showProblem(problem);
        reload();
        return;
    }
    showProblem({});
    m_session->updateRubricItem(item);
    reload(); // shows the stored value, e.g. when the gradebook refused the change
}

void RubricEditorDialog::addItem()
{
    if (!m_session) {
        return;
    }
    QStringList used;
    for (const RubricItemRecord &item : m_session->rubric()->items()) {
        used.append(item.shortcut);
    }
    RubricItemRecord item;
    item.title = tr("New item");
    item.points = m_session->questionSettings().mode == ScoringMode::Negative ? -1.0 : 1.0;
    item.shortcut = GradingKeyMap::nextFreeShortcut(used);
    item.position = -1;
    const int before = m_session->rubric()->rowCount();
    m_session->addRubricItem(item);
    reload();
    if (m_session->rubric()->rowCount() > before) {
        const int row = m_table->rowCount() - 1;
        m_table->setCurrentCell(row, TitleColumn);
        m_table->editItem(m_table->item(row, TitleColumn));
    }
}

bool RubricEditorDialog::removeItem(int row)
{
    if (!m_session || row < 0 || row >= m_table->rowCount()) {
        return false;
    }
    const RubricItemRecord item = itemAt(row);
    if (item.id == 0) {
        return false;
    }
    const int usage = m_session->rubricItemUsage(item.id);
    if (usage > 0 &&
        !UserPrompt::confirm(this, tr("Delete Rubric Item"),
                             tr("Answers that have “%1”: %2. Deleting the item takes it off them and changes "
                                "their scores.\n\nDelete it anyway? (Ctrl+Z in the grading view brings it back.)")
                                 .arg(item.title)
                                 .arg(usage),
                             tr("Delete"))) {
        return false;
    }
    m_session->deleteRubricItem(item.id);
    reload();
    return m_session->rubric()->rowOfItem(item.id) < 0;
}

void RubricEditorDialog::moveItem(int row, int delta)
{
    if (!m_session || row < 0 || row >= m_table->rowCount()) {
        return;
    }
    const int target = row + delta;
    if (target < 0 || target >= m_table->rowCount()) {
        return;
    }
    const int column = std::max(0, m_table->currentColumn());
    m_session->moveRubricItem(itemAt(row).id, target);
    reload();
    m_table->setCurrentCell(target, column);
}

void RubricEditorDialog::applySettings()
{
    if (m_reloading || !m_session) {
        return;
    }
    QuestionSettings settings = m_session->questionSettings();
    settings.mode = ScoringMode(m_modeCombo->currentData().toInt());
    settings.floorAtZero = m_floorCheck->isChecked();
    settings.ceilingAtMax = m_ceilingCheck->isChecked();
    m_session->setQuestionSettings(settings);
    reload();
}

void RubricEditorDialog::importFromQuestion()
{
    if (!m_session || m_importCombo->currentIndex() < 0) {
        return;
    }
    const int before = m_session->rubric()->rowCount();
    m_session->importRubricFrom(m_importCombo->currentData().toLongLong());
    reload();
    showProblem(m_session->rubric()->rowCount() == before
                    ? tr("%1 has no rubric items to import.").arg(m_importCombo->currentText())
                    : QString());
}

void RubricEditorDialog::importYaml()
{
    if (!m_session) {
        return;
    }
    const QString path =
        UserPrompt::openFileName(this, tr("Import Rubric"), tr("Rubric files (*.yaml *.yml);;All files (*)"));
    if (!path.isEmpty()) {
        m_session->importRubricYaml(path);
        reload();
    }
}

void RubricEditorDialog::exportYaml()
{
    const auto question = m_session ? m_session->questionRecord() : std::nullopt;
    if (!question) {
        return;
    }
    const QString path = UserPrompt::saveFileName(this, tr("Export Rubric"), question->name + QStringLiteral(".yaml"),
                                                  tr("Rubric files (*.yaml *.yml)"));
    if (!path.isEmpty() && m_session->exportRubricYaml(path)) {
        showProblem({});
        m_warningLabel->setText(tr("Saved to %1.").arg(QDir::toNativeSeparators(path)));
    }
}

void RubricEditorDialog::showProblem(const QString &text)
{
    m_problemLabel->setText(text);
    m_problemLabel->setVisible(!text.isEmpty());
}

void RubricEditorDialog::updateWarnings()
{
    QStringList withoutKey;
    QStringList shadowed;
    for (const RubricItemRecord &item : m_session->rubric()->items()) {
        if (item.shortcut.isEmpty()) {
            withoutKey.append(item.title);
        } else if (GradingKeyMap::isReserved(item.shortcut)) {
            shadowed.append(tr("%1 (%2)").arg(item.title, item.shortcut.toUpper()));
        }
    }
    QStringList lines;
    if (!withoutKey.isEmpty()) {
        lines << tr("No key yet, so only a click applies them: %1.").arg(withoutKey.join(QStringLiteral(", ")));
    }
    if (!shadowed.isEmpty()) {
        lines << tr("These keys are grading keys and do not apply items; give them another key: %1.")
                     .arg(shadowed.join(QStringLiteral(", ")));
    }
    m_warningLabel->setText(lines.join(QLatin1Char('\n')));
    m_warningLabel->setVisible(!lines.isEmpty());
    if (m_problemLabel->text().isEmpty()) {
        m_problemLabel->hide();
    }
}

void RubricEditorDialog::updateButtons()
{
    const int row = m_table->currentRow();
    const int rows = m_table->rowCount();
    m_removeButton->setEnabled(row >= 0);
    m_upButton->setEnabled(row > 0);
    m_downButton->setEnabled(row >= 0 && row < rows - 1);
}

} // namespace GradeDesk::Ui
