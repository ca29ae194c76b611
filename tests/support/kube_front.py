"""A loopback Kubernetes API front for tests, over TLS with a CA made for each run. It
authenticates an EKS bearer token the way the EKS authenticator does (decode it, check the
presigned URL's shape and signed cluster header, then execute the URL against the emulator's
STS to learn the ARN), maps the ARN through the scenario's access entries and aws-auth
ConfigMap, and answers SelfSubjectReview, SelfSubjectAccessReview and a few reads from the
scenario's RBAC. It answers from the scenario, never from knowledge of a test.

The scenario's `[kubernetes]` table:
    aws_auth = '''mapRoles: |...'''        # the ConfigMap's data, as YAML; absent: no ConfigMap
    [[kubernetes.bindings]]                # RBAC: who (group:NAME or user:NAME) may do what
    subject = "group:eks-console-dashboard-full-access-group"
    verbs = ["get", "list"]
    resources = ["nodes", "namespaces", "pods"]
    namespace = "default"                  # optional: a RoleBinding in one namespace
    [[kubernetes.service_accounts]]
    namespace = "payments"; name = "api"; annotations = { "eks.amazonaws.com/role-arn" = "..." }
    endless_config_map = true              # optional: every ConfigMap read answers a body that never ends
"""

import base64
import datetime
import http.client
import ipaddress
import json
import re
import socket
import ssl
import sys
import tempfile
import threading
import time
import urllib.parse
from http.server import BaseHTTPRequestHandler, ThreadingHTTPServer

import yaml
from cryptography import x509
from cryptography.hazmat.primitives import hashes, serialization
from cryptography.hazmat.primitives.asymmetric import ec
from cryptography.x509.oid import NameOID

TOKEN_PREFIX = "k8s-aws-v1."
STS_HOST = re.compile(r"^sts(\.[a-z0-9-]+)?\.amazonaws\.com(\.cn)?$")
READ_VERBS = ["get", "list", "watch"]

# What the EKS access policies grant, as far as the tests need (UG access-policies).
POLICIES = {
    "AmazonEKSClusterAdminPolicy": {"verbs": ["*"], "resources": ["*"], "exclude": []},
    "AmazonEKSAdminViewPolicy": {"verbs": READ_VERBS, "resources": ["*"], "exclude": []},
    "AmazonEKSAdminPolicy": {"verbs": ["*"], "resources": ["*"], "exclude": ["nodes", "namespaces"]},
    "AmazonEKSEditPolicy": {"verbs": ["*"], "resources": ["*"], "exclude": ["nodes", "namespaces", "secrets"]},
    "AmazonEKSViewPolicy": {"verbs": READ_VERBS, "resources": ["*"], "exclude": ["nodes", "secrets"]},
}


def make_certificates():
    """A CA and a server certificate for 127.0.0.1, new for every run."""
    now = datetime.datetime.now(datetime.timezone.utc)
    ca_key = ec.generate_private_key(ec.SECP256R1())
    ca_name = x509.Name([x509.NameAttribute(NameOID.COMMON_NAME, "eks-iam-tui test CA")])
    ca = (
        x509.CertificateBuilder()
        .subject_name(ca_name).issuer_name(ca_name).public_key(ca_key.public_key())
        .serial_number(x509.random_serial_number())
        .not_valid_before(now - datetime.timedelta(hours=1)).not_valid_after(now + datetime.timedelta(days=1))
        .add_extension(x509.BasicConstraints(ca=True, path_length=None), critical=True)
        .add_extension(x509.KeyUsage(False, False, False, False, False, True, True, False, False), critical=True)
        .sign(ca_key, hashes.SHA256())
    )
    key = ec.generate_private_key(ec.SECP256R1())
    cert = (
        x509.CertificateBuilder()
        .subject_name(x509.Name([x509.NameAttribute(NameOID.COMMON_NAME, "kube-apiserver")]))
        .issuer_name(ca_name).public_key(key.public_key())
        .serial_number(x509.random_serial_number())
        .not_valid_before(now - datetime.timedelta(hours=1)).not_valid_after(now + datetime.timedelta(days=1))
        .add_extension(x509.SubjectAlternativeName([
            x509.IPAddress(ipaddress.ip_address("127.0.0.1")), x509.DNSName("localhost")]), critical=False)
        .add_extension(x509.ExtendedKeyUsage([x509.oid.ExtendedKeyUsageOID.SERVER_AUTH]), critical=False)
        .sign(ca_key, hashes.SHA256())
    )
    pem = lambda c: c.public_bytes(serialization.Encoding.PEM)
    key_pem = key.private_bytes(serialization.Encoding.PEM, serialization.PrivateFormat.PKCS8, serialization.NoEncryption())
    return pem(ca), pem(cert), key_pem


