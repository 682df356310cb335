/// The Dutch help text for `--help`.
enum HelpText {
  static let text = """
    oudergesprek: oefen oudergesprekken met een gesimuleerde ouder.

    Gebruik:
      oudergesprek                      kies een scenario (Enter: het standaardscenario)
      oudergesprek oefen [SCENARIO]     oefen een gesprek alleen (SCENARIO: id of pad naar .json)
      oudergesprek samen [SCENARIO]     oefen met een collega die de ouder speelt en je beoordeelt
      oudergesprek scenarios            toon de scenario's
      oudergesprek controleer [PAD…]    controleer scenariobestanden en speel hun testgesprekken
                                        (standaard: de map Scenarios)
      oudergesprek graaf SCENARIO       toon het emotiemodel van een scenario als Mermaid-diagram
      oudergesprek nieuw ID             schrijf een beginscenario ID.json om zelf verder te schrijven
      oudergesprek verslag GESPREK      maak het verslag van een gesprek (.json uit sessies) opnieuw
      oudergesprek voortgang            je voortgang over alle gesprekken, per scenario
      oudergesprek groep PAD…           overzicht van de gesprekken van een groep (mappen of .json-bestanden)
      oudergesprek analyseer "TEKST"    toon de gespreksmarkers in één antwoord, met uitleg en feedback
      oudergesprek leer SET… --uit PAD  leer het analysemodel uit gelabelde sets (--toets: meet het)

    Opties bij oefen:
      --seed N            speel precies hetzelfde gesprek opnieuw (zelfde seed, zelfde antwoorden)
      --scenarios PAD     de map met scenario's (ook: OUDERGESPREK_SCENARIOS)
      --voorbereiding, --zonder-voorbereiding
                          wel of geen voorbereiding na de briefing (standaard: wel in een terminal,
                          niet met invoer uit een pipe); Enter bij de eerste vraag slaat hem over
      --zelfbeoordeling, --zonder-zelfbeoordeling
                          wel of geen cijfers voor jezelf na het gesprek, vóór de terugkoppeling
                          (standaard: wel in een terminal, niet met invoer uit een pipe)
      --naam NAAM         je naam in het gespreksbestand, voor 'groep' (ook: OUDERGESPREK_NAAM;
                          anders in een terminal één keer gevraagd, Enter: zonder naam)

    Opties bij verslag:
      --uit PAD           schrijf het verslag hierheen (standaard: naast het gesprek, als .md)

    Opties bij groep:
      --csv               één regel per gesprek, voor een spreadsheet
      --markdown          het overzicht als Markdown, om te printen of te delen

    Opties bij samen:
      --seed N, --scenarios PAD, --naam NAAM   zoals bij oefen
      --leerling WIE      wie de leerling speelt als die erbij zit: collega (standaard) of derde

    Opties bij scenarios:
      --soort SOORT       alleen deze soort gesprek (bijvoorbeeld pesten, klacht, verzuim)
      --rol ROL           alleen vakdocent of mentor
      --moeilijkheid M    alleen makkelijk, gemiddeld of moeilijk

    Opties bij controleer:
      --uitgebreid        toon bij elke fout de regel uit het bestand met een ^ eronder

    Opties bij graaf:
      --dot               als Graphviz (dot) in plaats van Mermaid
      --markdown          Mermaid in een Markdown-blok, zoals GitHub en GitLab het tonen
      --scenarios PAD     de map met scenario's

    Opties bij nieuw:
      --scenarios PAD     schrijf in deze map (standaard: de scenariomap, anders de huidige map);
                          een bestaand bestand wordt nooit overschreven

    Opties bij analyseer:
      --json              lees antwoorden van de invoer (één per regel), schrijf per regel JSON
      --evalueer BESTAND  meet de herkenning op een gelabelde set (.tsv: labels<TAB>antwoord)
      --scenario ID       toon ook de onderwerpen uit het verhaal van dat scenario (bij --json: "topics")
      --dubbel-lexicon    elke regel twee keer (voor scripts/benchmark-analyser; zelfde uitkomst)
      --zonder-model      alleen de regels, zonder het geleerde model (zoals leer ervan leert)
      --tabellen PAD      schrijf de gecompileerde patroontabellen als Swift-bron
                          (voor scripts/compile-analyser-tables, na een wijziging van de regels)
      --modeltabellen PAD schrijf het geleerde model in gecompileerde vorm als Swift-bron
                          (voor scripts/compile-analyser-tables, na opnieuw leren)

    Algemeen:
      --help, -h          deze hulp
      --version           de versie

    Tijdens het gesprek: /hulp, /kaart, /tip, /opnieuw (laatste antwoord terugnemen), /stop.
    /stop begint de afronding: typ je slotwoorden (een of meer regels) en sluit af met
    een lege regel, /klaar of het einde van de invoer. Is de tijd om, dan begint de
    afronding vanzelf. De ouder reageert, en je afsluiting krijgt een score (0-100).
    Samen: de collega typt bij 'ouder (collega)>' de zin van de ouder of drukt op Enter voor
    het voorstel; /rol toont de rolkaart opnieuw, /stop van de collega stopt meteen. /stop van
    de docent begint de afronding; de collega speelt de reactie van de ouder. Een script bevat
    de regels in beurtvolgorde, gevolgd door de vijf cijfers (1-5) en een opmerking.
    Gesprekken worden bewaard in $OUDERGESPREK_HOME/sessies
    (standaard ~/.local/share/oudergesprek/sessies).

    Afsluitcodes: 0 goed, 1 fouten gevonden (controleer), 2 invoer hield op voor het einde
    van het gesprek, 64 verkeerde opdracht, 65 onbruikbaar scenario of gesprek, 66 bestand bestaat niet,
    74 schrijffout, 130 Ctrl-C.
    """
}
