#!/usr/bin/env python3
"""A loopback stand-in for AWS: moto's server for what moto emulates, and a small front that
answers, from a scenario file, what moto lacks (EKS access entries, accessConfig, health
issues, iam:SimulatePrincipalPolicy, AccessDenied in the shape AWS sends, the global STS
endpoint's region check) with the response shapes of the AWS API model. Everything else is
forwarded to moto. It knows the scenario, never which test is running.

    emulator.py --scenario FILE --moto-server PATH [--watch-stdin]

prints one JSON line when ready: endpoints, region, the caller's credentials and the
environment the scenario asks the client to run with.
"""

import argparse
import datetime
import hashlib
import hmac
import http.client
import json
import os
import re
import signal
import socket
import subprocess
import sys
import threading
import time
import tomllib
import urllib.parse
import uuid
from http.server import BaseHTTPRequestHandler, ThreadingHTTPServer

ADMIN_KEY = "AKIAEMULATORADMIN000"
ADMIN_SECRET = "emulator-admin-secret"
IAM_NS = "https://iam.amazonaws.com/doc/2010-05-08/"
STS_NS = "https://sts.amazonaws.com/doc/2011-06-15/"


def free_port():
    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        return s.getsockname()[1]


def start_moto(moto_server):
    port = free_port()
    env = dict(os.environ)
    env.pop("MOTO_ACCOUNT_ID", None)
    proc = subprocess.Popen(
        [moto_server, "-H", "127.0.0.1", "-p", str(port)],
        stdout=subprocess.DEVNULL,
        stderr=subprocess.DEVNULL,
        env=env,
    )
    deadline = time.time() + 30
    while time.time() < deadline:
        try:
            with socket.create_connection(("127.0.0.1", port), timeout=0.2):
                return proc, f"http://127.0.0.1:{port}"
        except OSError:
            time.sleep(0.05)
    proc.kill()
    raise SystemExit("moto_server did not start")


def client(service, moto_url, region, key=ADMIN_KEY, secret=ADMIN_SECRET, token=None):
    import boto3

    return boto3.client(
        service,
        endpoint_url=moto_url,
        region_name=region,
        aws_access_key_id=key,
        aws_secret_access_key=secret,
        aws_session_token=token,
    )


def trust_document(role, account):
    statements = []
    services = role.get("trust_services", [])
    if services:
        statements.append(
            {"Effect": "Allow", "Principal": {"Service": services}, "Action": "sts:AssumeRole"}
        )
    accounts = role.get("trust_accounts", [account])
    if accounts:
        statement = {
            "Effect": "Allow",
            "Principal": {"AWS": [f"arn:aws:iam::{a}:root" for a in accounts]},
            "Action": "sts:AssumeRole",
        }
        if role.get("external_id"):
            statement["Condition"] = {"StringEquals": {"sts:ExternalId": role["external_id"]}}
        statements.append(statement)
    return json.dumps({"Version": "2012-10-17", "Statement": statements})


# Hostile answers, each bounded in time and size so a test can never hang on one.
HOSTILE_SECONDS = 30
HOSTILE_BYTES = 2 * 1024 * 1024 * 1024


def send_hostile(handler, kind, content_type):
    """`endless`: 200 and a body that never ends (chunked, until the client goes away);
    `trickle`: 200 with a Content-Length, then one byte a second; `bare-429`: 429 with no body
    and no error type, as a load balancer in front of an API might send."""
    started = time.monotonic()
    try:
        if kind == "bare-429":
            handler.send_response(429)
            handler.send_header("Content-Length", "0")
            handler.end_headers()
            return
        handler.send_response(200)
        handler.send_header("Content-Type", content_type)
        if kind == "endless":
            handler.send_header("Transfer-Encoding", "chunked")
            handler.end_headers()
            chunk = b"<a>" + b"x" * 65536 + b"</a>"
            framed = f"{len(chunk):x}\r\n".encode() + chunk + b"\r\n"
            sent = 0
            while sent < HOSTILE_BYTES and time.monotonic() - started < HOSTILE_SECONDS:
                handler.wfile.write(framed)
                sent += len(chunk)
        else:
            handler.send_header("Content-Length", "100000")
            handler.end_headers()
            handler.wfile.flush()
            while time.monotonic() - started < HOSTILE_SECONDS:
                handler.wfile.write(b"<")
                handler.wfile.flush()
                time.sleep(1)
    except (BrokenPipeError, ConnectionError, OSError):
        pass
    handler.close_connection = True