def canonical_arn(arn):
    """aws-iam-authenticator's canonicalisation: a session is its role, without path."""
    parts = arn.split(":", 5)
    if len(parts) == 6 and parts[2] == "sts" and parts[5].startswith("assumed-role/"):
        role = parts[5].split("/")[1]
        return f"arn:{parts[1]}:iam::{parts[4]}:role/{role}"
    return arn


class Kubernetes:
    def __init__(self, scenario, sts_endpoint, cluster):
        self.scenario = scenario
        self.sts_endpoint = sts_endpoint
        self.cluster = cluster
        self.data = scenario.data.get("kubernetes", {})

    # -- authentication ----------------------------------------------------------------------

    def authenticate(self, authorization):
        """The caller's ARN, or None (401), as the authenticator decides it."""
        if not authorization.startswith("Bearer " + TOKEN_PREFIX):
            return None
        encoded = authorization[len("Bearer " + TOKEN_PREFIX):]
        try:
            url = base64.urlsafe_b64decode(encoded + "=" * (-len(encoded) % 4)).decode()
        except ValueError:
            return None
        parsed = urllib.parse.urlparse(url)
        query = urllib.parse.parse_qs(parsed.query)
        one = {k: v[0] for k, v in query.items()}
        if parsed.scheme != "https" or not STS_HOST.match(parsed.hostname or "") or parsed.path != "/":
            return None
        if one.get("Action") != "GetCallerIdentity" or one.get("Version") != "2011-06-15":
            return None
        if "x-k8s-aws-id" not in one.get("X-Amz-SignedHeaders", "").split(";"):
            return None
        try:
            signed = datetime.datetime.strptime(one["X-Amz-Date"], "%Y%m%dT%H%M%SZ").replace(tzinfo=datetime.timezone.utc)
        except (KeyError, ValueError):
            return None
        if abs(self.scenario.now() - signed) > datetime.timedelta(minutes=15):
            return None
        # Execute the URL against STS (the emulator's), sending this cluster's id: a token
        # made for another cluster fails the signature there.
        sts = urllib.parse.urlparse(self.sts_endpoint)
        conn = http.client.HTTPConnection(sts.hostname, sts.port, timeout=10)
        conn.request("GET", f"/?{parsed.query}", headers={"Host": parsed.hostname, "x-k8s-aws-id": self.cluster})
        response = conn.getresponse()
        body = response.read().decode(errors="replace")
        conn.close()
        match = re.search(r"<Arn>([^<]+)</Arn>", body)
        if response.status != 200 or not match:
            return None
        return match.group(1), one.get("X-Amz-Credential", "").split("/")[0]

    def mapping(self, arn):
        """(username, groups, source) for the ARN, or None: access entries win over aws-auth."""
        canonical = canonical_arn(arn).lower()
        cluster = self.scenario.cluster(self.cluster) or {}
        mode = cluster.get("authentication_mode", "CONFIG_MAP")
        if mode != "CONFIG_MAP":
            for entry in self.scenario.entries(self.cluster):
                if canonical_arn(self.scenario.principal(entry["principal"])).lower() == canonical:
                    return entry.get("username", arn), entry.get("groups", []), entry
        if mode != "API":
            data = yaml.safe_load(self.data.get("aws_auth", "")) or {}
            for key, field in (("mapRoles", "rolearn"), ("mapUsers", "userarn")):
                for item in yaml.safe_load(data.get(key, "") or "") or []:
                    lowered = {k.lower(): v for k, v in item.items()}
                    if str(lowered.get(field, "")).lower() == canonical:
                        session = arn.rsplit("/", 1)[-1]
                        username = str(lowered.get("username", arn)).replace("{{SessionName}}", session)
                        return username, lowered.get("groups", []), None
        return None

    # -- authorization -----------------------------------------------------------------------

    def decide(self, username, groups, entry, verb, resource, namespace):
        """(allowed, reason) as the apiserver's authorizers would say it."""
        for policy in (entry or {}).get("policies", []):
            grant = POLICIES.get(policy["name"])
            if not grant or (policy.get("scope", "cluster") == "namespace" and namespace not in policy.get("namespaces", [])):
                continue
            if ("*" in grant["verbs"] or verb in grant["verbs"]) and resource not in grant["exclude"]:
                return True, f'EKS Access Policy: allowed by ClusterRoleBinding "arn:aws:eks::aws:cluster-access-policy/{policy["name"]}" of ClusterRole "arn:aws:eks::aws:cluster-access-policy/{policy["name"]}" to User "{username}"'
        for binding in self.data.get("bindings", []):
            kind, _, name = binding["subject"].partition(":")
            if not ((kind == "group" and name in groups) or (kind == "user" and name == username)):
                continue
            if binding.get("namespace") and binding["namespace"] != namespace:
                continue
            verbs, resources = binding.get("verbs", []), binding.get("resources", [])
            if ("*" in verbs or verb in verbs) and ("*" in resources or resource in resources):
                what = "RoleBinding" if binding.get("namespace") else "ClusterRoleBinding"
                return True, f'RBAC: allowed by {what} "{binding.get("name", name)}" to {kind.capitalize()} "{name}"'
        if "system:masters" in groups:
            return True, ""
        return False, ""


