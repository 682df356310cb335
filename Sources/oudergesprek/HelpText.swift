/// The Dutch help text for `--help`.
enum HelpText {
  static let text = """
    oudergesprek: oefen oudergesprekken met een gesimuleerde ouder.

    Gebruik:
      oudergesprek                      kies een scenario (Enter: het standaardscenario)
      oudergesprek oefen [SCENARIO]     oefen een gesprek alleen (SCENARIO: id of pad naar .json)
      oudergesprek scenarios            toon de scenario's
      oudergesprek controleer [PAD…]    controleer scenariobestanden (standaard: de map Scenarios)
      oudergesprek analyseer "TEKST"    toon de gespreksmarkers in één antwoord, met uitleg en feedback

    Opties bij oefen:
      --seed N            speel precies hetzelfde gesprek opnieuw (zelfde seed, zelfde antwoorden)
      --scenarios PAD     de map met scenario's (ook: OUDERGESPREK_SCENARIOS)

    Opties bij scenarios:
      --soort SOORT       alleen deze soort gesprek (bijvoorbeeld pesten, klacht, verzuim)
      --rol ROL           alleen vakdocent of mentor
      --moeilijkheid M    alleen makkelijk, gemiddeld of moeilijk

    Opties bij controleer:
      --uitgebreid        toon bij elke fout de regel uit het bestand met een ^ eronder

    Opties bij analyseer:
      --json              lees antwoorden van de invoer (één per regel), schrijf per regel JSON
      --evalueer BESTAND  meet de herkenning op een gelabelde set (.tsv zoals corpus/dev.tsv)

    Algemeen:
      --help, -h          deze hulp
      --version           de versie

    Tijdens het gesprek: /hulp, /kaart, /tip, /stop.
    Gesprekken worden bewaard in $OUDERGESPREK_HOME/sessies
    (standaard ~/.local/share/oudergesprek/sessies).

    Afsluitcodes: 0 goed, 1 fouten gevonden (controleer), 2 invoer hield op voor het einde
    van het gesprek, 64 verkeerde opdracht, 65 onbruikbaar scenario, 74 schrijffout, 130 Ctrl-C.
    """
}
