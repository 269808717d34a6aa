#!/usr/bin/env python3
"""The provider's API on the deployed EAR: a token is needed, the demo contracts are listed, a background import
with initial passwords (Jakarta Batch on this server) runs to completion, and the SIP proxy's routing question is
answered for an imported line (the routing servlet reads the server's default datasource itself).

    api-check.py BASE_URL TOKEN      e.g. http://127.0.0.1:28080/oa/ o50_demo_…
"""
import json
import random
import sys
import time
import urllib.error
import urllib.request

failures = 0


def check(ok, what, detail=""):
    global failures
    print(("    ok    " if ok else "    FAIL  ") + what + ("" if ok or not detail else f" ({detail})"))
    if not ok:
        failures += 1
    return ok


def call(method, url, token=None, body=None, content_type="application/json"):
    request = urllib.request.Request(url, method=method, data=body.encode("utf-8") if body is not None else None)
    if token:
        request.add_header("Authorization", "Bearer " + token)
    if body is not None:
        request.add_header("Content-Type", content_type)
    try:
        with urllib.request.urlopen(request, timeout=60) as response:
            # the headers as received, looked up by name in any case (a proxy may send them in lower case)
            return response.status, response.headers, response.read().decode("utf-8")
    except urllib.error.HTTPError as e:
        return e.code, e.headers, e.read().decode("utf-8")


def main():
    base, token = sys.argv[1].rstrip("/") + "/api/v1", sys.argv[2]
    status, headers, _ = call("GET", base + "/contracts")
    check(status == 401 and headers.get("Content-Type", "").startswith("application/problem+json"),
          "no token: 401 with a problem document", f"HTTP {status}")
    status, _, body = call("GET", base + "/contracts", token)
    check(status == 200 and "05000000001" in body, "the demo contracts are listed", f"HTTP {status}")

    number = "0506" + "".join(random.choice("0123456789") for _ in range(7))
    status, _, body = call("POST", base + "/contracts", token,
                           json.dumps({"number": number, "customerName": "スモーク商事", "services": ["forwarding"]}))
    if not check(status == 201, "a contract is opened", f"HTTP {status} {body[:200]}"):
        return
    rows = ["number,loginId,displayName"] + [f"0505{number[4:8]}{i:03d},s{number[4:8]}{i:03d},スモーク {i}"
                                             for i in range(25)]
    status, headers, body = call("POST", base + f"/contracts/{number}/lines/import?passwords=true", token,
                                 "\n".join(rows) + "\n", "text/csv")
    if not check(status == 202 and "Location" in headers, "25 lines with passwords: 202, a background import",
                 f"HTTP {status} {body[:200]}"):
        return
    job = headers["Location"]
    deadline = time.time() + 120
    state = {}
    while time.time() < deadline:
        state = json.loads(call("GET", job, token)[2])
        if state.get("state") in ("completed", "failed", "stopped"):
            break
        time.sleep(1)
    if check(state.get("state") == "completed" and state.get("done") == 25,
             "the batch job made the 25 initial passwords", str(state)):
        status, _, body = call("GET", job + "/passwords", token)
        check(status == 200 and len(body.strip().splitlines()) == 26, "the passwords are fetched as CSV",
              f"HTTP {status}")
    first = f"0505{number[4:8]}000"
    status, headers, body = call("GET", base + f"/routing?called={first}&caller=0312345678", token)
    check(status == 200 and json.loads(body).get("action") == "ring" and json.loads(body).get("line") == first,
          "routing: an imported line rings", f"HTTP {status} {body[:200]}")
    status, headers, body = call("GET", base + "/routing?called=0312345678", token)
    check(status == 400 and headers.get("Content-Type", "").startswith("application/problem+json")
          and '"called"' in body, "routing: a called number that is no 050 number is refused (400)",
          f"HTTP {status} {body[:200]}")


if __name__ == "__main__":
    main()
    sys.exit(1 if failures else 0)
