package dev.lapse.bench;

import static com.github.tomakehurst.wiremock.client.WireMock.aResponse;
import static com.github.tomakehurst.wiremock.client.WireMock.any;
import static com.github.tomakehurst.wiremock.client.WireMock.anyUrl;
import static com.github.tomakehurst.wiremock.core.WireMockConfiguration.options;

import com.github.tomakehurst.wiremock.WireMockServer;
import dev.lapse.internal.aws.world.World;
import dev.lapse.internal.aws.WorldConfig;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.net.Socket;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.atomic.AtomicLong;

/**
 * {@code serve}'s fake under hostile load. Not a test: run it with
 *
 * <pre>mvn -B -q test-compile exec:java -Dexec.classpathScope=test \
 *   -Dexec.mainClass=dev.lapse.bench.HostileLoadBenchmark -Dexec.args="32 20"</pre>
 *
 * Part 1: N client threads for S seconds, each request drawn in turn from {@link HostileMix};
 * prints requests/s, the 5xx count (target 0) and the largest heap seen.
 * Part 2: the slow-body threshold: K connections each sending a body one byte every 200 ms,
 * then one normal request; the smallest K for which that request waits over 2 s, for Lapse
 * and for a plain WireMock server as Lapse configured it before (64 threads, no minimum data
 * rate) side by side. Wall time is read here on purpose: this measures real time.
 */
public final class HostileLoadBenchmark {
  public static void main(String[] args) throws Exception {
    int clients = args.length > 0 ? Integer.parseInt(args[0]) : 32;
    int seconds = args.length > 1 ? Integer.parseInt(args[1]) : 20;
    // No skew check: the mix's SDK S3 client signs with the machine's clock.
    try (World world = World.start(WorldConfig.defaults().withCheckSkew(false))) {
      load(world, clients, seconds);
      System.out.println("slow-body threshold, Lapse: " + threshold(world.port()));
    }
    WireMockServer before = new WireMockServer(options().bindAddress("127.0.0.1").dynamicPort()
        .containerThreads(64).disableRequestJournal());
    before.start();
    before.stubFor(any(anyUrl()).willReturn(aResponse().withStatus(200)));
    System.out.println("slow-body threshold, before (WireMock, 64 threads, no minimum rate): "
        + threshold(before.port()));
    before.stop();
  }

  private static void load(World world, int clients, int seconds) throws Exception {
    List<HostileMix.Call> mix = HostileMix.of(world);
    AtomicLong requests = new AtomicLong();
    AtomicLong fiveHundreds = new AtomicLong();
    AtomicLong failures = new AtomicLong();
    AtomicBoolean stop = new AtomicBoolean();
    List<Thread> threads = new ArrayList<>();
    for (int c = 0; c < clients; c++) {
      int offset = c;
      Thread t = new Thread(() -> {
        for (int i = offset; !stop.get(); i++) {
          try {
            String status = mix.get(i % mix.size()).status();
            requests.incrementAndGet();
            if (status.startsWith("5")) {
              fiveHundreds.incrementAndGet();
            }
          } catch (IOException e) {
            failures.incrementAndGet();
          }
        }
      });
      t.start();
      threads.add(t);
    }
    long maxHeap = 0;
    long end = System.nanoTime() + seconds * 1_000_000_000L;
    while (System.nanoTime() < end) {
      Runtime rt = Runtime.getRuntime();
      maxHeap = Math.max(maxHeap, rt.totalMemory() - rt.freeMemory());
      Thread.sleep(100);
    }
    stop.set(true);
    for (Thread t : threads) {
      t.join();
    }
    System.out.printf("%d clients, %d s: %d requests (%.0f req/s), %d answered 5xx, %d "
            + "connection errors, largest heap used %.0f MB, journal %d entries%n", clients,
        seconds, requests.get(), requests.get() / (double) seconds, fiveHundreds.get(),
        failures.get(), maxHeap / 1e6, world.journal().entries().size());
  }

  /** Smallest count of slow senders (of those tried) that delays a normal request past 2 s. */
  private static String threshold(int port) throws Exception {
    for (int k : new int[] {16, 32, 48, 64, 96, 128, 192, 256, 384, 512, 768, 1024}) {
      AtomicBoolean stop = new AtomicBoolean();
      List<Thread> slow = new ArrayList<>();
      for (int i = 0; i < k; i++) {
        Thread t = new Thread(() -> trickle(port, stop));
        t.setDaemon(true);
        t.start();
        slow.add(t);
      }
      Thread.sleep(1500);
      long began = System.nanoTime();
      String status;
      try (Socket s = new Socket("127.0.0.1", port)) {
        s.setSoTimeout(2_000);
        s.getOutputStream().write(("GET /__lapse/clock HTTP/1.1\r\nHost: x\r\nConnection: close"
            + "\r\n\r\n").getBytes(StandardCharsets.ISO_8859_1));
        byte[] b = new byte[12];
        status = s.getInputStream().read(b) > 0 ? "answered" : "closed";
      } catch (java.net.SocketTimeoutException e) {
        status = "timeout";
      }
      long ms = (System.nanoTime() - began) / 1_000_000;
      stop.set(true);
      for (Thread t : slow) {
        t.join(5_000);
      }
      Thread.sleep(500);
      if (!"answered".equals(status)) {
        return k + " slow senders (a normal request: " + status + " after " + ms + " ms)";
      }
    }
    return "over 1024 slow senders (every normal request answered within 2 s)";
  }

  /** Sends a 10,000-byte body one byte every 200 ms, reconnecting when the server cuts it off. */
  private static void trickle(int port, AtomicBoolean stop) {
    while (!stop.get()) {
      try (Socket s = new Socket("127.0.0.1", port)) {
        OutputStream out = s.getOutputStream();
        out.write(("PUT /lapse-photos/slow HTTP/1.1\r\nHost: x\r\nContent-Length: 10000\r\n\r\n")
            .getBytes(StandardCharsets.ISO_8859_1));
        while (!stop.get()) {
          out.write('a');
          out.flush();
          Thread.sleep(200);
        }
      } catch (IOException e) {
        // cut off by the server: connect again, as an attacker would
      } catch (InterruptedException e) {
        return;
      }
    }
  }
}
