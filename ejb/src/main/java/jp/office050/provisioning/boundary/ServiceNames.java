package jp.office050.provisioning.boundary;

import java.util.Arrays;
import java.util.EnumSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.stream.Collectors;
import jp.office050.contracts.entity.Contract;
import jp.office050.contracts.entity.InvalidFieldsException;
import jp.office050.contracts.entity.OptionService;

/** The option services as the API names them: {@code forwarding}, {@code click-dial}, {@code anonymous-rejection}. */
public final class ServiceNames {

    private ServiceNames() {}

    public static String of(OptionService service) {
        return service.name().toLowerCase(Locale.ROOT).replace('_', '-');
    }

    public static List<String> of(Set<OptionService> services) {
        return services.stream().sorted().map(ServiceNames::of).toList();
    }

    /** Why a line of {@code contract} cannot have these services, if it cannot: the ones the contract lacks. */
    public static java.util.Optional<String> notOffered(Contract contract, Set<OptionService> services) {
        Set<OptionService> missing = contract.notOffered(services);
        return missing.isEmpty()
                ? java.util.Optional.empty()
                : java.util.Optional.of("the contract does not subscribe to " + String.join(", ", of(missing)));
    }

    /** The services named; an unknown name is refused with the names there are. Null means none. */
    public static Set<OptionService> parse(String field, List<String> names) {
        Set<OptionService> services = EnumSet.noneOf(OptionService.class);
        if (names == null) {
            return services;
        }
        for (String name : names) {
            OptionService service = Arrays.stream(OptionService.values())
                    .filter(s -> of(s).equals(name))
                    .findFirst()
                    .orElseThrow(() -> new InvalidFieldsException(
                            field,
                            "unknown option service; one of "
                                    + Arrays.stream(OptionService.values())
                                            .map(ServiceNames::of)
                                            .collect(Collectors.joining(", "))));
            services.add(service);
        }
        return services;
    }
}
