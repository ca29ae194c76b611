#!/usr/bin/env python3
"""One request to a Kubernetes API over TLS verified against the given CA (as kubectl does with a
kubeconfig's certificate-authority-data), with a bearer token. For the tests of the loopback API
front until the tool's own Kubernetes probes drive it.

    kube_request.py --endpoint URL --ca-data BASE64 --token T --method M --path P [--body JSON]

prints one JSON line: {"status", "body"}.
"""

import argparse
import base64
import http.client
import json
import ssl
import urllib.parse


def main():
    parser = argparse.ArgumentParser()
    for name in ("--endpoint", "--ca-data", "--token", "--method", "--path"):
        parser.add_argument(name, required=True)
    parser.add_argument("--body")
    args = parser.parse_args()
    context = ssl.create_default_context(cadata=base64.b64decode(args.ca_data).decode())
    url = urllib.parse.urlparse(args.endpoint)
    conn = http.client.HTTPSConnection(url.hostname, url.port, context=context, timeout=10)
    headers = {"Authorization": f"Bearer {args.token}", "Accept": "application/json"}
    if args.body:
        headers["Content-Type"] = "application/json"
    conn.request(args.method, args.path, body=args.body, headers=headers)
    response = conn.getresponse()
    body = response.read().decode()
    print(json.dumps({"status": response.status, "body": json.loads(body) if body else None}))


if __name__ == "__main__":
    main()
