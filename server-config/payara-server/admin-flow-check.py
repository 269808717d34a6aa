#!/usr/bin/env python3
"""Administrator flow against a running office050 deployment (standard library only).

    admin-flow-check.py http://127.0.0.1:28080/oa/

1. Anonymous GET of /oa/admin/lines.xhtml must not show the list (redirect to the login page).
2. GET /oa/, take the login form's hidden fields (jakarta.faces.ViewState), POST form "login" with the demo
   administrator A0000001 / demo-admin-1, keeping cookies.
3. The POST must redirect to /oa/admin/lines.xhtml; that page must hold a table with login ID u05011110001.
   On it, as the page's script does it: search for the locked demo line u05011119998, select its row,
   [ロックアウトの解除]; the completion dialog names the line, and the "locked only" search no longer finds it.
4. In a new session, the email login (/oa/mail/) as kanri@isp.example / demo-mail-2 must land on 管理者一覧 with
   both demo administrators; [管理者画面参照] on A0000002 must open the second contract's list (u05022220001).
5. Security headers and session handling as the application sets them on this server: a Content-Security-Policy
   without inline scripts and with frame-ancestors, nosniff, Referrer-Policy, no-store on signed-in pages, an
   HttpOnly SameSite=Lax session cookie; a session id in the URL opens nothing; a forged proxy grant answers 403.

Prints one line per step; exit status 0 when every step passed.
"""

import http.cookiejar
import re
import sys
import urllib.error
import urllib.parse
import urllib.request
from html.parser import HTMLParser

ADMIN_ID = "A0000001"
ADMIN_PASSWORD = "demo-admin-1"
EXPECTED_LOGIN_ID = "u05011110001"
LOCKED_LOGIN_ID = "u05011119998"
MAIL_ADDRESS = "kanri@isp.example"
MAIL_PASSWORD = "demo-mail-2"
TIMEOUT = 60


NONCE = re.compile(r"PrimeFaces\.csp\.init\('([^']+)'\)")


def with_nonce(html, data):
    """Adds the page's script nonce, as PrimeFaces' script (CSP mode) adds it to every post of the page."""
    match = NONCE.search(html)
    if match:
        data["primefaces.nonce"] = match.group(1)
    return data


class NoRedirect(urllib.request.HTTPRedirectHandler):
    """Hands 3xx responses back to the caller, so that each redirect is checked explicitly."""

    def redirect_request(self, req, fp, code, msg, headers, newurl):
        return None


class FormParser(HTMLParser):
    """Collects action and inputs of the form with the given id."""

    def __init__(self, form_id):
        super().__init__()
        self.form_id = form_id
        self.inside = False
        self.action = None
        self.fields = {}

    def handle_starttag(self, tag, attrs):
        a = dict(attrs)
        if tag == "form" and a.get("id") == self.form_id:
            self.inside = True
            self.action = a.get("action")
        elif tag == "input" and self.inside and a.get("type") == "hidden" and a.get("name"):
            self.fields[a["name"]] = a.get("value", "")

    def handle_endtag(self, tag):
        if tag == "form":
            self.inside = False


