//! One end-to-end check over a real socket: bind port 0, raw HTTP/1.1 GET, read the answer.

use teamtailor_mock::{app, MockConfig};
use tokio::io::{AsyncReadExt, AsyncWriteExt};
use tokio::net::{TcpListener, TcpStream};

#[tokio::test]
async fn server_on_a_free_port_answers_raw_http() {
    let listener = TcpListener::bind("127.0.0.1:0").await.expect("bind port 0");
    let address = listener.local_addr().expect("local address");
    let server = tokio::spawn(async move {
        axum::serve(listener, app(MockConfig::default()))
            .await
            .expect("serve");
    });

    let mut stream = TcpStream::connect(address).await.expect("connect");
    let request = format!(
        "GET /v1/jobs/7101?api_key=demo-public-key&api_version=20240904 HTTP/1.1\r\n\
         Host: {address}\r\nConnection: close\r\n\r\n"
    );
    stream.write_all(request.as_bytes()).await.expect("write");
    let mut raw = String::new();
    stream.read_to_string(&mut raw).await.expect("read");
    server.abort();

    let (head, body) = raw.split_once("\r\n\r\n").expect("head and body");
    assert!(head.starts_with("HTTP/1.1 200 OK\r\n"), "{head}");
    assert!(
        head.contains("content-type: application/vnd.api+json"),
        "{head}"
    );
    let document: serde_json::Value = serde_json::from_str(body).expect("JSON body");
    assert_eq!(
        document["data"]["links"]["self"],
        format!("http://{address}/v1/jobs/7101")
    );
}
