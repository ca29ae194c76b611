//! The read-only guard: a mutating call is refused inside the process; the server never sees
//! a single byte of it.

use std::net::TcpListener;
use std::time::Duration;

use eks_iam_tui::aws::{AwsError, AwsSettings, SdkApi, classify, load_session};

fn isolated_env(port: u16) {
    // This test binary holds only these tests; they all want the same environment.
    let dir = std::env::temp_dir().join(format!("eks-iam-tui-ro-{}", std::process::id()));
    std::fs::create_dir_all(&dir).unwrap();
    std::fs::write(dir.join("config"), "").unwrap();
    std::fs::write(dir.join("credentials"), "").unwrap();
    // SAFETY: set before any thread reads the environment (start of each test, same values).
    unsafe {
        std::env::set_var("AWS_CONFIG_FILE", dir.join("config"));
        std::env::set_var("AWS_SHARED_CREDENTIALS_FILE", dir.join("credentials"));
        std::env::set_var("AWS_EC2_METADATA_DISABLED", "true");
        std::env::set_var("AWS_ACCESS_KEY_ID", "AKIATESTTESTTEST0001");
        std::env::set_var("AWS_SECRET_ACCESS_KEY", "test-secret-never-shown");
        std::env::set_var("AWS_ENDPOINT_URL", format!("http://127.0.0.1:{port}"));
    }
}

#[tokio::test]
async fn mutating_calls_never_leave_the_process() {
    let listener = TcpListener::bind("127.0.0.1:0").unwrap();
    listener.set_nonblocking(true).unwrap();
    isolated_env(listener.local_addr().unwrap().port());
    let session = load_session(&AwsSettings {
        region: Some("us-west-2".into()),
        call_timeout: Duration::from_secs(2),
        ..AwsSettings::default()
    })
    .await;
    let api = SdkApi::new(&session, true);

    let create_entry = api
        .eks()
        .create_access_entry()
        .cluster_name("demo")
        .principal_arn("arn:aws:iam::123456789012:role/x")
        .send()
        .await
        .expect_err("CreateAccessEntry must be refused");
    assert_eq!(
        classify(&create_entry),
        AwsError::Refused {
            operation: "CreateAccessEntry".into()
        }
    );
    let create_role = api
        .iam()
        .create_role()
        .role_name("x")
        .assume_role_policy_document("{}")
        .send()
        .await
        .expect_err("CreateRole must be refused");
    assert_eq!(classify(&create_role).kind(), "refused");

    // Near misses of the allow-list, each refused by its exact name. The first two issue
    // credentials though their names start like reads.
    let refused = |result: AwsError| match result {
        AwsError::Refused { operation } => operation,
        other => panic!("not refused: {other:?}"),
    };
    let get_session_token = api.sts().get_session_token().send().await;
    assert_eq!(
        refused(classify(&get_session_token.expect_err("GetSessionToken"))),
        "GetSessionToken"
    );
    let get_federation_token = api.sts().get_federation_token().name("x").send().await;
    assert_eq!(
        refused(classify(
            &get_federation_token.expect_err("GetFederationToken")
        )),
        "GetFederationToken"
    );
    let associate = api
        .eks()
        .associate_access_policy()
        .cluster_name("demo")
        .principal_arn("arn:aws:iam::123456789012:role/x")
        .policy_arn("arn:aws:eks::aws:cluster-access-policy/AmazonEKSClusterAdminPolicy")
        .send()
        .await;
    assert_eq!(
        refused(classify(&associate.expect_err("AssociateAccessPolicy"))),
        "AssociateAccessPolicy"
    );
    let update_trust = api
        .iam()
        .update_assume_role_policy()
        .role_name("x")
        .policy_document("{}")
        .send()
        .await;
    assert_eq!(
        refused(classify(&update_trust.expect_err("UpdateAssumeRolePolicy"))),
        "UpdateAssumeRolePolicy"
    );

    // Nothing connected: the refusal happened before any request was built.
    assert_eq!(
        listener.accept().map(|_| ()).unwrap_err().kind(),
        std::io::ErrorKind::WouldBlock
    );
}
