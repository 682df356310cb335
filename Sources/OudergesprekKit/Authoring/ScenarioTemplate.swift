/// The starting scenario `oudergesprek nieuw ID` writes: every field once, with an example, explained in its own
/// text, with a small story; four states (two of them ends), enough to pass `controleer` and its test
/// conversations, too few to practise with.
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
        "verhaal": {
          "onderwerpen": [
            {
              "id": "ochtend",
              "naam": "hoe de ochtenden thuis gaan",
              "woorden": ["ochtend", "ochtenden", "'s ochtends", "opstaan", "wekker", "ontbijt"],
              "open": [
                "'s Ochtends is het bij ons rennen. Ik ben om zes uur de deur al uit.",
                "Daan staat op tijd op, hoor. Dat is het probleem niet."
              ],
              "terughoudend": [
                "Bij ons gaat 's ochtends alles gewoon zoals het hoort."
              ],
              "openTotIntensiteit": 5
            },
            {
              "id": "reis",
              "naam": "hoe Daan naar school reist",
              "woorden": ["bus", "reis", "reizen", "halte", "onderweg", "fiets"],
              "open": [
                "Hij neemt de bus, het is te ver om te fietsen.",
                "Vanaf onze halte is het een half uur naar school."
              ],
              "terughoudend": [
                "Hij komt gewoon met de bus. Wat is daar mis mee?"
              ],
              "openTotIntensiteit": 5
            },
            {
              "id": "werk",
              "naam": "het werk van de ouders",
              "woorden": ["werk", "werken", "dienst", "diensten", "rooster", "haven"],
              "open": [
                "Ik werk in ploegendienst in de haven. Dat rooster verandert elke maand.",
                "Mijn vrouw werkt ook, in de zorg. We draaien allebei diensten."
              ],
              "terughoudend": [
                "Ons werk is onze zaak. Het gaat hier om Daan."
              ],
              "openTotIntensiteit": 5
            },
            {
              "id": "straf",
              "naam": "de straf",
              "woorden": ["straf", "strafmaatregel", "melden", "nablijven", "maatregel"],
              "open": [
                "Die straf zelf vind ik het ergste niet. Dat niemand eerst met ons belde, dat zit me dwars.",
                "Als hij echt iets fout doet, mag hij best gestraft worden. Maar dan wil ik wel weten waarom."
              ],
              "terughoudend": [
                "Een week lang om acht uur melden. Voor een paar minuten te laat.",
                "Die straf slaat nergens op, daar blijf ik bij."
              ],
              "openTotIntensiteit": 5
            },
            {
              "id": "vrienden",
              "naam": "Daans vrienden",
              "woorden": ["vrienden", "vriend", "vriendjes", "klasgenoten", "vriendengroep"],
              "open": [
                "Hij heeft een paar goede vrienden in de klas. Die zitten 's middags bij ons te gamen.",
                "Met zijn vrienden gaat het prima, daar maak ik me geen zorgen over."
              ],
              "terughoudend": [
                "Zijn vrienden hebben hier niks mee te maken."
              ],
              "openTotIntensiteit": 5
            },
            {
              "id": "slaap",
              "naam": "hoe Daan slaapt",
              "woorden": ["slaap", "slapen", "moe", "bedtijd", "naar bed"],
              "open": [
                "Hij ligt om tien uur in bed. Ik controleer dat als ik thuis ben.",
                "Moe is hij niet, hij is gewoon een jongen van dertien."
              ],
              "terughoudend": [
                "Hij slaapt prima. Daar hoeft school zich niet mee te bemoeien."
              ],
              "openTotIntensiteit": 5
            }
          ],
          "kern": [
            {
              "id": "nachtdienst",
              "onderwerp": "werk",
              "feit": "Vader werkt sinds de zomer op zondag- en maandagnacht; moeder begint die ochtenden om zes uur.",
              "onthulling": [
                "Sinds de zomer werk ik op zondag- en maandagnacht. Mijn vrouw moet die ochtenden om zes uur beginnen."
              ],
              "openTotIntensiteit": 5,
              "vraag": "Hoe gaat het met uw werk en uw diensten de laatste tijd?"
            },
            {
              "id": "zusje",
              "onderwerp": "ochtend",
              "feit": "Op maandag en dinsdag brengt Daan zijn zusje naar de basisschool, die pas om half negen opengaat.",
              "onthulling": [
                "Op maandag en dinsdag brengt Daan zijn zusje naar school. Die basisschool gaat pas om half negen open. Daarom is hij te laat."
              ],
              "openTotIntensiteit": 5,
              "na": ["nachtdienst"],
              "vraag": "Hoe gaan de ochtenden bij u thuis als u allebei werkt?"
            },
            {
              "id": "bus",
              "onderwerp": "reis",
              "feit": "De bus van 7.50 uur rijdt sinds de herfstvakantie niet meer; met de volgende bus is Daan altijd te laat.",
              "onthulling": [
                "En die bus van tien voor acht rijdt sinds de herfstvakantie niet meer. Met de volgende haalt hij het nooit."
              ],
              "openTotIntensiteit": 5,
              "vraag": "Hoe komt Daan met de bus naar school?"
            }
          ],
          "schoolpunten": [
            {
              "id": "laatkomen",
              "punt": "Daan was deze maand vier keer te laat, steeds op maandag of dinsdag.",
              "woorden": ["te laat", "laatkomen", "telaatkomen", "absentie", "lesuur"],
              "reactie": ["Vier keer? Steeds op maandag of dinsdag? Dat wist ik niet."],
              "reactieIk": ["Dat u zich daar zorgen over maakt, snap ik. Maar er is wel een reden voor."],
              "reactieJij": ["Dus nu ligt het aan ons? We doen echt ons best, hoor."]
            }
          ],
          "vragen": [
            {
              "id": "strafvraag",
              "vraag": "Moet hij zich nou echt een week lang om acht uur melden?",
              "opnieuw": "U zegt niets over die straf. Gaat die nou door of niet?",
              "antwoordWoorden": ["straf", "aanpassen", "vervalt", "schrappen", "niet melden", "ander voorstel"],
              "na": ["laatkomen"],
              "vanafBeurt": 2
            }
          ],
          "bevestigen": ["Ja, precies. Zo zit het."],
          "corrigeren": ["Nee, dat heb ik niet gezegd."],
          "zijpad": ["Wat heeft dat hiermee te maken? Ik kom voor Daan."],
          "onduidelijk": ["Hoe bedoelt u dat precies?"]
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
                "Ik kan er echt niks aan doen."
              ]
            },
            {
              "id": "luistert",
              "naam": "luistert",
              "intensiteit": 4,
              "regels": [
                "Goed. Ik luister.",
                "Oké, vertelt u maar wat u voorstelt.",
                { "tekst": "Dat van die bus had Daan ons nooit verteld.", "na": ["bus"] }
              ],
              "leerlingRegels": [
                "Ik wilde niet dat jullie je zorgen maakten."
              ]
            },
            {
              "id": "klaar",
              "naam": "klaar voor afspraken",
              "intensiteit": 2,
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
              "naar": "luistert",
              "bij": ["luisteren", "ik-boodschap"],
              "achterElkaar": 2,
              "reden": "Waarom de ouder zo reageert, voor de terugkoppeling. Voorbeeld: je luistert twee keer echt naar hem; hij voelt zich gehoord en gaat praten."
            },
            {
              "van": ["luistert"],
              "naar": "klaar",
              "bij": ["vervolgafspraak", "samenvatting"],
              "reden": "Een concrete afspraak: hij weet waar hij aan toe is. (Opgelost telt pas als ook alle kernfeiten gevonden en alle schoolpunten genoemd zijn.)"
            },
            {
              "naar": "weg",
              "bij": "blokkade",
              "achterElkaar": 2,
              "reden": "Zonder van geldt een overgang in elke toestand. Twee blokkades op rij: hij voelt zich niet serieus genomen en loopt weg."
            },
            {
              "van": ["luistert"],
              "naar": "boos",
              "bij": ["blokkade", "jij-boodschap"],
              "reden": "Een verwijt of een blokkade: zijn boosheid komt terug."
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
            "naam": "vaardige mentor vraagt door",
            "seeds": [1, 5],
            "antwoorden": [
              "Ik hoor dat u boos bent over de straf van Daan.",
              "Ik maak me zorgen, omdat Daan deze maand vier keer te laat was, steeds op maandag of dinsdag.",
              "Hoe gaat het met uw werk en uw diensten de laatste tijd?",
              "Hoe gaan de ochtenden bij u thuis als u allebei werkt?",
              "Hoe komt Daan met de bus naar school?",
              "De straf pas ik aan: Daan hoeft zich niet meer om acht uur te melden.",
              "Zullen we afspreken dat ik volgende week dinsdag om vier uur bel, als ik met de teamleider heb geregeld dat Daan later mag komen?",
              "Dank u wel voor uw komst. Ik vat samen: de straf vervalt, ik regel het laatkomen met de teamleider en ik bel u volgende week dinsdag om vier uur."
            ],
            "verwacht": {
              "uitkomst": "opgelost",
              "toestanden": ["boos", "luistert", "klaar"],
              "kernGevonden": ["nachtdienst", "zusje", "bus"],
              "afrondingMinstens": 30
            }
          },
          {
            "naam": "alleen gevoelens benoemen is niet genoeg",
            "seed": 2,
            "antwoorden": [
              "Ik hoor dat u boos bent.",
              "Dat is vervelend voor u.",
              "Ik begrijp dat u zich zorgen maakt.",
              "/stop",
              "Dank u wel voor uw komst. Ik bel u volgende week dinsdag om vier uur, dan praten we verder."
            ],
            "verwacht": {
              "uitkomst": ["gestopt", "tijd-om"],
              "kernNietGevonden": ["zusje", "bus"]
            }
          },
          {
            "naam": "twee blokkades",
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
