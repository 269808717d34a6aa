package jp.office050.web.admin;

import jakarta.annotation.PostConstruct;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.Serializable;
import java.util.List;
import java.util.Optional;
import jp.office050.login.boundary.SecondFactors;
import jp.office050.login.boundary.SecondFactors.Standing;
import org.omnifaces.util.Messages;

/**
 * 二段階認証の設定: the signed-in administrator ID or email account scans a new secret's QR code with an authenticator
 * app and confirms with a code from it; the recovery codes are shown once, then forgotten. The secret stays in this
 * view (the server's), never in the page's form.
 */
@Named
@ViewScoped
public class SecondFactorBacking implements Serializable {

    private static final long serialVersionUID = 1L;

    @Inject
    SecondFactors factors;

    private Standing standing;
    private String secret;
    private String code;
    private List<String> recoveryCodes;

    @PostConstruct
    void init() {
        standing = factors.standing();
        if (!standing.enrolled()) {
            secret = factors.newSecret();
        }
    }

    public void enrol() {
        Optional<List<String>> codes = factors.enrol(secret, code);
        code = null;
        if (codes.isEmpty()) {
            Messages.addGlobalError("secondFactor.wrongCode");
            return;
        }
        recoveryCodes = codes.get();
        secret = null;
        standing = factors.standing();
        Messages.addGlobalInfo("secondFactor.enrolled");
    }

    public Standing getStanding() {
        return standing;
    }

    public String getQrCode() {
        return secret == null ? null : factors.qrCode(secret);
    }

    /** The secret in groups of four, for typing into an app that cannot scan. */
    public String getSecretText() {
        return secret == null ? "" : secret.replaceAll("(.{4})(?!$)", "$1 ");
    }

    public List<String> getRecoveryCodes() {
        return recoveryCodes;
    }

    public String getCode() {
        return code;
    }

    public void setCode(String code) {
        this.code = code;
    }
}
