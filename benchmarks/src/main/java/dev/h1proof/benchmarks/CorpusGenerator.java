package dev.h1proof.benchmarks;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Random;
import java.util.Set;
import java.util.function.BiFunction;

/**
 * Writes the benchmark inputs of {@code corpus/valid/}: the named files and {@code mix/}, a
 * deterministic mix of real-looking requests (browsers, API clients, curl, mobile apps, JSON
 * bodies, absolute-form, HTTP/1.0 keep-alive). Every file is checked with {@link ReferenceParser}
 * before it is written, and the same seed always produces the same bytes.
 *
 * <p>Run from the repository root: {@code java -cp benchmarks/target/benchmarks.jar
 * dev.h1proof.benchmarks.CorpusGenerator corpus/valid}.
 */
public final class CorpusGenerator {

  static final long SEED = 0x4831_7072_6f6f_66L;
  private static final int MIX_SIZE = 120;

  /** The request picohttpparser's bench.c parses: 703 octets. */
  static final String CLASSIC_703 =
      "GET /wp-content/uploads/2010/03/hello-kitty-darth-vader-pink.jpg HTTP/1.1\r\n"
          + "Host: www.kittyhell.com\r\n"
          + "User-Agent: Mozilla/5.0 (Macintosh; U; Intel Mac OS X 10.6; ja-JP-mac; rv:1.9.2.3)"
          + " Gecko/20100401 Firefox/3.6.3 Pathtraq/0.9\r\n"
          + "Accept: text/html,application/xhtml+xml,application/xml;q=0.9,*/*;q=0.8\r\n"
          + "Accept-Language: ja,en-us;q=0.7,en;q=0.3\r\n"
          + "Accept-Encoding: gzip,deflate\r\n"
          + "Accept-Charset: Shift_JIS,utf-8;q=0.7,*;q=0.7\r\n"
          + "Keep-Alive: 115\r\n"
          + "Connection: keep-alive\r\n"
          + "Cookie: wp_ozh_wsa_visits=2; wp_ozh_wsa_visit_lasttime=xxxxxxxxxx;"
          + " __utma=xxxxxxxxx.xxxxxxxxxx.xxxxxxxxxx.xxxxxxxxxx.xxxxxxxxxx.x;"
          + " __utmz=xxxxxxxxx.xxxxxxxxxx.x.x.utmccn=(referral)|utmcsr=reader.livedoor.com"
          + "|utmcct=/reader/|utmcmd=referral\r\n"
          + "\r\n";

  /** The Chrome 24 request for /cookies used by http-parser's and many ports' benchmarks. */
  static final String CHROME_COOKIES_430 =
      "GET /cookies HTTP/1.1\r\n"
          + "Host: 127.0.0.1:8090\r\n"
          + "Connection: keep-alive\r\n"
          + "Cache-Control: max-age=0\r\n"
          + "Accept: text/html,application/xhtml+xml,application/xml;q=0.9,*/*;q=0.8\r\n"
          + "User-Agent: Mozilla/5.0 (Windows NT 6.1; WOW64) AppleWebKit/537.17"
          + " (KHTML, like Gecko) Chrome/24.0.1312.56 Safari/537.17\r\n"
          + "Accept-Encoding: gzip,deflate,sdch\r\n"
          + "Accept-Language: en-US,en;q=0.8\r\n"
          + "Accept-Charset: ISO-8859-1,utf-8;q=0.7,*;q=0.3\r\n"
          + "Cookie: name=wookie\r\n"
          + "\r\n";

  /** TechEmpower's plaintext test: the request wrk sends with the toolset's three headers. */
  static final String TECHEMPOWER_PLAINTEXT =
      "GET /plaintext HTTP/1.1\r\n"
          + "Host: tfb-server\r\n"
          + "Accept: text/plain,text/html;q=0.9,application/xhtml+xml;q=0.9,application/xml;q=0.8,"
          + "*/*;q=0.7\r\n"
          + "Connection: keep-alive\r\n"
          + "\r\n";

  static final String BROWSER_GET =
      "GET /products/running-shoes?color=black&size=42&sort=price_asc HTTP/1.1\r\n"
          + "Host: shop.example.com\r\n"
          + "Connection: keep-alive\r\n"
          + "sec-ch-ua: \"Google Chrome\";v=\"131\", \"Chromium\";v=\"131\", \"Not_A Brand\";v=\"24\"\r\n"
          + "sec-ch-ua-mobile: ?0\r\n"
          + "sec-ch-ua-platform: \"Windows\"\r\n"
          + "Upgrade-Insecure-Requests: 1\r\n"
          + "User-Agent: Mozilla/5.0 (Windows NT 10.0; Win64; x64) AppleWebKit/537.36"
          + " (KHTML, like Gecko) Chrome/131.0.0.0 Safari/537.36\r\n"
          + "Accept: text/html,application/xhtml+xml,application/xml;q=0.9,image/avif,image/webp,"
          + "image/apng,*/*;q=0.8,application/signed-exchange;v=b3;q=0.7\r\n"
          + "Sec-Fetch-Site: same-origin\r\n"
          + "Sec-Fetch-Mode: navigate\r\n"
          + "Sec-Fetch-User: ?1\r\n"
          + "Sec-Fetch-Dest: document\r\n"
          + "Referer: https://shop.example.com/products?category=shoes\r\n"
          + "Accept-Encoding: gzip, deflate, br, zstd\r\n"
          + "Accept-Language: en-US,en;q=0.9,de;q=0.8\r\n"
          + "Cookie: session_id=9f8e7d6c5b4a39281706f5e4d3c2b1a0; cart=3; _ga=GA1.1.1187345690"
          + ".1731312000; _ga_Q1W2E3R4T5=GS1.1.1732000000.7.1.1732000456.0.0.0\r\n"
          + "If-None-Match: W/\"5f3a-1b2c3d4e5f60\"\r\n"
          + "\r\n";

