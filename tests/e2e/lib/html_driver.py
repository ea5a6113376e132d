#!/usr/bin/env python3
"""html_driver.py - drives headless Chromium through chromedriver (the W3C
WebDriver protocol over HTTP, Python's standard library only) to check the
HTML view of `cnkg render` as a reader uses it. Called by tests/e2e/html.sh:

    html_driver.py PAGE.html SCREENSHOT.png CHECKS.json
    html_driver.py --shot PAGE.html SCREENSHOT.png NAME   (a picture for docs)

CHECKS.json says what the page must show: the entity to search for, the
names and sentence its panel must show, a node to click, and a view to
switch to. Every failed check is printed with FAIL and counted; any
JavaScript error (caught in the page from before its first script runs,
and read from the browser's console log) or any request the page tries is
a failure too. Exit status: 0 all passed, 1 a check failed, 2 the browser
could not be driven at all. With --shot it only searches NAME, as a reader
would, and takes the screenshot (still failing on a JavaScript error).
"""
import base64
import json
import os
import shutil
import socket
import subprocess
import sys
import tempfile
import time
import urllib.error
import urllib.parse
import urllib.request

CHROMIUM_FLAGS = [
    "--headless", "--no-sandbox", "--disable-gpu", "--disable-quic", "--no-first-run",
    "--disable-background-networking", "--disable-component-update", "--disable-sync",
    "--disable-dev-shm-usage",  # containers give /dev/shm 64 MB, too little for Chromium
    "--window-size=1600,1000", "--lang=zh-CN",
]

# Installed before any script of the page runs: JavaScript errors, promise
# rejections, resources that fail to load, and requests the page's policy
# blocks all end up in window.__cnkgProblems.
PROBLEM_HOOK = r"""
window.__cnkgProblems = [];
window.addEventListener('error', function (e) {
  var what = e.message ? e.message + ' at ' + e.filename + ':' + e.lineno
                       : 'failed to load ' + (e.target && (e.target.src || e.target.href) || e.type);
  window.__cnkgProblems.push('error: ' + what);
}, true);
window.addEventListener('unhandledrejection', function (e) {
  window.__cnkgProblems.push('unhandled rejection: ' + e.reason);
});
document.addEventListener('securitypolicyviolation', function (e) {
  window.__cnkgProblems.push('blocked request: ' + e.blockedURI + ' (' + e.violatedDirective + ')');
});
"""

failures = 0


def check(what, ok, detail=""):
    global failures
    if ok:
        print("ok:   " + what)
    else:
        failures += 1
        print("FAIL: " + what + (": " + detail if detail else ""), file=sys.stderr)


class WebDriver:
    def __init__(self, port):
        self.base = "http://127.0.0.1:%d" % port
        self.session = None

    def call(self, method, path, body=None):
        data = json.dumps(body).encode() if body is not None else None
        req = urllib.request.Request(self.base + path, data=data, method=method,
                                     headers={"Content-Type": "application/json"})
        try:
            with urllib.request.urlopen(req, timeout=60) as r:
                return json.loads(r.read() or b"{}").get("value")
        except urllib.error.HTTPError as e:
            raise RuntimeError("%s %s: %s" % (method, path, e.read().decode(errors="replace")[:500]))

    def s(self, method, path, body=None):
        return self.call(method, "/session/%s%s" % (self.session, path), body)

    def start(self, user_data_dir):
        caps = {"capabilities": {"alwaysMatch": {
            "browserName": "chrome",
            "goog:chromeOptions": {
                "binary": os.environ.get("CHROMIUM", "/usr/bin/chromium"),
                "args": CHROMIUM_FLAGS + ["--user-data-dir=" + user_data_dir],
            },
            "goog:loggingPrefs": {"browser": "ALL"},
        }}}
        self.session = self.call("POST", "/session", caps)["sessionId"]

    def cdp(self, cmd, params):
        return self.s("POST", "/goog/cdp/execute", {"cmd": cmd, "params": params})

    def js(self, script, *args):
        return self.s("POST", "/execute/sync", {"script": script, "args": list(args)})

    def find(self, css):
        found = self.s("POST", "/element", {"using": "css selector", "value": css})
        return list(found.values())[0]

    def type(self, element, text):
        self.s("POST", "/element/%s/value" % element, {"text": text})

    def click(self, element):
        self.s("POST", "/element/%s/click" % element, {})


