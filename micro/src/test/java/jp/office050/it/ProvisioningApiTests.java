package jp.office050.it;

import static org.assertj.core.api.Assertions.assertThat;

import jakarta.json.JsonObject;
import java.security.SecureRandom;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * The provider's API over HTTP, as the provider's order system and an attacker use it: tokens and scopes, contracts,
 * lines and the administrator ID, problem documents for every refusal, versions, retries. Then the path a provider
 * takes from nothing to an administrator who sees exactly its lines.
 */
abstract class ProvisioningApiTests extends PortalTests {

    private static final SecureRandom RANDOM = new SecureRandom();

    ApiClient orders;

    @BeforeEach
    void orderSystem() {
        orders = new ApiClient(base, ApiClient.ORDERS);
    }

    /** An 050 number nobody has: 0506 (contracts) or 0505 (lines), then seven random digits. */
    static String fresh(String prefix) {
        return prefix + String.format("%07d", RANDOM.nextInt(10_000_000));
    }

    String contract(String... services) {
        String number = fresh("0506");
        String list = String.join("\",\"", services);
        var created = orders.post(
                "contracts",
                "{\"number\":\"" + number + "\",\"customerName\":\"株式会社API\",\"services\":["
                        + (services.length == 0 ? "" : "\"" + list + "\"") + "]}");
        assertThat(created.status()).as(created.body()).isEqualTo(201);
        return number;
    }

    ApiClient.Answer addLine(String contract, String number, String loginId, String more) {
        return orders.post(
                "contracts/" + contract + "/lines",
                "{\"number\":\"" + number + "\",\"loginId\":\"" + loginId + "\",\"displayName\":\"鈴木 一郎\"" + more
                        + "}");
    }

    @Test
    void withoutATokenOrWithAnUnknownOneTheApiAnswers401AndAPageIsNoToken() {
        var none = new ApiClient(base, null).get("contracts");
        assertThat(none.status()).isEqualTo(401);
        assertThat(none.header("WWW-Authenticate"))
                .hasValueSatisfying(v -> assertThat(v).startsWith("Bearer"));
        assertThat(none.header("Content-Type"))
                .hasValueSatisfying(v -> assertThat(v).startsWith("application/problem+json"));
        assertThat(none.json().getInt("status")).isEqualTo(401);

        assertThat(new ApiClient(base, ApiClient.ORDERS + "x").get("contracts").status())
                .isEqualTo(401);

        // a signed-in administrator's session opens no API call
        var admin = new PortalClient(base);
        var contract = fixtures.contract(1);
        admin.loginAdmin(contract.adminId(), Fixtures.ADMIN_PASSWORD);
        assertThat(admin.fetch("api/v1/contracts").status()).isEqualTo(401);

        // and a token opens no page: the admin list sends it to the login page
        var page = new ApiClient(base, ApiClient.ORDERS).send("GET", "../../admin/lines.xhtml", null, Map.of());
        assertThat(page.status()).isEqualTo(302);
        assertThat(page.header("Location"))
                .hasValueSatisfying(v -> assertThat(v).doesNotContain("lines.xhtml"));
    }

    @Test
    void aTokenWithoutTheScopeIsRefusedWith403AndNothingIsStored() {
        String number = fresh("0506");
        var reader = new ApiClient(base, ApiClient.READER);
        var refused = reader.post("contracts", "{\"number\":\"" + number + "\",\"customerName\":\"読むだけ\"}");
        assertThat(refused.status()).isEqualTo(403);
        assertThat(refused.json().getString("type")).endsWith("/forbidden");
        assertThat(reader.get("contracts/" + number).status()).isEqualTo(404);

        String mine = contract("forwarding");
        var desk = new ApiClient(base, ApiClient.DESK);
        assertThat(desk.post("contracts/" + mine + "/suspend", null, Map.of("If-Match", "*"))
                        .status())
                .isEqualTo(403);
        assertThat(reader.get("contracts/" + mine).json().getString("state")).isEqualTo("active");
        assertThat(fixtures.auditAbout("/api/v1/contracts/" + mine + "/suspend"))
                .containsExactly("API_CALL REFUSED operator:desk 127.0.0.1");
    }