  private CorpusGenerator() {}

  /**
   * Writes every generated file.
   *
   * @param args the {@code corpus/valid} directory (default {@code corpus/valid})
   * @throws IOException if a file cannot be written
   */
  public static void main(String[] args) throws IOException {
    Path dir = Path.of(args.length > 0 ? args[0] : "corpus/valid");
    Files.createDirectories(dir);
    write(dir.resolve("techempower-plaintext.http"), TECHEMPOWER_PLAINTEXT);
    write(dir.resolve("techempower-plaintext-pipelined-16.http"), TECHEMPOWER_PLAINTEXT.repeat(16));
    write(dir.resolve("browser-get-chrome.http"), BROWSER_GET);
    write(dir.resolve("classic-703.http"), requireLength(CLASSIC_703, 703));
    write(dir.resolve("chrome-cookies-430.http"), requireLength(CHROME_COOKIES_430, 430));
    write(dir.resolve("large-headers-16k.http"), largeHeaders(new Random(SEED)));
    write(dir.resolve("chunked-post-events.http"), chunkedPost());
    Path mixDir = dir.resolve(Corpus.MIX);
    Files.createDirectories(mixDir);
    List<String[]> mix = mix(new Random(SEED));
    for (String[] file : mix) {
      write(mixDir.resolve(file[0]), file[1]);
    }
    System.out.println("wrote 7 named files and " + mix.size() + " mix files to " + dir);
  }

  private static String requireLength(String request, int octets) {
    if (request.length() != octets) {
      throw new IllegalStateException("expected " + octets + " octets, got " + request.length());
    }
    return request;
  }

  private static void write(Path file, String request) throws IOException {
    byte[] bytes = request.getBytes(StandardCharsets.ISO_8859_1);
    ReferenceParser.parseAll(bytes);
    Files.write(file, bytes);
  }

  // ------------------------------------------------------------------ named inputs

  static String largeHeaders(Random random) {
    StringBuilder sb = new StringBuilder(20_000);
    sb.append("GET /dashboard/reports/quarterly?region=emea&year=2026&quarter=3 HTTP/1.1\r\n")
        .append("Host: analytics.internal.example.net\r\n")
        .append("User-Agent: ")
        .append(CHROME_WINDOWS)
        .append("\r\n")
        .append("Accept: text/html,application/xhtml+xml,application/xml;q=0.9,*/*;q=0.8\r\n")
        .append("Accept-Encoding: gzip, deflate, br, zstd\r\n")
        .append("Accept-Language: en-GB,en;q=0.9\r\n")
        .append("Authorization: Bearer ")
        .append(jwt(random, 1400))
        .append("\r\n")
        .append("Cookie: ");
    for (int i = 0; i < 64; i++) {
      if (i > 0) {
        sb.append("; ");
      }
      sb.append(COOKIE_NAMES[i % COOKIE_NAMES.length])
          .append(i / COOKIE_NAMES.length == 0 ? "" : i)
          .append('=')
          .append(base64Url(random, 60 + random.nextInt(120)));
    }
    sb.append("\r\n");
    sb.append("X-Forwarded-For: 203.0.113.195, 70.41.3.18, 150.172.238.178\r\n")
        .append("X-Forwarded-Proto: https\r\n")
        .append("X-Forwarded-Host: analytics.example.com\r\n")
        .append("X-Real-IP: 203.0.113.195\r\n")
        .append("X-Request-ID: ")
        .append(uuid(random))
        .append("\r\n")
        .append("X-Amzn-Trace-Id: Root=1-67a1b2c3-")
        .append(hex(random, 24))
        .append("\r\n")
        .append("traceparent: 00-")
        .append(hex(random, 32))
        .append('-')
        .append(hex(random, 16))
        .append("-01\r\n")
        .append("tracestate: congo=")
        .append(base64Url(random, 16))
        .append(",rojo=")
        .append(hex(random, 16))
        .append("\r\n")
        .append("baggage: userId=alice,serverNode=DF%2028,isProduction=false,tenant=acme-emea\r\n");
    for (int i = 0; i < 60; i++) {
      sb.append("X-Feature-Flag-")
          .append(String.format(Locale.ROOT, "%02d", i))
          .append(": ")
          .append(FLAG_WORDS[random.nextInt(FLAG_WORDS.length)])
          .append(";variant=")
          .append(base64Url(random, 24 + random.nextInt(40)))
          .append(";rollout=")
          .append(random.nextInt(101))
          .append("\r\n");
    }
    sb.append("Connection: keep-alive\r\n\r\n");
    return sb.toString();
  }

