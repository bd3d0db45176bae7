// agentdesk-icons: renders the one SVG icon to the PNG sizes a Linux desktop looks up
// (hicolor/NxN/apps/NAME.png) and to a Windows .ico, at build time, so that no bitmap is kept
// in the repository and every size follows the SVG.
//   agentdesk-icons SVG OUTDIR NAME SIZE...

#include <QDir>
#include <QGuiApplication>
#include <QImage>
#include <QImageReader>
#include <QImageWriter>

#include <cstdio>

namespace {

QImage render(const QString& svg, int size)
{
    QImageReader reader(svg, "svg");
    reader.setScaledSize(QSize(size, size));
    QImage image = reader.read();
    if (image.isNull())
        std::fprintf(stderr, "agentdesk-icons: %s at %d px: %s\n", qPrintable(svg), size, qPrintable(reader.errorString()));
    return image;
}

bool write(const QImage& image, const QString& path, const char* format)
{
    if (!QDir().mkpath(QFileInfo(path).absolutePath())) {
        std::fprintf(stderr, "agentdesk-icons: cannot create the folder of %s\n", qPrintable(path));
        return false;
    }
    QImageWriter writer(path, format);
    if (!writer.write(image)) {
        std::fprintf(stderr, "agentdesk-icons: %s: %s\n", qPrintable(path), qPrintable(writer.errorString()));
        return false;
    }
    return true;
}

} // namespace

int main(int argc, char** argv)
{
    // The SVG's text needs a font engine, hence a GUI application, but never a display.
    qputenv("QT_QPA_PLATFORM", "offscreen");
    QGuiApplication app(argc, argv);
    const QStringList args = app.arguments();
    if (args.size() < 5) {
        std::fprintf(stderr, "usage: agentdesk-icons SVG OUTDIR NAME SIZE...\n");
        return 2;
    }
    const QString svg = args.at(1);
    const QDir out(args.at(2));
    const QString name = args.at(3);
    for (qsizetype i = 4; i < args.size(); ++i) {
        bool ok = false;
        const int size = args.at(i).toInt(&ok);
        if (!ok || size < 16 || size > 1024) {
            std::fprintf(stderr, "agentdesk-icons: %s is not a size from 16 to 1024\n", qPrintable(args.at(i)));
            return 2;
        }
        const QImage image = render(svg, size);
        if (image.isNull()
            || !write(image, out.filePath(QStringLiteral("hicolor/%1x%1/apps/%2.png").arg(size).arg(name)), "png"))
            return 1;
        // Windows takes its installer's and shortcut's icon from one .ico; 256 px is its largest.
        if (size == 256 && !write(image, out.filePath(name + QStringLiteral(".ico")), "ico"))
            return 1;
    }
    return 0;
}
