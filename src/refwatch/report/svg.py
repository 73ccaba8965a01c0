"""A tiny SVG writer: elements as escaped strings, so charts need no browser or network.

Styling goes through class names (styled by the page's stylesheet) and presentation
attributes, never `style=` attributes, so the output passes a strict Content-Security-Policy.
"""

from __future__ import annotations

from html import escape


def attrs(**kw: object) -> str:
    parts = []
    for key, value in kw.items():
        if value is None or value is False:
            continue
        name = key.rstrip("_").replace("_", "-")
        parts.append(f'{name}="{escape(str(value), quote=True)}"')
    return " ".join(parts)


def el(tag: str, body: str = "", /, **kw: object) -> str:
    a = attrs(**kw)
    head = f"<{tag} {a}" if a else f"<{tag}"
    return f"{head}>{body}</{tag}>" if body else f"{head}/>"


def text(x: float, y: float, words: str, **kw: object) -> str:
    return el("text", escape(words), x=f"{x:.1f}", y=f"{y:.1f}", **kw)


def title(words: str) -> str:
    """A hover tooltip for the enclosing element."""
    return f"<title>{escape(words)}</title>"


def link(href: str, body: str) -> str:
    return el("a", body, href=href)


def svg(width: int, height: int, body: str, label: str, cls: str) -> str:
    return (
        f'<svg xmlns="http://www.w3.org/2000/svg" {attrs(viewBox=f"0 0 {width} {height}")} '
        f"{attrs(width=width, height=height, role='img', aria_label=label, class_=cls)}>"
        f"{title(label)}{body}</svg>"
    )


def line(x1: float, y1: float, x2: float, y2: float, cls: str) -> str:
    return el("line", x1=f"{x1:.1f}", y1=f"{y1:.1f}", x2=f"{x2:.1f}", y2=f"{y2:.1f}", class_=cls)


def rect(x: float, y: float, w: float, h: float, cls: str | None = None, **kw: object) -> str:
    return el(
        "rect", x=f"{x:.1f}", y=f"{y:.1f}", width=f"{w:.1f}", height=f"{h:.1f}", class_=cls, **kw
    )