  static String chunkedPost() {
    String[] chunks = {
      "{\"events\":[",
      "{\"type\":\"page_view\",\"path\":\"/checkout\",\"ts\":1732000000123,\"session\":\"9f8e7d6c\"},",
      "{\"type\":\"click\",\"target\":\"#pay-now\",\"ts\":1732000004567,\"session\":\"9f8e7d6c\","
          + "\"meta\":{\"x\":412,\"y\":987,\"viewport\":\"1920x1080\"}},",
      "{\"type\":\"purchase\",\"order\":\"ORD-2026-000123\",\"total\":129.95,\"currency\":\"EUR\"}",
      "]}"
    };
    StringBuilder sb =
        new StringBuilder(
            "POST /v1/events/batch HTTP/1.1\r\n"
                + "Host: ingest.example.com\r\n"
                + "User-Agent: okhttp/4.12.0\r\n"
                + "Accept: application/json\r\n"
                + "Content-Type: application/json; charset=utf-8\r\n"
                + "Authorization: Bearer 7c1f0e2d9b8a4c3e5f6a7b8c9d0e1f2a\r\n"
                + "Transfer-Encoding: chunked\r\n"
                + "\r\n");
    for (String chunk : chunks) {
      sb.append(Integer.toHexString(chunk.length())).append("\r\n").append(chunk).append("\r\n");
    }
    return sb.append("0\r\n\r\n").toString();
  }

  // ------------------------------------------------------------------ the mix

  private static final String CHROME_WINDOWS =
      "Mozilla/5.0 (Windows NT 10.0; Win64; x64) AppleWebKit/537.36 (KHTML, like Gecko)"
          + " Chrome/131.0.0.0 Safari/537.36";

  private static final String[][] BROWSERS = {
    {
      "chrome",
      CHROME_WINDOWS,
      "\"Google Chrome\";v=\"131\", \"Chromium\";v=\"131\", \"Not_A Brand\";v=\"24\"",
      "\"Windows\""
    },
    {
      "chrome-mac",
      "Mozilla/5.0 (Macintosh; Intel Mac OS X 10_15_7) AppleWebKit/537.36 (KHTML, like Gecko) Chrome/130.0.0.0 Safari/537.36",
      "\"Chromium\";v=\"130\", \"Google Chrome\";v=\"130\", \"Not?A_Brand\";v=\"99\"",
      "\"macOS\""
    },
    {
      "edge",
      "Mozilla/5.0 (Windows NT 10.0; Win64; x64) AppleWebKit/537.36 (KHTML, like Gecko) Chrome/131.0.0.0 Safari/537.36 Edg/131.0.0.0",
      "\"Microsoft Edge\";v=\"131\", \"Chromium\";v=\"131\", \"Not_A Brand\";v=\"24\"",
      "\"Windows\""
    },
    {
      "firefox",
      "Mozilla/5.0 (Windows NT 10.0; Win64; x64; rv:133.0) Gecko/20100101 Firefox/133.0",
      null,
      null
    },
    {
      "firefox-linux",
      "Mozilla/5.0 (X11; Linux x86_64; rv:132.0) Gecko/20100101 Firefox/132.0",
      null,
      null
    },
    {
      "safari",
      "Mozilla/5.0 (Macintosh; Intel Mac OS X 10_15_7) AppleWebKit/605.1.15 (KHTML, like Gecko) Version/18.1 Safari/605.1.15",
      null,
      null
    },
    {
      "safari-ios",
      "Mozilla/5.0 (iPhone; CPU iPhone OS 18_1 like Mac OS X) AppleWebKit/605.1.15 (KHTML, like Gecko) Version/18.1 Mobile/15E148 Safari/604.1",
      null,
      null
    },
    {
      "chrome-android",
      "Mozilla/5.0 (Linux; Android 10; K) AppleWebKit/537.36 (KHTML, like Gecko) Chrome/131.0.0.0 Mobile Safari/537.36",
      "\"Google Chrome\";v=\"131\", \"Chromium\";v=\"131\", \"Not_A Brand\";v=\"24\"",
      "\"Android\""
    },
  };

  private static final String[][] API_CLIENTS = {
    {"curl", "curl/8.11.0"},
    {"curl-old", "curl/7.81.0"},
    {"wget", "Wget/1.21.4"},
    {"python", "python-requests/2.32.3"},
    {"httpx", "python-httpx/0.27.2"},
    {"go", "Go-http-client/1.1"},
    {"java", "Java-http-client/21.0.5"},
    {"node", "axios/1.7.7"},
    {"okhttp", "okhttp/4.12.0"},
    {"ios-app", "ShopApp/5.12.1 (com.example.shop; build:5121; iOS 18.1.0) Alamofire/5.10.1"},
    {"android-app", "Dalvik/2.1.0 (Linux; U; Android 14; Pixel 8 Build/AP2A.240905.003)"},
    {"cfnetwork", "ShopApp/5121 CFNetwork/1568.200.51 Darwin/24.1.0"},
    {"postman", "PostmanRuntime/7.42.0"},
    {"insomnia", "insomnia/10.1.1"},
  };

