package dev.lapse.bench;

import dev.lapse.internal.aws.IssuedCredentials;
import dev.lapse.internal.aws.world.World;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.net.Socket;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import software.amazon.awssdk.auth.credentials.AwsSessionCredentials;
import software.amazon.awssdk.auth.credentials.StaticCredentialsProvider;
import software.amazon.awssdk.awscore.retry.AwsRetryStrategy;
import software.amazon.awssdk.core.exception.SdkClientException;
import software.amazon.awssdk.core.sync.RequestBody;
import software.amazon.awssdk.http.urlconnection.UrlConnectionHttpClient;
import software.amazon.awssdk.regions.Region;
import software.amazon.awssdk.services.s3.S3Client;
import software.amazon.awssdk.services.s3.model.S3Exception;

/**
 * The requests {@link HostileLoadBenchmark} draws from, in turn: valid ones (control clock,
 * Cognito DescribeIdentityPool, developer backend token, signed S3 put and get through the
 * SDK) and malformed ones (2 MiB pool id, bad JSON, bad chunking, invalid UTF-8 key, admin API,
 * 431, bad query escapes on every service, bodies over the 64 MiB limit declared by
 * Content-Length or sent chunked, streamed until the server answers). Each call returns the
 * status as three digits, or "closed".
 */
final class HostileMix {
  /** One request of the mix. */
  interface Call {
    String status() throws IOException;
  }

  private static final long HUGE = 1_610_612_736L; // 1.5 GiB, as in the audit

  private HostileMix() {}

  static List<Call> of(World world) {
    int port = world.port();
    String pool = world.config().identityPoolId();
    String h = "Host: 127.0.0.1\r\nConnection: close\r\n";
    String json = h + "Content-Type: application/x-amz-json-1.1\r\nX-Amz-Target: "
        + "AWSCognitoIdentityService.";
    String big = "{\"IdentityPoolId\":\"" + "a".repeat(2 << 20) + "\"}";
    String describe = "{\"IdentityPoolId\":\"" + pool + "\"}";
    List<Call> mix = new ArrayList<>();
    for (String raw : new String[] {
        "GET /__lapse/clock HTTP/1.1\r\n" + h + "\r\n",
        "POST / HTTP/1.1\r\n" + json + "DescribeIdentityPool\r\nContent-Length: "
            + describe.length() + "\r\n\r\n" + describe,
        "GET /developer/token?user=alice HTTP/1.1\r\n" + h + "\r\n",
        "POST / HTTP/1.1\r\n" + json + "GetId\r\nContent-Length: " + big.length() + "\r\n\r\n" + big,
        "POST / HTTP/1.1\r\n" + json + "GetId\r\nContent-Length: 5\r\n\r\n{bad}",
        "PUT /lapse-photos/a HTTP/1.1\r\n" + h + "Transfer-Encoding: chunked\r\n\r\nZZ\r\nx\r\n0\r\n\r\n",
        "GET /lapse-photos/a%FF HTTP/1.1\r\n" + h + "\r\n",
        "POST /__admin/shutdown HTTP/1.1\r\n" + h + "Content-Length: 0\r\n\r\n",
        "GET /lapse-photos HTTP/1.1\r\n" + h + "X-Big: " + "b".repeat(70_000) + "\r\n\r\n",
        "GET /lapse-photos/?prefix=%ZZ HTTP/1.1\r\n" + h + "\r\n",
        "GET /developer/token?user=%4 HTTP/1.1\r\n" + h + "\r\n",
        "POST /?a=%ZZ HTTP/1.1\r\n" + json + "GetId\r\nContent-Length: 2\r\n\r\n{}",
        "GET /__lapse/journal?x=%ZZ HTTP/1.1\r\n" + h + "\r\n",
        "GET /?Action=GetCallerIdentity&x=%ZZ HTTP/1.1\r\n" + h + "\r\n"}) {
      mix.add(() -> send(port, raw));
    }
    mix.add(() -> streamed(port, "PUT /lapse-photos/huge HTTP/1.1\r\n" + h
        + "Content-Length: " + HUGE + "\r\n\r\n", false));
    mix.add(() -> streamed(port, "PUT /lapse-photos/huge HTTP/1.1\r\n" + h
        + "Transfer-Encoding: chunked\r\n\r\n", true));
    S3Client s3 = s3(world);
    byte[] photo = new byte[16 * 1024];
    mix.add(() -> sdk(() -> s3.putObject(b -> b.bucket("lapse-photos").key("bench.jpg"),
        RequestBody.fromBytes(photo))));
    mix.add(() -> sdk(() -> s3.getObjectAsBytes(b -> b.bucket("lapse-photos").key("bench.jpg"))));
    return mix;
  }