def status(code, reason, message):
    return {"kind": "Status", "apiVersion": "v1", "metadata": {}, "status": "Failure",
            "message": message, "reason": reason, "code": code}


class ApiHandler(BaseHTTPRequestHandler):
    kube: Kubernetes = None
    protocol_version = "HTTP/1.1"

    def log_message(self, *args):
        pass

    def reply(self, code, value):
        data = json.dumps(value).encode()
        self.send_response(code)
        self.send_header("Content-Type", "application/json")
        self.send_header("Content-Length", str(len(data)))
        self.end_headers()
        self.wfile.write(data)

    def do_GET(self):
        self.handle_any()

    def do_POST(self):
        self.handle_any()

    def handle_any(self):
        length = int(self.headers.get("Content-Length") or 0)
        raw = self.rfile.read(length) if length else b""
        try:
            body = json.loads(raw or b"{}")
        except ValueError:
            # kubectl's typed requests are protobuf; this front speaks JSON only, as a real
            # API server answers a content type it does not serve.
            return self.reply(415, status(415, "UnsupportedMediaType", "only application/json is served"))
        with self.kube.scenario.lock:
            self.kube.scenario.requests.append(f"k8s:{self.command} {urllib.parse.urlparse(self.path).path}")
        who = self.kube.authenticate(self.headers.get("Authorization", ""))
        mapped = who and self.kube.mapping(who[0])
        if not mapped:
            return self.reply(401, status(401, "Unauthorized", "Unauthorized"))
        (arn, access_key), (username, groups, entry) = who, mapped
        groups = list(groups) + ["system:authenticated"]
        path = urllib.parse.urlparse(self.path).path
        if self.command == "GET" and path == "/version":
            return self.reply(200, {"major": "1", "minor": "33", "gitVersion": "v1.33.0-eks-front",
                                    "platform": "linux/amd64"})
        if self.command == "POST" and path == "/apis/authentication.k8s.io/v1/selfsubjectreviews":
            session = arn.rsplit("/", 1)[-1] if ":assumed-role/" in arn else None
            extra = {"arn": [arn], "canonicalArn": [canonical_arn(arn)], "accessKeyId": [access_key]}
            if session:
                extra["sessionName"] = [session]
            return self.reply(201, {"kind": "SelfSubjectReview", "apiVersion": "authentication.k8s.io/v1",
                                    "metadata": {}, "status": {"userInfo": {
                                        "username": username, "uid": f"aws-iam-authenticator:{access_key}",
                                        "groups": groups, "extra": extra}}})
        if self.command == "POST" and path == "/apis/authorization.k8s.io/v1/selfsubjectaccessreviews":
            attributes = body.get("spec", {}).get("resourceAttributes", {})
            allowed, reason = self.kube.decide(username, groups, entry, attributes.get("verb", ""),
                                               attributes.get("resource", ""), attributes.get("namespace", ""))
            answer = dict(body, status={"allowed": allowed, "reason": reason} if reason else {"allowed": allowed})
            return self.reply(201, answer)
        match = re.fullmatch(r"/api/v1/namespaces/([^/]+)/(configmaps|serviceaccounts)/([^/]+)", path)
        if self.command == "GET" and match:
            namespace, resource, name = match.groups()
            allowed, _ = self.kube.decide(username, groups, entry, "get", resource, namespace)
            if not allowed:
                return self.reply(403, status(403, "Forbidden",
                    f'{resource} "{name}" is forbidden: User "{username}" cannot get resource "{resource}" in API group "" in the namespace "{namespace}"'))
            if resource == "configmaps" and self.kube.data.get("endless_config_map"):
                return self.endless()
            found = self.lookup(namespace, resource, name)
            if found is None:
                return self.reply(404, status(404, "NotFound", f'{resource} "{name}" not found'))
            return self.reply(200, found)
        return self.reply(404, status(404, "NotFound", "the server could not find the requested resource"))

    def endless(self):
        """A ConfigMap whose data never ends (chunked, until the client goes away or 30 s)."""
        self.send_response(200)
        self.send_header("Content-Type", "application/json")
        self.send_header("Transfer-Encoding", "chunked")
        self.end_headers()
        started = time.monotonic()
        chunk = b'{"kind":"ConfigMap","apiVersion":"v1","data":{"mapRoles":"' + b"x" * 65536
        try:
            while time.monotonic() - started < 30:
                self.wfile.write(f"{len(chunk):x}\r\n".encode() + chunk + b"\r\n")
                chunk = b"x" * 65536
        except (BrokenPipeError, ConnectionError, OSError):
            pass
        self.close_connection = True

    def lookup(self, namespace, resource, name):
        data = self.kube.data
        if resource == "configmaps" and (namespace, name) == ("kube-system", "aws-auth") and "aws_auth" in data:
            return {"kind": "ConfigMap", "apiVersion": "v1",
                    "metadata": {"name": "aws-auth", "namespace": "kube-system"},
                    "data": yaml.safe_load(data["aws_auth"]) or {}}
        if resource == "serviceaccounts":
            for account in data.get("service_accounts", []):
                if (account["namespace"], account["name"]) == (namespace, name):
                    return {"kind": "ServiceAccount", "apiVersion": "v1", "metadata": {
                        "name": name, "namespace": namespace, "annotations": account.get("annotations", {})}}
        return None