  private static final String[] HOSTS = {
    "api.example.com", "shop.example.com", "www.example.org", "cdn.example.net",
    "auth.example.com", "api.staging.example.com", "localhost:8080", "10.0.12.7:8443",
    "service-b.default.svc.cluster.local:9090", "example.com",
  };

  private static final String[] RESOURCES = {
    "users",
    "orders",
    "products",
    "carts",
    "invoices",
    "sessions",
    "payments",
    "shipments",
    "reviews",
    "inventory",
    "customers",
    "subscriptions",
  };

  private static final String[] ASSETS = {
    "/static/js/main.8f3a2c1b.js",
    "/static/css/app.4e5d6f7a.css",
    "/assets/img/logo@2x.png",
    "/fonts/inter-var.woff2",
    "/favicon.ico",
    "/assets/hero-1920.avif",
    "/manifest.webmanifest",
    "/static/js/vendor.1a2b3c4d.chunk.js",
  };

  private static final String[] LANGUAGES = {
    "en-US,en;q=0.9", "de-DE,de;q=0.9,en-US;q=0.8,en;q=0.7", "fr-FR,fr;q=0.9,en;q=0.8",
    "ja-JP,ja;q=0.9,en-US;q=0.8,en;q=0.7", "pt-BR,pt;q=0.9,en-US;q=0.8,en;q=0.7", "en-GB,en;q=0.9",
  };

  private static final String[] COOKIE_NAMES = {
    "session_id",
    "_ga",
    "_gid",
    "_fbp",
    "csrftoken",
    "cart",
    "consent",
    "ajs_anonymous_id",
    "_hjSessionUser",
    "AWSALB",
    "remember_me",
    "locale",
  };

  private static final String[] FLAG_WORDS = {
    "new-checkout", "dark-mode", "search-v2", "recommendations", "fast-shipping", "beta-ui",
  };

  private static final String[] SEARCH_TERMS = {
    "running+shoes",
    "wireless%20headphones",
    "coffee",
    "usb-c+hub",
    "winter+jacket",
    "4k+tv",
    "caf%C3%A9",
    "lego",
    "gift+card",
    "yoga+mat",
  };

  private static final List<BiFunction<Random, Integer, String[]>> SHAPES =
      List.of(
          CorpusGenerator::browserPage,
          CorpusGenerator::browserFetchJson,
          CorpusGenerator::jsonWrite,
          CorpusGenerator::apiGet,
          CorpusGenerator::asset,
          CorpusGenerator::formPost,
          CorpusGenerator::http10KeepAlive,
          CorpusGenerator::absoluteForm,
          CorpusGenerator::corsPreflight,
          CorpusGenerator::deleteOrHead,
          CorpusGenerator::probe,
          CorpusGenerator::webhook);

  static List<String[]> mix(Random random) {
    List<String[]> files = new ArrayList<>();
    Set<String> seen = new HashSet<>();
    for (int i = 0; files.size() < MIX_SIZE; i++) {
      String[] made = SHAPES.get(i % SHAPES.size()).apply(random, i);
      if (i % 17 == 5) {
        made = chunkedUpload(random, i);
      }
      if (seen.add(made[1])) {
        String name = String.format(Locale.ROOT, "%03d-%s.http", files.size() + 1, made[0]);
        files.add(new String[] {name, made[1]});
      }
    }
    return files;
  }

  private static String[] browserPage(Random r, int i) {
    String[] b = pick(r, BROWSERS);
    String host = pick(r, new String[] {"shop.example.com", "www.example.org", "example.com"});
    String target =
        pick(
            r,
            new String[] {
              "/",
              "/products/" + (1000 + r.nextInt(9000)),
              "/search?q=" + pick(r, SEARCH_TERMS),
              "/blog/2026/11/" + slug(r),
              "/account/orders?page=" + (1 + r.nextInt(5)),
              "/category/" + pick(r, RESOURCES) + "?sort=popular&page=" + (1 + r.nextInt(9))
            });
    StringBuilder sb = line("GET", target, "1.1").append(field("Host", host));
    boolean chromium = b[2] != null;
    if (!b[0].startsWith("safari")) {
      sb.append(field("Connection", "keep-alive"));
    }
    if (chromium) {
      sb.append(field("sec-ch-ua", b[2]))
          .append(field("sec-ch-ua-mobile", b[0].endsWith("android") ? "?1" : "?0"))
          .append(field("sec-ch-ua-platform", b[3]));
    }
    sb.append(field("Upgrade-Insecure-Requests", "1"))
        .append(field("User-Agent", b[1]))
        .append(
            field(
                "Accept",
                chromium
                    ? "text/html,application/xhtml+xml,application/xml;q=0.9,image/avif,image/webp,image/apng,*/*;q=0.8,application/signed-exchange;v=b3;q=0.7"
                    : "text/html,application/xhtml+xml,application/xml;q=0.9,*/*;q=0.8"))
        .append(field("Sec-Fetch-Site", r.nextBoolean() ? "same-origin" : "none"))
        .append(field("Sec-Fetch-Mode", "navigate"))
        .append(field("Sec-Fetch-Dest", "document"));
    if (r.nextBoolean()) {
      sb.append(field("Referer", "https://" + host + "/"));
    }
    sb.append(field("Accept-Encoding", chromium ? "gzip, deflate, br, zstd" : "gzip, deflate, br"))
        .append(field("Accept-Language", pick(r, LANGUAGES)));
    if (r.nextInt(3) > 0) {
      sb.append(field("Cookie", cookies(r, 2 + r.nextInt(6))));
    }
    if (r.nextInt(4) == 0) {
      sb.append(field("If-Modified-Since", "Sat, 21 Nov 2026 0" + r.nextInt(10) + ":14:07 GMT"));
    }
    return done("browser-" + b[0] + "-page", sb);
  }

