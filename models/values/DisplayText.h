#pragma once
// Text from a server made safe to show. A server decides what a user name, a session's client
// or an audit message contains; a control character in it must never be interpreted where it
// is shown: ESC moves the cursor, recolours or retitles a terminal, CR overwrites the line, LF
// adds a fake row, NUL cuts the text short, and bidirectional overrides make "evil" read
// "live". Such characters are shown as escapes instead, visible and inert:
//
//   NUL \0, TAB \t, LF \n, CR \r, any other C0 control or DEL \xNN (ESC is \x1b),
//   C1 controls U+0080-U+009F, the line and paragraph separators U+2028/U+2029 and the
//   bidirectional embeddings, overrides and isolates (U+202A-U+202E, U+2066-U+2069) \uNNNN.
//
// A backslash is kept as it is, so "CORP\ada" reads naturally: this is for display only, not
// a reversible encoding. Exports (CSV, JSON) carry the original text; only what a person reads
// in a terminal table or in the console's tables goes through here.

#include <QString>

class DisplayText
{
public:
    enum class LineBreaks {
        Escape, // one cell, one line: LF and CR are escaped too
        Keep,   // a message of several lines: LF stays (CR is still escaped)
    };

    // `text` itself (no copy) when nothing needs escaping.
    static QString escaped(const QString& text, LineBreaks lineBreaks = LineBreaks::Escape);
    static bool needsEscaping(QChar c);
};
