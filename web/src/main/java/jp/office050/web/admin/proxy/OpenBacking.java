package jp.office050.web.admin.proxy;

import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.IOException;
import jp.office050.options.boundary.OptionSettings;
import jp.office050.web.security.Authenticator;

/** [ユーザ画面参照]: checks the administrator may set the line, grants a proxy window for it, and goes there. */
@Named("proxyOpen")
@RequestScoped
public class OpenBacking {

    @Inject
    OptionSettings settings;

    @Inject
    ProxyGrants grants;

    @Inject
    Authenticator authenticator;

    private String line;

    public void open() throws IOException {
        long lineId = line != null && line.matches("\\d{1,18}") ? Long.parseLong(line) : -1L;
        settings.openProxy(lineId);
        authenticator.redirect("/admin/proxy/index.xhtml?grant=" + grants.grant(lineId));
    }

    public String getLine() {
        return line;
    }

    public void setLine(String line) {
        this.line = line;
    }
}
