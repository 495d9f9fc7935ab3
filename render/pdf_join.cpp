#include "render/pdf_join.h"

#include "core/check_errors.h"
#include "render/pdf_stream_join.h"

#include <qpdf/InputSource.hh>
#include <qpdf/QPDF.hh>
#include <qpdf/QPDFObjectHandle.hh>
#include <qpdf/QPDFPageDocumentHelper.hh>
#include <qpdf/QPDFPageObjectHelper.hh>
#include <qpdf/QPDFWriter.hh>

#include <QFile>

#include <algorithm>
#include <cstdio>
#include <cstring>
#include <exception>
#include <memory>
#include <stdexcept>

namespace pearlzone::render {

namespace {

// A part read through a window of a few hundred kilobytes: qpdf reads a part's objects nearly in
// file order, but seeks before each one, and its own file source turns every seek into a
// system call and a fresh read (half the join's time at 17,000 pages). Opened through QFile,
// so a Chinese path opens on Windows too.
class WindowedFileSource : public InputSource {
public:
    explicit WindowedFileSource(const QString& path) : file_(path), name_(path.toStdString())
    {
        if (!file_.open(QIODevice::ReadOnly))
            throw std::runtime_error("cannot be opened");
        size_ = file_.size();
    }

    qpdf_offset_t findAndSkipNextEOL() override
    {
        // The offset of the next end of line from here, and on past it (as qpdf's file source).
        for (;;) {
            if (!fill(position_))
                return position_;
            const char* from = window_.data() + (position_ - windowStart_);
            const std::size_t length = window_.size() - static_cast<std::size_t>(position_ - windowStart_);
            const char* end = from + length;
            const char* eol = std::find_if(from, end, [](char c) { return c == '\r' || c == '\n'; });
            position_ += eol - from;
            if (eol == end)
                continue;
            const qpdf_offset_t found = position_;
            char c = 0;
            while (read(&c, 1) == 1) {
                if (c != '\r' && c != '\n') {
                    unreadCh(c);
                    break;
                }
            }
            return found;
        }
    }
    std::string const& getName() const override { return name_; }
    qpdf_offset_t tell() override { return position_; }
    void seek(qpdf_offset_t offset, int whence) override
    {
        const qpdf_offset_t to = whence == SEEK_SET ? offset : whence == SEEK_CUR ? position_ + offset : size_ + offset;
        if (to < 0)
            throw std::runtime_error(name_ + ": seek before the start");
        position_ = to;
    }
    void rewind() override { position_ = 0; }
    size_t read(char* into, size_t length) override
    {
        last_offset = position_;
        std::size_t done = 0;
        while (done < length && fill(position_)) {
            const std::size_t at = static_cast<std::size_t>(position_ - windowStart_);
            const std::size_t n = std::min(length - done, window_.size() - at);
            std::memcpy(into + done, window_.data() + at, n);
            done += n;
            position_ += static_cast<qpdf_offset_t>(n);
        }
        return done;
    }
    void unreadCh(char) override
    {
        if (position_ > 0)
            --position_;
    }

private:
    // Whether the window holds offset, after reading it in if it did not.
    bool fill(qpdf_offset_t offset)
    {
        if (offset >= windowStart_ && offset < windowStart_ + static_cast<qpdf_offset_t>(window_.size()))
            return true;
        if (offset >= size_)
            return false;
        window_.resize(static_cast<std::size_t>(std::min<qpdf_offset_t>(kWindow, size_ - offset)));
        if (!file_.seek(offset) || file_.read(window_.data(), static_cast<qint64>(window_.size())) != static_cast<qint64>(window_.size()))
            throw std::runtime_error(name_ + ": cannot be read");
        windowStart_ = offset;
        return true;
    }