    @Test
    void aContractIsOpenedReadListedAndEveryCallIsAuditedInTheTokensName() {
        String number = fresh("0506");
        var created = orders.post(
                "contracts",
                "{\"number\":\"" + number
                        + "\",\"customerName\":\"東京商事株式会社\",\"services\":[\"forwarding\",\"click-dial\"]}");
        assertThat(created.status()).isEqualTo(201);
        assertThat(created.header("Location"))
                .hasValueSatisfying(v -> assertThat(v).endsWith("/api/v1/contracts/" + number));
        JsonObject body = created.json();
        assertThat(body.getString("customerName")).isEqualTo("東京商事株式会社");
        assertThat(body.getString("state")).isEqualTo("active");
        assertThat(body.getJsonArray("services").toString()).isEqualTo("[\"forwarding\",\"click-dial\"]");

        var read = new ApiClient(base, ApiClient.READER).get("contracts/" + number);
        assertThat(read.status()).isEqualTo(200);
        assertThat(read.json()).isEqualTo(body);
        assertThat(read.etag()).isEqualTo(created.etag());

        var all = orders.get("contracts?limit=500");
        long total = all.json().getJsonNumber("total").longValue();
        assertThat(total).isGreaterThanOrEqualTo(1);
        boolean listed = false;
        for (int offset = 0; offset < total && !listed; offset += 500) {
            listed = orders.get("contracts?limit=500&offset=" + offset).body().contains(number);
        }
        assertThat(listed).isTrue();

        assertThat(fixtures.auditAbout("contract:" + number))
                .containsExactly("CONTRACT_OPEN SUCCEEDED operator:orders 127.0.0.1");
        assertThat(fixtures.auditAbout("/api/v1/contracts/" + number))
                .containsExactly("API_CALL SUCCEEDED operator:reader 127.0.0.1");
    }

    @Test
    void everyMistakeInAContractIsNamedWithItsFieldAndNothingIsStored() {
        var invalid = orders.post(
                "contracts", "{\"number\":\"0312345678\",\"customerName\":\"\\u0007ベル\",\"services\":[\"fax\"]}");
        assertThat(invalid.status()).isEqualTo(400);
        assertThat(invalid.header("Content-Type"))
                .hasValueSatisfying(v -> assertThat(v).startsWith("application/problem+json"));
        assertThat(invalid.reasonFor("number")).contains("050");
        assertThat(invalid.reasonFor("customerName")).contains("control");
        assertThat(invalid.reasonFor("services")).contains("forwarding");
        assertThat(orders.get("contracts/0312345678").status()).isEqualTo(404);

        var types = orders.post(
                "contracts", "{\"number\":5012345678,\"customerName\":[\"a\"],\"services\":\"forwarding\"}");
        assertThat(types.status()).isEqualTo(400);
        assertThat(types.reasonFor("number")).isEqualTo("must be a string");
        assertThat(types.reasonFor("customerName")).isEqualTo("must be a string");
        assertThat(types.reasonFor("services")).isEqualTo("must be an array of strings");

        assertThat(orders.post("contracts", "{\"number\":").status()).isEqualTo(400);
        assertThat(orders.post("contracts", "[1,2]").json().getString("type")).endsWith("/malformed-body");

        String tooLong = "名".repeat(201);
        assertThat(orders.post(
                                "contracts",
                                "{\"number\":\"" + fresh("0506") + "\",\"customerName\":\"" + tooLong + "\"}")
                        .reasonFor("customerName"))
                .contains("200");

        var huge = orders.post("contracts", "{\"customerName\":\"" + "x".repeat(70_000) + "\"}");
        assertThat(huge.status()).isEqualTo(413);

        String taken = contract();
        var duplicate = orders.post("contracts", "{\"number\":\"" + taken + "\",\"customerName\":\"二重\"}");
        assertThat(duplicate.status()).isEqualTo(409);
        assertThat(duplicate.reasonFor("number")).contains("exists");
        assertThat(orders.get("contracts/" + taken).json().getString("customerName"))
                .isEqualTo("株式会社API");
    }

    @Test
    void aRetryWithTheSameIdempotencyKeyGetsTheFirstAnswerAndCreatesNothingTwice() {
        String number = fresh("0506");
        String body = "{\"number\":\"" + number + "\",\"customerName\":\"再送株式会社\",\"services\":[\"forwarding\"]}";
        var key = Map.of("Idempotency-Key", "order-" + number);
        var first = orders.post("contracts", body, key);
        var retry = orders.post("contracts", body, key);
        assertThat(first.status()).isEqualTo(201);
        assertThat(retry.status()).isEqualTo(201);
        assertThat(retry.body()).isEqualTo(first.body());
        assertThat(retry.header("Location")).isEqualTo(first.header("Location"));
        assertThat(retry.header("Idempotent-Replayed")).contains("true");
        assertThat(fixtures.auditAbout("contract:" + number)).hasSize(1);

        // the same key for another request is refused; the first contract is as it was
        var other = orders.post("contracts", body.replace("再送", "別"), key);
        assertThat(other.status()).isEqualTo(409);
        assertThat(other.reasonFor("Idempotency-Key")).contains("another request");

        // keys belong to a token: another token's request with the same key is its own request
        var otherToken = new ApiClient(base, ApiClient.ORDERS2).post("contracts", body, key);
        assertThat(otherToken.status()).isEqualTo(409);
        assertThat(otherToken.reasonFor("number")).contains("exists");

        // an issued password is the same in the retried answer: the first answer, not a second issue
        var issueKey = Map.of("Idempotency-Key", "admin-" + number);
        var issued = orders.post("contracts/" + number + "/administrator", "{}", issueKey);
        var reissued = orders.post("contracts/" + number + "/administrator", "{}", issueKey);
        assertThat(issued.status()).isEqualTo(201);
        assertThat(reissued.json().getString("initialPassword"))
                .isEqualTo(issued.json().getString("initialPassword"));
        var admin = new PortalClient(base)
                .loginAdmin(issued.json().getString("adminId"), issued.json().getString("initialPassword"));
        assertThat(admin.uri().getPath()).endsWith("/admin/password.xhtml");
    }