  private static String[] browserFetchJson(Random r, int i) {
    String[] b = pick(r, BROWSERS);
    String resource = pick(r, RESOURCES);
    String target =
        "/api/v2/"
            + resource
            + "?limit="
            + (10 * (1 + r.nextInt(10)))
            + "&offset="
            + (20 * r.nextInt(20))
            + (r.nextBoolean() ? "&fields=id,name,updated_at" : "")
            + "&_="
            + (1732000000000L + r.nextInt(1_000_000));
    StringBuilder sb =
        line("GET", target, "1.1")
            .append(field("Host", "api.example.com"))
            .append(field("Connection", "keep-alive"));
    if (b[2] != null) {
      sb.append(field("sec-ch-ua-platform", b[3]))
          .append(field("sec-ch-ua", b[2]))
          .append(field("sec-ch-ua-mobile", "?0"));
    }
    sb.append(field("Authorization", "Bearer " + jwt(r, 300 + r.nextInt(300))))
        .append(field("User-Agent", b[1]))
        .append(field("Accept", "application/json, text/plain, */*"))
        .append(field("Origin", "https://shop.example.com"))
        .append(field("Sec-Fetch-Site", "same-site"))
        .append(field("Sec-Fetch-Mode", "cors"))
        .append(field("Sec-Fetch-Dest", "empty"))
        .append(field("Referer", "https://shop.example.com/" + resource))
        .append(field("Accept-Encoding", "gzip, deflate, br"))
        .append(field("Accept-Language", pick(r, LANGUAGES)));
    return done("browser-" + b[0] + "-fetch-" + resource, sb);
  }

  private static String[] jsonWrite(Random r, int i) {
    String method = pick(r, new String[] {"POST", "PUT", "PATCH", "POST"});
    String resource = pick(r, RESOURCES);
    String[] client = pick(r, API_CLIENTS);
    String target =
        "/api/v1/" + resource + (method.equals("POST") ? "" : "/" + (10000 + r.nextInt(90000)));
    String body = jsonBody(r, resource, 2 + r.nextInt(8));
    StringBuilder sb =
        line(method, target, "1.1")
            .append(field("Host", pick(r, HOSTS)))
            .append(field("User-Agent", client[1]))
            .append(field("Accept", "application/json"))
            .append(field("Content-Type", "application/json"))
            .append(field("Authorization", "Bearer " + base64Url(r, 40)));
    if (r.nextBoolean()) {
      sb.append(field("Idempotency-Key", uuid(r)));
    }
    sb.append(field("Content-Length", Integer.toString(body.length())));
    return done(client[0] + "-" + method.toLowerCase(Locale.ROOT) + "-json-" + resource, sb, body);
  }

  private static String[] apiGet(Random r, int i) {
    String[] client = pick(r, API_CLIENTS);
    String resource = pick(r, RESOURCES);
    String target =
        pick(
            r,
            new String[] {
              "/api/v1/" + resource + "/" + (10000 + r.nextInt(90000)),
              "/api/v1/" + resource + "?status=active&created_after=2026-01-01T00:00:00Z",
              "/v3/" + resource + "/search?q=" + pick(r, SEARCH_TERMS) + "&per_page=50",
              "/graphql?query=%7Bviewer%7Blogin%7D%7D",
              "/api/v1/" + resource + "/" + uuid(r) + "/history;version=2"
            });
    StringBuilder sb =
        line("GET", target, "1.1")
            .append(field("Host", pick(r, HOSTS)))
            .append(field("User-Agent", client[1]));
    switch (client[0]) {
      case "curl", "curl-old" -> sb.append(field("Accept", "*/*"));
      case "python", "httpx" ->
          sb.append(field("Accept-Encoding", "gzip, deflate"))
              .append(field("Accept", "*/*"))
              .append(field("Connection", "keep-alive"));
      case "go" -> sb.append(field("Accept-Encoding", "gzip"));
      case "okhttp", "android-app" ->
          sb.append(field("Accept-Encoding", "gzip")).append(field("Connection", "Keep-Alive"));
      case "ios-app", "cfnetwork" ->
          sb.append(field("Accept", "application/json"))
              .append(field("Accept-Language", "en-US;q=1.0, de-US;q=0.9"))
              .append(field("Accept-Encoding", "br;q=1.0, gzip;q=0.9, deflate;q=0.8"));
      default ->
          sb.append(field("Accept", "application/json")).append(field("Connection", "keep-alive"));
    }
    if (r.nextBoolean()) {
      sb.append(field("Authorization", "Bearer " + jwt(r, 200 + r.nextInt(200))));
    } else {
      sb.append(field("X-API-Key", hex(r, 32)));
    }
    return done(client[0] + "-get-" + resource, sb);
  }

