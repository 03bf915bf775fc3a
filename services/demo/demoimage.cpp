// SPDX-FileCopyrightText: 2026 GradeDesk contributors
// SPDX-License-Identifier: MIT
#include "demoimage.h"

#include <QtEndian>

#include <algorithm>
#include <array>

namespace GradeDesk::Services::DemoImage {

namespace {

// The PNG specification's CRC-32 (ISO 3309 polynomial, reflected), over chunk type and data.
quint32 crc32(const QByteArray &bytes)
{
    static const std::array<quint32, 256> table = [] {
        std::array<quint32, 256> t{};
        for (quint32 n = 0; n < 256; ++n) {
            quint32 c = n;
            for (int k = 0; k < 8; ++k) {
                c = (c & 1) ? 0xEDB88320U ^ (c >> 1) : c >> 1;
            }
            t[n] = c;
        }
        return t;
    }();
    quint32 crc = 0xFFFFFFFFU;
    for (const char byte : bytes) {
        crc = table[(crc ^ quint8(byte)) & 0xFF] ^ (crc >> 8);
    }
    return crc ^ 0xFFFFFFFFU;
}

void appendBigEndian(QByteArray &out, quint32 value)
{
    char bytes[4];
    qToBigEndian(value, bytes);
    out.append(bytes, 4);
}

void appendChunk(QByteArray &png, const char *type, const QByteArray &data)
{
    appendBigEndian(png, quint32(data.size()));
    const QByteArray typed = QByteArray(type, 4) + data;
    png.append(typed);
    appendBigEndian(png, crc32(typed));
}

} // namespace

QByteArray encodePng(int width, int height, const QByteArray &rgb)
{
    if (width <= 0 || height <= 0 || rgb.size() != qsizetype(width) * height * 3) {
        return {};
    }
    QByteArray scanlines;
    scanlines.reserve(qsizetype(height) * (width * 3 + 1));
    for (int y = 0; y < height; ++y) {
        scanlines.append('\0'); // filter type None
        scanlines.append(rgb.constData() + qsizetype(y) * width * 3, qsizetype(width) * 3);
    }
    // qCompress prefixes the zlib stream with a 4-byte length PNG does not want.
    const QByteArray zlib = qCompress(scanlines, 9).mid(4);

    QByteArray header;
    appendBigEndian(header, quint32(width));
    appendBigEndian(header, quint32(height));
    header.append(char(8)); // bit depth
    header.append(char(2)); // colour type: truecolour
    header.append(char(0)); // compression
    header.append(char(0)); // filter
    header.append(char(0)); // interlace

    QByteArray png("\x89PNG\r\n\x1a\n", 8);
    appendChunk(png, "IHDR", header);
    appendChunk(png, "IDAT", zlib);
    appendChunk(png, "IEND", {});
    return png;
}

QByteArray barChartPng(const QList<int> &values, quint32 barColor)
{
    constexpr int barWidth = 14;
    constexpr int gap = 6;
    constexpr int height = 96;
    constexpr int zero = height / 2;
    const int width = gap + int(values.size()) * (barWidth + gap);
    int largest = 1;
    for (const int v : values) {
        largest = std::max(largest, std::abs(v));
    }
    QByteArray rgb(qsizetype(width) * height * 3, char(0xFF));
    auto set = [&](int x, int y, quint32 color) {
        char *pixel = rgb.data() + (qsizetype(y) * width + x) * 3;
        pixel[0] = char((color >> 16) & 0xFF);
        pixel[1] = char((color >> 8) & 0xFF);
        pixel[2] = char(color & 0xFF);
    };
    for (int x = 0; x < width; ++x) {
        set(x, zero, 0x404040);
    }
    for (int i = 0; i < values.size(); ++i) {
        const int barHeight = values[i] * (zero - 4) / largest;
        const int left = gap + i * (barWidth + gap);
        const int top = std::min(zero, zero - barHeight);
        const int bottom = std::max(zero, zero - barHeight);
        for (int y = top; y <= bottom; ++y) {
            for (int x = left; x < left + barWidth; ++x) {
                set(x, y, barColor);
            }
        }
    }
    return encodePng(width, height, rgb);
}

QString barChartSvg(const QList<int> &values, const QStringList &labels, const QString &color)
{
    constexpr int barWidth = 28;
    constexpr int gap = 12;
    constexpr int height = 200;
    constexpr int zero = 100;
    const int width = gap + int(values.size()) * (barWidth + gap);
    int largest = 1;
    for (const int v : values) {
        largest = std::max(largest, std::abs(v));
    }
    QString svg = QStringLiteral("<?xml version=\"1.0\" encoding=\"utf-8\" standalone=\"no\"?>\n"
                                 "<svg xmlns=\"http://www.w3.org/2000/svg\" width=\"%1pt\" height=\"%2pt\" "
                                 "viewBox=\"0 0 %1 %2\" version=\"1.1\">\n")
                      .arg(width)
                      .arg(height + 20);
    svg += QStringLiteral(" <line x1=\"0\" y1=\"%1\" x2=\"%2\" y2=\"%1\" style=\"stroke:#404040\"/>\n")
               .arg(zero)
               .arg(width);
    for (int i = 0; i < values.size(); ++i) {
        const int barHeight = values[i] * (zero - 8) / largest;
        const int left = gap + i * (barWidth + gap);
        svg += QStringLiteral(" <rect x=\"%1\" y=\"%2\" width=\"%3\" height=\"%4\" style=\"fill:%5\"/>\n")
                   .arg(left)
                   .arg(std::min(zero, zero - barHeight))
                   .arg(barWidth)
                   .arg(std::abs(barHeight))
                   .arg(color);
        const QString label = i < labels.size() ? labels[i].left(4) : QString();
        svg += QStringLiteral(" <text x=\"%1\" y=\"%2\" style=\"font-size:9px;font-family:sans-serif\">%3</text>\n")
                   .arg(left)
                   .arg(height + 14)
                   .arg(label.toHtmlEscaped());
    }
    svg += QStringLiteral("</svg>\n");
    return svg;
}

} // namespace GradeDesk::Services::DemoImage
