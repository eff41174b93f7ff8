"""Printable PDF reports drawn with Qt's own PDF writer (QPdfWriter + QTextDocument): no browser.

The bundled fonts must be registered first (jpprep.ui.app.load_fonts(), done here) so Japanese,
Urdu and Nepali names print with real glyphs on every machine."""

from __future__ import annotations

from html import escape
from pathlib import Path

from PySide6.QtCore import QCoreApplication, QMarginsF
from PySide6.QtGui import QFont, QPageLayout, QPageSize, QPdfWriter, QTextDocument

from jpprep.services.reports import ClassReport, StudentReport
from jpprep.ui.exam.names import assignment_title

# Noto Sans JP first (Latin and Japanese); each script's own face next, so a general face never
# takes Urdu with poor shaping.
FAMILIES = ["Noto Sans JP", "Noto Naskh Arabic", "Noto Sans Devanagari", "DejaVu Sans"]
CSS = """
body { font-size: 9pt; }
h1 { font-size: 15pt; margin-bottom: 2pt; }
h2 { font-size: 12pt; margin-top: 10pt; }
p.sub { color: #555555; }
table { border-collapse: collapse; }
th { background: #e8e8e8; text-align: left; padding: 3pt; }
td { padding: 3pt; border-bottom: 1px solid #cccccc; }
.risk { color: #a00000; font-weight: bold; }
.ok { color: #006000; }
"""


def _t(text: str) -> str:
    return QCoreApplication.translate("ReportPdf", text)


def _num(value, digits: int = 0, suffix: str = "") -> str:
    return "–" if value is None else f"{value:.{digits}f}{suffix}"


def _trend(value) -> str:
    if value is None:
        return "–"
    arrow = "▲" if value > 0.05 else "▼" if value < -0.05 else "="
    return f"{arrow} {value:+.0f}"


def _row(cells, tag: str = "td") -> str:
    return "<tr>" + "".join(f"<{tag}>{c}</{tag}>" for c in cells) + "</tr>"


def _risk(r: StudentReport) -> str:
    return f'<span class="risk">{_t("At risk")}</span>' if r.at_risk else f'<span class="ok">{_t("On track")}</span>'


def student_body(r: StudentReport) -> str:
    parts = [f"<h2>{escape(r.name)}</h2>",
             f'<p class="sub">{escape(r.target or _t("No exam target set."))} · {_risk(r)}</p>',
             '<table width="100%" cellpadding="6" cellspacing="0">',
             _row([_t("Study time (min)"), _t("Answers"), _t("Retention"), _t("Last study")], "th"),
             _row([_num(r.study_minutes), str(r.reviews),
                   _num(r.retention * 100 if r.retention is not None else None, 0, "%"), escape(r.last_study or "–")]),
             "</table>"]
    if r.reasons:
        parts.append("<ul>" + "".join(f'<li class="risk">{escape(x)}</li>' for x in r.reasons) + "</ul>")
    if r.assignments:
        parts += [f"<p><b>{_t('Assignments')}</b></p>", '<table width="100%" cellpadding="6" cellspacing="0">',
                  _row([_t("Assignment"), _t("Due"), _t("Progress"), _t("Status")], "th")]
        for a in r.assignments:
            status = _t("done") if a.done else _t("overdue") if a.overdue else _t("open")
            parts.append(_row([escape(assignment_title(a.info)), a.info.due_date, _num(a.progress * 100, 0, "%"), status]))
        parts.append("</table>")
    if r.exams:
        parts += [f"<p><b>{_t('Mock exams')}</b></p>", '<table width="100%" cellpadding="6" cellspacing="0">',
                  _row([_t("Exam"), _t("Attempts"), _t("Latest"), _t("Score"), _t("Trend"), _t("Sections")], "th")]
        for e in r.exams:
            secs = "<br>".join(f"{escape(s.name)}: {_num(s.percent, 0, '%')} ({_trend(s.change)})" for s in e.sections)
            passed = "" if e.passed is None else (" ✓" if e.passed else " ✗")
            parts.append(_row([escape(e.name), str(e.attempts), e.date, _num(e.total_percent, 0, "%") + passed,
                               _trend(e.trend), secs]))
        parts.append("</table>")
    return "\n".join(parts)


def class_html(report: ClassReport) -> str:
    head = [f"<h1>{_t('Class report')}</h1>",
            f'<p class="sub">{report.generated} · {_t("last {n} days").format(n=report.days)} · '
            f'{_t("{n} students").format(n=len(report.students))}</p>',
            '<table width="100%" cellpadding="6" cellspacing="0">',
            _row([_t("Student"), _t("Minutes"), _t("Answers"), _t("Retention"), _t("Assigned"),
                  _t("Latest mock"), _t("Trend"), _t("Status")], "th")]
    for r in report.students:
        latest = max(r.exams, key=lambda e: e.date, default=None)
        prog = r.assignment_progress
        head.append(_row([escape(r.name), _num(r.study_minutes), str(r.reviews),
                          _num(r.retention * 100 if r.retention is not None else None, 0, "%"),
                          _num(prog * 100 if prog is not None else None, 0, "%"),
                          (escape(latest.name) + " " + _num(latest.total_percent, 0, "%")) if latest else "–",
                          _trend(latest.trend) if latest else "–", _risk(r)]))
    head.append("</table>")
    body = [f'<div style="page-break-before: always">{student_body(r)}</div>' for r in report.students]
    return _page("\n".join(head + body))


def student_html(report: StudentReport) -> str:
    return _page(f"<h1>{_t('Student report')}</h1>" + student_body(report))


def _page(body: str) -> str:
    return f'<html><head><meta charset="utf-8"><style>{CSS}</style></head><body>{body}</body></html>'


def write_pdf(path: Path | str, report: ClassReport | StudentReport) -> Path:
    """Write an A4 PDF. Needs a QGuiApplication (the CLI makes an offscreen one)."""
    from jpprep.ui.app import load_fonts

    load_fonts()
    path = Path(path)
    writer = QPdfWriter(str(path))
    writer.setTitle(_t("jpprep report"))
    writer.setCreator("jpprep")
    writer.setResolution(300)
    writer.setPageLayout(QPageLayout(QPageSize(QPageSize.PageSizeId.A4), QPageLayout.Orientation.Portrait,
                                     QMarginsF(15, 15, 15, 15), QPageLayout.Unit.Millimeter))
    doc = QTextDocument()
    font = QFont()
    font.setFamilies(FAMILIES)
    font.setPointSizeF(9)
    doc.setDefaultFont(font)
    doc.setHtml(class_html(report) if isinstance(report, ClassReport) else student_html(report))
    doc.print_(writer)  # lays the text out on the writer's pages (sizes in points, nothing clipped)
    del writer  # closes the file
    if not path.is_file() or path.stat().st_size == 0:
        from jpprep.errors import JpprepError

        raise JpprepError("cannot write the PDF here.", file=str(path), hint="Choose a folder you can write to.")
    return path