  private static String[] asset(Random r, int i) {
    String[] b = pick(r, BROWSERS);
    String path = pick(r, ASSETS) + (r.nextBoolean() ? "" : "?v=" + hex(r, 8));
    String dest =
        path.contains(".js")
            ? "script"
            : path.contains(".css") ? "style" : path.contains("font") ? "font" : "image";
    StringBuilder sb =
        line("GET", path, "1.1")
            .append(field("Host", "cdn.example.net"))
            .append(field("Connection", "keep-alive"))
            .append(field("User-Agent", b[1]))
            .append(
                field(
                    "Accept",
                    dest.equals("image")
                        ? "image/avif,image/webp,image/apng,image/svg+xml,image/*,*/*;q=0.8"
                        : "*/*"))
            .append(field("Sec-Fetch-Site", "cross-site"))
            .append(field("Sec-Fetch-Mode", "no-cors"))
            .append(field("Sec-Fetch-Dest", dest))
            .append(field("Referer", "https://shop.example.com/"))
            .append(field("Accept-Encoding", "gzip, deflate, br, zstd"))
            .append(field("Accept-Language", pick(r, LANGUAGES)));
    if (r.nextBoolean()) {
      sb.append(field("If-None-Match", "\"" + hex(r, 16) + "\""));
    }
    return done("asset-" + dest + "-" + b[0], sb);
  }

  private static String[] formPost(Random r, int i) {
    String[] b = pick(r, BROWSERS);
    String body =
        "username="
            + pick(r, new String[] {"alice", "bob", "carol%40example.com", "dave"})
            + "&password="
            + base64Url(r, 12)
            + "&remember="
            + (r.nextBoolean() ? "on" : "off")
            + "&csrf_token="
            + hex(r, 32);
    StringBuilder sb =
        line("POST", "/login?next=%2Faccount%2Forders", "1.1")
            .append(field("Host", "auth.example.com"))
            .append(field("Connection", "keep-alive"))
            .append(field("Content-Length", Integer.toString(body.length())))
            .append(field("Cache-Control", "max-age=0"))
            .append(field("Origin", "https://auth.example.com"))
            .append(field("Content-Type", "application/x-www-form-urlencoded"))
            .append(field("User-Agent", b[1]))
            .append(
                field("Accept", "text/html,application/xhtml+xml,application/xml;q=0.9,*/*;q=0.8"))
            .append(field("Referer", "https://auth.example.com/login"))
            .append(field("Accept-Encoding", "gzip, deflate, br"))
            .append(field("Accept-Language", pick(r, LANGUAGES)))
            .append(field("Cookie", "csrftoken=" + hex(r, 32)));
    return done("form-login-" + b[0], sb, body);
  }

  private static String[] http10KeepAlive(Random r, int i) {
    int kind = r.nextInt(3);
    StringBuilder sb;
    String body = "";
    String name;
    if (kind == 0) {
      sb =
          line("GET", pick(r, new String[] {"/", "/index.html", "/status", "/hello"}), "1.0")
              .append(field("Host", pick(r, HOSTS)))
              .append(field("User-Agent", "ApacheBench/2.3"))
              .append(field("Accept", "*/*"))
              .append(field("Connection", "Keep-Alive"));
      name = "http10-ab-keepalive";
    } else if (kind == 1) {
      sb =
          line("GET", "/health?verbose=" + r.nextInt(2), "1.0")
              .append(field("Host", pick(r, HOSTS)))
              .append(field("Connection", "keep-alive"))
              .append(field("User-Agent", "HAProxy"));
      name = "http10-haproxy-check";
    } else {
      body = "{\"ping\":" + r.nextInt(1000) + "}";
      sb =
          line("POST", "/rpc/ping", "1.0")
              .append(field("Host", pick(r, HOSTS)))
              .append(field("Connection", "keep-alive"))
              .append(field("Content-Type", "application/json"))
              .append(field("Content-Length", Integer.toString(body.length())));
      name = "http10-post-keepalive";
    }
    return done(name, sb, body);
  }

  private static String[] absoluteForm(Random r, int i) {
    String host =
        pick(r, new String[] {"example.com", "www.example.org", "api.example.com", "neverssl.com"});
    String target =
        "http://"
            + host
            + pick(
                r,
                new String[] {
                  "/", "/index.html", "/api/v1/time?tz=UTC", "/robots.txt", "/feed.xml?format=rss"
                });
    StringBuilder sb =
        line(r.nextInt(4) == 0 ? "HEAD" : "GET", target, "1.1")
            .append(field("Host", host))
            .append(field("User-Agent", pick(r, API_CLIENTS)[1]))
            .append(field("Accept", "*/*"))
            .append(field("Proxy-Connection", "Keep-Alive"));
    if (r.nextBoolean()) {
      sb.append(field("Proxy-Authorization", "Basic " + base64Url(r, 24)));
    }
    return done("proxy-absolute-form", sb);
  }