# Listening sockets that never accept, kept open for the life of the emulator.
SILENT = []


def silent_port_url():
    """An https URL on loopback that takes connections and never answers the TLS handshake."""
    listener = socket.socket(socket.AF_INET, socket.SOCK_STREAM)
    listener.bind(("127.0.0.1", 0))
    listener.listen(16)
    SILENT.append(listener)
    return f"https://127.0.0.1:{listener.getsockname()[1]}"


def other_ca():
    """Base64 of a CA that signed nothing this front shows."""
    return base64.b64encode(make_certificates()[0]).decode()


class QuietServer(ThreadingHTTPServer):
    """A client that refuses the certificate (as the untrusted-CA scenario means it to) aborts
    the handshake: that is the expected end of its request, not an error to print."""

    def handle_error(self, request, client_address):
        if not isinstance(sys.exc_info()[1], (ssl.SSLError, ConnectionError)):
            super().handle_error(request, client_address)


def serve(scenario, sts_endpoint, cluster):
    """Starts the front for `cluster`; returns (endpoint, base64 of the CA's PEM)."""
    ca_pem, cert_pem, key_pem = make_certificates()
    directory = tempfile.mkdtemp(prefix="kube-front-")
    with open(f"{directory}/cert.pem", "wb") as f:
        f.write(cert_pem)
    with open(f"{directory}/key.pem", "wb") as f:
        f.write(key_pem)
    context = ssl.SSLContext(ssl.PROTOCOL_TLS_SERVER)
    context.load_cert_chain(f"{directory}/cert.pem", f"{directory}/key.pem")
    handler = type("KubeHandler", (ApiHandler,), {"kube": Kubernetes(scenario, sts_endpoint, cluster)})
    server = QuietServer(("127.0.0.1", 0), handler)
    server.daemon_threads = True
    # The handshake happens in the request's own thread, so a silent client blocks no one.
    server.socket = context.wrap_socket(server.socket, server_side=True, do_handshake_on_connect=False)
    threading.Thread(target=server.serve_forever, daemon=True).start()
    return f"https://127.0.0.1:{server.server_address[1]}", base64.b64encode(ca_pem).decode()
