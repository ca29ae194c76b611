#!/usr/bin/env python3
"""Makes an EKS token with the AWS CLI's own code (awscli.customizations.eks.get_token:
STSClientFactory, TokenGenerator, GetTokenCommand.get_expiration_time) under a pinned clock,
with the credentials given on the command line and no configuration file, so a test can compare
it byte for byte with the tool's.

    cli_token.py --access-key-id K --secret-access-key S [--session-token T]
                 --region R --cluster C --time UNIX_SECONDS

prints one JSON line: {"token", "url", "expiration", "awscli", "botocore"}.
"""

import argparse
import base64
import datetime
import json
import os

import awscli
import botocore
import botocore.session
from awscli.customizations.eks import get_token


def main():
    parser = argparse.ArgumentParser()
    parser.add_argument("--access-key-id", required=True)
    parser.add_argument("--secret-access-key", required=True)
    parser.add_argument("--session-token")
    parser.add_argument("--region", required=True)
    parser.add_argument("--cluster", required=True)
    parser.add_argument("--time", type=int, required=True)
    args = parser.parse_args()

    pinned = datetime.datetime.fromtimestamp(args.time, datetime.timezone.utc).replace(tzinfo=None)

    class PinnedDateTime(datetime.datetime):
        """botocore.auth signs at datetime.datetime.utcnow(); get_token dates the expiry so."""

        @classmethod
        def utcnow(cls):
            return pinned

    # botocore.auth reads the clock through the datetime module; get_token imported the class.
    datetime.datetime = PinnedDateTime
    get_token.datetime = PinnedDateTime

    # Nothing from the developer's own configuration: the credentials are the ones given.
    for name in list(os.environ):
        if name.startswith("AWS_") and name not in ("AWS_CONFIG_FILE", "AWS_SHARED_CREDENTIALS_FILE"):
            del os.environ[name]
    session = botocore.session.Session()
    session.set_credentials(args.access_key_id, args.secret_access_key, args.session_token)
    sts = get_token.STSClientFactory(session).get_sts_client(region_name=args.region)
    token = get_token.TokenGenerator(sts).get_token(args.cluster)
    expiration = get_token.GetTokenCommand(session).get_expiration_time()
    encoded = token[len(get_token.TOKEN_PREFIX):]
    url = base64.urlsafe_b64decode(encoded + "=" * (-len(encoded) % 4)).decode()
    print(json.dumps({
        "token": token,
        "url": url,
        "expiration": expiration,
        "awscli": awscli.__version__,
        "botocore": botocore.__version__,
    }))


if __name__ == "__main__":
    main()