class Scenario:
    """The scenario file, set up in moto, plus what the front answers itself."""

    def __init__(self, path, moto_url):
        with open(path, "rb") as f:
            self.data = tomllib.load(f)
        self.moto_url = moto_url
        self.region = self.data.get("region", "us-west-2")
        self.account = "123456789012"
        self.caller_arn = None
        self.credentials = {}
        self.users = {}
        self.requests = []
        self.lock = threading.Lock()
        # cluster name -> (Kubernetes API endpoint, base64 CA) of the loopback API front
        self.kubernetes = {}
        # How far AWS's clock (Date headers, the presigned URL window, the authenticator) is
        # from this machine's: a scenario of a skewed local clock, seen from the other side.
        self.clock_offset = float(self.data.get("aws_clock_offset_seconds", 0))

    def now(self):
        return datetime.datetime.now(datetime.timezone.utc) + datetime.timedelta(seconds=self.clock_offset)

    def setup(self):
        iam = client("iam", self.moto_url, self.region)
        for role in self.data.get("roles", []):
            iam.create_role(
                RoleName=role["name"],
                Path=role.get("path", "/"),
                AssumeRolePolicyDocument=trust_document(role, self.account),
            )
        # Other IAM users with keys of their own (a second profile, say), named in the ready
        # line so a test can write them into a credentials file.
        for user in self.data.get("users", []):
            made = iam.create_user(UserName=user["name"], Path=user.get("path", "/"))["User"]
            key = iam.create_access_key(UserName=user["name"])["AccessKey"]
            self.users[user["name"]] = {
                "arn": made["Arn"],
                "access_key_id": key["AccessKeyId"],
                "secret_access_key": key["SecretAccessKey"],
            }
        caller = self.data.get("caller", {"kind": "user", "name": "support-user"})
        kind = caller.get("kind", "user")
        if kind == "role":
            role = iam.create_role(
                RoleName=caller["name"],
                Path=caller.get("path", "/"),
                AssumeRolePolicyDocument=trust_document({}, self.account),
            )["Role"]
            self.caller_arn = role["Arn"]
            sts = client("sts", self.moto_url, self.region)
            creds = sts.assume_role(
                RoleArn=role["Arn"], RoleSessionName=caller.get("session", "session")
            )["Credentials"]
            self.credentials = {
                "access_key_id": creds["AccessKeyId"],
                "secret_access_key": creds["SecretAccessKey"],
                "session_token": creds["SessionToken"],
            }
        else:
            user = iam.create_user(UserName=caller["name"], Path=caller.get("path", "/"))["User"]
            self.caller_arn = user["Arn"]
            key = iam.create_access_key(UserName=caller["name"])["AccessKey"]
            self.credentials = {
                "access_key_id": key["AccessKeyId"],
                "secret_access_key": key["SecretAccessKey"],
            }
        cluster_role = iam.create_role(
            RoleName="emulator-cluster-role",
            AssumeRolePolicyDocument=trust_document({"trust_services": ["eks.amazonaws.com"], "trust_accounts": []}, self.account),
        )["Role"]["Arn"]
        eks = client("eks", self.moto_url, self.region)
        for cluster in self.data.get("clusters", []):
            eks.create_cluster(
                name=cluster["name"],
                version=cluster.get("version", "1.31"),
                roleArn=cluster_role,
                resourcesVpcConfig={"subnetIds": ["subnet-emulator"]},
            )

    def secret_of(self, access_key):
        if access_key == self.credentials.get("access_key_id"):
            return self.credentials.get("secret_access_key")
        return None

    def principal(self, value):
        return self.caller_arn if value == "caller" else value

    def cluster(self, name):
        return next((c for c in self.data.get("clusters", []) if c["name"] == name), None)

    def entries(self, cluster):
        return [
            e for e in self.data.get("access_entries", []) if e.get("cluster") == cluster
        ]

    def rule(self, table, action):
        for item in self.data.get(table, []):
            if item.get("action") == action:
                return item
        return None

    def simulate(self, action):
        rules = self.data.get("simulation", {})
        for rule in rules.get("rules", []):
            if rule.get("action") == action:
                return rule.get("decision", "implicitDeny")
        return rules.get("default", "allowed")