def free_port():
    with socket.socket() as sock:
        sock.bind(("127.0.0.1", 0))
        return sock.getsockname()[1]


def wait_ready(wd, proc):
    for _ in range(100):
        if proc.poll() is not None:
            raise RuntimeError("chromedriver exited with %d" % proc.returncode)
        try:
            if wd.call("GET", "/status").get("ready"):
                return
        except (urllib.error.URLError, ConnectionError, RuntimeError):
            pass
        time.sleep(0.1)
    raise RuntimeError("chromedriver did not start")


def panel_text(wd):
    return wd.js("return document.getElementById('panel').innerText;") or ""


def run_checks(wd, page, screenshot, want):
    wd.cdp("Page.addScriptToEvaluateOnNewDocument", {"source": PROBLEM_HOOK})
    wd.s("POST", "/url", {"url": "file://" + os.path.abspath(page)})

    # The picture: an inline SVG, laid out and visible, with entity nodes.
    drawn = wd.js("""
      var svg = document.querySelector('#canvas > svg');
      if (!svg) return null;
      var r = svg.getBoundingClientRect();
      return {w: r.width, h: r.height, nodes: svg.querySelectorAll('g.node').length,
              entities: svg.querySelectorAll('g.node[data-entity]').length,
              texts: Array.prototype.map.call(svg.querySelectorAll('g.node text'),
                                              function (t) { return t.textContent; })};""")
    check("the page draws an SVG", drawn is not None)
    if drawn is None:
        return
    check("the SVG fills a visible area", drawn["w"] > 400 and drawn["h"] > 300,
          "%sx%s" % (drawn["w"], drawn["h"]))
    check("the SVG's nodes are entities the page knows", drawn["entities"] >= 5,
          "%d of %d nodes" % (drawn["entities"], drawn["nodes"]))
    check("the overview draws %s" % want["search"], want["search"] in drawn["texts"])

    # Search as a reader does: type the name, press Enter.
    search = wd.find("#search")
    wd.type(search, want["search"])
    listed = wd.js("return Array.prototype.map.call(document.querySelectorAll('#search-results li'),"
                   " function (li) { return li.textContent; });") or []
    check("typing %s lists it" % want["search"], any(want["search"] in t for t in listed), repr(listed))
    wd.type(search, "\ue007")  # Enter
    selected = wd.js("var g = document.querySelector('#canvas g.node.selected');"
                     " return g ? g.querySelector('title').textContent : null;")
    check("searching %s selects its node" % want["search"],
          selected is not None and selected.endswith("/" + want["search"]), repr(selected))
    heading = wd.js("var h = document.querySelector('#panel h2'); return h ? h.textContent : null;")
    check("the panel is about %s" % want["search"], heading == want["search"], repr(heading))
    text = panel_text(wd)
    for needle in want["panel"]:
        check("the panel shows %s" % needle, needle in text, text[:300])
    if "place" in want:
        place = wd.js("var d = document.querySelector('#panel dd.places');"
                      " return d ? d.textContent : null;")
        check("the panel says %s is in %s" % (want["search"], want["place"]),
              place is not None and want["place"] in place, repr(place))

    # The screenshot: the entity found, its relations drawn in red, the panel.
    png = base64.b64decode(wd.s("GET", "/screenshot"))
    with open(screenshot, "wb") as f:
        f.write(png)
    check("a screenshot is taken", png[:8] == b"\x89PNG\r\n\x1a\n" and len(png) > 10000,
          "%d bytes" % len(png))

    # The panel leads to the entity's neighbourhood, and back.
    focus = wd.js("""
      var bs = document.querySelectorAll('#panel .actions button');
      for (var i = 0; i < bs.length; i++)
        if (bs[i].textContent === '看它的周边') { bs[i].id = 'cnkg-test-focus'; return true; }
      return false;""")
    check("the panel offers %s's neighbourhood" % want["search"], focus)
    if focus:
        wd.click(wd.find("#cnkg-test-focus"))
        view = wd.js("var s = document.getElementById('view-select');"
                     " return s.options[s.selectedIndex].textContent;")
        check("its neighbourhood is shown", view == want["search"] + " 周边", repr(view))
        title = wd.js("var t = document.querySelector('#canvas > svg > g > text');"
                      " return t ? t.textContent : null;")
        check("... drawn around it", title is not None and title.startswith(want["search"]),
              repr(title))
        back = wd.js("""
          var bs = document.querySelectorAll('#panel .actions button');
          for (var i = 0; i < bs.length; i++)
            if (bs[i].textContent.indexOf('回到') === 0) { bs[i].id = 'cnkg-test-back'; return true; }
          return false;""")
        check("the panel leads back to the overview", back)
        if back:
            wd.click(wd.find("#cnkg-test-back"))
            check("... which is shown again",
                  wd.js("return document.getElementById('view-select').value;") == "0")

    # The articles that mention it lead to their views.
    link = wd.js("var b = document.querySelector('#panel ul.articles button');"
                 " if (!b) return null; b.id = 'cnkg-test-article'; return b.textContent;")
    check("the panel links the articles mentioning %s" % want["search"], link is not None)
    if link:
        wd.click(wd.find("#cnkg-test-article"))
        view = wd.js("var s = document.getElementById('view-select');"
                     " return s.options[s.selectedIndex].textContent;")
        check("... to their views", view.startswith("文章") and view.split("：", 1)[-1] in link,
              "%r for %r" % (view, link))
        wd.js("document.getElementById('view-select').value = '0';"
              " document.getElementById('view-select').dispatchEvent(new Event('change'));")

    # Zoom and pan change what the SVG shows.
    before = wd.js("return document.querySelector('#canvas > svg').getAttribute('viewBox');")
    wd.click(wd.find("#zoom-in"))
    after = wd.js("return document.querySelector('#canvas > svg').getAttribute('viewBox');")
    check("the zoom button zooms", before != after and
          float(after.split()[2]) < float(before.split()[2]), "%s -> %s" % (before, after))
    wd.click(wd.find("#zoom-fit"))

    # A click on another node selects it.
    target = wd.js("""
      var gs = document.querySelectorAll('#canvas g.node[data-entity]');
      for (var i = 0; i < gs.length; i++)
        if (gs[i].querySelector('text') && gs[i].querySelector('text').textContent === arguments[0]) {
          gs[i].id = 'cnkg-test-target'; return true; }
      return false;""", want["click"])
    check("the overview draws %s" % want["click"], target)
    if target:
        wd.click(wd.find("#cnkg-test-target"))
        heading = wd.js("return document.querySelector('#panel h2').textContent;")
        check("clicking %s shows it in the panel" % want["click"], heading == want["click"],
              repr(heading))
        text = panel_text(wd)
        for needle in want.get("click_panel", []):
            check("... with %s" % needle, needle in text, text[:300])

    # Another view: an article's, then back to the searched entity.
    options = wd.js("return Array.prototype.map.call(document.querySelectorAll('#view-select option'),"
                    " function (o) { return o.textContent; });") or []
    check("the views include an article and a neighbourhood",
          any(o.startswith("文章") for o in options) and any(o.endswith("周边") for o in options),
          repr(options[:6]))
    article = wd.js("""
      var opts = document.querySelectorAll('#view-select option');
      for (var i = 0; i < opts.length; i++)
        if (opts[i].textContent.indexOf(arguments[0]) >= 0) { opts[i].id = 'cnkg-test-view'; return true; }
      return false;""", want["view"])
    check("a view names the article %s" % want["view"], article)
    if article:
        wd.click(wd.find("#view-select"))
        wd.click(wd.find("#cnkg-test-view"))
        label = wd.js("return document.querySelector('#canvas > svg > g > text') ?"
                      " document.querySelector('#canvas > svg').textContent : '';")
        check("switching views draws that article", want["view"] in (label or ""))
        check("the article's view leaves out %s" % want["search"],
              want["search"] not in wd.js(
                  "return Array.prototype.map.call(document.querySelectorAll('#canvas g.node text'),"
                  " function (t) { return t.textContent; }).join(' ');"))
        wd.js("document.getElementById('search').value = '';")
        wd.type(search, want["search"] + "\ue007")
        shown = wd.js("var g = document.querySelector('#canvas g.node.selected');"
                      " return g ? g.querySelector('text').textContent : null;")
        check("searching an entity the view lacks brings one that draws it", shown == want["search"],
              repr(shown))

    # The address names the selected entity; a link naming one selects it.
    address = wd.s("GET", "/url")
    check("the address names the selected entity",
          urllib.parse.unquote(address.partition("#")[2]).endswith("/" + want["search"]), address)
    click_iri = wd.js("""
      var gs = document.querySelectorAll('#canvas g.node');
      for (var i = 0; i < gs.length; i++)
        if (gs[i].querySelector('text') && gs[i].querySelector('text').textContent === arguments[0])
          return gs[i].querySelector('title').textContent;
      return null;""", want["click"])
    if click_iri:
        wd.s("POST", "/url", {"url": "file://" + os.path.abspath(page) + "#" +
                              urllib.parse.quote(click_iri, safe="")})
        heading = wd.js("return document.querySelector('#panel h2') ?"
                        " document.querySelector('#panel h2').textContent : null;")
        check("a link to the page naming %s selects it" % want["click"], heading == want["click"],
              repr(heading))


    problems = wd.js("return window.__cnkgProblems || ['the problem hook did not run'];")
    check("no JavaScript error and no request", not problems, "; ".join(problems or []))
    try:
        log = wd.s("POST", "/se/log", {"type": "browser"}) or []
    except RuntimeError:
        log = []  # a chromedriver without the log endpoint: the hook above still counts
    severe = [e.get("message", "") for e in log if e.get("level") == "SEVERE"]
    check("the console has no error", not severe, "; ".join(severe))