    @Test
    void aChangeNeedsTheCurrentVersionAndAStaleOneChangesNothing() {
        String number = contract("forwarding");
        String etag = orders.get("contracts/" + number).etag();

        var withoutVersion = orders.send("PATCH", "contracts/" + number, "{\"customerName\":\"新社名\"}", Map.of());
        assertThat(withoutVersion.status()).isEqualTo(428);

        var renamed =
                orders.send("PATCH", "contracts/" + number, "{\"customerName\":\"新社名\"}", Map.of("If-Match", etag));
        assertThat(renamed.status()).isEqualTo(200);
        assertThat(renamed.json().getString("customerName")).isEqualTo("新社名");
        assertThat(renamed.etag()).isNotEqualTo(etag);

        var stale = orders.send("PATCH", "contracts/" + number, "{\"customerName\":\"古い版\"}", Map.of("If-Match", etag));
        assertThat(stale.status()).isEqualTo(412);
        assertThat(stale.etag()).isEqualTo(renamed.etag());
        assertThat(orders.post("contracts/" + number + "/suspend", null, Map.of("If-Match", etag))
                        .status())
                .isEqualTo(412);
        var now = orders.get("contracts/" + number).json();
        assertThat(now.getString("customerName")).isEqualTo("新社名");
        assertThat(now.getString("state")).isEqualTo("active");
    }

    @Test
    void aSuspendedContractsAdministratorAndLinesCannotSignInUntilItIsResumed() {
        var contract = fixtures.contract(1);
        String line = contract.loginIds().get(0);
        var admin = new PortalClient(base);
        admin.loginAdmin(contract.adminId(), Fixtures.ADMIN_PASSWORD);

        String etag = orders.get("contracts/" + contract.number()).etag();
        var suspended = orders.post("contracts/" + contract.number() + "/suspend", null, Map.of("If-Match", etag));
        assertThat(suspended.json().getString("state")).isEqualTo("suspended");

        assertThat(new PortalClient(base)
                        .loginAdmin(contract.adminId(), Fixtures.ADMIN_PASSWORD)
                        .body())
                .contains(LoginTests.LOGIN_FAILED);
        assertThat(new PortalClient(base)
                        .loginUser(line, Fixtures.USER_PASSWORD)
                        .body())
                .contains(LoginTests.LOGIN_FAILED);
        // the administrator signed in before the suspension can no longer act
        assertThat(admin.get("admin/lines.xhtml").status()).isEqualTo(403);

        orders.post("contracts/" + contract.number() + "/resume", null, Map.of("If-Match", suspended.etag()));
        assertThat(new PortalClient(base)
                        .loginAdmin(contract.adminId(), Fixtures.ADMIN_PASSWORD)
                        .uri()
                        .getPath())
                .endsWith("/admin/lines.xhtml");
    }

    @Test
    void aCancelledContractIsKeptButListedNowhereAndTakesNoChange() {
        String number = contract("forwarding");
        String etag = orders.get("contracts/" + number).etag();
        var cancelled = orders.post("contracts/" + number + "/cancel", null, Map.of("If-Match", etag));
        assertThat(cancelled.json().getString("state")).isEqualTo("cancelled");

        assertThat(orders.get("contracts/" + number).json().getString("state")).isEqualTo("cancelled");
        long total =
                orders.get("contracts?limit=1").json().getJsonNumber("total").longValue();
        for (int offset = 0; offset < total; offset += 500) {
            assertThat(orders.get("contracts?limit=500&offset=" + offset).body())
                    .doesNotContain(number);
        }
        assertThat(orders.post("contracts/" + number + "/resume", null, Map.of("If-Match", "*"))
                        .status())
                .isEqualTo(409);
        assertThat(addLine(number, fresh("0505"), "c" + fresh("0505"), "").status())
                .isEqualTo(409);
    }

