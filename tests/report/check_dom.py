#!/usr/bin/python3
"""Checks the DOM of an HTML report as Chromium serialised it (--dump-dom).

Used by tests/report/browser_test.sh; standard library only. Prints every
failed check and exits 1 if there is one, 0 otherwise.

    check_dom.py DOM_FILE [--indicators N] [--table ID]... [--chart ID]...
                 [--min-svg N] [--text TEXT]... [--svg-text TEXT]...
                 [--title TEXT] [--forbid TAG | --forbid TAG=TEXT]...

Always checked: exactly one <h1>; no <script>, <iframe>, <object>, <embed>,
<base> or <link>; no on* attribute; every src/href/srcset/action/... is a
fragment (#id) or a data: URI (the report is one self-contained file); no
url(...)/@import to another file in CSS; element ids are unique and every
aria-labelledby names an existing id; every <svg> has a non-empty <title>.
"""

import argparse
import re
import sys
from html.parser import HTMLParser

VOID = {"area", "base", "br", "col", "embed", "hr", "img", "input", "link", "meta", "param", "source", "track",
        "wbr"}
URL_ATTRIBUTES = {"src", "href", "xlink:href", "srcset", "action", "formaction", "poster", "data", "background",
                  "ping", "cite", "longdesc", "manifest", "codebase", "archive", "icon"}
FORBIDDEN_TAGS = {"script", "iframe", "frame", "frameset", "object", "embed", "applet", "base", "link", "portal"}


class Node:
    def __init__(self, tag, attrs=None, parent=None, text=None):
        self.tag = tag  # None for a text node
        self.attrs = attrs or []
        self.parent = parent
        self.children = []
        self.text = text

    def attr(self, name):
        for key, value in self.attrs:
            if key == name:
                return value
        return None

    def iter(self):
        yield self
        for child in self.children:
            yield from child.iter()

    def elements(self, tag=None):
        return [n for n in self.iter() if n.tag is not None and (tag is None or n.tag == tag)]

    def text_content(self):
        return "".join(n.text for n in self.iter() if n.tag is None)

    def ancestors(self):
        node = self.parent
        while node is not None:
            yield node
            node = node.parent

    def path(self):
        parts = []
        for node in [self, *self.ancestors()]:
            if node.tag in (None, "#document"):
                continue
            ident = node.attr("id")
            parts.append(node.tag + ("#" + ident if ident else ""))
        return " > ".join(reversed(parts))


class TreeBuilder(HTMLParser):
    """A forgiving tree: Chromium's serialisation is well formed, so this is enough."""

    def __init__(self):
        super().__init__(convert_charrefs=True)
        self.root = Node("#document")
        self.current = self.root

    def handle_starttag(self, tag, attrs):
        node = Node(tag, attrs, self.current)
        self.current.children.append(node)
        if tag not in VOID:
            self.current = node

    def handle_startendtag(self, tag, attrs):
        self.current.children.append(Node(tag, attrs, self.current))

    def handle_endtag(self, tag):
        node = self.current
        while node is not None and node.tag != tag:
            node = node.parent
        if node is not None and node.parent is not None:
            self.current = node.parent

    def handle_data(self, data):
        children = self.current.children
        if children and children[-1].tag is None:
            children[-1].text += data  # one DOM text node, even if the parser splits it
        else:
            children.append(Node(None, parent=self.current, text=data))


def normalise(text):
    return " ".join(text.split())


def is_internal_reference(value):
    value = value.strip()
    return value == "" or value.startswith("#") or value.lower().startswith("data:")


CSS_EXTERNAL = re.compile(r"@import|url\(\s*['\"]?(?!\s*(?:data:|#))", re.IGNORECASE)