SCOPE = re.compile(r"Credential=([^/]+)/\d+/([^/]+)/([^/]+)/aws4_request")


class Front(BaseHTTPRequestHandler):
    scenario: Scenario = None
    global_sts = False
    protocol_version = "HTTP/1.1"

    def log_message(self, *args):
        pass

    def date_time_string(self, timestamp=None):
        return super().date_time_string((timestamp or time.time()) + self.scenario.clock_offset)

    # -- answering -------------------------------------------------------------------------

    def send(self, status, body, content_type, headers=None):
        data = body.encode() if isinstance(body, str) else body
        self.send_response(status)
        self.send_header("Content-Type", content_type)
        self.send_header("Content-Length", str(len(data)))
        self.send_header("x-amzn-RequestId", str(uuid.uuid4()))
        for name, value in (headers or {}).items():
            self.send_header(name, value)
        self.end_headers()
        self.wfile.write(data)

    def send_json(self, status, value, error_type=None):
        headers = {"x-amzn-ErrorType": error_type} if error_type else None
        self.send(status, json.dumps(value), "application/json", headers)

    def send_query_error(self, status, code, message, service):
        ns = IAM_NS if service == "iam" else STS_NS
        body = (
            f'<ErrorResponse xmlns="{ns}"><Error><Type>Sender</Type><Code>{code}</Code>'
            f"<Message>{xml_escape(message)}</Message></Error>"
            f"<RequestId>{uuid.uuid4()}</RequestId></ErrorResponse>"
        )
        self.send(status, body, "text/xml")

    def send_error_for(self, service, status, code, message):
        if service == "eks":
            self.send_json(status, {"message": message}, code)
        else:
            self.send_query_error(status, code, message, service)

    # -- forwarding ------------------------------------------------------------------------

    def forward(self, body):
        url = urllib.parse.urlparse(self.scenario.moto_url)
        conn = http.client.HTTPConnection(url.hostname, url.port, timeout=30)
        headers = {k: v for k, v in self.headers.items() if k.lower() != "host"}
        headers["Host"] = f"{url.hostname}:{url.port}"
        conn.request(self.command, self.path, body=body, headers=headers)
        response = conn.getresponse()
        data = response.read()
        status = response.status
        content_type = response.getheader("Content-Type", "text/xml")
        skip = {"content-type", "content-length", "connection", "transfer-encoding", "date", "server", "x-amzn-requestid"}
        headers = {k: v for k, v in response.getheaders() if k.lower() not in skip}
        conn.close()
        return status, data, content_type, headers

    # -- dispatch --------------------------------------------------------------------------

    def do_GET(self):
        self.handle_any()

    def do_POST(self):
        self.handle_any()

    def do_PUT(self):
        self.handle_any()

    def do_DELETE(self):
        self.handle_any()

    def caller_of(self, access_key, token=None):
        token = token or self.headers.get("X-Amz-Security-Token")
        try:
            sts = client(
                "sts", self.scenario.moto_url, self.scenario.region, access_key, "x", token
            )
            return sts.get_caller_identity()["Arn"]
        except Exception:  # the denial message still reads well without the ARN
            return f"arn:aws:iam::{self.scenario.account}:user/unknown"

    def handle_any(self):
        length = int(self.headers.get("Content-Length") or 0)
        body = self.rfile.read(length) if length else b""
        if self.path.startswith("/_front/requests"):
            with self.scenario.lock:
                return self.send_json(200, self.scenario.requests)
        query = urllib.parse.parse_qs(urllib.parse.urlparse(self.path).query)
        if self.command == "GET" and "X-Amz-Credential" in query:
            return self.presigned(query)
        match = SCOPE.search(self.headers.get("Authorization", ""))
        if not match:
            return self.send_json(400, {"message": "unsigned request"}, "MissingAuthenticationTokenException")
        access_key, signing_region, service = match.groups()
        path = urllib.parse.urlparse(self.path).path
        if service in ("sts", "iam"):
            form = urllib.parse.parse_qs(body.decode(errors="replace"))
            operation = form.get("Action", [""])[0]
        else:
            form = {}
            operation = eks_operation(self.command, path)
        action = f"{service}:{operation}"
        with self.scenario.lock:
            self.scenario.requests.append(action)

        # AWS refuses a signature whose time is more than 15 minutes from its own clock.
        signed = self.headers.get("X-Amz-Date", "")
        try:
            signed_at = datetime.datetime.strptime(signed, "%Y%m%dT%H%M%SZ").replace(tzinfo=datetime.timezone.utc)
        except ValueError:
            signed_at = None
        if signed_at and abs((self.scenario.now() - signed_at).total_seconds()) > 15 * 60:
            now = self.scenario.now().strftime("%Y%m%dT%H%M%SZ")
            message = f"Signature expired: {signed} is now earlier than {now} - 15 min."
            code = "InvalidSignatureException" if service == "eks" else "SignatureDoesNotMatch"
            return self.send_error_for(service, 403, code, message)
        if self.global_sts and service == "sts" and signing_region != "us-east-1":
            return self.send_query_error(
                403, "SignatureDoesNotMatch", "Credential should be scoped to a valid region. ", "sts"
            )
        fault = self.scenario.rule("faults", action)
        if fault:
            kind = fault.get("kind")
            if kind == "throttle":
                code = "ThrottlingException" if service == "eks" else "Throttling"
                return self.send_error_for(service, 400 if service != "eks" else 429, code, "Rate exceeded")
            if kind == "expired-token":
                code = "ExpiredTokenException" if service == "eks" else "ExpiredToken"
                status = 403 if service == "eks" else 400
                return self.send_error_for(
                    service, status, code, "The security token included in the request is expired"
                )
            if kind == "server-error":
                return self.send(503, b"", "text/plain")
            if kind == "garbage":
                ctype = "application/json" if service == "eks" else "text/xml"
                return self.send(200, b"<<this is not a response>>", ctype)
            if kind in ("endless", "trickle", "bare-429"):
                return send_hostile(self, kind, "application/json" if service == "eks" else "text/xml")
        deny = self.scenario.rule("deny", action)
        if deny:
            caller = self.caller_of(access_key)
            resource = deny.get("resource") or resource_for(self.scenario, service, path, form)
            reason = deny.get("reason", f"because no identity-based policy allows the {action} action")
            message = f"User: {caller} is not authorized to perform: {action} on resource: {resource} {reason}"
            code = "AccessDeniedException" if service == "eks" else "AccessDenied"
            return self.send_error_for(service, 403, code, message)

        if service == "iam" and operation == "SimulatePrincipalPolicy":
            return self.simulate(form)
        if service == "eks" and operation in ("ListAccessEntries", "DescribeAccessEntry", "ListAssociatedAccessPolicies"):
            return self.access_entries(operation, path)
        if service == "eks" and operation == "CreateAccessEntry":
            return self.send_json(403, {"message": "the emulator does not create access entries"}, "AccessDeniedException")
        status, data, content_type, headers = self.forward(body)
        if service == "eks" and operation == "DescribeCluster" and status == 200:
            data = self.patch_cluster(data)
        self.send(status, data, content_type, headers)

    # -- what moto lacks ---------------------------------------------------------------------

    def presigned(self, query):
        """A presigned GET, as the EKS authenticator sends an EKS token's URL: STS checks the
        signature with the key's secret, the time window, and answers GetCallerIdentity. moto
        reads neither the query's credential nor its signature, so the front does."""
        one = {name: values[0] for name, values in query.items()}
        if one.get("Action") != "GetCallerIdentity" or one.get("Version") != "2011-06-15":
            return self.send_query_error(400, "InvalidAction", "Only GetCallerIdentity may be presigned here.", "sts")
        with self.scenario.lock:
            self.scenario.requests.append("sts:GetCallerIdentity(presigned)")
        try:
            access_key, date, region, service, _ = one["X-Amz-Credential"].split("/")
            signed_at = datetime.datetime.strptime(one["X-Amz-Date"], "%Y%m%dT%H%M%SZ").replace(tzinfo=datetime.timezone.utc)
            signed_headers = one["X-Amz-SignedHeaders"].split(";")
            signature = one["X-Amz-Signature"]
        except (KeyError, ValueError):
            return self.send_query_error(400, "AuthorizationQueryParametersError", "The presigned URL is incomplete.", "sts")
        now = self.scenario.now()
        # STS honours a GetCallerIdentity URL for 15 minutes from its signing time.
        if abs((now - signed_at).total_seconds()) > 15 * 60:
            return self.send_query_error(403, "SignatureDoesNotMatch", "Signature expired: the request time is not within 15 minutes of now.", "sts")
        secret = self.scenario.secret_of(access_key)
        if secret is None:
            return self.send_query_error(403, "InvalidClientTokenId", "The security token included in the request is invalid.", "sts")
        expected = [
            sigv4_query_signature(secret, self.headers, signed_headers, query, date, region, service, payload)
            for payload in (hashlib.sha256(b"").hexdigest(), "UNSIGNED-PAYLOAD")
        ]
        if signature not in expected:
            return self.send_query_error(403, "SignatureDoesNotMatch", "The request signature we calculated does not match the signature you provided.", "sts")
        arn = self.caller_of(access_key, one.get("X-Amz-Security-Token"))
        account = arn.split(":")[4]
        body = (
            f'<GetCallerIdentityResponse xmlns="{STS_NS}"><GetCallerIdentityResult>'
            f"<Arn>{xml_escape(arn)}</Arn><UserId>{access_key}</UserId><Account>{account}</Account>"
            "</GetCallerIdentityResult>"
            f"<ResponseMetadata><RequestId>{uuid.uuid4()}</RequestId></ResponseMetadata>"
            "</GetCallerIdentityResponse>"
        )
        self.send(200, body, "text/xml")

    def simulate(self, form):
        actions = [v[0] for k, v in sorted(form.items(), key=lambda kv: member_index(kv[0])) if k.startswith("ActionNames.member.")]
        resources = [v[0] for k, v in form.items() if k.startswith("ResourceArns.member.")] or ["*"]
        members = "".join(
            "<member>"
            f"<EvalActionName>{xml_escape(a)}</EvalActionName>"
            f"<EvalResourceName>{xml_escape(resources[0])}</EvalResourceName>"
            f"<EvalDecision>{self.scenario.simulate(a)}</EvalDecision>"
            "<MatchedStatements/><MissingContextValues/>"
            "</member>"
            for a in actions
        )
        body = (
            f'<SimulatePrincipalPolicyResponse xmlns="{IAM_NS}"><SimulatePrincipalPolicyResult>'
            f"<IsTruncated>false</IsTruncated><EvaluationResults>{members}</EvaluationResults>"
            "</SimulatePrincipalPolicyResult>"
            f"<ResponseMetadata><RequestId>{uuid.uuid4()}</RequestId></ResponseMetadata>"
            "</SimulatePrincipalPolicyResponse>"
        )
        self.send(200, body, "text/xml")

    def access_entries(self, operation, path):
        parts = [urllib.parse.unquote(p) for p in path.strip("/").split("/")]
        cluster = parts[1]
        if not self.scenario.cluster(cluster):
            return self.send_json(404, {"message": f"No cluster found for name: {cluster}."}, "ResourceNotFoundException")
        entries = self.scenario.entries(cluster)
        if operation == "ListAccessEntries":
            arns = [self.scenario.principal(e["principal"]) for e in entries]
            return self.send_json(200, {"accessEntries": arns})
        principal = parts[3]
        entry = next((e for e in entries if self.scenario.principal(e["principal"]).lower() == principal.lower()), None)
        if entry is None:
            return self.send_json(404, {"message": f"The specified principalArn could not be found."}, "ResourceNotFoundException")
        now = time.time()
        if operation == "DescribeAccessEntry":
            return self.send_json(200, {"accessEntry": {
                "clusterName": cluster,
                "principalArn": principal,
                "kubernetesGroups": entry.get("groups", []),
                "accessEntryArn": f"arn:aws:eks:{self.scenario.region}:{self.scenario.account}:access-entry/{cluster}/role/{uuid.uuid4()}",
                "createdAt": now,
                "modifiedAt": now,
                "tags": {},
                "username": entry.get("username", principal),
                "type": entry.get("type", "STANDARD"),
            }})
        policies = [
            {
                "policyArn": f"arn:aws:eks::aws:cluster-access-policy/{p['name']}",
                "accessScope": {"type": p.get("scope", "cluster"), "namespaces": p.get("namespaces", [])},
                "associatedAt": now,
                "modifiedAt": now,
            }
            for p in entry.get("policies", [])
        ]
        return self.send_json(200, {"clusterName": cluster, "principalArn": principal, "associatedAccessPolicies": policies})

    def patch_cluster(self, data):
        try:
            document = json.loads(data)
        except ValueError:
            return data
        cluster = document.get("cluster", {})
        wanted = self.scenario.cluster(cluster.get("name")) or {}
        if wanted.get("authentication_mode"):
            cluster["accessConfig"] = {
                "bootstrapClusterCreatorAdminPermissions": True,
                "authenticationMode": wanted["authentication_mode"],
            }
        issues = wanted.get("health_issues", [])
        if issues:
            cluster["health"] = {"issues": [{"code": code, "message": code, "resourceIds": []} for code in issues]}
        if wanted.get("platform_version"):
            cluster["platformVersion"] = wanted["platform_version"]
        kube = self.scenario.kubernetes.get(cluster.get("name"))
        if kube:
            cluster["endpoint"], cluster["certificateAuthority"] = kube[0], {"data": kube[1]}
        else:
            # No API server stands behind this cluster: say so as EKS does while a cluster is
            # being created, rather than name moto's made-up host that a probe would look up.
            cluster.pop("endpoint", None)
            cluster.pop("certificateAuthority", None)
        vpc = cluster.setdefault("resourcesVpcConfig", {})
        vpc["endpointPublicAccess"] = wanted.get("endpoint_public", True)
        vpc["endpointPrivateAccess"] = wanted.get("endpoint_private", not wanted.get("endpoint_public", True))
        return json.dumps(document).encode()


