// SPDX-FileCopyrightText: 2026 GradeDesk contributors
// SPDX-License-Identifier: MIT
#include "csv.h"

#include <QCoreApplication>
#include <QStringDecoder>

namespace GradeDesk::Services {

namespace {

class Csv final
{
    Q_DECLARE_TR_FUNCTIONS(Csv)

public:
    static ServiceError error(const QString &path, int line, const QString &what)
    {
        return ServiceError::make(ServiceError::Kind::Parse,
                                  tr("%1, line %2: %3. Save the file as comma-separated UTF-8 text and try again.")
                                      .arg(path)
                                      .arg(line)
                                      .arg(what));
    }
};

} // namespace

Result<QList<QStringList>> parseCsv(const QByteArray &data, const QString &pathForMessages)
{
    QStringDecoder decoder(QStringDecoder::Utf8, QStringDecoder::Flag::Stateless);
    QString text = decoder.decode(data);
    if (decoder.hasError()) {
        return Csv::error(pathForMessages, 1, Csv::tr("the file is not valid UTF-8"));
    }
    if (text.startsWith(QChar(0xfeff))) {
        text.remove(0, 1);
    }

    QList<QStringList> rows;
    QStringList row;
    QString field;
    bool quoted = false;     // inside a quoted field
    bool afterQuote = false; // a quoted field just closed: only a separator may follow
    bool rowHasContent = false;
    int line = 1;
    int rowLine = 1;

    const auto endRow = [&] {
        row << field;
        if (rowHasContent || row.size() > 1 || !row.constFirst().isEmpty()) {
            rows << row;
        }
        row.clear();
        field.clear();
        rowHasContent = false;
        afterQuote = false;
    };

    for (qsizetype i = 0; i < text.size(); ++i) {
        const QChar c = text.at(i);
        if (quoted) {
            if (c == QLatin1Char('"')) {
                if (i + 1 < text.size() && text.at(i + 1) == QLatin1Char('"')) {
                    field += c;
                    ++i;
                } else {
                    quoted = false;
                    afterQuote = true;
                }
            } else {
                if (c == QLatin1Char('\n')) {
                    ++line;
                }
                field += c;
            }
            continue;
        }
        if (c == QLatin1Char(',')) {
            row << field;
            field.clear();
            afterQuote = false;
            rowHasContent = true;
        } else if (c == QLatin1Char('\n') || c == QLatin1Char('\r')) {
            if (c == QLatin1Char('\r') && i + 1 < text.size() && text.at(i + 1) == QLatin1Char('\n')) {
                ++i;
            }
            endRow();
            ++line;
            rowLine = line;
        } else if (afterQuote) {
            return Csv::error(pathForMessages, line, Csv::tr("text after a closing quote"));
        } else if (c == QLatin1Char('"') && field.isEmpty()) {
            quoted = true;
            rowHasContent = true;
        } else {
            field += c;
        }
    }
    if (quoted) {
        return Csv::error(pathForMessages, rowLine, Csv::tr("a quoted field is never closed"));
    }
    if (!field.isEmpty() || !row.isEmpty() || rowHasContent) {
        endRow();
    }
    return rows;
}

} // namespace GradeDesk::Services