    @Test
    void linesAreAddedWithTheContractsServicesReadSearchedRenamedAndRemoved() {
        String contract = contract("forwarding", "click-dial");
        String number = fresh("0505");
        String loginId = "u" + number;
        var added = addLine(contract, number, loginId, ",\"services\":[\"forwarding\"]");
        assertThat(added.status()).as(added.body()).isEqualTo(201);
        assertThat(added.json().getString("password")).isEqualTo("none");
        assertThat(added.json().containsKey("initialPassword")).isFalse();

        assertThat(addLine(contract, number, "x" + number, "").reasonFor("number"))
                .contains("exists");
        assertThat(addLine(contract, fresh("0505"), loginId, "").reasonFor("loginId"))
                .contains("exists");
        var notOffered = addLine(contract, fresh("0505"), "y" + number, ",\"services\":[\"anonymous-rejection\"]");
        assertThat(notOffered.status()).isEqualTo(409);
        assertThat(notOffered.reasonFor("services")).contains("anonymous-rejection");
        var wrong = addLine(contract, "0501234", "bad id!", ",\"kind\":\"fax\"");
        assertThat(wrong.status()).isEqualTo(400);
        assertThat(List.of(wrong.reasonFor("number"), wrong.reasonFor("loginId"), wrong.reasonFor("kind")))
                .allSatisfy(reason -> assertThat(reason).isNotEmpty());

        var found = orders.get("contracts/" + contract + "/lines?q=" + number.substring(4));
        assertThat(found.json().getJsonNumber("total").longValue()).isEqualTo(1);
        assertThat(orders.get("contracts/" + contract + "/lines?q=nobody")
                        .json()
                        .getJsonNumber("total")
                        .longValue())
                .isZero();
        assertThat(orders.get("contracts/" + contract + "/lines?limit=0").status())
                .isEqualTo(400);

        String path = "contracts/" + contract + "/lines/" + number;
        String etag = orders.get(path).etag();
        var renamed = orders.send("PATCH", path, "{\"displayName\":\"佐藤 花子\"}", Map.of("If-Match", etag));
        assertThat(renamed.json().getString("displayName")).isEqualTo("佐藤 花子");
        var services = orders.send(
                "PUT",
                path + "/services",
                "{\"services\":[\"forwarding\",\"click-dial\"]}",
                Map.of("If-Match", renamed.etag()));
        assertThat(services.json().getJsonArray("services").toString()).isEqualTo("[\"forwarding\",\"click-dial\"]");
        String lines = "contracts/" + contract + "/lines?q=";
        assertThat(orders.get(lines + java.net.URLEncoder.encode("花子", java.nio.charset.StandardCharsets.UTF_8))
                        .json()
                        .getJsonNumber("total")
                        .longValue())
                .isEqualTo(1);
        var latin =
                orders.send("PATCH", path, "{\"displayName\":\"Hanako SATO\"}", Map.of("If-Match", services.etag()));
        assertThat(latin.status()).isEqualTo(200);
        assertThat(orders.get(lines + "sato").json().getJsonNumber("total").longValue())
                .as("the search follows a rename, in any case")
                .isEqualTo(1);
        assertThat(orders.get(lines + java.net.URLEncoder.encode("花子", java.nio.charset.StandardCharsets.UTF_8))
                        .json()
                        .getJsonNumber("total")
                        .longValue())
                .isZero();

        assertThat(orders.send("DELETE", path, null, Map.of("If-Match", etag)).status())
                .isEqualTo(412);
        assertThat(orders.send("DELETE", path, null, Map.of("If-Match", latin.etag()))
                        .status())
                .isEqualTo(204);
        assertThat(orders.get(path).status()).isEqualTo(404);
        assertThat(fixtures.auditAbout("line:" + loginId))
                .containsExactly(
                        "LINE_REMOVE SUCCEEDED operator:orders 127.0.0.1",
                        "LINE_CHANGE SUCCEEDED operator:orders 127.0.0.1", // the second rename
                        "LINE_CHANGE SUCCEEDED operator:orders 127.0.0.1", // the services
                        "LINE_CHANGE SUCCEEDED operator:orders 127.0.0.1", // the first rename
                        "LINE_ADD SUCCEEDED operator:orders 127.0.0.1");
    }

