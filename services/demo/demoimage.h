// SPDX-FileCopyrightText: 2026 GradeDesk contributors
// SPDX-License-Identifier: MIT
#pragma once

#include <QByteArray>
#include <QList>
#include <QString>

namespace GradeDesk::Services {

/**
 * @brief The plot images students of the demo course "produce", made without Qt Gui.
 *
 * The service layer does not link Qt Gui, so QImage is out of reach; a PNG is simple enough to
 * write directly (8-bit RGB, one IDAT chunk compressed with zlib through qCompress).
 */
namespace DemoImage {

/// 8-bit RGB (3 bytes per pixel, rows top to bottom) as a PNG file; empty if the sizes disagree.
QByteArray encodePng(int width, int height, const QByteArray &rgb);

/// A bar chart of `values` (one bar each, zero line in the middle for negatives) as a PNG file.
QByteArray barChartPng(const QList<int> &values, quint32 barColor);

/// The same kind of chart as an SVG document, as matplotlib's svg backend would display it.
QString barChartSvg(const QList<int> &values, const QStringList &labels, const QString &color);

} // namespace DemoImage

} // namespace GradeDesk::Services