    static constexpr qpdf_offset_t kWindow = 256 * 1024;
    QFile file_;
    std::string name_;
    qpdf_offset_t size_ = 0;
    qpdf_offset_t position_ = 0;
    qpdf_offset_t windowStart_ = 0;
    std::vector<char> window_;
};

// The items under parent (an item, or the outline's root), linked as siblings.
void linkChildren(QPDFObjectHandle parent, const std::vector<std::size_t>& children, std::vector<QPDFObjectHandle>& items)
{
    if (children.empty())
        return;
    parent.replaceKey("/First", items[children.front()]);
    parent.replaceKey("/Last", items[children.back()]);
    for (std::size_t i = 0; i < children.size(); ++i) {
        QPDFObjectHandle item = items[children[i]];
        item.replaceKey("/Parent", parent);
        if (i > 0)
            item.replaceKey("/Prev", items[children[i - 1]]);
        if (i + 1 < children.size())
            item.replaceKey("/Next", items[children[i + 1]]);
    }
}

void addOutline(QPDF& pdf, const std::vector<QPDFPageObjectHelper>& pages, const std::vector<OutlineEntry>& entries)
{
    if (entries.empty() || pages.empty())
        return;
    const OutlineTree tree = outlineTree(entries);
    QPDFObjectHandle root = pdf.makeIndirectObject(QPDFObjectHandle::parse("<< /Type /Outlines >>"));
    root.replaceKey("/Count", QPDFObjectHandle::newInteger(static_cast<long long>(entries.size())));
    std::vector<QPDFObjectHandle> items;
    items.reserve(entries.size());
    for (std::size_t i = 0; i < entries.size(); ++i) {
        const auto page = static_cast<std::size_t>(std::clamp(entries[i].page, 1, static_cast<int>(pages.size())) - 1);
        QPDFObjectHandle item = pdf.makeIndirectObject(QPDFObjectHandle::newDictionary());
        item.replaceKey("/Title", QPDFObjectHandle::newUnicodeString(entries[i].title.toStdString()));
        item.replaceKey("/Dest", QPDFObjectHandle::parse("[null /XYZ null null null]"));
        item.getKey("/Dest").setArrayItem(0, pages[page].getObjectHandle());
        if (!tree.children[i].empty())  // open: its children show, and all below them
            item.replaceKey("/Count", QPDFObjectHandle::newInteger(tree.descendants[i]));
        items.push_back(item);
    }
    linkChildren(root, tree.rootChildren, items);
    for (std::size_t i = 0; i < entries.size(); ++i)
        linkChildren(items[i], tree.children[i], items);
    QPDFObjectHandle catalog = pdf.getRoot();
    catalog.replaceKey("/Outlines", root);
    catalog.replaceKey("/PageMode", QPDFObjectHandle::newName("/UseOutlines"));
}

}  // namespace

OutlineTree outlineTree(const std::vector<OutlineEntry>& entries)
{
    const std::size_t n = entries.size();
    OutlineTree tree{std::vector<long long>(n, -1), std::vector<long long>(n, -1), std::vector<long long>(n, -1),
                     std::vector<long long>(n, 0),  std::vector<std::vector<std::size_t>>(n), {}};
    std::vector<std::size_t> open;  // the last entry at each level so far
    for (std::size_t i = 0; i < n; ++i) {
        const std::size_t level = std::min(static_cast<std::size_t>(std::max(0, entries[i].level)), open.size());
        open.resize(level);
        const long long parent = level == 0 ? -1 : static_cast<long long>(open.back());
        auto& siblings = parent < 0 ? tree.rootChildren : tree.children[static_cast<std::size_t>(parent)];
        if (!siblings.empty()) {
            tree.previous[i] = static_cast<long long>(siblings.back());
            tree.next[siblings.back()] = static_cast<long long>(i);
        }
        siblings.push_back(i);
        tree.parent[i] = parent;
        for (long long up = parent; up >= 0; up = tree.parent[static_cast<std::size_t>(up)])
            ++tree.descendants[static_cast<std::size_t>(up)];
        open.push_back(i);
    }
    return tree;
}

void joinPdfParts(const std::vector<QString>& parts, const QString& target, const std::vector<OutlineEntry>& outline)
{
    if (streamJoinPdfParts(parts, target, outline) == StreamJoin::Declined) {
        QFile::remove(target);  // what the fast path began
        joinPdfPartsWithQpdf(parts, target, outline);
    }
}

void joinPdfPartsWithQpdf(const std::vector<QString>& parts, const QString& target, const std::vector<OutlineEntry>& outline)
{
    if (parts.empty())
        throw core::OutputError(target.toStdString() + ": no pages to write");
    std::string reading;
    try {
        // Every part stays open until the whole is written: their pages' streams are read then.
        std::vector<std::unique_ptr<QPDF>> inputs;
        for (const QString& part : parts) {
            reading = part.toStdString();
            auto pdf = std::make_unique<QPDF>();
            pdf->setSuppressWarnings(true);
            pdf->processInputSource(std::make_shared<WindowedFileSource>(part));
            inputs.push_back(std::move(pdf));
        }
        reading.clear();
        QPDF& joined = *inputs.front();
        QPDFPageDocumentHelper pages(joined);
        for (std::size_t i = 1; i < inputs.size(); ++i) {
            for (QPDFPageObjectHelper& page : QPDFPageDocumentHelper(*inputs[i]).getAllPages())
                pages.addPage(page, false);
        }
        addOutline(joined, pages.getAllPages(), outline);
        const std::string path = target.toStdString();
        QPDFWriter writer(joined, path.c_str());
        writer.setDecodeLevel(qpdf_dl_none);  // Qt's streams are compressed already
        writer.write();
    } catch (const std::exception& error) {
        throw core::OutputError((reading.empty() ? target.toStdString() : reading) + ": " +
                                (reading.empty() ? "cannot write the PDF: " : "cannot read a part of the PDF: ") + error.what());
    }
}

}  // namespace pearlzone::render