def sigv4_query_signature(secret, headers, signed_headers, query, date, region, service, payload):
    """The SigV4 signature of a presigned GET to `/`, computed as the service does."""
    quote = lambda text: urllib.parse.quote(text, safe="-_.~")
    pairs = sorted(
        (quote(name), quote(value))
        for name, values in query.items()
        if name != "X-Amz-Signature"
        for value in values
    )
    canonical_query = "&".join(f"{name}={value}" for name, value in pairs)
    canonical_headers = "".join(
        f"{name}:{' '.join((headers.get(name) or '').split())}\n" for name in signed_headers
    )
    canonical = "\n".join(["GET", "/", canonical_query, canonical_headers, ";".join(signed_headers), payload])
    amz_date = query["X-Amz-Date"][0]
    scope = f"{date}/{region}/{service}/aws4_request"
    to_sign = "\n".join(["AWS4-HMAC-SHA256", amz_date, scope, hashlib.sha256(canonical.encode()).hexdigest()])
    key = ("AWS4" + secret).encode()
    for part in (date, region, service, "aws4_request"):
        key = hmac.new(key, part.encode(), hashlib.sha256).digest()
    return hmac.new(key, to_sign.encode(), hashlib.sha256).hexdigest()


def member_index(key):
    match = re.search(r"\.(\d+)$", key)
    return int(match.group(1)) if match else 0