  private static String[] corsPreflight(Random r, int i) {
    String[] b = pick(r, BROWSERS);
    String resource = pick(r, RESOURCES);
    StringBuilder sb =
        line("OPTIONS", "/api/v2/" + resource + "/" + (100 + r.nextInt(900)), "1.1")
            .append(field("Host", "api.example.com"))
            .append(field("Connection", "keep-alive"))
            .append(field("Accept", "*/*"))
            .append(
                field(
                    "Access-Control-Request-Method",
                    pick(r, new String[] {"PUT", "PATCH", "DELETE", "POST"})))
            .append(field("Access-Control-Request-Headers", "authorization,content-type"))
            .append(field("Origin", "https://shop.example.com"))
            .append(field("User-Agent", b[1]))
            .append(field("Sec-Fetch-Mode", "cors"))
            .append(field("Sec-Fetch-Site", "same-site"))
            .append(field("Sec-Fetch-Dest", "empty"))
            .append(field("Referer", "https://shop.example.com/"))
            .append(field("Accept-Encoding", "gzip, deflate, br"))
            .append(field("Accept-Language", pick(r, LANGUAGES)));
    return done("cors-preflight-" + b[0], sb);
  }

  private static String[] deleteOrHead(Random r, int i) {
    String[] client = pick(r, API_CLIENTS);
    String method = r.nextBoolean() ? "DELETE" : "HEAD";
    String resource = pick(r, RESOURCES);
    StringBuilder sb =
        line(method, "/api/v1/" + resource + "/" + (10000 + r.nextInt(90000)), "1.1")
            .append(field("Host", pick(r, HOSTS)))
            .append(field("User-Agent", client[1]))
            .append(field("Accept", "*/*"))
            .append(field("Authorization", "Bearer " + jwt(r, 150 + r.nextInt(150))));
    if (method.equals("DELETE") && r.nextBoolean()) {
      sb.append(field("If-Match", "\"" + hex(r, 12) + "\""));
    }
    return done(client[0] + "-" + method.toLowerCase(Locale.ROOT) + "-" + resource, sb);
  }

  private static String[] probe(Random r, int i) {
    int kind = r.nextInt(4);
    StringBuilder sb;
    String name;
    switch (kind) {
      case 0 -> {
        sb =
            line("GET", "/healthz", "1.1")
                .append(field("Host", "10.244.1." + (2 + r.nextInt(250)) + ":8080"))
                .append(field("User-Agent", "kube-probe/1.31"))
                .append(field("Accept", "*/*"))
                .append(field("Connection", "close"));
        name = "kube-probe";
      }
      case 1 -> {
        sb =
            line("GET", "/actuator/health", "1.1")
                .append(field("Host", "10.0." + r.nextInt(255) + ".17"))
                .append(field("Connection", "close"))
                .append(field("User-Agent", "ELB-HealthChecker/2.0"))
                .append(field("Accept-Encoding", "gzip, compressed"));
        name = "elb-health-check";
      }
      case 2 -> {
        sb =
            line("GET", "/metrics", "1.1")
                .append(field("Host", "10.0.3." + r.nextInt(255) + ":9100"))
                .append(field("User-Agent", "Prometheus/3.0.1"))
                .append(
                    field(
                        "Accept",
                        "application/openmetrics-text;version=1.0.0;q=0.5,text/plain;version=0.0.4;q=0.3,*/*;q=0.1"))
                .append(field("Accept-Encoding", "gzip"))
                .append(field("X-Prometheus-Scrape-Timeout-Seconds", "10"));
        name = "prometheus-scrape";
      }
      default -> {
        sb =
            line("OPTIONS", "*", "1.1")
                .append(field("Host", pick(r, HOSTS)))
                .append(field("User-Agent", pick(r, API_CLIENTS)[1]))
                .append(field("Max-Forwards", "0"));
        name = "options-asterisk";
      }
    }
    return done(name, sb);
  }

  private static String[] webhook(Random r, int i) {
    int kind = r.nextInt(2);
    String body;
    StringBuilder sb;
    String name;
    if (kind == 0) {
      body =
          "{\"ref\":\"refs/heads/main\",\"before\":\""
              + hex(r, 40)
              + "\",\"after\":\""
              + hex(r, 40)
              + "\",\"repository\":{\"id\":"
              + r.nextInt(1_000_000_000)
              + ",\"full_name\":\"acme/shop\"},"
              + "\"pusher\":{\"name\":\"octocat\"},\"commits\":[]}";
      sb =
          line("POST", "/hooks/github", "1.1")
              .append(field("Host", "ci.example.com"))
              .append(field("Accept", "*/*"))
              .append(field("User-Agent", "GitHub-Hookshot/" + hex(r, 7)))
              .append(field("X-GitHub-Event", "push"))
              .append(field("X-GitHub-Delivery", uuid(r)))
              .append(field("X-GitHub-Hook-ID", Integer.toString(400000000 + r.nextInt(99999999))))
              .append(field("X-Hub-Signature-256", "sha256=" + hex(r, 64)))
              .append(field("Content-Type", "application/json"))
              .append(field("Content-Length", Integer.toString(body.length())));
      name = "webhook-github-push";
    } else {
      body =
          "{\"id\":\"evt_"
              + base64Url(r, 24)
              + "\",\"object\":\"event\",\"type\":\"payment_intent.succeeded\","
              + "\"data\":{\"object\":{\"id\":\"pi_"
              + base64Url(r, 24)
              + "\",\"amount\":"
              + r.nextInt(100000)
              + ",\"currency\":\"usd\"}}}";
      sb =
          line("POST", "/webhooks/stripe", "1.1")
              .append(field("Host", "api.example.com"))
              .append(field("User-Agent", "Stripe/1.0 (+https://stripe.com/docs/webhooks)"))
              .append(field("Content-Type", "application/json; charset=utf-8"))
              .append(field("Cache-Control", "no-cache"))
              .append(field("Accept", "*/*; q=0.5, application/xml"))
              .append(
                  field(
                      "Stripe-Signature",
                      "t=" + (1732000000 + r.nextInt(100000)) + ",v1=" + hex(r, 64)))
              .append(field("Content-Length", Integer.toString(body.length())));
      name = "webhook-stripe";
    }
    return done(name, sb, body);
  }