    @Test
    void theDeskUnlocksALockedLineAndTheUserSignsInAtOnce() {
        var contract = fixtures.contract(1);
        String loginId = contract.loginIds().get(0);
        fixtures.lock(loginId);
        String lineNumber = orders.get("contracts/" + contract.number() + "/lines?q=" + loginId)
                .json()
                .getJsonArray("items")
                .getJsonObject(0)
                .getString("number");
        var desk = new ApiClient(base, ApiClient.DESK);
        assertThat(orders.post("contracts/" + contract.number() + "/lines/" + lineNumber + "/unlock", null)
                        .status())
                .isEqualTo(403);
        var unlocked = desk.post("contracts/" + contract.number() + "/lines/" + lineNumber + "/unlock", null);
        assertThat(unlocked.status()).isEqualTo(200);
        assertThat(unlocked.json().containsKey("lockedUntil")).isFalse();
        assertThat(new PortalClient(base)
                        .loginUser(loginId, Fixtures.USER_PASSWORD)
                        .uri()
                        .getPath())
                .endsWith("/user/settings/index.xhtml");
    }

    @Test
    void anAdministratorIdComesOnceWithOptionServicesAndItsPasswordCanBeReissued() {
        String bare = contract();
        var refused = orders.post("contracts/" + bare + "/administrator", "{}");
        assertThat(refused.status()).isEqualTo(409);
        assertThat(refused.json().getString("detail")).contains("option services");

        String number = contract("anonymous-rejection");
        var issued = orders.post("contracts/" + number + "/administrator", "{\"adminId\":\"K" + number + "\"}");
        assertThat(issued.status()).isEqualTo(201);
        assertThat(issued.json().getString("adminId")).isEqualTo("K" + number);
        assertThat(orders.post("contracts/" + number + "/administrator", "{}").status())
                .isEqualTo(409);
        assertThat(orders.get("contracts/" + number + "/administrator").json().containsKey("initialPassword"))
                .isFalse();

        var again = orders.post("contracts/" + number + "/administrator/password", null);
        String first = issued.json().getString("initialPassword");
        String second = again.json().getString("initialPassword");
        assertThat(second).isNotEqualTo(first).hasSize(12);
        assertThat(new PortalClient(base).loginAdmin("K" + number, first).body())
                .contains(LoginTests.LOGIN_FAILED);
        assertThat(new PortalClient(base).loginAdmin("K" + number, second).uri().getPath())
                .endsWith("/admin/password.xhtml");
        assertThat(orders.get("contracts/nosuch/administrator").status()).isEqualTo(404);
        assertThat(orders.get("nothing-here").json().getInt("status")).isEqualTo(404);
    }

    @Test
    void fromNothingToAnAdministratorWhoSeesExactlyTheLinesTheApiCreated() {
        String contract = contract("forwarding", "click-dial", "anonymous-rejection");
        List<String> numbers = List.of(fresh("0505"), fresh("0505"), fresh("0505"));
        for (String number : numbers) {
            assertThat(addLine(
                                    contract,
                                    number,
                                    "e" + number,
                                    ",\"services\":[\"forwarding\"],\"initialPassword\":true")
                            .status())
                    .isEqualTo(201);
        }
        String multiple = fresh("0505");
        assertThat(addLine(contract, multiple, "m" + multiple, ",\"kind\":\"multiple-number\"")
                        .status())
                .isEqualTo(201);
        var admin =
                orders.post("contracts/" + contract + "/administrator", "{}").json();

        var browser = new PortalClient(base);
        var first = browser.loginAdmin(admin.getString("adminId"), admin.getString("initialPassword"));
        // the opening guide's password is for the first login only: nothing else until a new one is chosen
        assertThat(first.uri().getPath()).endsWith("/admin/password.xhtml");
        assertThat(first.body()).contains("開通案内書に記載の初期パスワード");
        assertThat(browser.fetch("admin/lines.xhtml").uri().getPath()).endsWith("/admin/password.xhtml");
        assertThat(browser.fetch("admin/it/page").uri().getPath()).endsWith("/admin/password.xhtml");
        browser.get("admin/password.xhtml");
        String weak = admin.getString("adminId") + "x";
        var tooWeak = changeInitialPassword(browser, admin, weak);
        assertThat(tooWeak.body()).contains("基本契約番号や管理者IDを含むパスワードは設定できません");
        String chosen = "Ein neues Kennwort 050";
        var page = changeInitialPassword(browser, admin, chosen);
        assertThat(page.uri().getPath()).endsWith("/admin/lines.xhtml");
        assertThat(page.body()).contains(contract);
        for (String number : numbers) {
            assertThat(page.body()).contains("e" + number);
        }
        assertThat(page.body()).doesNotContain("m" + multiple).contains("3 件中");
        // the list and its total follow the provider's removals
        assertThat(removeLine(contract, numbers.get(0))).isEqualTo(204);
        assertThat(browser.get("admin/lines.xhtml").body())
                .doesNotContain("e" + numbers.get(0))
                .contains("2 件中");
        // a count that disagrees with the lines (changed by hand in the database) is taken again, not a failed removal
        fixtures.lineCount(contract, 0);
        assertThat(removeLine(contract, numbers.get(1))).isEqualTo(204);
        assertThat(browser.get("admin/lines.xhtml").body()).contains("1 件中");
        assertThat(new PortalClient(base)
                        .loginAdmin(admin.getString("adminId"), admin.getString("initialPassword"))
                        .body())
                .contains(LoginTests.LOGIN_FAILED);
        assertThat(new PortalClient(base)
                        .loginAdmin(admin.getString("adminId"), chosen)
                        .uri()
                        .getPath())
                .endsWith("/admin/lines.xhtml");
    }

