#include "render/pdf_stream_join.h"

#include "core/check_errors.h"

#include <QFile>

#include <algorithm>
#include <optional>
#include <string>
#include <string_view>
#include <vector>

namespace pearlzone::render {

namespace {

bool isSpace(char c) { return c == ' ' || c == '\n' || c == '\r' || c == '\t' || c == '\f' || c == '\0'; }

bool isDelimiter(char c)
{
    switch (c) {
    case '(': case ')': case '<': case '>': case '[': case ']': case '{': case '}': case '/': case '%':
        return true;
    default:
        return false;
    }
}

// PDF's tokens (PDF 1.7, section 7.2), as far as telling references from strings and names
// needs: a string's or a name's bytes are never read as numbers.
struct Token {
    enum Kind { Integer, Keyword, Name, Other } kind = Other;
    std::size_t begin = 0, end = 0;
};

class Lexer {
public:
    Lexer(std::string_view text, std::size_t at) : text_(text), at_(at) {}

    // The next token; nullopt at the end of the text or when it is malformed (failed()).
    std::optional<Token> next()
    {
        for (;;) {
            while (at_ < text_.size() && isSpace(text_[at_]))
                ++at_;
            if (at_ < text_.size() && text_[at_] == '%') {
                while (at_ < text_.size() && text_[at_] != '\n' && text_[at_] != '\r')
                    ++at_;
                continue;
            }
            break;
        }
        if (at_ >= text_.size())
            return std::nullopt;
        const std::size_t begin = at_;
        const char c = text_[at_];
        Token::Kind kind = Token::Other;
        if (c == '(') {
            int depth = 0;
            for (; at_ < text_.size(); ++at_) {
                if (text_[at_] == '\\')
                    ++at_;
                else if (text_[at_] == '(')
                    ++depth;
                else if (text_[at_] == ')' && --depth == 0)
                    break;
            }
            if (at_ >= text_.size())
                return fail();
            ++at_;
        } else if (c == '<' || c == '>') {
            if (at_ + 1 < text_.size() && text_[at_ + 1] == c) {
                at_ += 2;
            } else if (c == '<') {
                at_ = text_.find('>', at_);
                if (at_ == std::string_view::npos)
                    return fail();
                ++at_;
            } else {
                return fail();
            }
        } else if (c == '[' || c == ']' || c == '{' || c == '}') {
            ++at_;
        } else if (c == ')') {
            return fail();
        } else {
            if (c == '/')
                ++at_;
            while (at_ < text_.size() && !isSpace(text_[at_]) && !isDelimiter(text_[at_]))
                ++at_;
            const std::string_view word = text_.substr(begin, at_ - begin);
            if (c == '/')
                kind = Token::Name;
            else if (word.size() <= 15 && std::all_of(word.begin(), word.end(), [](char d) { return d >= '0' && d <= '9'; }))
                kind = Token::Integer;  // longer digit runs are not numbers a joiner needs
            else if (std::all_of(word.begin(), word.end(), [](char d) { return (d >= 'a' && d <= 'z') || (d >= 'A' && d <= 'Z'); }))
                kind = Token::Keyword;
        }
        return Token{kind, begin, at_};
    }

    bool failed() const { return failed_; }

private:
    std::optional<Token> fail()
    {
        failed_ = true;
        return std::nullopt;
    }

