#include "render/pdf_outline.h"

#include "core/check_errors.h"

#include <QFile>
#include <QRegularExpression>

#include <algorithm>
#include <optional>
#include <vector>

namespace pearlzone::render {

namespace {

[[noreturn]] void fail(const QString& path, const char* why)
{
    throw core::OutputError(path.toStdString() + ": cannot add the bookmarks: " + why);
}

QByteArray readAt(QFile& file, qint64 offset, qint64 length)
{
    file.seek(offset);
    return file.read(length);
}

std::optional<long long> number(const QByteArray& text, const char* pattern)
{
    const auto match = QRegularExpression(QString::fromLatin1(pattern)).match(QString::fromLatin1(text));
    if (!match.hasMatch())
        return std::nullopt;
    return match.captured(1).toLongLong();
}

// An object's text ("N 0 obj ... endobj") from the cross-reference table.
QByteArray objectText(QFile& file, qint64 xref, long long object, const QString& path)
{
    // The table: "xref\n0 SIZE\n" then 20-byte entries, as QPdfWriter writes it.
    const QByteArray head = readAt(file, xref, 64);
    const qsizetype entries = head.indexOf('\n', head.indexOf('\n') + 1) + 1;
    if (!head.startsWith("xref") || entries <= 0)
        fail(path, "no cross-reference table");
    const QByteArray entry = readAt(file, xref + entries + 20 * object, 20);
    const qint64 offset = entry.left(10).toLongLong();
    QByteArray text;
    for (qint64 at = offset; !text.contains("endobj"); at += 65536) {
        const QByteArray more = readAt(file, at, 65536);
        if (more.isEmpty())
            fail(path, "an object has no end");
        text += more;
    }
    return text.left(text.indexOf("endobj"));
}

QByteArray textString(const QString& text)  // UTF-16BE with its byte order mark, as hex
{
    QByteArray bytes("\xFE\xFF", 2);
    for (const QChar c : text) {
        bytes.append(static_cast<char>(c.unicode() >> 8));
        bytes.append(static_cast<char>(c.unicode() & 0xFF));
    }
    return "<" + bytes.toHex() + ">";
}

// The outline's tree from the entries in reading order: an entry's parent is the nearest
// entry before it one level up (a level deeper than that is taken as one deeper).
struct OutlineTree {
    std::vector<long long> parent, previous, next, descendants;
    std::vector<std::vector<long long>> children;
    std::vector<long long> rootChildren;
};

OutlineTree outlineTree(const std::vector<OutlineEntry>& entries)
{
    const std::size_t n = entries.size();
    OutlineTree tree{std::vector<long long>(n, -1), std::vector<long long>(n, -1), std::vector<long long>(n, -1),
                     std::vector<long long>(n, 0), std::vector<std::vector<long long>>(n), {}};
    std::vector<long long> open;  // the last entry at each level so far
    for (std::size_t i = 0; i < n; ++i) {
        const std::size_t level = std::min(static_cast<std::size_t>(std::max(0, entries[i].level)), open.size());
        open.resize(level);
        const long long parent = level == 0 ? -1 : open.back();
        auto& siblings = parent < 0 ? tree.rootChildren : tree.children[static_cast<std::size_t>(parent)];
        if (!siblings.empty()) {
            tree.previous[i] = siblings.back();
            tree.next[static_cast<std::size_t>(siblings.back())] = static_cast<long long>(i);
        }
        siblings.push_back(static_cast<long long>(i));
        tree.parent[i] = parent;
        for (long long up = parent; up >= 0; up = tree.parent[static_cast<std::size_t>(up)])
            ++tree.descendants[static_cast<std::size_t>(up)];
        open.push_back(static_cast<long long>(i));
    }
    return tree;
}

}  // namespace

void addOutline(const QString& pdfPath, const std::vector<OutlineEntry>& entries)
{
    if (entries.empty())
        return;
    QFile file(pdfPath);
    if (!file.open(QIODevice::ReadWrite))
        fail(pdfPath, "the file cannot be opened");
    const qint64 size = file.size();
    const QByteArray tail = readAt(file, std::max<qint64>(0, size - 1024), 1024);
    const auto objects = number(tail.mid(tail.lastIndexOf("trailer")), "/Size (\\d+)");
    const auto root = number(tail.mid(tail.lastIndexOf("trailer")), "/Root (\\d+) 0 R");
    const auto info = number(tail.mid(tail.lastIndexOf("trailer")), "/Info (\\d+) 0 R");
    const auto xref = number(tail.mid(tail.lastIndexOf("startxref")), "startxref\\s+(\\d+)");
    if (!objects || !root || !xref)
        fail(pdfPath, "no trailer");
    QByteArray catalog = objectText(file, *xref, *root, pdfPath);
    const auto pagesObject = number(catalog, "/Pages (\\d+) 0 R");
    if (!pagesObject)
        fail(pdfPath, "no page tree");
    std::vector<long long> pages;
    const QByteArray tree = objectText(file, *xref, *pagesObject, pdfPath);
    const QByteArray kids = tree.mid(tree.indexOf("/Kids"), tree.indexOf(']', tree.indexOf("/Kids")) - tree.indexOf("/Kids"));
    auto refs = QRegularExpression(QStringLiteral("(\\d+) 0 R")).globalMatch(QString::fromLatin1(kids));
    while (refs.hasNext())
        pages.push_back(refs.next().captured(1).toLongLong());

    // The new objects: the catalog again (same number), the outline root, one item per entry.
    const long long outlineRoot = *objects;
    const long long firstItem = outlineRoot + 1;
    const long long itemCount = static_cast<long long>(entries.size());
    if (pages.empty())
        fail(pdfPath, "no pages");
    const OutlineTree outline = outlineTree(entries);
    auto ref = [firstItem](long long item) { return QByteArray::number(firstItem + item) + " 0 R"; };
    catalog = catalog.mid(catalog.indexOf("obj") + 3);
    catalog.truncate(catalog.lastIndexOf(">>"));
    catalog += "/Outlines " + QByteArray::number(outlineRoot) + " 0 R\n/PageMode /UseOutlines\n>>\n";
    std::vector<std::pair<long long, QByteArray>> written;
    written.emplace_back(*root, catalog);
    written.emplace_back(outlineRoot, "<<\n/Type /Outlines\n/First " + ref(outline.rootChildren.front()) + "\n/Last " +
                                          ref(outline.rootChildren.back()) + "\n/Count " + QByteArray::number(itemCount) + "\n>>\n");
    for (long long i = 0; i < itemCount; ++i) {
        const std::size_t index = static_cast<std::size_t>(i);
        const OutlineEntry& entry = entries[index];
        const std::size_t pageIndex = static_cast<std::size_t>(std::clamp(entry.page, 1, static_cast<int>(pages.size())) - 1);
        const long long parent = outline.parent[index];
        QByteArray item = "<<\n/Title " + textString(entry.title) + "\n/Parent " +
                          (parent < 0 ? QByteArray::number(outlineRoot) + " 0 R" : ref(parent)) + "\n";
        if (outline.previous[index] >= 0)
            item += "/Prev " + ref(outline.previous[index]) + "\n";
        if (outline.next[index] >= 0)
            item += "/Next " + ref(outline.next[index]) + "\n";
        if (!outline.children[index].empty())  // open: its children show, and all below them
            item += "/First " + ref(outline.children[index].front()) + "\n/Last " + ref(outline.children[index].back()) + "\n/Count " +
                    QByteArray::number(outline.descendants[index]) + "\n";
        item += "/Dest [" + QByteArray::number(pages[pageIndex]) + " 0 R /XYZ null null null]\n>>\n";
        written.emplace_back(firstItem + i, item);
    }

    // Appended: the objects, a cross-reference section for them, a trailer pointing back.
    file.seek(size);
    QByteArray update = "\n";
    std::vector<qint64> offsets;
    for (const auto& [object, text] : written) {
        offsets.push_back(size + update.size());
        update += QByteArray::number(object) + " 0 obj\n" + text + "endobj\n";
    }
    const qint64 newXref = size + update.size();
    auto entryLine = [](qint64 offset) { return QByteArray::number(offset).rightJustified(10, '0') + " 00000 n \n"; };
    update += "xref\n" + QByteArray::number(*root) + " 1\n" + entryLine(offsets[0]);
    update += QByteArray::number(outlineRoot) + " " + QByteArray::number(itemCount + 1) + "\n";
    for (std::size_t i = 1; i < offsets.size(); ++i)
        update += entryLine(offsets[i]);
    update += "trailer\n<<\n/Size " + QByteArray::number(firstItem + itemCount) + "\n/Root " + QByteArray::number(*root) + " 0 R\n";
    if (info)
        update += "/Info " + QByteArray::number(*info) + " 0 R\n";
    update += "/Prev " + QByteArray::number(*xref) + "\n>>\nstartxref\n" + QByteArray::number(newXref) + "\n%%EOF\n";
    if (file.write(update) != update.size() || !file.flush())
        fail(pdfPath, "the file cannot be written");
}

}  // namespace pearlzone::render