  private static String[] chunkedUpload(Random r, int i) {
    String[] client = pick(r, API_CLIENTS);
    StringBuilder sb =
        line("POST", "/api/v1/uploads?name=export-" + r.nextInt(1000) + ".ndjson", "1.1")
            .append(field("Host", pick(r, HOSTS)))
            .append(field("User-Agent", client[1]))
            .append(field("Accept", "*/*"))
            .append(field("Content-Type", "application/x-ndjson"))
            .append(field("Transfer-Encoding", "chunked"))
            .append("\r\n");
    int chunks = 1 + r.nextInt(4);
    for (int c = 0; c < chunks; c++) {
      String data = jsonBody(r, "record", 1 + r.nextInt(4)) + "\n";
      sb.append(Integer.toHexString(data.length())).append("\r\n").append(data).append("\r\n");
    }
    sb.append("0\r\n\r\n");
    return new String[] {client[0] + "-chunked-upload", sb.toString()};
  }

  // ------------------------------------------------------------------ helpers

  private static StringBuilder line(String method, String target, String version) {
    return new StringBuilder(512)
        .append(method)
        .append(' ')
        .append(target)
        .append(" HTTP/")
        .append(version)
        .append("\r\n");
  }

  private static String field(String name, String value) {
    return name + ": " + value + "\r\n";
  }

  private static String[] done(String name, StringBuilder head) {
    return done(name, head, "");
  }

  private static String[] done(String name, StringBuilder head, String body) {
    return new String[] {name, head.append("\r\n").append(body).toString()};
  }

  private static <T> T pick(Random r, T[] values) {
    return values[r.nextInt(values.length)];
  }

  private static String slug(Random r) {
    return pick(r, FLAG_WORDS) + "-" + pick(r, RESOURCES) + "-" + r.nextInt(100);
  }

  private static String cookies(Random r, int count) {
    StringBuilder sb = new StringBuilder();
    for (int i = 0; i < count; i++) {
      if (i > 0) {
        sb.append("; ");
      }
      sb.append(COOKIE_NAMES[(i * 5 + r.nextInt(3)) % COOKIE_NAMES.length])
          .append('=')
          .append(base64Url(r, 8 + r.nextInt(40)));
    }
    return sb.toString();
  }

  private static String jsonBody(Random r, String resource, int properties) {
    StringBuilder sb = new StringBuilder("{\"type\":\"").append(resource).append('"');
    for (int p = 0; p < properties; p++) {
      sb.append(",\"")
          .append(
              pick(
                  r,
                  new String[] {
                    "name", "email", "quantity", "price", "note", "sku", "status", "tags"
                  }))
          .append(p)
          .append("\":");
      switch (r.nextInt(3)) {
        case 0 -> sb.append(r.nextInt(10000));
        case 1 -> sb.append('"').append(base64Url(r, 4 + r.nextInt(20))).append('"');
        default -> sb.append(r.nextBoolean());
      }
    }
    return sb.append('}').toString();
  }

  private static final String BASE64URL =
      "ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789-_";

  private static String base64Url(Random r, int length) {
    StringBuilder sb = new StringBuilder(length);
    for (int i = 0; i < length; i++) {
      sb.append(BASE64URL.charAt(r.nextInt(64)));
    }
    return sb.toString();
  }

  private static String jwt(Random r, int length) {
    return "eyJhbGciOiJSUzI1NiIsInR5cCI6IkpXVCJ9." + base64Url(r, length) + "." + base64Url(r, 86);
  }

  private static String hex(Random r, int length) {
    StringBuilder sb = new StringBuilder(length);
    for (int i = 0; i < length; i++) {
      sb.append(Character.forDigit(r.nextInt(16), 16));
    }
    return sb.toString();
  }

  private static String uuid(Random r) {
    String h = hex(r, 32);
    return h.substring(0, 8)
        + "-"
        + h.substring(8, 12)
        + "-4"
        + h.substring(13, 16)
        + "-a"
        + h.substring(17, 20)
        + "-"
        + h.substring(20);
  }
}