class Flow:
    def __init__(self, base):
        self.base = base if base.endswith("/") else base + "/"
        self.jar = http.cookiejar.CookieJar()
        self.opener = urllib.request.build_opener(urllib.request.HTTPCookieProcessor(self.jar), NoRedirect())
        self.failures = 0

    def request(self, url, data=None, headers=None):
        body = urllib.parse.urlencode(data).encode() if data is not None else None
        req = urllib.request.Request(url, data=body, headers={"Accept-Language": "ja", **(headers or {})})
        try:
            resp = self.opener.open(req, timeout=TIMEOUT)
        except urllib.error.HTTPError as e:  # 3xx (redirects are not followed) and 4xx/5xx
            resp = e
        return resp.status, resp.headers, resp.read().decode("utf-8", "replace")

    def check(self, ok, what, detail=""):
        print(("  ok   " if ok else "  FAIL ") + what + ("" if ok or not detail else ": " + detail))
        if not ok:
            self.failures += 1
        return ok

    def run(self):
        lines_url = urllib.parse.urljoin(self.base, "admin/lines.xhtml")
        status, headers, _ = self.request(lines_url)
        location = headers.get("Location") or ""
        self.check(
            status in (302, 303) and "/admin/" not in location,
            "anonymous request for the user number list is sent to the login page",
            f"HTTP {status} Location={location!r}",
        )
        self.jar.clear()

        status, login_headers, html = self.request(self.base)
        if not self.check(status == 200, "login page GET " + self.base, f"HTTP {status}"):
            return
        form = FormParser("login")
        form.feed(html)
        view_state = form.fields.get("jakarta.faces.ViewState")
        if not self.check(bool(form.action) and bool(view_state), "login form with jakarta.faces.ViewState found"):
            return

        data = with_nonce(html, dict(form.fields))  # "login"="login", the ViewState, the nonce
        data.update({"login:adminId": ADMIN_ID, "login:password": ADMIN_PASSWORD, "login:submit": ""})
        action = urllib.parse.urljoin(self.base, form.action)
        status, headers, body = self.request(action, data)
        signed_in_headers = headers
        location = headers.get("Location") or ""
        if not self.check(
            status in (302, 303) and urllib.parse.urlsplit(location).path.endswith("/oa/admin/lines.xhtml"),
            f"POST login as {ADMIN_ID} redirects to /oa/admin/lines.xhtml",
            f"HTTP {status} Location={location!r}" + ("" if location else " body: " + body[:300]),
        ):
            return

        lines_url = urllib.parse.urljoin(action, location)
        status, lines_headers, page = self.request(lines_url)
        if not self.check(status == 200, "GET " + location, f"HTTP {status}"):
            return
        self.check("<table" in page, "user number list page contains a table")
        self.check(EXPECTED_LOGIN_ID in page, f"user number list shows login ID {EXPECTED_LOGIN_ID}")
        self.security_checks(login_headers, signed_in_headers, lines_url, lines_headers)
        self.release_flow(lines_url, page)
        self.jar.clear()
        self.mail_flow()

    def security_checks(self, login_headers, signed_in_headers, lines_url, lines_headers):
        csp = login_headers.get("Content-Security-Policy") or ""
        script_src = next((d for d in csp.split(";") if d.strip().startswith("script-src")), "")
        self.check(
            "frame-ancestors 'none'" in csp and "'nonce-" in script_src and "unsafe-inline" not in script_src,
            "Content-Security-Policy with a script nonce, no inline scripts, frame-ancestors",
            repr(csp),
        )
        self.check(login_headers.get("X-Content-Type-Options") == "nosniff", "X-Content-Type-Options: nosniff")
        self.check(bool(login_headers.get("Referrer-Policy")), "Referrer-Policy is set")
        self.check(
            not login_headers.get_all("Set-Cookie"),
            "the login page opens no session (a stateless form)",
            repr(login_headers.get_all("Set-Cookie")),
        )
        cookie = " ".join(signed_in_headers.get_all("Set-Cookie") or [])
        self.check(
            "jsessionid=" in cookie.lower() and "httponly" in cookie.lower() and "samesite=lax" in cookie.lower(),
            "the session cookie of the login is HttpOnly and SameSite=Lax",
            repr(cookie),
        )
        self.check("no-store" in (lines_headers.get("Cache-Control") or ""), "signed-in pages are Cache-Control: no-store")
        session = next((c.value for c in self.jar if c.name == "JSESSIONID"), "")
        stranger = Flow(self.base)
        status, headers, page = stranger.request(lines_url + ";jsessionid=" + session)
        self.check(
            status in (302, 303) and EXPECTED_LOGIN_ID not in page,
            "a session id in the URL opens nothing",
            f"HTTP {status} Location={headers.get('Location')!r}",
        )
        status, _, _ = self.request(urllib.parse.urljoin(self.base, "admin/proxy/index.xhtml?grant=forged"))
        self.check(status == 403, "a forged proxy grant is answered 403", f"HTTP {status}")

    def ajax(self, page_url, html, source, execute, render, fields):
        """A PrimeFaces Ajax request of the page (as its script sends it); returns the partial response."""
        form = FormParser("lines")
        form.feed(html)
        data = with_nonce(html, {
            "jakarta.faces.partial.ajax": "true",
            "jakarta.faces.source": source,
            "jakarta.faces.partial.execute": execute,
            "jakarta.faces.partial.render": render,
            source.split(":")[0]: source.split(":")[0],
            "jakarta.faces.ViewState": form.fields.get("jakarta.faces.ViewState", ""),
        })
        data.update(fields)
        status, _, body = self.request(urllib.parse.urljoin(page_url, form.action or page_url), data,
                                       {"Faces-Request": "partial/ajax"})
        return status, body

    def search(self, lines_url, page, text, locked_only=False):
        fields = {"lines:find": "lines:find", "lines:search": text}
        if locked_only:
            fields["lines:lockedOnly_input"] = "on"
        return self.ajax(lines_url, page, "lines:find", "lines:find lines:search lines:lockedOnly",
                         "lines:table actions", fields)

    def release_flow(self, lines_url, page):
        status, found = self.search(lines_url, page, LOCKED_LOGIN_ID, locked_only=True)
        row = re.search(r'data-rk="(\d+)"(?:(?!</tr>).)*?' + LOCKED_LOGIN_ID, found, re.S)
        if not self.check(status == 200 and row is not None,
                          f"the locked-only search finds the locked line {LOCKED_LOGIN_ID}", f"HTTP {status}"):
            return
        key = row.group(1)
        status, _ = self.ajax(lines_url, page, "lines:table", "lines:table", "actions", {
            "jakarta.faces.behavior.event": "rowSelect", "jakarta.faces.partial.event": "rowSelect",
            "lines:table_instantSelection": key, "lines:table_selection": key})
        self.check(status == 200, "its row is selected", f"HTTP {status}")
        status, released = self.ajax(lines_url, page, "actions:release", "actions:release",
                                     "lines:table actions done growl", {"actions:release": "actions:release"})
        self.check(status == 200 and re.search(r'releasedFor"[^>]*>' + LOCKED_LOGIN_ID + "<", released) is not None,
                   f"[ロックアウトの解除] on {LOCKED_LOGIN_ID}: the completion dialog names it",
                   f"HTTP {status} {released[:300]!r}")
        status, again = self.search(lines_url, page, LOCKED_LOGIN_ID, locked_only=True)
        self.check(status == 200 and "lines:table" in again and LOCKED_LOGIN_ID not in again,
                   f"the locked-only search no longer finds {LOCKED_LOGIN_ID}", again[:300])

    def post_form(self, page_url, html, form_id, fields):
        """Posts form form_id of a page with its hidden fields plus the given ones; returns (status, location)."""
        form = FormParser(form_id)
        form.feed(html)
        if not self.check(bool(form.action), f"form {form_id} found on {page_url}"):
            return None, ""
        data = with_nonce(html, dict(form.fields))
        data.update(fields)
        status, headers, body = self.request(urllib.parse.urljoin(page_url, form.action), data)
        return status, urllib.parse.urljoin(page_url, headers.get("Location") or "")

    def mail_flow(self):
        login_url = urllib.parse.urljoin(self.base, "mail/")
        status, _, html = self.request(login_url)
        if not self.check(status == 200, "email login page GET " + login_url, f"HTTP {status}"):
            return
        fields = {"login:address": MAIL_ADDRESS, "login:password": MAIL_PASSWORD, "login:submit": ""}
        status, location = self.post_form(login_url, html, "login", fields)
        if not self.check(
            status in (302, 303) and location.endswith("/oa/mail/admins.xhtml"),
            f"POST email login as {MAIL_ADDRESS} redirects to 管理者一覧",
            f"HTTP {status} Location={location!r}",
        ):
            return
        status, _, admins = self.request(location)
        self.check(status == 200 and "A0000001" in admins and "A0000002" in admins, "管理者一覧 lists both administrators")
        fields = {"admins:table_selection": "A0000002", "admins:open": ""}
        status, lines_location = self.post_form(location, admins, "admins", fields)
        if not self.check(
            status in (302, 303) and lines_location.endswith("/oa/admin/lines.xhtml"),
            "[管理者画面参照] on A0000002 redirects to its user number list",
            f"HTTP {status} Location={lines_location!r}",
        ):
            return
        status, _, page = self.request(lines_location)
        self.check(status == 200 and "u05022220001" in page and "05000000002" in page,
                   "the second contract's list shows u05022220001 and its contract number")


def main():
    base = sys.argv[1] if len(sys.argv) > 1 else "http://127.0.0.1:28080/oa/"
    flow = Flow(base)
    try:
        flow.run()
    except Exception as e:  # connection refused, timeout, ...
        flow.check(False, "HTTP flow", repr(e))
    sys.exit(1 if flow.failures else 0)


if __name__ == "__main__":
    main()