    /** Removes a line through the API, with the version it has now: the answer's status. */
    private int removeLine(String contract, String number) {
        String line = "contracts/" + contract + "/lines/" + number;
        return orders.send(
                        "DELETE",
                        line,
                        null,
                        Map.of("If-Match", orders.get(line).etag()))
                .status();
    }

    /** The password page's form, shown last to {@code browser}, sent with the administrator's initial password. */
    private static PortalClient.Page changeInitialPassword(PortalClient browser, JsonObject admin, String chosen) {
        return browser.submit(
                "password",
                "change",
                Map.of("current", admin.getString("initialPassword"), "newPassword", chosen, "confirmation", chosen));
    }

    ApiClient.Answer importCsv(String contract, String csv, String query) {
        return orders.send(
                "POST", "contracts/" + contract + "/lines/import" + query, csv, Map.of("Content-Type", "text/csv"));
    }

    @Test
    void aDryRunNamesEveryProblemOfEveryRowAndARealRunWithOneProblemStoresNothing() {
        String contract = contract("forwarding");
        String taken = fresh("0505");
        assertThat(addLine(contract, taken, "t" + taken, "").status()).isEqualTo(201);
        String good = fresh("0505");
        String twice = fresh("0505");
        String csv = "number,loginId,displayName,services,kind\n"
                + good + ",g" + good + ",良い行,forwarding,\n" // line 2: fine
                + "0312345678,a" + good + ",固定番号,,\n" // 3: not an 050 number
                + fresh("0505") + ",bad id,空白入り,,\n" // 4: login ID
                + fresh("0505") + ",c" + good + ",\u0007ベル,,\n" // 5: control character
                + fresh("0505") + ",d" + good + ",名前,fax,\n" // 6: unknown service
                + fresh("0505") + ",e" + good + ",名前,click-dial,\n" // 7: not the contract's
                + twice + ",f" + good + ",名前,,\n" // 8: fine
                + twice + ",h" + good + ",名前,,\n" // 9: the number of line 8
                + taken + ",i" + good + ",名前,,\n" // 10: exists
                + fresh("0505") + ",j" + good + "\n" // 11: too few fields
                + fresh("0505") + ",k" + good + ",名前,,fax\n"; // 12: kind
        var dry = importCsv(contract, csv, "?dryRun=true");
        assertThat(dry.status()).isEqualTo(200);
        assertThat(dry.json().getInt("rows")).isEqualTo(10);
        var problems = dry.json().getJsonArray("problems").getValuesAs(JsonObject.class);
        assertThat(problems)
                .extracting(p -> p.getInt("line") + " " + p.getString("field", "-"))
                .containsExactly(
                        "3 number",
                        "4 loginId",
                        "5 displayName",
                        "6 services",
                        "7 services",
                        "9 number",
                        "10 number",
                        "11 -",
                        "12 kind");
        assertThat(orders.get("contracts/" + contract + "/lines/" + good).status())
                .isEqualTo(404);

        var real = importCsv(contract, csv, "");
        assertThat(real.status()).isEqualTo(400);
        assertThat(real.json().getString("type")).endsWith("/import-rejected");
        assertThat(real.json().getJsonArray("errors")).hasSize(9);
        assertThat(orders.get("contracts/" + contract + "/lines/" + good).status())
                .isEqualTo(404);
        assertThat(orders.get("contracts/" + contract + "/lines").json().getInt("total"))
                .isEqualTo(1);

        assertThat(importCsv(contract, "name,number\nx,1\n", "?dryRun=true")
                        .json()
                        .getJsonArray("problems"))
                .hasSize(3);
        byte[] latin1 = "number,loginId,displayName\n05012340009,u9,M\u00fcller\n"
                .getBytes(java.nio.charset.StandardCharsets.ISO_8859_1);
        var notUtf8 =
                orders.sendBytes("POST", "contracts/" + contract + "/lines/import?dryRun=true", latin1, "text/csv");
        assertThat(notUtf8.status()).isEqualTo(400);
        assertThat(notUtf8.json().getString("detail")).contains("UTF-8");
    }

