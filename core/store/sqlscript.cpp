#include "sqlscript.h"

namespace ParcelDesk {

QStringList splitSqlStatements(QStringView script)
{
    QStringList statements;
    QString current;
    enum class Mode { Code, Single, Double, LineComment, BlockComment } mode = Mode::Code;

    auto flush = [&] {
        const QString trimmed = current.trimmed();
        if (!trimmed.isEmpty())
            statements.append(trimmed);
        current.clear();
    };

    for (qsizetype i = 0; i < script.size(); ++i) {
        const QChar c = script[i];
        const QChar next = i + 1 < script.size() ? script[i + 1] : QChar();
        switch (mode) {
        case Mode::Code:
            if (c == u'-' && next == u'-') {
                mode = Mode::LineComment;
                ++i;
                continue;
            }
            if (c == u'/' && next == u'*') {
                mode = Mode::BlockComment;
                ++i;
                continue;
            }
            if (c == u';') {
                flush();
                continue;
            }
            if (c == u'\'')
                mode = Mode::Single;
            else if (c == u'"')
                mode = Mode::Double;
            current.append(c);
            break;
        case Mode::Single:
        case Mode::Double:
            current.append(c);
            if ((mode == Mode::Single && c == u'\'') || (mode == Mode::Double && c == u'"'))
                mode = Mode::Code; // a doubled quote re-enters the quote on the next char
            break;
        case Mode::LineComment:
            if (c == u'\n') {
                mode = Mode::Code;
                current.append(c);
            }
            break;
        case Mode::BlockComment:
            if (c == u'*' && next == u'/') {
                mode = Mode::Code;
                ++i;
                current.append(u' ');
            }
            break;
        }
    }
    flush();
    return statements;
}

} // namespace ParcelDesk