    std::string_view text_;
    std::size_t at_;
    bool failed_ = false;
};

std::string_view textOf(std::string_view text, const Token& token) { return text.substr(token.begin, token.end - token.begin); }

long long integerOf(std::string_view text, const Token& token)
{
    long long value = 0;
    for (const char d : textOf(text, token))
        value = 10 * value + (d - '0');
    return value;
}

// An object's value as read from "N 0 obj" on: where it ends (the "stream" or "endobj" that
// follows it), its references, and the names a joiner asks about.
struct ObjectValue {
    std::size_t begin = 0;  // just after "obj"
    std::size_t end = 0;    // where "stream" or "endobj" starts
    std::vector<Token> references;  // the object number of each "N G R"
    std::vector<Token> tokens;      // all of them, in order
};

std::optional<ObjectValue> readObject(std::string_view text, long long number)
{
    Lexer lexer(text, 0);
    const auto first = lexer.next();
    const auto generation = lexer.next();
    const auto keyword = lexer.next();
    if (!first || !generation || !keyword || first->kind != Token::Integer || integerOf(text, *first) != number ||
        textOf(text, *generation) != "0" || textOf(text, *keyword) != "obj")
        return std::nullopt;
    ObjectValue value;
    value.begin = keyword->end;
    while (const auto token = lexer.next()) {
        const std::string_view word = textOf(text, *token);
        if (token->kind == Token::Keyword && (word == "stream" || word == "endobj")) {
            value.end = token->begin;
            return value;
        }
        const std::size_t n = value.tokens.size();
        if (token->kind == Token::Keyword && word == "R") {
            if (n < 2 || value.tokens[n - 1].kind != Token::Integer || value.tokens[n - 2].kind != Token::Integer)
                return std::nullopt;
            value.references.push_back(value.tokens[n - 2]);
        }
        value.tokens.push_back(*token);
    }
    return std::nullopt;  // no end, or malformed
}

// The value's text with every reference's object number moved by shift.
std::string renumbered(std::string_view text, const ObjectValue& value, long long shift)
{
    std::string out;
    out.reserve(value.end - value.begin + 16);
    std::size_t at = value.begin;
    for (const Token& reference : value.references) {
        out.append(text.substr(at, reference.begin - at));
        out.append(std::to_string(integerOf(text, reference) + shift));
        at = reference.end;
    }
    out.append(text.substr(at, value.end - at));
    return out;
}

// The value of key in a dictionary's tokens: the index of its first token, or nullopt.
std::optional<std::size_t> keyIndex(std::string_view text, const std::vector<Token>& tokens, std::string_view key)
{
    for (std::size_t i = 0; i + 1 < tokens.size(); ++i) {
        if (tokens[i].kind == Token::Name && textOf(text, tokens[i]) == key)
            return i + 1;
    }
    return std::nullopt;
}

// The object number of key's value when it is a reference.
std::optional<long long> referenceOf(std::string_view text, const std::vector<Token>& tokens, std::string_view key)
{
    const auto at = keyIndex(text, tokens, key);
    if (!at || *at + 2 >= tokens.size() || tokens[*at].kind != Token::Integer || tokens[*at + 1].kind != Token::Integer ||
        textOf(text, tokens[*at + 2]) != "R")
        return std::nullopt;
    return integerOf(text, tokens[*at]);
}

[[noreturn]] void failRead(const QString& path) { throw core::OutputError(path.toStdString() + ": cannot read a part of the PDF"); }

QByteArray readAt(QFile& file, qint64 offset, qint64 length, const QString& path)
{
    if (!file.seek(offset))
        failRead(path);
    QByteArray bytes = file.read(length);
    if (bytes.size() != length)
        failRead(path);
    return bytes;
}

std::string_view viewOf(const QByteArray& bytes) { return {bytes.constData(), static_cast<std::size_t>(bytes.size())}; }

// A part's layout from its trailer and cross-reference table; nullopt when it is not one table
// of in-use objects as QPdfWriter writes it.
struct PartLayout {
    long long size = 0;  // objects 1 .. size - 1
    long long root = 0, info = -1;
    qint64 xref = 0;
    std::vector<qint64> offsets;     // per object number
    std::vector<long long> byOffset;  // the objects in file order
};

std::optional<PartLayout> partLayout(QFile& file, const QString& path)
{
    const qint64 fileSize = file.size();
    const qint64 tailSize = std::min<qint64>(fileSize, 1024);
    const QByteArray tailBytes = readAt(file, fileSize - tailSize, tailSize, path);
    const std::string_view tail = viewOf(tailBytes);
    const std::size_t trailer = tail.rfind("trailer");
    const std::size_t startxref = tail.rfind("startxref");
    if (trailer == std::string_view::npos || startxref == std::string_view::npos || startxref < trailer)
        return std::nullopt;
    PartLayout layout;
    std::vector<Token> trailerTokens;
    Lexer lexer(tail.substr(0, startxref), trailer + 7);
    while (const auto token = lexer.next())
        trailerTokens.push_back(*token);
    if (lexer.failed())
        return std::nullopt;
    // Only what QPdfWriter writes: no earlier section (/Prev), no encryption, no stream table.
    for (const char* key : {"/Prev", "/Encrypt", "/XRefStm"}) {
        if (keyIndex(tail, trailerTokens, key))
            return std::nullopt;
    }
    const auto sizeAt = keyIndex(tail, trailerTokens, "/Size");
    const auto root = referenceOf(tail, trailerTokens, "/Root");
    if (!sizeAt || trailerTokens[*sizeAt].kind != Token::Integer || !root)
        return std::nullopt;
    layout.size = integerOf(tail, trailerTokens[*sizeAt]);
    layout.root = *root;
    layout.info = referenceOf(tail, trailerTokens, "/Info").value_or(-1);
    Lexer startLexer(tail, startxref + 9);
    const auto xrefToken = startLexer.next();
    if (!xrefToken || xrefToken->kind != Token::Integer)
        return std::nullopt;
    layout.xref = integerOf(tail, *xrefToken);
    if (layout.size < 2 || layout.size > fileSize / 20 || layout.root <= 0 || layout.root >= layout.size ||
        layout.info >= layout.size || layout.xref <= 0 || layout.xref >= fileSize)
        return std::nullopt;

    // "xref", one subsection "0 SIZE", 20-byte entries, then the trailer.
    const QByteArray head = readAt(file, layout.xref, std::min<qint64>(64, fileSize - layout.xref), path);
    const std::string expected = "xref\n0 " + std::to_string(layout.size) + "\n";
    if (viewOf(head).substr(0, expected.size()) != expected)
        return std::nullopt;
    const qint64 entriesAt = layout.xref + static_cast<qint64>(expected.size());
    if (entriesAt + 20 * layout.size + 7 > fileSize)
        return std::nullopt;
    const QByteArray entries = readAt(file, entriesAt, 20 * layout.size + 7, path);
    if (!entries.endsWith("trailer"))
        return std::nullopt;
    layout.offsets.assign(static_cast<std::size_t>(layout.size), 0);
    for (long long i = 1; i < layout.size; ++i) {
        const std::string_view entry = viewOf(entries).substr(static_cast<std::size_t>(20 * i), 20);
        if (entry.substr(10, 8) != " 00000 n" || !std::all_of(entry.begin(), entry.begin() + 10, [](char d) { return d >= '0' && d <= '9'; }))
            return std::nullopt;
        qint64 offset = 0;
        for (std::size_t d = 0; d < 10; ++d)
            offset = 10 * offset + (entry[d] - '0');
        if (offset <= 0 || offset >= layout.xref)
            return std::nullopt;
        layout.offsets[static_cast<std::size_t>(i)] = offset;
        layout.byOffset.push_back(i);
    }
    std::sort(layout.byOffset.begin(), layout.byOffset.end(),
              [&](long long a, long long b) { return layout.offsets[static_cast<std::size_t>(a)] < layout.offsets[static_cast<std::size_t>(b)]; });
    return layout;
}

// The joined file, written through a buffer; offsets counted as it goes.
class JoinedFile {
public:
    explicit JoinedFile(const QString& path) : file_(path), path_(path)
    {
        if (!file_.open(QIODevice::WriteOnly | QIODevice::Truncate))
            fail();
        buffer_.reserve(kBuffer + 4096);
    }