def xml_escape(text):
    return text.replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;")


def eks_operation(method, path):
    parts = path.strip("/").split("/")
    if parts[0] != "clusters":
        return "Unknown"
    if len(parts) == 1:
        return "ListClusters" if method == "GET" else "CreateCluster"
    if len(parts) == 2:
        return {"GET": "DescribeCluster", "DELETE": "DeleteCluster"}.get(method, "Unknown")
    if parts[2] == "access-entries":
        if len(parts) == 3:
            return "ListAccessEntries" if method == "GET" else "CreateAccessEntry"
        if len(parts) == 4:
            return {"GET": "DescribeAccessEntry", "DELETE": "DeleteAccessEntry", "POST": "UpdateAccessEntry"}.get(method, "Unknown")
        if len(parts) >= 5 and parts[4] == "access-policies":
            return "ListAssociatedAccessPolicies" if method == "GET" and len(parts) == 5 else "AssociateAccessPolicy"
    if parts[2] == "node-groups":
        return "ListNodegroups" if len(parts) == 3 and method == "GET" else "DescribeNodegroup"
    return "Unknown"


def resource_for(scenario, service, path, form):
    if service == "eks":
        parts = path.strip("/").split("/")
        if len(parts) >= 2:
            return f"arn:aws:eks:{scenario.region}:{scenario.account}:cluster/{parts[1]}"
        return f"arn:aws:eks:{scenario.region}:{scenario.account}:cluster/*"
    if service == "iam" and "RoleName" in form:
        return f"arn:aws:iam::{scenario.account}:role/{form['RoleName'][0]}"
    if service == "sts" and "RoleArn" in form:
        return form["RoleArn"][0]
    return "*"


