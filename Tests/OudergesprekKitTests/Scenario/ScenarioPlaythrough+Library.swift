import OudergesprekKit

extension ScenarioPlaythrough {
  /// For every scenario in `Scenarios/`: a path of good replies and a path of blockades.
  ///
  /// The replies are textbook examples of their markers, so that they hold whatever analyser is plugged in.
  static let library: [ScenarioPlaythrough] = [
    .init(
      scenario: "bezorgde-moeder-cijfers", path: .goed,
      replies: [
        .init("Ik hoor dat u zich grote zorgen maakt om Sanne.", .gevoelsreflectie),
        .init("Kunt u vertellen hoe het thuis met Sanne gaat sinds de kerstvakantie?", .openVraag),
        .init("Hoe slaapt Sanne de laatste tijd?", .openVraag),
        .init("Hoe gaat het met haar vriendinnen?", .openVraag),
        .init("Ik maak me zorgen omdat Sanne voor drie vakken onvoldoende staat.", .ikBoodschap),
        .init("Ik merk dat Sanne in de pauze vaak alleen zit, en dat raakt me.", .ikBoodschap),
      ]),
    .init(
      scenario: "bezorgde-moeder-cijfers", path: .blokkades,
      replies: [
        .init("U moet thuis gewoon strenger zijn.", .bevelen),
        .init("Daar heeft u het zelf naar gemaakt.", .bekritiseren),
        .init("Als u zo doorgaat, haalt Sanne het jaar niet.", .waarschuwen),
      ]),

    .init(
      scenario: "boze-vader-schorsing", path: .goed,
      replies: [
        .init("Ik hoor dat u echt woedend bent over de schorsing van Daan.", .gevoelsreflectie),
        .init("Dus u zegt dat niemand u persoonlijk heeft gebeld voordat Daan naar huis moest.", .parafrase),
        .init("Wat heeft Daan u thuis over de ruzie in de aula verteld?", .openVraag),
        .init("Ik kan me voorstellen dat u zich zorgen maakt over zijn toekomst.", .gevoelsreflectie),
        .init(
          "Samengevat: u wilt dat Daan eerlijk behandeld wordt en dat u voortaan direct gebeld wordt.", .samenvatting),
      ]),
    .init(
      scenario: "boze-vader-schorsing", path: .blokkades,
      replies: [
        .init("U moet nu echt rustig worden.", .bevelen),
        .init("U vergist zich, de regels over geweld zijn heel duidelijk.", .argumenteren),
      ]),

    .init(
      scenario: "gedrag-in-de-les-tienminuten", path: .goed,
      replies: [
        .init("Ik hoor dat u schrikt van wat ik vertel.", .gevoelsreflectie),
        .init("Kunt u vertellen hoe het thuis met Jesse gaat?", .openVraag),
        .init("Dus u zegt dat hij sinds de zomer geen medicijnen meer gebruikt.", .parafrase),
        .init("Zullen we volgende week dinsdag even bellen?", .vervolgafspraak),
      ]),
    .init(
      scenario: "gedrag-in-de-les-tienminuten", path: .blokkades,
      replies: [
        .init("U moet thuis gewoon strenger zijn.", .bevelen),
        .init("Als hij zo doorgaat, blijft hij zitten.", .waarschuwen),
        .init("U vergist zich, het ligt echt niet aan mijn lessen.", .argumenteren),
        .init("Daar heeft hij het zelf naar gemaakt.", .bekritiseren),
      ]),

    .init(
      scenario: "kennismaking-veeleisende-moeder", path: .goed,
      replies: [
        .init("Ik hoor dat u zich zorgen maakt over de overstap van Noor.", .gevoelsreflectie),
        .init("Noor, hoe kijk jij zelf naar de brugklas?", .openVraag),
        .init("Dus u zegt dat Noor graag meer zelf wil doen en dat u dat spannend vindt.", .parafrase),
        .init("Zullen we volgende week samen met Noor naar haar planner kijken?", .vervolgafspraak),
      ]),
    .init(
      scenario: "kennismaking-veeleisende-moeder", path: .blokkades,
      replies: [
        .init("Maakt u zich geen zorgen, het komt wel goed met Noor.", .geruststellen),
        .init("U moet haar echt meer loslaten.", .bevelen),
        .init("Als u zo doorgaat, wordt Noor nooit zelfstandig.", .waarschuwen),
      ]),

    .init(
      scenario: "tienminuten-teleurgestelde-vader", path: .goed,
      replies: [
        .init("Ik hoor dat u erg teleurgesteld bent over het cijfer van Lars.", .gevoelsreflectie),
        .init("Kunt u vertellen hoe Lars thuis over wiskunde praat?", .openVraag),
        .init("Zullen we volgende week na de toets even bellen?", .vervolgafspraak),
      ]),
    .init(
      scenario: "tienminuten-teleurgestelde-vader", path: .blokkades,
      replies: [
        .init("De cijfers liegen niet: een 4,8 is gewoon onvoldoende.", .argumenteren),
        .init("Daar heeft Lars het zelf naar gemaakt.", .bekritiseren),
        .init("U vergist zich, mijn uitleg is prima.", .argumenteren),
        .init("U moet hem thuis gewoon beter controleren.", .bevelen),
      ]),

    .init(
      scenario: "zittenblijven-rapportgesprek", path: .goed,
      replies: [
        .init("Ik hoor dat u erg verdrietig bent over dit besluit.", .gevoelsreflectie),
        .init("Finn, hoe voel jij je nu je dit hoort?", .openVraag),
        .init("Dus u zegt dat het thuis een zwaar jaar was door de ziekte van zijn vader.", .parafrase),
        .init("Zullen we volgende week dinsdag verder praten, met Finn erbij?", .vervolgafspraak),
      ]),
    .init(
      scenario: "zittenblijven-rapportgesprek", path: .blokkades,
      replies: [
        .init("Het is maar één jaar, het valt allemaal wel mee.", .geruststellen),
        .init("U moet nu echt rustig worden.", .bevelen),
        .init("Als ouder hoort u te weten hoe zijn cijfers ervoor staan.", .moraliseren),
      ]),

    .init(
      scenario: "niveau-omlaag-zus-vertaalt", path: .goed,
      replies: [
        .init("Ik hoor dat u teleurgesteld bent.", .gevoelsreflectie),
        .init("Dus u zegt dat Yusuf slim genoeg is voor het vwo.", .parafrase),
        .init("Wat wilt u graag voor Yusuf?", .openVraag),
        .init("Ik hoor dat u bang bent dat hij minder kansen krijgt.", .gevoelsreflectie),
        .init("Dus u zegt dat hij later moet kunnen studeren.", .parafrase),
        .init("Zullen we volgende week met Yusuf en een tolk verder praten?", .vervolgafspraak),
      ]),
    .init(
      scenario: "niveau-omlaag-zus-vertaalt", path: .blokkades,
      replies: [
        .init("U vergist zich, het advies is gebaseerd op de cijfers.", .argumenteren),
        .init("U moet het advies gewoon accepteren.", .bevelen),
      ]),

    .init(
      scenario: "verzuim-moeder-ontwijkt", path: .goed,
      replies: [
        .init("Ik kan me voorstellen dat dit gesprek niet makkelijk voor u is.", .gevoelsreflectie),
        .init("Hoe gaan de ochtenden bij jullie thuis?", .openVraag),
        .init("Dat klinkt alsof u zich machteloos voelt.", .gevoelsreflectie),
        .init("Dus u zegt dat Bo 's ochtends buikpijn heeft en dat u dan al op uw werk bent.", .parafrase),
        .init("Zullen we volgende week samen met Bo en de jeugdarts praten?", .vervolgafspraak),
      ]),
    .init(
      scenario: "verzuim-moeder-ontwijkt", path: .blokkades,
      replies: [
        .init("Als u zo doorgaat, moet ik de leerplichtambtenaar inschakelen.", .waarschuwen),
        .init("U moet haar gewoon naar school sturen.", .bevelen),
        .init("Als ouder hoort u te weten waar uw dochter is.", .moraliseren),
      ]),

    .init(
      scenario: "pesten-moeder-van-gepeste-zoon", path: .goed,
      replies: [
        .init("Ik hoor dat u woedend en heel ongerust bent over Ilias.", .gevoelsreflectie),
        .init("Kunt u vertellen wat Ilias thuis heeft verteld?", .openVraag),
        .init("Dus u zegt dat hij al weken niet naar school wil.", .parafrase),
        .init("Ik bel u vrijdag terug om te vertellen hoe het gesprek met Ilias ging.", .vervolgafspraak),
      ]),
    .init(
      scenario: "pesten-moeder-van-gepeste-zoon", path: .blokkades,
      replies: [
        .init("Maakt u zich geen zorgen, kinderen plagen elkaar nu eenmaal.", .geruststellen),
        .init("U vergist zich, wij hebben een goed pestprotocol.", .argumenteren),
      ]),

    .init(
      scenario: "pesten-vader-van-pester", path: .goed,
      replies: [
        .init("Ik hoor dat u geschrokken bent van mijn telefoontje.", .gevoelsreflectie),
        .init("Dus u zegt dat Thomas thuis een heel ander kind is.", .parafrase),
        .init("Wat heeft Thomas zelf over de appgroep verteld?", .openVraag),
        .init("Ik kan me voorstellen dat het pijnlijk is om dit over uw zoon te horen.", .gevoelsreflectie),
        .init("Dus u zegt dat u wilt dat Thomas het zelf rechtzet.", .parafrase),
        .init("Zullen we volgende week met Thomas erbij verder praten?", .vervolgafspraak),
      ]),
    .init(
      scenario: "pesten-vader-van-pester", path: .blokkades,
      replies: [
        .init("Als hij zo doorgaat, wordt hij geschorst.", .waarschuwen),
        .init("Daar heeft hij het zelf naar gemaakt.", .bekritiseren),
        .init("U moet nu echt rustig worden.", .bevelen),
      ]),

    .init(
      scenario: "sociale-media-nepaccount", path: .goed,
      replies: [
        .init("Ik zie dat u erg geschrokken bent.", .gevoelsreflectie),
        .init("Lina, wat is er volgens jou gebeurd?", .openVraag),
        .init("Als ik u goed begrijp, wilt u vooral dat Lina leert wat dit met Jasmijn doet.", .parafrase),
        .init("Zullen we volgende week met Lina bespreken hoe het herstelgesprek ging?", .vervolgafspraak),
      ]),
    .init(
      scenario: "sociale-media-nepaccount", path: .blokkades,
      replies: [
        .init("Als ouder hoort u te weten wat uw dochter online doet.", .moraliseren),
        .init("U moet haar telefoon gewoon afpakken.", .bevelen),
      ]),

    .init(
      scenario: "klacht-cijfer-examenklas", path: .goed,
      replies: [
        .init("Ik hoor dat u het oneerlijk vindt hoe het betoog van Sophie is beoordeeld.", .gevoelsreflectie),
        .init("Als ik u goed begrijp, wilt u vooral zeker weten dat het cijfer klopt.", .parafrase),
        .init("Wat betekent dit cijfer voor Sophie?", .openVraag),
        .init("Ik kan me voorstellen dat u zich zorgen maakt over haar toelating.", .gevoelsreflectie),
        .init(
          "Samengevat: u wilt inzage in de beoordeling en duidelijkheid over de bezwaarprocedure.", .samenvatting),
      ]),
    .init(
      scenario: "klacht-cijfer-examenklas", path: .blokkades,
      replies: [
        .init("U vergist zich, de beoordeling volgt precies de rubric.", .argumenteren),
        .init("U moet de beoordeling gewoon accepteren.", .bevelen),
        .init("Als u zo doorgaat, praat ik alleen nog via de teamleider met u.", .waarschuwen),
      ]),

    .init(
      scenario: "klacht-over-collega", path: .goed,
      replies: [
        .init("Ik hoor dat u heel boos bent over wat Emma in de les is overkomen.", .gevoelsreflectie),
        .init("Wat heeft Emma thuis verteld?", .openVraag),
        .init("Dus u zegt dat Emma sindsdien niet meer naar economie durft.", .parafrase),
        .init("Zullen we volgende week dinsdag verder praten, met meneer Bosman erbij?", .vervolgafspraak),
      ]),
    .init(
      scenario: "klacht-over-collega", path: .blokkades,
      replies: [
        .init("Maakt u zich geen zorgen, meneer Bosman bedoelt het echt niet zo.", .geruststellen),
        .init("U vergist zich, meneer Bosman is een ervaren docent.", .argumenteren),
      ]),

    .init(
      scenario: "rapportgesprek-met-tolk", path: .goed,
      replies: [
        .init("Ik hoor dat u ongerust bent.", .gevoelsreflectie),
        .init("Wat vertelt Kacper thuis over school?", .openVraag),
        .init("Zullen we volgende week weer praten, met de tolk?", .vervolgafspraak),
      ]),
    .init(
      scenario: "rapportgesprek-met-tolk", path: .blokkades,
      replies: [
        .init("U moet thuis meer Nederlands met hem praten.", .bevelen),
        .init("Als hij zo doorgaat, blijft hij zitten.", .waarschuwen),
        .init("U vergist zich, het rapport is heel duidelijk.", .argumenteren),
        .init("Als ouder hoort u zijn cijfers bij te houden.", .moraliseren),
      ]),

    .init(
      scenario: "leerling-vraagt-gesprek-overbelast", path: .goed,
      replies: [
        .init("Mila, hoe gaat het op dit moment met jou?", .openVraag),
        .init("Ik kan me voorstellen dat u hiervan schrikt.", .gevoelsreflectie),
        .init("Mila, wat zou jij zelf willen veranderen?", .openVraag),
        .init(
          "Samengevat: Mila praat met de decaan over Frans, u belt over minder werkavonden, en over drie weken praten we met z'n drieën verder.",
          .samenvatting, .vervolgafspraak),
      ]),
    .init(
      scenario: "leerling-vraagt-gesprek-overbelast", path: .blokkades,
      replies: [
        .init("Ik denk dat Mila eigenlijk bedoelt dat ze het thuis niet durft te zeggen.", .interpreteren),
        .init("Als ouder hoort u te zien dat uw dochter slecht slaapt.", .moraliseren),
        .init("U moet haar echt minder pushen.", .bevelen),
      ]),

    .init(
      scenario: "vader-belt-terug-practica", path: .goed,
      replies: [
        .init("Ik kan me voorstellen dat dit telefoontje niet makkelijk voor u is.", .gevoelsreflectie),
        .init("Kunt u vertellen hoe het thuis met Ruben gaat?", .openVraag),
        .init("Ik hoor dat u het zwaar heeft.", .gevoelsreflectie),
        .init("Dus u zegt dat Ruben op donderdag zijn broertje uit school haalt.", .parafrase),
        .init(
          "Zullen we afspreken dat Ruben de practica op woensdag inhaalt, en dat ik u over twee weken terugbel?",
          .vervolgafspraak),
      ]),
    .init(
      scenario: "vader-belt-terug-practica", path: .blokkades,
      replies: [
        .init("Als ouder hoort u uw mail te lezen.", .moraliseren),
        .init("Waarom heeft u niet eerder gebeld?", .ondervragen),
        .init("Als hij zo doorgaat, haalt hij zijn PTA niet.", .waarschuwen),
      ]),
  ]
}