    @Test
    void tenThousandLinesImportInOneRequestAndTheTimeIsPrinted() {
        String contract = contract("forwarding", "anonymous-rejection");
        String prefix = "0504" + String.format("%03d", RANDOM.nextInt(1000));
        var csv = new StringBuilder("\uFEFFnumber,loginId,displayName,services\r\n");
        for (int i = 0; i < 10_000; i++) {
            String number = prefix + String.format("%04d", i);
            csv.append(number)
                    .append(",imp")
                    .append(number)
                    .append(",社員 ")
                    .append(i)
                    .append(",forwarding anonymous-rejection\r\n");
        }
        String before = fresh("0505");
        assertThat(addLine(contract, before, "b" + before, "").status()).isEqualTo(201);
        long started = System.nanoTime();
        var dry = importCsv(contract, csv.toString(), "?dryRun=true");
        long checked = System.nanoTime();
        var real = importCsv(contract, csv.toString(), "");
        long imported = System.nanoTime();
        assertThat(dry.status()).isEqualTo(200);
        assertThat(dry.json().getJsonArray("problems")).isEmpty();
        assertThat(real.status())
                .as(real.body().substring(0, Math.min(500, real.body().length())))
                .isEqualTo(201);
        assertThat(real.json().getJsonArray("created")).hasSize(10_000);
        assertThat(orders.get("contracts/" + contract + "/lines?limit=1").json().getInt("total"))
                .isEqualTo(10_001);
        var admin =
                orders.post("contracts/" + contract + "/administrator", "{}").json();
        var browser = new PortalClient(base);
        browser.loginAdmin(admin.getString("adminId"), admin.getString("initialPassword"));
        browser.get("admin/password.xhtml");
        var list = changeInitialPassword(browser, admin, "Ein neues Kennwort 050");
        assertThat(list.uri().getPath()).endsWith("/admin/lines.xhtml");
        assertThat(list.body()).as("the line the API added, then the import's").containsPattern("10,?001 件中");
        System.out.printf(
                "Import of 10,000 lines (%s): dry run %d ms, import %d ms%n",
                System.getProperty("it.database", "h2"),
                (checked - started) / 1_000_000,
                (imported - checked) / 1_000_000);
    }

    @Test
    void anImportWithPasswordsGivesEachLineOneOnceAndItOpensThePasswordPage() {
        String contract = contract("forwarding");
        var csv = new StringBuilder("number,loginId,displayName\n");
        List<String> numbers = List.of(fresh("0505"), fresh("0505"), fresh("0505"));
        numbers.forEach(n -> csv.append(n).append(",p").append(n).append(",初期パスワード付き\n"));
        var report = importCsv(contract, csv.toString(), "?passwords=true");
        assertThat(report.status()).isEqualTo(201);
        var created = report.json().getJsonArray("created").getValuesAs(JsonObject.class);
        assertThat(created)
                .allSatisfy(
                        line -> assertThat(line.getString("initialPassword")).hasSize(12));
        var user = new PortalClient(base)
                .loginUser(created.get(0).getString("loginId"), created.get(0).getString("initialPassword"));
        assertThat(user.uri().getPath()).endsWith("/user/settings/password.xhtml");
    }

    @Test
    void aPasswordTheProviderReissuesEndsTheSessionsSignedInWithTheOldOne() {
        var contract = fixtures.contract(1);
        var admin = new PortalClient(base);
        assertThat(admin.loginAdmin(contract.adminId(), Fixtures.ADMIN_PASSWORD)
                        .uri()
                        .getPath())
                .endsWith("/admin/lines.xhtml");

        assertThat(orders.post("contracts/" + contract.number() + "/administrator/password", null)
                        .status())
                .isEqualTo(200);

        var next = admin.get("admin/lines.xhtml");
        assertThat(next.uri().getPath()).doesNotContain("/admin/");
        assertThat(next.body()).contains("管理者IDでログイン");
    }

    @Test
    void aSessionOfARemovedLineOpensNothingOfTheNewLineWithTheSameLoginId() {
        var contract = fixtures.contract(1);
        String loginId = contract.loginIds().get(0);
        var user = new PortalClient(base);
        assertThat(user.loginUser(loginId, Fixtures.USER_PASSWORD).uri().getPath())
                .endsWith("/user/settings/index.xhtml");
        String number = orders.get("contracts/" + contract.number() + "/lines?q=" + loginId)
                .json()
                .getJsonArray("items")
                .getJsonObject(0)
                .getString("number");
        String path = "contracts/" + contract.number() + "/lines/" + number;
        assertThat(orders.send(
                                "DELETE",
                                path,
                                null,
                                Map.of("If-Match", orders.get(path).etag()))
                        .status())
                .isEqualTo(204);
        assertThat(addLine(contract.number(), fresh("0505"), loginId, "").status())
                .isEqualTo(201);

        var next = user.get("user/settings/index.xhtml");
        assertThat(next.uri().getPath()).endsWith("/user/");
    }

