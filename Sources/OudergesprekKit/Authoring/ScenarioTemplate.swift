/// The starting scenario `oudergesprek nieuw ID` writes: every field once, with an example, explained in its own
/// text; three states (a start, a good and a bad end), enough to pass `controleer` and its test conversations,
/// too few to practise with.
public enum ScenarioTemplate {
  /// The scenario file for `id`, which must be a valid scenario id (`ScenarioValidator.isValidID`).
  public static func json(id: String) -> String {
    precondition(ScenarioValidator.isValidID(id), "ongeldig scenario-id")
    return """
      {
        "$schema": "./scenario.schema.json",
        "id": "\(id)",
        "titel": "Voorbeeld: vader is boos over de straf voor het laatkomen (pas deze titel aan)",
        "soort": "verzuim",
        "rol": "mentor",
        "initiatief": "ouder",
        "moeilijkheid": "makkelijk",
        "minuten": 10,
        "briefing": {
          "situatie": "Vervang deze tekst door wat de docent vooraf weet. Voorbeeld: je bent mentor van Daan (2 havo). Daan kwam deze maand vier keer te laat en moet zich een week lang om acht uur melden. Zijn vader heeft om een gesprek gevraagd.",
          "bekend": [
            "Eén feit per regel dat de docent al weet. Voorbeeld: Daan was vier keer te laat, steeds op maandag of dinsdag."
          ],
          "doel": "Wat het gesprek moet opleveren. Voorbeeld: vader horen, begrijpen waarom Daan te laat komt en één concrete afspraak maken."
        },
        "ouder": {
          "naam": "Kees Jansen",
          "relatie": "vader",
          "achtergrond": "Wie de ouder is: werk, taal, cultuur. Voorbeeld: Nederlands, werkt in ploegendienst in de haven.",
          "verwachting": "Wat de ouder verwacht en voelt. Voorbeeld: hij vindt de straf overdreven en verwacht dat school niet naar hem luistert.",
          "aanspreekvorm": "u"
        },
        "leerling": {
          "naam": "Daan",
          "klas": "2 havo",
          "aanwezig": false
        },
        "emoties": {
          "start": "boos",
          "toestanden": [
            {
              "id": "boos",
              "naam": "boos",
              "intensiteit": 7,
              "regels": [
                "Een week lang om acht uur melden, voor een paar keer te laat? Dat vind ik overdreven.",
                "Niemand heeft mij gebeld voordat die straf er was.",
                "Daan zegt dat hij er niks aan kan doen. Ik wil weten wat er precies gebeurd is."
              ],
              "leerlingRegels": [
                "Ik kan er echt niks aan doen, de bus is op maandag altijd te laat."
              ]
            },
            {
              "id": "klaar",
              "naam": "klaar voor afspraken",
              "intensiteit": 3,
              "einde": "opgelost",
              "regels": [
                "Goed. Dan weet ik waar ik aan toe ben. Laten we het zo afspreken."
              ]
            },
            {
              "id": "weg",
              "naam": "loopt weg",
              "intensiteit": 10,
              "einde": "geescaleerd",
              "regels": [
                "Hier heb ik geen zin meer in. Ik bel de directeur wel."
              ]
            }
          ],
          "overgangen": [
            {
              "van": ["boos"],
              "naar": "klaar",
              "bij": ["luisteren", "ik-boodschap"],
              "achterElkaar": 2,
              "reden": "Waarom de ouder zo reageert, voor de terugkoppeling. Voorbeeld: je luistert twee keer echt naar hem; hij voelt zich gehoord en wil afspraken maken."
            },
            {
              "naar": "weg",
              "bij": "blokkade",
              "achterElkaar": 2,
              "reden": "Zonder van geldt een overgang in elke toestand. Twee blokkades op rij: hij voelt zich niet serieus genomen en loopt weg."
            }
          ],
          "reacties": [
            {
              "bij": ["adviseren"],
              "in": ["boos"],
              "regels": [
                "Dat had ik zelf ook wel kunnen bedenken."
              ]
            }
          ]
        },
        "vroegStoppen": {
          "vanafIntensiteit": 7,
          "beurten": 6,
          "uitleg": "Wanneer vroegtijdig afronden hier professioneel is, en hoe. Voorbeeld: vader blijft boos en jullie draaien in een kringetje; rond respectvol af en plan een nieuw gesprek.",
          "regels": [
            "We praten nu al een tijd langs elkaar heen."
          ]
        },
        "tijdRegels": [
          "Ik moet zo weer naar mijn werk, hoor."
        ],
        "testgesprekken": [
          {
            "naam": "luisteren werkt",
            "seeds": [1, 5],
            "antwoorden": [
              "Ik hoor dat u boos bent over de straf van Daan.",
              "Kunt u vertellen wat Daan thuis over het laatkomen zegt?",
              "Dank u wel voor uw komst. Ik bel u volgende week dinsdag om vier uur, dan bespreken we hoe het gaat."
            ],
            "verwacht": {
              "uitkomst": "opgelost",
              "toestanden": ["boos", "klaar"],
              "afrondingMinstens": 30
            }
          },
          {
            "naam": "twee blokkades",
            "seed": 3,
            "antwoorden": [
              "U moet Daan gewoon eerder wakker maken.",
              "Dat is uw eigen verantwoordelijkheid."
            ],
            "verwacht": {
              "uitkomst": "geescaleerd",
              "toestanden": ["weg"]
            }
          }
        ]
      }

      """
  }
}