def check(dom, args):
    failures = []

    def fail(message):
        failures.append(message)

    elements = dom.elements()
    text_nodes = [normalise(n.text) for n in dom.iter() if n.tag is None]

    # One document heading.
    h1 = dom.elements("h1")
    if len(h1) != 1:
        fail("expected exactly one <h1>, found %d: %s" % (len(h1), [normalise(h.text_content()) for h in h1]))

    # Nothing that runs, nothing from elsewhere.
    for node in elements:
        if node.tag in FORBIDDEN_TAGS:
            fail("forbidden element <%s> at %s (text %r)" % (node.tag, node.path(), normalise(node.text_content())[:80]))
        for key, value in node.attrs:
            value = value or ""
            if key.startswith("on"):
                fail("event-handler attribute %s=%r on %s" % (key, value, node.path()))
            if key in URL_ATTRIBUTES and not is_internal_reference(value):
                fail("%s=%r on %s points outside the file (the report must be self-contained)" %
                     (key, value, node.path()))
            if key == "style" and CSS_EXTERNAL.search(value):
                fail("style attribute %r on %s loads another file" % (value, node.path()))
            if value.strip().lower().startswith("javascript:"):
                fail("javascript: URL in %s=%r on %s" % (key, value, node.path()))
    for style in dom.elements("style"):
        if CSS_EXTERNAL.search(style.text_content()):
            fail("a <style> element imports or loads another file (url(...) or @import)")

    # Ids unique, references resolve.
    ids = {}
    for node in elements:
        ident = node.attr("id")
        if ident is not None:
            ids.setdefault(ident, []).append(node)
    for ident, nodes in sorted(ids.items()):
        if len(nodes) > 1:
            fail("id %r is used by %d elements: %s" % (ident, len(nodes), ", ".join(n.path() for n in nodes)))
    for node in elements:
        for ref in (node.attr("aria-labelledby") or "").split():
            if ref not in ids:
                fail("aria-labelledby=%r on %s names no element" % (ref, node.path()))

    # Tables present.
    for table_id in args.table:
        holders = ids.get(table_id, [])
        if not holders:
            fail("no element with id %r (a report table)" % table_id)
        elif not (holders[0].tag == "table" or holders[0].elements("table")):
            fail("element #%s holds no <table>" % table_id)

    # The capaian table: one row per indicator plus the mean row.
    if args.indicators is not None:
        holders = ids.get("table-capaian", [])
        tables = [holders[0]] if holders and holders[0].tag == "table" else (holders[0].elements("table") if holders
                                                                               else [])
        if not tables:
            fail("no capaian table (#table-capaian) to count rows in")
        else:
            table = tables[0]
            bodies = table.elements("tbody") or [table]
            rows = [r for body in bodies for r in body.elements("tr")]
            expected = args.indicators + 1
            if len(rows) != expected:
                fail("capaian table has %d body rows, expected %d (%d indicators + the mean row): %s" %
                     (len(rows), expected, args.indicators,
                      [normalise(r.text_content())[:60] for r in rows]))

    # Charts: inline SVG, each with a title.
    svgs = [s for s in dom.elements("svg") if not any(a.tag == "svg" for a in s.ancestors())]
    if len(svgs) < args.min_svg:
        fail("expected at least %d <svg> charts, found %d: %s" %
             (args.min_svg, len(svgs), [s.attr("id") for s in svgs]))
    for svg in svgs:
        titles = [c for c in svg.children if c.tag == "title"]
        if not titles or not normalise(titles[0].text_content()):
            fail("<svg> %s has no non-empty <title> child" % svg.path())
    for chart_id in args.chart:
        found = [s for s in svgs
                 if s.attr("id") == chart_id or any(a.attr("id") == chart_id for a in s.ancestors())]
        if not found:
            fail("no <svg> chart with, or inside an element with, id %r (charts found: %s)" %
                 (chart_id, [s.attr("id") for s in svgs]))

    # Texts, as text nodes: markup in values must arrive as characters.
    for wanted in args.text:
        wanted_n = normalise(wanted)
        if not any(wanted_n in t for t in text_nodes):
            fail("no text node contains %r" % wanted)
    svg_texts = [normalise(n.text) for s in svgs for n in s.iter() if n.tag is None]
    for wanted in args.svg_text:
        if not any(normalise(wanted) in t for t in svg_texts):
            fail("no text node inside an <svg> contains %r" % wanted)
    if args.title is not None:
        titles = [t for t in dom.elements("title") if not any(a.tag == "svg" for a in t.ancestors())]
        got = normalise(titles[0].text_content()) if titles else None
        if got != normalise(args.title):
            fail("document <title> is %r, expected %r" % (got, args.title))

    # Elements that must not exist (markup from a value parsed as markup).
    for spec in args.forbid:
        tag, _, text = spec.partition("=")
        for node in dom.elements(tag.lower()):
            if not text or normalise(node.text_content()) == normalise(text):
                fail("element <%s>%s exists at %s: markup in a value was parsed, not shown as text" %
                     (tag, ("%r" % text) if text else "", node.path()))

    return failures


def main():
    parser = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("dom", help="the DOM as written by chromium --dump-dom")
    parser.add_argument("--indicators", type=int, help="indicators in the config (capaian table rows - 1)")
    parser.add_argument("--table", action="append", default=[], help="id of an element that must hold a <table>")
    parser.add_argument("--chart", action="append", default=[], help="id of a chart <svg> or of its container")
    parser.add_argument("--min-svg", type=int, default=0, help="at least this many top-level <svg>")
    parser.add_argument("--text", action="append", default=[], help="a text node must contain this")
    parser.add_argument("--svg-text", action="append", default=[], help="a text node in an <svg> must contain this")
    parser.add_argument("--title", help="the document title, exactly")
    parser.add_argument("--forbid", action="append", default=[], help="TAG or TAG=TEXT that must not exist")
    args = parser.parse_args()

    with open(args.dom, encoding="utf-8") as f:
        source = f.read()
    if "<body" not in source.lower():
        print("%s: not an HTML document (%d bytes)" % (args.dom, len(source)))
        return 1
    builder = TreeBuilder()
    builder.feed(source)
    builder.close()
    failures = check(builder.root, args)
    for message in failures:
        print("%s: %s" % (args.dom, message))
    if not failures:
        print("%s: DOM checks passed (%d elements, %d svg)" %
              (args.dom, len(builder.root.elements()), len(builder.root.elements("svg"))))
    return 1 if failures else 0


if __name__ == "__main__":
    sys.exit(main())