    @Test
    void weakTagsMissingListsAndMalformedHeadersAreRefusedWithProblems() {
        String contract = contract("forwarding");
        String number = fresh("0505");
        addLine(contract, number, "w" + number, ",\"services\":[\"forwarding\"]");
        String path = "contracts/" + contract + "/lines/" + number;
        String etag = orders.get(path).etag();
        assertThat(orders.send("PATCH", path, "{\"displayName\":\"弱い\"}", Map.of("If-Match", "W/" + etag))
                        .status())
                .isEqualTo(412);
        var missing = orders.send("PUT", path + "/services", "{\"service\":[]}", Map.of("If-Match", etag));
        assertThat(missing.status()).isEqualTo(400);
        assertThat(missing.reasonFor("services")).contains("required");
        assertThat(orders.get(path).json().getJsonArray("services")).hasSize(1);
        var header = orders.send("POST", "contracts", "{}", Map.of("Content-Type", ";"));
        assertThat(header.status()).isEqualTo(400);
        assertThat(header.header("Content-Type"))
                .hasValueSatisfying(v -> assertThat(v).startsWith("application/problem+json"));
        assertThat(orders.get("contracts/" + contract + "/lines?q=%00").status())
                .isEqualTo(400);
        assertThat(orders.get("contracts/%00/lines").status()).isIn(400, 404); // the container refuses a NUL in a path
    }

    @Test
    void aLargeImportWithPasswordsRunsInTheBackgroundAndIsFollowedStoppedAndResumed() throws InterruptedException {
        String contract = contract("forwarding");
        var csv = new StringBuilder("number,loginId,displayName\n");
        String prefix = "0507" + String.format("%04d", RANDOM.nextInt(10_000));
        for (int i = 0; i < 240; i++) {
            String n = prefix + String.format("%03d", i);
            csv.append(n).append(",bg").append(n).append(",後で\n");
        }
        var accepted = importCsv(contract, csv.toString(), "?passwords=true");
        assertThat(accepted.status()).as(accepted.body()).isEqualTo(202);
        String job = accepted.header("Location").orElseThrow().replaceFirst(".*/api/v1/", "");
        assertThat(accepted.json().getJsonArray("created")).hasSize(240);
        assertThat(new ApiClient(base, ApiClient.ORDERS2).get(job).status())
                .as("another token's import")
                .isEqualTo(404);

        JsonObject running = waitFor(job, state -> state.getInt("done") > 0);
        assertThat(running.getInt("total")).isEqualTo(240);
        var otherToken = new ApiClient(base, ApiClient.ORDERS2);
        assertThat(otherToken.post(job + "/stop", null).status()).isEqualTo(404);
        assertThat(orders.post(job + "/stop", null).status()).isEqualTo(200);
        JsonObject stopped = waitFor(job, state -> !state.getString("state").equals("running"));
        assertThat(stopped.getString("state")).isEqualTo("stopped");
        assertThat(stopped.getInt("done")).isLessThan(stopped.getInt("total"));
        assertThat(otherToken.post(job + "/resume", null).status()).isEqualTo(404);
        assertThat(otherToken.get(job + "/passwords").status()).isEqualTo(404);
        assertThat(orders.post(job + "/resume", null).status()).isEqualTo(200);
        JsonObject completed = waitFor(job, state -> state.getString("state").equals("completed"));
        assertThat(completed.getInt("done")).isEqualTo(240);
        assertThat(orders.post(job + "/resume", null).status()).isEqualTo(409);

        var passwords = orders.get(job + "/passwords");
        assertThat(passwords.header("Content-Type"))
                .hasValueSatisfying(v -> assertThat(v).startsWith("text/csv"));
        List<String> rows = passwords.body().lines().skip(1).toList();
        assertThat(rows).hasSize(240);
        assertThat(rows.stream().map(row -> row.split(",")[1])).doesNotHaveDuplicates();
        for (String row : List.of(rows.get(0), rows.get(239))) { // the first and the last
            String[] line = row.split(",");
            assertThat(new PortalClient(base).loginUser(line[1], line[2]).uri().getPath())
                    .endsWith("/user/settings/password.xhtml");
        }
    }

    /** The import's state once {@code until} holds; at most two minutes. */
    private JsonObject waitFor(String job, java.util.function.Predicate<JsonObject> until) throws InterruptedException {
        long deadline = System.nanoTime() + java.util.concurrent.TimeUnit.MINUTES.toNanos(2);
        while (true) {
            JsonObject state = orders.get(job).json();
            if (until.test(state)) {
                return state;
            }
            if (System.nanoTime() > deadline) {
                throw new AssertionError("the import did not get there in two minutes: " + state);
            }
            Thread.sleep(200);
        }
    }
}