    qint64 position() const { return written_ + static_cast<qint64>(buffer_.size()); }

    void append(std::string_view bytes)
    {
        buffer_.append(bytes);
        if (buffer_.size() >= kBuffer)
            flush();
    }

    void flush()
    {
        if (file_.write(buffer_.data(), static_cast<qint64>(buffer_.size())) != static_cast<qint64>(buffer_.size()))
            fail();
        written_ += static_cast<qint64>(buffer_.size());
        buffer_.clear();
    }

    void close()
    {
        flush();
        if (!file_.flush())
            fail();
        file_.close();
        if (file_.error() != QFileDevice::NoError)
            fail();
    }

private:
    [[noreturn]] void fail() { throw core::OutputError(path_.toStdString() + ": cannot write the PDF (disk full?)"); }

    static constexpr std::size_t kBuffer = 1 << 20;
    QFile file_;
    QString path_;
    std::string buffer_;
    qint64 written_ = 0;
};

std::string objectHeader(long long number) { return std::to_string(number) + " 0 obj"; }

std::string textString(const QString& text)  // UTF-16BE with its byte order mark, as hex
{
    QByteArray bytes("\xFE\xFF", 2);
    for (const QChar c : text) {
        bytes.append(static_cast<char>(c.unicode() >> 8));
        bytes.append(static_cast<char>(c.unicode() & 0xFF));
    }
    return "<" + bytes.toHex().toStdString() + ">";
}

}  // namespace

StreamJoin streamJoinPdfParts(const std::vector<QString>& parts, const QString& target, const std::vector<OutlineEntry>& outline)
{
    if (parts.empty())
        throw core::OutputError(target.toStdString() + ": no pages to write");
    // Every part's layout first: a part this path cannot join is found before anything is written.
    std::vector<PartLayout> layouts;
    std::vector<long long> shifts;  // part p's object N is N + shifts[p] in the joined file
    long long next = 0;
    for (const QString& path : parts) {
        QFile file(path);
        if (!file.open(QIODevice::ReadOnly))
            failRead(path);
        auto layout = partLayout(file, path);
        if (!layout)
            return StreamJoin::Declined;
        shifts.push_back(next);
        next += layout->size - 1;
        layouts.push_back(std::move(*layout));
    }
    const long long pageRoot = next + 1;
    const long long outlineRoot = pageRoot + 1;
    std::vector<qint64> offsets(static_cast<std::size_t>(pageRoot + 1 + (outline.empty() ? 0 : 1 + static_cast<long long>(outline.size()))), 0);
    std::vector<long long> pages;  // every page's object, in order
    std::vector<long long> partRoots;
    std::string catalog;  // the first part's, written last with the new page tree and the outline

    JoinedFile joined(target);
    for (std::size_t p = 0; p < parts.size(); ++p) {
        const PartLayout& layout = layouts[p];
        const long long shift = shifts[p];
        QFile file(parts[p]);
        if (!file.open(QIODevice::ReadOnly))
            failRead(parts[p]);
        const qint64 firstOffset = layout.offsets[static_cast<std::size_t>(layout.byOffset.front())];
        if (p == 0)  // the header and its binary comment, as the first part has them
            joined.append(viewOf(readAt(file, 0, firstOffset, parts[p])));
        if (!file.seek(firstOffset))
            failRead(parts[p]);
        std::optional<long long> partPages;  // from the catalog, checked before the page tree comes
        std::vector<bool> isPage(static_cast<std::size_t>(layout.size), false);
        std::vector<long long> kids;
        std::optional<ObjectValue> rootValue;
        QByteArray rootText;
        for (std::size_t k = 0; k < layout.byOffset.size(); ++k) {
            const long long number = layout.byOffset[k];
            const qint64 begin = layout.offsets[static_cast<std::size_t>(number)];
            const qint64 end = k + 1 < layout.byOffset.size() ? layout.offsets[static_cast<std::size_t>(layout.byOffset[k + 1])] : layout.xref;
            const QByteArray bytes = file.read(end - begin);
            if (bytes.size() != end - begin)
                failRead(parts[p]);
            const std::string_view text = viewOf(bytes);
            auto value = readObject(text, number);
            if (!value)
                return StreamJoin::Declined;
            for (const Token& reference : value->references) {
                if (integerOf(text, reference) <= 0 || integerOf(text, reference) >= layout.size)
                    return StreamJoin::Declined;
            }
            const long long joinedNumber = number + shift;
            offsets[static_cast<std::size_t>(joinedNumber)] = joined.position();
            if (number == layout.root || number == layout.info) {
                if (number == layout.root) {
                    rootValue = std::move(value);
                    rootText = bytes;
                }
                if (p == 0 && number == layout.info)
                    joined.append(objectHeader(joinedNumber) + renumbered(text, *value, shift) + std::string(text.substr(value->end)));
                else  // another part's catalog and information go: the first part's stand for the whole
                    joined.append(objectHeader(joinedNumber) + "\nnull\nendobj\n");
                if (p == 0 && number == layout.root)
                    offsets[static_cast<std::size_t>(joinedNumber)] = -1;  // written last
                continue;
            }
            const auto type = keyIndex(text, value->tokens, "/Type");
            const std::string_view typeName = type ? textOf(text, value->tokens[*type]) : std::string_view();
            isPage[static_cast<std::size_t>(number)] = typeName == "/Page";
            std::string copy = objectHeader(joinedNumber);
            if (typeName == "/Pages") {
                // The part's page tree: a child of the joined one, its kids the part's pages.
                const auto kidsAt = keyIndex(text, value->tokens, "/Kids");
                const auto countAt = keyIndex(text, value->tokens, "/Count");
                if (!rootValue || referenceOf(viewOf(rootText), rootValue->tokens, "/Pages") != number || !kidsAt || !countAt ||
                    keyIndex(text, value->tokens, "/Parent") || textOf(text, value->tokens[*kidsAt]) != "[" ||
                    value->tokens[*countAt].kind != Token::Integer)
                    return StreamJoin::Declined;
                for (std::size_t i = *kidsAt + 1; i < value->tokens.size() && textOf(text, value->tokens[i]) != "]"; i += 3) {
                    if (i + 2 >= value->tokens.size() || textOf(text, value->tokens[i + 2]) != "R" ||
                        value->tokens[i].kind != Token::Integer)
                        return StreamJoin::Declined;
                    kids.push_back(integerOf(text, value->tokens[i]));
                }
                partPages = integerOf(text, value->tokens[*countAt]);
                std::string dictionary = renumbered(text, *value, shift);
                const std::size_t open = dictionary.find("<<");
                if (open == std::string::npos)
                    return StreamJoin::Declined;
                dictionary.insert(open + 2, "\n/Parent " + std::to_string(pageRoot) + " 0 R");
                copy += dictionary;
                partRoots.push_back(joinedNumber);
            } else {
                copy += renumbered(text, *value, shift);
            }
            joined.append(copy);
            joined.append(text.substr(value->end));  // "stream ... endstream endobj" or "endobj", as written
        }
        // The part's pages must be its page tree's kids, all leaves: the outline points at them.
        if (!partPages || static_cast<long long>(kids.size()) != *partPages ||
            !std::all_of(kids.begin(), kids.end(), [&](long long kid) { return isPage[static_cast<std::size_t>(kid)]; }))
            return StreamJoin::Declined;
        for (const long long kid : kids)
            pages.push_back(kid + shift);
        if (p == 0) {
            // The first part's catalog (its numbers stay) with the joined page tree for its own,
            // whose reference was read when that tree came.
            const std::string_view text = viewOf(rootText);
            const std::vector<Token>& tokens = rootValue->tokens;
            const Token& pagesNumber = tokens[*keyIndex(text, tokens, "/Pages")];
            if (keyIndex(text, tokens, "/Outlines") || keyIndex(text, tokens, "/PageMode"))
                return StreamJoin::Declined;
            catalog = std::string(text.substr(rootValue->begin, pagesNumber.begin - rootValue->begin)) + std::to_string(pageRoot) +
                      std::string(text.substr(pagesNumber.end, rootValue->end - pagesNumber.end));
        }
    }

    // The joined page tree, the outline and the first part's catalog pointing at both.
    auto object = [&](long long number, const std::string& value) {
        offsets[static_cast<std::size_t>(number)] = joined.position();
        joined.append(objectHeader(number) + "\n" + value + "endobj\n");
    };
    std::string kids;
    for (const long long root : partRoots)
        kids += std::to_string(root) + " 0 R ";
    object(pageRoot, "<<\n/Type /Pages\n/Kids [ " + kids + "]\n/Count " + std::to_string(pages.size()) + "\n>>\n");
    if (!outline.empty() && !pages.empty()) {
        const OutlineTree tree = outlineTree(outline);
        auto ref = [&](auto item) { return std::to_string(outlineRoot + 1 + static_cast<long long>(item)) + " 0 R"; };
        object(outlineRoot, "<<\n/Type /Outlines\n/First " + ref(tree.rootChildren.front()) + "\n/Last " + ref(tree.rootChildren.back()) +
                                "\n/Count " + std::to_string(outline.size()) + "\n>>\n");
        for (std::size_t i = 0; i < outline.size(); ++i) {
            const std::size_t page = static_cast<std::size_t>(std::clamp(outline[i].page, 1, static_cast<int>(pages.size())) - 1);
            std::string item = "<<\n/Title " + textString(outline[i].title) + "\n/Parent " +
                               (tree.parent[i] < 0 ? std::to_string(outlineRoot) + " 0 R" : ref(tree.parent[i])) + "\n";
            if (tree.previous[i] >= 0)
                item += "/Prev " + ref(tree.previous[i]) + "\n";
            if (tree.next[i] >= 0)
                item += "/Next " + ref(tree.next[i]) + "\n";
            if (!tree.children[i].empty())  // open: its children show, and all below them
                item += "/First " + ref(tree.children[i].front()) + "\n/Last " + ref(tree.children[i].back()) + "\n/Count " +
                        std::to_string(tree.descendants[i]) + "\n";
            item += "/Dest [" + std::to_string(pages[page]) + " 0 R /XYZ null null null]\n>>\n";
            object(outlineRoot + 1 + static_cast<long long>(i), item);
        }
    }
    // The outline shows when the file opens.
    const std::size_t open = catalog.find("<<");
    const std::size_t close = catalog.rfind(">>");
    if (open == std::string::npos || close == std::string::npos || close < open)
        return StreamJoin::Declined;
    if (!outline.empty() && !pages.empty())
        catalog.insert(close, "/Outlines " + std::to_string(outlineRoot) + " 0 R\n/PageMode /UseOutlines\n");
    object(layouts[0].root, catalog.substr(open) + "\n");

    // One cross-reference table over every object, and the trailer.
    const qint64 xref = joined.position();
    const long long size = static_cast<long long>(offsets.size());
    std::string table = "xref\n0 " + std::to_string(size) + "\n0000000000 65535 f \n";
    for (long long i = 1; i < size; ++i) {
        const qint64 offset = offsets[static_cast<std::size_t>(i)];
        if (offset <= 0)
            return StreamJoin::Declined;
        const std::string digits = std::to_string(offset);
        table.append(10 - std::min<std::size_t>(10, digits.size()), '0').append(digits).append(" 00000 n \n");
        if (table.size() > (1 << 20)) {
            joined.append(table);
            table.clear();
        }
    }
    table += "trailer\n<<\n/Size " + std::to_string(size) + "\n/Root " + std::to_string(layouts[0].root) + " 0 R\n";
    if (layouts[0].info > 0)
        table += "/Info " + std::to_string(layouts[0].info) + " 0 R\n";
    table += ">>\nstartxref\n" + std::to_string(xref) + "\n%%EOF\n";
    joined.append(table);
    joined.close();
    return StreamJoin::Joined;
}

}  // namespace pearlzone::render