def serve(handler_class, scenario, global_sts):
    handler = type("Handler", (handler_class,), {"scenario": scenario, "global_sts": global_sts})
    server = ThreadingHTTPServer(("127.0.0.1", 0), handler)
    server.daemon_threads = True
    threading.Thread(target=server.serve_forever, daemon=True).start()
    return server


def main():
    parser = argparse.ArgumentParser()
    parser.add_argument("--scenario", required=True)
    parser.add_argument("--moto-server", required=True)
    parser.add_argument("--watch-stdin", action="store_true")
    args = parser.parse_args()

    moto, moto_url = start_moto(args.moto_server)

    def stop(*_):
        moto.terminate()
        try:
            moto.wait(timeout=5)
        except subprocess.TimeoutExpired:
            moto.kill()
        os._exit(0)

    signal.signal(signal.SIGTERM, stop)
    signal.signal(signal.SIGINT, stop)
    try:
        scenario = Scenario(args.scenario, moto_url)
        scenario.setup()
    except Exception as error:
        print(json.dumps({"error": str(error)}), flush=True)
        stop()
    front = serve(Front, scenario, False)
    global_sts = serve(Front, scenario, True)
    endpoint = f"http://127.0.0.1:{front.server_address[1]}"
    global_endpoint = f"http://127.0.0.1:{global_sts.server_address[1]}"
    if "kubernetes" in scenario.data:
        import kube_front

        for cluster in scenario.data.get("clusters", []):
            scenario.kubernetes[cluster["name"]] = kube_front.serve(scenario, endpoint, cluster["name"])
            if not cluster.get("endpoint_public", True):
                # From outside its VPC a private endpoint does not answer: name a loopback port
                # that takes connections and never says a word, as a dropped route looks.
                scenario.kubernetes[cluster["name"]] = (kube_front.silent_port_url(), scenario.kubernetes[cluster["name"]][1])
            if scenario.data["kubernetes"].get("ca") == "other":
                # A TLS-inspecting proxy's view: the server's certificate is not the cluster CA's.
                scenario.kubernetes[cluster["name"]] = (scenario.kubernetes[cluster["name"]][0], kube_front.other_ca())
    env = {
        key: str(value).replace("{front}", endpoint).replace("{global}", global_endpoint)
        for key, value in scenario.data.get("env", {}).items()
    }
    print(json.dumps({
        "endpoint": endpoint,
        "global_sts_endpoint": global_endpoint,
        "moto": moto_url,
        "region": scenario.region,
        "caller_arn": scenario.caller_arn,
        "credentials": scenario.credentials,
        "users": scenario.users,
        "env": env,
        "kubernetes": {name: {"endpoint": e, "ca_data": ca} for name, (e, ca) in scenario.kubernetes.items()},
    }), flush=True)
    if args.watch_stdin:
        # The test that started us is gone when its end of the pipe closes.
        sys.stdin.read()
        stop()
    else:
        while True:
            time.sleep(3600)


if __name__ == "__main__":
    main()
