package jp.office050.web.settings;

import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.util.List;
import jp.office050.options.boundary.LineIdentity;
import jp.office050.options.boundary.OptionSettings;
import jp.office050.options.boundary.Overview;
import jp.office050.web.MessageTexts;

/** What happens when someone calls this line, in plain words, and which option services it has. */
@Named("lineSummary")
@RequestScoped
public class SummaryBacking {

    @Inject
    OptionSettings settings;

    @Inject
    SettingsLine line;

    private Overview overview;
    private LineIdentity facts;

    /** Number, login ID and name of the line. */
    public LineIdentity getLine() {
        if (facts == null) {
            facts = settings.line(line.getLineId());
        }
        return facts;
    }

    /** After a save: the summary was read before the action ran (ui:repeat reads it while decoding). */
    public void refresh() {
        overview = null;
    }

    public Overview getOverview() {
        if (overview == null) {
            overview = settings.overview(line.getLineId());
        }
        return overview;
    }

    public List<String> getSentences() {
        return getOverview().getSummary().stream()
                .map(phrase ->
                        MessageTexts.text(phrase.key(), phrase.arguments().toArray()))
                .toList();
    }
}