  /** Signs with the machine's clock: the benchmark's world does not check skew. */
  private static S3Client s3(World world) {
    IssuedCredentials c = world.authority().issueCredentials(
        "us-east-1:00000000-0000-4000-8000-000000000001", null, "bench", null,
        java.time.Duration.ofDays(1), world.clock().instant());
    return S3Client.builder().endpointOverride(world.endpoint()).forcePathStyle(true)
        .region(Region.of(world.config().buckets().get("lapse-photos")))
        .credentialsProvider(StaticCredentialsProvider.create(AwsSessionCredentials.create(
            c.accessKeyId(), c.secretAccessKey(), c.sessionToken())))
        .httpClientBuilder(UrlConnectionHttpClient.builder())
        .overrideConfiguration(o -> o.retryStrategy(AwsRetryStrategy.doNotRetry()))
        .build();
  }

  private static String sdk(Runnable call) throws IOException {
    try {
      call.run();
      return "200";
    } catch (S3Exception e) {
      return String.valueOf(e.statusCode());
    } catch (SdkClientException e) {
      throw new IOException(e);
    }
  }

  static String send(int port, String request) throws IOException {
    try (Socket s = new Socket("127.0.0.1", port)) {
      s.setSoTimeout(30_000);
      s.getOutputStream().write(request.getBytes(StandardCharsets.ISO_8859_1));
      s.getOutputStream().flush();
      return statusOf(s.getInputStream(), true);
    }
  }

  /**
   * Sends {@code head}, then a 1.5 GiB body (as its Content-Length says, or in 64 KiB chunks)
   * from a second thread until the server answers or closes; returns the answer's status.
   */
  private static String streamed(int port, String head, boolean chunked) throws IOException {
    try (Socket s = new Socket("127.0.0.1", port)) {
      s.setSoTimeout(60_000);
      OutputStream out = s.getOutputStream();
      out.write(head.getBytes(StandardCharsets.ISO_8859_1));
      Thread sender = new Thread(() -> {
        byte[] piece = new byte[64 * 1024];
        byte[] frame = (Integer.toHexString(piece.length) + "\r\n").getBytes(StandardCharsets.ISO_8859_1);
        try {
          for (long sent = 0; sent < HUGE; sent += piece.length) {
            if (chunked) {
              out.write(frame);
            }
            out.write(piece);
            if (chunked) {
              out.write('\r');
              out.write('\n');
            }
          }
        } catch (IOException e) {
          // the server answered and closed: what the benchmark expects
        }
      });
      sender.setDaemon(true);
      sender.start();
      try {
        // Only the status: the connection may stay open while the server drains the body.
        return statusOf(s.getInputStream(), false);
      } finally {
        s.close();
        try {
          sender.join(5_000);
        } catch (InterruptedException e) {
          Thread.currentThread().interrupt();
        }
      }
    }
  }

  private static String statusOf(InputStream in, boolean drain) throws IOException {
    byte[] head = new byte[12];
    int n = 0;
    while (n < 12) {
      int r = in.read(head, n, 12 - n);
      if (r < 0) {
        break;
      }
      n += r;
    }
    if (drain) {
      in.transferTo(OutputStream.nullOutputStream());
    }
    return n == 12 ? new String(head, 9, 3, StandardCharsets.ISO_8859_1) : "closed";
  }
}