def take_shot(wd, page, screenshot, name):
    wd.cdp("Page.addScriptToEvaluateOnNewDocument", {"source": PROBLEM_HOOK})
    wd.s("POST", "/url", {"url": "file://" + os.path.abspath(page)})
    wd.type(wd.find("#search"), name + "\ue007")
    heading = wd.js("var h = document.querySelector('#panel h2'); return h ? h.textContent : null;")
    check("searching %s selects it" % name, heading == name, repr(heading))
    with open(screenshot, "wb") as f:
        f.write(base64.b64decode(wd.s("GET", "/screenshot")))
    problems = wd.js("return window.__cnkgProblems || ['the problem hook did not run'];")
    check("no JavaScript error and no request", not problems, "; ".join(problems or []))


def main():
    args = sys.argv[1:]
    shot = args[:1] == ["--shot"]
    if shot:
        args = args[1:]
    if len(args) != 3:
        print(__doc__, file=sys.stderr)
        return 2
    page, screenshot, checks = args
    want = None
    if not shot:
        with open(checks, encoding="utf-8") as f:
            want = json.load(f)
    driver = shutil.which(os.environ.get("CHROMEDRIVER", "chromedriver"))
    if not driver:
        print("html_driver.py: no chromedriver", file=sys.stderr)
        return 2
    port = free_port()
    profile = tempfile.mkdtemp(prefix="cnkg-chromium-")
    proc = subprocess.Popen([driver, "--port=%d" % port], stdout=subprocess.DEVNULL,
                            stderr=subprocess.DEVNULL)
    wd = WebDriver(port)
    try:
        wait_ready(wd, proc)
        wd.start(profile)
        if shot:
            take_shot(wd, page, screenshot, checks)
        else:
            run_checks(wd, page, screenshot, want)
    except RuntimeError as e:
        print("FAIL: driving Chromium: %s" % e, file=sys.stderr)
        return 2
    finally:
        if wd.session:
            try:
                wd.call("DELETE", "/session/" + wd.session)
            except (RuntimeError, urllib.error.URLError):
                pass
        proc.terminate()
        try:
            proc.wait(timeout=10)
        except subprocess.TimeoutExpired:
            proc.kill()
        shutil.rmtree(profile, ignore_errors=True)
    return 1 if failures else 0


if __name__ == "__main__":
    sys.exit(main())
