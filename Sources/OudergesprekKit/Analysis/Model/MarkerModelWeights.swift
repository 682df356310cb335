// swift-format-ignore-file
// Written by `oudergesprek leer` (scripts/train-analyser-model); do not edit by hand.

/// The weights of the shipped marker model, one `feature|marker|weight` per line.
enum MarkerModelWeights {
  static let text = #"""
basis|ik-boodschap|-12.46
basis|jij-boodschap|-7.09
basis|parafrase|-7.69
basis|gevoelsreflectie|-10.42
basis|samenvatting|-16.77
basis|open-vraag|-14.2
basis|aanmoediging|-4.01
basis|bevelen|-6.7
basis|waarschuwen|-6.77
basis|moraliseren|-5.69
basis|adviseren|-6.95
basis|argumenteren|-8.53
basis|bekritiseren|-9.49
basis|prijzen|-8.75
basis|etiketteren|-4.82
basis|interpreteren|-7.41
basis|geruststellen|-6.28
basis|ondervragen|-8.84
basis|afleiden|-7.47
basis|afronding-aankondigen|-11.09
basis|vervolgafspraak|-12.85
basis|bedanken|-11.62
begin:ach|argumenteren|-0.98
begin:ach|prijzen|-0.93
begin:ach|etiketteren|0.93
begin:ach|geruststellen|-1.76
begin:ach|afleiden|1.23
begin:alle|jij-boodschap|0.62
begin:als|jij-boodschap|-1.89
begin:als|parafrase|2.71
begin:als|gevoelsreflectie|-0.16
begin:als|samenvatting|-0.72
begin:als|open-vraag|0.92
begin:als|bevelen|-0.86
begin:als|waarschuwen|2.8
begin:als|moraliseren|-1.58
begin:als|adviseren|-1.0
begin:als|argumenteren|-1.89
begin:als|bekritiseren|-2.05
begin:als|prijzen|-1.94
begin:als|interpreteren|-0.99
begin:als|ondervragen|-0.97
begin:als|afronding-aankondigen|-0.94
begin:als|bedanken|-1.93
begin:amira|jij-boodschap|0.64
begin:amira|bekritiseren|0.92
begin:andere|aanmoediging|-0.86
begin:anders|waarschuwen|1.0
begin:anders|argumenteren|-1.0
begin:bedankt|samenvatting|-0.94
begin:bedankt|bekritiseren|-1.0
begin:bedankt|afronding-aankondigen|0.29
begin:bedankt|vervolgafspraak|-1.0
begin:bedankt|bedanken|2.0
begin:begrijp|parafrase|0.99
begin:begrijp|open-vraag|-0.76
begin:begrijpt|ondervragen|-0.77
begin:bent|ondervragen|-0.97
begin:bij|etiketteren|-0.98
begin:bram|jij-boodschap|1.42
begin:bram|bevelen|-0.98
begin:bram|etiketteren|0.93
begin:bram|geruststellen|0.98
begin:daan|argumenteren|-0.86
begin:daar|ik-boodschap|-0.9
begin:daar|bevelen|-0.92
begin:daar|interpreteren|-0.98
begin:daar|geruststellen|0.92
begin:dank|jij-boodschap|-0.94
begin:dank|gevoelsreflectie|-0.71
begin:dank|geruststellen|-0.72
begin:dank|afronding-aankondigen|-1.96
begin:dank|vervolgafspraak|-0.36
begin:dank|bedanken|0.98
begin:dankjewel|afronding-aankondigen|-0.91
begin:dankjewel|vervolgafspraak|-1.0
begin:dat|ik-boodschap|-1.02
begin:dat|jij-boodschap|-1.0
begin:dat|parafrase|-1.0
begin:dat|gevoelsreflectie|1.72
begin:dat|open-vraag|-0.9
begin:dat|bevelen|-1.83
begin:dat|waarschuwen|-1.0
begin:dat|moraliseren|-1.89
begin:dat|adviseren|-0.96
begin:dat|argumenteren|0.88
begin:dat|bekritiseren|2.04
begin:dat|interpreteren|0.46
begin:dat|geruststellen|-1.46
begin:dat|ondervragen|-0.74
begin:dat|afleiden|1.74
begin:de|jij-boodschap|-0.72
begin:de|open-vraag|0.91
begin:de|bevelen|-0.87
begin:de|waarschuwen|-0.98
begin:de|argumenteren|1.89
begin:de|bekritiseren|-0.91
begin:de|etiketteren|-0.87
begin:denk|bevelen|-1.0
begin:denk|waarschuwen|1.0
begin:die|jij-boodschap|-1.0
begin:die|argumenteren|-0.98
begin:die|bekritiseren|2.59
begin:dit|waarschuwen|0.91
begin:dit|moraliseren|-0.95
begin:dit|bekritiseren|1.08
begin:dit|etiketteren|-0.97
begin:dit|interpreteren|1.0
begin:dit|geruststellen|-0.74
begin:doe|moraliseren|-0.97
begin:doe|etiketteren|1.07
begin:doe|afleiden|-0.97
begin:doet|jij-boodschap|-2.47
begin:doordat|samenvatting|-0.94
begin:dus|ik-boodschap|-1.0
begin:dus|parafrase|1.92
begin:dus|gevoelsreflectie|-0.87
begin:dus|samenvatting|0.38
begin:dus|open-vraag|0.99
begin:dus|aanmoediging|-1.0
begin:dus|bevelen|-0.97
begin:dus|waarschuwen|-1.0
begin:dus|adviseren|-1.0
begin:dus|argumenteren|-0.97
begin:dus|bekritiseren|1.01
begin:dus|prijzen|-1.0
begin:dus|interpreteren|-0.96
begin:dus|geruststellen|-0.99
begin:dus|ondervragen|-1.0
begin:dus|afleiden|-1.0
begin:dus|vervolgafspraak|0.98
begin:echt|adviseren|0.96
begin:een|moraliseren|1.05
begin:een|bekritiseren|-0.85
begin:eerlijk|jij-boodschap|0.93
begin:eerlijk|gevoelsreflectie|-0.84
begin:eerlijk|bekritiseren|0.93
begin:eigenlijk|moraliseren|-0.8
begin:eigenlijk|interpreteren|0.98
begin:eigenlijk|afleiden|-0.9
begin:en|samenvatting|-0.99
begin:en|ondervragen|-0.99
begin:er|geruststellen|0.76
begin:even|jij-boodschap|-0.85
begin:even|parafrase|-0.96
begin:even|samenvatting|1.63
begin:even|argumenteren|-0.94
begin:even|bedanken|0.95
begin:feit|waarschuwen|-0.99
begin:feit|argumenteren|0.94
begin:feitelijk|argumenteren|0.98
begin:fenna|bekritiseren|-1.37
begin:fijn|jij-boodschap|1.41
begin:fijn|gevoelsreflectie|-1.97
begin:fijn|vervolgafspraak|-1.0
begin:ga|ik-boodschap|-0.98
begin:ga|bevelen|1.0
begin:ga|ondervragen|-1.0
begin:gaat|waarschuwen|0.93
begin:gaat|bekritiseren|-0.95
begin:geef|bekritiseren|-0.82
begin:geeft|bevelen|0.87
begin:geen|bevelen|0.97
begin:goed|samenvatting|-0.95
begin:goed|geruststellen|-0.96
begin:goed|afleiden|0.87
begin:goed|vervolgafspraak|-0.62
begin:goedemiddag|bekritiseren|0.94
begin:haal|waarschuwen|-0.98
begin:had|bekritiseren|0.91
begin:had|vervolgafspraak|-0.76
begin:heb|ondervragen|-0.97
begin:heeft|prijzen|-0.98
begin:heeft|afleiden|-0.99
begin:heel|prijzen|-0.99
begin:het|ik-boodschap|0.1
begin:het|jij-boodschap|-0.19
begin:het|parafrase|-0.98
begin:het|samenvatting|-1.97
begin:het|waarschuwen|-1.98
begin:het|moraliseren|0.14
begin:het|argumenteren|-0.51
begin:het|bekritiseren|-0.71
begin:het|prijzen|-1.0
begin:het|interpreteren|-0.96
begin:het|geruststellen|1.01
begin:het|afleiden|-1.0
begin:het|vervolgafspraak|-1.0
begin:het|bedanken|-0.95
begin:hij|jij-boodschap|-1.53
begin:hij|open-vraag|-0.99
begin:hij|bevelen|-0.95
begin:hij|waarschuwen|-0.86
begin:hij|adviseren|-0.98
begin:hij|argumenteren|-1.0
begin:hij|bekritiseren|0.15
begin:hij|interpreteren|0.93
begin:hij|geruststellen|-0.86
begin:hij|vervolgafspraak|-2.52
begin:hm|gevoelsreflectie|-0.81
begin:hm|samenvatting|-0.98
begin:hm|aanmoediging|0.96
begin:hmhm|samenvatting|-0.98
begin:hoe|ik-boodschap|-0.99
begin:hoe|parafrase|-1.98
begin:hoe|gevoelsreflectie|-0.99
begin:hoe|samenvatting|-0.92
begin:hoe|open-vraag|0.76
begin:hoe|etiketteren|-1.0
begin:hoe|ondervragen|0.61
begin:hoe|afleiden|-0.91
begin:hoezo|ondervragen|0.96
begin:hoi|jij-boodschap|-0.35
begin:hoi|gevoelsreflectie|-0.88
begin:hoi|bevelen|-1.68
begin:hoi|bekritiseren|-0.35
begin:hoi|prijzen|-0.97
begin:hou|bevelen|0.93
begin:hé|afleiden|-0.86
begin:iemand|jij-boodschap|-1.8
begin:iemand|moraliseren|2.57
begin:iemand|bekritiseren|-1.66
begin:ik|ik-boodschap|-0.93
begin:ik|jij-boodschap|-0.11
begin:ik|parafrase|-2.0
begin:ik|gevoelsreflectie|-0.89
begin:ik|samenvatting|-3.05
begin:ik|open-vraag|0.87
begin:ik|aanmoediging|-1.03
begin:ik|bevelen|-0.92
begin:ik|moraliseren|-1.0
begin:ik|adviseren|-1.03
begin:ik|argumenteren|-0.24
begin:ik|bekritiseren|0.25
begin:ik|interpreteren|-1.54
begin:ik|geruststellen|0.82
begin:ik|ondervragen|-0.99
begin:ik|afleiden|-0.95
begin:ik|afronding-aankondigen|-0.19
begin:ik|vervolgafspraak|-1.59
begin:ik|bedanken|-3.69
begin:in|open-vraag|-1.97
begin:in|moraliseren|0.79
begin:ja|parafrase|-1.0
begin:ja|gevoelsreflectie|-1.0
begin:ja|aanmoediging|1.53
begin:ja|ondervragen|-0.97
begin:je|jij-boodschap|0.53
begin:je|parafrase|0.93
begin:je|gevoelsreflectie|2.65
begin:je|samenvatting|-2.54
begin:je|bevelen|0.88
begin:je|waarschuwen|-1.78
begin:je|moraliseren|-1.02
begin:je|adviseren|-1.0
begin:je|bekritiseren|-3.86
begin:je|geruststellen|0.9
begin:je|afleiden|0.97
begin:je|vervolgafspraak|-0.92
begin:je|bedanken|-1.0
begin:jij|ik-boodschap|-0.94
begin:jij|jij-boodschap|-1.53
begin:jij|gevoelsreflectie|0.94
begin:jij|bevelen|1.06
begin:jij|adviseren|-0.92
begin:jij|argumenteren|-0.86
begin:jij|bekritiseren|-2.94
begin:jij|prijzen|0.81
begin:jij|interpreteren|0.94
begin:jij|vervolgafspraak|-1.0
begin:joh|geruststellen|0.97
begin:julian|gevoelsreflectie|-0.99
begin:julian|bekritiseren|-0.79
begin:jullie|ik-boodschap|-0.95
begin:jullie|jij-boodschap|1.78
begin:jullie|parafrase|-0.82
begin:jullie|bevelen|1.76
begin:jullie|moraliseren|-0.95
begin:jullie|bekritiseren|-0.72
begin:jullie|prijzen|0.94
begin:jullie|etiketteren|-0.97
begin:jullie|geruststellen|-1.0
begin:kijk|ik-boodschap|0.94
begin:kijk|jij-boodschap|-1.0
begin:kijk|moraliseren|-0.97
begin:kijk|argumenteren|1.65
begin:kijk|bekritiseren|-0.68
begin:kijk|interpreteren|-0.99
begin:kijk|afleiden|-0.99
begin:kinderen|bevelen|-0.92
begin:kinderen|moraliseren|0.97
begin:klinkt|gevoelsreflectie|0.91
begin:koffie|bevelen|-0.99
begin:kom|ik-boodschap|-1.0
begin:kom|jij-boodschap|-1.0
begin:kom|parafrase|-1.0
begin:kom|gevoelsreflectie|-1.0
begin:kom|samenvatting|-1.0
begin:kom|open-vraag|-1.0
begin:kom|aanmoediging|-1.0
begin:kom|bevelen|1.0
begin:kom|waarschuwen|-1.0
begin:kom|moraliseren|-1.0
begin:kom|adviseren|-1.0
begin:kom|argumenteren|-1.0
begin:kom|bekritiseren|-1.0
begin:kom|prijzen|-1.0
begin:kom|etiketteren|-1.0
begin:kom|interpreteren|-1.0
begin:kom|geruststellen|-1.0
begin:kom|ondervragen|-1.0
begin:kom|afleiden|-1.0
begin:kom|afronding-aankondigen|-1.0
begin:kom|vervolgafspraak|-1.0
begin:kom|bedanken|-1.0
begin:komt|jij-boodschap|-0.77
begin:komt|bevelen|-0.99
begin:kort|jij-boodschap|-0.86
begin:kortom|ik-boodschap|-1.0
begin:kortom|jij-boodschap|1.89
begin:kortom|samenvatting|2.58
begin:kortom|aanmoediging|-0.93
begin:kortom|bevelen|-0.92
begin:kortom|waarschuwen|-1.0
begin:kortom|moraliseren|-0.99
begin:kortom|adviseren|-0.99
begin:kortom|bekritiseren|1.14
begin:kortom|interpreteren|-1.0
begin:kortom|afleiden|-0.96
begin:kortom|afronding-aankondigen|0.4
begin:kortom|bedanken|0.99
begin:kunt|gevoelsreflectie|-0.91
begin:kunt|open-vraag|1.0
begin:kunt|vervolgafspraak|-1.0
begin:laat|ondervragen|-0.99
begin:laten|ik-boodschap|-0.95
begin:laten|bevelen|-0.92
begin:laten|argumenteren|-0.99
begin:laten|geruststellen|-0.99
begin:laten|afleiden|0.99
begin:laten|vervolgafspraak|0.95
begin:leg|bevelen|0.86
begin:leg|adviseren|-0.95
begin:let|ik-boodschap|-0.93
begin:lever|bevelen|1.85
begin:maak|bevelen|0.99
begin:maak|adviseren|-0.15
begin:maak|interpreteren|-0.93
begin:maak|geruststellen|1.99
begin:maakt|gevoelsreflectie|-0.62
begin:maakt|open-vraag|-0.93
begin:maakt|bekritiseren|-0.93
begin:maakt|etiketteren|-1.0
begin:maakt|geruststellen|1.0
begin:maandag|geruststellen|-1.0
begin:maandag|afronding-aankondigen|-0.95
begin:maandag|vervolgafspraak|1.0
begin:maar|jij-boodschap|-0.97
begin:maar|open-vraag|-1.72
begin:maar|argumenteren|0.94
begin:maar|prijzen|-0.88
begin:maar|geruststellen|-0.89
begin:maar|ondervragen|-0.92
begin:maar|afleiden|1.8
begin:meneer|geruststellen|0.92
begin:met|parafrase|1.0
begin:met|gevoelsreflectie|-0.85
begin:met|samenvatting|-0.96
begin:met|open-vraag|-0.98
begin:met|argumenteren|1.0
begin:met|prijzen|1.95
begin:met|afleiden|-1.95
begin:met|bedanken|-1.0
begin:mevrouw|afleiden|-0.91
begin:mijn|adviseren|0.9
begin:mijn|etiketteren|-0.99
begin:misschien|interpreteren|-0.92
begin:misschien|vervolgafspraak|-0.99
begin:mohammed|jij-boodschap|1.49
begin:nee|ik-boodschap|-0.98
begin:nee|aanmoediging|-0.85
begin:nee|bekritiseren|-0.23
begin:nee|prijzen|-1.0
begin:nee|geruststellen|1.0
begin:neem|aanmoediging|0.99
begin:neem|bevelen|-0.93
begin:neem|waarschuwen|-0.98
begin:neemt|parafrase|-0.93
begin:niemand|geruststellen|1.8
begin:niks|geruststellen|0.91
begin:nog|bevelen|-0.92
begin:nog|waarschuwen|1.02
begin:nog|afleiden|-0.57
begin:nog|bedanken|0.7
begin:nou|open-vraag|-0.82
begin:nou|bekritiseren|2.26
begin:nou|etiketteren|0.97
begin:nou|interpreteren|-0.96
begin:nou|afronding-aankondigen|-1.0
begin:nou|bedanken|-2.84
begin:nu|ik-boodschap|0.95
begin:och|geruststellen|-0.92
begin:och|afleiden|2.67
begin:oke|prijzen|-0.79
begin:oke|afronding-aankondigen|0.83
begin:oké|samenvatting|-0.74
begin:oké|bevelen|-1.0
begin:omdat|afronding-aankondigen|-1.0
begin:onderzoek|argumenteren|1.0
begin:onderzoek|interpreteren|-1.0
begin:onderzoek|geruststellen|-1.0
begin:onderzoek|vervolgafspraak|-1.0
begin:onze|bedanken|-0.99
begin:op|waarschuwen|-1.0
begin:opvoeden|moraliseren|0.97
begin:opvoeden|argumenteren|-0.97
begin:ouders|moraliseren|1.93
begin:over|samenvatting|-0.86
begin:over|afleiden|1.89
begin:pak|geruststellen|-0.95
begin:pas|waarschuwen|0.95
begin:pas|geruststellen|-0.91
begin:praat|bevelen|0.97
begin:probeer|jij-boodschap|-1.0
begin:probeer|bevelen|-1.0
begin:probeer|moraliseren|-0.91
begin:probeer|adviseren|1.0
begin:regels|moraliseren|0.81
begin:regels|argumenteren|0.96
begin:respect|ik-boodschap|-0.91
begin:respect|moraliseren|0.97
begin:rustig|aanmoediging|0.17
begin:rustig|bevelen|0.81
begin:samengevat|ik-boodschap|-0.87
begin:samengevat|jij-boodschap|1.8
begin:samengevat|parafrase|-0.97
begin:samengevat|gevoelsreflectie|-0.81
begin:samengevat|samenvatting|0.99
begin:samengevat|open-vraag|-1.0
begin:samengevat|argumenteren|-0.99
begin:samengevat|bekritiseren|1.74
begin:samenvattend|samenvatting|0.92
begin:samenvattend|bedanken|0.91
begin:sanne|bekritiseren|-0.99
begin:schrijf|adviseren|0.93
begin:sem|jij-boodschap|0.9
begin:sem|parafrase|-0.94
begin:sem|bekritiseren|-1.79
begin:sinds|ik-boodschap|2.75
begin:sinds|jij-boodschap|-0.95
begin:sinds|bevelen|-0.99
begin:sinds|moraliseren|-0.91
begin:sinds|bekritiseren|-0.95
begin:sinds|vervolgafspraak|-0.91
begin:sorry|moraliseren|0.92
begin:stel|etiketteren|0.83
begin:stop|bevelen|1.0
begin:stop|waarschuwen|0.89
begin:straks|waarschuwen|0.94
begin:thanks|bedanken|1.0
begin:thnx|bedanken|0.98
begin:thomas|argumenteren|-0.96
begin:tja|open-vraag|-0.96
begin:tja|bekritiseren|1.23
begin:tja|etiketteren|-0.94
begin:tja|afleiden|0.96
begin:tja|bedanken|-1.86
begin:toen|ik-boodschap|0.83
begin:toen|gevoelsreflectie|-0.47
begin:toen|geruststellen|-0.87
begin:toen|vervolgafspraak|-0.99
begin:u|jij-boodschap|0.74
begin:u|parafrase|-0.81
begin:u|samenvatting|-1.0
begin:u|open-vraag|-2.99
begin:u|aanmoediging|-0.99
begin:u|bevelen|-1.06
begin:u|waarschuwen|-0.75
begin:u|adviseren|-0.89
begin:u|prijzen|-0.99
begin:u|etiketteren|-0.99
begin:u|interpreteren|2.38
begin:u|geruststellen|-0.3
begin:u|afleiden|-0.95
begin:u|afronding-aankondigen|-1.0
begin:u|vervolgafspraak|-0.32
begin:u|bedanken|-1.0
begin:uit|bedanken|-0.85
begin:uw|jij-boodschap|0.7
begin:uw|gevoelsreflectie|-0.9
begin:uw|bekritiseren|-0.46
begin:uw|interpreteren|-0.99
begin:van|moraliseren|0.97
begin:vanaf|bevelen|0.92
begin:vandaag|samenvatting|-0.86
begin:vertelt|aanmoediging|-0.98
begin:vertelt|bedanken|-0.98
begin:volgende|afronding-aankondigen|-0.94
begin:volgende|vervolgafspraak|2.34
begin:volgens|parafrase|-0.99
begin:volgens|aanmoediging|-1.0
begin:volgens|waarschuwen|-1.94
begin:volgens|adviseren|-1.0
begin:volgens|interpreteren|1.08
begin:voor|waarschuwen|0.99
begin:waar|ik-boodschap|-0.88
begin:waar|waarschuwen|-1.0
begin:waar|ondervragen|1.0
begin:waarom|jij-boodschap|-1.72
begin:waarom|samenvatting|-1.0
begin:waarom|bevelen|-0.92
begin:waarom|moraliseren|-1.0
begin:waarom|adviseren|1.97
begin:waarom|argumenteren|-1.0
begin:waarom|bekritiseren|-1.12
begin:waarom|geruststellen|-1.0
begin:waarom|ondervragen|1.88
begin:waarom|afleiden|-0.96
begin:wanneer|ik-boodschap|1.92
begin:wanneer|samenvatting|-1.0
begin:wanneer|open-vraag|-0.9
begin:wanneer|waarschuwen|-0.96
begin:wat|ik-boodschap|-0.97
begin:wat|jij-boodschap|0.68
begin:wat|parafrase|-0.89
begin:wat|open-vraag|-1.86
begin:wat|bevelen|-0.99
begin:wat|moraliseren|-0.99
begin:wat|adviseren|-0.84
begin:wat|argumenteren|-0.85
begin:wat|bekritiseren|2.09
begin:wat|etiketteren|1.01
begin:wat|geruststellen|-1.0
begin:wat|ondervragen|-0.99
begin:wat|afleiden|-0.99
begin:wat|bedanken|-1.0
begin:we|ik-boodschap|-1.92
begin:we|gevoelsreflectie|-1.0
begin:we|samenvatting|1.07
begin:we|aanmoediging|-1.92
begin:we|moraliseren|-0.99
begin:we|argumenteren|-0.93
begin:we|bekritiseren|-0.94
begin:we|afleiden|-0.99
begin:we|afronding-aankondigen|-0.87
begin:we|vervolgafspraak|-0.18
begin:wees|waarschuwen|0.83
begin:weet|ik-boodschap|0.88
begin:weet|ondervragen|-0.9
begin:welk|open-vraag|-1.83
begin:welke|open-vraag|0.99
begin:welke|afleiden|-0.96
begin:weten|bekritiseren|1.34
begin:wie|bekritiseren|-0.99
begin:wie|afleiden|-0.94
begin:zal|samenvatting|-0.95
begin:zal|afronding-aankondigen|-0.8
begin:zal|vervolgafspraak|0.95
begin:ze|ik-boodschap|-0.94
begin:ze|jij-boodschap|0.98
begin:ze|moraliseren|-1.75
begin:ze|bekritiseren|0.77
begin:ze|etiketteren|-0.97
begin:ze|interpreteren|-0.99
begin:ze|geruststellen|-0.95
begin:zeg|afleiden|0.93
begin:zegt|aanmoediging|1.85
begin:zeker|aanmoediging|0.99
begin:zie|ik-boodschap|-1.0
begin:zij|geruststellen|-0.93
begin:zijn|samenvatting|-1.0
begin:zijn|moraliseren|-1.0
begin:zijn|bekritiseren|-0.89
begin:zijn|afleiden|-1.0
begin:zit|ondervragen|0.88
begin:zo|ik-boodschap|-0.88
begin:zo|jij-boodschap|-0.98
begin:zo|moraliseren|1.96
begin:zo|bekritiseren|-0.98
begin:zo|interpreteren|-0.98
begin:zo|afleiden|-0.97
begin:zo|afronding-aankondigen|0.94
begin:zo'n|waarschuwen|-0.9
begin:zo'n|argumenteren|-0.9
begin:zo'n|bekritiseren|0.99
begin:zorg|bevelen|0.94
begin:zoveel|geruststellen|0.95
begin:zoë|afronding-aankondigen|-0.98
begin:zoë|vervolgafspraak|-0.98
begin:zullen|open-vraag|-1.0
begin:zullen|bekritiseren|-1.0
begin:zullen|afleiden|0.14
begin:zullen|afronding-aankondigen|-1.0
begin:zullen|bedanken|-1.0
deel:gedrag|ik-boodschap|4.97
deel:gedrag|jij-boodschap|-0.91
deel:gedrag|parafrase|-0.98
deel:gedrag|gevoelsreflectie|-1.13
deel:gedrag|samenvatting|-2.16
deel:gedrag|open-vraag|-0.17
deel:gedrag|bevelen|-1.91
deel:gedrag|waarschuwen|0.87
deel:gedrag|moraliseren|-1.76
deel:gedrag|adviseren|-1.93
deel:gedrag|argumenteren|-1.0
deel:gedrag|bekritiseren|-1.94
deel:gedrag|interpreteren|0.87
deel:gedrag|geruststellen|-0.99
deel:gedrag|ondervragen|-0.97
deel:gedrag|afleiden|-0.97
deel:gedrag|afronding-aankondigen|-0.99
deel:gedrag|vervolgafspraak|-1.92
deel:gedrag|bedanken|-0.98
deel:gevoel|ik-boodschap|5.53
deel:gevoel|jij-boodschap|-0.55
deel:gevoel|parafrase|-1.92
deel:gevoel|gevoelsreflectie|-1.02
deel:gevoel|samenvatting|-1.92
deel:gevoel|open-vraag|-0.17
deel:gevoel|aanmoediging|-1.0
deel:gevoel|bevelen|-0.99
deel:gevoel|waarschuwen|-1.98
deel:gevoel|moraliseren|-1.76
deel:gevoel|adviseren|-1.0
deel:gevoel|argumenteren|-1.0
deel:gevoel|bekritiseren|-1.94
deel:gevoel|interpreteren|-1.63
deel:gevoel|geruststellen|-0.98
deel:gevoel|afronding-aankondigen|-0.99
deel:gevoel|vervolgafspraak|-1.88
deel:gevoel|bedanken|-0.98
deel:gevolg|ik-boodschap|1.94
deel:gevolg|gevoelsreflectie|-0.94
deel:gevolg|samenvatting|-0.94
deel:gevolg|open-vraag|-1.09
deel:gevolg|bevelen|-0.99
deel:gevolg|waarschuwen|-2.95
deel:gevolg|moraliseren|-1.0
deel:gevolg|adviseren|-0.94
deel:gevolg|interpreteren|-0.98
deel:gevolg|ondervragen|-0.97
deel:gevolg|afleiden|-0.97
deel:gevolg|vervolgafspraak|1.05
deel:gevolg|bedanken|-0.98
familie:afronding|ik-boodschap|-1.97
familie:afronding|jij-boodschap|-1.33
familie:afronding|parafrase|-1.96
familie:afronding|gevoelsreflectie|-1.8
familie:afronding|samenvatting|-1.34
familie:afronding|open-vraag|-1.83
familie:afronding|aanmoediging|-0.99
familie:afronding|bevelen|-0.11
familie:afronding|waarschuwen|-1.9
familie:afronding|moraliseren|-0.99
familie:afronding|adviseren|-0.99
familie:afronding|argumenteren|-0.93
familie:afronding|prijzen|-2.96
familie:afronding|interpreteren|-1.0
familie:afronding|geruststellen|-0.72
familie:afronding|ondervragen|-0.99
familie:afronding|afleiden|-2.98
familie:afronding|afronding-aankondigen|4.73
familie:afronding|vervolgafspraak|5.92
familie:afronding|bedanken|5.94
familie:blokkade|ik-boodschap|-5.76
familie:blokkade|jij-boodschap|-0.24
familie:blokkade|parafrase|-5.85
familie:blokkade|gevoelsreflectie|-4.65
familie:blokkade|samenvatting|-5.51
familie:blokkade|open-vraag|-3.87
familie:blokkade|aanmoediging|-1.93
familie:blokkade|bevelen|0.16
familie:blokkade|waarschuwen|1.09
familie:blokkade|moraliseren|-1.01
familie:blokkade|bekritiseren|0.65
familie:blokkade|prijzen|0.7
familie:blokkade|etiketteren|-0.2
familie:blokkade|interpreteren|-0.51
familie:blokkade|geruststellen|-1.06
familie:blokkade|ondervragen|-0.79
familie:blokkade|afleiden|1.07
familie:blokkade|afronding-aankondigen|-3.63
familie:blokkade|vervolgafspraak|-4.51
familie:blokkade|bedanken|-3.99
familie:ik-boodschap|ik-boodschap|8.42
familie:ik-boodschap|parafrase|-0.98
familie:ik-boodschap|gevoelsreflectie|-1.13
familie:ik-boodschap|samenvatting|-1.92
familie:ik-boodschap|open-vraag|-0.17
familie:ik-boodschap|bevelen|-0.99
familie:ik-boodschap|waarschuwen|-2.95
familie:ik-boodschap|moraliseren|-1.76
familie:ik-boodschap|adviseren|-1.93
familie:ik-boodschap|argumenteren|-1.0
familie:ik-boodschap|bekritiseren|-1.94
familie:ik-boodschap|interpreteren|-1.63
familie:ik-boodschap|ondervragen|-0.97
familie:ik-boodschap|afleiden|-0.97
familie:ik-boodschap|afronding-aankondigen|-0.99
familie:ik-boodschap|vervolgafspraak|-1.92
familie:ik-boodschap|bedanken|-0.98
familie:jij-boodschap|jij-boodschap|9.41
familie:jij-boodschap|parafrase|-0.95
familie:jij-boodschap|gevoelsreflectie|-2.23
familie:jij-boodschap|samenvatting|-0.93
familie:jij-boodschap|bevelen|-1.98
familie:jij-boodschap|moraliseren|-1.72
familie:jij-boodschap|adviseren|-1.0
familie:jij-boodschap|argumenteren|-1.92
familie:jij-boodschap|bekritiseren|2.55
familie:jij-boodschap|prijzen|-2.9
familie:jij-boodschap|etiketteren|1.99
familie:jij-boodschap|interpreteren|-1.87
familie:jij-boodschap|geruststellen|-1.93
familie:jij-boodschap|ondervragen|-0.98
familie:jij-boodschap|afleiden|-0.96
familie:luisteren|ik-boodschap|-3.15
familie:luisteren|jij-boodschap|-3.48
familie:luisteren|parafrase|2.98
familie:luisteren|gevoelsreflectie|5.78
familie:luisteren|samenvatting|5.31
familie:luisteren|open-vraag|4.73
familie:luisteren|aanmoediging|1.05
familie:luisteren|bevelen|-3.81
familie:luisteren|waarschuwen|-2.0
familie:luisteren|moraliseren|-1.98
familie:luisteren|adviseren|-2.07
familie:luisteren|argumenteren|-2.97
familie:luisteren|bekritiseren|-3.85
familie:luisteren|prijzen|-3.78
familie:luisteren|etiketteren|-1.88
familie:luisteren|interpreteren|-3.05
familie:luisteren|geruststellen|-1.89
familie:luisteren|ondervragen|-3.75
familie:luisteren|afleiden|-1.96
familie:luisteren|afronding-aankondigen|-2.46
familie:luisteren|vervolgafspraak|-3.57
familie:luisteren|bedanken|-2.01
p:'ouwe' noemt|ik-boodschap|0.88
p:'s avonds|parafrase|0.99
p:'s avonds|gevoelsreflectie|-0.99
p:'s avonds|adviseren|1.9
p:'s avonds|ondervragen|-0.9
p:'s nachts|ik-boodschap|0.99
p:'s nachts|waarschuwen|-0.93
p:'s ochtends|vervolgafspraak|-0.91
p:1 en|moraliseren|0.81
p:1 en|argumenteren|0.96
p:1 voor|waarschuwen|1.0
p:12 mei|argumenteren|0.87
p:14 maart|jij-boodschap|-0.98
p:14 maart|samenvatting|0.98
p:14 maart|vervolgafspraak|0.98
p:2 staat|waarschuwen|-1.0
p:2 voor|jij-boodschap|-1.0
p:2 voor|bekritiseren|-0.68
p:3 afronden|moraliseren|-0.86
p:3 februari|ondervragen|-0.74
p:3 voor|geruststellen|-0.96
p:4 9|jij-boodschap|-1.0
p:4 9|argumenteren|0.99
p:4 9|bekritiseren|-0.68
p:4 daar|argumenteren|0.9
p:4 en|waarschuwen|-1.0
p:4 gemiddeld|argumenteren|-0.86
p:4 in|afleiden|0.97
p:4 is|ik-boodschap|0.84
p:4 is|argumenteren|0.9
p:5 1|argumenteren|1.0
p:5 2|jij-boodschap|-1.0
p:5 2|bekritiseren|-0.68
p:5 3|moraliseren|-0.86
p:5 4|argumenteren|-0.86
p:6 4|waarschuwen|-1.0
p:6 8|ik-boodschap|-0.88
p:6 8|samenvatting|-0.88
p:6 8|argumenteren|0.88
p:6 kan|moraliseren|-0.86
p:7 1|waarschuwen|-1.0
p:7 1|argumenteren|-0.96
p:7 halen|prijzen|0.97
p:7 naar|ik-boodschap|0.84
p:8 3|geruststellen|-0.96
p:8 ?|ik-boodschap|-0.9
p:9 voor|jij-boodschap|-1.0
p:9 voor|argumenteren|0.99
p:9 voor|bekritiseren|-0.68
p:? controleert|ondervragen|0.88
p:? dan|prijzen|0.99
p:? dat|bekritiseren|1.88
p:? elke|prijzen|-0.98
p:? elke|ondervragen|0.98
p:? en|ik-boodschap|-0.88
p:? en|open-vraag|-0.99
p:? en|waarschuwen|-1.0
p:? en|ondervragen|2.57
p:? hoe|afleiden|-0.94
p:? ik|adviseren|0.99
p:? ik|vervolgafspraak|0.99
p:? maar|open-vraag|0.93
p:? maar|geruststellen|0.76
p:? met|ik-boodschap|-0.88
p:? met|waarschuwen|-1.0
p:? met|ondervragen|1.0
p:? ook|prijzen|-0.98
p:? ook|ondervragen|0.98
p:? tot|ondervragen|0.88
p:? waarom|adviseren|-0.99
p:? waarom|bekritiseren|-0.99
p:? waarom|ondervragen|0.99
p:? wanneer|bekritiseren|-0.99
p:? was|ondervragen|0.61
p:? wat|open-vraag|-0.99
p:? wat|adviseren|-0.99
p:? wat|bekritiseren|-0.97
p:? wat|ondervragen|1.19
p:? wat|afleiden|-0.94
p:? wie|open-vraag|-0.99
p:aan ?|bekritiseren|-0.99
p:aan alles|aanmoediging|-0.99
p:aan alles|bedanken|-0.99
p:aan als|ik-boodschap|-0.98
p:aan bij|etiketteren|-0.99
p:aan dat|jij-boodschap|-1.72
p:aan dat|parafrase|0.96
p:aan dat|open-vraag|0.91
p:aan dat|bekritiseren|-0.91
p:aan de|jij-boodschap|-0.72
p:aan de|gevoelsreflectie|0.85
p:aan de|samenvatting|0.88
p:aan de|aanmoediging|-0.93
p:aan de|argumenteren|-0.88
p:aan de|bekritiseren|-0.91
p:aan de|interpreteren|-0.99
p:aan doen|argumenteren|0.7
p:aan een|moraliseren|0.81
p:aan een|argumenteren|0.96
p:aan een|ondervragen|-0.95
p:aan en|jij-boodschap|0.97
p:aan en|samenvatting|-0.97
p:aan en|bekritiseren|0.97
p:aan gedacht|afleiden|-0.99
p:aan het|afronding-aankondigen|1.0
p:aan het|vervolgafspraak|-1.0
p:aan hoor|aanmoediging|0.97
p:aan hoor|bevelen|-0.97
p:aan je|ik-boodschap|0.88
p:aan je|moraliseren|-0.91
p:aan maken|argumenteren|-0.93
p:aan mevrouw|bevelen|0.92
p:aan nu|aanmoediging|-0.8
p:aan nu|bevelen|1.79
p:aan school|bevelen|0.99
p:aan te|jij-boodschap|-1.0
p:aan te|bevelen|-0.91
p:aan te|argumenteren|0.9
p:aan te|interpreteren|-0.52
p:aan te|geruststellen|-1.97
p:aan te|afleiden|1.5
p:aan te|vervolgafspraak|0.95
p:aan vrijdag|samenvatting|1.0
p:aan vrijdag|open-vraag|-0.83
p:aan vrijdag|prijzen|-1.0
p:aan wat|bekritiseren|0.98
p:aan zijn|ik-boodschap|0.92
p:aan zijn|jij-boodschap|1.85
p:aan zijn|samenvatting|-0.63
p:aan zijn|bekritiseren|0.12
p:aanbieden aan|bevelen|0.92
p:aandacht daarom|moraliseren|-0.8
p:aandacht krijgt|ik-boodschap|-0.99
p:aandacht krijgt|samenvatting|-0.99
p:aandacht krijgt|waarschuwen|-0.86
p:aandacht te|bekritiseren|-0.99
p:aanpakken ?|parafrase|-0.85
p:aanpakken ?|samenvatting|1.94
p:aanpakken ?|open-vraag|0.98
p:aansluiting heeft|ik-boodschap|0.97
p:aansluiting met|open-vraag|-0.99
p:aansluiting mist|samenvatting|-0.97
p:aanspreken op|bevelen|0.99
p:aardrijkskunde zakt|ik-boodschap|0.95
p:aardrijkskunde zakt|jij-boodschap|-0.76
p:aardrijkskunde zakt|bekritiseren|-0.81
p:ach dat|geruststellen|-1.0
p:ach dat|afleiden|1.71
p:ach een|ik-boodschap|-0.95
p:ach een|afleiden|0.95
p:ach elke|geruststellen|0.99
p:ach elke|afleiden|-1.51
p:ach het|argumenteren|-0.98
p:ach het|afleiden|-0.88
p:ach iedereen|geruststellen|-0.92
p:ach iedereen|afleiden|0.92
p:ach u|prijzen|-0.93
p:ach u|etiketteren|0.93
p:ach zulke|geruststellen|-0.83
p:ach zulke|afleiden|0.99
p:acht bij|bevelen|0.92
p:acht uur|ik-boodschap|-0.93
p:acht uur|moraliseren|-0.79
p:achter de|ondervragen|0.88
p:achter en|interpreteren|-0.98
p:achter zetten|afronding-aankondigen|0.99
p:achter zetten|vervolgafspraak|-1.89
p:achter zetten|bedanken|-0.99
p:actie gekomen|bekritiseren|-2.01
p:advies neem|etiketteren|-0.99
p:af als|bevelen|0.7
p:af bedankt|bedanken|0.91
p:af dat|samenvatting|0.75
p:af dat|afronding-aankondigen|-0.95
p:af dat|vervolgafspraak|0.99
p:af en|samenvatting|-0.71
p:af en|afronding-aankondigen|0.78
p:af en|bedanken|0.85
p:af hebt|etiketteren|-1.0
p:af heeft|jij-boodschap|-1.0
p:af heeft|bevelen|-0.14
p:af heeft|adviseren|1.0
p:af heeft|interpreteren|-0.98
p:af ik|afleiden|-0.99
p:af is|geruststellen|-0.99
p:af maandag|vervolgafspraak|1.0
p:af maandag|bedanken|1.0
p:af tot|ik-boodschap|-0.85
p:af tot|waarschuwen|0.99
p:af voor|vervolgafspraak|0.74
p:af we|afronding-aankondigen|0.71
p:afdelingsleider erbij|waarschuwen|0.98
p:afdelingsleider volgende|adviseren|-0.99
p:afdelingsleider volgende|afronding-aankondigen|-0.99
p:afdelingsleider volgende|bedanken|-0.99
p:afgelopen twee|ik-boodschap|0.95
p:afgelopen twee|jij-boodschap|-0.76
p:afgelopen twee|bekritiseren|-0.81
p:afgemeld ?|ik-boodschap|-0.88
p:afgemeld ?|waarschuwen|-1.0
p:afgemeld ?|ondervragen|1.0
p:afheeft waardoor|open-vraag|0.98
p:afmeldt als|moraliseren|0.81
p:afronden de|vervolgafspraak|-0.99
p:afronden en|afronding-aankondigen|1.0
p:afronden en|bedanken|-0.73
p:afronden naar|moraliseren|-0.86
p:afronden over|samenvatting|0.64
p:afronden over|afronding-aankondigen|0.99
p:afronden over|bedanken|0.99
p:afsluiten de|vervolgafspraak|-0.94
p:afsluiten voor|afronding-aankondigen|0.96
p:afspraak ?|vervolgafspraak|-0.76
p:afspraak bij|jij-boodschap|-0.98
p:afspraak bij|samenvatting|0.98
p:afspraak bij|vervolgafspraak|0.98
p:afspraak gewoon|bekritiseren|-1.1
p:afspraak in|vervolgafspraak|0.96
p:afspraak met|ik-boodschap|0.94
p:afspraak met|argumenteren|-0.94
p:afspraak met|bekritiseren|0.21
p:afspraak met|afronding-aankondigen|0.71
p:afspraak met|vervolgafspraak|-1.0
p:afspraken aan|jij-boodschap|0.86
p:afspraken aan|samenvatting|-0.63
p:afspraken en|ik-boodschap|-0.98
p:afspraken hebben|afleiden|-0.96
p:afspraken houdt|jij-boodschap|-0.72
p:afspraken houdt|open-vraag|0.91
p:afspraken houdt|bekritiseren|-0.91
p:afspraken nooit|jij-boodschap|0.79
p:afspraken nooit|bekritiseren|0.95
p:afspraken op|bedanken|-0.94
p:afspraken te|adviseren|-0.99
p:afspraken te|argumenteren|-0.88
p:afspreken ?|adviseren|0.99
p:afspreken ?|vervolgafspraak|0.99
p:afspreken dat|vervolgafspraak|1.0
p:afspreken dat|bedanken|-1.0
p:afspreken u|samenvatting|1.0
p:afspreken u|open-vraag|-0.83
p:afspreken u|prijzen|-1.0
p:afwezig moeten|ik-boodschap|0.96
p:afwezig moeten|waarschuwen|-0.96
p:agenda bekijken|adviseren|0.95
p:agenda bekijken|geruststellen|-0.95
p:agenda voor|vervolgafspraak|0.96
p:ajax gisteren|ondervragen|-0.97
p:akkoord ?|prijzen|0.97
p:akkoord ?|afleiden|-0.97
p:akkoord met|adviseren|-0.92
p:akkoord met|vervolgafspraak|-0.55
p:al als|ik-boodschap|0.96
p:al als|waarschuwen|-0.96
p:al bekeken|ondervragen|-0.97
p:al drie|ik-boodschap|-0.93
p:al eens|ondervragen|-0.95
p:al eens|afleiden|-0.99
p:al gedaan|bekritiseren|-0.97
p:al gedaan|ondervragen|0.97
p:al gezien|bekritiseren|-0.99
p:al gezien|afleiden|0.99
p:al in|samenvatting|-0.67
p:al in|argumenteren|0.9
p:al ondertekend|ondervragen|-0.85
p:al te|ik-boodschap|-0.95
p:al te|bekritiseren|0.96
p:al twee|argumenteren|0.92
p:al twee|bekritiseren|0.92
p:alle afspraken|jij-boodschap|0.86
p:alle afspraken|samenvatting|-0.63
p:alle andere|jij-boodschap|0.62
p:alle ouders|argumenteren|0.98
p:alle tijd|aanmoediging|0.97
p:alle tijd|bevelen|-0.97
p:allebei dat|parafrase|-0.97
p:allebei niks|ik-boodschap|0.95
p:allebei niks|vervolgafspraak|-0.86
p:allebei zorgen|afronding-aankondigen|-0.76
p:alleen bij|ik-boodschap|0.88
p:alleen dat|geruststellen|-0.99
p:alleen goed|geruststellen|-0.86
p:alleen in|interpreteren|-0.99
p:alleen maar|jij-boodschap|-0.8
p:alleen maar|bevelen|-0.8
p:alleen maar|bekritiseren|-0.99
p:alleen naar|ik-boodschap|-0.97
p:alleen omdat|parafrase|-0.94
p:alleen omdat|interpreteren|1.95
p:alleen voelt|ik-boodschap|-0.97
p:alleen voelt|gevoelsreflectie|1.54
p:alleen voelt|samenvatting|0.97
p:alleen wat|bekritiseren|-1.69
p:alleen zit|ik-boodschap|0.11
p:allemaal de|jij-boodschap|1.0
p:allemaal de|samenvatting|-1.0
p:allemaal de|bekritiseren|1.0
p:allemaal goed|bekritiseren|-0.93
p:allemaal kan|ik-boodschap|0.85
p:allemaal minder|bekritiseren|-1.0
p:allemaal minder|interpreteren|-1.0
p:allemaal minder|geruststellen|1.0
p:allemaal op|geruststellen|0.89
p:allemaal wel|waarschuwen|-1.0
p:allemaal wel|argumenteren|-1.0
p:allemaal wel|geruststellen|1.0
p:allemaal wel|afleiden|-1.0
p:alles dat|aanmoediging|-0.99
p:alles dat|bedanken|-0.99
p:alles en|gevoelsreflectie|-0.92
p:alles op|parafrase|-0.98
p:als afwezig|ik-boodschap|0.96
p:als afwezig|waarschuwen|-0.96
p:als daan|waarschuwen|-0.99
p:als daan|bekritiseren|-0.97
p:als daan|vervolgafspraak|0.91
p:als dat|jij-boodschap|2.66
p:als dat|open-vraag|-0.99
p:als dat|bekritiseren|1.97
p:als dit|interpreteren|-0.99
p:als een|ik-boodschap|-0.95
p:als een|bekritiseren|-0.97
p:als een|afleiden|-0.9
p:als eerste|parafrase|-0.85
p:als eerste|samenvatting|1.94
p:als eerste|open-vraag|0.98
p:als er|ondervragen|-0.99
p:als fatima|waarschuwen|-0.97
p:als fatima|ondervragen|-0.97
p:als finn|prijzen|0.97
p:als gijs|ik-boodschap|0.95
p:als gijs|vervolgafspraak|-0.95
p:als het|jij-boodschap|-0.23
p:als het|moraliseren|-0.99
p:als het|bekritiseren|2.7
p:als het|etiketteren|-0.98
p:als het|afleiden|-0.91
p:als hij|samenvatting|-1.0
p:als hij|aanmoediging|-1.0
p:als hij|bevelen|-0.16
p:als hij|waarschuwen|-1.0
p:als hij|moraliseren|-0.89
p:als hij|adviseren|0.99
p:als hij|bekritiseren|-0.8
p:als hij|geruststellen|-1.0
p:als ik|ik-boodschap|-1.04
p:als ik|parafrase|2.71
p:als ik|gevoelsreflectie|-0.16
p:als ik|samenvatting|-0.72
p:als ik|bevelen|0.86
p:als ik|waarschuwen|-0.93
p:als ik|argumenteren|-0.94
p:als ik|bekritiseren|0.46
p:als ik|vervolgafspraak|-1.95
p:als ik|bedanken|-0.95
p:als je|ik-boodschap|-0.92
p:als je|samenvatting|-0.67
p:als je|bevelen|-0.91
p:als je|waarschuwen|2.83
p:als je|moraliseren|-1.75
p:als je|afronding-aankondigen|-0.99
p:als jij|ik-boodschap|0.92
p:als jij|parafrase|-0.94
p:als keuzevak|open-vraag|-0.91
p:als kim|open-vraag|0.9
p:als laatste|ik-boodschap|1.0
p:als leerling|moraliseren|1.72
p:als lotte|ik-boodschap|0.98
p:als lotte|argumenteren|-0.98
p:als lucas|waarschuwen|0.97
p:als moeder|moraliseren|1.0
p:als moeder|adviseren|-1.0
p:als moeder|bekritiseren|0.83
p:als noor|vervolgafspraak|0.95
p:als ouder|gevoelsreflectie|0.96
p:als ouder|moraliseren|0.97
p:als ouders|bekritiseren|-1.58
p:als u|ik-boodschap|-0.96
p:als u|jij-boodschap|-0.91
p:als u|open-vraag|-0.97
p:als u|waarschuwen|-0.11
p:als u|bekritiseren|-0.17
p:als u|prijzen|0.97
p:als u|afleiden|-0.97
p:als u|afronding-aankondigen|-0.93
p:als u|vervolgafspraak|0.99
p:als vader|moraliseren|0.9
p:als vader|adviseren|-0.9
p:als vader|bekritiseren|0.25
p:als verpleegkundige|prijzen|0.97
p:als we|jij-boodschap|-1.53
p:als we|waarschuwen|-0.75
p:als we|adviseren|-0.99
p:als we|bekritiseren|-3.05
p:als we|ondervragen|0.9
p:als we|afronding-aankondigen|0.98
p:als we|bedanken|-0.98
p:als ze|jij-boodschap|-1.0
p:als ze|bevelen|-1.0
p:als ze|waarschuwen|1.0
p:als ze|adviseren|1.0
p:alsof er|geruststellen|-0.93
p:alsof het|jij-boodschap|1.0
p:alsof het|samenvatting|-1.0
p:alsof het|bekritiseren|1.0
p:alsof je|gevoelsreflectie|2.45
p:alsof u|bekritiseren|-0.98
p:altijd degene|bekritiseren|-1.02
p:altijd een|bekritiseren|-1.85
p:altijd je|bekritiseren|0.94
p:altijd pas|bekritiseren|0.96
p:altijd te|jij-boodschap|0.8
p:altijd te|bekritiseren|0.28
p:altijd voor|bekritiseren|-2.26
p:altijd welkom|jij-boodschap|-0.87
p:altijd welkom|etiketteren|-1.0
p:altijd zo|parafrase|-0.82
p:altijd zo|bevelen|-0.98
p:altijd zo|waarschuwen|-0.75
p:altijd zo|bekritiseren|1.04
p:altijd zo|prijzen|1.0
p:altijd zo|etiketteren|-0.86
p:altijd zo|geruststellen|-1.0
p:altijd zo|ondervragen|-0.98
p:altijd zo|vervolgafspraak|-0.55
p:altijd zo|bedanken|-1.0
p:amira doet|jij-boodschap|0.64
p:amira doet|bekritiseren|0.92
p:amira in|ik-boodschap|0.88
p:amira in|gevoelsreflectie|-1.6
p:ander profiel|parafrase|0.9
p:andere aanpak|bedanken|-1.0
p:andere kant|bekritiseren|0.6
p:andere kinderen|open-vraag|-0.82
p:andere kinderen|bekritiseren|0.6
p:andere kinderen|interpreteren|-0.96
p:andere meiden|parafrase|0.95
p:andere moeder|parafrase|0.99
p:andere moeder|interpreteren|-0.7
p:andere ouders|jij-boodschap|-0.13
p:andere ouders|aanmoediging|-0.86
p:andere ouders|interpreteren|0.99
p:andere plek|parafrase|-0.96
p:andere woorden|parafrase|1.0
p:andere woorden|gevoelsreflectie|-0.85
p:andere woorden|samenvatting|-0.96
p:andere woorden|open-vraag|-0.98
p:andere woorden|bedanken|-1.0
p:anderen alles|gevoelsreflectie|-0.92
p:anderen hun|ik-boodschap|0.92
p:anderen me|ik-boodschap|0.88
p:anders de|afleiden|0.32
p:anders even|adviseren|0.93
p:anders ga|waarschuwen|0.89
p:anders gaat|afleiden|0.97
p:anders kan|gevoelsreflectie|-0.98
p:anders kan|waarschuwen|-0.9
p:anders laat|waarschuwen|0.93
p:anders moet|jij-boodschap|-0.96
p:anders wordt|waarschuwen|1.0
p:anders wordt|argumenteren|-1.0
p:angst zit|interpreteren|0.65
p:angsten op|interpreteren|0.67
p:anouk en|ik-boodschap|1.0
p:anouk en|open-vraag|0.83
p:anouk en|adviseren|-1.0
p:antwoord dan|ik-boodschap|0.94
p:antwoord dan|argumenteren|-0.94
p:antwoord op|interpreteren|-0.98
p:apart gaat|gevoelsreflectie|-0.92
p:arabisch tegen|waarschuwen|-0.98
p:auto gekomen|ondervragen|-0.97
p:avond achter|ondervragen|0.88
p:avond doen|jij-boodschap|0.7
p:avond doen|bekritiseren|0.7
p:avond een|ondervragen|-0.9
p:avondeten ?|open-vraag|-0.99
p:avonds beneden|adviseren|0.92
p:avonds niet|parafrase|0.99
p:avonds niet|gevoelsreflectie|-0.99
p:avonds niet|adviseren|0.99
p:avonds thuiskomt|ondervragen|-0.9
p:ayoub hielp|ik-boodschap|0.98
p:ayoub is|samenvatting|0.93
p:baal ervan|vervolgafspraak|-1.0
p:baalt er|ik-boodschap|-0.94
p:baalt er|gevoelsreflectie|0.94
p:baalt ervan|afleiden|0.97
p:baart me|open-vraag|-0.99
p:baart me|interpreteren|-0.98
p:baby doen|etiketteren|0.93
p:balen voor|ik-boodschap|0.94
p:balen voor|gevoelsreflectie|-0.94
p:bang bent|afleiden|-0.72
p:bang dat|parafrase|-0.99
p:bang dat|gevoelsreflectie|0.17
p:bang dat|geruststellen|0.71
p:bang dat|vervolgafspraak|-0.99
p:bang om|gevoelsreflectie|0.76
p:bang om|samenvatting|-0.97
p:bas naast|ik-boodschap|0.92
p:basisschool en|prijzen|-0.79
p:basisschool zat|open-vraag|0.76
p:bed gaat|bevelen|-0.9
p:bed gaat|adviseren|0.99
p:bed gaat|argumenteren|-0.93
p:bed gaat|bekritiseren|-0.61
p:bed moeten|bekritiseren|0.91
p:bed te|moraliseren|0.97
p:bed te|adviseren|-0.98
p:bedacht ?|bekritiseren|-0.99
p:bedankt dat|bedanken|1.0
p:bedankt en|waarschuwen|-0.9
p:bedankt en|bedanken|0.7
p:bedankt voor|bekritiseren|1.7
p:bedankt voor|afleiden|-0.99
p:bedankt voor|afronding-aankondigen|-0.71
p:bedankt voor|vervolgafspraak|-1.0
p:bedoeling van|jij-boodschap|-1.0
p:bedoeling van|bevelen|-1.0
p:bedoeling van|bekritiseren|-1.0
p:bedoelt dat|parafrase|0.93
p:bedoelt dat|bekritiseren|-0.93
p:bedoelt eigenlijk|parafrase|0.95
p:bedoelt het|geruststellen|0.92
p:bedtijd en|samenvatting|1.0
p:bedtijd en|open-vraag|-0.83
p:bedtijd en|prijzen|-1.0
p:beetje geschrokken|gevoelsreflectie|1.65
p:beetje heimwee|interpreteren|0.94
p:beetje mee|ik-boodschap|-0.95
p:beetje van|ik-boodschap|-0.79
p:beetje verdrietig|ik-boodschap|0.75
p:beetje verdrietig|gevoelsreflectie|0.91
p:beetje verdrietig|interpreteren|-0.65
p:beetje voor|gevoelsreflectie|0.99
p:beetje zenuwachtig|gevoelsreflectie|-0.84
p:beetje zorgen|ik-boodschap|1.0
p:beetje zorgen|open-vraag|0.83
p:beetje zorgen|adviseren|-1.0
p:begeleider ook|afronding-aankondigen|-0.94
p:beginnen ?|afleiden|-0.82
p:beginnen ?|vervolgafspraak|-0.95
p:begint er|jij-boodschap|1.52
p:begint mijn|vervolgafspraak|-0.9
p:begint om|parafrase|0.96
p:begint om|interpreteren|0.96
p:begon al|samenvatting|-0.67
p:begon bij|open-vraag|-1.0
p:begon na|parafrase|-0.99
p:begon na|samenvatting|0.99
p:begonnen na|bevelen|-0.97
p:begonnen na|argumenteren|-0.97
p:begonnen na|ondervragen|-1.0
p:begrijp dat|ik-boodschap|-0.95
p:begrijp dat|gevoelsreflectie|-0.8
p:begrijp dat|adviseren|-0.99
p:begrijp dat|argumenteren|0.9
p:begrijp dat|bekritiseren|0.91
p:begrijp dat|geruststellen|0.18
p:begrijp dat|ondervragen|-0.99
p:begrijp heeft|ik-boodschap|-0.94
p:begrijp heeft|parafrase|1.92
p:begrijp heeft|gevoelsreflectie|-0.98
p:begrijp heeft|samenvatting|-0.98
p:begrijp het|samenvatting|-0.98
p:begrijp het|vervolgafspraak|-0.99
p:begrijp ik|gevoelsreflectie|0.8
p:begrijp ik|open-vraag|-0.76
p:begrijp ik|geruststellen|0.99
p:begrijp vindt|open-vraag|0.95
p:begrijp voelt|gevoelsreflectie|0.78
p:begrijp wil|open-vraag|-0.94
p:begrijpen dat|argumenteren|0.94
p:begrijpen dat|prijzen|0.11
p:begrijpen hoe|geruststellen|-0.86
p:begrijpt u|ondervragen|-0.77
p:begrijpt vast|gevoelsreflectie|-0.98
p:behoorlijk aangrijpt|gevoelsreflectie|1.0
p:behoorlijk aangrijpt|samenvatting|-1.0
p:behulpzaam dus|bevelen|-0.98
p:behulpzaam dus|bekritiseren|-0.98
p:behulpzaam weer|bekritiseren|0.99
p:behulpzaam weer|bedanken|-1.84
p:behulpzame leerling|gevoelsreflectie|-0.9
p:bekeken ?|ondervragen|-0.97
p:bel gaat|vervolgafspraak|-0.99
p:bel ik|samenvatting|0.95
p:bel ik|waarschuwen|1.84
p:bel ik|vervolgafspraak|0.99
p:bel ik|bedanken|0.95
p:bel je|vervolgafspraak|0.98
p:bel u|ik-boodschap|-1.98
p:bel u|samenvatting|-1.65
p:bel u|waarschuwen|-1.0
p:bel u|interpreteren|-1.0
p:bel u|afleiden|-0.99
p:bel u|afronding-aankondigen|-0.69
p:bel u|vervolgafspraak|1.73
p:belabberde inzet|jij-boodschap|-0.56
p:belachelijke reactie|bekritiseren|0.39
p:belangrijkste dat|parafrase|1.0
p:belangrijkste dat|bekritiseren|-1.0
p:bellen ?|vervolgafspraak|0.91
p:belonen als|jij-boodschap|-1.0
p:belonen als|bevelen|-1.0
p:belonen als|adviseren|1.0
p:beloningssysteem ?|samenvatting|-1.0
p:beloningssysteem ?|moraliseren|-1.0
p:beloningssysteem ?|adviseren|1.0
p:beloningssysteem ?|geruststellen|-1.0
p:beloningssysteem ?|ondervragen|-0.99
p:belt bij|samenvatting|0.64
p:belt bij|afronding-aankondigen|0.99
p:belt bij|bedanken|0.99
p:belt morgen|bevelen|1.72
p:belt morgen|vervolgafspraak|-0.92
p:belt u|bekritiseren|0.96
p:belt voortaan|bevelen|0.7
p:bemoeit zich|gevoelsreflectie|-0.8
p:bemoeit zich|bekritiseren|1.84
p:ben benieuwd|gevoelsreflectie|-0.99
p:ben benieuwd|open-vraag|1.0
p:ben best|ik-boodschap|0.86
p:ben best|jij-boodschap|-0.92
p:ben best|bekritiseren|-0.92
p:ben bezorgd|open-vraag|-1.0
p:ben bezorgd|moraliseren|-1.0
p:ben echt|ik-boodschap|0.93
p:ben er|bekritiseren|-0.96
p:ben je|parafrase|0.98
p:ben je|samenvatting|-0.98
p:ben je|geruststellen|0.97
p:ben jij|open-vraag|-1.0
p:ben jij|bekritiseren|-1.0
p:ben jij|etiketteren|1.0
p:ben teleurgesteld|jij-boodschap|0.79
p:ben teleurgesteld|bekritiseren|0.95
p:ben u|bedanken|0.99
p:beneden laten|parafrase|0.99
p:beneden laten|gevoelsreflectie|-0.99
p:beneden laten|adviseren|0.99
p:beneden te|adviseren|0.92
p:benieuwd hoe|open-vraag|1.0
p:benieuwd naar|gevoelsreflectie|-0.99
p:bent altijd|bevelen|-0.98
p:bent altijd|waarschuwen|-0.75
p:bent altijd|bekritiseren|-0.78
p:bent altijd|etiketteren|-0.86
p:bent altijd|vervolgafspraak|-0.55
p:bent bang|parafrase|-0.99
p:bent bang|gevoelsreflectie|0.17
p:bent bang|geruststellen|0.71
p:bent bang|vervolgafspraak|-0.99
p:bent boos|gevoelsreflectie|0.99
p:bent boos|ondervragen|0.99
p:bent bram|geruststellen|-0.99
p:bent dank|gevoelsreflectie|-0.98
p:bent de|jij-boodschap|-0.57
p:bent de|parafrase|-0.98
p:bent de|prijzen|-0.99
p:bent denk|interpreteren|0.87
p:bent deze|gevoelsreflectie|-0.95
p:bent duidelijk|gevoelsreflectie|0.63
p:bent duidelijk|samenvatting|0.97
p:bent duidelijk|vervolgafspraak|0.63
p:bent dus|gevoelsreflectie|1.87
p:bent dus|prijzen|0.94
p:bent echt|jij-boodschap|1.42
p:bent echt|adviseren|-0.92
p:bent echt|argumenteren|-0.86
p:bent echt|bekritiseren|-0.98
p:bent echt|prijzen|1.82
p:bent een|jij-boodschap|1.99
p:bent een|bevelen|-1.0
p:bent een|argumenteren|-0.9
p:bent een|prijzen|-0.99
p:bent een|vervolgafspraak|-0.4
p:bent er|open-vraag|-0.99
p:bent gegaan|vervolgafspraak|-1.0
p:bent gekwetst|parafrase|0.99
p:bent gekwetst|interpreteren|-0.7
p:bent geweest|gevoelsreflectie|-0.75
p:bent gewoon|moraliseren|-0.98
p:bent gewoon|bekritiseren|2.42
p:bent gewoon|etiketteren|0.86
p:bent gewoon|interpreteren|0.99
p:bent heel|gevoelsreflectie|-0.84
p:bent helemaal|etiketteren|-0.95
p:bent helemaal|geruststellen|-0.95
p:bent ik|ik-boodschap|0.96
p:bent ik|gevoelsreflectie|0.81
p:bent ik|vervolgafspraak|0.4
p:bent kwaad|interpreteren|0.65
p:bent maar|ik-boodschap|-0.95
p:bent maar|bevelen|0.84
p:bent maar|argumenteren|0.9
p:bent maar|geruststellen|1.83
p:bent nogal|bekritiseren|0.82
p:bent nooit|bekritiseren|-1.91
p:bent nooit|etiketteren|-0.99
p:bent onbeleefd|bekritiseren|-1.84
p:bent oneerlijk|gevoelsreflectie|-1.43
p:bent oneerlijk|bekritiseren|0.92
p:bent ongerust|parafrase|-0.93
p:bent ongerust|gevoelsreflectie|0.85
p:bent ongerust|aanmoediging|-0.93
p:bent ook|bekritiseren|0.81
p:bent ook|prijzen|-0.94
p:bent op|jij-boodschap|-0.93
p:bent soms|jij-boodschap|1.58
p:bent soms|gevoelsreflectie|-0.89
p:bent soms|etiketteren|0.95
p:bent soms|geruststellen|-0.7
p:bent steeds|bekritiseren|0.75
p:bent teleurgesteld|jij-boodschap|-0.97
p:bent toch|jij-boodschap|-0.96
p:bent toch|prijzen|0.99
p:bent trots|gevoelsreflectie|0.92
p:bent u|jij-boodschap|0.7
p:bent u|gevoelsreflectie|0.89
p:bent u|bekritiseren|-1.46
p:bent u|etiketteren|0.92
p:bent u|ondervragen|0.91
p:bent u|bedanken|-0.95
p:bent van|aanmoediging|-0.99
p:bent van|bedanken|-0.99
p:bent veel|bekritiseren|-2.22
p:bent vergeten|parafrase|0.98
p:bent vergeten|geruststellen|-0.98
p:bent volgens|jij-boodschap|-0.75
p:bent voor|ik-boodschap|-0.93
p:bent vorig|afleiden|-0.95
p:bent wat|gevoelsreflectie|1.0
p:bent wat|samenvatting|-1.0
p:bent zo|prijzen|0.96
p:bent zo'n|jij-boodschap|-1.0
p:bent zo'n|gevoelsreflectie|-0.98
p:bent zo'n|prijzen|1.03
p:bent zo'n|etiketteren|0.93
p:bent zo'n|interpreteren|-0.99
p:bent zo'n|geruststellen|-0.93
p:bereikbaar als|bekritiseren|-2.56
p:bericht krijgt|argumenteren|0.91
p:bericht over|parafrase|0.98
p:bericht over|gevoelsreflectie|-0.98
p:bericht over|samenvatting|-0.98
p:bericht van|jij-boodschap|0.97
p:bericht van|bekritiseren|1.77
p:bericht wist|vervolgafspraak|-0.99
p:berichten in|jij-boodschap|1.65
p:berichten in|bekritiseren|1.53
p:beschermt haar|interpreteren|0.87
p:beschrijven waarin|gevoelsreflectie|-0.91
p:beslissing van|geruststellen|-0.68
p:besloten ?|bekritiseren|-0.99
p:besluit van|vervolgafspraak|0.74
p:bespreken hoe|vervolgafspraak|-0.64
p:bespreken waar|ik-boodschap|0.95
p:bespreken waar|vervolgafspraak|-0.95
p:bespreken we|jij-boodschap|-0.98
p:bespreken we|samenvatting|0.98
p:bespreken we|vervolgafspraak|1.39
p:besproken dan|afronding-aankondigen|0.96
p:besproken dat|ik-boodschap|-0.97
p:besproken dat|samenvatting|0.97
p:besproken het|afronding-aankondigen|-0.7
p:best bezorgd|ik-boodschap|0.86
p:best bezorgd|jij-boodschap|-0.92
p:best bezorgd|bekritiseren|-0.92
p:best dat|jij-boodschap|-0.96
p:best dat|vervolgafspraak|-0.98
p:best een|prijzen|0.81
p:best spannend|ik-boodschap|-1.0
p:best wil|parafrase|0.96
p:beste elke|adviseren|0.95
p:beste elke|geruststellen|-0.95
p:beste gebruiken|open-vraag|-0.92
p:beste keus|prijzen|0.94
p:beste kunt|argumenteren|-0.92
p:beste leerling|prijzen|0.99
p:beter dan|etiketteren|0.9
p:beter in|geruststellen|-0.99
p:beter kan|open-vraag|-0.99
p:beter kan|interpreteren|-0.99
p:beter maar|samenvatting|0.92
p:beter moet|gevoelsreflectie|-0.74
p:beter moet|aanmoediging|-0.99
p:beter moeten|bevelen|-0.98
p:beter moeten|bekritiseren|0.49
p:beter plannen|bevelen|0.99
p:beter plannen|geruststellen|0.99
p:betrokken moeder|prijzen|-0.97
p:betrokken moeder|vervolgafspraak|-0.4
p:betrokken vader|adviseren|-0.92
p:betrokken vader|prijzen|0.99
p:betrokken vader|interpreteren|-0.99
p:betrokken zijn|moraliseren|1.0
p:bevalt het|open-vraag|-0.96
p:bevalt het|afleiden|0.96
p:bevorderen naar|waarschuwen|0.94
p:bevorderen zit|argumenteren|0.94
p:bezig weer|bekritiseren|1.38
p:bezorgd want|open-vraag|-1.0
p:bezorgd want|moraliseren|-1.0
p:bezorgd ze|ik-boodschap|0.86
p:bezorgd ze|jij-boodschap|-0.92
p:bezorgd ze|bekritiseren|-0.92
p:beëindig dit|afronding-aankondigen|0.94
p:bieden als|bevelen|-0.91
p:biedt je|bevelen|0.96
p:bij ?|afleiden|-0.94
p:bij anouk|ik-boodschap|1.0
p:bij anouk|open-vraag|0.83
p:bij anouk|adviseren|-1.0
p:bij bent|jij-boodschap|-0.35
p:bij bent|bekritiseren|-0.35
p:bij biologie|afronding-aankondigen|-0.98
p:bij biologie|vervolgafspraak|-0.98
p:bij de|ik-boodschap|1.88
p:bij de|jij-boodschap|-0.98
p:bij de|parafrase|0.98
p:bij de|gevoelsreflectie|-0.92
p:bij de|moraliseren|-1.89
p:bij de|adviseren|0.94
p:bij de|argumenteren|-0.85
p:bij de|bekritiseren|-0.92
p:bij de|etiketteren|-0.99
p:bij de|interpreteren|-0.52
p:bij de|geruststellen|-0.97
p:bij de|afleiden|1.53
p:bij de|vervolgafspraak|0.98
p:bij gym|ik-boodschap|1.0
p:bij haar|ik-boodschap|-0.96
p:bij haar|samenvatting|-0.98
p:bij het|open-vraag|-1.0
p:bij het|bevelen|0.92
p:bij het|waarschuwen|0.83
p:bij het|afleiden|-0.85
p:bij het|vervolgafspraak|0.95
p:bij is|ik-boodschap|0.88
p:bij je|ik-boodschap|-0.75
p:bij je|bevelen|-0.99
p:bij je|bekritiseren|0.82
p:bij jullie|open-vraag|0.98
p:bij laten|vervolgafspraak|-0.99
p:bij mij|geruststellen|-1.0
p:bij mij|vervolgafspraak|1.0
p:bij moeten|afronding-aankondigen|0.83
p:bij nog|etiketteren|-0.98
p:bij scheikunde|waarschuwen|-0.85
p:bij scheikunde|interpreteren|-0.99
p:bij school|moraliseren|1.0
p:bij te|open-vraag|0.99
p:bij te|argumenteren|-0.99
p:bij te|ondervragen|-0.99
p:bij toetsen|afleiden|-0.97
p:bij u|vervolgafspraak|-0.91
p:bij wat|gevoelsreflectie|0.91
p:bij wiskunde|gevoelsreflectie|-0.83
p:bij zich|gevoelsreflectie|-0.97
p:bij zich|bevelen|0.99
p:bij zich|vervolgafspraak|0.91
p:bij ziekte|samenvatting|0.64
p:bij ziekte|afronding-aankondigen|0.99
p:bij ziekte|bedanken|0.99
p:bij zijn|ik-boodschap|-1.0
p:bij zijn|samenvatting|-0.74
p:bij zijn|bevelen|-0.98
p:bij zijn|geruststellen|0.98
p:bijhoudt en|samenvatting|0.75
p:bijles bent|vervolgafspraak|-1.0
p:bijles besproken|afronding-aankondigen|0.96
p:bijles daarmee|afronding-aankondigen|0.77
p:bijles en|samenvatting|0.64
p:bijles en|afronding-aankondigen|0.28
p:bijles en|bedanken|0.99
p:bijles ik|ik-boodschap|-1.0
p:bijles ik|samenvatting|1.0
p:bijles ik|waarschuwen|-1.0
p:bijles ik|interpreteren|-1.0
p:bijles krijgt|parafrase|-0.82
p:bijles krijgt|prijzen|0.94
p:bijles krijgt|afronding-aankondigen|-0.95
p:bijles over|vervolgafspraak|0.84
p:bijles over|bedanken|-0.97
p:bijles te|ik-boodschap|-1.0
p:bijles te|samenvatting|1.0
p:bijles te|waarschuwen|-1.0
p:bijles te|interpreteren|-1.0
p:bijles te|afleiden|-0.99
p:bijna door|bedanken|-0.91
p:bijna niet|ik-boodschap|0.88
p:bijna niet|moraliseren|-0.91
p:bijwerkt kan|ik-boodschap|0.95
p:bijwerkt kan|vervolgafspraak|-0.95
p:binnen en|bevelen|-0.99
p:binnengekregen waardoor|ik-boodschap|0.95
p:binnengekregen waardoor|jij-boodschap|-0.95
p:binnengekregen waardoor|bekritiseren|-0.95
p:binnenkwam wat|ik-boodschap|0.99
p:biologie nauwelijks|afronding-aankondigen|-0.98
p:biologie nauwelijks|vervolgafspraak|-0.98
p:biologie nog|ik-boodschap|0.95
p:biologie nog|jij-boodschap|-0.95
p:biologie nog|bekritiseren|-0.95
p:blauw oog|ik-boodschap|0.99
p:blij mee|bekritiseren|-0.96
p:blijft dat|waarschuwen|-0.99
p:blijft een|samenvatting|0.92
p:blijft hij|bekritiseren|-0.97
p:blijft kan|waarschuwen|0.94
p:blijft liggen|parafrase|-0.98
p:blijft na|bevelen|0.99
p:blijft schreeuwen|afronding-aankondigen|-0.93
p:blijft wordt|moraliseren|-0.99
p:blijft zitten|gevoelsreflectie|0.97
p:blijft zitten|geruststellen|0.71
p:blijkt dat|bedanken|-0.85
p:blijven onderbreken|afronding-aankondigen|0.98
p:blijven onderbreken|bedanken|-0.98
p:blijven praten|ik-boodschap|0.95
p:blijven praten|vervolgafspraak|-0.86
p:blijven zitten|gevoelsreflectie|-0.78
p:blijven zitten|moraliseren|-1.0
p:blijven zitten|argumenteren|1.0
p:blijven zitten|interpreteren|-0.99
p:blijven zitten|geruststellen|1.0
p:boek thuis|parafrase|0.83
p:boeken bij|gevoelsreflectie|-0.97
p:boeken bij|bevelen|0.99
p:boeken bij|bekritiseren|0.82
p:boeken dat|bevelen|-0.98
p:boeken dat|geruststellen|0.98
p:boos bent|gevoelsreflectie|0.81
p:boos bent|bevelen|0.84
p:boos bent|geruststellen|-0.92
p:boos bent|afleiden|0.95
p:boos omdat|gevoelsreflectie|0.89
p:boos omdat|bedanken|-0.95
p:boos op|ondervragen|0.99
p:boos over|gevoelsreflectie|0.99
p:boos over|open-vraag|-0.99
p:boos over|ondervragen|-0.99
p:boos te|gevoelsreflectie|-1.0
p:boos te|moraliseren|-1.0
p:bosman bedoelt|geruststellen|0.92
p:bovenop en|bekritiseren|0.51
p:bram als|bekritiseren|0.31
p:bram dat|afleiden|-0.86
p:bram dus|jij-boodschap|-0.96
p:bram erbij|samenvatting|-0.95
p:bram erbij|afronding-aankondigen|-0.8
p:bram gisteren|ik-boodschap|0.99
p:bram hou|bevelen|0.92
p:bram hou|bekritiseren|0.85
p:bram ik|geruststellen|-0.99
p:bram in|ik-boodschap|0.97
p:bram jij|jij-boodschap|1.42
p:bram leuk|jij-boodschap|-0.35
p:bram leuk|bekritiseren|-0.35
p:bram niet|etiketteren|0.93
p:bram nog|ik-boodschap|-0.93
p:bram te|parafrase|0.99
p:bram vergeet|bevelen|-0.98
p:bram vergeet|geruststellen|0.98
p:bram wat|open-vraag|-0.9
p:bram wat|geruststellen|-0.78
p:bram wat|afleiden|0.9
p:bram zit|ik-boodschap|0.88
p:bram zit|moraliseren|-0.91
p:breek het|afronding-aankondigen|0.71
p:brief over|ik-boodschap|-0.94
p:brief over|parafrase|0.94
p:brief vorige|etiketteren|-0.87
p:broer hierin|open-vraag|0.99
p:broer zei|bekritiseren|-0.89
p:broertje ook|ik-boodschap|-0.95
p:brutaal tegen|bekritiseren|-1.81
p:buikpijn is|argumenteren|-0.98
p:buiten begeleiden|waarschuwen|0.93
p:buiten je|ik-boodschap|1.0
p:buiten je|jij-boodschap|-1.0
p:buiten je|gevoelsreflectie|-1.0
p:buiten je|adviseren|1.0
p:buiten je|bekritiseren|-1.0
p:buiten wachten|adviseren|-0.96
p:buiten zit|ik-boodschap|-0.99
p:buitengesloten het|parafrase|-0.99
p:buitengesloten het|samenvatting|0.99
p:buitengesloten voelt|parafrase|0.93
p:buitengesloten voelt|bekritiseren|-0.93
p:buitensluiten in|parafrase|0.95
p:bus gebeurde|open-vraag|1.0
p:buurman praat|parafrase|-0.94
p:capuchon af|waarschuwen|-0.95
p:chagrijn vandaag|bekritiseren|-0.98
p:chagrijn vandaag|prijzen|-0.98
p:chagrijn vandaag|etiketteren|0.98
p:cijfer kan|ik-boodschap|0.95
p:cijfer kan|jij-boodschap|-0.95
p:cijfer kan|bekritiseren|-0.95
p:cijfer nog|ik-boodschap|0.95
p:cijfer te|parafrase|0.93
p:cijfer te|argumenteren|0.93
p:cijfer voor|afleiden|-0.96
p:cijfers aan|bekritiseren|-0.99
p:cijfers dalen|parafrase|-0.82
p:cijfers dalen|samenvatting|1.99
p:cijfers dalen|argumenteren|-0.99
p:cijfers de|ik-boodschap|-0.87
p:cijfers de|bekritiseren|-0.34
p:cijfers de|afronding-aankondigen|-0.98
p:cijfers de|vervolgafspraak|-0.95
p:cijfers en|gevoelsreflectie|-1.0
p:cijfers en|samenvatting|-0.86
p:cijfers het|afronding-aankondigen|0.96
p:cijfers hij|samenvatting|0.93
p:cijfers liegen|argumenteren|0.95
p:cijfers spreken|argumenteren|0.94
p:cijfers te|open-vraag|-1.0
p:cijfers te|argumenteren|-1.0
p:cijfers te|afronding-aankondigen|-1.0
p:cijfers voor|samenvatting|-0.24
p:cijfers voor|bekritiseren|-0.94
p:cijfers worden|argumenteren|0.99
p:cijfers zakken|parafrase|-0.85
p:cijfers zakken|samenvatting|0.98
p:cijfers zakken|open-vraag|0.98
p:cijfers zijn|argumenteren|-0.94
p:cijfers zo|moraliseren|-0.97
p:clown van|bekritiseren|-0.6
p:clown van|etiketteren|1.0
p:clownsgedrag vooral|waarschuwen|-1.0
p:clownsgedrag vooral|adviseren|-1.0
p:clownsgedrag vooral|interpreteren|1.0
p:communicatie beter|gevoelsreflectie|-0.74
p:communicatie beter|open-vraag|-0.99
p:communicatie beter|aanmoediging|-0.99
p:communicatie met|samenvatting|-0.87
p:computer ?|ondervragen|0.88
p:concentratie verlagen|argumenteren|1.0
p:concentratie verlagen|interpreteren|-1.0
p:concentratie verlagen|geruststellen|-1.0
p:concentratie verlagen|vervolgafspraak|-1.0
p:conciërge gaat|samenvatting|-0.98
p:conciërge naar|waarschuwen|0.93
p:consequent geweest|gevoelsreflectie|-0.84
p:contact met|waarschuwen|-0.94
p:contact met|vervolgafspraak|0.82
p:contact moeten|bekritiseren|1.0
p:contact oké|aanmoediging|-0.92
p:contact opgenomen|adviseren|-0.94
p:controleert het|moraliseren|0.99
p:controleert over|afronding-aankondigen|-0.95
p:controleert u|open-vraag|-0.99
p:controleert u|ondervragen|0.88
p:controleert zijn|jij-boodschap|0.7
p:controleert zijn|bekritiseren|0.7
p:controleren thuis|bekritiseren|-1.64
p:daan ?|afleiden|0.94
p:daan er|etiketteren|-1.0
p:daan heeft|argumenteren|-0.86
p:daan morgen|jij-boodschap|-0.77
p:daan niet|parafrase|0.96
p:daan niet|samenvatting|0.86
p:daan tijdens|waarschuwen|-0.99
p:daan zijn|vervolgafspraak|0.91
p:daan zo|bekritiseren|-0.97
p:daar bij|afleiden|-0.94
p:daar eigenlijk|geruststellen|-0.94
p:daar flink|gevoelsreflectie|1.0
p:daar ga|ik-boodschap|-0.9
p:daar ga|bekritiseren|-0.99
p:daar ga|afleiden|0.99
p:daar gaat|ik-boodschap|-0.95
p:daar gaat|afleiden|0.96
p:daar grenzen|bekritiseren|0.83
p:daar groeit|geruststellen|0.92
p:daar heb|interpreteren|-0.98
p:daar hebben|etiketteren|0.99
p:daar hebben|afleiden|-0.84
p:daar heeft|bekritiseren|1.0
p:daar hoeft|moraliseren|-0.97
p:daar hoeft|bekritiseren|-0.23
p:daar hoeft|prijzen|-1.0
p:daar hoeft|interpreteren|-0.52
p:daar hoeft|afleiden|1.5
p:daar is|interpreteren|0.9
p:daar kan|argumenteren|0.7
p:daar maak|ik-boodschap|0.99
p:daar niets|bekritiseren|-0.99
p:daar nu|bevelen|0.92
p:daar nu|bekritiseren|0.85
p:daar ongerust|gevoelsreflectie|0.76
p:daar ongerust|samenvatting|-0.97
p:daar schrok|ik-boodschap|1.87
p:daar schrok|gevoelsreflectie|-1.6
p:daar thuis|gevoelsreflectie|-0.89
p:daar valt|argumenteren|0.9
p:daar valt|afleiden|-0.96
p:daar vandaag|argumenteren|-0.99
p:daar vandaag|geruststellen|-0.99
p:daar vandaag|afleiden|0.99
p:daar wat|vervolgafspraak|-1.0
p:daar wil|bevelen|-0.92
p:daar zenuwachtig|gevoelsreflectie|0.97
p:daardoor doen|gevoelsreflectie|-0.92
p:daardoor dom|bedanken|0.91
p:daardoor loopt|interpreteren|-0.98
p:daarin ?|parafrase|0.9
p:daarmee wil|afronding-aankondigen|0.77
p:daarom doe|moraliseren|-0.8
p:daarom niet|parafrase|0.98
p:daarom niet|samenvatting|-0.98
p:daarom niks|parafrase|0.83
p:daarom op|bekritiseren|-0.39
p:daarom zo|interpreteren|1.96
p:daaronder vooral|interpreteren|0.65
p:daarover hoe|afleiden|0.94
p:daartegenaan ?|jij-boodschap|-0.72
p:daartegenaan ?|open-vraag|0.91
p:daartegenaan ?|bekritiseren|-0.91
p:daarvan ?|ik-boodschap|0.99
p:daden gevolgen|moraliseren|0.92
p:dag ?|prijzen|-0.98
p:dag ?|ondervragen|0.98
p:dag een|moraliseren|-0.9
p:dag je|bekritiseren|-0.96
p:dag zijn|bevelen|0.99
p:dag zijn|adviseren|0.95
p:dag zijn|geruststellen|-0.95
p:dag zijn|vervolgafspraak|0.99
p:dagen wegbleef|vervolgafspraak|-0.99
p:dalen hij|samenvatting|0.99
p:dalen hij|argumenteren|-0.99
p:dan ?|ik-boodschap|-0.88
p:dan ?|gevoelsreflectie|0.81
p:dan ?|open-vraag|-0.24
p:dan ?|waarschuwen|-1.0
p:dan ?|ondervragen|1.0
p:dan bespreken|vervolgafspraak|0.4
p:dan de|etiketteren|0.9
p:dan doet|bekritiseren|-1.55
p:dan doet|geruststellen|-0.93
p:dan ga|adviseren|-0.92
p:dan gaat|prijzen|1.0
p:dan gaat|geruststellen|-1.0
p:dan gaat|bedanken|-1.0
p:dan het|bekritiseren|-1.0
p:dan het|interpreteren|-1.0
p:dan het|geruststellen|1.0
p:dan hoor|prijzen|0.99
p:dan in|ik-boodschap|0.98
p:dan kan|ik-boodschap|0.94
p:dan kan|argumenteren|-0.94
p:dan kijken|samenvatting|-0.86
p:dan komt|prijzen|-0.97
p:dan komt|geruststellen|0.97
p:dan kunt|prijzen|0.87
p:dan met|afronding-aankondigen|-0.78
p:dan moet|ik-boodschap|0.98
p:dan normaal|moraliseren|0.81
p:dan sluiten|vervolgafspraak|-0.76
p:dan sluiten|bedanken|0.91
p:dan spreken|afronding-aankondigen|-0.94
p:dan tekent|jij-boodschap|-0.42
p:dan thuisgehouden|bekritiseren|0.97
p:dan vinden|parafrase|-0.82
p:dan vinden|prijzen|0.94
p:dan wil|afronding-aankondigen|0.96
p:dan zie|ik-boodschap|-0.95
p:dan zie|afronding-aankondigen|0.68
p:dan zie|vervolgafspraak|0.95
p:dan zou|parafrase|0.99
p:dan zou|gevoelsreflectie|-0.99
p:dan zou|adviseren|0.99
p:daniël bij|afleiden|-0.97
p:dank daarvoor|bekritiseren|-0.92
p:dank daarvoor|prijzen|-0.99
p:dank je|aanmoediging|-0.99
p:dank je|moraliseren|-0.99
p:dank je|afronding-aankondigen|0.99
p:dank je|vervolgafspraak|0.99
p:dank je|bedanken|0.99
p:dank jullie|jij-boodschap|-0.39
p:dank u|jij-boodschap|-0.94
p:dank u|parafrase|-1.0
p:dank u|gevoelsreflectie|-1.83
p:dank u|bekritiseren|0.99
p:dank u|prijzen|-0.97
p:dank u|geruststellen|-0.72
p:dank u|afronding-aankondigen|0.99
p:dank u|vervolgafspraak|-1.75
p:dank u|bedanken|1.97
p:dank voor|afronding-aankondigen|-1.97
p:dank voor|vervolgafspraak|0.74
p:dankbaar dat|bedanken|0.99
p:dankjewel voor|afronding-aankondigen|-0.91
p:dankjewel voor|bedanken|1.0
p:dat ?|jij-boodschap|-1.0
p:dat ?|gevoelsreflectie|-1.0
p:dat ?|samenvatting|0.92
p:dat ?|open-vraag|-1.0
p:dat ?|afleiden|-0.94
p:dat alleen|parafrase|-0.94
p:dat alleen|interpreteren|1.95
p:dat amira|ik-boodschap|-0.99
p:dat baart|open-vraag|-0.99
p:dat baart|interpreteren|-0.98
p:dat bedacht|bekritiseren|-0.99
p:dat begrijp|parafrase|-0.99
p:dat begrijp|gevoelsreflectie|0.8
p:dat begrijp|geruststellen|0.99
p:dat besloten|bekritiseren|-0.99
p:dat bij|open-vraag|0.98
p:dat bij|waarschuwen|1.0
p:dat blijft|parafrase|-0.98
p:dat bram|ik-boodschap|1.96
p:dat clownsgedrag|waarschuwen|-1.0
p:dat clownsgedrag|adviseren|-1.0
p:dat clownsgedrag|interpreteren|1.0
p:dat daaronder|interpreteren|0.65
p:dat daniël|afleiden|-0.97
p:dat de|ik-boodschap|-0.88
p:dat de|parafrase|0.95
p:dat de|gevoelsreflectie|-0.74
p:dat de|samenvatting|-0.88
p:dat de|open-vraag|-1.04
p:dat de|aanmoediging|-0.99
p:dat de|argumenteren|0.79
p:dat de|afronding-aankondigen|-1.0
p:dat dit|jij-boodschap|-0.96
p:dat dit|gevoelsreflectie|-0.98
p:dat dit|aanmoediging|0.93
p:dat dit|waarschuwen|-0.9
p:dat dit|moraliseren|-0.95
p:dat dit|argumenteren|-0.9
p:dat dit|prijzen|0.94
p:dat dit|geruststellen|-0.93
p:dat doet|geruststellen|-0.92
p:dat doet|afleiden|1.69
p:dat duidelijk|bevelen|0.97
p:dat een|argumenteren|0.89
p:dat emma|ik-boodschap|-0.97
p:dat emma|samenvatting|0.97
p:dat emma|open-vraag|-0.75
p:dat emre|ik-boodschap|-0.88
p:dat er|parafrase|1.0
p:dat er|gevoelsreflectie|-1.66
p:dat er|interpreteren|0.58
p:dat er|bedanken|-1.0
p:dat ervaren|parafrase|-0.99
p:dat eva|ik-boodschap|-0.96
p:dat evi|ik-boodschap|-0.97
p:dat fijn|interpreteren|-0.99
p:dat finn|interpreteren|-0.98
p:dat frustreert|bevelen|-0.99
p:dat frustreert|afronding-aankondigen|-1.0
p:dat gaat|gevoelsreflectie|0.19
p:dat gaat|interpreteren|0.94
p:dat gaat|geruststellen|2.7
p:dat gaat|afleiden|-0.5
p:dat gebeurt|geruststellen|0.99
p:dat gebeurt|afleiden|-0.63
p:dat gedaan|ondervragen|1.0
p:dat gedoe|open-vraag|-0.9
p:dat gedoe|geruststellen|-0.78
p:dat gedoe|afleiden|0.9
p:dat geen|bekritiseren|0.89
p:dat gesprek|gevoelsreflectie|0.63
p:dat gesprek|samenvatting|0.97
p:dat gesprek|vervolgafspraak|0.63
p:dat getik|waarschuwen|0.89
p:dat gewoon|bekritiseren|0.26
p:dat haalt|argumenteren|-0.91
p:dat haalt|geruststellen|0.99
p:dat had|argumenteren|0.97
p:dat had|bekritiseren|0.91
p:dat heb|geruststellen|-0.96
p:dat het|gevoelsreflectie|1.29
p:dat het|argumenteren|-0.85
p:dat het|bekritiseren|0.9
p:dat het|interpreteren|-0.98
p:dat het|geruststellen|0.81
p:dat het|vervolgafspraak|-0.99
p:dat hij|ik-boodschap|-0.92
p:dat hij|parafrase|2.11
p:dat hij|gevoelsreflectie|-2.85
p:dat hij|open-vraag|0.99
p:dat hij|bevelen|1.89
p:dat hij|waarschuwen|-0.99
p:dat hij|argumenteren|-1.9
p:dat hij|bekritiseren|-0.12
p:dat hij|prijzen|0.94
p:dat hij|interpreteren|-0.9
p:dat hij|afronding-aankondigen|-0.95
p:dat hij|vervolgafspraak|0.99
p:dat hij|bedanken|-0.85
p:dat hoort|bevelen|-0.98
p:dat hoort|moraliseren|-0.92
p:dat hoort|argumenteren|-0.97
p:dat hoort|bekritiseren|-0.92
p:dat hoort|interpreteren|-0.52
p:dat hoort|afleiden|0.65
p:dat ik|ik-boodschap|-0.93
p:dat ik|parafrase|0.99
p:dat ik|samenvatting|0.75
p:dat in|bevelen|-0.85
p:dat in|moraliseren|0.77
p:dat incident|afleiden|0.91
p:dat is|ik-boodschap|-1.0
p:dat is|jij-boodschap|-1.91
p:dat is|parafrase|-1.0
p:dat is|gevoelsreflectie|-1.0
p:dat is|open-vraag|-0.82
p:dat is|bevelen|-0.83
p:dat is|waarschuwen|-1.0
p:dat is|moraliseren|-0.86
p:dat is|argumenteren|-0.9
p:dat is|bekritiseren|2.35
p:dat is|interpreteren|-0.96
p:dat is|afleiden|-0.63
p:dat jammer|gevoelsreflectie|-0.92
p:dat jayden|ik-boodschap|0.96
p:dat jayden|jij-boodschap|-0.72
p:dat jayden|gevoelsreflectie|0.81
p:dat jayden|open-vraag|0.91
p:dat jayden|bekritiseren|-0.91
p:dat je|ik-boodschap|0.68
p:dat je|jij-boodschap|0.29
p:dat je|parafrase|0.82
p:dat je|waarschuwen|-0.98
p:dat je|bekritiseren|0.83
p:dat je|prijzen|-2.0
p:dat je|geruststellen|-1.31
p:dat je|ondervragen|-1.0
p:dat je|afleiden|-2.0
p:dat je|vervolgafspraak|-1.0
p:dat jij|jij-boodschap|1.01
p:dat jij|samenvatting|0.75
p:dat jij|bekritiseren|4.1
p:dat jij|etiketteren|-1.0
p:dat jij|interpreteren|-1.64
p:dat jij|geruststellen|0.81
p:dat jullie|jij-boodschap|-0.39
p:dat jullie|bevelen|-0.98
p:dat jullie|bekritiseren|0.55
p:dat kan|gevoelsreflectie|-0.95
p:dat kan|etiketteren|-0.93
p:dat klinkt|ik-boodschap|-0.95
p:dat klinkt|gevoelsreflectie|2.35
p:dat klinkt|open-vraag|0.76
p:dat klinkt|bekritiseren|-0.98
p:dat klinkt|afleiden|-0.9
p:dat klopt|aanmoediging|-0.98
p:dat klopt|argumenteren|0.98
p:dat klopt|ondervragen|-0.74
p:dat komt|adviseren|-0.96
p:dat kwetst|ik-boodschap|0.88
p:dat laten|afleiden|0.62
p:dat leerlingen|moraliseren|-1.0
p:dat leerlingen|argumenteren|1.0
p:dat liegen|moraliseren|0.95
p:dat liegen|argumenteren|-0.95
p:dat lotte|open-vraag|0.99
p:dat luuk|open-vraag|-0.98
p:dat maakt|open-vraag|0.1
p:dat milan|ik-boodschap|0.95
p:dat milan|jij-boodschap|-0.76
p:dat milan|bekritiseren|-0.81
p:dat moet|gevoelsreflectie|3.74
p:dat mohammed|adviseren|-0.94
p:dat mohammed|bekritiseren|-0.98
p:dat mohammed|vervolgafspraak|-0.9
p:dat morgen|bekritiseren|0.31
p:dat niemand|gevoelsreflectie|1.03
p:dat niemand|moraliseren|-0.77
p:dat niet|jij-boodschap|0.91
p:dat niet|parafrase|-0.93
p:dat niet|gevoelsreflectie|0.85
p:dat niet|aanmoediging|-0.93
p:dat niet|ondervragen|1.9
p:dat nina|ik-boodschap|0.9
p:dat noah|adviseren|0.99
p:dat noah|vervolgafspraak|0.99
p:dat nog|waarschuwen|0.99
p:dat noor|ik-boodschap|1.0
p:dat noor|samenvatting|-0.98
p:dat noor|argumenteren|-1.0
p:dat nora|ik-boodschap|1.0
p:dat nou|bekritiseren|-0.13
p:dat nou|afleiden|0.88
p:dat nu|argumenteren|0.99
p:dat om|bekritiseren|-0.91
p:dat overkomt|geruststellen|-0.76
p:dat overkomt|afleiden|1.35
p:dat prettiger|jij-boodschap|-0.91
p:dat raakt|ik-boodschap|-0.98
p:dat raakt|geruststellen|-0.98
p:dat schept|moraliseren|-0.91
p:dat sem|ik-boodschap|-0.94
p:dat sem|open-vraag|0.98
p:dat slaat|argumenteren|0.92
p:dat slaat|bekritiseren|0.92
p:dat soort|afleiden|0.93
p:dat sophie|ik-boodschap|-0.86
p:dat stelt|afleiden|0.97
p:dat telefoons|argumenteren|1.0
p:dat telefoons|interpreteren|-1.0
p:dat telefoons|geruststellen|-1.0
p:dat telefoons|vervolgafspraak|-1.0
p:dat terzijde|afleiden|0.85
p:dat thuis|ik-boodschap|1.81
p:dat thuis|open-vraag|0.99
p:dat toen|gevoelsreflectie|-0.81
p:dat toen|aanmoediging|0.96
p:dat tom|parafrase|0.96
p:dat tom|bekritiseren|-0.82
p:dat tom|interpreteren|0.96
p:dat u|jij-boodschap|1.77
p:dat u|parafrase|-1.07
p:dat u|gevoelsreflectie|1.98
p:dat u|samenvatting|-1.0
p:dat u|aanmoediging|-0.99
p:dat u|bevelen|1.05
p:dat u|argumenteren|0.9
p:dat u|bekritiseren|-1.53
p:dat u|interpreteren|-1.0
p:dat u|geruststellen|-0.68
p:dat u|ondervragen|-0.99
p:dat u|afronding-aankondigen|-1.94
p:dat u|bedanken|1.94
p:dat vind|ik-boodschap|3.82
p:dat vind|parafrase|-0.94
p:dat vind|gevoelsreflectie|-0.94
p:dat vind|samenvatting|-0.94
p:dat vind|open-vraag|0.9
p:dat vind|waarschuwen|-0.99
p:dat vind|argumenteren|-0.94
p:dat vind|vervolgafspraak|0.96
p:dat vind|bedanken|-0.98
p:dat vond|vervolgafspraak|-0.99
p:dat voor|parafrase|-0.98
p:dat voor|gevoelsreflectie|-0.17
p:dat voor|samenvatting|-0.93
p:dat voortaan|jij-boodschap|0.7
p:dat voortaan|bekritiseren|0.7
p:dat waait|geruststellen|0.7
p:dat waait|afleiden|-0.92
p:dat was|jij-boodschap|-1.0
p:dat was|bevelen|-1.0
p:dat was|geruststellen|-0.68
p:dat we|ik-boodschap|0.95
p:dat we|samenvatting|-1.0
p:dat we|argumenteren|1.84
p:dat we|bekritiseren|-1.0
p:dat we|prijzen|1.07
p:dat we|afronding-aankondigen|1.83
p:dat we|vervolgafspraak|-0.86
p:dat we|bedanken|-0.73
p:dat weet|ik-boodschap|-0.98
p:dat weet|moraliseren|0.78
p:dat wel|geruststellen|0.99
p:dat wel|ondervragen|0.88
p:dat wel|afleiden|-1.51
p:dat werkstuk|bevelen|1.85
p:dat ze|ik-boodschap|-0.97
p:dat ze|jij-boodschap|-1.0
p:dat ze|parafrase|1.98
p:dat ze|gevoelsreflectie|-0.96
p:dat ze|samenvatting|0.97
p:dat ze|interpreteren|1.93
p:dat ze|ondervragen|-0.92
p:dat zeg|afleiden|-0.72
p:dat zegt|interpreteren|0.98
p:dat zie|bekritiseren|-2.57
p:dat zie|vervolgafspraak|-0.98
p:dat ziet|bekritiseren|-1.67
p:dat zijn|moraliseren|0.92
p:dat zo|jij-boodschap|2.66
p:dat zo|open-vraag|-0.99
p:dat zo|bekritiseren|1.66
p:dat zou|moraliseren|0.96
p:dat zoë|ik-boodschap|0.84
p:datum dan|afronding-aankondigen|-0.78
p:datum dankjewel|vervolgafspraak|1.0
p:datum dankjewel|bedanken|1.0
p:datum met|bevelen|-0.92
p:de aansluiting|samenvatting|-0.97
p:de aansluiting|open-vraag|-0.99
p:de aansluiting|waarschuwen|-0.89
p:de absenties|samenvatting|-0.86
p:de administratie|ik-boodschap|0.96
p:de administratie|waarschuwen|-0.96
p:de advocaat|etiketteren|0.97
p:de afdelingsleider|waarschuwen|0.98
p:de afdelingsleider|adviseren|-0.99
p:de afdelingsleider|afronding-aankondigen|-0.99
p:de afdelingsleider|bedanken|-0.99
p:de afgelopen|ik-boodschap|0.95
p:de afgelopen|jij-boodschap|-0.76
p:de afgelopen|bekritiseren|-0.81
p:de afspraak|ik-boodschap|0.94
p:de afspraak|argumenteren|-0.94
p:de afspraken|ik-boodschap|-0.98
p:de afspraken|jij-boodschap|-0.72
p:de afspraken|open-vraag|0.91
p:de afspraken|argumenteren|-0.88
p:de afspraken|bekritiseren|-0.91
p:de afspraken|interpreteren|-0.99
p:de afspraken|afronding-aankondigen|0.78
p:de afspraken|bedanken|-0.94
p:de agenda|vervolgafspraak|0.96
p:de andere|jij-boodschap|-0.75
p:de andere|parafrase|0.95
p:de andere|bekritiseren|0.6
p:de andere|interpreteren|0.99
p:de anderen|ik-boodschap|1.8
p:de anderen|gevoelsreflectie|-0.92
p:de app|parafrase|0.95
p:de auto|ondervragen|-0.97
p:de basisschool|open-vraag|0.76
p:de basisschool|waarschuwen|-0.86
p:de basisschool|prijzen|-0.79
p:de bedoeling|jij-boodschap|-1.0
p:de bedoeling|bevelen|-1.0
p:de bedoeling|bekritiseren|-1.0
p:de bedtijd|samenvatting|1.0
p:de bedtijd|open-vraag|-0.83
p:de bedtijd|prijzen|-1.0
p:de bel|vervolgafspraak|-0.99
p:de berichten|jij-boodschap|1.65
p:de berichten|bekritiseren|1.53
p:de beste|prijzen|0.94
p:de beste|geruststellen|0.94
p:de bijles|ik-boodschap|-2.0
p:de bijles|samenvatting|2.86
p:de bijles|bevelen|1.83
p:de bijles|waarschuwen|-2.0
p:de bijles|etiketteren|-0.99
p:de bijles|interpreteren|-2.0
p:de bijles|afronding-aankondigen|1.02
p:de bijles|vervolgafspraak|-0.99
p:de bijles|bedanken|-0.97
p:de brief|ik-boodschap|-0.94
p:de brief|parafrase|0.94
p:de brief|etiketteren|-0.87
p:de bus|open-vraag|1.0
p:de cijfers|ik-boodschap|-0.87
p:de cijfers|gevoelsreflectie|-1.0
p:de cijfers|samenvatting|0.99
p:de cijfers|open-vraag|-1.0
p:de cijfers|bekritiseren|-0.34
p:de cijfers|vervolgafspraak|-0.54
p:de clown|bekritiseren|-0.6
p:de clown|etiketteren|1.0
p:de communicatie|gevoelsreflectie|-0.74
p:de communicatie|samenvatting|-0.87
p:de communicatie|open-vraag|-0.99
p:de communicatie|aanmoediging|-0.99
p:de computer|ondervragen|0.88
p:de concentratie|argumenteren|1.0
p:de concentratie|interpreteren|-1.0
p:de concentratie|geruststellen|-1.0
p:de concentratie|vervolgafspraak|-1.0
p:de conciërge|ik-boodschap|-0.93
p:de conciërge|samenvatting|-0.98
p:de conciërge|waarschuwen|0.93
p:de dag|ik-boodschap|-0.85
p:de dag|waarschuwen|0.99
p:de deur|ik-boodschap|0.83
p:de deur|gevoelsreflectie|-0.47
p:de deur|geruststellen|-0.87
p:de directie|waarschuwen|1.0
p:de directie|vervolgafspraak|0.74
p:de docent|ik-boodschap|-0.91
p:de docent|parafrase|0.99
p:de docent|samenvatting|0.88
p:de docent|open-vraag|-0.99
p:de docenten|jij-boodschap|0.98
p:de docenten|moraliseren|-0.8
p:de eerste|jij-boodschap|-0.57
p:de eerste|samenvatting|-0.67
p:de eerste|adviseren|-0.98
p:de eerste|geruststellen|0.89
p:de eerste|vervolgafspraak|-0.91
p:de ernst|jij-boodschap|-0.99
p:de excursie|ondervragen|-0.85
p:de fiets|geruststellen|-0.95
p:de fietsenstalling|bekritiseren|-0.98
p:de gang|waarschuwen|0.92
p:de gaten|samenvatting|0.64
p:de gaten|afronding-aankondigen|0.99
p:de gaten|bedanken|0.99
p:de grammatica|ik-boodschap|0.9
p:de grens|interpreteren|0.94
p:de groep|jij-boodschap|1.6
p:de groep|bekritiseren|0.16
p:de groep|etiketteren|1.0
p:de groepsopdracht|gevoelsreflectie|-0.92
p:de grote|etiketteren|0.99
p:de gymdocent|jij-boodschap|-0.72
p:de gymdocent|samenvatting|-0.94
p:de gymdocent|open-vraag|0.91
p:de gymdocent|bekritiseren|-0.91
p:de gymles|ik-boodschap|1.89
p:de gymles|gevoelsreflectie|1.57
p:de gymles|samenvatting|-0.97
p:de gymzaal|afleiden|-0.99
p:de hand|jij-boodschap|0.81
p:de hand|bekritiseren|0.81
p:de havo|parafrase|-0.86
p:de havo|waarschuwen|0.91
p:de hele|ik-boodschap|1.81
p:de hele|parafrase|0.93
p:de hele|gevoelsreflectie|-0.47
p:de hele|bevelen|0.92
p:de hele|argumenteren|0.93
p:de hele|bekritiseren|0.65
p:de hele|etiketteren|0.9
p:de hele|geruststellen|-0.87
p:de hele|vervolgafspraak|-0.99
p:de helikopterouder|afleiden|-0.84
p:de herfstvakantie|ik-boodschap|1.81
p:de herfstvakantie|jij-boodschap|-1.87
p:de herfstvakantie|bekritiseren|-1.87
p:de herkansing|ondervragen|-0.74
p:de hoogte|gevoelsreflectie|0.89
p:de hoogte|samenvatting|0.95
p:de hoogte|ondervragen|0.96
p:de huisarts|jij-boodschap|-0.98
p:de huisarts|samenvatting|0.98
p:de huisarts|prijzen|-0.97
p:de huisarts|geruststellen|0.97
p:de huiswerkklas|parafrase|-0.96
p:de huiswerkklas|samenvatting|0.88
p:de huiswerkklas|adviseren|0.94
p:de informatieavond|afleiden|-0.95
p:de intern|afronding-aankondigen|-0.94
p:de invallers|bekritiseren|0.7
p:de jaarplanning|argumenteren|0.9
p:de kampweek|parafrase|-0.99
p:de kampweek|samenvatting|0.99
p:de kans|ik-boodschap|0.85
p:de kans|bevelen|0.87
p:de kast|argumenteren|-0.92
p:de keuken|waarschuwen|-0.93
p:de keuze|parafrase|-0.86
p:de klas|jij-boodschap|-0.83
p:de klas|parafrase|-0.96
p:de klas|moraliseren|-0.99
p:de klas|argumenteren|-0.95
p:de klas|prijzen|1.01
p:de klas|etiketteren|-1.0
p:de klas|interpreteren|-0.99
p:de klas|afleiden|-0.96
p:de klas|vervolgafspraak|-0.95
p:de kluisjes|ik-boodschap|0.88
p:de laatste|ik-boodschap|-1.7
p:de laatste|samenvatting|-0.94
p:de laatste|open-vraag|0.98
p:de laatste|adviseren|-0.93
p:de laatste|geruststellen|0.89
p:de laatste|afleiden|-0.97
p:de laatste|afronding-aankondigen|-0.98
p:de laatste|vervolgafspraak|-0.88
p:de leerplichtambtenaar|waarschuwen|0.74
p:de leraar|moraliseren|0.79
p:de les|ik-boodschap|0.18
p:de les|parafrase|0.99
p:de les|bevelen|0.13
p:de les|argumenteren|-1.94
p:de les|bekritiseren|-0.28
p:de leukste|argumenteren|-0.86
p:de leukste|prijzen|1.0
p:de leukste|etiketteren|-1.0
p:de lunch|ik-boodschap|1.0
p:de lunch|open-vraag|0.83
p:de lunch|adviseren|-1.0
p:de mail|ondervragen|1.0
p:de mail|bedanken|-0.94
p:de manier|parafrase|0.85
p:de meivakantie|open-vraag|0.99
p:de mentor|gevoelsreflectie|0.87
p:de mentor|samenvatting|-0.9
p:de mentor|aanmoediging|-0.93
p:de mentor|bevelen|-0.87
p:de mentor|etiketteren|-0.87
p:de mentor|bedanken|0.95
p:de moeder|parafrase|-0.98
p:de moeite|interpreteren|-0.93
p:de nabespreking|open-vraag|0.98
p:de nieuwe|bekritiseren|-0.99
p:de nieuwe|afleiden|0.99
p:de nieuwsbrief|jij-boodschap|0.62
p:de normering|parafrase|0.93
p:de normering|argumenteren|0.93
p:de oefeningen|ik-boodschap|0.94
p:de oefeningen|gevoelsreflectie|-0.94
p:de opdracht|ik-boodschap|-1.0
p:de opdracht|jij-boodschap|-1.0
p:de opdracht|bevelen|-1.0
p:de opdracht|argumenteren|0.92
p:de opdracht|prijzen|-1.0
p:de opdracht|afleiden|-1.0
p:de opgaven|vervolgafspraak|0.91
p:de orthopedagoog|bekritiseren|0.21
p:de ouderavond|ik-boodschap|-0.95
p:de ouderavond|afleiden|0.32
p:de overgang|samenvatting|0.67
p:de overgang|open-vraag|0.99
p:de overgangsnormen|argumenteren|1.7
p:de pauze|ik-boodschap|-1.02
p:de pauze|gevoelsreflectie|-1.6
p:de pauze|etiketteren|-0.98
p:de pesterijen|afronding-aankondigen|0.77
p:de planner|ik-boodschap|-0.96
p:de planning|jij-boodschap|0.86
p:de planning|samenvatting|-0.64
p:de planning|moraliseren|-0.99
p:de planning|afleiden|-0.95
p:de planning|vervolgafspraak|0.3
p:de playstation|moraliseren|0.92
p:de plicht|moraliseren|0.93
p:de puberteit|moraliseren|-0.97
p:de puberteit|interpreteren|0.47
p:de puberteit|geruststellen|-0.97
p:de puberteit|afleiden|1.5
p:de pubertijd|moraliseren|-0.92
p:de pubertijd|bekritiseren|-0.92
p:de regels|argumenteren|0.98
p:de reistijd|ik-boodschap|-0.87
p:de reistijd|bekritiseren|-0.34
p:de reistijd|vervolgafspraak|-0.95
p:de rest|ik-boodschap|-0.88
p:de rest|samenvatting|-0.88
p:de rest|argumenteren|0.88
p:de ruzie|parafrase|-0.98
p:de ruzie|samenvatting|-0.67
p:de ruzie|afronding-aankondigen|-1.69
p:de ruzies|parafrase|-0.98
p:de scheiding|interpreteren|2.87
p:de school|ik-boodschap|-0.95
p:de school|jij-boodschap|1.0
p:de school|samenvatting|-1.0
p:de school|open-vraag|-0.98
p:de school|bekritiseren|1.0
p:de school|ondervragen|0.97
p:de schoolgids|geruststellen|-0.89
p:de schorsing|gevoelsreflectie|1.87
p:de schuld|jij-boodschap|1.0
p:de schuld|samenvatting|-1.0
p:de schuld|bekritiseren|1.0
p:de sectie|gevoelsreflectie|0.63
p:de sectie|samenvatting|0.97
p:de sectie|vervolgafspraak|0.63
p:de sfeer|ik-boodschap|-0.87
p:de sfeer|jij-boodschap|1.66
p:de sfeer|samenvatting|0.92
p:de sfeer|moraliseren|-0.99
p:de sfeer|bekritiseren|1.31
p:de sfeer|vervolgafspraak|-0.95
p:de slimste|prijzen|0.81
p:de spelcomputer|argumenteren|-0.92
p:de studiewijzer|argumenteren|0.92
p:de studiewijzer|bekritiseren|0.92
p:de tandarts|bevelen|-0.95
p:de tas|ik-boodschap|-0.92
p:de teamleider|samenvatting|-1.92
p:de teamleider|bevelen|-0.92
p:de teamleider|waarschuwen|0.99
p:de teamleider|vervolgafspraak|1.9
p:de telefoon|samenvatting|0.96
p:de telefoon|waarschuwen|-0.93
p:de thuissituatie|gevoelsreflectie|-1.0
p:de tijd|parafrase|-0.93
p:de tijd|aanmoediging|0.93
p:de toestemmingsbrief|ondervragen|-0.85
p:de toets|gevoelsreflectie|0.63
p:de toets|open-vraag|0.95
p:de toets|adviseren|0.99
p:de toets|argumenteren|1.03
p:de toets|interpreteren|-0.82
p:de toets|vervolgafspraak|1.62
p:de toetsen|ik-boodschap|0.9
p:de toetsen|parafrase|-0.96
p:de toetsen|open-vraag|-0.98
p:de toetsen|aanmoediging|-0.93
p:de toetsstof|adviseren|-0.94
p:de toetsstof|vervolgafspraak|-0.9
p:de toetsweek|ik-boodschap|0.95
p:de toetsweek|samenvatting|-0.95
p:de toetsweek|afronding-aankondigen|-0.8
p:de tolk|parafrase|0.94
p:de tolk|samenvatting|-1.0
p:de tolk|waarschuwen|-0.98
p:de trap|ik-boodschap|0.93
p:de tweede|ik-boodschap|-0.95
p:de tweede|waarschuwen|0.94
p:de tweede|geruststellen|0.95
p:de tweede|afleiden|1.07
p:de uitleg|ik-boodschap|1.0
p:de uitleg|samenvatting|-1.0
p:de uitleg|waarschuwen|-0.99
p:de uitleg|vervolgafspraak|0.95
p:de uitnodiging|ondervragen|-0.91
p:de uitslag|prijzen|0.87
p:de uitslag|afronding-aankondigen|-0.69
p:de vader|prijzen|-0.99
p:de vakantie|bekritiseren|-0.96
p:de vakantie|prijzen|0.81
p:de vakantie|etiketteren|0.91
p:de vakantie|interpreteren|0.7
p:de vakdocenten|samenvatting|1.0
p:de vakdocenten|open-vraag|-0.83
p:de vakdocenten|prijzen|-1.0
p:de verbouwing|afleiden|0.85
p:de verhuizing|ondervragen|0.97
p:de verhuizing|vervolgafspraak|-0.91
p:de verjaardag|jij-boodschap|-0.97
p:de vertrouwenspersoon|vervolgafspraak|1.44
p:de vierde|open-vraag|-0.99
p:de vierde|waarschuwen|0.94
p:de vierde|moraliseren|0.97
p:de volgende|ik-boodschap|-0.95
p:de volgende|argumenteren|-0.93
p:de volgende|vervolgafspraak|-0.94
p:de vriendengroep|samenvatting|0.67
p:de vriendengroep|open-vraag|0.99
p:de vries|bevelen|0.92
p:de wc|gevoelsreflectie|-0.83
p:de website|argumenteren|-2.44
p:de week|samenvatting|1.0
p:de week|open-vraag|-0.83
p:de week|adviseren|0.93
p:de week|prijzen|-1.0
p:de wereld|ik-boodschap|-0.95
p:de wereld|afleiden|0.95
p:de werkweek|ik-boodschap|-0.94
p:de werkweek|parafrase|0.94
p:de wifi|adviseren|0.97
p:de woordjes|ik-boodschap|0.9
p:de zenuwen|aanmoediging|-0.93
p:de zes|argumenteren|0.94
p:de ziekmelding|ik-boodschap|0.96
p:de ziekmelding|waarschuwen|-0.96
p:de zomervakantie|ondervragen|-1.0
p:de zorgcommissie|afronding-aankondigen|-0.98
p:de zorgcoördinator|ik-boodschap|0.94
p:de zorgcoördinator|jij-boodschap|-0.98
p:de zorgcoördinator|gevoelsreflectie|-0.59
p:de zorgcoördinator|samenvatting|0.98
p:de zorgcoördinator|argumenteren|-0.94
p:de zorgcoördinator|afronding-aankondigen|0.94
p:de zorgcoördinator|vervolgafspraak|2.29
p:deadline te|moraliseren|0.81
p:deadline te|argumenteren|0.96
p:deed hij|open-vraag|0.96
p:deed je|moraliseren|0.79
p:deed u|samenvatting|-0.98
p:deelt dank|gevoelsreflectie|-1.0
p:deelt dank|vervolgafspraak|-1.0
p:degelijk aangekondigd|argumenteren|1.0
p:degene die|jij-boodschap|1.49
p:degene die|bekritiseren|-1.02
p:delen dank|bekritiseren|-0.92
p:denk dat|jij-boodschap|1.36
p:denk dat|bekritiseren|1.44
p:denk dat|etiketteren|0.91
p:denk dat|afronding-aankondigen|0.83
p:denk eerder|parafrase|0.96
p:denk eerder|interpreteren|0.96
p:denk erom|bevelen|-1.0
p:denk erom|waarschuwen|1.0
p:denk ik|interpreteren|1.84
p:denk je|samenvatting|1.0
p:denk je|open-vraag|1.0
p:denken altijd|parafrase|-0.82
p:denken altijd|prijzen|0.94
p:denkt dat|gevoelsreflectie|-0.78
p:denkt dat|geruststellen|1.0
p:denkt u|open-vraag|0.99
p:denkt u|ondervragen|-0.92
p:derde uur|ik-boodschap|0.93
p:derde uur|jij-boodschap|-0.39
p:detail laten|parafrase|-1.0
p:detail laten|afleiden|1.0
p:deur dichtsloeg|ik-boodschap|-0.82
p:deur dichtsmeet|ik-boodschap|1.65
p:deur dichtsmeet|gevoelsreflectie|-0.47
p:deur dichtsmeet|geruststellen|-0.87
p:dex vaak|vervolgafspraak|-0.91
p:deze klas|samenvatting|-0.96
p:deze periode|ik-boodschap|-0.96
p:deze periode|jij-boodschap|-0.96
p:deze periode|gevoelsreflectie|-0.95
p:deze periode|bekritiseren|0.98
p:deze school|bekritiseren|-0.96
p:deze school|geruststellen|0.97
p:deze school|afleiden|-0.97
p:deze week|gevoelsreflectie|-0.94
p:deze week|argumenteren|-1.0
p:deze week|bekritiseren|0.19
p:deze zomer|open-vraag|-0.9
p:deze zomer|geruststellen|-0.78
p:deze zomer|afleiden|0.9
p:dezelfde klas|moraliseren|-0.81
p:dezelfde vraag|aanmoediging|-0.86
p:dichtklapt dat|gevoelsreflectie|0.81
p:dichtklapt dat|open-vraag|0.76
p:dichtsloeg schrok|ik-boodschap|-0.82
p:dichtsmeet schrok|ik-boodschap|1.65
p:dichtsmeet schrok|gevoelsreflectie|-0.47
p:dichtsmeet schrok|geruststellen|-0.87
p:die 8|geruststellen|-0.96
p:die afspraak|bekritiseren|-0.89
p:die begint|bekritiseren|-1.02
p:die buikpijn|argumenteren|-0.98
p:die deadlines|bekritiseren|-2.22
p:die examens|bevelen|-0.79
p:die examens|geruststellen|0.94
p:die extra|adviseren|-0.92
p:die groep|gevoelsreflectie|0.91
p:die helikopterouders|bekritiseren|-1.0
p:die helikopterouders|etiketteren|1.0
p:die helikopterouders|geruststellen|-1.0
p:die herkansing|etiketteren|-1.0
p:die herkansing|geruststellen|1.88
p:die het|jij-boodschap|-0.57
p:die houding|jij-boodschap|-1.0
p:die houding|bekritiseren|1.0
p:die jongen|bekritiseren|1.6
p:die leeftijd|geruststellen|-0.83
p:die leeftijd|afleiden|0.99
p:die middag|samenvatting|-0.98
p:die middag|open-vraag|1.0
p:die opdracht|afronding-aankondigen|-0.99
p:die overal|prijzen|-0.93
p:die overal|etiketteren|0.93
p:die pest|jij-boodschap|1.49
p:die playstation|bekritiseren|0.46
p:die telefoon|parafrase|0.99
p:die telefoon|gevoelsreflectie|-0.99
p:die telefoon|bevelen|0.86
p:die telefoon|etiketteren|-0.91
p:die toets|interpreteren|0.95
p:die van|ik-boodschap|0.93
p:die van|moraliseren|0.99
p:die van|argumenteren|-0.99
p:die we|vervolgafspraak|-1.0
p:die zoveel|moraliseren|-1.0
p:die zoveel|argumenteren|1.0
p:dingen besproken|afronding-aankondigen|-0.7
p:dingen de|ik-boodschap|-0.87
p:dingen de|bekritiseren|-0.34
p:dingen de|vervolgafspraak|-0.95
p:dinsdag bedankt|afleiden|-0.99
p:dinsdag is|samenvatting|-0.74
p:dinsdag met|vervolgafspraak|0.74
p:dinsdag naar|parafrase|-0.96
p:dinsdag naar|samenvatting|0.88
p:dinsdag verder|afronding-aankondigen|1.0
p:dinsdag verder|vervolgafspraak|0.99
p:dinsdag verder|bedanken|-0.73
p:dipje in|geruststellen|0.95
p:diploma echt|geruststellen|-0.91
p:diploma niet|jij-boodschap|0.76
p:diploma niet|moraliseren|-0.91
p:diploma nooit|jij-boodschap|-0.98
p:diploma nooit|waarschuwen|0.98
p:diploma nooit|bekritiseren|-0.98
p:diploma zeker|waarschuwen|-0.93
p:directie dank|vervolgafspraak|0.74
p:dit al|ik-boodschap|-0.93
p:dit alleen|jij-boodschap|-0.8
p:dit alleen|bevelen|-0.8
p:dit alleen|bekritiseren|-0.99
p:dit anders|jij-boodschap|-0.96
p:dit de|prijzen|0.94
p:dit dit|bekritiseren|0.93
p:dit eerlijk|ik-boodschap|-1.0
p:dit enorm|jij-boodschap|0.76
p:dit enorm|bekritiseren|0.92
p:dit gaat|interpreteren|1.0
p:dit gelopen|gevoelsreflectie|0.99
p:dit gesprek|gevoelsreflectie|-0.84
p:dit gesprek|prijzen|-0.94
p:dit gesprek|vervolgafspraak|-0.94
p:dit heeft|waarschuwen|0.95
p:dit in|moraliseren|-0.95
p:dit in|prijzen|0.97
p:dit is|etiketteren|-0.97
p:dit kan|waarschuwen|0.91
p:dit kan|bekritiseren|0.93
p:dit komt|parafrase|-0.99
p:dit komt|gevoelsreflectie|0.18
p:dit komt|geruststellen|0.99
p:dit lukt|prijzen|1.0
p:dit melden|argumenteren|0.9
p:dit met|gevoelsreflectie|-1.0
p:dit met|bekritiseren|-0.92
p:dit met|vervolgafspraak|-1.0
p:dit niet|gevoelsreflectie|-0.98
p:dit niet|bevelen|0.93
p:dit niet|waarschuwen|-0.9
p:dit niet|bekritiseren|0.88
p:dit niet|geruststellen|-0.93
p:dit nog|moraliseren|0.92
p:dit nog|bekritiseren|-0.97
p:dit nog|ondervragen|0.97
p:dit omdat|parafrase|-0.99
p:dit omdat|waarschuwen|-0.94
p:dit slaat|moraliseren|-0.95
p:dit soort|bekritiseren|1.08
p:dit soort|geruststellen|-0.74
p:dit u|aanmoediging|0.93
p:dit vast|jij-boodschap|-0.42
p:dit vertelt|gevoelsreflectie|0.98
p:dit vertelt|bedanken|0.98
p:dit zo|argumenteren|-0.9
p:dit zo|bekritiseren|-0.84
p:dit zo|interpreteren|-0.99
p:docent frans|parafrase|-0.96
p:docent frans|samenvatting|1.63
p:docent moet|ik-boodschap|-0.91
p:docent zo|moraliseren|1.0
p:docent zo|adviseren|-1.0
p:docent zo|bekritiseren|1.0
p:docent zo|geruststellen|-1.0
p:dochter ?|jij-boodschap|-0.97
p:dochter doet|bekritiseren|0.95
p:dochter heeft|ik-boodschap|0.95
p:dochter houdt|interpreteren|-0.99
p:dochter is|gevoelsreflectie|-0.9
p:dochter is|bekritiseren|-1.11
p:doe dat|waarschuwen|0.99
p:doe die|etiketteren|-0.91
p:doe je|jij-boodschap|-1.8
p:doe je|bevelen|-0.92
p:doe je|waarschuwen|-0.95
p:doe je|moraliseren|2.75
p:doe je|argumenteren|-0.97
p:doe je|bekritiseren|-1.66
p:doe jij|ondervragen|-0.98
p:doe niet|etiketteren|1.98
p:doe toch|moraliseren|-0.97
p:doe toch|afleiden|-0.97
p:doen ?|open-vraag|-0.9
p:doen ?|geruststellen|-0.78
p:doen ?|afleiden|0.9
p:doen dat|argumenteren|0.99
p:doen de|gevoelsreflectie|-0.92
p:doen hoe|open-vraag|0.98
p:doen in|prijzen|0.81
p:doen thuis|jij-boodschap|1.0
p:doen thuis|bekritiseren|0.93
p:doet ?|bekritiseren|1.34
p:doet alsof|jij-boodschap|1.0
p:doet alsof|samenvatting|-1.0
p:doet alsof|bekritiseren|1.0
p:doet dat|bekritiseren|-0.91
p:doet dit|jij-boodschap|-0.8
p:doet dit|bevelen|-0.8
p:doet dit|bekritiseren|-0.99
p:doet echt|bekritiseren|0.85
p:doet elke|geruststellen|-0.92
p:doet elke|afleiden|1.69
p:doet gewoon|jij-boodschap|0.64
p:doet gewoon|bekritiseren|-3.6
p:doet helemaal|bekritiseren|0.95
p:doet het|jij-boodschap|-0.81
p:doet hij|parafrase|-0.99
p:doet hij|open-vraag|-0.99
p:doet hij|waarschuwen|-0.94
p:doet ik|geruststellen|-0.86
p:doet maar|bekritiseren|0.51
p:doet me|ik-boodschap|0.88
p:doet me|samenvatting|-0.98
p:doet niets|geruststellen|2.56
p:doet ook|bevelen|0.93
p:doet steeds|jij-boodschap|0.93
p:doet steeds|moraliseren|-0.93
p:doet steeds|bekritiseren|0.93
p:doet u|jij-boodschap|-0.67
p:doet u|open-vraag|0.76
p:doet u|bekritiseren|0.54
p:doet vind|ik-boodschap|-0.93
p:doet volgt|moraliseren|0.92
p:doet ze|geruststellen|-0.93
p:doet zijn|vervolgafspraak|-0.98
p:dom en|bedanken|0.91
p:domme vraag|bekritiseren|0.98
p:donderdag na|ik-boodschap|-0.95
p:donderdag na|afronding-aankondigen|0.68
p:donderdag na|vervolgafspraak|0.95
p:donderdag om|aanmoediging|-0.99
p:donderdag om|moraliseren|-0.99
p:donderdag om|afronding-aankondigen|0.99
p:donderdag om|vervolgafspraak|0.99
p:donderdag om|bedanken|0.99
p:donderdag praten|vervolgafspraak|0.87
p:donderdag verder|afronding-aankondigen|-0.94
p:donderdag wat|afronding-aankondigen|-0.98
p:door de|ik-boodschap|0.92
p:door de|open-vraag|-0.98
p:door de|aanmoediging|-0.93
p:door de|waarschuwen|0.93
p:door de|etiketteren|0.91
p:door de|interpreteren|0.7
p:door je|gevoelsreflectie|0.91
p:door onze|vervolgafspraak|1.0
p:door rustig|aanmoediging|1.0
p:door verrast|ik-boodschap|0.91
p:doordat hij|interpreteren|0.99
p:doordat je|samenvatting|-0.94
p:doordeweeks gewoon|argumenteren|-0.92
p:doorgaat bel|waarschuwen|1.84
p:doorgaat blijft|bekritiseren|-0.97
p:doorgaat haalt|jij-boodschap|0.76
p:doorgaat haalt|moraliseren|-0.91
p:doorgaat lig|jij-boodschap|1.66
p:doorgaat lig|bekritiseren|1.66
p:doorgaat loop|waarschuwen|-0.85
p:doorgaat loop|interpreteren|-0.99
p:doorgaat mist|open-vraag|-0.99
p:doorgaat mist|waarschuwen|-0.89
p:doorgaat moet|waarschuwen|0.88
p:doorgaat verliest|waarschuwen|-0.94
p:doorgeven heb|ik-boodschap|0.96
p:doorgeven heb|waarschuwen|-0.96
p:draait straks|bevelen|-0.99
p:drama van|bekritiseren|-2.0
p:dramatisch mevrouw|bevelen|-0.85
p:drie dingen|ik-boodschap|-0.87
p:drie dingen|bekritiseren|-0.34
p:drie dingen|afronding-aankondigen|-0.7
p:drie dingen|vervolgafspraak|-0.95
p:drie keer|interpreteren|-0.93
p:drie kinderen|bekritiseren|-0.96
p:drie onvoldoendes|ik-boodschap|0.95
p:drie onvoldoendes|argumenteren|0.95
p:drie toetsen|open-vraag|-0.99
p:drie uur|bekritiseren|0.89
p:drie uur|afronding-aankondigen|-0.95
p:drie weken|samenvatting|0.64
p:drie weken|afronding-aankondigen|0.99
p:drie weken|vervolgafspraak|0.5
p:druk dit|gevoelsreflectie|-0.62
p:druk hij|etiketteren|-1.0
p:druk hij|geruststellen|1.0
p:druk je|bevelen|0.99
p:druk je|geruststellen|0.99
p:druk om|prijzen|-1.0
p:druk ze|prijzen|-0.79
p:duidelijk ?|bevelen|0.97
p:duidelijk na|argumenteren|0.91
p:duidelijk teleurgesteld|gevoelsreflectie|0.63
p:duidelijk teleurgesteld|samenvatting|0.97
p:duidelijk teleurgesteld|vervolgafspraak|0.63
p:duidelijk wie|argumenteren|0.91
p:duidelijk zien|argumenteren|1.0
p:duidelijk zien|interpreteren|-1.0
p:duidelijk zien|geruststellen|-1.0
p:duidelijk zien|vervolgafspraak|-1.0
p:duits en|samenvatting|-0.94
p:durft het|open-vraag|-1.0
p:durft het|bekritiseren|-0.97
p:durft het|afronding-aankondigen|-0.78
p:dus af|samenvatting|0.75
p:dus als|samenvatting|-1.0
p:dus als|aanmoediging|-1.0
p:dus als|waarschuwen|-1.0
p:dus als|geruststellen|-1.0
p:dus bevorderen|argumenteren|0.94
p:dus dat|parafrase|1.98
p:dus dat|gevoelsreflectie|-0.99
p:dus dat|adviseren|0.99
p:dus dat|argumenteren|0.97
p:dus de|samenvatting|-0.67
p:dus dit|prijzen|1.0
p:dus een|argumenteren|0.98
p:dus even|parafrase|-0.99
p:dus even|samenvatting|0.99
p:dus even|prijzen|-0.79
p:dus het|parafrase|1.82
p:dus het|samenvatting|-0.87
p:dus ik|jij-boodschap|-0.98
p:dus ik|samenvatting|0.98
p:dus ik|argumenteren|-0.86
p:dus ik|prijzen|1.0
p:dus ik|etiketteren|-1.0
p:dus ik|afronding-aankondigen|-0.98
p:dus ik|vervolgafspraak|1.0
p:dus je|parafrase|1.03
p:dus je|samenvatting|0.98
p:dus je|open-vraag|0.98
p:dus je|geruststellen|-0.98
p:dus je|afleiden|-1.0
p:dus jij|parafrase|-0.13
p:dus jij|samenvatting|0.88
p:dus jij|bevelen|-0.98
p:dus jij|adviseren|-1.0
p:dus jij|prijzen|0.81
p:dus jullie|bekritiseren|0.94
p:dus om|parafrase|-0.82
p:dus om|samenvatting|1.0
p:dus op|samenvatting|-0.74
p:dus teleurgesteld|gevoelsreflectie|1.87
p:dus u|gevoelsreflectie|-1.85
p:dus u|samenvatting|-0.93
p:dus u|waarschuwen|-0.75
p:dus u|argumenteren|-0.9
p:dus u|prijzen|1.93
p:dus u|vervolgafspraak|-0.55
p:dus volgens|samenvatting|-0.97
p:dus volgens|bevelen|-0.97
p:dus volgens|argumenteren|-0.97
p:dus volgens|ondervragen|-1.0
p:dus voor|parafrase|1.0
p:dus voor|bekritiseren|-1.0
p:dus wat|interpreteren|-0.96
p:dus zijn|ik-boodschap|0.95
p:dus zijn|jij-boodschap|-0.76
p:dus zijn|bekritiseren|-0.81
p:duurt het|moraliseren|0.96
p:dwingen om|bevelen|0.89
p:dwingen om|bekritiseren|-0.89
p:dyslexie over|vervolgafspraak|-0.84
p:echt afsluiten|vervolgafspraak|-0.94
p:echt de|jij-boodschap|-0.78
p:echt de|bekritiseren|-0.6
p:echt de|prijzen|0.81
p:echt de|etiketteren|1.0
p:echt dit|parafrase|-0.99
p:echt dit|gevoelsreflectie|0.8
p:echt dit|geruststellen|0.99
p:echt een|gevoelsreflectie|0.85
p:echt een|adviseren|-0.92
p:echt een|argumenteren|-0.86
p:echt een|prijzen|1.01
p:echt een|etiketteren|0.96
p:echt een|geruststellen|-0.68
p:echt een|vervolgafspraak|-0.9
p:echt eerst|geruststellen|-0.98
p:echt enorm|bekritiseren|0.38
p:echt fijn|ik-boodschap|0.98
p:echt gedrag|bekritiseren|-0.96
p:echt geen|open-vraag|0.93
p:echt geen|bevelen|-0.99
p:echt geen|geruststellen|0.76
p:echt geschrokken|ik-boodschap|0.93
p:echt heel|bekritiseren|0.97
p:echt helemaal|bekritiseren|-0.79
p:echt het|adviseren|0.96
p:echt mooi|ik-boodschap|0.93
p:echt naar|geruststellen|-0.99
p:echt nergens|moraliseren|-0.95
p:echt niemand|jij-boodschap|-1.0
p:echt niemand|bekritiseren|1.0
p:echt niet|gevoelsreflectie|0.19
p:echt niet|bekritiseren|1.78
p:echt niet|prijzen|-1.0
p:echt niet|etiketteren|-0.98
p:echt niet|geruststellen|1.05
p:echt niets|geruststellen|0.76
p:echt nooit|interpreteren|-0.99
p:echt onacceptabel|ik-boodschap|-1.0
p:echt onacceptabel|bekritiseren|1.0
p:echt ongepast|prijzen|-0.94
p:echt tof|ik-boodschap|0.83
p:echt van|ik-boodschap|0.92
p:echt van|gevoelsreflectie|-0.66
p:echt van|bekritiseren|-1.0
p:echt van|etiketteren|1.0
p:echt van|geruststellen|-1.0
p:echt verdiend|geruststellen|-0.96
p:echt vervelend|bekritiseren|-0.98
p:echt voor|bekritiseren|0.96
p:echt waar|geruststellen|1.0
p:echt wel|geruststellen|1.92
p:echt wel|afleiden|-0.93
p:echt zijn|etiketteren|-0.97
p:echt zorgen|ik-boodschap|-1.82
p:echt zorgen|geruststellen|-0.83
p:echte pestkop|etiketteren|0.97
p:een 1|waarschuwen|1.0
p:een 1|moraliseren|-0.16
p:een 1|argumenteren|0.96
p:een 1|afronding-aankondigen|-0.99
p:een 4|ik-boodschap|0.84
p:een 4|jij-boodschap|-1.0
p:een 4|argumenteren|2.8
p:een 4|bekritiseren|-0.68
p:een 4|afleiden|0.97
p:een 5|jij-boodschap|-1.0
p:een 5|moraliseren|-0.86
p:een 5|argumenteren|0.14
p:een 5|bekritiseren|-0.68
p:een 6|ik-boodschap|-0.88
p:een 6|samenvatting|-0.88
p:een 6|waarschuwen|-1.0
p:een 6|moraliseren|-0.86
p:een 6|argumenteren|0.88
p:een 7|ik-boodschap|0.84
p:een 7|waarschuwen|-1.0
p:een 7|argumenteren|-0.96
p:een 7|prijzen|0.97
p:een afspraak|jij-boodschap|-0.98
p:een afspraak|samenvatting|0.98
p:een afspraak|vervolgafspraak|0.19
p:een ander|parafrase|0.9
p:een andere|interpreteren|-0.7
p:een andere|bedanken|-1.0
p:een band|moraliseren|-0.91
p:een beetje|gevoelsreflectie|2.71
p:een beetje|open-vraag|0.83
p:een beetje|adviseren|-1.0
p:een beetje|interpreteren|0.29
p:een belabberde|jij-boodschap|-0.56
p:een belachelijke|bekritiseren|0.39
p:een beloningssysteem|samenvatting|-1.0
p:een beloningssysteem|moraliseren|-1.0
p:een beloningssysteem|adviseren|1.0
p:een beloningssysteem|geruststellen|-1.0
p:een beloningssysteem|ondervragen|-0.99
p:een betrokken|prijzen|-0.97
p:een betrokken|vervolgafspraak|-0.4
p:een bijlesdocent|etiketteren|-0.99
p:een blauw|ik-boodschap|0.99
p:een cijfer|afleiden|-0.88
p:een deadline|moraliseren|0.81
p:een deadline|argumenteren|0.96
p:een detail|parafrase|-1.0
p:een detail|afleiden|1.0
p:een dipje|geruststellen|0.95
p:een docent|jij-boodschap|-1.0
p:een docent|moraliseren|1.97
p:een docent|geruststellen|-1.0
p:een docent|afleiden|-0.97
p:een domme|bekritiseren|0.98
p:een drama|bekritiseren|-2.0
p:een echte|etiketteren|0.97
p:een eind|argumenteren|-0.93
p:een enorme|gevoelsreflectie|0.94
p:een extra|samenvatting|0.98
p:een extra|prijzen|0.81
p:een extra|vervolgafspraak|-0.55
p:een feit|moraliseren|-1.0
p:een feit|argumenteren|1.0
p:een fijn|bekritiseren|-0.91
p:een fijne|jij-boodschap|-0.42
p:een fijne|etiketteren|-0.93
p:een gedoe|jij-boodschap|-0.99
p:een gedoe|bevelen|-0.99
p:een geduldige|prijzen|0.87
p:een gesprek|jij-boodschap|-1.53
p:een gesprek|adviseren|-0.99
p:een gesprek|bekritiseren|-0.49
p:een gesprek|ondervragen|0.9
p:een gesprek|afronding-aankondigen|-0.99
p:een gesprek|vervolgafspraak|1.63
p:een gesprek|bedanken|-0.99
p:een goede|gevoelsreflectie|-0.84
p:een goede|moraliseren|0.99
p:een grote|bekritiseren|0.89
p:een half|moraliseren|-0.9
p:een heel|gevoelsreflectie|-0.9
p:een heel|waarschuwen|-0.85
p:een heel|prijzen|0.94
p:een heel|interpreteren|-0.99
p:een herkansing|parafrase|1.0
p:een herkansing|gevoelsreflectie|-0.85
p:een herkansing|bedanken|-1.0
p:een huiswerkinstituut|ondervragen|-0.95
p:een incident|etiketteren|-0.98
p:een keer|ik-boodschap|-1.0
p:een keer|samenvatting|0.26
p:een keer|bevelen|0.86
p:een keer|waarschuwen|0.1
p:een keer|adviseren|-1.95
p:een keer|argumenteren|-0.98
p:een keer|bedanken|0.7
p:een kind|moraliseren|0.92
p:een kind|bekritiseren|-0.85
p:een kleuter|jij-boodschap|1.58
p:een kleuter|gevoelsreflectie|-0.89
p:een kleuter|bekritiseren|-0.96
p:een kleuter|etiketteren|0.95
p:een kleuter|geruststellen|-0.7
p:een kleuterachtig|etiketteren|0.9
p:een koekje|geruststellen|-0.95
p:een kwartier|afronding-aankondigen|-0.99
p:een lastige|argumenteren|-0.9
p:een lastpak|jij-boodschap|1.0
p:een lastpak|bevelen|-1.0
p:een lastpak|etiketteren|0.97
p:een leerling|moraliseren|0.97
p:een leerling|argumenteren|0.89
p:een luie|jij-boodschap|1.0
p:een luie|argumenteren|-1.0
p:een maand|samenvatting|-1.0
p:een maand|afronding-aankondigen|-0.95
p:een maand|vervolgafspraak|0.84
p:een maand|bedanken|-0.97
p:een maandje|geruststellen|0.97
p:een mail|argumenteren|-0.94
p:een mail|afronding-aankondigen|0.91
p:een mail|bedanken|1.0
p:een moment|bekritiseren|-0.82
p:een mooie|gevoelsreflectie|-1.0
p:een nieuw|samenvatting|-0.95
p:een nieuw|afronding-aankondigen|1.06
p:een nieuw|bedanken|-0.99
p:een nieuwe|bevelen|-0.92
p:een nieuwe|vervolgafspraak|1.0
p:een nieuwe|bedanken|1.0
p:een nogal|argumenteren|-1.0
p:een nogal|bekritiseren|1.0
p:een onbetrouwbare|bekritiseren|-2.34
p:een onbetrouwbare|etiketteren|0.98
p:een onvoldoende|ik-boodschap|-0.95
p:een onvoldoende|geruststellen|-0.92
p:een onvoldoende|afleiden|1.87
p:een onzinverhaal|bekritiseren|3.08
p:een paar|geruststellen|0.99
p:een plan|vervolgafspraak|0.95
p:een prima|afleiden|-0.9
p:een probleem|samenvatting|0.92
p:een probleem|prijzen|-0.93
p:een probleem|etiketteren|0.93
p:een probleem|interpreteren|0.58
p:een puinhoop|jij-boodschap|0.9
p:een puinhoop|bekritiseren|0.7
p:een puinhoop|etiketteren|-0.9
p:een punt|afronding-aankondigen|0.99
p:een punt|vervolgafspraak|-1.89
p:een punt|bedanken|-0.99
p:een respectloze|bekritiseren|0.95
p:een rij|jij-boodschap|-0.85
p:een rij|open-vraag|-0.98
p:een rijtje|parafrase|-0.98
p:een rijtje|samenvatting|0.67
p:een rijtje|open-vraag|0.99
p:een rotmoment|gevoelsreflectie|0.85
p:een schooldag|moraliseren|0.97
p:een schorsing|waarschuwen|0.83
p:een schorsing|moraliseren|0.92
p:een schorsing|etiketteren|-0.98
p:een schriftje|adviseren|0.93
p:een schrik|gevoelsreflectie|0.83
p:een schuldige|adviseren|-0.95
p:een situatie|gevoelsreflectie|-0.91
p:een slechte|etiketteren|-0.97
p:een slechte|geruststellen|1.87
p:een slimme|jij-boodschap|-0.96
p:een slimme|prijzen|0.98
p:een slordig|bekritiseren|0.93
p:een slordige|bekritiseren|-1.37
p:een sport|bekritiseren|0.9
p:een sterke|moraliseren|-0.95
p:een strafwerk|waarschuwen|-0.75
p:een stuk|bekritiseren|-0.98
p:een stuk|prijzen|-0.98
p:een stuk|etiketteren|0.98
p:een super|adviseren|-0.92
p:een te|moraliseren|0.81
p:een te|argumenteren|0.96
p:een toets|jij-boodschap|-0.86
p:een toets|prijzen|-1.0
p:een toets|vervolgafspraak|-1.0
p:een topmoeder|prijzen|1.0
p:een typisch|jij-boodschap|0.87
p:een typisch|etiketteren|1.0
p:een typische|jij-boodschap|1.0
p:een typische|prijzen|-1.0
p:een uitzondering|argumenteren|0.94
p:een uitzondering|prijzen|-0.88
p:een update|gevoelsreflectie|1.0
p:een update|adviseren|1.0
p:een van|argumenteren|-0.86
p:een van|prijzen|1.0
p:een van|etiketteren|-1.0
p:een vast|ondervragen|-0.9
p:een vaste|adviseren|0.99
p:een vaste|prijzen|-0.96
p:een verstandige|argumenteren|-0.9
p:een verwend|bekritiseren|-0.97
p:een vriend|samenvatting|0.99
p:een vriend|argumenteren|-0.99
p:een vrolijke|etiketteren|-0.98
p:een waardeloos|waarschuwen|-1.0
p:een waardeloos|bekritiseren|0.69
p:een waardeloos|afleiden|-1.0
p:een watje|open-vraag|-1.0
p:een watje|bekritiseren|-1.0
p:een watje|etiketteren|1.0
p:een weekplanner|parafrase|-1.0
p:een weekplanner|adviseren|1.84
p:een weekplanner|interpreteren|-0.93
p:een weekplanning|vervolgafspraak|-0.99
p:een weer|bekritiseren|-0.47
p:een weer|etiketteren|-0.94
p:een wijsneus|jij-boodschap|2.66
p:een wijsneus|prijzen|-0.87
p:een wijsneus|etiketteren|1.85
p:een zie|aanmoediging|-0.99
p:een zie|moraliseren|-0.99
p:een zie|afronding-aankondigen|0.99
p:een zie|vervolgafspraak|0.99
p:een zie|bedanken|0.99
p:een zooitje|moraliseren|-0.81
p:een zooitje|bekritiseren|0.94
p:een zware|ik-boodschap|-0.95
p:een zware|afleiden|-0.9
p:eenmaal bij|moraliseren|-0.97
p:eenmaal bij|interpreteren|-0.52
p:eenmaal bij|geruststellen|-0.97
p:eenmaal bij|afleiden|1.5
p:eenmaal de|moraliseren|0.93
p:eenmaal een|argumenteren|0.9
p:eenmaal gebeurd|jij-boodschap|-0.97
p:eenmaal met|bekritiseren|-0.13
p:eenmaal met|afleiden|0.88
p:eenmaal niet|interpreteren|-0.99
p:eenmaal niet|afleiden|-0.99
p:eenmaal plichten|moraliseren|0.91
p:eenmaal plichten|argumenteren|-0.91
p:eenmaal regels|bevelen|-0.92
p:eenmaal wiskunde|moraliseren|-0.86
p:eenmaal zo|moraliseren|0.97
p:eenmaal zo|argumenteren|-0.97
p:eens aan|afleiden|-0.99
p:eens buiten|ik-boodschap|1.0
p:eens buiten|jij-boodschap|-1.0
p:eens buiten|gevoelsreflectie|-1.0
p:eens buiten|adviseren|1.0
p:eens buiten|bekritiseren|-1.0
p:eens doet|moraliseren|0.92
p:eens een|geruststellen|-0.92
p:eens een|ondervragen|-0.99
p:eens een|afleiden|0.92
p:eens en|waarschuwen|0.99
p:eens gedacht|ondervragen|-0.95
p:eens het|afleiden|-0.86
p:eens komt|jij-boodschap|1.8
p:eens komt|bekritiseren|1.8
p:eens met|ik-boodschap|0.98
p:eens met|samenvatting|-1.0
p:eens met|moraliseren|-1.0
p:eens met|adviseren|1.0
p:eens met|prijzen|-0.97
p:eens om|moraliseren|-0.91
p:eens rechtop|waarschuwen|-0.89
p:eens te|jij-boodschap|-1.0
p:eens te|bevelen|-1.0
p:eens te|adviseren|1.0
p:eens vragen|ik-boodschap|-0.95
p:eens wat|aanmoediging|-0.98
p:eens wat|bedanken|-0.98
p:eentje met|ik-boodschap|-0.9
p:eenzaam voelt|parafrase|-0.99
p:eerder aan|parafrase|-0.93
p:eerder aan|gevoelsreflectie|0.85
p:eerder aan|aanmoediging|-0.93
p:eerder contact|adviseren|-0.94
p:eerder contact|bekritiseren|1.0
p:eerder dat|parafrase|0.96
p:eerder dat|interpreteren|0.96
p:eerder gekomen|bekritiseren|-0.97
p:eerder gekomen|ondervragen|0.97
p:eerder had|bekritiseren|0.51
p:eerder moeten|bekritiseren|-2.58
p:eerder naar|adviseren|0.99
p:eerder naar|bekritiseren|0.91
p:eerlijk bent|bedanken|1.96
p:eerlijk duurt|moraliseren|0.96
p:eerlijk gezegd|ik-boodschap|-1.74
p:eerlijk gezegd|jij-boodschap|0.93
p:eerlijk gezegd|gevoelsreflectie|-0.84
p:eerlijk gezegd|moraliseren|-0.93
p:eerlijk gezegd|bekritiseren|0.93
p:eerlijk hoort|jij-boodschap|-0.69
p:eerlijk hoort|ondervragen|-1.0
p:eerlijk hoort|bedanken|-1.0
p:eerlijk over|vervolgafspraak|0.4
p:eerlijk tegen|gevoelsreflectie|-0.24
p:eerlijk zijn|bekritiseren|0.94
p:eerlijkheid daan|vervolgafspraak|-1.0
p:eerst de|bevelen|0.87
p:eerst even|geruststellen|-0.98
p:eerst met|adviseren|0.98
p:eerst zitten|bevelen|0.84
p:eerst zitten|geruststellen|-0.92
p:eerste aanpakken|parafrase|-0.85
p:eerste aanpakken|samenvatting|1.94
p:eerste aanpakken|open-vraag|0.98
p:eerste die|jij-boodschap|-0.57
p:eerste en|adviseren|-0.98
p:eerste en|geruststellen|0.89
p:eerste uitleg|vervolgafspraak|-0.91
p:eerste uur|geruststellen|-1.0
p:eerste uur|vervolgafspraak|1.0
p:eerste week|samenvatting|-0.67
p:eigen angsten|interpreteren|0.67
p:eigen jeugd|interpreteren|1.0
p:eigen schooltijd|bevelen|-0.99
p:eigen schuld|jij-boodschap|0.81
p:eigen schuld|bekritiseren|0.81
p:eigen woorden|samenvatting|0.98
p:eigenlijk ?|open-vraag|-0.96
p:eigenlijk ?|adviseren|-0.99
p:eigenlijk ?|afleiden|0.96
p:eigenlijk bang|afleiden|-0.72
p:eigenlijk dat|parafrase|0.95
p:eigenlijk dat|gevoelsreflectie|-0.85
p:eigenlijk doen|open-vraag|-0.9
p:eigenlijk doen|geruststellen|-0.78
p:eigenlijk doen|afleiden|0.9
p:eigenlijk een|parafrase|0.9
p:eigenlijk geen|geruststellen|-0.94
p:eigenlijk is|afleiden|-0.9
p:eigenlijk met|ik-boodschap|-0.9
p:eigenlijk met|afleiden|0.94
p:eigenlijk over|interpreteren|1.0
p:eigenlijk van|afleiden|0.91
p:eigenlijk vindt|interpreteren|0.98
p:eigenlijk wat|bekritiseren|1.34
p:eigenlijk wel|ondervragen|-0.9
p:eigenlijk wil|moraliseren|-0.8
p:eind aan|argumenteren|-0.93
p:eind van|ik-boodschap|-0.85
p:eind van|waarschuwen|0.99
p:einde van|ik-boodschap|-0.95
p:einde van|afleiden|0.95
p:einde van|afronding-aankondigen|1.0
p:einde van|vervolgafspraak|-1.0
p:eindelijk ook|jij-boodschap|1.8
p:eindelijk ook|bekritiseren|1.8
p:elf fouten|parafrase|0.93
p:elf fouten|argumenteren|0.93
p:elkaar blijven|afronding-aankondigen|0.98
p:elkaar blijven|bedanken|-0.98
p:elkaar is|moraliseren|0.97
p:elkaar niet|adviseren|-0.99
p:elkaar om|moraliseren|0.98
p:elkaar om|interpreteren|-0.98
p:elkaar vrijdag|afronding-aankondigen|-0.99
p:elkaar weer|samenvatting|-0.86
p:elke avond|jij-boodschap|0.7
p:elke avond|bekritiseren|0.7
p:elke dag|bevelen|0.99
p:elke dag|moraliseren|-0.9
p:elke dag|adviseren|0.95
p:elke dag|bekritiseren|-0.96
p:elke dag|prijzen|-0.98
p:elke dag|geruststellen|-0.95
p:elke dag|ondervragen|0.98
p:elke dag|vervolgafspraak|0.99
p:elke dinsdag|parafrase|-0.96
p:elke dinsdag|samenvatting|0.88
p:elke klas|afleiden|0.93
p:elke les|jij-boodschap|0.9
p:elke les|bekritiseren|0.54
p:elke les|etiketteren|-0.9
p:elke ochtend|ik-boodschap|1.0
p:elke ochtend|jij-boodschap|-1.0
p:elke ochtend|gevoelsreflectie|-1.0
p:elke ochtend|adviseren|1.0
p:elke ochtend|bekritiseren|-1.0
p:elke puber|afleiden|0.18
p:elke week|gevoelsreflectie|1.0
p:elke week|adviseren|1.0
p:emma moeite|ik-boodschap|-0.97
p:emma moeite|samenvatting|0.97
p:emma thuis|open-vraag|-0.75
p:emotioneel van|parafrase|-1.0
p:emotioneel van|gevoelsreflectie|0.85
p:emotioneel van|afronding-aankondigen|-0.99
p:emotioneel van|bedanken|1.0
p:emre vaker|ik-boodschap|-0.88
p:en als|jij-boodschap|1.66
p:en als|moraliseren|0.81
p:en als|argumenteren|0.96
p:en als|bekritiseren|1.66
p:en bel|ik-boodschap|-0.98
p:en bel|samenvatting|-0.94
p:en ben|parafrase|0.98
p:en ben|samenvatting|-0.98
p:en controleert|open-vraag|-0.99
p:en daar|ik-boodschap|0.99
p:en daarom|parafrase|0.83
p:en daarom|bekritiseren|-0.39
p:en daarom|interpreteren|1.96
p:en dan|ik-boodschap|0.98
p:en dan|geruststellen|-0.93
p:en dat|ik-boodschap|1.81
p:en dat|samenvatting|0.78
p:en dat|bevelen|-0.99
p:en dat|waarschuwen|-0.99
p:en dat|adviseren|-0.99
p:en dat|argumenteren|-0.94
p:en dat|interpreteren|-0.98
p:en dat|afronding-aankondigen|-1.95
p:en dat|vervolgafspraak|-0.11
p:en dat|bedanken|-0.98
p:en de|ik-boodschap|-0.87
p:en de|gevoelsreflectie|-1.0
p:en de|bekritiseren|-0.34
p:en de|afronding-aankondigen|0.25
p:en de|vervolgafspraak|-0.95
p:en dinsdag|samenvatting|-0.74
p:en een|jij-boodschap|-1.0
p:en een|bekritiseren|-0.68
p:en er|ik-boodschap|0.94
p:en er|argumenteren|-0.94
p:en fay|ik-boodschap|1.0
p:en fay|open-vraag|0.83
p:en fay|adviseren|-1.0
p:en ga|bevelen|2.5
p:en haar|samenvatting|-0.32
p:en haar|open-vraag|0.99
p:en haar|aanmoediging|-0.99
p:en het|parafrase|-0.99
p:en het|samenvatting|1.95
p:en het|argumenteren|-0.94
p:en het|afronding-aankondigen|-0.98
p:en hij|parafrase|0.93
p:en hij|samenvatting|0.99
p:en hoe|gevoelsreflectie|-0.81
p:en hoe|samenvatting|-0.99
p:en iedereen|jij-boodschap|0.97
p:en iedereen|samenvatting|-0.97
p:en iedereen|bekritiseren|0.97
p:en ik|ik-boodschap|2.64
p:en ik|parafrase|-0.96
p:en ik|gevoelsreflectie|-2.19
p:en ik|samenvatting|1.12
p:en ik|open-vraag|-0.83
p:en ik|waarschuwen|1.0
p:en ik|bekritiseren|0.91
p:en ik|prijzen|-1.0
p:en ik|geruststellen|-0.87
p:en ik|afronding-aankondigen|1.7
p:en ik|bedanken|0.86
p:en je|ik-boodschap|-0.93
p:en je|jij-boodschap|-0.81
p:en je|parafrase|-2.81
p:en je|gevoelsreflectie|-0.8
p:en je|samenvatting|2.67
p:en je|waarschuwen|1.91
p:en je|bekritiseren|-1.91
p:en je|afronding-aankondigen|-0.78
p:en je|vervolgafspraak|-0.99
p:en kan|waarschuwen|-0.97
p:en kan|ondervragen|-0.97
p:en kijk|ik-boodschap|-0.98
p:en laat|bekritiseren|-0.44
p:en maakt|gevoelsreflectie|0.76
p:en maakt|samenvatting|-0.97
p:en met|ondervragen|0.61
p:en niet|afronding-aankondigen|-0.98
p:en niet|vervolgafspraak|-0.98
p:en om|parafrase|-0.98
p:en om|samenvatting|0.94
p:en om|afleiden|-0.96
p:en ook|adviseren|-0.98
p:en ook|geruststellen|0.89
p:en over|ik-boodschap|-1.0
p:en over|samenvatting|0.14
p:en over|waarschuwen|-1.0
p:en over|interpreteren|-1.0
p:en over|bedanken|-0.97
p:en thuis|bedanken|0.91
p:en toen|jij-boodschap|0.86
p:en toen|samenvatting|-0.63
p:en toen|open-vraag|-0.99
p:en toen|aanmoediging|0.99
p:en toen|ondervragen|-0.99
p:en tot|waarschuwen|-0.9
p:en tot|bedanken|0.7
p:en u|ik-boodschap|-0.93
p:en u|jij-boodschap|-1.84
p:en u|gevoelsreflectie|0.63
p:en u|samenvatting|2.59
p:en u|bekritiseren|1.55
p:en u|interpreteren|-0.93
p:en u|afronding-aankondigen|0.99
p:en u|vervolgafspraak|1.61
p:en u|bedanken|0.99
p:en volgende|afronding-aankondigen|1.0
p:en volgende|bedanken|-0.73
p:en voor|waarschuwen|-1.0
p:en waarom|ik-boodschap|-0.88
p:en waarom|waarschuwen|-1.0
p:en waarom|bekritiseren|0.97
p:en waarom|ondervragen|1.0
p:en was|ik-boodschap|-0.82
p:en wat|jij-boodschap|-0.85
p:en wat|samenvatting|-0.98
p:en wat|open-vraag|0.96
p:en wie|bekritiseren|-0.97
p:en wie|ondervragen|0.97
p:en wiskunde|open-vraag|-0.98
p:en ze|prijzen|-0.79
p:en zijn|parafrase|-0.82
p:en zijn|samenvatting|1.0
p:en zijn|moraliseren|-0.99
p:en zijn|adviseren|-0.99
p:eng vindt|gevoelsreflectie|0.51
p:engels een|waarschuwen|-1.0
p:engels een|argumenteren|-0.96
p:engels praten|jij-boodschap|-0.91
p:enkel bericht|jij-boodschap|0.97
p:enkel bericht|bekritiseren|1.77
p:enkel respect|jij-boodschap|0.98
p:enkel respect|moraliseren|-0.8
p:enkel verslag|ik-boodschap|0.95
p:enkel verslag|jij-boodschap|-0.95
p:enkel verslag|bekritiseren|-0.95
p:enkele huiswerkopdracht|ik-boodschap|0.86
p:enkele huiswerkopdracht|jij-boodschap|-0.92
p:enkele huiswerkopdracht|bekritiseren|-0.92
p:enkele moeite|jij-boodschap|0.64
p:enkele moeite|bekritiseren|0.92
p:enkele onvoldoende|jij-boodschap|-0.96
p:enkele opdracht|ik-boodschap|0.95
p:enkele opdracht|jij-boodschap|-0.76
p:enkele opdracht|bekritiseren|-0.81
p:enorm als|jij-boodschap|0.76
p:enorm als|bekritiseren|0.92
p:enorme schrik|gevoelsreflectie|0.94
p:er al|afleiden|-0.99
p:er allebei|ik-boodschap|0.95
p:er allebei|vervolgafspraak|-0.86
p:er altijd|bekritiseren|-1.85
p:er bent|gevoelsreflectie|-0.88
p:er blij|bekritiseren|-0.96
p:er dan|open-vraag|-0.99
p:er deze|bekritiseren|0.19
p:er door|gevoelsreflectie|0.91
p:er drie|ik-boodschap|0.95
p:er druk|prijzen|-1.0
p:er echt|ik-boodschap|-0.94
p:er echt|gevoelsreflectie|0.94
p:er echt|geruststellen|0.93
p:er echt|afleiden|-0.93
p:er een|ik-boodschap|0.75
p:er een|parafrase|1.0
p:er een|gevoelsreflectie|1.05
p:er een|waarschuwen|1.0
p:er een|moraliseren|0.11
p:er een|bekritiseren|1.84
p:er een|afronding-aankondigen|0.99
p:er een|vervolgafspraak|-0.99
p:er een|bedanken|-1.0
p:er eerlijk|ik-boodschap|-0.79
p:er elke|jij-boodschap|0.9
p:er elke|bekritiseren|0.54
p:er elke|etiketteren|-0.9
p:er emotioneel|afronding-aankondigen|-0.99
p:er gebeurt|ik-boodschap|-1.0
p:er gebeurt|samenvatting|-0.67
p:er gebeurt|adviseren|-1.0
p:er gebeurt|bekritiseren|-0.36
p:er gewoon|jij-boodschap|1.36
p:er gewoon|bekritiseren|2.05
p:er gewoon|interpreteren|-1.64
p:er helaas|argumenteren|-0.93
p:er iets|gevoelsreflectie|-0.81
p:er iets|ondervragen|-0.99
p:er in|ik-boodschap|0.93
p:er in|open-vraag|1.0
p:er in|afleiden|0.93
p:er inmiddels|jij-boodschap|-0.99
p:er is|adviseren|-0.96
p:er is|geruststellen|0.76
p:er komt|ik-boodschap|0.94
p:er komt|argumenteren|-0.94
p:er leerlingen|ik-boodschap|-0.92
p:er maar|bevelen|0.86
p:er moe|ik-boodschap|0.95
p:er moe|gevoelsreflectie|1.0
p:er moe|adviseren|1.0
p:er moe|vervolgafspraak|-0.86
p:er moedeloos|open-vraag|-1.0
p:er moeilijk|gevoelsreflectie|0.79
p:er niet|bevelen|-0.9
p:er niet|argumenteren|1.01
p:er niet|bekritiseren|0.27
p:er niets|geruststellen|-0.93
p:er nog|ik-boodschap|-0.93
p:er nog|open-vraag|-0.99
p:er nooit|jij-boodschap|-1.53
p:er nooit|bekritiseren|0.47
p:er nooit|ondervragen|0.9
p:er nu|bedanken|-0.99
p:er ook|jij-boodschap|-0.35
p:er ook|bekritiseren|-0.35
p:er ook|vervolgafspraak|1.44
p:er op|bekritiseren|-0.82
p:er oprecht|ik-boodschap|0.84
p:er precies|ik-boodschap|-0.97
p:er precies|afleiden|-0.99
p:er steeds|ik-boodschap|0.91
p:er thuis|gevoelsreflectie|-1.43
p:er thuis|open-vraag|0.93
p:er thuis|bekritiseren|0.92
p:er thuis|geruststellen|0.76
p:er vanavond|geruststellen|-0.72
p:er volgens|parafrase|-0.87
p:er volgens|afleiden|-0.91
p:er voor|aanmoediging|-0.99
p:er voor|moraliseren|-0.99
p:er voor|afronding-aankondigen|0.99
p:er voor|vervolgafspraak|0.99
p:er voor|bedanken|0.99
p:er wakker|parafrase|-0.99
p:er waren|jij-boodschap|-0.39
p:er was|bekritiseren|-0.86
p:er was|bedanken|1.0
p:er weer|bekritiseren|-0.15
p:er zelf|jij-boodschap|1.52
p:er zelf|gevoelsreflectie|-0.99
p:er zelf|bekritiseren|-0.79
p:er zelf|etiketteren|-1.0
p:er zo|jij-boodschap|-0.94
p:er zo|gevoelsreflectie|-0.94
p:erbij ?|samenvatting|-0.95
p:erbij ?|afronding-aankondigen|-0.8
p:erbij ik|samenvatting|-0.93
p:erg als|etiketteren|-0.98
p:erg bezorgd|geruststellen|-0.96
p:erg brutaal|bekritiseren|-1.81
p:erg dan|bekritiseren|-1.0
p:erg dan|interpreteren|-1.0
p:erg dan|geruststellen|1.0
p:erg dat|argumenteren|-0.98
p:erg hoor|geruststellen|0.99
p:erg hoor|afleiden|-0.63
p:erg onzeker|parafrase|-0.86
p:ernst er|jij-boodschap|-0.99
p:erom hij|bevelen|-1.0
p:erom hij|waarschuwen|1.0
p:erop we|bedanken|-0.99
p:eruit gekomen|jij-boodschap|-0.98
p:eruit gekomen|samenvatting|0.98
p:eruit gekomen|vervolgafspraak|0.98
p:ervan ?|ondervragen|-0.77
p:ervan dat|ik-boodschap|1.0
p:ervan dat|parafrase|-0.99
p:ervan dat|gevoelsreflectie|0.8
p:ervan dat|argumenteren|-1.0
p:ervan dat|geruststellen|0.99
p:ervan dat|vervolgafspraak|-1.0
p:ervan maar|afleiden|0.97
p:ervan vindt|afronding-aankondigen|-0.98
p:ervaren ?|parafrase|-0.99
p:ervaring als|prijzen|0.97
p:ervoor dat|bevelen|0.99
p:eva in|ik-boodschap|-0.96
p:evalueren hoe|open-vraag|-1.0
p:evalueren hoe|bekritiseren|-1.0
p:evalueren hoe|afronding-aankondigen|-1.0
p:evalueren we|afronding-aankondigen|-0.95
p:even bellen|vervolgafspraak|0.91
p:even de|aanmoediging|0.93
p:even hier|bevelen|0.99
p:even iets|afleiden|-0.57
p:even kijken|vervolgafspraak|-1.78
p:even laten|ik-boodschap|-0.96
p:even luisteren|geruststellen|-0.98
p:even mijn|bekritiseren|0.96
p:even na|ik-boodschap|-0.98
p:even nadenken|aanmoediging|0.93
p:even niet|bevelen|-0.83
p:even op|jij-boodschap|-0.85
p:even op|samenvatting|0.67
p:even op|bevelen|-0.98
p:even op|adviseren|0.93
p:even op|bekritiseren|-0.98
p:even op|vervolgafspraak|0.98
p:even samenvat|samenvatting|0.94
p:even samenvatten|parafrase|-0.96
p:even samenvatten|samenvatting|0.95
p:even samenvatten|prijzen|-0.79
p:even samenvatten|bedanken|0.95
p:even samenvattend|argumenteren|-0.94
p:even terug|parafrase|-0.99
p:even terug|samenvatting|0.99
p:even voor|afleiden|0.62
p:even wachten|prijzen|0.87
p:evi vaak|ik-boodschap|-0.97
p:examenreglement is|argumenteren|0.91
p:examens gewoon|bevelen|-0.79
p:examens gewoon|geruststellen|0.94
p:excursie al|ondervragen|-0.85
p:excuses aanbieden|bevelen|0.92
p:extra bijlesuren|adviseren|-0.92
p:extra gesprek|vervolgafspraak|-0.55
p:extra kans|samenvatting|0.98
p:extra materiaal|afronding-aankondigen|-1.0
p:extra opdracht|prijzen|0.81
p:extra uitdaging|interpreteren|0.93
p:fatima haar|waarschuwen|-0.97
p:fatima haar|ondervragen|-0.97
p:fay zit|ik-boodschap|1.0
p:fay zit|open-vraag|0.83
p:fay zit|adviseren|-1.0
p:feit blijft|waarschuwen|-0.99
p:feit dat|moraliseren|-1.0
p:feit dat|argumenteren|1.0
p:feit is|argumenteren|0.94
p:feitelijk heeft|argumenteren|0.98
p:fel omdat|aanmoediging|-1.0
p:fenna is|bekritiseren|-1.37
p:fiets naar|geruststellen|-0.95
p:fiets was|gevoelsreflectie|-1.0
p:fietsenstalling is|bekritiseren|-0.98
p:fijn bedankt|bekritiseren|1.0
p:fijn bedankt|afronding-aankondigen|-1.0
p:fijn bedankt|bedanken|-1.0
p:fijn dat|jij-boodschap|1.41
p:fijn dat|parafrase|-1.0
p:fijn dat|gevoelsreflectie|-1.12
p:fijn dat|geruststellen|-1.0
p:fijn dat|vervolgafspraak|-1.0
p:fijn gesprek|bekritiseren|-0.91
p:fijn om|ik-boodschap|0.98
p:fijn om|adviseren|-0.84
p:fijn om|bekritiseren|-0.71
p:fijn om|etiketteren|-0.84
p:fijn vindt|interpreteren|-0.99
p:fijne moeder|jij-boodschap|-1.0
p:fijne moeder|etiketteren|-0.93
p:fijne ouder|jij-boodschap|-0.42
p:fijne ouder|prijzen|0.97
p:fijne ouder|afleiden|-0.97
p:fijne ouders|moraliseren|-0.95
p:finn het|parafrase|0.98
p:finn het|gevoelsreflectie|-0.98
p:finn het|samenvatting|-0.98
p:finn kan|prijzen|0.97
p:finn vaak|interpreteren|-0.98
p:fleur heeft|bedanken|0.91
p:flink van|gevoelsreflectie|1.0
p:formulier ingevuld|bekritiseren|-0.8
p:frans en|ik-boodschap|-0.97
p:frans en|samenvatting|0.97
p:frans en|afleiden|-0.96
p:frans over|parafrase|-0.96
p:frans over|samenvatting|0.88
p:frans praat|samenvatting|0.75
p:frans wel|ik-boodschap|0.9
p:frustreert me|bevelen|-0.99
p:frustreert me|afronding-aankondigen|-1.0
p:ga door|aanmoediging|1.0
p:ga eens|waarschuwen|-0.89
p:ga het|vervolgafspraak|0.87
p:ga ik|ik-boodschap|-0.9
p:ga ik|bekritiseren|-0.99
p:ga ik|afleiden|0.99
p:ga je|open-vraag|-0.9
p:ga je|bevelen|1.0
p:ga je|waarschuwen|-0.1
p:ga je|moraliseren|0.98
p:ga je|bekritiseren|0.31
p:ga je|interpreteren|-0.98
p:ga je|geruststellen|-0.78
p:ga je|afleiden|0.9
p:ga nu|bevelen|0.93
p:ga nu|ondervragen|-1.0
p:ga rechtop|ik-boodschap|-0.98
p:ga straks|vervolgafspraak|-1.78
p:ga verder|bevelen|-1.0
p:ga verder|etiketteren|-0.89
p:ga zitten|bevelen|0.82
p:ga zitten|waarschuwen|1.9
p:ga zitten|prijzen|-0.97
p:gaan afronden|vervolgafspraak|-0.99
p:gaan afronden|bedanken|-0.91
p:gaan dan|prijzen|-0.97
p:gaan dan|geruststellen|0.97
p:gaan en|gevoelsreflectie|0.76
p:gaan en|samenvatting|-0.97
p:gaan er|afronding-aankondigen|0.99
p:gaan er|vervolgafspraak|-0.99
p:gaan er|bedanken|-0.99
p:gaan letten|adviseren|-0.99
p:gaan maar|jij-boodschap|0.86
p:gaan maar|samenvatting|-0.63
p:gaan mis|aanmoediging|-0.93
p:gaan praten|adviseren|0.97
p:gaan stoppen|bedanken|-0.99
p:gaat ?|open-vraag|-1.0
p:gaat ?|bekritiseren|-1.0
p:gaat ?|afleiden|-0.91
p:gaat ?|afronding-aankondigen|-1.0
p:gaat ?|vervolgafspraak|1.0
p:gaat ?|bedanken|-1.0
p:gaat bedankt|samenvatting|0.95
p:gaat bedankt|bedanken|0.95
p:gaat dank|samenvatting|-0.71
p:gaat dank|bedanken|0.85
p:gaat dat|open-vraag|0.98
p:gaat dat|bevelen|-0.85
p:gaat dat|moraliseren|0.77
p:gaat dat|bekritiseren|-0.13
p:gaat dat|afleiden|0.88
p:gaat die|bevelen|-0.79
p:gaat die|geruststellen|0.94
p:gaat echt|gevoelsreflectie|0.19
p:gaat echt|geruststellen|1.7
p:gaat eigenlijk|interpreteren|1.0
p:gaat elke|parafrase|-0.96
p:gaat elke|samenvatting|0.88
p:gaat er|gevoelsreflectie|0.91
p:gaat eruit|bevelen|-0.92
p:gaat gewoon|moraliseren|0.92
p:gaat halen|ik-boodschap|0.75
p:gaat halen|interpreteren|-0.65
p:gaat het|ik-boodschap|-0.83
p:gaat het|gevoelsreflectie|0.83
p:gaat het|samenvatting|1.02
p:gaat het|open-vraag|1.9
p:gaat het|adviseren|-1.0
p:gaat het|bekritiseren|-0.34
p:gaat het|interpreteren|-0.96
p:gaat het|geruststellen|1.82
p:gaat het|afleiden|1.86
p:gaat het|vervolgafspraak|-1.86
p:gaat hij|samenvatting|-1.0
p:gaat hij|aanmoediging|-1.0
p:gaat hij|waarschuwen|-1.0
p:gaat hij|geruststellen|-1.0
p:gaat je|bevelen|0.92
p:gaat mee|waarschuwen|0.99
p:gaat met|vervolgafspraak|-0.64
p:gaat morgen|bevelen|0.96
p:gaat niet|open-vraag|-0.98
p:gaat nu|bevelen|0.84
p:gaat nu|waarschuwen|-0.92
p:gaat nu|geruststellen|-0.92
p:gaat om|parafrase|-0.98
p:gaat om|moraliseren|-0.99
p:gaat om|afleiden|-0.96
p:gaat over|samenvatting|0.67
p:gaat over|open-vraag|0.99
p:gaat toch|prijzen|0.97
p:gaat toch|afleiden|-0.97
p:gaat u|parafrase|0.85
p:gaat u|gevoelsreflectie|-1.0
p:gaat u|aanmoediging|1.0
p:gaat u|waarschuwen|0.93
p:gaat u|adviseren|-1.0
p:gaat u|argumenteren|-1.0
p:gaat u|bekritiseren|-0.95
p:gaat u|prijzen|1.0
p:gaat u|geruststellen|-1.0
p:gaat u|afleiden|0.97
p:gaat u|vervolgafspraak|-0.99
p:gaat u|bedanken|-1.0
p:gaat vanaf|bevelen|-0.87
p:gaat vanmiddag|parafrase|-0.98
p:gaat vanmiddag|bevelen|1.83
p:gaat vanzelf|interpreteren|0.94
p:gaat vanzelf|geruststellen|1.0
p:gaat vanzelf|afleiden|-0.5
p:gaat vast|etiketteren|-0.93
p:gaat vast|vervolgafspraak|-0.55
p:gaat vooral|open-vraag|-1.0
p:gaat zitten|gevoelsreflectie|-0.92
p:gaat zitten|samenvatting|-0.98
p:gaat zo|vervolgafspraak|-0.99
p:gaf aan|jij-boodschap|-0.72
p:gaf aan|open-vraag|0.91
p:gaf aan|bekritiseren|-0.91
p:gamen ?|bekritiseren|0.89
p:gamen ?|ondervragen|0.92
p:gamen terwijl|bekritiseren|0.83
p:gamet ?|bekritiseren|0.94
p:gamet als|bekritiseren|0.46
p:gamet en|ik-boodschap|0.99
p:gang gaan|bevelen|-0.94
p:gang gaan|bekritiseren|-0.9
p:gangpad staat|ik-boodschap|-0.92
p:gapen misschien|ik-boodschap|1.0
p:gapen misschien|jij-boodschap|-1.0
p:gapen misschien|gevoelsreflectie|-1.0
p:gapen misschien|adviseren|1.0
p:gapen misschien|bekritiseren|-1.0
p:gaten hij|samenvatting|0.64
p:gaten hij|afronding-aankondigen|0.99
p:gaten hij|bedanken|0.99
p:gebakken deze|bekritiseren|0.98
p:gebeld ?|bekritiseren|0.97
p:gebeld hadden|bekritiseren|0.51
p:gebeld worden|jij-boodschap|-0.86
p:gebeurd ?|open-vraag|0.93
p:gebeurd ?|geruststellen|0.76
p:gebeurd hoe|ik-boodschap|0.93
p:gebeurd hoe|jij-boodschap|-0.97
p:gebeurd in|ik-boodschap|-0.97
p:gebeurde ?|open-vraag|1.0
p:gebeurde er|afleiden|-0.99
p:gebeuren hoor|gevoelsreflectie|-0.78
p:gebeuren hoor|geruststellen|1.0
p:gebeurt als|ik-boodschap|-1.0
p:gebeurt als|samenvatting|-0.67
p:gebeurt als|adviseren|-1.0
p:gebeurt als|bekritiseren|-0.36
p:gebeurt ga|bekritiseren|0.31
p:gebeurt iedereen|geruststellen|0.99
p:gebeurt iedereen|afleiden|-0.63
p:gebeurt vooral|parafrase|-0.99
p:gebeurt vooral|samenvatting|0.99
p:gebracht werd|parafrase|0.85
p:gebruiken ?|open-vraag|-0.92
p:gebruikt in|bevelen|-0.86
p:gecontroleerd ?|prijzen|-0.98
p:gecontroleerd ?|ondervragen|0.98
p:gedaan ?|bekritiseren|-0.97
p:gedaan ?|ondervragen|0.97
p:gedaan met|geruststellen|-0.96
p:gedaan noor|bevelen|-0.91
p:gedacht aan|ondervragen|-0.95
p:gedacht om|afleiden|-0.99
p:gedoe in|bevelen|-0.97
p:gedoe in|argumenteren|-0.97
p:gedoe komt|open-vraag|-0.9
p:gedoe komt|geruststellen|-0.78
p:gedoe komt|afleiden|0.9
p:gedoe om|jij-boodschap|-0.99
p:gedoe om|bevelen|-0.99
p:gedraagt je|ik-boodschap|-0.99
p:gedraagt je|samenvatting|-0.99
p:gedraagt je|waarschuwen|-0.86
p:gedraagt tegenover|jij-boodschap|0.97
p:gedraagt tegenover|bekritiseren|0.97
p:gedraagt tegenover|prijzen|-0.97
p:gedraagt zich|bekritiseren|-0.97
p:gedrag als|jij-boodschap|1.0
p:gedrag in|argumenteren|-0.94
p:gedrag van|bekritiseren|-0.96
p:geduldige moeder|prijzen|0.87
p:geef me|bekritiseren|-0.82
p:geeft ?|open-vraag|-0.97
p:geeft aan|jij-boodschap|-1.0
p:geeft aan|parafrase|0.96
p:geeft u|bevelen|0.87
p:geen aandacht|ik-boodschap|-0.99
p:geen aandacht|samenvatting|-0.99
p:geen aandacht|waarschuwen|-0.86
p:geen antwoord|ik-boodschap|0.94
p:geen antwoord|argumenteren|-0.94
p:geen antwoord|interpreteren|-0.98
p:geen boeken|gevoelsreflectie|-0.97
p:geen cijfer|ik-boodschap|0.95
p:geen cijfer|jij-boodschap|-0.95
p:geen cijfer|bekritiseren|-0.95
p:geen enkel|ik-boodschap|0.95
p:geen enkel|jij-boodschap|1.0
p:geen enkel|moraliseren|-0.8
p:geen enkel|bekritiseren|0.82
p:geen enkele|ik-boodschap|1.81
p:geen enkele|jij-boodschap|-2.01
p:geen enkele|bekritiseren|-0.8
p:geen goede|moraliseren|-0.97
p:geen handige|bekritiseren|0.89
p:geen herkansing|gevoelsreflectie|0.63
p:geen herkansing|samenvatting|0.97
p:geen herkansing|argumenteren|0.91
p:geen herkansing|vervolgafspraak|0.63
p:geen meter|bekritiseren|0.82
p:geen moeite|bekritiseren|-3.08
p:geen probleem|parafrase|-0.82
p:geen probleem|prijzen|0.94
p:geen ruimte|bekritiseren|0.51
p:geen telefoons|bevelen|0.97
p:geen toetsen|ik-boodschap|0.91
p:geen uitzondering|prijzen|0.96
p:geen voldoende|argumenteren|0.98
p:geen vwo|argumenteren|0.99
p:geen woordjes|samenvatting|-0.94
p:geen zin|jij-boodschap|1.36
p:geen zin|open-vraag|0.99
p:geen zin|bekritiseren|1.54
p:geen zin|interpreteren|-0.69
p:geen zorgen|ik-boodschap|-1.0
p:geen zorgen|bevelen|-0.99
p:geen zorgen|adviseren|-0.15
p:geen zorgen|bekritiseren|-0.93
p:geen zorgen|interpreteren|-0.93
p:geen zorgen|geruststellen|0.82
p:gefrustreerd bent|geruststellen|-0.76
p:gegaan die|vervolgafspraak|-1.0
p:gehad hebt|gevoelsreflectie|0.91
p:gehad op|waarschuwen|-0.86
p:gehad over|ik-boodschap|-1.0
p:gehad over|jij-boodschap|-0.81
p:gehad over|gevoelsreflectie|-1.0
p:gehad over|samenvatting|1.7
p:gehad over|waarschuwen|-1.0
p:gehad over|bekritiseren|-0.94
p:gehad over|interpreteren|-1.0
p:gehad over|afronding-aankondigen|-0.98
p:gehad over|bedanken|-0.97
p:gek voor|geruststellen|-0.99
p:gekeken naar|jij-boodschap|0.86
p:gekeken naar|samenvatting|-0.63
p:gekomen ?|bekritiseren|-0.97
p:gekomen bent|gevoelsreflectie|-0.98
p:gekomen bent|prijzen|-0.97
p:gekomen bent|vervolgafspraak|-0.4
p:gekomen is|jij-boodschap|-0.98
p:gekomen is|samenvatting|0.98
p:gekomen is|vervolgafspraak|0.98
p:gekozen als|open-vraag|-0.91
p:gekozen wordt|ik-boodschap|1.0
p:gekwetst omdat|parafrase|0.99
p:gekwetst omdat|interpreteren|-0.7
p:gelezen ?|ondervragen|1.74
p:gelezen en|gevoelsreflectie|-0.8
p:gelezen en|bekritiseren|0.91
p:gelijk dat|open-vraag|-1.0
p:gelijk dat|argumenteren|-1.0
p:gelijk dat|afronding-aankondigen|-1.0
p:gelijk en|parafrase|0.93
p:gelijk en|argumenteren|0.93
p:geloof ik|gevoelsreflectie|0.99
p:geloof me|waarschuwen|-1.0
p:geloof me|argumenteren|-1.0
p:geloof me|geruststellen|1.0
p:geloof me|afleiden|-1.0
p:gelopen is|gevoelsreflectie|0.99
p:gelukt is|gevoelsreflectie|0.92
p:gemaakt dus|argumenteren|0.94
p:gemaakt hebt|parafrase|0.98
p:gemaakt hebt|geruststellen|-0.98
p:gemaakt maar|ik-boodschap|-1.0
p:gemaakt maar|prijzen|-1.0
p:gemaakt maar|afleiden|-1.0
p:gemaild en|interpreteren|-0.93
p:gemeld ?|parafrase|-0.93
p:gemeld ?|gevoelsreflectie|0.85
p:gemeld ?|aanmoediging|-0.93
p:gemeld en|ik-boodschap|-0.93
p:gemengde leerweg|adviseren|-0.92
p:gemiddeld een|ik-boodschap|-0.88
p:gemiddeld een|samenvatting|-0.88
p:gemiddeld een|argumenteren|0.88
p:gemiddeld kan|argumenteren|1.0
p:gemiddeld zo|argumenteren|0.99
p:gemiddelde voor|ik-boodschap|0.95
p:gemiddelde voor|jij-boodschap|-0.76
p:gemiddelde voor|bekritiseren|-0.81
p:gemist als|open-vraag|-0.99
p:gemist dus|argumenteren|0.98
p:gemist waardoor|ik-boodschap|0.95
p:gemotiveerd meneer|bekritiseren|-1.73
p:genoeg daarover|afleiden|0.94
p:genomen door|open-vraag|-0.98
p:genomen om|interpreteren|-0.93
p:genomen omdat|gevoelsreflectie|0.78
p:gepakt niet|samenvatting|-0.97
p:gepest bent|interpreteren|0.87
p:gepest wordt|parafrase|0.96
p:gepest wordt|gevoelsreflectie|-0.89
p:gepest wordt|interpreteren|0.96
p:gepraat over|afronding-aankondigen|0.77
p:geraakt dat|ik-boodschap|0.99
p:gerust een|geruststellen|-0.95
p:gerust even|aanmoediging|0.93
p:gerust wat|adviseren|0.96
p:geschiedenis dat|geruststellen|-0.96
p:geschrokken bent|gevoelsreflectie|1.0
p:geschrokken bent|samenvatting|-1.0
p:geschrokken bent|argumenteren|0.9
p:geschrokken dat|ik-boodschap|0.84
p:geschrokken van|ik-boodschap|0.93
p:gesprek ?|vervolgafspraak|0.95
p:gesprek afsluiten|afronding-aankondigen|0.77
p:gesprek echt|prijzen|-0.94
p:gesprek gekomen|afronding-aankondigen|1.0
p:gesprek gekomen|vervolgafspraak|-1.0
p:gesprek hier|samenvatting|0.64
p:gesprek hier|afronding-aankondigen|1.7
p:gesprek hier|vervolgafspraak|-0.76
p:gesprek hier|bedanken|0.99
p:gesprek hierbij|afronding-aankondigen|0.96
p:gesprek ik|afronding-aankondigen|-0.69
p:gesprek in|gevoelsreflectie|0.63
p:gesprek in|samenvatting|0.97
p:gesprek in|adviseren|-0.99
p:gesprek in|vervolgafspraak|0.63
p:gesprek in|bedanken|-1.98
p:gesprek inplannen|samenvatting|-0.95
p:gesprek inplannen|afronding-aankondigen|-0.8
p:gesprek met|vervolgafspraak|1.08
p:gesprek met|bedanken|-0.85
p:gesprek nu|afronding-aankondigen|1.98
p:gesprek nu|bedanken|-0.8
p:gesprek plannen|jij-boodschap|-1.53
p:gesprek plannen|bekritiseren|-0.49
p:gesprek plannen|ondervragen|0.9
p:gesprek was|bekritiseren|-0.91
p:gesprek we|afronding-aankondigen|0.94
p:gesprek zijn|gevoelsreflectie|-0.84
p:getik anders|waarschuwen|0.89
p:geval van|jij-boodschap|0.87
p:gevoel dat|gevoelsreflectie|-0.89
p:gevoel heeft|gevoelsreflectie|-0.85
p:gevolgen hebben|moraliseren|0.92
p:gewaarschuwd bij|waarschuwen|0.83
p:gewacht met|bekritiseren|0.72
p:geweest ik|gevoelsreflectie|0.99
p:geweest ik|aanmoediging|0.99
p:geweest toch|afleiden|-0.95
p:geweest voor|bedanken|-0.95
p:geweest was|bekritiseren|0.88
p:geweest zijn|gevoelsreflectie|0.83
p:geweldige inzet|bekritiseren|1.69
p:geweldige inzet|bedanken|-1.86
p:geweldige medewerking|bekritiseren|1.0
p:geweldige medewerking|afronding-aankondigen|-1.0
p:geweldige medewerking|bedanken|-1.0
p:gewend op|geruststellen|0.97
p:gewogen gemiddeld|argumenteren|0.99
p:gewoon aandacht|moraliseren|-0.8
p:gewoon bij|moraliseren|-0.92
p:gewoon bij|bekritiseren|-0.92
p:gewoon bovenop|bekritiseren|0.51
p:gewoon brutaal|bekritiseren|1.6
p:gewoon de|bekritiseren|0.6
p:gewoon de|interpreteren|0.94
p:gewoon doen|ik-boodschap|-1.0
p:gewoon doen|jij-boodschap|-1.0
p:gewoon doen|parafrase|-1.0
p:gewoon doen|gevoelsreflectie|-1.0
p:gewoon doen|samenvatting|-1.0
p:gewoon doen|open-vraag|-1.0
p:gewoon doen|aanmoediging|-1.0
p:gewoon doen|bevelen|1.0
p:gewoon doen|waarschuwen|-1.0
p:gewoon doen|moraliseren|-1.0
p:gewoon doen|adviseren|-1.0
p:gewoon doen|argumenteren|-1.0
p:gewoon doen|bekritiseren|-1.0
p:gewoon doen|prijzen|-1.0
p:gewoon doen|etiketteren|-1.0
p:gewoon doen|interpreteren|-1.0
p:gewoon doen|geruststellen|-1.0
p:gewoon doen|ondervragen|-1.0
p:gewoon doen|afleiden|-1.0
p:gewoon doen|afronding-aankondigen|-1.0
p:gewoon doen|vervolgafspraak|-1.0
p:gewoon doen|bedanken|-1.0
p:gewoon doordat|interpreteren|0.99
p:gewoon een|jij-boodschap|1.0
p:gewoon een|moraliseren|-1.0
p:gewoon een|adviseren|0.85
p:gewoon een|bekritiseren|-1.37
p:gewoon eerder|bekritiseren|0.91
p:gewoon eerlijk|gevoelsreflectie|0.51
p:gewoon elf|parafrase|0.93
p:gewoon elf|argumenteren|0.93
p:gewoon geen|jij-boodschap|2.0
p:gewoon geen|bekritiseren|-0.62
p:gewoon geen|interpreteren|-1.64
p:gewoon halen|bevelen|-0.79
p:gewoon halen|geruststellen|0.94
p:gewoon helemaal|bekritiseren|-2.77
p:gewoon in|argumenteren|-0.92
p:gewoon in|geruststellen|-0.89
p:gewoon jaloers|jij-boodschap|-0.75
p:gewoon jaloers|interpreteren|0.99
p:gewoon je|jij-boodschap|0.92
p:gewoon je|samenvatting|-0.92
p:gewoon je|bevelen|-0.92
p:gewoon je|bekritiseren|1.14
p:gewoon laten|bekritiseren|-0.89
p:gewoon leert|parafrase|0.98
p:gewoon leert|argumenteren|-0.85
p:gewoon lui|bekritiseren|-0.99
p:gewoon lui|etiketteren|0.91
p:gewoon lui|interpreteren|0.7
p:gewoon maar|bevelen|-0.94
p:gewoon maar|bekritiseren|-0.9
p:gewoon meer|moraliseren|1.0
p:gewoon met|adviseren|0.97
p:gewoon moeilijk|interpreteren|0.98
p:gewoon moeten|bekritiseren|0.26
p:gewoon naar|parafrase|-0.98
p:gewoon naar|bevelen|1.83
p:gewoon niet|ik-boodschap|-0.88
p:gewoon niet|jij-boodschap|-1.87
p:gewoon niet|moraliseren|2.8
p:gewoon niet|argumenteren|1.0
p:gewoon niet|bekritiseren|-0.76
p:gewoon niet|interpreteren|0.58
p:gewoon niet|geruststellen|-1.0
p:gewoon niet|ondervragen|-0.74
p:gewoon niets|bekritiseren|0.93
p:gewoon niks|bekritiseren|1.33
p:gewoon omdat|interpreteren|0.93
p:gewoon ongeïnteresseerd|bekritiseren|-1.67
p:gewoon op|argumenteren|0.91
p:gewoon rekenen|argumenteren|0.99
p:gewoon schandalig|bekritiseren|0.99
p:gewoon smoesjes|bekritiseren|-1.72
p:gewoon stress|argumenteren|-0.98
p:gewoon te|moraliseren|-0.98
p:gewoon te|bekritiseren|2.42
p:gewoon te|etiketteren|0.86
p:gewoon voor|moraliseren|0.92
p:gewoon wat|bevelen|0.99
p:gewoon wat|moraliseren|0.79
p:gewoon wat|prijzen|0.98
p:gewoon wat|geruststellen|0.99
p:gewoon weer|bevelen|-0.99
p:gewoon weg|bevelen|-0.99
p:gewoon wegzetten|bekritiseren|0.46
p:gewoon zitten|bekritiseren|-0.97
p:gewoon zo|waarschuwen|-0.98
p:gewoon zo|interpreteren|-0.95
p:gewoon zo|afleiden|-0.97
p:geworden ?|ondervragen|-0.92
p:geworden door|etiketteren|0.91
p:geworden door|interpreteren|0.7
p:gezakt hoe|ik-boodschap|0.84
p:gezegd ?|gevoelsreflectie|1.0
p:gezegd ?|samenvatting|-1.0
p:gezegd ?|ondervragen|0.99
p:gezegd best|ik-boodschap|-1.0
p:gezegd dat|etiketteren|-0.91
p:gezegd dus|afronding-aankondigen|-0.98
p:gezegd dus|vervolgafspraak|-0.98
p:gezegd een|ik-boodschap|-0.95
p:gezegd hebben|jij-boodschap|-0.85
p:gezegd stelt|jij-boodschap|0.93
p:gezegd stelt|moraliseren|-0.93
p:gezegd stelt|bekritiseren|0.93
p:gezegd wel|ik-boodschap|-0.79
p:gezegd word|gevoelsreflectie|-0.84
p:gezegd zorgen|ik-boodschap|0.99
p:gezien ?|bekritiseren|-0.99
p:gezien ?|ondervragen|-0.97
p:gezien ?|afleiden|0.99
p:gezien dat|jij-boodschap|-0.76
p:gezien dat|bekritiseren|-0.81
p:gezien voelt|parafrase|0.97
p:gezien voelt|interpreteren|0.99
p:gijs zijn|ik-boodschap|0.95
p:gijs zijn|vervolgafspraak|-0.95
p:ging dat|gevoelsreflectie|-0.81
p:ging dat|aanmoediging|0.96
p:ging en|vervolgafspraak|-0.99
p:ging het|ik-boodschap|-0.99
p:gisteren de|ik-boodschap|0.83
p:gisteren de|gevoelsreflectie|-0.47
p:gisteren de|geruststellen|-0.87
p:gisteren met|ik-boodschap|0.99
p:gisteren nog|ondervragen|-0.97
p:gisteren uit|ik-boodschap|0.83
p:goed als|waarschuwen|-0.75
p:goed begrijp|ik-boodschap|-0.94
p:goed begrijp|parafrase|1.92
p:goed begrijp|gevoelsreflectie|-0.2
p:goed begrijp|samenvatting|-0.98
p:goed begrijpen|geruststellen|-0.86
p:goed dat|ik-boodschap|-1.0
p:goed dat|jij-boodschap|-0.97
p:goed dat|gevoelsreflectie|-0.88
p:goed dat|open-vraag|-0.76
p:goed doet|parafrase|-1.0
p:goed doet|adviseren|-1.0
p:goed gaat|afleiden|-0.91
p:goed gedaan|geruststellen|-0.96
p:goed geloof|waarschuwen|-1.0
p:goed geloof|argumenteren|-1.0
p:goed geloof|geruststellen|1.0
p:goed geloof|afleiden|-1.0
p:goed genoeg|afleiden|0.94
p:goed helpen|open-vraag|0.9
p:goed hoe|open-vraag|-1.72
p:goed hoe|ondervragen|-0.92
p:goed hoe|afleiden|1.8
p:goed hoor|gevoelsreflectie|0.84
p:goed hoor|samenvatting|-0.97
p:goed hoor|bedanken|-0.95
p:goed iets|afleiden|0.88
p:goed in|jij-boodschap|-0.81
p:goed laten|samenvatting|-0.95
p:goed laten|afleiden|-0.95
p:goed laten|vervolgafspraak|-0.62
p:goed lesgeven|waarschuwen|-0.99
p:goed luisteren|afronding-aankondigen|0.98
p:goed luisteren|bedanken|-0.98
p:goed mee|parafrase|-0.82
p:goed mee|prijzen|0.94
p:goed om|samenvatting|-0.99
p:goed om|argumenteren|-0.89
p:goed op|samenvatting|1.0
p:goed op|open-vraag|1.0
p:goed samenvat|parafrase|0.96
p:goed samenvat|samenvatting|0.86
p:goed snap|parafrase|0.98
p:goed snap|samenvatting|-0.98
p:goed te|jij-boodschap|0.86
p:goed te|samenvatting|-0.63
p:goed u|parafrase|0.99
p:goed u|prijzen|0.97
p:goed u|afleiden|-0.97
p:goed wat|afronding-aankondigen|-0.98
p:goed wat|vervolgafspraak|-0.98
p:goede cijfers|moraliseren|-0.97
p:goede ouder|moraliseren|0.99
p:goede uitkomst|gevoelsreflectie|-0.84
p:goede voorbeeld|moraliseren|0.9
p:goede voorbeeld|adviseren|-0.9
p:goedemiddag mevrouw|bekritiseren|0.94
p:graag een|parafrase|-0.96
p:graag een|samenvatting|-0.93
p:graag met|vervolgafspraak|-0.64
p:graag verder|afronding-aankondigen|-0.83
p:grammatica overslaat|ik-boodschap|0.9
p:grapjes maakt|interpreteren|1.63
p:grens op|interpreteren|0.94
p:grenzen hoort|bekritiseren|0.83
p:grijpen thuis|bekritiseren|0.46
p:groeit hij|geruststellen|0.92
p:groep 8|ik-boodschap|-0.9
p:groep laten|ik-boodschap|0.98
p:groepsopdracht steeds|gevoelsreflectie|-0.92
p:grote held|etiketteren|0.99
p:grote mond|bekritiseren|0.89
p:grote zorgen|gevoelsreflectie|1.0
p:grote zorgen|geruststellen|-1.0
p:gym steeds|ik-boodschap|1.0
p:gymdocent en|samenvatting|-0.94
p:gymdocent gaf|jij-boodschap|-0.72
p:gymdocent gaf|open-vraag|0.91
p:gymdocent gaf|bekritiseren|-0.91
p:gymles is|ik-boodschap|1.89
p:gymles is|gevoelsreflectie|0.81
p:gymles te|gevoelsreflectie|0.76
p:gymles te|samenvatting|-0.97
p:gymspullen vergeet|ik-boodschap|-0.88
p:gymspullen vergeten|ik-boodschap|-0.94
p:gymzaal ?|afleiden|-0.99
p:haal hem|waarschuwen|-0.98
p:haal ik|waarschuwen|0.98
p:haalde gemiddeld|ik-boodschap|-0.88
p:haalde gemiddeld|samenvatting|-0.88
p:haalde gemiddeld|argumenteren|0.88
p:haalt die|etiketteren|-1.0
p:haalt die|geruststellen|1.88
p:haalt geen|argumenteren|0.98
p:haalt het|geruststellen|0.96
p:haalt hij|jij-boodschap|-0.22
p:haalt hij|moraliseren|-0.91
p:haalt hij|argumenteren|-0.91
p:haalt hij|bekritiseren|-0.97
p:haalt hij|geruststellen|0.99
p:haalt lage|samenvatting|0.93
p:haalt wel|geruststellen|-0.92
p:haalt wel|afleiden|0.92
p:haalt ze|geruststellen|-0.91
p:haar ?|ik-boodschap|0.93
p:haar cijfer|ik-boodschap|0.95
p:haar diploma|geruststellen|-0.91
p:haar eens|jij-boodschap|-1.0
p:haar eens|bevelen|-1.0
p:haar eens|adviseren|1.0
p:haar en|samenvatting|-0.99
p:haar en|aanmoediging|-0.99
p:haar hoor|gevoelsreflectie|1.0
p:haar hoor|geruststellen|-1.0
p:haar hoor|ondervragen|0.99
p:haar huiswerk|jij-boodschap|-1.0
p:haar huiswerk|open-vraag|0.9
p:haar huiswerk|bevelen|-1.0
p:haar huiswerk|adviseren|1.0
p:haar klasgenoten|samenvatting|-0.98
p:haar koptelefoon|open-vraag|-0.9
p:haar naar|ik-boodschap|0.98
p:haar naar|prijzen|-0.97
p:haar naar|geruststellen|0.97
p:haar niet|open-vraag|0.9
p:haar ook|waarschuwen|-0.97
p:haar ook|ondervragen|-0.97
p:haar op|bekritiseren|-2.26
p:haar oude|interpreteren|0.94
p:haar slaap|samenvatting|0.67
p:haar slaap|open-vraag|0.99
p:haar spullen|ik-boodschap|0.98
p:haar spullen|argumenteren|-0.98
p:haar spullen|afronding-aankondigen|-1.0
p:haar stiefvader|samenvatting|-0.99
p:haar stiefvader|aanmoediging|-0.99
p:haar telefoon|adviseren|0.92
p:haar telefoon|bekritiseren|-1.11
p:haar telefoon|etiketteren|-0.98
p:haar toetsen|open-vraag|-0.75
p:haar veel|jij-boodschap|1.0
p:haar veel|bekritiseren|-1.75
p:haar vragen|waarschuwen|-0.97
p:haar vragen|ondervragen|-0.97
p:haar vriendinnen|ik-boodschap|-0.96
p:haar vriendinnen|prijzen|-0.79
p:haar zeggen|gevoelsreflectie|0.51
p:haar zo|interpreteren|0.87
p:had als|bekritiseren|0.94
p:had dat|bekritiseren|0.26
p:had gebeld|bekritiseren|0.51
p:had gemaakt|ik-boodschap|-1.0
p:had gemaakt|prijzen|-1.0
p:had gemaakt|afleiden|-1.0
p:had gewoon|parafrase|0.93
p:had gewoon|argumenteren|0.93
p:had je|parafrase|0.98
p:had je|samenvatting|-0.98
p:had je|argumenteren|0.97
p:had laten|parafrase|0.83
p:had u|aanmoediging|-1.0
p:had u|bekritiseren|-0.75
p:had u|vervolgafspraak|-0.76
p:hadden afgesproken|vervolgafspraak|-1.0
p:hadden veel|bekritiseren|1.0
p:hadden we|bekritiseren|0.51
p:halen als|prijzen|0.97
p:halen let|bevelen|-0.79
p:halen let|geruststellen|0.94
p:half een|aanmoediging|-0.99
p:half een|moraliseren|-0.99
p:half een|afronding-aankondigen|0.99
p:half een|vervolgafspraak|0.99
p:half een|bedanken|0.99
p:half maakt|open-vraag|-0.98
p:half negen|samenvatting|0.64
p:half negen|bevelen|0.7
p:half negen|afronding-aankondigen|0.99
p:half negen|bedanken|0.99
p:half uur|moraliseren|-0.9
p:half vier|bedanken|-0.94
p:hamza je|samenvatting|-0.97
p:hand hoor|geruststellen|0.91
p:hand is|jij-boodschap|0.81
p:hand is|bekritiseren|0.81
p:hand is|geruststellen|-0.93
p:handige keuze|bekritiseren|0.89
p:hard aub|bevelen|0.97
p:hard werkt|open-vraag|-0.75
p:havo ?|parafrase|0.99
p:havo kosten|waarschuwen|0.91
p:he wat|bekritiseren|-0.47
p:he wat|etiketteren|-0.94
p:heb alle|aanmoediging|0.97
p:heb alle|bevelen|-0.97
p:heb gemeld|ik-boodschap|-0.93
p:heb gestuurd|parafrase|0.99
p:heb gezien|jij-boodschap|-0.76
p:heb gezien|bekritiseren|-0.81
p:heb hem|aanmoediging|-0.97
p:heb het|argumenteren|0.85
p:heb het|interpreteren|1.63
p:heb hier|afleiden|-0.91
p:heb ik|ik-boodschap|0.97
p:heb ik|jij-boodschap|-0.95
p:heb ik|waarschuwen|-0.96
p:heb ik|bekritiseren|-0.95
p:heb ik|interpreteren|-0.98
p:heb je|ik-boodschap|-0.88
p:heb je|open-vraag|-0.99
p:heb je|waarschuwen|-1.0
p:heb je|moraliseren|0.91
p:heb je|argumenteren|-0.91
p:heb je|geruststellen|-0.96
p:heb je|ondervragen|1.01
p:heb jij|open-vraag|0.99
p:heb jij|moraliseren|-0.99
p:heb jij|ondervragen|-0.99
p:heb niet|etiketteren|-0.91
p:heb u|argumenteren|0.87
p:heb u|interpreteren|-0.93
p:heb u|vervolgafspraak|-0.97
p:heb uw|gevoelsreflectie|-0.8
p:heb uw|bekritiseren|0.91
p:hebben als|moraliseren|0.92
p:hebben daar|afleiden|0.96
p:hebben de|afronding-aankondigen|0.96
p:hebben dezelfde|aanmoediging|-0.86
p:hebben die|bekritiseren|0.21
p:hebben een|geruststellen|0.95
p:hebben een|afronding-aankondigen|-0.99
p:hebben gepraat|afronding-aankondigen|0.77
p:hebben hem|etiketteren|-0.97
p:hebben het|ik-boodschap|-1.0
p:hebben het|jij-boodschap|-0.81
p:hebben het|gevoelsreflectie|-1.0
p:hebben het|samenvatting|1.7
p:hebben het|waarschuwen|-1.0
p:hebben het|bekritiseren|-0.94
p:hebben het|interpreteren|-1.0
p:hebben het|afronding-aankondigen|-0.98
p:hebben het|bedanken|-0.97
p:hebben jullie|afleiden|-0.96
p:hebben meer|jij-boodschap|-0.85
p:hebben nu|ik-boodschap|-0.97
p:hebben nu|samenvatting|0.97
p:hebben nu|bevelen|-0.92
p:hebben nu|moraliseren|0.93
p:hebben nu|afronding-aankondigen|-0.7
p:hebben over|samenvatting|-0.86
p:hebben vorige|jij-boodschap|0.86
p:hebben vorige|samenvatting|-0.63
p:hebben wat|bevelen|-0.92
p:hebben wat|afleiden|0.91
p:hebben we|etiketteren|0.99
p:hebben we|afleiden|-0.84
p:hebben ze|geruststellen|-0.83
p:hebben ze|afleiden|0.99
p:hebt ?|bekritiseren|1.0
p:hebt ?|etiketteren|-1.0
p:hebt deze|ik-boodschap|0.94
p:hebt deze|gevoelsreflectie|-0.94
p:hebt er|bekritiseren|-1.4
p:hebt gedaan|bevelen|-0.91
p:hebt geslagen|waarschuwen|-0.98
p:hebt in|interpreteren|0.95
p:hebt maar|parafrase|0.98
p:hebt maar|geruststellen|-0.98
p:hebt met|gevoelsreflectie|0.91
p:hebt morgen|jij-boodschap|-0.86
p:hebt morgen|prijzen|-1.0
p:hebt morgen|vervolgafspraak|-1.0
p:hebt nergens|jij-boodschap|0.97
p:hebt nergens|samenvatting|-0.97
p:hebt nergens|bekritiseren|0.97
p:hebt sara|gevoelsreflectie|0.79
p:hebt uitgelachen|ik-boodschap|1.87
p:hebt uitgelachen|gevoelsreflectie|-1.6
p:heeft bij|ik-boodschap|0.97
p:heeft daardoor|interpreteren|-0.98
p:heeft dat|gevoelsreflectie|-0.85
p:heeft dat|bekritiseren|-0.99
p:heeft dat|geruststellen|0.99
p:heeft dat|afleiden|-1.51
p:heeft de|ik-boodschap|0.95
p:heeft de|etiketteren|-0.87
p:heeft de|afronding-aankondigen|-0.98
p:heeft de|vervolgafspraak|-0.98
p:heeft die|bekritiseren|-1.1
p:heeft drie|bekritiseren|-0.96
p:heeft een|bekritiseren|0.89
p:heeft er|bekritiseren|0.51
p:heeft finn|parafrase|0.98
p:heeft finn|gevoelsreflectie|-0.98
p:heeft finn|samenvatting|-0.98
p:heeft gebeld|parafrase|0.93
p:heeft gebeld|samenvatting|-1.0
p:heeft gebeld|moraliseren|-1.0
p:heeft gebeld|bekritiseren|-0.93
p:heeft geen|gevoelsreflectie|-0.97
p:heeft geen|moraliseren|-0.8
p:heeft gehouden|gevoelsreflectie|0.89
p:heeft gehouden|bedanken|-0.95
p:heeft gelijk|open-vraag|-1.0
p:heeft gelijk|argumenteren|-1.0
p:heeft gelijk|afronding-aankondigen|-1.0
p:heeft gemaakt|argumenteren|0.94
p:heeft gevolgen|waarschuwen|0.95
p:heeft hamza|samenvatting|-0.97
p:heeft helemaal|jij-boodschap|-0.93
p:heeft hem|bevelen|-0.84
p:heeft hem|bekritiseren|-0.72
p:heeft het|gevoelsreflectie|-0.89
p:heeft het|argumenteren|0.99
p:heeft het|bekritiseren|0.89
p:heeft hij|gevoelsreflectie|1.0
p:heeft hij|samenvatting|-1.0
p:heeft hij|argumenteren|0.98
p:heeft hij|ondervragen|1.0
p:heeft hoort|open-vraag|-0.9
p:heeft in|open-vraag|0.99
p:heeft ingeleverd|ik-boodschap|0.95
p:heeft ingeleverd|jij-boodschap|-0.76
p:heeft ingeleverd|bekritiseren|-0.81
p:heeft ingelicht|gevoelsreflectie|1.87
p:heeft kan|vervolgafspraak|0.91
p:heeft me|ik-boodschap|0.99
p:heeft met|ik-boodschap|-0.97
p:heeft met|samenvatting|0.97
p:heeft met|interpreteren|0.97
p:heeft moeite|geruststellen|-0.76
p:heeft moeite|bedanken|0.91
p:heeft naar|interpreteren|0.94
p:heeft nooit|waarschuwen|-0.86
p:heeft nooit|interpreteren|-0.93
p:heeft nu|open-vraag|-0.99
p:heeft op|jij-boodschap|0.97
p:heeft op|bekritiseren|1.77
p:heeft overal|jij-boodschap|1.8
p:heeft overal|gevoelsreflectie|-0.81
p:heeft overal|bekritiseren|2.09
p:heeft ruzie|samenvatting|0.99
p:heeft ruzie|argumenteren|-0.99
p:heeft sinds|ik-boodschap|0.86
p:heeft sinds|jij-boodschap|-0.92
p:heeft sinds|bekritiseren|-0.92
p:heeft ties|parafrase|-1.0
p:heeft ties|open-vraag|1.0
p:heeft u|ik-boodschap|-0.94
p:heeft u|jij-boodschap|-0.98
p:heeft u|parafrase|-0.98
p:heeft u|gevoelsreflectie|0.85
p:heeft u|aanmoediging|-0.93
p:heeft u|adviseren|-0.94
p:heeft u|prijzen|-0.98
p:heeft u|ondervragen|0.97
p:heeft veel|bekritiseren|0.72
p:heeft voor|argumenteren|-1.82
p:heeft vorige|parafrase|-0.97
p:heeft vorige|bekritiseren|-0.8
p:heeft weinig|samenvatting|0.93
p:heel alleen|gevoelsreflectie|1.54
p:heel anders|afleiden|0.97
p:heel behulpzaam|bekritiseren|0.99
p:heel behulpzaam|bedanken|-1.84
p:heel behulpzame|gevoelsreflectie|-0.9
p:heel consequent|gevoelsreflectie|-0.84
p:heel fijn|prijzen|-0.99
p:heel hoofdstuk|waarschuwen|-0.85
p:heel hoofdstuk|interpreteren|-0.99
p:heel machteloos|gevoelsreflectie|0.96
p:heel normaal|geruststellen|0.95
p:heel onbeleefd|jij-boodschap|0.97
p:heel onbeleefd|bekritiseren|0.97
p:heel onbeleefd|prijzen|-0.97
p:heel onhandig|bekritiseren|0.97
p:heel simpel|argumenteren|0.98
p:heel veel|ik-boodschap|0.95
p:heel veel|jij-boodschap|-1.0
p:heel verdrietig|gevoelsreflectie|0.99
p:heel verdrietig|aanmoediging|0.99
p:heel wijze|prijzen|0.94
p:heen ?|gevoelsreflectie|0.91
p:heen dus|vervolgafspraak|1.0
p:heft zich|bekritiseren|0.96
p:heimwee heeft|interpreteren|0.94
p:hek afzet|bevelen|0.92
p:helaas een|argumenteren|-0.93
p:held weer|etiketteren|0.99
p:hele groep|ik-boodschap|0.98
p:hele klas|ik-boodschap|0.83
p:hele klas|parafrase|0.93
p:hele klas|gevoelsreflectie|-0.47
p:hele klas|argumenteren|0.93
p:hele klas|bekritiseren|-0.2
p:hele klas|geruststellen|-0.87
p:hele probleem|bekritiseren|0.96
p:hele sectie|etiketteren|0.9
p:hele tijd|bevelen|0.92
p:hele tijd|bekritiseren|0.85
p:hele verhaal|bekritiseren|-1.73
p:hele week|vervolgafspraak|-0.99
p:helemaal achter|waarschuwen|0.95
p:helemaal dichtklapt|gevoelsreflectie|0.81
p:helemaal dichtklapt|open-vraag|0.76
p:helemaal gehad|gevoelsreflectie|0.91
p:helemaal gewend|geruststellen|0.97
p:helemaal goed|parafrase|-0.99
p:helemaal goed|gevoelsreflectie|0.18
p:helemaal goed|bevelen|-0.99
p:helemaal goed|geruststellen|0.99
p:helemaal klaar|bekritiseren|-0.98
p:helemaal niet|etiketteren|-0.95
p:helemaal niet|geruststellen|-0.95
p:helemaal niets|jij-boodschap|-0.93
p:helemaal niets|bekritiseren|0.95
p:helemaal niks|bekritiseren|-2.59
p:helikopterouder weer|afleiden|-0.84
p:helpen ?|gevoelsreflectie|0.94
p:helpen ?|open-vraag|0.98
p:helpen als|moraliseren|-0.9
p:helpen als|adviseren|0.99
p:helpen en|open-vraag|0.9
p:helpen om|ik-boodschap|0.94
p:helpen om|gevoelsreflectie|-0.94
p:helpen om|bekritiseren|-0.25
p:helpt echt|jij-boodschap|-1.0
p:helpt echt|bekritiseren|1.0
p:helpt vaak|adviseren|0.93
p:hem ?|ik-boodschap|-0.95
p:hem ?|gevoelsreflectie|0.83
p:hem ?|afleiden|-0.9
p:hem af|ik-boodschap|-0.85
p:hem af|waarschuwen|0.99
p:hem bespreken|ik-boodschap|0.95
p:hem bespreken|vervolgafspraak|-0.95
p:hem blijkt|bedanken|-0.85
p:hem dan|bekritiseren|0.97
p:hem de|adviseren|0.93
p:hem dwingen|bevelen|0.89
p:hem dwingen|bekritiseren|-0.89
p:hem een|parafrase|-1.0
p:hem een|waarschuwen|-0.75
p:hem een|adviseren|1.0
p:hem gaat|bekritiseren|0.84
p:hem geen|bekritiseren|0.51
p:hem gerust|adviseren|0.96
p:hem gewoon|adviseren|0.85
p:hem gewoon|argumenteren|0.91
p:hem gewoon|prijzen|0.98
p:hem gewoon|interpreteren|-0.93
p:hem in|ik-boodschap|-0.94
p:hem in|adviseren|-0.95
p:hem laten|jij-boodschap|-0.98
p:hem los|bekritiseren|-0.76
p:hem los|interpreteren|0.98
p:hem mee|ik-boodschap|0.94
p:hem mee|gevoelsreflectie|-0.94
p:hem mee|waarschuwen|-0.98
p:hem minder|adviseren|0.9
p:hem moeten|bevelen|0.99
p:hem morgen|bevelen|0.98
p:hem niet|ik-boodschap|-1.0
p:hem niet|waarschuwen|0.94
p:hem niet|adviseren|1.0
p:hem niet|argumenteren|-1.0
p:hem niet|prijzen|-1.0
p:hem niet|ondervragen|-1.0
p:hem niet|afleiden|-1.0
p:hem nog|parafrase|-0.96
p:hem nog|bevelen|0.86
p:hem nog|adviseren|-0.95
p:hem om|bevelen|0.92
p:hem op|adviseren|-0.98
p:hem over|samenvatting|0.95
p:hem over|bedanken|0.95
p:hem overal|bevelen|-0.84
p:hem overal|bekritiseren|-0.72
p:hem straks|waarschuwen|0.91
p:hem te|moraliseren|-0.91
p:hem te|bekritiseren|-0.83
p:hem thuis|bevelen|-0.94
p:hem thuis|bekritiseren|-0.89
p:hem thuis|interpreteren|0.93
p:hem tot|bekritiseren|0.83
p:hem u|adviseren|0.96
p:hem vandaag|aanmoediging|-0.97
p:hem vandaag|waarschuwen|-0.98
p:hem veel|bekritiseren|0.82
p:hem veel|etiketteren|-0.97
p:hem veel|interpreteren|-0.65
p:hem voor|ik-boodschap|0.95
p:hem voor|jij-boodschap|-0.95
p:hem voor|bekritiseren|-0.95
p:hem wat|open-vraag|-0.97
p:hem wat|interpreteren|-0.92
p:hem zo|open-vraag|0.95
p:hem zo|ondervragen|0.92
p:herfstvakantie geen|ik-boodschap|0.86
p:herfstvakantie geen|jij-boodschap|-0.92
p:herfstvakantie geen|bekritiseren|-0.92
p:herfstvakantie heb|ik-boodschap|0.95
p:herfstvakantie heb|jij-boodschap|-0.95
p:herfstvakantie heb|bekritiseren|-0.95
p:herkansing en|gevoelsreflectie|0.63
p:herkansing en|samenvatting|0.97
p:herkansing en|vervolgafspraak|0.63
p:herkansing gemist|ik-boodschap|0.95
p:herkansing heus|etiketteren|-1.0
p:herkansing heus|geruststellen|1.88
p:herkansing stond|ondervragen|-0.74
p:herkansing was|parafrase|1.0
p:herkansing was|gevoelsreflectie|-0.85
p:herkansing was|bedanken|-1.0
p:het 's|vervolgafspraak|-0.91
p:het aan|parafrase|0.99
p:het aan|samenvatting|0.88
p:het aan|open-vraag|-0.99
p:het advies|adviseren|-0.92
p:het al|bekritiseren|0.96
p:het allemaal|jij-boodschap|1.0
p:het allemaal|samenvatting|-1.0
p:het allemaal|bekritiseren|1.0
p:het altijd|bekritiseren|-2.26
p:het anders|adviseren|0.93
p:het arabisch|waarschuwen|-0.98
p:het avondeten|open-vraag|-0.99
p:het begon|parafrase|-0.99
p:het begon|samenvatting|0.99
p:het begon|open-vraag|-1.0
p:het belangrijkste|parafrase|1.0
p:het belangrijkste|bekritiseren|-1.0
p:het bericht|parafrase|0.98
p:het bericht|gevoelsreflectie|-0.98
p:het bericht|samenvatting|-0.98
p:het besluit|vervolgafspraak|0.74
p:het beste|open-vraag|-0.92
p:het beste|adviseren|0.95
p:het beste|argumenteren|-0.92
p:het beste|geruststellen|-0.95
p:het bij|parafrase|0.98
p:het bij|argumenteren|-0.85
p:het cijfer|parafrase|0.93
p:het cijfer|argumenteren|0.93
p:het contact|waarschuwen|-0.94
p:het daar|ik-boodschap|-0.95
p:het daar|argumenteren|-0.99
p:het daar|geruststellen|-0.99
p:het daar|afleiden|0.99
p:het dat|jij-boodschap|0.91
p:het dat|bekritiseren|1.0
p:het dat|etiketteren|-1.0
p:het dat|bedanken|0.96
p:het derde|ik-boodschap|0.93
p:het derde|jij-boodschap|-0.39
p:het deze|ik-boodschap|-0.99
p:het doet|ik-boodschap|0.88
p:het doet|samenvatting|-0.98
p:het echt|ik-boodschap|2.74
p:het echt|bekritiseren|-0.98
p:het eerste|geruststellen|-1.0
p:het eerste|vervolgafspraak|1.0
p:het eigenlijk|ik-boodschap|-0.9
p:het eigenlijk|afleiden|0.94
p:het eind|ik-boodschap|-0.85
p:het eind|waarschuwen|0.99
p:het einde|ik-boodschap|-0.95
p:het einde|afleiden|0.95
p:het einde|afronding-aankondigen|1.0
p:het einde|vervolgafspraak|-1.0
p:het eng|gevoelsreflectie|0.51
p:het engels|jij-boodschap|-0.91
p:het er|gevoelsreflectie|0.79
p:het er|bekritiseren|-0.82
p:het er|afleiden|-0.91
p:het even|samenvatting|0.94
p:het examenreglement|argumenteren|0.91
p:het formulier|bekritiseren|-0.8
p:het gaat|parafrase|-1.09
p:het gaat|samenvatting|1.69
p:het gaat|open-vraag|-1.0
p:het gaat|moraliseren|-0.99
p:het gaat|adviseren|0.99
p:het gaat|bekritiseren|-1.0
p:het gaat|afleiden|-0.96
p:het gaat|afronding-aankondigen|-1.0
p:het gaat|vervolgafspraak|2.21
p:het gaat|bedanken|-0.16
p:het gangpad|ik-boodschap|-0.92
p:het gebeurt|parafrase|-0.99
p:het gebeurt|samenvatting|0.99
p:het gebracht|parafrase|0.85
p:het gedoe|aanmoediging|-0.99
p:het gedoe|bevelen|-0.97
p:het gedoe|argumenteren|-0.97
p:het gedoe|bedanken|-0.99
p:het gedrag|argumenteren|-0.94
p:het gehad|ik-boodschap|-1.0
p:het gehad|samenvatting|1.0
p:het gehad|waarschuwen|-1.0
p:het gehad|interpreteren|-1.0
p:het gehad|bedanken|-0.97
p:het gelukt|gevoelsreflectie|0.92
p:het gesprek|afronding-aankondigen|2.87
p:het gesprek|vervolgafspraak|0.11
p:het gesprek|bedanken|1.17
p:het gevoel|gevoelsreflectie|-1.74
p:het gewoon|gevoelsreflectie|0.51
p:het gewoon|interpreteren|0.98
p:het goed|ik-boodschap|-1.0
p:het goed|parafrase|1.94
p:het goed|samenvatting|-0.72
p:het goed|open-vraag|1.0
p:het goed|adviseren|-1.0
p:het goed|afleiden|-0.91
p:het goede|moraliseren|0.9
p:het goede|adviseren|-0.9
p:het goedkomt|geruststellen|0.81
p:het hebben|samenvatting|-0.86
p:het heeft|ik-boodschap|0.99
p:het hek|bevelen|0.92
p:het hele|bekritiseren|-0.77
p:het helemaal|gevoelsreflectie|0.91
p:het helpt|adviseren|0.93
p:het hem|bekritiseren|0.46
p:het hem|interpreteren|-0.65
p:het hier|ik-boodschap|-0.95
p:het hier|argumenteren|0.85
p:het hier|afronding-aankondigen|2.43
p:het hoort|waarschuwen|-0.98
p:het hoort|interpreteren|-0.95
p:het huiswerk|samenvatting|0.97
p:het huiswerk|open-vraag|0.9
p:het huiswerk|aanmoediging|-0.93
p:het huiswerk|moraliseren|0.99
p:het huiswerk|bekritiseren|-0.46
p:het huiswerk|geruststellen|-0.98
p:het huiswerk|bedanken|0.91
p:het idee|interpreteren|1.63
p:het in|argumenteren|0.7
p:het in|afleiden|-0.96
p:het interesseert|bekritiseren|0.62
p:het is|ik-boodschap|-0.98
p:het is|jij-boodschap|-0.19
p:het is|moraliseren|1.81
p:het is|adviseren|-0.98
p:het is|argumenteren|-0.92
p:het is|bekritiseren|-0.87
p:het is|prijzen|-1.0
p:het is|interpreteren|-1.0
p:het is|afleiden|-0.27
p:het is|bedanken|-0.95
p:het jammer|interpreteren|-0.94
p:het jammer|geruststellen|-0.94
p:het je|gevoelsreflectie|1.0
p:het je|samenvatting|-1.0
p:het kamp|open-vraag|-1.0
p:het kamp|afleiden|0.91
p:het klopt|argumenteren|1.0
p:het komt|open-vraag|0.93
p:het komt|waarschuwen|-1.0
p:het komt|adviseren|0.96
p:het komt|argumenteren|-1.0
p:het komt|bekritiseren|-0.93
p:het komt|interpreteren|0.99
p:het komt|geruststellen|2.65
p:het komt|afleiden|-1.86
p:het kunnen|bekritiseren|0.51
p:het langst|moraliseren|0.96
p:het lastig|gevoelsreflectie|-0.8
p:het lastig|bekritiseren|0.96
p:het leven|bevelen|-0.85
p:het leven|moraliseren|0.77
p:het liever|afleiden|0.91
p:het lijkt|samenvatting|-0.99
p:het lijkt|bekritiseren|-1.0
p:het lijkt|etiketteren|-0.98
p:het lijkt|interpreteren|-1.0
p:het lijkt|geruststellen|1.0
p:het lijkt|vervolgafspraak|-1.0
p:het luchtig|afronding-aankondigen|-0.71
p:het lukt|parafrase|-0.96
p:het maakt|parafrase|-0.98
p:het maar|aanmoediging|1.85
p:het meedenken|vervolgafspraak|1.0
p:het meedenken|bedanken|1.0
p:het meest|open-vraag|0.98
p:het meest|aanmoediging|-0.98
p:het meest|bedanken|-0.98
p:het met|open-vraag|-0.82
p:het met|bekritiseren|0.84
p:het met|interpreteren|-0.96
p:het met|afleiden|0.85
p:het met|vervolgafspraak|-0.99
p:het mij|ondervragen|-0.99
p:het minste|moraliseren|0.97
p:het mis|argumenteren|0.99
p:het misging|gevoelsreflectie|-0.91
p:het moeilijk|interpreteren|0.97
p:het naar|bedanken|-0.85
p:het niet|samenvatting|-1.0
p:het niet|moraliseren|-1.0
p:het niet|bekritiseren|-0.25
p:het niet|interpreteren|1.63
p:het niet|geruststellen|-1.0
p:het niet|afronding-aankondigen|-0.78
p:het nieuwe|open-vraag|-0.96
p:het nieuwe|afleiden|0.96
p:het nog|samenvatting|0.93
p:het normaal|jij-boodschap|1.0
p:het normaal|adviseren|-1.0
p:het normaal|bekritiseren|1.0
p:het nu|jij-boodschap|-0.81
p:het nu|gevoelsreflectie|-0.17
p:het nu|bekritiseren|-0.94
p:het nu|afleiden|-0.9
p:het nu|afronding-aankondigen|-0.98
p:het nu|bedanken|0.85
p:het oké|bekritiseren|0.94
p:het om|ik-boodschap|-0.87
p:het om|samenvatting|0.94
p:het om|bekritiseren|0.48
p:het om|vervolgafspraak|-0.95
p:het onrustig|ik-boodschap|-0.92
p:het onrustig|parafrase|-0.96
p:het op|bekritiseren|-0.82
p:het op|afleiden|0.93
p:het over|samenvatting|-0.95
p:het over|vervolgafspraak|-0.62
p:het pesten|jij-boodschap|-0.86
p:het plannen|bekritiseren|-0.97
p:het plannen|afronding-aankondigen|-0.78
p:het prima|bekritiseren|0.89
p:het prima|geruststellen|1.82
p:het probleem|parafrase|0.97
p:het probleem|samenvatting|-0.87
p:het probleem|interpreteren|0.9
p:het probleem|ondervragen|-1.0
p:het programma|afleiden|-0.85
p:het protocol|argumenteren|-1.54
p:het pta|argumenteren|0.97
p:het raakt|ik-boodschap|1.0
p:het raakt|moraliseren|-0.77
p:het randje|bevelen|-1.0
p:het randje|waarschuwen|1.0
p:het rapport|ik-boodschap|0.95
p:het rapport|waarschuwen|-1.0
p:het rapport|geruststellen|-0.88
p:het reglement|argumenteren|0.91
p:het rooster|afleiden|-0.91
p:het samenvat|parafrase|-0.17
p:het samenvat|gevoelsreflectie|-0.8
p:het samenvat|samenvatting|0.4
p:het samenvat|vervolgafspraak|-0.99
p:het schoolplein|afleiden|0.91
p:het schoolreisje|bevelen|-0.97
p:het schoolreisje|argumenteren|-0.97
p:het slapen|samenvatting|0.96
p:het slim|adviseren|0.92
p:het staat|argumenteren|0.97
p:het staat|geruststellen|-0.89
p:het te|parafrase|-0.99
p:het te|gevoelsreflectie|-0.8
p:het te|samenvatting|0.99
p:het te|interpreteren|0.93
p:het te|vervolgafspraak|-0.99
p:het tegenovergestelde|jij-boodschap|0.93
p:het tegenovergestelde|moraliseren|-0.93
p:het tegenovergestelde|bekritiseren|0.93
p:het tenminste|afleiden|0.96
p:het thuis|samenvatting|-0.92
p:het thuis|open-vraag|-1.0
p:het thuis|geruststellen|-0.86
p:het tijd|bedanken|-1.0
p:het toch|ik-boodschap|0.75
p:het toch|parafrase|-1.0
p:het toch|gevoelsreflectie|0.85
p:het toch|interpreteren|-0.65
p:het toch|bedanken|1.0
p:het toen|open-vraag|0.76
p:het tussen|ik-boodschap|1.0
p:het tussen|open-vraag|0.83
p:het tussen|adviseren|-1.0
p:het u|gevoelsreflectie|0.98
p:het u|bedanken|0.98
p:het uit|bevelen|0.87
p:het valt|ik-boodschap|-0.9
p:het vast|parafrase|-0.82
p:het vast|waarschuwen|-0.75
p:het vast|prijzen|0.94
p:het vast|geruststellen|1.89
p:het vast|afleiden|-0.97
p:het verschil|samenvatting|1.0
p:het verschil|open-vraag|1.0
p:het vertrouwen|afronding-aankondigen|-0.99
p:het vervelend|bekritiseren|1.16
p:het verzuim|gevoelsreflectie|-1.0
p:het verzuim|argumenteren|-0.94
p:het verzuim|afronding-aankondigen|-0.73
p:het verzuim|vervolgafspraak|0.84
p:het verzuim|bedanken|-0.97
p:het via|parafrase|0.99
p:het via|interpreteren|-0.7
p:het vierde|open-vraag|-0.98
p:het volgende|waarschuwen|0.83
p:het volgende|bekritiseren|-0.13
p:het volgende|afleiden|0.88
p:het volgende|vervolgafspraak|0.95
p:het volgens|open-vraag|0.99
p:het voor|bekritiseren|-0.51
p:het vraagt|jij-boodschap|-0.57
p:het weekend|ik-boodschap|0.95
p:het weekend|prijzen|-0.98
p:het weekend|ondervragen|0.98
p:het weekend|vervolgafspraak|-0.95
p:het weer|bevelen|-0.92
p:het weer|etiketteren|0.9
p:het weet|waarschuwen|0.99
p:het wel|interpreteren|-0.98
p:het wel|geruststellen|0.96
p:het werkstuk|waarschuwen|1.0
p:het werkstuk|moraliseren|-0.97
p:het zelf|ik-boodschap|0.96
p:het zelf|gevoelsreflectie|0.81
p:het zelf|open-vraag|1.0
p:het zelf|adviseren|-0.95
p:het zelf|bekritiseren|1.05
p:het zesde|ik-boodschap|-0.95
p:het zesde|afronding-aankondigen|0.68
p:het zesde|vervolgafspraak|0.95
p:het zo|jij-boodschap|0.58
p:het zo|moraliseren|-0.99
p:het zo|bekritiseren|1.73
p:het zonde|ik-boodschap|0.85
p:het zou|moraliseren|-0.9
p:het zou|adviseren|0.99
p:het zwaarst|samenvatting|0.67
p:het zwaarst|open-vraag|0.99
p:hetzelfde punt|ik-boodschap|0.95
p:hetzelfde punt|vervolgafspraak|-0.86
p:heus wel|geruststellen|0.89
p:hielp die|ik-boodschap|0.93
p:hielp met|ik-boodschap|0.98
p:hier af|afronding-aankondigen|0.71
p:hier af|vervolgafspraak|-0.76
p:hier afronden|samenvatting|0.64
p:hier afronden|afronding-aankondigen|0.99
p:hier afronden|bedanken|0.99
p:hier boos|ondervragen|-0.99
p:hier een|gevoelsreflectie|-0.84
p:hier eerlijk|ik-boodschap|-0.95
p:hier emotioneel|parafrase|-1.0
p:hier emotioneel|gevoelsreflectie|0.85
p:hier emotioneel|bedanken|1.0
p:hier gewoon|jij-boodschap|0.92
p:hier gewoon|samenvatting|-0.92
p:hier gewoon|bevelen|-0.92
p:hier gewoon|bekritiseren|1.14
p:hier het|afleiden|-0.91
p:hier laten|ik-boodschap|-0.95
p:hier laten|afronding-aankondigen|1.6
p:hier laten|vervolgafspraak|0.95
p:hier maar|afronding-aankondigen|0.83
p:hier nou|bevelen|0.93
p:hier nu|vervolgafspraak|-0.9
p:hier op|afronding-aankondigen|-0.95
p:hier samen|bekritiseren|-1.0
p:hier stoppen|bevelen|-0.92
p:hier vast|prijzen|1.0
p:hier vast|geruststellen|-1.0
p:hier vast|bedanken|-1.0
p:hier verdrietig|adviseren|-0.99
p:hier voor|vervolgafspraak|-0.99
p:hier zelf|jij-boodschap|-0.55
p:hier zo|vervolgafspraak|0.4
p:hier zwart|argumenteren|0.85
p:hierbij afsluiten|afronding-aankondigen|0.96
p:hierbij te|bekritiseren|-0.68
p:hierin denkt|open-vraag|0.99
p:hij 's|parafrase|0.99
p:hij 's|gevoelsreflectie|-0.99
p:hij 's|adviseren|0.99
p:hij 's|ondervragen|-0.9
p:hij achter|interpreteren|-0.98
p:hij allemaal|ik-boodschap|0.85
p:hij altijd|bekritiseren|-0.89
p:hij begint|jij-boodschap|1.52
p:hij beter|interpreteren|-0.99
p:hij bij|samenvatting|-0.74
p:hij bijles|afronding-aankondigen|-0.95
p:hij dat|ondervragen|1.0
p:hij de|ik-boodschap|-0.84
p:hij de|samenvatting|-0.97
p:hij de|open-vraag|-0.99
p:hij de|afleiden|-0.97
p:hij de|vervolgafspraak|0.1
p:hij dit|parafrase|-0.99
p:hij dit|waarschuwen|-0.94
p:hij dit|moraliseren|0.92
p:hij doet|jij-boodschap|-0.81
p:hij doet|bekritiseren|0.29
p:hij doet|vervolgafspraak|-0.98
p:hij draait|bevelen|-0.99
p:hij een|samenvatting|0.98
p:hij een|argumenteren|-0.98
p:hij een|afleiden|-0.9
p:hij eigenlijk|afleiden|0.91
p:hij elke|bevelen|0.99
p:hij elke|moraliseren|-0.9
p:hij elke|vervolgafspraak|0.99
p:hij gamet|bekritiseren|0.46
p:hij geen|open-vraag|0.99
p:hij geen|argumenteren|0.99
p:hij gepest|gevoelsreflectie|-0.89
p:hij geschorst|waarschuwen|1.0
p:hij geschorst|argumenteren|-1.0
p:hij gewoon|bekritiseren|-0.97
p:hij gewoon|etiketteren|0.91
p:hij gewoon|interpreteren|0.7
p:hij gisteren|ik-boodschap|-0.82
p:hij haalt|samenvatting|0.93
p:hij haalt|etiketteren|-1.0
p:hij haalt|geruststellen|1.0
p:hij had|parafrase|0.93
p:hij had|argumenteren|0.93
p:hij heeft|jij-boodschap|-0.96
p:hij heeft|samenvatting|1.92
p:hij heeft|open-vraag|-0.99
p:hij heeft|waarschuwen|-0.86
p:hij heeft|argumenteren|-0.99
p:hij heeft|bekritiseren|-0.15
p:hij heeft|geruststellen|-0.76
p:hij het|parafrase|-1.0
p:hij het|open-vraag|1.0
p:hij het|adviseren|-1.0
p:hij het|geruststellen|-0.94
p:hij het|bedanken|-0.85
p:hij in|interpreteren|0.99
p:hij in|geruststellen|0.99
p:hij is|jij-boodschap|-1.29
p:hij is|parafrase|0.18
p:hij is|gevoelsreflectie|-1.0
p:hij is|samenvatting|1.0
p:hij is|open-vraag|-1.0
p:hij is|adviseren|-0.98
p:hij is|argumenteren|-1.0
p:hij is|bekritiseren|-0.89
p:hij is|geruststellen|0.13
p:hij komt|vervolgafspraak|-1.54
p:hij kreeg|gevoelsreflectie|0.63
p:hij kreeg|samenvatting|0.97
p:hij kreeg|vervolgafspraak|0.63
p:hij krijgt|samenvatting|0.64
p:hij krijgt|interpreteren|-0.96
p:hij krijgt|afronding-aankondigen|0.99
p:hij krijgt|bedanken|0.99
p:hij lapt|jij-boodschap|0.86
p:hij lapt|samenvatting|-0.63
p:hij lui|etiketteren|-0.91
p:hij met|waarschuwen|-1.0
p:hij met|adviseren|-1.0
p:hij met|interpreteren|1.0
p:hij meteen|samenvatting|-1.0
p:hij meteen|aanmoediging|-1.0
p:hij meteen|waarschuwen|-1.0
p:hij meteen|geruststellen|-1.0
p:hij moe|interpreteren|-0.7
p:hij moet|gevoelsreflectie|-0.78
p:hij moet|bevelen|-0.95
p:hij moet|geruststellen|1.0
p:hij morgen|bevelen|0.86
p:hij morgen|interpreteren|-0.9
p:hij nauwelijks|ik-boodschap|0.92
p:hij negen|argumenteren|0.98
p:hij niet|waarschuwen|0.97
p:hij nog|open-vraag|0.76
p:hij nog|bevelen|-0.86
p:hij nog|interpreteren|0.9
p:hij nu|interpreteren|-0.99
p:hij nu|afleiden|-0.99
p:hij om|bekritiseren|0.89
p:hij online|bekritiseren|0.99
p:hij op|argumenteren|-0.93
p:hij op|bekritiseren|0.27
p:hij overstapt|parafrase|0.99
p:hij precies|gevoelsreflectie|1.0
p:hij precies|samenvatting|-1.0
p:hij slaapt|parafrase|-0.82
p:hij slaapt|samenvatting|1.99
p:hij slaapt|argumenteren|-0.99
p:hij staat|ik-boodschap|0.95
p:hij staat|bevelen|-1.0
p:hij staat|waarschuwen|1.0
p:hij staat|argumenteren|0.95
p:hij staat|vervolgafspraak|-0.95
p:hij steeds|bekritiseren|-0.68
p:hij stelt|bekritiseren|1.74
p:hij strafwerk|prijzen|-0.98
p:hij straks|waarschuwen|0.95
p:hij thuis|parafrase|1.0
p:hij thuis|gevoelsreflectie|0.81
p:hij thuis|open-vraag|-1.0
p:hij thuis|waarschuwen|0.99
p:hij thuiskomt|samenvatting|-1.0
p:hij thuiskomt|aanmoediging|-1.0
p:hij thuiskomt|waarschuwen|-1.0
p:hij thuiskomt|geruststellen|-1.0
p:hij toch|moraliseren|0.96
p:hij toen|open-vraag|0.96
p:hij tot|open-vraag|-0.99
p:hij van|jij-boodschap|1.0
p:hij van|gevoelsreflectie|-1.0
p:hij van|waarschuwen|0.88
p:hij vanaf|ik-boodschap|-1.0
p:hij veel|open-vraag|-1.0
p:hij veel|moraliseren|-1.0
p:hij verveelt|interpreteren|0.93
p:hij vijf|waarschuwen|-0.99
p:hij voelt|parafrase|-0.99
p:hij volgend|waarschuwen|0.94
p:hij volgens|argumenteren|1.0
p:hij was|argumenteren|1.0
p:hij wat|adviseren|0.99
p:hij weer|parafrase|-0.97
p:hij weer|bekritiseren|-0.36
p:hij weinig|ik-boodschap|0.97
p:hij wel|geruststellen|0.92
p:hij wil|parafrase|-0.96
p:hij wil|prijzen|0.97
p:hij woensdag|parafrase|-0.82
p:hij woensdag|prijzen|0.94
p:hij wordt|parafrase|0.82
p:hij wordt|samenvatting|-1.57
p:hij zelf|parafrase|0.96
p:hij zelf|interpreteren|0.96
p:hij zich|waarschuwen|-0.94
p:hij zich|bekritiseren|-0.39
p:hij zich|afronding-aankondigen|-0.76
p:hij ziek|bevelen|0.7
p:hij ziet|jij-boodschap|-0.99
p:hij zijn|jij-boodschap|-0.22
p:hij zijn|moraliseren|-0.91
p:hij zijn|prijzen|-0.98
p:hij zit|geruststellen|-0.99
p:hij zo|moraliseren|-0.91
p:hij zo|argumenteren|-0.91
p:hij zo|bekritiseren|-0.91
p:hm en|gevoelsreflectie|-0.81
p:hm en|samenvatting|-0.98
p:hm en|aanmoediging|0.96
p:hm hm|gevoelsreflectie|-0.81
p:hm hm|samenvatting|-0.98
p:hm hm|aanmoediging|0.96
p:hmhm ik|samenvatting|-0.98
p:hoe bevalt|open-vraag|-0.96
p:hoe bevalt|afleiden|0.96
p:hoe de|samenvatting|1.0
p:hoe de|open-vraag|-0.83
p:hoe de|prijzen|-1.0
p:hoe dit|gevoelsreflectie|0.99
p:hoe en|parafrase|-0.99
p:hoe en|gevoelsreflectie|-0.8
p:hoe en|samenvatting|0.99
p:hoe en|vervolgafspraak|-0.99
p:hoe gaat|gevoelsreflectie|0.83
p:hoe gaat|samenvatting|-0.92
p:hoe gaat|open-vraag|1.88
p:hoe gaat|adviseren|-1.0
p:hoe gaat|interpreteren|-0.96
p:hoe gaat|afleiden|0.9
p:hoe gaat|vervolgafspraak|-0.91
p:hoe ging|ik-boodschap|-0.99
p:hoe ging|gevoelsreflectie|-0.81
p:hoe ging|aanmoediging|0.96
p:hoe heeft|parafrase|-0.99
p:hoe het|ik-boodschap|-0.95
p:hoe het|parafrase|-0.96
p:hoe het|samenvatting|1.01
p:hoe het|open-vraag|-1.0
p:hoe het|adviseren|0.99
p:hoe het|bekritiseren|-0.15
p:hoe het|geruststellen|-0.86
p:hoe het|afleiden|-0.96
p:hoe het|afronding-aankondigen|-1.0
p:hoe het|vervolgafspraak|2.2
p:hoe het|bedanken|-0.16
p:hoe hij|open-vraag|1.0
p:hoe hij|afronding-aankondigen|-0.76
p:hoe ik|bekritiseren|0.94
p:hoe is|samenvatting|-0.99
p:hoe is|open-vraag|0.99
p:hoe is|aanmoediging|-0.99
p:hoe kan|jij-boodschap|0.91
p:hoe kan|bekritiseren|1.0
p:hoe kan|etiketteren|-1.0
p:hoe kevin|ik-boodschap|0.93
p:hoe kijk|jij-boodschap|-0.96
p:hoe kijkt|jij-boodschap|-0.72
p:hoe kijkt|open-vraag|0.91
p:hoe kijkt|bekritiseren|-1.91
p:hoe komt|open-vraag|0.99
p:hoe laat|open-vraag|-0.99
p:hoe laat|moraliseren|1.0
p:hoe laat|adviseren|-1.0
p:hoe laat|ondervragen|0.58
p:hoe laat|afleiden|-0.94
p:hoe merkt|ik-boodschap|1.81
p:hoe voelde|gevoelsreflectie|-0.99
p:hoe was|jij-boodschap|-0.97
p:hoe was|parafrase|-0.98
p:hoe was|open-vraag|-0.95
p:hoe was|ondervragen|-0.92
p:hoe was|afleiden|2.73
p:hoe zou|afleiden|-0.91
p:hoeft je|bevelen|-0.99
p:hoeft niet|gevoelsreflectie|-1.0
p:hoeft niet|moraliseren|-1.0
p:hoeft u|moraliseren|-0.97
p:hoeft u|bekritiseren|-0.23
p:hoeft u|prijzen|-1.0
p:hoeft u|interpreteren|-0.52
p:hoeft u|afleiden|1.5
p:hoeft zich|geruststellen|0.99
p:hoezo was|ondervragen|0.96
p:hoi bram|jij-boodschap|-0.35
p:hoi bram|bekritiseren|-0.35
p:hoi ga|bevelen|-1.68
p:hoi ga|prijzen|-0.97
p:hoi liam|gevoelsreflectie|-0.88
p:hoofdstuk achter|waarschuwen|-0.85
p:hoofdstuk achter|interpreteren|-0.99
p:hoogte ?|ondervragen|0.96
p:hoogte heeft|gevoelsreflectie|0.89
p:hoogte heeft|bedanken|-0.95
p:hoogte volgende|samenvatting|0.95
p:hoogte volgende|bedanken|0.95
p:hoor bent|gevoelsreflectie|0.89
p:hoor bent|bedanken|-0.95
p:hoor daar|etiketteren|0.99
p:hoor dat|ik-boodschap|0.12
p:hoor dat|gevoelsreflectie|1.81
p:hoor dat|samenvatting|-1.0
p:hoor dat|open-vraag|0.93
p:hoor dat|etiketteren|-0.93
p:hoor dat|geruststellen|0.16
p:hoor dat|afleiden|-0.63
p:hoor ik|parafrase|-0.93
p:hoor ik|gevoelsreflectie|1.85
p:hoor ik|aanmoediging|1.04
p:hoor ik|bevelen|-0.97
p:hoor ik|geruststellen|-1.0
p:hoor ik|ondervragen|0.99
p:hoor is|gevoelsreflectie|0.76
p:hoor is|samenvatting|-0.97
p:hoor je|moraliseren|0.81
p:hoor je|argumenteren|0.96
p:hoor je|prijzen|0.99
p:hoor u|gevoelsreflectie|-1.74
p:hoor wilt|gevoelsreflectie|-0.81
p:hoor zeggen|parafrase|0.98
p:hoor zeggen|open-vraag|-0.99
p:hoor zeggen|argumenteren|-0.85
p:hoorde dat|gevoelsreflectie|-1.0
p:hoort alleen|bekritiseren|-1.69
p:hoort bij|bevelen|-0.98
p:hoort bij|geruststellen|0.98
p:hoort bij|afleiden|0.13
p:hoort dan|bekritiseren|-1.55
p:hoort gewoon|waarschuwen|-0.98
p:hoort gewoon|moraliseren|-0.92
p:hoort gewoon|bekritiseren|-0.92
p:hoort gewoon|interpreteren|-0.95
p:hoort gewoon|afleiden|-0.97
p:hoort het|moraliseren|0.92
p:hoort je|bevelen|-0.91
p:hoort je|argumenteren|-0.88
p:hoort niet|bekritiseren|-0.85
p:hoort nu|argumenteren|-0.97
p:hoort nu|interpreteren|-0.52
p:hoort nu|geruststellen|-0.97
p:hoort nu|afleiden|1.5
p:hoort te|jij-boodschap|-0.69
p:hoort te|bekritiseren|0.83
p:hoort te|ondervragen|-1.0
p:hoort te|bedanken|-1.0
p:hoort u|moraliseren|1.0
p:hoort u|adviseren|-1.0
p:hoort ze|open-vraag|-0.9
p:horen dat|bekritiseren|-0.98
p:horen hoe|samenvatting|0.24
p:horen hoe|adviseren|0.99
p:horen hoe|vervolgafspraak|0.99
p:horen hoe|bedanken|1.8
p:horen op|moraliseren|0.97
p:hou daar|bevelen|0.92
p:hou daar|bekritiseren|0.85
p:hou hier|bevelen|0.93
p:houd de|samenvatting|0.95
p:houd de|bedanken|0.95
p:houden contact|aanmoediging|-0.92
p:houden dat|argumenteren|-0.88
p:houden niet|moraliseren|0.99
p:houden niet|argumenteren|-0.99
p:houden noor|open-vraag|0.99
p:houden noor|moraliseren|-0.99
p:houden noor|ondervragen|-0.99
p:houden zijn|samenvatting|0.64
p:houden zijn|afronding-aankondigen|0.99
p:houden zijn|bedanken|0.99
p:houding helpt|jij-boodschap|-1.0
p:houding helpt|bekritiseren|1.0
p:houdt hoe|jij-boodschap|-0.72
p:houdt hoe|open-vraag|0.91
p:houdt hoe|bekritiseren|-0.91
p:houdt zich|bekritiseren|0.98
p:houdt zich|interpreteren|-0.99
p:huis eigenlijk|open-vraag|-0.96
p:huis eigenlijk|afleiden|0.96
p:huis fietst|ik-boodschap|-0.97
p:huis gaan|geruststellen|-0.99
p:huis uit|ik-boodschap|-0.91
p:huisarts gaan|prijzen|-0.97
p:huisarts gaan|geruststellen|0.97
p:huisarts in|ik-boodschap|-0.98
p:huisarts op|jij-boodschap|-0.98
p:huisarts op|samenvatting|0.98
p:huisarts op|vervolgafspraak|0.98
p:huisarts te|vervolgafspraak|-1.0
p:huiswerk ?|samenvatting|-0.92
p:huiswerk af|jij-boodschap|-1.0
p:huiswerk af|bevelen|-0.14
p:huiswerk af|adviseren|1.0
p:huiswerk af|bekritiseren|-0.96
p:huiswerk bij|moraliseren|0.99
p:huiswerk bij|argumenteren|-0.99
p:huiswerk blijft|samenvatting|0.92
p:huiswerk dat|parafrase|-0.98
p:huiswerk de|samenvatting|0.96
p:huiswerk de|open-vraag|0.98
p:huiswerk de|adviseren|-0.94
p:huiswerk de|vervolgafspraak|-0.9
p:huiswerk gaat|moraliseren|0.92
p:huiswerk gecontroleerd|prijzen|-0.98
p:huiswerk gecontroleerd|ondervragen|0.98
p:huiswerk geen|moraliseren|-0.97
p:huiswerk lukt|aanmoediging|-0.93
p:huiswerk maakt|bekritiseren|0.92
p:huiswerk niet|adviseren|0.99
p:huiswerk niet|interpreteren|-0.98
p:huiswerk niet|vervolgafspraak|0.99
p:huiswerk nooit|jij-boodschap|0.7
p:huiswerk nooit|bekritiseren|0.7
p:huiswerk staat|bekritiseren|-0.46
p:huiswerk thuis|open-vraag|0.9
p:huiswerk uren|bedanken|0.91
p:huiswerk vaak|open-vraag|-0.98
p:huiswerk vergeet|open-vraag|0.9
p:huiswerk weer|bekritiseren|1.0
p:huiswerk weer|etiketteren|-1.0
p:huiswerk wel|parafrase|0.98
p:huiswerk wel|geruststellen|-0.98
p:huiswerk zit|bekritiseren|-0.82
p:huiswerkinstituut ?|ondervragen|-0.95
p:huiswerkklas en|parafrase|-0.96
p:huiswerkklas en|samenvatting|0.88
p:huiswerkklas zitten|adviseren|0.94
p:huiswerkopdracht ingelevert|ik-boodschap|0.86
p:huiswerkopdracht ingelevert|jij-boodschap|-0.92
p:huiswerkopdracht ingelevert|bekritiseren|-0.92
p:huiswerktijd afspreken|adviseren|0.99
p:huiswerktijd afspreken|prijzen|-0.96
p:huiswerkuur in|ondervragen|-0.9
p:hulp nodig|prijzen|0.97
p:hun kind|moraliseren|0.93
p:hun vraag|ik-boodschap|0.92
p:hysterisch en|bevelen|2.5
p:hè ?|ik-boodschap|-0.94
p:hè ?|gevoelsreflectie|0.94
p:hé bram|afleiden|-0.86
p:idee dat|interpreteren|1.63
p:iedereen een|argumenteren|0.94
p:iedereen een|prijzen|-0.88
p:iedereen haalt|geruststellen|-0.92
p:iedereen haalt|afleiden|0.92
p:iedereen is|jij-boodschap|0.97
p:iedereen is|samenvatting|-0.97
p:iedereen is|bekritiseren|0.97
p:iedereen wel|geruststellen|-0.71
p:iedereen wel|afleiden|0.71
p:iemand hebt|waarschuwen|-0.98
p:iemand pijn|bevelen|-0.91
p:iemand uitlachen|moraliseren|0.78
p:iemand uitschelden|jij-boodschap|-1.8
p:iemand uitschelden|moraliseren|1.8
p:iemand uitschelden|bekritiseren|-1.66
p:iets aan|jij-boodschap|1.0
p:iets anders|afleiden|0.32
p:iets gezegd|afronding-aankondigen|-0.98
p:iets gezegd|vervolgafspraak|-0.98
p:iets heel|afleiden|0.97
p:iets is|ondervragen|-0.99
p:iets meer|open-vraag|1.0
p:iets op|afleiden|-0.96
p:iets verandert|gevoelsreflectie|-0.81
p:iets verkeerd|geruststellen|-0.86
p:ik alles|parafrase|-0.98
p:ik baal|vervolgafspraak|-1.0
p:ik balen|ik-boodschap|0.94
p:ik balen|gevoelsreflectie|-0.94
p:ik begrijp|ik-boodschap|-0.95
p:ik begrijp|gevoelsreflectie|-0.8
p:ik begrijp|samenvatting|-0.98
p:ik begrijp|adviseren|-0.99
p:ik begrijp|argumenteren|0.9
p:ik begrijp|bekritiseren|0.91
p:ik begrijp|geruststellen|0.18
p:ik begrijp|ondervragen|-0.99
p:ik begrijp|vervolgafspraak|-0.99
p:ik bel|ik-boodschap|-1.0
p:ik bel|samenvatting|-0.7
p:ik bel|waarschuwen|-1.0
p:ik bel|interpreteren|-1.0
p:ik bel|afleiden|-0.99
p:ik bel|afronding-aankondigen|-0.69
p:ik bel|vervolgafspraak|2.71
p:ik ben|ik-boodschap|1.83
p:ik ben|jij-boodschap|-0.13
p:ik ben|gevoelsreflectie|-0.99
p:ik ben|moraliseren|-1.0
p:ik ben|bekritiseren|-0.93
p:ik ben|bedanken|0.99
p:ik beëindig|afronding-aankondigen|0.94
p:ik bram|parafrase|0.99
p:ik breek|afronding-aankondigen|0.71
p:ik daar|bekritiseren|-0.99
p:ik dat|ik-boodschap|0.92
p:ik dat|bevelen|0.92
p:ik dat|waarschuwen|1.0
p:ik de|ik-boodschap|-0.93
p:ik de|parafrase|0.94
p:ik de|waarschuwen|0.8
p:ik de|argumenteren|-0.94
p:ik de|afronding-aankondigen|-0.94
p:ik denk|jij-boodschap|1.36
p:ik denk|parafrase|0.96
p:ik denk|bekritiseren|1.44
p:ik denk|etiketteren|0.91
p:ik denk|interpreteren|0.99
p:ik denk|afronding-aankondigen|0.83
p:ik die|parafrase|0.99
p:ik die|gevoelsreflectie|-0.99
p:ik die|adviseren|0.99
p:ik die|bekritiseren|0.46
p:ik dit|ik-boodschap|-0.93
p:ik echt|ik-boodschap|1.87
p:ik echt|gevoelsreflectie|-1.6
p:ik een|ik-boodschap|0.94
p:ik een|argumenteren|-0.94
p:ik een|prijzen|-0.96
p:ik een|vervolgafspraak|-0.96
p:ik eerst|adviseren|0.98
p:ik eng|vervolgafspraak|-0.99
p:ik ga|vervolgafspraak|-0.92
p:ik geen|interpreteren|-0.98
p:ik gehoord|ik-boodschap|-0.94
p:ik goed|open-vraag|-0.76
p:ik haar|ik-boodschap|0.95
p:ik haar|open-vraag|0.9
p:ik haar|waarschuwen|-0.97
p:ik haar|ondervragen|-0.97
p:ik had|bekritiseren|-2.58
p:ik heb|jij-boodschap|-0.76
p:ik heb|gevoelsreflectie|-0.8
p:ik heb|bevelen|-0.97
p:ik heb|argumenteren|1.72
p:ik heb|bekritiseren|0.1
p:ik heb|etiketteren|-0.91
p:ik heb|interpreteren|0.7
p:ik heb|afleiden|-0.91
p:ik heb|vervolgafspraak|-0.97
p:ik hem|ik-boodschap|0.11
p:ik hem|jij-boodschap|-0.95
p:ik hem|bevelen|0.86
p:ik hem|waarschuwen|1.93
p:ik hem|adviseren|-1.9
p:ik hem|bekritiseren|-0.95
p:ik hem|prijzen|0.98
p:ik het|ik-boodschap|-1.0
p:ik het|parafrase|2.77
p:ik het|gevoelsreflectie|-0.85
p:ik het|samenvatting|-0.6
p:ik het|open-vraag|-0.92
p:ik het|bevelen|-0.92
p:ik het|afleiden|0.91
p:ik het|afronding-aankondigen|0.79
p:ik het|vervolgafspraak|-0.99
p:ik hier|gevoelsreflectie|-0.84
p:ik hoor|ik-boodschap|0.12
p:ik hoor|samenvatting|-1.0
p:ik hoor|open-vraag|0.93
p:ik hoor|geruststellen|-0.83
p:ik hoorde|gevoelsreflectie|-1.0
p:ik houd|samenvatting|0.95
p:ik houd|bedanken|0.95
p:ik jammer|parafrase|-0.94
p:ik jammer|samenvatting|-0.94
p:ik jammer|adviseren|0.99
p:ik jammer|bedanken|-0.98
p:ik je|ik-boodschap|-0.95
p:ik je|open-vraag|-0.94
p:ik je|aanmoediging|-0.99
p:ik je|waarschuwen|1.84
p:ik je|moraliseren|-0.99
p:ik je|geruststellen|-1.0
p:ik je|afronding-aankondigen|1.68
p:ik je|vervolgafspraak|2.94
p:ik je|bedanken|0.99
p:ik jou|adviseren|0.98
p:ik jullie|bekritiseren|0.46
p:ik kan|ik-boodschap|-0.93
p:ik kan|gevoelsreflectie|1.97
p:ik kan|open-vraag|-0.93
p:ik kan|bevelen|-0.84
p:ik laat|vervolgafspraak|0.9
p:ik lastig|ik-boodschap|0.94
p:ik lastig|open-vraag|0.9
p:ik lastig|argumenteren|-0.94
p:ik luister|gevoelsreflectie|0.99
p:ik luister|open-vraag|-0.95
p:ik luister|aanmoediging|1.92
p:ik maak|jij-boodschap|-1.0
p:ik maak|gevoelsreflectie|-1.0
p:ik maak|open-vraag|0.83
p:ik maak|aanmoediging|-1.0
p:ik maak|waarschuwen|-1.0
p:ik maak|bekritiseren|-1.0
p:ik maak|geruststellen|-0.94
p:ik maandag|ik-boodschap|0.95
p:ik maandag|vervolgafspraak|-0.95
p:ik maar|parafrase|-1.91
p:ik maar|gevoelsreflectie|2.62
p:ik maar|aanmoediging|-0.93
p:ik maar|geruststellen|1.69
p:ik maar|ondervragen|0.99
p:ik mail|bevelen|-0.92
p:ik mail|afronding-aankondigen|-0.97
p:ik mail|vervolgafspraak|0.92
p:ik me|ik-boodschap|0.99
p:ik me|gevoelsreflectie|-0.95
p:ik merk|ik-boodschap|-0.99
p:ik merk|parafrase|-1.0
p:ik merk|interpreteren|-0.98
p:ik merk|afronding-aankondigen|-0.99
p:ik merk|vervolgafspraak|0.1
p:ik met|samenvatting|0.75
p:ik mijn|ik-boodschap|-0.88
p:ik mijn|bekritiseren|0.94
p:ik mo|ik-boodschap|0.96
p:ik mo|waarschuwen|-0.96
p:ik moet|vervolgafspraak|-0.9
p:ik na|samenvatting|-0.95
p:ik na|afronding-aankondigen|-0.8
p:ik neem|vervolgafspraak|0.82
p:ik niet|ik-boodschap|-0.98
p:ik niet|parafrase|-0.94
p:ik niet|waarschuwen|-1.96
p:ik niet|ondervragen|-0.97
p:ik niet|afronding-aankondigen|0.98
p:ik niet|bedanken|-0.98
p:ik nu|ik-boodschap|-0.9
p:ik nu|bekritiseren|-0.99
p:ik nu|afleiden|0.99
p:ik ook|ik-boodschap|1.65
p:ik ook|gevoelsreflectie|-0.47
p:ik ook|argumenteren|0.7
p:ik ook|geruststellen|-0.87
p:ik overleg|jij-boodschap|-0.98
p:ik overleg|samenvatting|0.98
p:ik overleg|vervolgafspraak|0.98
p:ik plan|samenvatting|0.97
p:ik plan|adviseren|-0.99
p:ik plan|afronding-aankondigen|-0.99
p:ik plan|vervolgafspraak|0.63
p:ik plan|bedanken|-1.98
p:ik praat|parafrase|-0.96
p:ik praat|samenvatting|0.88
p:ik regel|samenvatting|-0.93
p:ik reken|argumenteren|-0.86
p:ik reken|prijzen|1.0
p:ik reken|etiketteren|-1.0
p:ik schrik|ik-boodschap|1.0
p:ik schrik|argumenteren|-1.0
p:ik schrok|gevoelsreflectie|-1.0
p:ik sluit|vervolgafspraak|1.0
p:ik sluit|bedanken|1.0
p:ik snap|gevoelsreflectie|1.51
p:ik snap|bevelen|0.84
p:ik snap|adviseren|0.92
p:ik snap|geruststellen|0.9
p:ik spreek|open-vraag|-0.83
p:ik spreek|prijzen|-1.0
p:ik steeds|afronding-aankondigen|-1.0
p:ik stel|samenvatting|-1.0
p:ik stel|afronding-aankondigen|1.0
p:ik stel|bedanken|-0.73
p:ik stuur|ik-boodschap|-0.98
p:ik stuur|waarschuwen|0.92
p:ik stuur|afronding-aankondigen|0.91
p:ik stuur|bedanken|-0.94
p:ik tegelijk|ik-boodschap|1.0
p:ik tegelijk|samenvatting|-1.0
p:ik tegen|ik-boodschap|-0.98
p:ik typerend|ik-boodschap|-0.93
p:ik u|ik-boodschap|-0.95
p:ik u|parafrase|1.96
p:ik u|gevoelsreflectie|0.69
p:ik u|samenvatting|0.97
p:ik u|open-vraag|-0.87
p:ik u|argumenteren|-0.85
p:ik u|prijzen|-0.97
p:ik u|vervolgafspraak|1.03
p:ik u|bedanken|1.0
p:ik van|ik-boodschap|0.95
p:ik van|jij-boodschap|-0.95
p:ik van|bekritiseren|-0.95
p:ik vertel|waarschuwen|-0.98
p:ik vervelend|ik-boodschap|0.98
p:ik vervelend|waarschuwen|-0.99
p:ik verwacht|bevelen|0.98
p:ik vind|ik-boodschap|0.82
p:ik vind|jij-boodschap|0.97
p:ik vind|parafrase|-1.0
p:ik vind|gevoelsreflectie|-0.1
p:ik vind|bevelen|-0.98
p:ik vind|adviseren|-1.0
p:ik vind|bekritiseren|2.33
p:ik vind|prijzen|-0.97
p:ik voel|bedanken|-1.0
p:ik volg|gevoelsreflectie|-1.0
p:ik volg|aanmoediging|1.0
p:ik volg|adviseren|-1.0
p:ik volg|argumenteren|-1.0
p:ik vond|ik-boodschap|2.74
p:ik vond|bekritiseren|-0.1
p:ik waardeer|bedanken|0.96
p:ik waarschuw|waarschuwen|0.95
p:ik wacht|aanmoediging|0.99
p:ik weet|prijzen|0.94
p:ik weet|geruststellen|0.81
p:ik weet|afronding-aankondigen|-0.98
p:ik weet|vervolgafspraak|-0.98
p:ik wil|samenvatting|0.64
p:ik wil|bevelen|0.93
p:ik wil|bekritiseren|0.94
p:ik wil|geruststellen|-0.86
p:ik wil|afronding-aankondigen|2.05
p:ik wil|vervolgafspraak|-0.64
p:ik wil|bedanken|-1.9
p:ik word|ik-boodschap|1.71
p:ik word|interpreteren|-0.65
p:ik word|vervolgafspraak|-0.86
p:ik zag|ik-boodschap|-0.91
p:ik zag|bevelen|-0.91
p:ik zeg|jij-boodschap|0.93
p:ik zeg|parafrase|-0.95
p:ik zeg|samenvatting|0.93
p:ik zeg|geruststellen|0.69
p:ik zet|waarschuwen|1.0
p:ik zet|vervolgafspraak|0.96
p:ik zie|ik-boodschap|-1.66
p:ik zie|gevoelsreflectie|0.89
p:ik zie|samenvatting|-1.0
p:ik zie|open-vraag|0.98
p:ik zie|geruststellen|-0.99
p:ik zie|afleiden|-0.97
p:ik zie|vervolgafspraak|0.4
p:ik zie|bedanken|0.98
p:ik zit|ik-boodschap|-0.95
p:ik zit|jij-boodschap|-0.55
p:ik zo|bekritiseren|-2.57
p:ik zonde|adviseren|-0.99
p:ik zonde|vervolgafspraak|0.91
p:ik zou|parafrase|-1.0
p:ik zou|adviseren|1.97
p:ik zwaar|ik-boodschap|0.95
p:in ?|ondervragen|-0.9
p:in actie|bekritiseren|-2.01
p:in als|bekritiseren|0.46
p:in bed|moraliseren|0.97
p:in dat|bekritiseren|-2.57
p:in dat|prijzen|0.97
p:in dat|interpreteren|-0.99
p:in de|jij-boodschap|0.85
p:in de|gevoelsreflectie|-0.79
p:in de|samenvatting|0.88
p:in de|open-vraag|0.93
p:in de|bevelen|-0.86
p:in de|adviseren|-1.0
p:in de|argumenteren|-0.3
p:in de|bekritiseren|0.15
p:in de|prijzen|0.81
p:in de|etiketteren|-0.98
p:in de|interpreteren|0.91
p:in de|ondervragen|-0.74
p:in de|afleiden|-1.02
p:in de|afronding-aankondigen|0.99
p:in de|bedanken|0.99
p:in deze|samenvatting|-0.96
p:in dezelfde|moraliseren|-0.81
p:in die|interpreteren|0.95
p:in dit|prijzen|-0.94
p:in een|adviseren|0.93
p:in een|geruststellen|0.99
p:in elke|afleiden|0.93
p:in groep|ik-boodschap|-0.9
p:in hebt|jij-boodschap|1.36
p:in hebt|bekritiseren|3.44
p:in hebt|interpreteren|-1.64
p:in heeft|bekritiseren|-0.99
p:in heeft|afleiden|0.99
p:in het|ik-boodschap|0.97
p:in het|jij-boodschap|-0.91
p:in het|bevelen|-0.85
p:in het|waarschuwen|-0.98
p:in het|moraliseren|0.77
p:in het|argumenteren|0.97
p:in het|prijzen|-0.98
p:in het|ondervragen|0.98
p:in het|vervolgafspraak|-0.95
p:in hoe|ik-boodschap|-0.9
p:in hoe|bekritiseren|0.84
p:in je|jij-boodschap|0.79
p:in je|bekritiseren|0.95
p:in je|prijzen|0.97
p:in jezelf|jij-boodschap|-0.97
p:in jouw|adviseren|0.97
p:in lokaal|geruststellen|-1.0
p:in lokaal|vervolgafspraak|1.0
p:in m'n|jij-boodschap|-0.55
p:in magister|ik-boodschap|0.95
p:in magister|jij-boodschap|0.49
p:in magister|open-vraag|-1.0
p:in magister|argumenteren|-1.0
p:in magister|bekritiseren|0.26
p:in magister|afronding-aankondigen|-1.0
p:in met|adviseren|-0.99
p:in met|afronding-aankondigen|-0.99
p:in met|bedanken|-0.99
p:in mijn|samenvatting|0.98
p:in mijn|moraliseren|0.79
p:in orde|moraliseren|-0.95
p:in over|bedanken|-0.99
p:in plaats|samenvatting|-0.98
p:in plaats|adviseren|-0.92
p:in samen|afronding-aankondigen|0.94
p:in school|parafrase|-0.97
p:in school|open-vraag|0.99
p:in september|argumenteren|1.88
p:in te|ik-boodschap|-0.98
p:in voor|gevoelsreflectie|0.63
p:in voor|samenvatting|0.97
p:in voor|vervolgafspraak|0.63
p:in welk|open-vraag|-0.98
p:in welke|open-vraag|-0.99
p:in zijn|geruststellen|-0.99
p:in zit|bevelen|-0.99
p:in één|ik-boodschap|0.84
p:incident op|afleiden|0.91
p:incident volgt|waarschuwen|0.83
p:incident volgt|etiketteren|-0.98
p:informatie u|jij-boodschap|-0.86
p:informatieavond geweest|afleiden|-0.95
p:ingeleverd dus|ik-boodschap|0.95
p:ingeleverd dus|jij-boodschap|-0.76
p:ingeleverd dus|bekritiseren|-0.81
p:ingeleverd werkstuk|moraliseren|0.81
p:ingeleverd werkstuk|argumenteren|0.96
p:ingelicht over|ondervragen|0.97
p:ingezet dat|bekritiseren|0.96
p:inhalen en|ik-boodschap|0.95
p:inlevert krijg|moraliseren|-0.97
p:inlevert krijg|afronding-aankondigen|-0.99
p:inlevert krijgt|waarschuwen|1.0
p:inlevert krijgt|prijzen|-0.98
p:inlevert mag|waarschuwen|0.97
p:inmiddels van|jij-boodschap|-0.99
p:inplannen met|samenvatting|-0.95
p:inplannen met|afronding-aankondigen|-0.8
p:instelling is|etiketteren|-0.97
p:interesseert u|bekritiseren|0.62
p:intern begeleider|afronding-aankondigen|-0.94
p:iris in|open-vraag|-0.9
p:is ?|bekritiseren|0.96
p:is ?|ondervragen|-0.99
p:is allemaal|bekritiseren|-1.0
p:is allemaal|interpreteren|-1.0
p:is allemaal|geruststellen|1.0
p:is beter|samenvatting|0.92
p:is dat|parafrase|0.98
p:is dat|bevelen|0.97
p:is dat|bekritiseren|-0.99
p:is de|jij-boodschap|0.7
p:is de|interpreteren|-0.82
p:is degene|jij-boodschap|1.49
p:is dex|vervolgafspraak|-0.91
p:is dit|bekritiseren|0.93
p:is dit|etiketteren|-0.97
p:is duidelijk|argumenteren|1.82
p:is echt|ik-boodschap|-1.0
p:is echt|jij-boodschap|-2.21
p:is echt|bekritiseren|1.48
p:is een|jij-boodschap|0.87
p:is een|parafrase|-1.0
p:is een|gevoelsreflectie|-1.9
p:is een|waarschuwen|-1.0
p:is een|moraliseren|-0.95
p:is een|argumenteren|-1.9
p:is een|bekritiseren|-0.95
p:is een|etiketteren|0.97
p:is en|open-vraag|0.99
p:is er|ik-boodschap|-0.97
p:is er|parafrase|-0.87
p:is er|geruststellen|0.76
p:is erg|bekritiseren|-1.81
p:is fijn|jij-boodschap|-0.94
p:is fijn|bekritiseren|-0.94
p:is gebeurd|ik-boodschap|0.93
p:is geduwd|ik-boodschap|0.96
p:is geduwd|gevoelsreflectie|0.81
p:is gelopen|jij-boodschap|0.81
p:is gelopen|bekritiseren|0.81
p:is gewoon|jij-boodschap|0.99
p:is gewoon|argumenteren|1.0
p:is gewoon|bekritiseren|-0.79
p:is gewoon|geruststellen|-1.0
p:is geworden|etiketteren|0.91
p:is geworden|interpreteren|0.7
p:is geworden|ondervragen|-0.92
p:is gezakt|ik-boodschap|0.84
p:is goed|argumenteren|-0.89
p:is heel|argumenteren|0.98
p:is heel|geruststellen|0.95
p:is het|bevelen|-1.89
p:is het|adviseren|0.92
p:is het|bekritiseren|-1.77
p:is het|ondervragen|-1.0
p:is hij|samenvatting|-0.74
p:is hij|interpreteren|0.9
p:is hij|afleiden|-0.9
p:is in|prijzen|-0.94
p:is jouw|moraliseren|0.99
p:is jouw|argumenteren|-0.99
p:is jullie|jij-boodschap|0.81
p:is jullie|bekritiseren|0.81
p:is kader|adviseren|-0.92
p:is maar|jij-boodschap|1.0
p:is maar|gevoelsreflectie|-0.8
p:is maar|samenvatting|-1.0
p:is maar|argumenteren|-0.91
p:is maar|bekritiseren|1.9
p:is maar|afleiden|-0.88
p:is meneer|afleiden|-1.0
p:is misschien|ik-boodschap|-0.98
p:is misschien|interpreteren|0.93
p:is moe|jij-boodschap|-1.0
p:is moe|parafrase|1.0
p:is moe|gevoelsreflectie|-1.0
p:is moe|samenvatting|0.93
p:is moe|open-vraag|-1.0
p:is mooi|bedanken|-0.95
p:is nemen|ik-boodschap|0.88
p:is niet|moraliseren|0.81
p:is niet|adviseren|-0.98
p:is niet|argumenteren|0.87
p:is niet|geruststellen|1.12
p:is niet|afleiden|-0.63
p:is nooit|jij-boodschap|-0.94
p:is nooit|bekritiseren|-0.94
p:is normaal|afleiden|-0.98
p:is nou|moraliseren|-0.86
p:is nou|argumenteren|0.9
p:is nou|bekritiseren|0.98
p:is nu|jij-boodschap|-0.97
p:is nu|bevelen|-0.83
p:is om|adviseren|0.9
p:is ontzettend|bekritiseren|0.7
p:is prikkelbaar|parafrase|-0.82
p:is prikkelbaar|samenvatting|1.0
p:is prima|geruststellen|-0.99
p:is sophie|gevoelsreflectie|0.76
p:is sophie|samenvatting|-0.97
p:is t|samenvatting|-0.99
p:is t|aanmoediging|-0.99
p:is tegen|jij-boodschap|0.97
p:is tegen|samenvatting|-0.97
p:is tegen|bekritiseren|0.97
p:is toch|ik-boodschap|-0.95
p:is toch|argumenteren|-0.96
p:is toch|geruststellen|-0.99
p:is toch|afleiden|1.94
p:is uitgescholden|bekritiseren|-0.98
p:is uitgevallen|jij-boodschap|-0.39
p:is uw|adviseren|-0.98
p:is uw|bekritiseren|-0.68
p:is uw|prijzen|-1.0
p:is verleden|open-vraag|-0.82
p:is verleden|interpreteren|-0.96
p:is verplaatst|afleiden|-0.57
p:is volgende|afleiden|0.88
p:is volgens|argumenteren|-0.98
p:is volkomen|argumenteren|0.98
p:is voor|parafrase|0.93
p:is voor|argumenteren|0.93
p:is vooral|parafrase|0.97
p:is vooral|samenvatting|-0.87
p:is weggelopen|ik-boodschap|1.0
p:is weggelopen|argumenteren|-1.0
p:is wel|argumenteren|1.0
p:is werkelijk|bekritiseren|0.69
p:is zie|gevoelsreflectie|0.92
p:ja dat|open-vraag|-0.82
p:ja dat|aanmoediging|-0.98
p:ja dat|interpreteren|-0.96
p:ja ga|aanmoediging|1.0
p:ja ga|etiketteren|-0.89
p:ja ik|parafrase|-1.0
p:ja ik|gevoelsreflectie|-1.0
p:ja ja|ondervragen|-0.97
p:ja maar|ondervragen|-0.97
p:ja meneer|etiketteren|0.9
p:ja precies|aanmoediging|-0.63
p:ja vertel|aanmoediging|2.14
p:ja zo|bekritiseren|-0.13
p:ja zo|afleiden|0.88
p:jaar ook|afleiden|-0.95
p:jaar weer|waarschuwen|0.94
p:jaar weer|moraliseren|-0.81
p:jaarplanning stond|argumenteren|0.9
p:jaloers op|jij-boodschap|-0.75
p:jaloers op|interpreteren|0.99
p:jammer hoe|vervolgafspraak|-0.91
p:jammer ik|afronding-aankondigen|0.98
p:jammer ik|bedanken|-0.98
p:jammer misschien|adviseren|0.99
p:jammer misschien|vervolgafspraak|0.99
p:jammer om|samenvatting|-0.94
p:jammer vond|interpreteren|-0.94
p:jammer vond|geruststellen|-0.94
p:jammer voor|gevoelsreflectie|-0.92
p:jammer zullen|vervolgafspraak|0.95
p:jansen geweest|bekritiseren|-1.84
p:januari bij|ik-boodschap|-1.0
p:jayden in|ik-boodschap|0.96
p:jayden in|gevoelsreflectie|0.81
p:jayden zich|jij-boodschap|-0.72
p:jayden zich|open-vraag|0.91
p:jayden zich|bekritiseren|-0.91
p:jayden zitten|open-vraag|-0.94
p:je 's|ik-boodschap|0.99
p:je ?|samenvatting|1.0
p:je ?|open-vraag|1.0
p:je aan|moraliseren|0.81
p:je afmeldt|moraliseren|0.81
p:je afspraken|jij-boodschap|0.79
p:je afspraken|bekritiseren|0.95
p:je als|parafrase|-0.85
p:je als|samenvatting|0.98
p:je als|open-vraag|0.98
p:je amira|ik-boodschap|1.87
p:je amira|gevoelsreflectie|-1.6
p:je baalt|afleiden|0.97
p:je bedoelt|parafrase|0.95
p:je behoorlijk|gevoelsreflectie|1.0
p:je behoorlijk|samenvatting|-1.0
p:je belt|bevelen|1.72
p:je belt|vervolgafspraak|-0.92
p:je bent|jij-boodschap|1.61
p:je bent|parafrase|-0.99
p:je bent|gevoelsreflectie|-0.76
p:je bent|samenvatting|0.99
p:je bent|bevelen|-1.0
p:je bent|moraliseren|-0.98
p:je bent|bekritiseren|0.56
p:je bent|geruststellen|-0.94
p:je bent|ondervragen|0.99
p:je bent|vervolgafspraak|-0.99
p:je best|parafrase|0.96
p:je best|moraliseren|0.78
p:je biedt|bevelen|0.96
p:je bij|gevoelsreflectie|-1.74
p:je bij|waarschuwen|-0.85
p:je bij|interpreteren|-0.99
p:je bij|geruststellen|-1.0
p:je bij|vervolgafspraak|1.0
p:je bijna|ik-boodschap|0.88
p:je bijna|moraliseren|-0.91
p:je binnen|bevelen|-0.99
p:je blijft|gevoelsreflectie|0.97
p:je blijft|geruststellen|0.71
p:je boek|parafrase|0.83
p:je boeken|bekritiseren|0.82
p:je boos|bevelen|0.84
p:je boos|geruststellen|-0.92
p:je buitensluiten|parafrase|0.95
p:je buurman|parafrase|-0.94
p:je capuchon|waarschuwen|-0.95
p:je cijfer|afleiden|-0.96
p:je cijfers|parafrase|-0.85
p:je cijfers|samenvatting|0.74
p:je cijfers|open-vraag|0.98
p:je cijfers|bekritiseren|-0.94
p:je daar|gevoelsreflectie|0.97
p:je daarin|parafrase|0.9
p:je daarom|parafrase|0.98
p:je daarom|samenvatting|-0.98
p:je dan|ik-boodschap|-0.88
p:je dan|waarschuwen|-1.0
p:je dan|ondervragen|1.0
p:je dat|ondervragen|0.99
p:je de|gevoelsreflectie|-0.94
p:je de|samenvatting|-0.94
p:je de|prijzen|-1.0
p:je de|afleiden|-1.0
p:je deze|open-vraag|-0.9
p:je deze|geruststellen|-0.78
p:je deze|afleiden|0.9
p:je die|parafrase|0.98
p:je die|samenvatting|-0.98
p:je die|afronding-aankondigen|-0.99
p:je dit|prijzen|0.97
p:je docent|jij-boodschap|1.0
p:je docent|parafrase|-0.96
p:je docent|samenvatting|1.63
p:je docent|adviseren|-1.0
p:je docent|bekritiseren|1.0
p:je docenten|jij-boodschap|-0.69
p:je docenten|ondervragen|-1.0
p:je docenten|bedanken|-1.0
p:je dochter|ik-boodschap|0.95
p:je doet|bevelen|0.93
p:je doet|bekritiseren|-2.26
p:je donderdag|ik-boodschap|-0.95
p:je donderdag|afronding-aankondigen|0.68
p:je donderdag|vervolgafspraak|0.95
p:je durft|open-vraag|-1.0
p:je durft|bekritiseren|-0.97
p:je durft|afronding-aankondigen|-0.78
p:je echt|ik-boodschap|-0.85
p:je echt|bevelen|-0.99
p:je echt|geruststellen|-0.96
p:je een|moraliseren|-0.97
p:je een|afronding-aankondigen|-0.99
p:je eentje|ik-boodschap|-0.9
p:je eerlijk|jij-boodschap|-0.69
p:je eerlijk|ondervragen|-1.0
p:je eerlijk|bedanken|-1.0
p:je eerlijkheid|vervolgafspraak|-1.0
p:je eigenlijk|afleiden|-0.72
p:je er|gevoelsreflectie|0.11
p:je er|bedanken|1.0
p:je eruit|jij-boodschap|1.66
p:je eruit|waarschuwen|1.89
p:je eruit|bekritiseren|1.97
p:je excuses|bevelen|0.97
p:je gaat|parafrase|-0.98
p:je gaat|bevelen|1.91
p:je gaat|geruststellen|1.84
p:je gang|waarschuwen|-0.99
p:je gedraagt|ik-boodschap|-0.99
p:je gedraagt|samenvatting|-0.99
p:je gedraagt|waarschuwen|-0.86
p:je geeft|parafrase|0.96
p:je geen|adviseren|-1.0
p:je geen|interpreteren|0.95
p:je geen|geruststellen|1.0
p:je gekozen|open-vraag|-0.91
p:je geweldige|bekritiseren|1.69
p:je geweldige|bedanken|-1.86
p:je gewoon|jij-boodschap|-2.79
p:je gewoon|moraliseren|1.79
p:je gewoon|bekritiseren|-2.34
p:je ging|vervolgafspraak|-0.99
p:je gisteren|ik-boodschap|2.48
p:je gisteren|gevoelsreflectie|-0.47
p:je gisteren|geruststellen|-0.87
p:je goed|open-vraag|-0.94
p:je groepsgenoten|jij-boodschap|0.97
p:je groepsgenoten|bekritiseren|0.97
p:je groepsgenoten|prijzen|-0.97
p:je gymspullen|bekritiseren|0.94
p:je haalt|geruststellen|1.84
p:je hebt|ik-boodschap|0.19
p:je hebt|gevoelsreflectie|-0.94
p:je hebt|bekritiseren|-0.58
p:je heel|jij-boodschap|0.97
p:je heel|gevoelsreflectie|1.54
p:je heel|bekritiseren|0.97
p:je heel|prijzen|-0.97
p:je heen|gevoelsreflectie|0.91
p:je helemaal|geruststellen|0.97
p:je helpen|ik-boodschap|0.94
p:je helpen|gevoelsreflectie|-0.94
p:je hem|ik-boodschap|-1.0
p:je hem|prijzen|-1.0
p:je hem|afleiden|-1.0
p:je het|ik-boodschap|1.63
p:je het|parafrase|0.98
p:je het|gevoelsreflectie|2.72
p:je het|open-vraag|-0.98
p:je het|waarschuwen|0.99
p:je het|moraliseren|-0.97
p:je het|interpreteren|0.99
p:je het|geruststellen|-0.98
p:je hoeft|bevelen|-0.99
p:je hoort|bevelen|-0.91
p:je hoort|argumenteren|-0.88
p:je huiswerk|moraliseren|0.99
p:je huiswerk|argumenteren|-0.99
p:je huiswerk|etiketteren|-1.0
p:je iemand|bevelen|-0.91
p:je iemand|waarschuwen|-0.98
p:je in|ik-boodschap|1.82
p:je je|ik-boodschap|-0.64
p:je je|parafrase|0.83
p:je je|gevoelsreflectie|0.54
p:je je|moraliseren|0.84
p:je je|adviseren|1.0
p:je je|argumenteren|0.96
p:je je|bekritiseren|0.92
p:je kamer|ik-boodschap|1.0
p:je kamer|jij-boodschap|-1.0
p:je kamer|gevoelsreflectie|-1.0
p:je kamer|adviseren|1.0
p:je kamer|bekritiseren|-1.0
p:je kijkt|gevoelsreflectie|2.56
p:je komt|jij-boodschap|0.79
p:je komt|bekritiseren|0.95
p:je kunnen|argumenteren|0.97
p:je laptop|ik-boodschap|0.93
p:je liever|open-vraag|-0.94
p:je maakt|moraliseren|-0.81
p:je maakt|bekritiseren|-2.51
p:je me|ik-boodschap|0.88
p:je meer|moraliseren|0.97
p:je meldt|ik-boodschap|-0.93
p:je mentor|vervolgafspraak|0.87
p:je mist|parafrase|-0.85
p:je mist|samenvatting|0.98
p:je moeder|moraliseren|0.99
p:je moeder|argumenteren|-0.99
p:je moeder|afronding-aankondigen|0.68
p:je moeder|vervolgafspraak|1.93
p:je moet|bevelen|0.14
p:je moet|moraliseren|0.77
p:je moet|geruststellen|0.99
p:je naar|waarschuwen|0.92
p:je naast|ik-boodschap|0.88
p:je naast|moraliseren|-0.91
p:je neemt|bekritiseren|0.73
p:je niet|ik-boodschap|-0.82
p:je niet|gevoelsreflectie|0.94
p:je niet|open-vraag|0.83
p:je niet|bevelen|0.99
p:je niet|waarschuwen|-1.0
p:je niet|moraliseren|1.92
p:je niet|etiketteren|0.83
p:je niet|interpreteren|-0.98
p:je niet|geruststellen|0.99
p:je niet|ondervragen|1.0
p:je niet|afleiden|-0.97
p:je niet|vervolgafspraak|-1.0
p:je nodig|open-vraag|0.9
p:je nog|ik-boodschap|-1.0
p:je nog|samenvatting|-0.67
p:je nog|moraliseren|-0.79
p:je nog|adviseren|-1.0
p:je nooit|bekritiseren|0.82
p:je nou|jij-boodschap|0.8
p:je nou|bevelen|-0.92
p:je nou|moraliseren|0.91
p:je nou|argumenteren|-0.91
p:je nu|waarschuwen|0.98
p:je ogen|bevelen|0.92
p:je ogen|bekritiseren|0.85
p:je om|ik-boodschap|-0.93
p:je om|moraliseren|-0.79
p:je omdat|afleiden|-0.72
p:je ook|prijzen|0.99
p:je oortjes|ik-boodschap|-0.9
p:je oortjes|bevelen|-0.99
p:je op|adviseren|0.93
p:je op|interpreteren|-0.95
p:je opdrachten|ik-boodschap|0.88
p:je opdrachten|moraliseren|-0.91
p:je oude|parafrase|-0.85
p:je oude|samenvatting|0.98
p:je oude|open-vraag|0.98
p:je pasje|ik-boodschap|-0.75
p:je plaats|ondervragen|-1.0
p:je plannen|jij-boodschap|-0.81
p:je planner|ik-boodschap|0.91
p:je planner|samenvatting|0.75
p:je planning|open-vraag|0.99
p:je planning|moraliseren|-0.99
p:je planning|ondervragen|-0.99
p:je praat|ik-boodschap|-0.98
p:je rekenmachine|ik-boodschap|0.94
p:je rekenmachine|gevoelsreflectie|-0.94
p:je rooster|jij-boodschap|-0.39
p:je rooster|ondervragen|-0.97
p:je samen|moraliseren|0.97
p:je samen|argumenteren|-0.97
p:je schaamt|gevoelsreflectie|0.99
p:je sinds|bekritiseren|-0.96
p:je slaap|ik-boodschap|1.0
p:je slaap|jij-boodschap|-1.0
p:je slaap|gevoelsreflectie|-1.0
p:je slaap|adviseren|1.0
p:je slaap|bekritiseren|-1.0
p:je slaapt|parafrase|-0.85
p:je slaapt|samenvatting|0.98
p:je snapt|moraliseren|-0.77
p:je snapt|prijzen|0.97
p:je sorry|waarschuwen|-0.98
p:je staat|waarschuwen|0.92
p:je stage|jij-boodschap|-0.81
p:je stage|samenvatting|0.7
p:je stage|bekritiseren|-0.94
p:je stage|afleiden|0.96
p:je stagebegeleider|bevelen|1.72
p:je stagebegeleider|vervolgafspraak|-0.92
p:je telefoon|ik-boodschap|-0.85
p:je telefoon|jij-boodschap|-1.0
p:je telefoon|gevoelsreflectie|-1.0
p:je telefoon|samenvatting|-1.64
p:je telefoon|bevelen|1.0
p:je telefoon|waarschuwen|0.99
p:je telefoon|bekritiseren|-1.0
p:je thuis|ik-boodschap|-0.99
p:je thuis|parafrase|-0.98
p:je thuis|samenvatting|-0.99
p:je thuis|waarschuwen|-0.86
p:je tijd|jij-boodschap|0.92
p:je tijd|samenvatting|-0.92
p:je tijd|aanmoediging|0.99
p:je tijd|bevelen|-1.85
p:je tijd|bekritiseren|1.14
p:je vader|parafrase|0.98
p:je vader|samenvatting|-0.98
p:je vader|bevelen|-1.68
p:je vader|waarschuwen|0.86
p:je vader|prijzen|-0.97
p:je vaker|bevelen|-0.99
p:je van|ik-boodschap|-0.91
p:je van|interpreteren|-0.94
p:je van|geruststellen|-0.94
p:je vandaag|ik-boodschap|-0.75
p:je vanochtend|bevelen|-0.91
p:je vast|adviseren|-0.92
p:je verantwoordelijkheid|bevelen|-0.85
p:je verantwoordelijkheid|moraliseren|0.77
p:je verpest|bekritiseren|2.74
p:je verzint|bekritiseren|-1.72
p:je verzuim|jij-boodschap|-0.81
p:je verzuim|samenvatting|0.7
p:je verzuim|bekritiseren|-0.94
p:je vindt|parafrase|-0.96
p:je voetbalwedstrijd|open-vraag|-1.72
p:je voetbalwedstrijd|afleiden|1.8
p:je volgend|moraliseren|-0.81
p:je vorige|interpreteren|-0.94
p:je vorige|geruststellen|-0.94
p:je vorige|vervolgafspraak|-0.99
p:je vrienden|parafrase|-0.85
p:je vrienden|samenvatting|0.98
p:je vrienden|open-vraag|0.98
p:je vriendin|adviseren|0.98
p:je vriendinnen|open-vraag|-0.98
p:je vrije|prijzen|0.97
p:je want|jij-boodschap|0.79
p:je wat|ik-boodschap|0.94
p:je wat|gevoelsreflectie|-0.94
p:je weer|aanmoediging|-0.99
p:je weer|moraliseren|-0.99
p:je weer|afronding-aankondigen|0.99
p:je weer|vervolgafspraak|0.99
p:je weer|bedanken|0.99
p:je weet|ik-boodschap|-1.0
p:je weet|jij-boodschap|-0.69
p:je weet|parafrase|-0.99
p:je weet|gevoelsreflectie|-0.8
p:je weet|samenvatting|0.32
p:je weet|adviseren|-1.0
p:je weet|ondervragen|-1.0
p:je weet|vervolgafspraak|-0.99
p:je weet|bedanken|-1.0
p:je wel|aanmoediging|-0.99
p:je wel|moraliseren|-0.99
p:je wel|afronding-aankondigen|0.99
p:je wel|vervolgafspraak|0.99
p:je wel|bedanken|0.99
p:je werk|geruststellen|-0.99
p:je wil|parafrase|-1.06
p:je wil|gevoelsreflectie|-0.8
p:je wil|samenvatting|0.99
p:je wil|bekritiseren|-0.97
p:je wil|afronding-aankondigen|-0.78
p:je wil|vervolgafspraak|-0.99
p:je wordt|ik-boodschap|0.91
p:je zegt|ik-boodschap|-1.13
p:je zegt|samenvatting|-0.88
p:je zegt|moraliseren|-0.77
p:je zegt|argumenteren|0.88
p:je zegt|prijzen|-1.0
p:je zegt|interpreteren|0.31
p:je zegt|geruststellen|-0.98
p:je zegt|afleiden|-1.0
p:je zelf|parafrase|-0.94
p:je zenuwachtig|ik-boodschap|-0.93
p:je zenuwachtig|geruststellen|1.82
p:je ziek|moraliseren|0.81
p:je zit|ik-boodschap|1.0
p:je zit|jij-boodschap|-1.0
p:je zit|gevoelsreflectie|-1.0
p:je zit|adviseren|1.0
p:je zit|bekritiseren|-1.0
p:je zo|ik-boodschap|-0.99
p:je zo|samenvatting|-0.99
p:je zo|waarschuwen|0.98
p:je zo|moraliseren|-0.8
p:je zorgen|geruststellen|0.76
p:je zoveel|interpreteren|1.63
p:jesse geen|ik-boodschap|0.95
p:jesse geen|jij-boodschap|-0.95
p:jesse geen|bekritiseren|-0.95
p:jesse klopt|parafrase|-0.98
p:jezelf naar|ik-boodschap|0.83
p:jezelf sem|jij-boodschap|-0.97
p:jij altijd|ondervragen|-0.98
p:jij baalt|ik-boodschap|-0.94
p:jij baalt|gevoelsreflectie|0.94
p:jij bent|jij-boodschap|-0.1
p:jij bent|bevelen|-0.98
p:jij bent|adviseren|-0.92
p:jij bent|argumenteren|-0.86
p:jij bent|bekritiseren|-2.4
p:jij bent|prijzen|1.81
p:jij blijft|bevelen|0.99
p:jij doet|jij-boodschap|-0.8
p:jij doet|bevelen|-0.8
p:jij door|ik-boodschap|0.92
p:jij een|open-vraag|-1.0
p:jij een|bekritiseren|-1.0
p:jij een|etiketteren|1.0
p:jij er|jij-boodschap|1.01
p:jij er|gevoelsreflectie|-0.99
p:jij er|bekritiseren|2.3
p:jij er|interpreteren|-1.64
p:jij gaat|parafrase|-0.96
p:jij gaat|samenvatting|0.88
p:jij gaat|bevelen|0.92
p:jij hebt|jij-boodschap|0.11
p:jij hebt|samenvatting|-0.97
p:jij hebt|bekritiseren|0.97
p:jij hebt|prijzen|-1.0
p:jij hebt|vervolgafspraak|-1.0
p:jij je|samenvatting|0.75
p:jij je|bekritiseren|1.0
p:jij je|etiketteren|-1.0
p:jij kunt|prijzen|0.81
p:jij lui|geruststellen|0.81
p:jij maakt|bekritiseren|0.16
p:jij nodig|open-vraag|0.99
p:jij nodig|moraliseren|-0.99
p:jij nodig|ondervragen|-0.99
p:jij nooit|afleiden|-0.96
p:jij ruimt|bevelen|-0.98
p:jij ruimt|bekritiseren|-0.98
p:jij snapt|jij-boodschap|-0.96
p:jij tijdens|parafrase|-0.94
p:jij vergeet|bekritiseren|0.94
p:jij verpest|jij-boodschap|1.66
p:jij verpest|bekritiseren|-1.83
p:jij vindt|jij-boodschap|1.0
p:jij vindt|adviseren|-1.0
p:jij vindt|bekritiseren|1.0
p:jij zegt|parafrase|0.83
p:jij zelf|jij-boodschap|-0.96
p:jij zit|jij-boodschap|0.92
p:jij zit|samenvatting|-0.92
p:jij zit|bekritiseren|1.32
p:jij zoekt|interpreteren|0.94
p:joep en|jij-boodschap|1.66
p:joep en|bekritiseren|1.66
p:joh daar|bekritiseren|-0.23
p:joh daar|prijzen|-1.0
p:joh daar|geruststellen|1.0
p:joh een|afleiden|0.97
p:joh over|geruststellen|0.97
p:jongen als|prijzen|0.97
p:jongen bram|jij-boodschap|-0.96
p:jongen van|bekritiseren|1.6
p:jou ?|jij-boodschap|0.97
p:jou ?|gevoelsreflectie|-0.99
p:jou ?|samenvatting|-0.97
p:jou ?|bekritiseren|0.97
p:jou echt|gevoelsreflectie|0.85
p:jou heeft|samenvatting|-0.97
p:jou helpen|bekritiseren|-0.25
p:jou was|adviseren|0.98
p:jouw plaats|adviseren|0.97
p:jouw verantwoordelijkheid|moraliseren|0.99
p:jouw verantwoordelijkheid|argumenteren|-0.99
p:juist heel|jij-boodschap|-1.0
p:julian wat|gevoelsreflectie|-0.99
p:julian wat|bekritiseren|-0.79
p:jullie ?|ik-boodschap|1.0
p:jullie ?|open-vraag|0.83
p:jullie ?|adviseren|-1.0
p:jullie beter|bevelen|-0.98
p:jullie beter|bekritiseren|-0.45
p:jullie controleren|bekritiseren|-1.64
p:jullie de|ik-boodschap|0.96
p:jullie de|waarschuwen|-0.96
p:jullie denken|parafrase|-0.82
p:jullie denken|prijzen|0.94
p:jullie doen|jij-boodschap|1.0
p:jullie doen|bekritiseren|0.93
p:jullie eigen|jij-boodschap|0.81
p:jullie eigen|bekritiseren|0.81
p:jullie eigenlijk|bekritiseren|1.34
p:jullie er|jij-boodschap|-0.39
p:jullie grijpen|bekritiseren|0.46
p:jullie hadden|bekritiseren|1.0
p:jullie hebben|bekritiseren|0.21
p:jullie hebben|etiketteren|-0.97
p:jullie het|parafrase|-0.82
p:jullie het|prijzen|0.94
p:jullie kijken|bevelen|-0.99
p:jullie komen|ik-boodschap|-0.95
p:jullie letten|bekritiseren|-0.7
p:jullie moeten|bevelen|0.89
p:jullie moeten|bekritiseren|-0.89
p:jullie reageren|jij-boodschap|1.65
p:jullie reageren|bekritiseren|1.53
p:jullie thuis|open-vraag|0.98
p:jullie thuis|afleiden|-0.96
p:jullie veel|bekritiseren|1.0
p:jullie vinden|bekritiseren|0.94
p:jullie was|bekritiseren|0.46
p:jullie wel|jij-boodschap|-0.39
p:jullie zijn|jij-boodschap|-0.87
p:jullie zijn|moraliseren|-0.95
p:jullie zijn|bekritiseren|-2.58
p:jullie zijn|geruststellen|-1.0
p:jullie zitten|bekritiseren|0.95
p:jullie zorgen|bevelen|1.85
p:jullie zorgen|moraliseren|-0.95
p:kader in|adviseren|-0.92
p:kamer leggen|ik-boodschap|1.0
p:kamer leggen|jij-boodschap|-1.0
p:kamer leggen|gevoelsreflectie|-1.0
p:kamer leggen|adviseren|1.0
p:kamer leggen|bekritiseren|-1.0
p:kamp ?|afleiden|1.84
p:kamp het|open-vraag|-1.0
p:kamp hè|ik-boodschap|-0.94
p:kamp hè|gevoelsreflectie|0.94
p:kampweek en|parafrase|-0.99
p:kampweek en|samenvatting|0.99
p:kan afronden|ik-boodschap|0.95
p:kan blijven|interpreteren|-0.99
p:kan doen|open-vraag|0.98
p:kan echt|bekritiseren|0.93
p:kan geven|ik-boodschap|0.95
p:kan geven|jij-boodschap|-0.95
p:kan geven|bekritiseren|-0.95
p:kan hem|waarschuwen|0.91
p:kan het|jij-boodschap|0.91
p:kan het|bekritiseren|1.0
p:kan het|etiketteren|-1.0
p:kan hij|argumenteren|1.99
p:kan hij|interpreteren|-0.99
p:kan hij|afleiden|-0.99
p:kan hij|vervolgafspraak|0.91
p:kan ik|parafrase|-0.94
p:kan ik|gevoelsreflectie|-0.95
p:kan ik|waarschuwen|-1.02
p:kan ik|argumenteren|-0.23
p:kan ik|ondervragen|-0.97
p:kan ik|afronding-aankondigen|0.98
p:kan ik|vervolgafspraak|-0.95
p:kan ik|bedanken|-0.98
p:kan me|ik-boodschap|-0.93
p:kan me|gevoelsreflectie|1.97
p:kan me|open-vraag|-0.93
p:kan me|bevelen|-0.84
p:kan niet|moraliseren|-0.86
p:kan toch|prijzen|0.97
p:kan uw|ik-boodschap|1.0
p:kan uw|samenvatting|-1.0
p:kan ze|ik-boodschap|0.98
p:kan ze|argumenteren|-0.98
p:kans krijgt|samenvatting|0.98
p:kans om|ik-boodschap|0.85
p:kans om|bevelen|0.87
p:kant op|bekritiseren|0.6
p:kast zetten|argumenteren|-0.92
p:keer bedankt|waarschuwen|-0.9
p:keer bedankt|bedanken|0.7
p:keer een|argumenteren|-0.98
p:keer en|bevelen|-0.92
p:keer gemaild|interpreteren|-0.93
p:keer heb|ik-boodschap|-0.93
p:keer is|ik-boodschap|1.0
p:keer is|argumenteren|-1.0
p:keer je|gevoelsreflectie|-0.94
p:keer je|samenvatting|-0.67
p:keer je|adviseren|-1.0
p:keer kort|samenvatting|0.93
p:keer nodig|afronding-aankondigen|-0.94
p:keer schuift|vervolgafspraak|0.9
p:keer te|ik-boodschap|-0.93
p:keer te|moraliseren|-0.79
p:keer te|argumenteren|0.91
p:keer zie|bevelen|0.86
p:keer zie|adviseren|-0.95
p:keer ziek|gevoelsreflectie|-0.95
p:keer zijn|ik-boodschap|-0.94
p:keer zijn|bevelen|-0.86
p:keer zo|waarschuwen|1.0
p:keer zo'n|waarschuwen|1.0
p:keuken leggen|waarschuwen|-0.93
p:keus is|prijzen|0.94
p:keuze voor|parafrase|-0.86
p:keuzevak ?|open-vraag|-0.91
p:kevin vorige|ik-boodschap|0.93
p:kiezen ?|bekritiseren|-0.91
p:kijk als|ik-boodschap|0.94
p:kijk als|argumenteren|-0.94
p:kijk het|argumenteren|0.89
p:kijk jij|jij-boodschap|-0.96
p:kijk me|ik-boodschap|-0.98
p:kijk met|jij-boodschap|-1.0
p:kijk met|argumenteren|0.99
p:kijk met|bekritiseren|-0.68
p:kijk zo|argumenteren|0.7
p:kijk zonder|moraliseren|-0.97
p:kijk zonder|interpreteren|-0.99
p:kijk zonder|afleiden|-0.99
p:kijken gewoon|bevelen|-0.99
p:kijken hoe|vervolgafspraak|0.84
p:kijken hoe|bedanken|-0.97
p:kijken we|parafrase|-0.96
p:kijken we|samenvatting|0.77
p:kijken we|vervolgafspraak|0.99
p:kijkt een|gevoelsreflectie|1.65
p:kijkt er|gevoelsreflectie|0.91
p:kijkt gewoon|bekritiseren|0.6
p:kijkt u|jij-boodschap|-0.72
p:kijkt u|open-vraag|0.91
p:kijkt u|bekritiseren|-1.91
p:kim haar|open-vraag|0.9
p:kind moet|moraliseren|0.92
p:kind op|moraliseren|0.97
p:kind te|moraliseren|0.93
p:kind van|bekritiseren|-0.85
p:kinderen ?|open-vraag|-0.82
p:kinderen ?|interpreteren|-0.96
p:kinderen en|bekritiseren|0.6
p:kinderen hebben|bevelen|-0.92
p:kinderen hebben|geruststellen|0.95
p:kinderen horen|moraliseren|0.97
p:kinderen op|bekritiseren|-0.96
p:klaar mee|bekritiseren|-0.98
p:klas ?|ik-boodschap|-0.99
p:klas begonnen|bevelen|-0.97
p:klas begonnen|argumenteren|-0.97
p:klas bij|ik-boodschap|0.88
p:klas bram|bekritiseren|0.31
p:klas dat|geruststellen|0.95
p:klas dus|prijzen|0.81
p:klas en|gevoelsreflectie|-0.47
p:klas en|moraliseren|-0.99
p:klas en|bekritiseren|-0.34
p:klas en|geruststellen|-0.87
p:klas en|vervolgafspraak|-0.95
p:klas gaat|afleiden|-0.96
p:klas gelijk|parafrase|0.93
p:klas gelijk|argumenteren|0.93
p:klas haalde|ik-boodschap|-0.88
p:klas haalde|samenvatting|-0.88
p:klas haalde|argumenteren|0.88
p:klas haar|open-vraag|-0.9
p:klas hoe|ik-boodschap|0.97
p:klas is|samenvatting|0.92
p:klas is|bevelen|0.97
p:klas joep|jij-boodschap|1.66
p:klas joep|bekritiseren|1.66
p:klas mila|argumenteren|-0.86
p:klas mila|prijzen|1.0
p:klas mila|etiketteren|-1.0
p:klas roept|ik-boodschap|0.92
p:klas te|prijzen|-0.79
p:klas te|interpreteren|-0.99
p:klas wat|open-vraag|0.95
p:klas zit|open-vraag|-0.99
p:klasgenoot hielp|ik-boodschap|0.93
p:kleuter luuk|jij-boodschap|1.58
p:kleuter luuk|gevoelsreflectie|-0.89
p:kleuter luuk|etiketteren|0.95
p:kleuter luuk|geruststellen|-0.7
p:kleuterachtig gedoe|etiketteren|0.9
p:klinkt als|ik-boodschap|-0.95
p:klinkt als|afleiden|-0.9
p:klinkt alsof|gevoelsreflectie|2.45
p:klinkt alsof|bekritiseren|-0.98
p:klinkt boos|gevoelsreflectie|1.0
p:klinkt boos|bedanken|-1.0
p:klinkt erg|parafrase|-0.86
p:klinkt erg|geruststellen|-0.96
p:klinkt ongerust|gevoelsreflectie|0.94
p:klinkt teleurgesteld|aanmoediging|-1.0
p:klinkt zorgelijk|gevoelsreflectie|0.81
p:klinkt zorgelijk|open-vraag|0.76
p:klopt dat|jij-boodschap|-1.0
p:klopt dat|gevoelsreflectie|-1.0
p:klopt dat|samenvatting|0.92
p:klopt dat|open-vraag|-1.0
p:klopt gewoon|argumenteren|1.0
p:klopt gewoon|ondervragen|-0.74
p:klopt niet|argumenteren|0.98
p:kluisjes staat|ik-boodschap|0.88
p:koffie of|bevelen|-0.99
p:koken dat|moraliseren|-0.91
p:kom je|ik-boodschap|0.88
p:kom je|jij-boodschap|-0.2
p:kom je|moraliseren|-0.91
p:kom je|bekritiseren|-0.68
p:kom op|ik-boodschap|-1.0
p:kom op|jij-boodschap|-1.0
p:kom op|parafrase|-1.0
p:kom op|gevoelsreflectie|-1.0
p:kom op|samenvatting|-1.0
p:kom op|open-vraag|-1.0
p:kom op|aanmoediging|-1.0
p:kom op|bevelen|1.0
p:kom op|waarschuwen|-1.0
p:kom op|moraliseren|-1.0
p:kom op|adviseren|-1.0
p:kom op|argumenteren|-1.0
p:kom op|bekritiseren|-1.0
p:kom op|prijzen|-1.0
p:kom op|etiketteren|-1.0
p:kom op|interpreteren|-1.0
p:kom op|geruststellen|-1.0
p:kom op|ondervragen|-1.0
p:kom op|afleiden|-1.0
p:kom op|afronding-aankondigen|-1.0
p:kom op|vervolgafspraak|-1.0
p:kom op|bedanken|-1.0
p:komen ?|bekritiseren|-0.25
p:komen melden|moraliseren|-0.79
p:komen ook|ik-boodschap|-0.95
p:komst ik|afronding-aankondigen|-1.76
p:komst we|afronding-aankondigen|0.98
p:komt allemaal|waarschuwen|-1.0
p:komt allemaal|argumenteren|-1.0
p:komt allemaal|bekritiseren|-0.93
p:komt allemaal|geruststellen|1.89
p:komt allemaal|afleiden|-1.0
p:komt daan|jij-boodschap|-0.77
p:komt dan|parafrase|0.99
p:komt dan|gevoelsreflectie|-0.99
p:komt dan|adviseren|0.99
p:komt er|geruststellen|0.93
p:komt er|afleiden|-0.93
p:komt geen|ik-boodschap|0.94
p:komt geen|argumenteren|-0.94
p:komt gewoon|interpreteren|0.99
p:komt goed|open-vraag|0.93
p:komt goed|adviseren|0.96
p:komt goed|geruststellen|0.76
p:komt goed|afleiden|-0.86
p:komt helemaal|parafrase|-0.99
p:komt helemaal|gevoelsreflectie|0.18
p:komt helemaal|bevelen|-0.99
p:komt helemaal|geruststellen|0.99
p:komt het|open-vraag|0.99
p:komt het|geruststellen|0.97
p:komt het|afleiden|-0.97
p:komt hij|open-vraag|-0.99
p:komt hij|bekritiseren|-0.68
p:komt je|jij-boodschap|0.79
p:komt je|bekritiseren|0.95
p:komt later|open-vraag|-0.9
p:komt later|geruststellen|-0.78
p:komt later|afleiden|0.9
p:komt met|geruststellen|-0.95
p:komt mijn|bevelen|-0.99
p:komt mist|vervolgafspraak|0.95
p:komt moet|moraliseren|-0.79
p:komt opdagen|jij-boodschap|1.8
p:komt opdagen|bekritiseren|1.8
p:komt over|geruststellen|-0.88
p:komt volgende|vervolgafspraak|-1.54
p:komt wel|adviseren|-0.96
p:komt zo|bevelen|-1.68
p:komt zo|prijzen|-0.97
p:kon doen|parafrase|0.83
p:kon maken|ik-boodschap|0.94
p:kon maken|gevoelsreflectie|-0.94
p:kon maken|adviseren|0.99
p:kon maken|vervolgafspraak|0.99
p:kon uploaden|ik-boodschap|-1.0
p:kon uploaden|prijzen|-1.0
p:kon uploaden|afleiden|-1.0
p:kon zijn|jij-boodschap|-0.94
p:kon zijn|gevoelsreflectie|-0.94
p:koptelefoon op|open-vraag|-0.9
p:kort ayoub|samenvatting|0.93
p:kort samengevat|jij-boodschap|-0.86
p:kortom het|samenvatting|0.96
p:kortom het|aanmoediging|-0.93
p:kortom het|moraliseren|-0.99
p:kortom het|afleiden|-0.96
p:kortom hij|parafrase|-0.96
p:kortom je|bekritiseren|-0.97
p:kortom je|afronding-aankondigen|-0.78
p:kortom jij|jij-boodschap|1.89
p:kortom jij|samenvatting|-1.89
p:kortom jij|bevelen|-0.92
p:kortom jij|bekritiseren|2.12
p:kortom thuis|samenvatting|1.0
p:kortom thuis|open-vraag|1.0
p:kortom volgens|parafrase|0.99
p:kortom volgens|samenvatting|0.88
p:kortom volgens|open-vraag|-0.99
p:kortom we|ik-boodschap|-1.0
p:kortom we|samenvatting|1.64
p:kortom we|waarschuwen|-1.0
p:kortom we|adviseren|-0.99
p:kortom we|interpreteren|-1.0
p:kortom we|afronding-aankondigen|1.18
p:kortom we|bedanken|0.99
p:kortzichtige manier|argumenteren|-1.0
p:kortzichtige manier|bekritiseren|1.0
p:kost het|bedanken|0.91
p:kreeg geen|gevoelsreflectie|0.63
p:kreeg geen|samenvatting|0.97
p:kreeg geen|vervolgafspraak|0.63
p:krijg je|moraliseren|-0.97
p:krijg je|afronding-aankondigen|-0.99
p:krijgen van|bekritiseren|-0.99
p:krijgt bijles|samenvatting|0.64
p:krijgt bijles|afronding-aankondigen|0.99
p:krijgt bijles|bedanken|0.99
p:krijgt een|moraliseren|0.81
p:krijgt een|argumenteren|0.96
p:krijgt en|afronding-aankondigen|-0.95
p:krijgt geen|argumenteren|0.91
p:krijgt hij|prijzen|-0.98
p:krijgt in|parafrase|-0.97
p:krijgt te|interpreteren|-0.96
p:krijgt ze|waarschuwen|1.0
p:kritiek op|jij-boodschap|1.8
p:kritiek op|gevoelsreflectie|-0.81
p:kritiek op|bekritiseren|2.09
p:kun je|ik-boodschap|0.93
p:kunnen de|ik-boodschap|0.92
p:kunnen helpen|adviseren|0.99
p:kunnen lezen|ik-boodschap|-0.94
p:kunnen lezen|parafrase|0.94
p:kunnen maken|argumenteren|0.94
p:kunnen voorkomen|bekritiseren|0.51
p:kunnen we|jij-boodschap|-0.91
p:kunnen we|afronding-aankondigen|0.94
p:kunnen weten|argumenteren|0.97
p:kunt accepteren|adviseren|-0.95
p:kunt best|prijzen|0.81
p:kunt buiten|adviseren|-0.96
p:kunt dat|parafrase|-0.94
p:kunt eens|prijzen|-0.97
p:kunt eens|geruststellen|0.97
p:kunt hem|adviseren|0.96
p:kunt het|adviseren|0.95
p:kunt het|geruststellen|-0.95
p:kunt inhalen|prijzen|0.97
p:kunt slapen|parafrase|-0.98
p:kunt u|ik-boodschap|0.98
p:kunt u|jij-boodschap|0.7
p:kunt u|open-vraag|1.0
p:kunt u|adviseren|1.99
p:kunt u|argumenteren|-0.92
p:kunt u|bekritiseren|0.7
p:kunt u|prijzen|0.87
p:kunt u|vervolgafspraak|-1.0
p:kwaad maar|interpreteren|0.65
p:kwam ze|ondervragen|0.61
p:kwart over|ik-boodschap|-0.91
p:kwartier voor|afronding-aankondigen|-0.99
p:kwetst me|ik-boodschap|0.88
p:laag maar|parafrase|0.93
p:laag maar|argumenteren|0.93
p:laat ?|jij-boodschap|0.8
p:laat ?|bekritiseren|-0.68
p:laat ?|ondervragen|0.88
p:laat bent|bekritiseren|1.16
p:laat dat|jij-boodschap|-0.94
p:laat dat|bekritiseren|-0.94
p:laat duidelijk|argumenteren|1.0
p:laat duidelijk|interpreteren|-1.0
p:laat duidelijk|geruststellen|-1.0
p:laat duidelijk|vervolgafspraak|-1.0
p:laat en|ik-boodschap|-0.93
p:laat hem|bevelen|-0.94
p:laat hem|adviseren|0.85
p:laat hem|bekritiseren|0.44
p:laat hem|interpreteren|-0.93
p:laat het|bevelen|0.99
p:laat hij|ondervragen|-0.9
p:laat ik|waarschuwen|0.93
p:laat in|open-vraag|-1.0
p:laat in|argumenteren|-1.0
p:laat in|bekritiseren|-2.01
p:laat in|afronding-aankondigen|-1.0
p:laat ingeleverd|moraliseren|0.81
p:laat ingeleverd|argumenteren|0.96
p:laat is|parafrase|-0.99
p:laat is|gevoelsreflectie|-0.8
p:laat is|samenvatting|0.99
p:laat is|bekritiseren|0.96
p:laat is|vervolgafspraak|-0.99
p:laat komt|open-vraag|-0.99
p:laat komt|moraliseren|-0.79
p:laat komt|vervolgafspraak|0.95
p:laat kwam|ondervragen|0.61
p:laat me|bekritiseren|1.91
p:laat mij|bekritiseren|-0.95
p:laat naar|bekritiseren|-0.89
p:laat te|bekritiseren|0.9
p:laat u|adviseren|1.0
p:laat u|argumenteren|-1.0
p:laat u|bekritiseren|-0.91
p:laat u|ondervragen|-1.07
p:laat u|vervolgafspraak|0.9
p:laat volgt|argumenteren|0.91
p:laat waardoor|vervolgafspraak|-0.91
p:laat was|afleiden|-0.94
p:laat ze|moraliseren|1.0
p:laat ze|adviseren|-1.0
p:laat zien|vervolgafspraak|0.99
p:laatste drie|vervolgafspraak|0.1
p:laatste gekozen|ik-boodschap|1.0
p:laatste kans|etiketteren|-0.97
p:laatste opgaven|afleiden|-0.97
p:laatste tijd|open-vraag|0.98
p:laatste weken|ik-boodschap|-1.7
p:laatste weken|samenvatting|-0.94
p:laatste weken|afronding-aankondigen|-0.98
p:laatste weken|vervolgafspraak|-0.98
p:lage cijfers|samenvatting|0.93
p:laks zijn|bekritiseren|1.0
p:lang gamen|ondervragen|0.92
p:lang gewacht|bekritiseren|0.72
p:langst dat|moraliseren|0.96
p:lapt alle|jij-boodschap|0.86
p:lapt alle|samenvatting|-0.63
p:laptop niet|ik-boodschap|0.93
p:lars toch|prijzen|-0.99
p:lastig dat|bekritiseren|0.82
p:lastig hoe|open-vraag|0.9
p:lastig is|gevoelsreflectie|-0.8
p:lastig is|bekritiseren|0.91
p:lastig vindt|bekritiseren|-0.76
p:lastig vond|bekritiseren|-0.84
p:lastige situatie|argumenteren|-0.9
p:lastpak thijs|jij-boodschap|1.0
p:lastpak thijs|bevelen|-1.0
p:laten ?|vervolgafspraak|-0.99
p:laten dan|ik-boodschap|-0.95
p:laten dan|afronding-aankondigen|0.68
p:laten dan|vervolgafspraak|0.95
p:laten denk|interpreteren|0.98
p:laten en|afronding-aankondigen|0.91
p:laten gamen|adviseren|0.9
p:laten gamen|etiketteren|-0.97
p:laten komen|bekritiseren|0.89
p:laten liggen|parafrase|1.82
p:laten liggen|gevoelsreflectie|-0.99
p:laten liggen|adviseren|0.99
p:laten plannen|adviseren|0.96
p:laten schieten|bekritiseren|-0.89
p:laten thuisblijven|jij-boodschap|-0.98
p:laten uitpraten|adviseren|-0.99
p:laten voor|afronding-aankondigen|0.83
p:laten wachten|ik-boodschap|0.98
p:laten we|parafrase|-1.0
p:laten we|samenvatting|-0.95
p:laten we|bevelen|-0.92
p:laten we|argumenteren|-0.99
p:laten we|geruststellen|-0.99
p:laten we|afleiden|1.66
p:laten we|vervolgafspraak|-0.53
p:laten weten|samenvatting|-0.99
p:laten zien|ik-boodschap|-0.11
p:later wel|open-vraag|-0.9
p:later wel|geruststellen|-0.78
p:later wel|afleiden|0.9
p:leeftijd allemaal|geruststellen|-0.83
p:leeftijd allemaal|afleiden|0.99
p:leek het|jij-boodschap|0.86
p:leek het|samenvatting|-0.63
p:leerling heb|moraliseren|0.91
p:leerling heb|argumenteren|-0.91
p:leerling hoor|moraliseren|0.81
p:leerling hoor|argumenteren|0.96
p:leerling in|moraliseren|0.97
p:leerling met|argumenteren|0.89
p:leerling mila|prijzen|0.99
p:leerlingen die|moraliseren|-1.0
p:leerlingen die|argumenteren|1.0
p:leerlingen van|argumenteren|-0.86
p:leerlingen van|prijzen|1.0
p:leerlingen van|etiketteren|-1.0
p:leerlingen waardoor|ik-boodschap|-0.92
p:leerplichtambtenaar in|waarschuwen|0.74
p:leert maar|ik-boodschap|0.9
p:leert maar|parafrase|0.98
p:leert maar|argumenteren|-0.85
p:leg die|bevelen|0.86
p:leg die|adviseren|-0.95
p:lekker bezig|bekritiseren|1.38
p:leraar zei|moraliseren|0.79
p:leren dat|moraliseren|0.92
p:leren je|bevelen|-0.85
p:leren je|moraliseren|0.77
p:les en|argumenteren|-0.94
p:les even|bevelen|0.99
p:les gewoon|ik-boodschap|-0.88
p:les neem|bevelen|-0.86
p:les steeds|ik-boodschap|-0.99
p:les uit|parafrase|0.99
p:les voor|bekritiseren|0.31
p:les voorbij|ik-boodschap|-0.82
p:les weer|jij-boodschap|0.9
p:les weer|bekritiseren|0.54
p:les weer|etiketteren|-0.9
p:les wegzakt|ik-boodschap|0.98
p:lesgeven en|waarschuwen|-0.99
p:lessen geef|bekritiseren|0.94
p:lessen gemist|argumenteren|0.98
p:let gewoon|bekritiseren|0.99
p:let maar|bevelen|-0.79
p:let maar|geruststellen|0.94
p:let op|ik-boodschap|-0.93
p:let thuis|samenvatting|1.0
p:let thuis|open-vraag|-0.83
p:let thuis|prijzen|-1.0
p:let zelf|jij-boodschap|1.0
p:let zelf|samenvatting|-1.0
p:let zelf|bekritiseren|1.0
p:letten gewoon|bekritiseren|-1.62
p:letten op|adviseren|-0.99
p:letten thuis|bekritiseren|0.92
p:leuk dat|jij-boodschap|-0.35
p:leuk dat|bekritiseren|-0.35
p:leukste leerlingen|argumenteren|-0.86
p:leukste leerlingen|prijzen|1.0
p:leukste leerlingen|etiketteren|-1.0
p:lever dat|bevelen|1.85
p:lever jij|afleiden|-0.96
p:lezen de|jij-boodschap|0.62
p:lezen ze|bedanken|0.91
p:liam goed|gevoelsreflectie|-0.88
p:liegen niet|moraliseren|0.95
p:liegt erover|bekritiseren|0.96
p:liever niet|open-vraag|-0.94
p:liever niet|afleiden|0.91
p:lig je|jij-boodschap|1.66
p:lig je|bekritiseren|1.66
p:liggen en|parafrase|-0.14
p:ligt er|parafrase|-0.99
p:ligt het|parafrase|0.99
p:ligt het|samenvatting|0.88
p:ligt het|open-vraag|-0.99
p:lijkt me|samenvatting|-0.99
p:lijkt me|vervolgafspraak|-1.0
p:logisch dat|argumenteren|0.89
p:lokaal 14|geruststellen|-1.0
p:lokaal 14|vervolgafspraak|1.0
p:lokaal heb|open-vraag|-0.98
p:loop je|waarschuwen|-0.85
p:loop je|interpreteren|-0.99
p:loopt hij|interpreteren|-0.98
p:loopt ze|waarschuwen|-1.0
p:los te|bekritiseren|-0.76
p:los te|interpreteren|0.98
p:lotte haar|ik-boodschap|0.98
p:lotte haar|argumenteren|-0.98
p:lotte haar|afronding-aankondigen|-1.0
p:lotte sinds|open-vraag|0.99
p:lucas zijn|waarschuwen|0.97
p:luchtig houden|afronding-aankondigen|-0.71
p:luchtig over|bekritiseren|0.72
p:lui bent|geruststellen|0.81
p:lui is|interpreteren|0.7
p:lui maar|geruststellen|-0.76
p:lui om|moraliseren|-0.98
p:lui om|bekritiseren|2.42
p:lui om|etiketteren|0.86
p:luie jongen|jij-boodschap|1.0
p:luie jongen|argumenteren|-1.0
p:luister naar|open-vraag|-0.95
p:luisteren en|afronding-aankondigen|0.98
p:luisteren en|bedanken|-0.98
p:luistert gewoon|jij-boodschap|0.93
p:luistert niet|parafrase|-0.95
p:luistert niet|bevelen|0.92
p:luistert voor|bekritiseren|0.82
p:lukt hem|parafrase|-0.96
p:lukt het|adviseren|-0.99
p:lukt niet|bekritiseren|-0.97
p:lukt niet|afronding-aankondigen|-0.78
p:lukt u|prijzen|1.0
p:lukt wel|aanmoediging|-0.93
p:lunch hoe|ik-boodschap|1.0
p:lunch hoe|open-vraag|0.83
p:lunch hoe|adviseren|-1.0
p:luuk zijn|open-vraag|-0.98
p:m'n maag|jij-boodschap|-0.55
p:maak ik|ik-boodschap|0.99
p:maak je|bevelen|0.99
p:maak je|adviseren|-1.0
p:maak je|geruststellen|1.99
p:maak me|jij-boodschap|-1.0
p:maak me|gevoelsreflectie|-1.0
p:maak me|open-vraag|0.83
p:maak me|aanmoediging|-1.0
p:maak me|waarschuwen|-1.0
p:maak me|bekritiseren|-1.0
p:maak me|geruststellen|-0.94
p:maak u|adviseren|0.85
p:maak u|interpreteren|-0.93
p:maakt een|jij-boodschap|-0.98
p:maakt een|samenvatting|0.98
p:maakt een|vervolgafspraak|0.98
p:maakt er|jij-boodschap|0.9
p:maakt er|moraliseren|-0.81
p:maakt er|bekritiseren|0.54
p:maakt er|etiketteren|-0.9
p:maakt het|samenvatting|1.0
p:maakt het|open-vraag|1.0
p:maakt het|bekritiseren|0.46
p:maakt het|interpreteren|-0.65
p:maakt maar|adviseren|0.92
p:maakt me|parafrase|-0.98
p:maakt me|open-vraag|0.1
p:maakt om|ik-boodschap|-0.85
p:maakt om|interpreteren|1.63
p:maakt u|gevoelsreflectie|0.14
p:maakt u|samenvatting|-0.97
p:maakt u|bekritiseren|-0.93
p:maakt u|etiketteren|-1.0
p:maakt u|geruststellen|1.76
p:maakt waardoor|open-vraag|-0.98
p:maakt waardoor|vervolgafspraak|0.1
p:maakt wat|open-vraag|0.93
p:maakt wat|geruststellen|0.76
p:maakt zich|gevoelsreflectie|1.0
p:maakt zich|prijzen|-1.0
p:maakt zich|geruststellen|-1.0
p:maakte hem|open-vraag|0.95
p:maand evalueren|afronding-aankondigen|-0.95
p:maand het|bekritiseren|-0.8
p:maand opnieuw|samenvatting|-1.0
p:maand van|ik-boodschap|0.84
p:maand zitten|vervolgafspraak|0.84
p:maand zitten|bedanken|-0.97
p:maandag een|afronding-aankondigen|0.91
p:maandag en|samenvatting|-0.74
p:maandag even|ik-boodschap|-0.98
p:maandag het|geruststellen|-1.0
p:maandag het|vervolgafspraak|1.0
p:maandag in|bevelen|1.85
p:maandag niet|ik-boodschap|0.95
p:maandag niet|vervolgafspraak|-0.95
p:maandag om|afronding-aankondigen|-0.95
p:maandag om|bedanken|-0.94
p:maandag stuur|vervolgafspraak|1.0
p:maandag stuur|bedanken|1.0
p:maandje ben|geruststellen|0.97
p:maar ach|ik-boodschap|-0.95
p:maar ach|afleiden|0.95
p:maar beginnen|afleiden|-0.82
p:maar beginnen|vervolgafspraak|-0.95
p:maar bij|afronding-aankondigen|0.83
p:maar dat|ik-boodschap|-1.0
p:maar dat|parafrase|0.98
p:maar dat|gevoelsreflectie|0.97
p:maar dat|argumenteren|-0.85
p:maar dat|bekritiseren|-0.82
p:maar dat|prijzen|-1.0
p:maar dat|geruststellen|0.71
p:maar dat|afleiden|-1.0
p:maar de|parafrase|0.93
p:maar de|samenvatting|-0.88
p:maar de|aanmoediging|-0.93
p:maar de|argumenteren|1.81
p:maar echt|parafrase|-0.99
p:maar echt|gevoelsreflectie|0.8
p:maar echt|geruststellen|0.99
p:maar een|afleiden|-0.88
p:maar geen|open-vraag|-0.93
p:maar geen|bekritiseren|-0.93
p:maar goed|jij-boodschap|-0.97
p:maar goed|open-vraag|-1.72
p:maar goed|ondervragen|-0.92
p:maar goed|afleiden|1.8
p:maar half|open-vraag|-0.98
p:maar het|parafrase|-0.96
p:maar het|samenvatting|0.92
p:maar het|argumenteren|-0.94
p:maar het|bekritiseren|-0.97
p:maar het|geruststellen|-0.89
p:maar het|afronding-aankondigen|-0.78
p:maar hij|jij-boodschap|0.86
p:maar hij|samenvatting|-0.63
p:maar hij|geruststellen|-0.76
p:maar hoe|open-vraag|-0.96
p:maar hoe|afleiden|0.96
p:maar huiswerk|moraliseren|0.92
p:maar ik|interpreteren|0.65
p:maar je|bevelen|0.84
p:maar je|geruststellen|0.9
p:maar joh|afleiden|0.97
p:maar maakt|open-vraag|0.93
p:maar maakt|geruststellen|0.76
p:maar misschien|gevoelsreflectie|0.51
p:maar misschien|adviseren|0.92
p:maar niet|parafrase|0.96
p:maar niet|gevoelsreflectie|-0.62
p:maar niet|argumenteren|-0.99
p:maar niet|etiketteren|-1.0
p:maar niet|afleiden|0.99
p:maar om|jij-boodschap|-0.8
p:maar om|bevelen|-0.8
p:maar om|bekritiseren|-0.99
p:maar op|bevelen|-0.79
p:maar op|geruststellen|0.94
p:maar thuis|parafrase|0.98
p:maar thuis|geruststellen|-0.98
p:maar u|jij-boodschap|1.0
p:maar u|gevoelsreflectie|-0.8
p:maar u|samenvatting|-1.0
p:maar u|argumenteren|0.94
p:maar u|bekritiseren|1.9
p:maar u|prijzen|-0.88
p:maar voor|bevelen|0.86
p:maar waarom|parafrase|-0.93
p:maar waarom|gevoelsreflectie|0.85
p:maar waarom|aanmoediging|-0.93
p:maar waarom|ondervragen|0.99
p:maar wat|bekritiseren|0.51
p:maar ze|geruststellen|0.93
p:maar ze|afleiden|-0.93
p:maar zeg|ondervragen|-0.97
p:maar zelf|jij-boodschap|1.8
p:maar zelf|gevoelsreflectie|-0.81
p:maar zelf|bekritiseren|2.09
p:maar zijn|bevelen|-0.94
p:maar zijn|bekritiseren|-0.9
p:maart bespreken|jij-boodschap|-0.98
p:maart bespreken|samenvatting|0.98
p:maart bespreken|vervolgafspraak|0.98
p:machteloos voelen|gevoelsreflectie|0.96
p:machteloos voelt|bevelen|-0.84
p:mag haar|etiketteren|-0.98
p:mag hij|waarschuwen|0.97
p:mag je|moraliseren|0.97
p:mag op|ik-boodschap|-0.94
p:mag op|gevoelsreflectie|0.94
p:mag rustig|aanmoediging|0.93
p:magister heeft|ik-boodschap|0.95
p:magister heeft|jij-boodschap|-0.76
p:magister heeft|bekritiseren|-0.81
p:magister het|jij-boodschap|-0.39
p:magister stonden|open-vraag|-1.0
p:magister stonden|argumenteren|-1.0
p:magister stonden|afronding-aankondigen|-1.0
p:mail en|bedanken|-0.94
p:mail gelezen|gevoelsreflectie|-0.8
p:mail gelezen|bekritiseren|0.91
p:mail gestuurd|vervolgafspraak|-0.97
p:mail ik|samenvatting|1.0
p:mail ik|open-vraag|-0.83
p:mail ik|prijzen|-1.0
p:mail met|ik-boodschap|-0.98
p:mail met|afronding-aankondigen|0.91
p:mail met|vervolgafspraak|1.0
p:mail met|bedanken|1.0
p:mail stuur|ik-boodschap|0.94
p:mail stuur|argumenteren|-0.94
p:mail u|bevelen|-0.92
p:mail u|afronding-aankondigen|-0.97
p:mail u|vervolgafspraak|0.92
p:mail van|ondervragen|1.0
p:mails onbeantwoord|gevoelsreflectie|0.78
p:mails sturen|bekritiseren|1.08
p:mails sturen|geruststellen|-0.74
p:mailt hoe|vervolgafspraak|1.0
p:mailt hoe|bedanken|-1.0
p:maken ?|vervolgafspraak|0.95
p:maken dat|ik-boodschap|0.94
p:maken dat|gevoelsreflectie|-0.94
p:maken dat|adviseren|0.99
p:maken dat|vervolgafspraak|0.99
p:maken de|argumenteren|-0.93
p:maken en|adviseren|-0.99
p:maken en|vervolgafspraak|0.91
p:maken hij|bevelen|-0.99
p:maken ons|afronding-aankondigen|-0.76
p:makkelijk een|prijzen|0.97
p:makkelijk is|interpreteren|0.93
p:makkelijk met|bekritiseren|-2.22
p:man de|ik-boodschap|1.0
p:man de|samenvatting|-1.0
p:manier van|argumenteren|-1.0
p:manier van|bekritiseren|1.0
p:manier waarop|parafrase|0.85
p:materiaal regelen|afronding-aankondigen|-1.0
p:me 'ouwe'|ik-boodschap|0.88
p:me aan|ik-boodschap|-0.98
p:me bent|gevoelsreflectie|-0.75
p:me daar|geruststellen|-0.94
p:me dat|ik-boodschap|1.0
p:me dat|moraliseren|-0.77
p:me echt|ik-boodschap|-0.97
p:me een|ik-boodschap|1.0
p:me een|open-vraag|0.83
p:me een|adviseren|-1.0
p:me een|bekritiseren|-0.82
p:me eerlijk|ik-boodschap|0.99
p:me eerst|bevelen|0.87
p:me geraakt|ik-boodschap|0.99
p:me goed|samenvatting|-0.99
p:me mevrouw|ik-boodschap|-0.98
p:me mevrouw|geruststellen|-0.98
p:me minder|ik-boodschap|0.88
p:me nooit|bekritiseren|0.96
p:me nu|bekritiseren|0.96
p:me ongerust|open-vraag|0.99
p:me onrustig|parafrase|-0.98
p:me onrustig|open-vraag|-0.9
p:me op|ik-boodschap|-0.9
p:me steeds|bekritiseren|0.96
p:me toe|ik-boodschap|0.83
p:me totaal|ik-boodschap|-1.0
p:me verdriet|samenvatting|-0.98
p:me verstandig|vervolgafspraak|-1.0
p:me voorstellen|ik-boodschap|-0.93
p:me voorstellen|gevoelsreflectie|1.0
p:me voorstellen|open-vraag|-0.93
p:me voorstellen|bevelen|-0.84
p:me wat|ik-boodschap|0.88
p:me zorgen|ik-boodschap|0.98
p:me zorgen|jij-boodschap|-1.0
p:me zorgen|gevoelsreflectie|-1.0
p:me zorgen|open-vraag|-0.99
p:me zorgen|aanmoediging|-1.0
p:me zorgen|waarschuwen|-1.0
p:me zorgen|adviseren|1.0
p:me zorgen|bekritiseren|-1.0
p:me zorgen|interpreteren|-0.98
p:mee akkoord|prijzen|1.0
p:mee akkoord|geruststellen|-1.0
p:mee akkoord|bedanken|-1.0
p:mee bent|bekritiseren|-0.98
p:mee bezig|interpreteren|0.9
p:mee dan|parafrase|-0.82
p:mee dan|prijzen|0.94
p:mee dat|bekritiseren|-0.96
p:mee doet|ik-boodschap|-0.93
p:mee donderdag|aanmoediging|-0.99
p:mee donderdag|moraliseren|-0.99
p:mee donderdag|afronding-aankondigen|0.99
p:mee donderdag|vervolgafspraak|0.99
p:mee donderdag|bedanken|0.99
p:mee geholpen|bevelen|-0.84
p:mee geholpen|bekritiseren|-0.72
p:mee hebt|gevoelsreflectie|0.79
p:mee in|jij-boodschap|-0.55
p:mee kan|open-vraag|0.98
p:mee laat|bevelen|0.99
p:mee mag|ik-boodschap|-0.94
p:mee mag|gevoelsreflectie|0.94
p:mee op|ik-boodschap|0.95
p:mee op|bevelen|1.84
p:mee op|waarschuwen|0.97
p:mee op|bekritiseren|0.85
p:mee op|vervolgafspraak|-0.86
p:mee samen|jij-boodschap|-0.42
p:mee te|ik-boodschap|0.94
p:mee te|gevoelsreflectie|-0.94
p:meedenkend dus|waarschuwen|-0.75
p:meedenkt dan|prijzen|1.0
p:meedenkt dan|geruststellen|-1.0
p:meedenkt dan|bedanken|-1.0
p:meedenkt dank|prijzen|-0.99
p:meedoen met|ik-boodschap|1.9
p:meedoen met|argumenteren|-0.98
p:meekrijgen vind|ik-boodschap|-0.91
p:meer ?|bekritiseren|-0.97
p:meer ?|ondervragen|0.97
p:meer aan|ik-boodschap|0.88
p:meer aan|moraliseren|-0.91
p:meer betrokken|moraliseren|1.0
p:meer bij|open-vraag|0.83
p:meer bij|bevelen|-0.99
p:meer bij|adviseren|-1.0
p:meer dan|moraliseren|0.81
p:meer heeft|open-vraag|0.99
p:meer horen|bevelen|0.93
p:meer informatie|jij-boodschap|-0.86
p:meer loslaten|prijzen|0.98
p:meer naar|parafrase|0.96
p:meer naar|samenvatting|0.86
p:meer naast|open-vraag|-0.94
p:meer oefent|samenvatting|-0.94
p:meer over|vervolgafspraak|-1.0
p:meer vaste|jij-boodschap|-0.85
p:meer verantwoordelijkheid|open-vraag|-0.97
p:meer vertellen|open-vraag|1.0
p:meer verwachten|moraliseren|0.97
p:meer vrijheid|interpreteren|-0.92
p:meer zelf|adviseren|0.96
p:mees in|ik-boodschap|-0.92
p:mees om|parafrase|-0.98
p:meest dwarszit|aanmoediging|-0.98
p:meest dwarszit|bedanken|-0.98
p:meest helpen|open-vraag|0.98
p:meewerkt schakel|waarschuwen|0.74
p:mei gemaild|argumenteren|0.87
p:meid dus|prijzen|0.97
p:meiden je|parafrase|0.95
p:meivakantie stiller|open-vraag|0.99
p:meld ik|waarschuwen|1.0
p:melden bij|ik-boodschap|0.96
p:melden bij|waarschuwen|-0.96
p:meldt je|ik-boodschap|-0.93
p:meneer bakker|afleiden|-1.0
p:meneer bosman|geruststellen|0.92
p:meneer dat|bekritiseren|-1.73
p:meneer weet|etiketteren|0.9
p:mentor er|adviseren|-0.96
p:mentor erbij|vervolgafspraak|0.87
p:mentor gaat|bevelen|-0.87
p:mentor gebeld|parafrase|-0.97
p:mentor gemeld|parafrase|-0.93
p:mentor gemeld|gevoelsreflectie|0.85
p:mentor gemeld|aanmoediging|-0.93
p:mentor heeft|etiketteren|-0.87
p:mentor is|afleiden|-1.0
p:mentor nooit|parafrase|0.98
p:mentor nooit|gevoelsreflectie|-0.98
p:mentor nooit|samenvatting|-0.98
p:mentor op|samenvatting|0.95
p:mentor op|bedanken|0.95
p:mentor vertelde|interpreteren|-0.94
p:mentor vertelde|geruststellen|-0.94
p:mentor vragen|gevoelsreflectie|1.0
p:mentor vragen|adviseren|1.0
p:merk aan|aanmoediging|-0.99
p:merk aan|bedanken|-0.99
p:merk dat|ik-boodschap|-0.99
p:merk dat|parafrase|-1.0
p:merk dat|aanmoediging|0.93
p:merk dat|interpreteren|-0.98
p:merk dat|afronding-aankondigen|-0.99
p:merk dat|vervolgafspraak|0.1
p:merk dat|bedanken|1.0
p:merk ik|ik-boodschap|0.92
p:merkt dus|parafrase|0.99
p:merkt dus|gevoelsreflectie|-0.99
p:merkt dus|adviseren|0.99
p:merkt u|ik-boodschap|1.81
p:merkt u|gevoelsreflectie|-0.89
p:met andere|parafrase|1.0
p:met andere|gevoelsreflectie|-0.85
p:met andere|samenvatting|-0.96
p:met andere|open-vraag|-0.98
p:met andere|bedanken|-1.0
p:met bellen|bekritiseren|0.72
p:met bram|samenvatting|-0.95
p:met bram|afronding-aankondigen|-0.8
p:met daan|vervolgafspraak|-0.64
p:met dat|waarschuwen|-0.11
p:met dat|adviseren|-1.0
p:met dat|interpreteren|1.0
p:met de|ik-boodschap|0.88
p:met de|jij-boodschap|-0.98
p:met de|parafrase|-0.97
p:met de|samenvatting|0.15
p:met de|open-vraag|-0.99
p:met de|bevelen|-0.92
p:met de|adviseren|-0.99
p:met de|argumenteren|-0.94
p:met de|bekritiseren|0.21
p:met de|interpreteren|0.97
p:met de|geruststellen|-0.95
p:met de|ondervragen|-0.97
p:met de|afleiden|0.85
p:met de|afronding-aankondigen|-0.12
p:met de|vervolgafspraak|1.06
p:met de|bedanken|-0.99
p:met die|gevoelsreflectie|0.91
p:met die|adviseren|-0.92
p:met die|bekritiseren|-2.22
p:met die|geruststellen|-0.96
p:met een|ik-boodschap|0.99
p:met een|jij-boodschap|-1.0
p:met een|moraliseren|-1.0
p:met een|adviseren|1.0
p:met een|argumenteren|1.0
p:met een|bekritiseren|-0.68
p:met een|geruststellen|-1.0
p:met een|afronding-aankondigen|0.91
p:met een|vervolgafspraak|0.45
p:met een|bedanken|1.0
p:met elkaar|moraliseren|0.98
p:met elkaar|interpreteren|-0.98
p:met frans|ik-boodschap|-0.97
p:met frans|samenvatting|0.97
p:met gym|ik-boodschap|0.98
p:met gym|argumenteren|-0.98
p:met haar|ik-boodschap|1.91
p:met haar|prijzen|-0.97
p:met haar|geruststellen|0.97
p:met hem|gevoelsreflectie|0.83
p:met hem|samenvatting|0.95
p:met hem|waarschuwen|-0.94
p:met hem|moraliseren|-0.91
p:met hem|adviseren|0.93
p:met hem|bekritiseren|0.84
p:met hem|afleiden|-0.9
p:met hem|vervolgafspraak|-0.95
p:met hem|bedanken|0.1
p:met het|samenvatting|-0.92
p:met het|vervolgafspraak|0.74
p:met hoe|bekritiseren|0.94
p:met je|ik-boodschap|-1.85
p:met je|parafrase|-0.91
p:met je|samenvatting|0.65
p:met je|adviseren|0.98
p:met je|bekritiseren|0.85
p:met je|afronding-aankondigen|0.68
p:met je|vervolgafspraak|0.83
p:met lezen|bedanken|0.91
p:met mees|parafrase|-0.98
p:met mij|gevoelsreflectie|-1.0
p:met mij|bekritiseren|-0.92
p:met mij|vervolgafspraak|-1.0
p:met plannen|geruststellen|-0.76
p:met plezier|open-vraag|0.9
p:met pubers|bekritiseren|-0.13
p:met pubers|afleiden|0.88
p:met respect|afleiden|-0.97
p:met school|moraliseren|0.97
p:met school|argumenteren|-0.97
p:met schreeuwen|bevelen|1.0
p:met sven|adviseren|0.97
p:met u|vervolgafspraak|0.18
p:met uw|open-vraag|-0.82
p:met uw|prijzen|0.97
p:met uw|interpreteren|-0.96
p:met verlof|bevelen|-0.87
p:met voetbal|afleiden|0.94
p:met wie|ik-boodschap|-0.88
p:met wie|waarschuwen|-1.0
p:met wie|ondervragen|1.6
p:met zijn|bekritiseren|1.0
p:met zo'n|prijzen|0.97
p:met zo'n|afleiden|-0.97
p:met zoveel|argumenteren|0.89
p:meteen gamen|samenvatting|-1.0
p:meteen gamen|aanmoediging|-1.0
p:meteen gamen|waarschuwen|-1.0
p:meteen gamen|geruststellen|-1.0
p:meteen in|prijzen|0.97
p:meteen tegen|ondervragen|0.99
p:mevrouw de|bevelen|0.92
p:mevrouw de|etiketteren|0.97
p:mevrouw ik|bekritiseren|0.94
p:mevrouw ik|afleiden|-0.91
p:mevrouw jansen|bekritiseren|-1.84
p:mevrouw smit|bevelen|0.96
p:middag ?|parafrase|-1.0
p:middag ?|open-vraag|1.0
p:middag ruzie|parafrase|0.98
p:middag ruzie|samenvatting|-0.98
p:middernacht gamen|bekritiseren|0.83
p:middernacht gamet|bekritiseren|0.94
p:mij ?|ondervragen|-0.77
p:mij deelt|gevoelsreflectie|-1.0
p:mij deelt|vervolgafspraak|-1.0
p:mij doet|parafrase|-0.99
p:mij doet|waarschuwen|-0.94
p:mij gewoon|jij-boodschap|-0.75
p:mij gewoon|argumenteren|-0.98
p:mij gezegd|ondervragen|0.99
p:mij in|geruststellen|-1.0
p:mij in|vervolgafspraak|1.0
p:mij is|interpreteren|-0.82
p:mij luisteren|bevelen|0.92
p:mij ooit|jij-boodschap|0.97
p:mij ooit|bekritiseren|1.77
p:mij praat|waarschuwen|1.0
p:mij reageert|aanmoediging|-1.0
p:mij teleur|jij-boodschap|0.93
p:mij teleur|moraliseren|-0.93
p:mij teleur|bekritiseren|0.93
p:mij uitpraten|bekritiseren|-0.95
p:mij vrijdag|vervolgafspraak|1.0
p:mij vrijdag|bedanken|-1.0
p:mij weten|ondervragen|-0.99
p:mij wilde|bekritiseren|-0.92
p:mij zit|interpreteren|0.9
p:mij zoekt|waarschuwen|-1.0
p:mij zoekt|adviseren|-1.0
p:mij zoekt|interpreteren|1.0
p:mijn advies|adviseren|0.9
p:mijn advies|etiketteren|-0.99
p:mijn collega's|bekritiseren|-1.81
p:mijn eigen|samenvatting|0.98
p:mijn les|ik-boodschap|-0.88
p:mijn lessen|bekritiseren|0.94
p:mijn tijd|moraliseren|0.79
p:mijn uitleg|open-vraag|-0.9
p:mijn uitleg|bevelen|-0.99
p:mijn verhaal|bekritiseren|0.96
p:mijn volgende|vervolgafspraak|-0.9
p:mila ?|prijzen|0.99
p:mila dus|argumenteren|-0.86
p:mila dus|prijzen|1.0
p:mila dus|etiketteren|-1.0
p:milan de|ik-boodschap|0.95
p:milan de|jij-boodschap|-0.76
p:milan de|bekritiseren|-0.81
p:minder erg|bekritiseren|-1.0
p:minder erg|interpreteren|-1.0
p:minder erg|geruststellen|1.0
p:minder schermtijd|jij-boodschap|-0.85
p:minder serieus|ik-boodschap|0.88
p:minder te|adviseren|0.9
p:minste wat|moraliseren|0.97
p:minuten begint|vervolgafspraak|-0.9
p:minuten stopt|afleiden|-0.97
p:mis de|argumenteren|0.99
p:mis door|aanmoediging|-0.93
p:misging ?|gevoelsreflectie|-0.91
p:misschien is|adviseren|0.92
p:misschien kunt|ik-boodschap|0.98
p:misschien kunt|jij-boodschap|0.7
p:misschien kunt|gevoelsreflectie|1.0
p:misschien kunt|adviseren|1.99
p:misschien kunt|bekritiseren|0.7
p:misschien moet|ik-boodschap|1.0
p:misschien moet|jij-boodschap|-1.0
p:misschien moet|gevoelsreflectie|-0.49
p:misschien moet|adviseren|1.0
p:misschien moet|bekritiseren|-1.0
p:misschien slim|ik-boodschap|-0.98
p:missen vaker|moraliseren|-1.0
p:missen vaker|argumenteren|1.0
p:mist dat|vervolgafspraak|-0.91
p:mist haar|prijzen|-0.79
p:mist hij|open-vraag|-1.99
p:mist hij|moraliseren|-1.0
p:mist je|parafrase|-0.85
p:mist je|samenvatting|0.98
p:mist thijs|ik-boodschap|0.85
p:mist ze|waarschuwen|-0.89
p:mist ze|vervolgafspraak|0.95
p:mist zonder|argumenteren|0.91
p:mo al|ik-boodschap|0.96
p:mo al|waarschuwen|-0.96
p:moe bent|aanmoediging|-0.99
p:moe bent|bedanken|-0.99
p:moe hij|samenvatting|0.93
p:moe is|ik-boodschap|-0.84
p:moe is|interpreteren|-0.7
p:moe klopt|jij-boodschap|-1.0
p:moe klopt|parafrase|1.0
p:moe klopt|gevoelsreflectie|-1.0
p:moe klopt|open-vraag|-1.0
p:moe van|ik-boodschap|0.95
p:moe van|gevoelsreflectie|1.0
p:moe van|adviseren|1.0
p:moe van|vervolgafspraak|-0.86
p:moedeloos van|open-vraag|-1.0
p:moeder daar|bekritiseren|0.83
p:moeder dan|prijzen|0.87
p:moeder dank|prijzen|-0.97
p:moeder dank|vervolgafspraak|-0.4
p:moeder dus|gevoelsreflectie|-0.98
p:moeder erbij|ik-boodschap|-0.95
p:moeder erbij|afronding-aankondigen|0.68
p:moeder erbij|vervolgafspraak|0.95
p:moeder heeft|samenvatting|-1.0
p:moeder heeft|moraliseren|-1.0
p:moeder hoort|moraliseren|1.0
p:moeder hoort|adviseren|-1.0
p:moeder moest|parafrase|0.99
p:moeder moest|interpreteren|-0.7
p:moeder morgen|vervolgafspraak|0.98
p:moeder u|jij-boodschap|-1.0
p:moeder u|etiketteren|-0.93
p:moeder van|parafrase|-0.98
p:moeder vertelde|ik-boodschap|0.99
p:moeilijk ?|ondervragen|-0.98
p:moeilijk heeft|interpreteren|0.97
p:moeilijk hij|gevoelsreflectie|0.63
p:moeilijk hij|samenvatting|0.97
p:moeilijk hij|vervolgafspraak|0.63
p:moeilijk mee|gevoelsreflectie|0.79
p:moeilijk om|interpreteren|0.98
p:moeilijk thuis|parafrase|-0.96
p:moeilijk volgens|open-vraag|0.95
p:moeilijk was|ik-boodschap|-0.88
p:moeilijk was|samenvatting|-0.88
p:moeilijk was|open-vraag|0.95
p:moeilijk was|argumenteren|0.88
p:moeite genomen|interpreteren|-0.93
p:moeite heeft|ik-boodschap|-0.97
p:moeite heeft|samenvatting|0.97
p:moeite met|geruststellen|-0.76
p:moeite met|bedanken|0.91
p:moeite voor|jij-boodschap|0.64
p:moeite voor|bekritiseren|0.92
p:moest horen|parafrase|0.99
p:moest horen|interpreteren|-0.7
p:moet blijven|gevoelsreflectie|-0.78
p:moet blijven|geruststellen|1.0
p:moet dat|gevoelsreflectie|0.83
p:moet echt|geruststellen|-0.98
p:moet een|gevoelsreflectie|0.94
p:moet gewoon|bevelen|0.99
p:moet gewoon|geruststellen|0.99
p:moet heel|gevoelsreflectie|1.95
p:moet heel|aanmoediging|0.99
p:moet hem|argumenteren|0.91
p:moet hier|vervolgafspraak|-0.9
p:moet hij|waarschuwen|0.88
p:moet ik|ik-boodschap|0.98
p:moet ik|afronding-aankondigen|-1.0
p:moet je|jij-boodschap|-1.0
p:moet je|gevoelsreflectie|-0.49
p:moet je|moraliseren|-0.79
p:moet je|adviseren|1.0
p:moet je|bekritiseren|-1.0
p:moet leren|bevelen|-0.85
p:moet leren|moraliseren|1.68
p:moet morgen|bevelen|-0.95
p:moet nu|bevelen|0.92
p:moet nu|geruststellen|-0.99
p:moet sem|ik-boodschap|0.95
p:moet toch|argumenteren|0.94
p:moet toch|prijzen|-0.88
p:moet u|moraliseren|0.97
p:moet voor|gevoelsreflectie|0.85
p:moet zwaar|aanmoediging|-0.95
p:moeten aanspreken|bevelen|0.99
p:moeten bellen|bekritiseren|-2.58
p:moeten controleren|bekritiseren|0.26
p:moeten dit|vervolgafspraak|-0.94
p:moeten doen|bekritiseren|0.91
p:moeten er|argumenteren|-0.93
p:moeten geven|moraliseren|0.9
p:moeten geven|adviseren|-0.9
p:moeten gewoon|moraliseren|1.0
p:moeten hem|bevelen|0.89
p:moeten hem|bekritiseren|-0.89
p:moeten komen|bekritiseren|-1.0
p:moeten laten|afronding-aankondigen|0.83
p:moeten melden|ik-boodschap|0.96
p:moeten melden|waarschuwen|-0.96
p:moeten opletten|bevelen|-0.98
p:moeten opletten|bekritiseren|-0.45
p:moeten opnemen|bekritiseren|1.0
p:moeten sturen|bekritiseren|0.91
p:moeten weten|moraliseren|0.96
p:moeten weten|bekritiseren|0.94
p:moeten zijn|prijzen|0.99
p:moeten zo|ik-boodschap|-0.95
p:mogen vragen|moraliseren|0.97
p:mohammed in|bekritiseren|-0.98
p:mohammed is|jij-boodschap|1.49
p:mohammed zijn|adviseren|-0.94
p:mohammed zijn|vervolgafspraak|-0.9
p:moment om|bekritiseren|-0.82
p:mond tegen|bekritiseren|0.89
p:mooi geweest|bedanken|-0.95
p:mooi om|ik-boodschap|0.93
p:mooi vandaag|bevelen|-0.92
p:mooie prestatie|gevoelsreflectie|-1.0
p:morgen de|samenvatting|-0.94
p:morgen de|afronding-aankondigen|0.78
p:morgen de|vervolgafspraak|0.92
p:morgen een|jij-boodschap|-0.86
p:morgen een|bevelen|-0.92
p:morgen een|prijzen|-1.0
p:morgen een|afronding-aankondigen|-0.78
p:morgen een|vervolgafspraak|-1.0
p:morgen met|bevelen|-0.87
p:morgen na|vervolgafspraak|0.98
p:morgen niet|moraliseren|-0.97
p:morgen weer|jij-boodschap|-0.77
p:morgen weer|bekritiseren|0.31
p:morgen weer|interpreteren|-0.9
p:morgen wil|bevelen|0.92
p:morgen zelf|bevelen|1.72
p:morgen zelf|vervolgafspraak|-0.92
p:morgen ziek|bevelen|0.98
p:morgen zijn|bevelen|0.86
p:motivatie en|samenvatting|0.94
p:na de|parafrase|-0.99
p:na de|bevelen|0.99
p:na de|ondervragen|-1.0
p:na de|afronding-aankondigen|-0.8
p:na de|vervolgafspraak|0.82
p:na drie|argumenteren|0.91
p:na het|ik-boodschap|-0.95
p:na het|bevelen|-0.97
p:na het|argumenteren|-0.97
p:na het|afronding-aankondigen|0.68
p:na het|vervolgafspraak|0.95
p:na schooltijd|vervolgafspraak|0.98
p:na twintig|afleiden|-0.97
p:naar alle|argumenteren|0.98
p:naar bed|bevelen|-0.9
p:naar bed|argumenteren|-0.93
p:naar bed|bekritiseren|0.3
p:naar buiten|ik-boodschap|-0.99
p:naar buiten|waarschuwen|0.93
p:naar dat|ik-boodschap|0.96
p:naar dat|gevoelsreflectie|0.81
p:naar de|jij-boodschap|0.86
p:naar de|parafrase|-0.98
p:naar de|samenvatting|0.14
p:naar de|bevelen|0.87
p:naar de|waarschuwen|1.93
p:naar de|prijzen|-0.97
p:naar de|geruststellen|0.97
p:naar de|vervolgafspraak|-1.0
p:naar een|ik-boodschap|0.84
p:naar een|moraliseren|-0.86
p:naar gemaakt|bekritiseren|1.0
p:naar haar|interpreteren|0.94
p:naar havo|parafrase|0.99
p:naar het|bekritiseren|-0.13
p:naar het|afleiden|0.88
p:naar huis|ik-boodschap|-0.97
p:naar huis|waarschuwen|-0.98
p:naar huis|geruststellen|-0.99
p:naar je|ondervragen|-1.0
p:naar me|ik-boodschap|0.83
p:naar mevrouw|bevelen|0.96
p:naar mij|bevelen|0.92
p:naar school|jij-boodschap|-0.77
p:naar school|open-vraag|0.9
p:naar school|geruststellen|-0.95
p:naar u|gevoelsreflectie|-0.85
p:naar u|open-vraag|-0.95
p:naar uw|gevoelsreflectie|-0.99
p:naar wat|jij-boodschap|0.93
p:naar wat|parafrase|-0.95
p:naar zijn|bedanken|-0.85
p:naast bram|ik-boodschap|0.88
p:naast bram|moraliseren|-0.91
p:naast hem|parafrase|0.96
p:naast jayden|open-vraag|-0.94
p:naast noor|bekritiseren|-0.67
p:naast rik|ik-boodschap|0.92
p:nabespreking niet|open-vraag|0.98
p:nablijven u|argumenteren|0.91
p:nachts in|waarschuwen|-0.93
p:nachts nog|ik-boodschap|0.99
p:nachts nog|bekritiseren|0.89
p:nachts te|bekritiseren|-0.85
p:nadenken hoor|aanmoediging|0.93
p:natuurkunde kom|jij-boodschap|-1.0
p:natuurkunde kom|bekritiseren|-0.68
p:natuurlijk dat|waarschuwen|-0.9
p:natuurlijk meteen|prijzen|0.97
p:natuurlijk wel|prijzen|0.96
p:nauwelijks iets|afronding-aankondigen|-0.98
p:nauwelijks iets|vervolgafspraak|-0.98
p:nauwelijks interesse|bekritiseren|0.84
p:nauwelijks nog|ik-boodschap|0.92
p:nederlands een|waarschuwen|-1.0
p:nederlands kan|interpreteren|-0.99
p:nederlands kan|afleiden|-0.99
p:nee dat|ik-boodschap|-0.98
p:nee hoor|aanmoediging|-0.85
p:nee joh|bekritiseren|-0.23
p:nee joh|prijzen|-1.0
p:nee joh|geruststellen|1.0
p:neem gerust|aanmoediging|0.93
p:neem hem|waarschuwen|-0.98
p:neem ik|adviseren|-0.95
p:neem je|aanmoediging|0.99
p:neem je|bevelen|-0.93
p:neem na|vervolgafspraak|0.82
p:neem voor|etiketteren|-0.99
p:neemt het|bekritiseren|-1.54
p:neemt u|parafrase|-0.93
p:neemt uw|moraliseren|-0.93
p:neemt uw|bekritiseren|0.68
p:negen af|bevelen|0.7
p:negen binnenkwam|ik-boodschap|-0.91
p:negen binnenkwam|bevelen|-0.91
p:negen ik|samenvatting|0.64
p:negen ik|afronding-aankondigen|0.99
p:negen ik|bedanken|0.99
p:negen lessen|argumenteren|0.98
p:negen uur|parafrase|0.99
p:negen uur|gevoelsreflectie|-0.99
p:negen uur|moraliseren|0.97
p:negen uur|adviseren|0.99
p:negeren hem|ik-boodschap|-0.94
p:nemen ?|ik-boodschap|0.94
p:nemen ?|gevoelsreflectie|-0.94
p:nemen de|ik-boodschap|0.88
p:nemen zo|bevelen|-0.85
p:nemen zo|moraliseren|0.77
p:nergens op|moraliseren|-0.95
p:nergens op|bekritiseren|0.92
p:nergens schuld|jij-boodschap|0.97
p:nergens schuld|samenvatting|-0.97
p:nergens schuld|bekritiseren|0.97
p:net een|jij-boodschap|1.58
p:net een|gevoelsreflectie|-0.89
p:net een|etiketteren|0.95
p:net een|geruststellen|-0.7
p:netjes om|jij-boodschap|-1.0
p:netjes om|moraliseren|1.0
p:netjes om|geruststellen|-1.0
p:niemand je|moraliseren|-0.77
p:niemand naar|gevoelsreflectie|-0.85
p:niemand u|parafrase|0.93
p:niemand u|gevoelsreflectie|2.77
p:niemand u|bekritiseren|-0.93
p:niemand u|bedanken|-0.95
p:niemand zegt|geruststellen|1.8
p:niet ?|ondervragen|0.91
p:niet aan|jij-boodschap|-0.72
p:niet aan|open-vraag|0.91
p:niet aan|argumenteren|0.9
p:niet aan|bekritiseren|-0.91
p:niet af|bekritiseren|1.0
p:niet af|etiketteren|-1.0
p:niet af|interpreteren|-0.98
p:niet af|geruststellen|-0.99
p:niet afgemeld|ik-boodschap|-0.88
p:niet afgemeld|waarschuwen|-1.0
p:niet afgemeld|ondervragen|1.0
p:niet afheeft|open-vraag|0.98
p:niet alleen|parafrase|-0.96
p:niet anders|gevoelsreflectie|-0.98
p:niet anders|waarschuwen|-0.9
p:niet andersom|jij-boodschap|1.49
p:niet andersom|samenvatting|-0.97
p:niet belangrijk|bevelen|-0.83
p:niet bevorderen|waarschuwen|0.94
p:niet bij|ik-boodschap|-0.75
p:niet bij|adviseren|0.94
p:niet bij|vervolgafspraak|0.91
p:niet bijwerkt|ik-boodschap|0.95
p:niet bijwerkt|vervolgafspraak|-0.95
p:niet boos|gevoelsreflectie|-1.0
p:niet boos|moraliseren|-1.0
p:niet dat|parafrase|1.0
p:niet dat|gevoelsreflectie|-0.85
p:niet dat|geruststellen|0.69
p:niet dat|bedanken|-1.0
p:niet de|jij-boodschap|-1.0
p:niet de|bevelen|-1.0
p:niet de|adviseren|-1.97
p:niet de|argumenteren|0.98
p:niet de|bekritiseren|-1.0
p:niet de|geruststellen|1.79
p:niet de|ondervragen|-0.74
p:niet die|moraliseren|0.99
p:niet die|argumenteren|-0.99
p:niet dom|etiketteren|-0.95
p:niet dom|geruststellen|-0.95
p:niet druk|gevoelsreflectie|-0.62
p:niet druk|bevelen|0.99
p:niet druk|etiketteren|-1.0
p:niet druk|geruststellen|1.99
p:niet eens|samenvatting|-1.0
p:niet eens|moraliseren|-1.0
p:niet eens|adviseren|1.0
p:niet eens|geruststellen|-1.0
p:niet eens|ondervragen|-0.99
p:niet eerder|parafrase|-0.93
p:niet eerder|gevoelsreflectie|0.85
p:niet eerder|aanmoediging|-0.93
p:niet eerder|adviseren|-0.94
p:niet eerder|bekritiseren|-0.97
p:niet eerder|ondervragen|0.97
p:niet elke|ondervragen|-0.9
p:niet en|open-vraag|-0.9
p:niet en|bekritiseren|-0.97
p:niet en|afronding-aankondigen|-0.78
p:niet gaat|ik-boodschap|0.75
p:niet gaat|interpreteren|-0.65
p:niet gebeld|bekritiseren|0.97
p:niet gebeurd|bekritiseren|0.88
p:niet gebeuren|gevoelsreflectie|0.19
p:niet gebeuren|geruststellen|1.7
p:niet gekomen|parafrase|0.98
p:niet gekomen|samenvatting|-0.98
p:niet gemotiveerd|bekritiseren|-1.73
p:niet gepast|bekritiseren|1.08
p:niet gepast|geruststellen|-0.74
p:niet geven|ik-boodschap|-0.88
p:niet gewoon|bekritiseren|0.91
p:niet gezegd|etiketteren|-0.91
p:niet gezien|parafrase|0.97
p:niet gezien|interpreteren|0.99
p:niet goed|waarschuwen|-0.99
p:niet goed|vervolgafspraak|-0.98
p:niet goed|bedanken|-0.98
p:niet hebben|afleiden|0.91
p:niet helpen|waarschuwen|-0.97
p:niet helpen|ondervragen|-0.97
p:niet het|ik-boodschap|-0.95
p:niet het|afleiden|0.95
p:niet hij|argumenteren|0.95
p:niet hoe|parafrase|-0.99
p:niet hoe|gevoelsreflectie|-0.8
p:niet hoe|samenvatting|0.99
p:niet hoe|vervolgafspraak|-1.99
p:niet hoort|moraliseren|0.95
p:niet hoort|argumenteren|-0.95
p:niet in|argumenteren|0.94
p:niet ingelicht|ondervragen|0.97
p:niet inlevert|waarschuwen|1.97
p:niet inlevert|moraliseren|-0.97
p:niet inlevert|prijzen|-0.98
p:niet inlevert|afronding-aankondigen|-0.99
p:niet kan|ik-boodschap|0.95
p:niet kan|argumenteren|-0.9
p:niet kan|geruststellen|-0.93
p:niet kon|gevoelsreflectie|-0.94
p:niet kon|adviseren|0.99
p:niet kon|prijzen|-1.0
p:niet kon|afleiden|-1.0
p:niet kon|vervolgafspraak|0.99
p:niet kunnen|ik-boodschap|-0.94
p:niet kunnen|parafrase|0.94
p:niet kunt|parafrase|-0.98
p:niet kunt|adviseren|-0.95
p:niet laten|adviseren|-0.99
p:niet lui|geruststellen|-0.76
p:niet maakt|afleiden|-0.97
p:niet maakt|vervolgafspraak|0.1
p:niet maken|vervolgafspraak|0.91
p:niet mee|ik-boodschap|-0.94
p:niet mee|gevoelsreflectie|0.94
p:niet mee|open-vraag|0.98
p:niet mee|waarschuwen|0.97
p:niet meedoen|ik-boodschap|1.9
p:niet meedoen|argumenteren|-0.98
p:niet meer|ik-boodschap|0.92
p:niet meer|parafrase|0.96
p:niet meer|samenvatting|0.86
p:niet meer|open-vraag|-0.11
p:niet meer|adviseren|-1.0
p:niet meewerkt|waarschuwen|0.74
p:niet met|ik-boodschap|0.95
p:niet met|moraliseren|0.98
p:niet met|interpreteren|-0.98
p:niet met|vervolgafspraak|-0.95
p:niet meteen|ondervragen|0.99
p:niet naar|jij-boodschap|0.93
p:niet naar|parafrase|-0.95
p:niet naar|vervolgafspraak|-1.0
p:niet naast|parafrase|0.96
p:niet netjes|jij-boodschap|-1.0
p:niet netjes|moraliseren|1.0
p:niet netjes|geruststellen|-1.0
p:niet oefent|argumenteren|0.98
p:niet op|ik-boodschap|-0.9
p:niet op|bekritiseren|-0.69
p:niet op|ondervragen|0.96
p:niet op|afleiden|0.99
p:niet oplaadt|ik-boodschap|0.93
p:niet oppast|moraliseren|-0.81
p:niet over|jij-boodschap|-1.0
p:niet over|bevelen|-0.92
p:niet over|bekritiseren|-0.68
p:niet over|interpreteren|-0.99
p:niet over|geruststellen|-0.99
p:niet over|afleiden|-0.96
p:niet plannen|ik-boodschap|0.94
p:niet plannen|argumenteren|-0.94
p:niet schuldig|geruststellen|0.99
p:niet serieus|gevoelsreflectie|0.78
p:niet serieus|open-vraag|-0.98
p:niet serieus|bekritiseren|0.73
p:niet slim|bekritiseren|0.93
p:niet snapt|interpreteren|1.63
p:niet snapt|afronding-aankondigen|-0.98
p:niet snapt|vervolgafspraak|-0.98
p:niet stellen|ik-boodschap|0.92
p:niet stelt|waarschuwen|-0.97
p:niet stelt|ondervragen|-0.97
p:niet te|jij-boodschap|0.99
p:niet te|open-vraag|-1.0
p:niet te|bekritiseren|1.41
p:niet te|afronding-aankondigen|-0.78
p:niet tegen|moraliseren|0.97
p:niet tegen|afleiden|-0.97
p:niet thuis|samenvatting|-0.96
p:niet toegeven|interpreteren|0.58
p:niet tot|parafrase|0.99
p:niet tot|gevoelsreflectie|-0.99
p:niet tot|adviseren|0.99
p:niet tot|bekritiseren|-0.85
p:niet u|bevelen|0.92
p:niet uitkomt|bekritiseren|-0.82
p:niet verder|afronding-aankondigen|0.94
p:niet volgen|ik-boodschap|1.0
p:niet volgen|samenvatting|-1.0
p:niet voor|bevelen|-0.9
p:niet voor|bekritiseren|0.27
p:niet voor|prijzen|-0.88
p:niet waar|waarschuwen|-0.97
p:niet waar|argumenteren|0.87
p:niet waar|ondervragen|-0.97
p:niet wakker|bekritiseren|-0.23
p:niet wakker|prijzen|-1.0
p:niet wakker|geruststellen|1.0
p:niet wat|samenvatting|1.0
p:niet wat|open-vraag|1.0
p:niet wat|adviseren|1.0
p:niet wat|bekritiseren|-0.91
p:niet wat|ondervragen|-1.0
p:niet weet|jij-boodschap|0.91
p:niet wegstopt|ik-boodschap|-0.85
p:niet wegstopt|waarschuwen|0.99
p:niet zien|parafrase|-0.94
p:niet zo|jij-boodschap|-2.47
p:niet zo|bevelen|0.99
p:niet zo|moraliseren|-1.95
p:niet zo|argumenteren|-0.98
p:niet zo|etiketteren|1.83
p:niet zo|interpreteren|-0.52
p:niet zo|geruststellen|0.93
p:niet zo|afleiden|0.88
p:niet zo'n|etiketteren|0.93
p:niets aan|bekritiseren|0.93
p:niets aan|geruststellen|-0.93
p:niets doet|parafrase|1.0
p:niets hoort|bekritiseren|-1.55
p:niets om|geruststellen|0.76
p:niets van|bekritiseren|-0.8
p:niets verkeerd|jij-boodschap|-0.93
p:niets verkeerd|geruststellen|2.56
p:niets vertelt|open-vraag|-0.76
p:niets voor|bekritiseren|0.95
p:nieuw gesprek|samenvatting|-0.95
p:nieuw gesprek|afronding-aankondigen|0.14
p:nieuw gesprek|bedanken|-0.99
p:nieuw tijdstip|afronding-aankondigen|0.91
p:nieuwe afspraak|afronding-aankondigen|0.71
p:nieuwe datum|bevelen|-0.92
p:nieuwe datum|afronding-aankondigen|-0.78
p:nieuwe datum|vervolgafspraak|1.0
p:nieuwe datum|bedanken|1.0
p:nieuwe huis|open-vraag|-0.96
p:nieuwe huis|afleiden|0.96
p:nieuwe schoolgids|bekritiseren|-0.99
p:nieuwe schoolgids|afleiden|0.99
p:nieuwsbrief wel|jij-boodschap|0.62
p:niks ?|jij-boodschap|1.8
p:niks ?|gevoelsreflectie|-0.81
p:niks ?|bekritiseren|2.09
p:niks aan|argumenteren|0.7
p:niks aan|geruststellen|0.91
p:niks in|bekritiseren|-0.59
p:niks kon|parafrase|0.83
p:niks mee|vervolgafspraak|-0.86
p:niks van|bekritiseren|0.98
p:niks voor|afleiden|1.94
p:nina de|ik-boodschap|0.9
p:noah dat|parafrase|0.83
p:noah de|adviseren|0.99
p:noah de|vervolgafspraak|0.99
p:nodig heeft|prijzen|0.97
p:nodig ik|afronding-aankondigen|-0.94
p:nodig om|open-vraag|1.89
p:nodig om|moraliseren|-0.99
p:nodig om|ondervragen|-0.99
p:noemt waar|ik-boodschap|0.88
p:nog aan|ik-boodschap|0.92
p:nog een|ik-boodschap|-1.0
p:nog een|samenvatting|0.26
p:nog een|bevelen|0.86
p:nog een|waarschuwen|0.1
p:nog een|adviseren|-1.95
p:nog een|etiketteren|-0.98
p:nog een|bedanken|0.7
p:nog eens|waarschuwen|0.99
p:nog eens|moraliseren|0.92
p:nog even|prijzen|0.87
p:nog even|afleiden|-0.57
p:nog gamet|ik-boodschap|0.99
p:nog geen|ik-boodschap|0.95
p:nog geen|jij-boodschap|-0.95
p:nog geen|bekritiseren|-0.95
p:nog gesproken|aanmoediging|-0.97
p:nog gezien|ondervragen|-0.97
p:nog mee|interpreteren|0.9
p:nog meer|bekritiseren|-0.97
p:nog meer|ondervragen|0.97
p:nog niet|ik-boodschap|0.95
p:nog niet|parafrase|-0.96
p:nog op|open-vraag|0.76
p:nog op|afleiden|0.97
p:nog steeds|ik-boodschap|-0.93
p:nog steeds|open-vraag|-0.99
p:nog van|waarschuwen|-0.98
p:nog zit|bekritiseren|0.89
p:nog zo'n|waarschuwen|0.92
p:nog één|ik-boodschap|-0.93
p:nog één|bevelen|-1.78
p:nog één|waarschuwen|1.0
p:nog één|moraliseren|-0.79
p:nogal kortzichtige|argumenteren|-1.0
p:nogal kortzichtige|bekritiseren|1.0
p:nogal onverschillig|bekritiseren|0.82
p:nooit aan|bekritiseren|0.98
p:nooit aan|interpreteren|-0.99
p:nooit als|jij-boodschap|-1.53
p:nooit als|bekritiseren|-0.49
p:nooit als|ondervragen|0.9
p:nooit bereikbaar|bekritiseren|-1.91
p:nooit bereikbaar|etiketteren|-0.99
p:nooit de|interpreteren|-0.93
p:nooit echt|bekritiseren|0.96
p:nooit gekregen|parafrase|0.98
p:nooit gekregen|gevoelsreflectie|-0.98
p:nooit gekregen|samenvatting|-0.98
p:nooit iets|jij-boodschap|1.0
p:nooit iets|afleiden|-0.96
p:nooit in|bekritiseren|0.46
p:nooit je|bekritiseren|0.82
p:nooit misschien|jij-boodschap|0.7
p:nooit misschien|bekritiseren|0.7
p:nooit na|jij-boodschap|0.79
p:nooit na|bekritiseren|0.95
p:nooit naar|ik-boodschap|-0.95
p:nooit op|jij-boodschap|1.0
p:nooit op|samenvatting|-1.0
p:nooit op|bekritiseren|1.0
p:nooit problemen|waarschuwen|-0.86
p:nooit te|jij-boodschap|-0.94
p:nooit te|bekritiseren|-0.94
p:nooit uitpraten|bekritiseren|0.96
p:noor ?|open-vraag|0.99
p:noor ?|moraliseren|-0.99
p:noor ?|ondervragen|-0.99
p:noor deze|ik-boodschap|1.0
p:noor deze|argumenteren|-1.0
p:noor in|samenvatting|-0.98
p:noor in|bekritiseren|-0.67
p:noor te|vervolgafspraak|0.95
p:nooti op|jij-boodschap|1.65
p:nooti op|bekritiseren|1.53
p:nora bij|ik-boodschap|1.0
p:normaal dat|moraliseren|0.81
p:normaal in|afleiden|-0.98
p:normaal om|jij-boodschap|1.0
p:normaal om|adviseren|-1.0
p:normaal om|bekritiseren|1.0
p:normering is|parafrase|0.93
p:normering is|argumenteren|0.93
p:nou altijd|jij-boodschap|0.8
p:nou daar|afleiden|-0.84
p:nou echt|bekritiseren|0.98
p:nou eenmaal|bekritiseren|-0.13
p:nou eenmaal|afleiden|0.88
p:nou fijn|bekritiseren|1.0
p:nou fijn|afronding-aankondigen|-1.0
p:nou fijn|bedanken|-1.0
p:nou heel|bekritiseren|0.99
p:nou heel|bedanken|-1.84
p:nou ik|bekritiseren|-0.98
p:nou ja|open-vraag|-0.82
p:nou ja|bekritiseren|-0.13
p:nou ja|interpreteren|-0.96
p:nou ja|afleiden|0.88
p:nou lekker|bekritiseren|1.38
p:nou maar|etiketteren|-1.0
p:nou maar|geruststellen|1.0
p:nou mee|bevelen|0.93
p:nou mevrouw|etiketteren|0.97
p:nou niet|jij-boodschap|-2.47
p:nou nooit|bevelen|-0.92
p:nou nou|etiketteren|0.97
p:nu aan|bevelen|0.99
p:nu af|samenvatting|-0.71
p:nu af|bedanken|1.76
p:nu afronden|afronding-aankondigen|1.98
p:nu afronden|bedanken|-1.71
p:nu besproken|ik-boodschap|-0.97
p:nu besproken|samenvatting|0.97
p:nu drie|open-vraag|-0.99
p:nu drie|afronding-aankondigen|-0.7
p:nu echt|geruststellen|-0.99
p:nu echt|vervolgafspraak|-1.84
p:nu een|bedanken|-0.99
p:nu eenmaal|jij-boodschap|-0.97
p:nu eenmaal|bevelen|-0.92
p:nu eenmaal|moraliseren|0.93
p:nu eenmaal|interpreteren|-1.51
p:nu eenmaal|geruststellen|-0.97
p:nu eenmaal|afleiden|0.5
p:nu eerst|bevelen|0.84
p:nu eerst|geruststellen|-0.92
p:nu er|ik-boodschap|0.95
p:nu even|aanmoediging|-0.8
p:nu even|bevelen|0.96
p:nu even|bekritiseren|0.96
p:nu gehad|jij-boodschap|-0.81
p:nu gehad|gevoelsreflectie|-1.0
p:nu gehad|samenvatting|0.7
p:nu gehad|bekritiseren|-0.94
p:nu gehad|afronding-aankondigen|-0.98
p:nu het|open-vraag|0.98
p:nu mee|aanmoediging|-0.99
p:nu mee|bevelen|0.92
p:nu mee|moraliseren|-0.99
p:nu mee|bekritiseren|0.85
p:nu mee|afronding-aankondigen|0.99
p:nu mee|vervolgafspraak|0.99
p:nu mee|bedanken|0.99
p:nu met|gevoelsreflectie|0.83
p:nu met|afleiden|-0.9
p:nu naar|bevelen|0.92
p:nu naar|waarschuwen|-0.92
p:nu naar|ondervragen|-1.0
p:nu niet|ik-boodschap|-0.9
p:nu niet|bevelen|-0.92
p:nu niet|bekritiseren|-0.99
p:nu niet|afleiden|0.99
p:nu pas|adviseren|-0.99
p:nu pas|ondervragen|0.99
p:nu rustig|bedanken|-1.0
p:nu stoppen|vervolgafspraak|0.87
p:nu te|samenvatting|-0.99
p:nu tussen|samenvatting|-0.99
p:nu tussen|aanmoediging|-0.99
p:nu weer|waarschuwen|0.98
p:nu zitten|bevelen|0.93
p:och dat|geruststellen|-0.92
p:och dat|afleiden|2.67
p:ochtend te|ik-boodschap|1.0
p:ochtend te|jij-boodschap|-1.0
p:ochtend te|gevoelsreflectie|-1.0
p:ochtend te|adviseren|1.0
p:ochtend te|bekritiseren|-1.0
p:ochtends bij|vervolgafspraak|-0.91
p:oefeningen niet|ik-boodschap|0.94
p:oefeningen niet|gevoelsreflectie|-0.94
p:oefent haalt|argumenteren|0.98
p:oefent zakken|samenvatting|-0.94
p:of hij|bekritiseren|0.92
p:of ik|waarschuwen|0.92
p:of thee|bevelen|-0.99
p:ogen te|bevelen|0.92
p:ogen te|bekritiseren|0.85
p:oke dus|prijzen|-0.79
p:oke ik|afronding-aankondigen|0.83
p:oké ?|aanmoediging|-0.92
p:oké dat|bekritiseren|0.94
p:oké dus|samenvatting|-0.74
p:oké ga|bevelen|-1.0
p:om aan|vervolgafspraak|0.95
p:om aandacht|bekritiseren|-0.99
p:om acht|ik-boodschap|-0.93
p:om acht|moraliseren|-0.79
p:om afspraken|adviseren|-0.99
p:om bijles|afleiden|-0.99
p:om de|ik-boodschap|-1.98
p:om de|parafrase|-0.13
p:om de|samenvatting|1.94
p:om de|waarschuwen|-1.0
p:om de|moraliseren|-0.99
p:om de|interpreteren|-1.0
p:om drie|ik-boodschap|-0.87
p:om drie|bekritiseren|0.54
p:om drie|afronding-aankondigen|-0.95
p:om drie|vervolgafspraak|-0.95
p:om een|jij-boodschap|-1.0
p:om een|moraliseren|1.0
p:om een|geruststellen|-1.0
p:om een|vervolgafspraak|-1.0
p:om elke|gevoelsreflectie|1.0
p:om elke|adviseren|1.0
p:om haar|ik-boodschap|-0.85
p:om haar|gevoelsreflectie|1.0
p:om haar|adviseren|0.92
p:om haar|geruststellen|-1.0
p:om half|aanmoediging|-0.99
p:om half|bevelen|0.7
p:om half|moraliseren|-0.99
p:om half|afronding-aankondigen|0.99
p:om half|vervolgafspraak|0.99
p:om hem|ik-boodschap|0.94
p:om hem|gevoelsreflectie|-0.94
p:om hem|bekritiseren|-0.76
p:om hem|interpreteren|0.98
p:om het|parafrase|-0.98
p:om het|bevelen|0.87
p:om het|bekritiseren|-0.82
p:om hierbij|bekritiseren|-0.68
p:om hoe|afleiden|-0.96
p:om hun|moraliseren|0.93
p:om je|ik-boodschap|-0.97
p:om je|jij-boodschap|1.0
p:om je|open-vraag|0.99
p:om je|adviseren|-1.0
p:om je|argumenteren|-0.99
p:om je|bekritiseren|1.0
p:om je|geruststellen|0.76
p:om je|ondervragen|-0.99
p:om je|afleiden|-0.96
p:om kwart|ik-boodschap|-0.91
p:om mee|jij-boodschap|-0.42
p:om naar|gevoelsreflectie|0.76
p:om naar|samenvatting|-0.97
p:om negen|parafrase|0.99
p:om negen|gevoelsreflectie|-0.99
p:om negen|moraliseren|0.97
p:om negen|adviseren|0.99
p:om niks|jij-boodschap|-0.99
p:om niks|bevelen|-0.99
p:om nu|samenvatting|-0.99
p:om samen|parafrase|-0.82
p:om samen|samenvatting|1.0
p:om samen|moraliseren|-0.91
p:om school|bekritiseren|0.82
p:om stoer|jij-boodschap|-0.8
p:om stoer|parafrase|0.96
p:om stoer|bevelen|-0.8
p:om stoer|bekritiseren|-0.91
p:om stoer|interpreteren|0.96
p:om tafel|samenvatting|-0.36
p:om tafel|afronding-aankondigen|0.99
p:om tafel|vervolgafspraak|0.84
p:om te|ik-boodschap|2.76
p:om te|samenvatting|-1.69
p:om te|bevelen|0.89
p:om te|moraliseren|-0.98
p:om te|adviseren|0.15
p:om te|argumenteren|-0.89
p:om te|bekritiseren|0.74
p:om te|interpreteren|0.7
p:om te|vervolgafspraak|1.84
p:om te|bedanken|0.84
p:om tien|ik-boodschap|0.96
p:om tien|waarschuwen|-0.96
p:om tien|adviseren|0.97
p:om vier|adviseren|-0.99
p:om vier|afronding-aankondigen|-0.99
p:om vier|vervolgafspraak|-0.76
p:om vier|bedanken|-0.99
p:om weer|open-vraag|0.9
p:om weer|bekritiseren|-0.25
p:om zijn|parafrase|-0.98
p:om zijn|samenvatting|0.94
p:omar heeft|gevoelsreflectie|-0.97
p:omdat het|interpreteren|0.93
p:omdat hij|parafrase|-0.99
p:omdat hij|waarschuwen|-0.94
p:omdat je|ik-boodschap|-0.99
p:omdat je|samenvatting|-0.99
p:omdat je|waarschuwen|-0.86
p:omdat je|interpreteren|0.95
p:omdat je|afleiden|-0.72
p:omdat lotte|afronding-aankondigen|-1.0
p:omdat niemand|parafrase|0.93
p:omdat niemand|gevoelsreflectie|0.89
p:omdat niemand|bekritiseren|-0.93
p:omdat niemand|bedanken|-0.95
p:omdat u|aanmoediging|-1.0
p:omdat u|adviseren|-0.95
p:omdat u|bekritiseren|-0.84
p:omdat u|interpreteren|2.15
p:omdat uw|gevoelsreflectie|0.78
p:omdat ze|ik-boodschap|0.98
p:omdat ze|interpreteren|-0.99
p:onacceptabel gedrag|ik-boodschap|-1.0
p:onacceptabel gedrag|bekritiseren|1.0
p:onbeantwoord bleven|gevoelsreflectie|0.78
p:onbeleefd gedraagt|jij-boodschap|0.97
p:onbeleefd gedraagt|bekritiseren|0.97
p:onbeleefd gedraagt|prijzen|-0.97
p:onbeleefd tegen|bekritiseren|-1.14
p:onbetrouwbare jongen|bekritiseren|-2.34
p:onbetrouwbare jongen|etiketteren|0.98
p:onderbreekt me|bekritiseren|0.96
p:onderbreken kan|afronding-aankondigen|0.98
p:onderbreken kan|bedanken|-0.98
p:onderschat dit|jij-boodschap|0.76
p:onderschat dit|bekritiseren|0.92
p:ondertekend ?|ondervragen|-0.85
p:onderzoek laat|argumenteren|1.0
p:onderzoek laat|interpreteren|-1.0
p:onderzoek laat|geruststellen|-1.0
p:onderzoek laat|vervolgafspraak|-1.0
p:oneerlijk over|gevoelsreflectie|-1.43
p:oneerlijk over|bekritiseren|0.92
p:ongerust bent|geruststellen|0.93
p:ongerust bent|afleiden|-0.93
p:ongerust hoe|open-vraag|0.99
p:ongerust hoor|parafrase|-0.93
p:ongerust hoor|gevoelsreflectie|0.85
p:ongerust hoor|aanmoediging|-0.93
p:ongerust over|gevoelsreflectie|0.76
p:ongerust over|samenvatting|-0.97
p:ongerust wat|gevoelsreflectie|0.94
p:ongeïnteresseerd dat|bekritiseren|-1.67
p:onhandig geweest|bekritiseren|0.97
p:online doet|bekritiseren|0.99
p:onrustig dat|parafrase|-0.98
p:onrustig en|parafrase|-0.96
p:onrustig is|bekritiseren|-0.39
p:onrustig wordt|ik-boodschap|-0.92
p:ons allebei|afronding-aankondigen|-0.76
p:ons gesprek|afronding-aankondigen|1.0
p:ons gesprek|vervolgafspraak|-1.0
p:ontvangen ?|ondervragen|-0.91
p:ontzettend onbeleefd|bekritiseren|0.7
p:onverschillig als|bekritiseren|0.82
p:onvoldoende haalt|argumenteren|-0.98
p:onvoldoende heeft|argumenteren|0.94
p:onvoldoende in|ik-boodschap|-0.95
p:onvoldoende in|afleiden|0.95
p:onvoldoende is|argumenteren|0.98
p:onvoldoendes heeft|waarschuwen|-0.99
p:onvoldoendes op|ik-boodschap|0.95
p:onvoldoendes op|argumenteren|0.94
p:onze beste|prijzen|0.99
p:onze tijd|vervolgafspraak|1.0
p:onze tijd|bedanken|-0.91
p:onzeker over|parafrase|-0.86
p:oog binnenkwam|ik-boodschap|0.99
p:ooit gereageerd|jij-boodschap|0.97
p:ooit gereageerd|bekritiseren|1.77
p:ook altijd|bekritiseren|0.81
p:ook altijd|prijzen|-0.94
p:ook bij|jij-boodschap|-0.35
p:ook bij|bekritiseren|-0.35
p:ook bij|afleiden|-0.95
p:ook bij|vervolgafspraak|1.44
p:ook dat|moraliseren|0.95
p:ook dat|argumenteren|-0.95
p:ook de|vervolgafspraak|0.9
p:ook eens|ik-boodschap|-0.95
p:ook eens|jij-boodschap|1.8
p:ook eens|bekritiseren|1.8
p:ook even|jij-boodschap|-0.42
p:ook in|jij-boodschap|-0.91
p:ook in|prijzen|-0.98
p:ook in|ondervragen|0.98
p:ook lastig|bekritiseren|-0.84
p:ook mee|prijzen|1.0
p:ook mee|geruststellen|-1.0
p:ook mee|bedanken|-1.0
p:ook naar|ik-boodschap|0.96
p:ook naar|gevoelsreflectie|0.81
p:ook niet|waarschuwen|-0.97
p:ook niet|adviseren|-0.98
p:ook niet|geruststellen|0.89
p:ook niet|ondervragen|-0.97
p:ook niks|argumenteren|0.7
p:ook nooit|ik-boodschap|-0.95
p:ook nooit|bevelen|0.93
p:ook slecht|interpreteren|0.98
p:ook uit|afronding-aankondigen|-0.94
p:ook wel|jij-boodschap|-0.55
p:ook wel|prijzen|1.0
p:ook wel|interpreteren|-0.99
p:ook zo|prijzen|0.99
p:oortjes in|bevelen|-0.99
p:oortjes zit|ik-boodschap|-0.9
p:op 12|argumenteren|0.87
p:op 14|jij-boodschap|-0.98
p:op 14|samenvatting|0.98
p:op 14|vervolgafspraak|0.98
p:op bram|ik-boodschap|-0.93
p:op dat|ik-boodschap|-0.9
p:op de|ik-boodschap|0.9
p:op de|jij-boodschap|0.9
p:op de|gevoelsreflectie|0.89
p:op de|samenvatting|1.95
p:op de|waarschuwen|0.96
p:op de|argumenteren|-1.52
p:op de|bekritiseren|2.45
p:op de|prijzen|-0.12
p:op de|interpreteren|0.99
p:op de|ondervragen|0.96
p:op de|bedanken|-0.94
p:op deze|jij-boodschap|-0.96
p:op deze|bekritiseren|-0.96
p:op deze|geruststellen|0.97
p:op deze|afleiden|-0.97
p:op die|geruststellen|-0.83
p:op die|afleiden|0.99
p:op dinsdag|interpreteren|-0.82
p:op drie|argumenteren|0.95
p:op een|jij-boodschap|-0.85
p:op een|parafrase|-0.98
p:op een|samenvatting|0.67
p:op een|moraliseren|0.97
p:op geen|jij-boodschap|0.97
p:op geen|bekritiseren|1.77
p:op gewoon|ik-boodschap|-1.0
p:op gewoon|jij-boodschap|-1.0
p:op gewoon|parafrase|-1.0
p:op gewoon|gevoelsreflectie|-1.0
p:op gewoon|samenvatting|-1.0
p:op gewoon|open-vraag|-1.0
p:op gewoon|aanmoediging|-1.0
p:op gewoon|bevelen|1.0
p:op gewoon|waarschuwen|-1.0
p:op gewoon|moraliseren|-1.0
p:op gewoon|adviseren|-1.0
p:op gewoon|argumenteren|-1.0
p:op gewoon|bekritiseren|-1.0
p:op gewoon|prijzen|-1.0
p:op gewoon|etiketteren|-1.0
p:op gewoon|interpreteren|-1.0
p:op gewoon|geruststellen|-1.0
p:op gewoon|ondervragen|-1.0
p:op gewoon|afleiden|-1.0
p:op gewoon|afronding-aankondigen|-1.0
p:op gewoon|vervolgafspraak|-1.0
p:op gewoon|bedanken|-1.0
p:op haar|bekritiseren|-1.11
p:op haar|ondervragen|0.99
p:op heeft|open-vraag|-0.9
p:op hem|bevelen|-0.99
p:op hem|interpreteren|0.67
p:op het|ik-boodschap|0.95
p:op het|bevelen|-1.0
p:op het|afleiden|0.91
p:op ik|bevelen|0.93
p:op in|ik-boodschap|-0.9
p:op in|adviseren|0.93
p:op in|bekritiseren|-0.99
p:op in|afleiden|0.99
p:op je|argumenteren|-0.86
p:op je|prijzen|1.0
p:op je|etiketteren|-1.0
p:op kamp|ik-boodschap|-0.94
p:op kamp|gevoelsreflectie|0.94
p:op kamp|waarschuwen|0.97
p:op kamp|afleiden|0.93
p:op laten|ik-boodschap|0.95
p:op laten|vervolgafspraak|-0.86
p:op maandag|samenvatting|-0.74
p:op maar|jij-boodschap|1.8
p:op maar|gevoelsreflectie|-0.81
p:op maar|bekritiseren|2.09
p:op of|bekritiseren|0.92
p:op rij|argumenteren|0.94
p:op school|samenvatting|1.0
p:op school|open-vraag|1.0
p:op school|bekritiseren|-2.05
p:op school|afronding-aankondigen|-0.95
p:op stap|ondervragen|0.61
p:op te|bekritiseren|-0.82
p:op tijd|jij-boodschap|-0.93
p:op tijd|adviseren|-0.98
p:op tijd|prijzen|-1.0
p:op tijd|interpreteren|-0.95
p:op tijd|afleiden|-0.96
p:op vakantie|afleiden|0.97
p:op want|waarschuwen|0.95
p:op wat|bekritiseren|-0.62
p:op wit|argumenteren|0.85
p:op woensdag|parafrase|-0.96
p:op woensdag|samenvatting|0.88
p:op zijn|bevelen|0.99
p:op zijn|waarschuwen|-0.99
p:op zijn|moraliseren|0.97
p:op zijn|adviseren|-0.99
p:op zijn|bekritiseren|0.95
p:op zijn|geruststellen|0.89
p:op zo|geruststellen|-0.91
p:op zondag|adviseren|0.93
p:opdracht doen|prijzen|0.81
p:opdracht in|ik-boodschap|0.95
p:opdracht in|jij-boodschap|-0.76
p:opdracht in|bekritiseren|-0.81
p:opdracht staat|argumenteren|0.92
p:opdracht staat|bekritiseren|0.92
p:opdracht vrijdag|afronding-aankondigen|-0.99
p:opdracht wel|ik-boodschap|-1.0
p:opdracht wel|prijzen|-1.0
p:opdracht wel|afleiden|-1.0
p:opdrachten toe|ik-boodschap|0.88
p:opdrachten toe|moraliseren|-0.91
p:opdrachten toekomt|ik-boodschap|0.92
p:open bent|bedanken|0.99
p:opgaven niet|afleiden|-0.97
p:opgaven niet|vervolgafspraak|0.91
p:opgenomen ?|adviseren|-0.94
p:oplaadt kun|ik-boodschap|0.93
p:opmerking en|waarschuwen|1.92
p:opmerking is|bekritiseren|0.99
p:opnieuw om|samenvatting|-1.0
p:oppast zit|moraliseren|-0.81
p:oprecht van|ik-boodschap|0.84
p:opschrijft dus|ik-boodschap|0.91
p:opstandig is|interpreteren|0.99
p:opvoeden doe|moraliseren|0.97
p:opvoeden doe|argumenteren|-0.97
p:orde komt|moraliseren|-0.95
p:orthopedagoog gewoon|bekritiseren|0.21
p:oude school|parafrase|-0.85
p:oude school|samenvatting|0.98
p:oude school|open-vraag|0.98
p:oude school|interpreteren|0.94
p:ouder als|prijzen|0.97
p:ouder als|afleiden|-0.97
p:ouder bent|geruststellen|2.54
p:ouder controleert|moraliseren|0.99
p:ouder die|prijzen|-0.93
p:ouder die|etiketteren|0.93
p:ouder moet|moraliseren|0.97
p:ouder om|jij-boodschap|-0.42
p:ouderavond is|afleiden|0.32
p:ouders gemaild|argumenteren|0.98
p:ouders hebben|aanmoediging|-0.86
p:ouders hebben|moraliseren|0.93
p:ouders jullie|moraliseren|-0.95
p:ouders lezen|jij-boodschap|0.62
p:ouders moeten|moraliseren|1.0
p:ouders tekortgeschoten|bekritiseren|0.43
p:ouders veel|bekritiseren|-2.01
p:ouders wachten|argumenteren|-0.93
p:ouders wachten|vervolgafspraak|-0.94
p:over acht|bevelen|0.92
p:over bent|ondervragen|-0.99
p:over bent|vervolgafspraak|0.4
p:over dat|afleiden|0.91
p:over de|ik-boodschap|-1.94
p:over de|parafrase|1.06
p:over de|gevoelsreflectie|0.9
p:over de|samenvatting|-1.12
p:over de|open-vraag|0.99
p:over de|waarschuwen|-1.0
p:over de|ondervragen|0.97
p:over de|afleiden|-0.95
p:over de|afronding-aankondigen|0.84
p:over de|vervolgafspraak|-1.45
p:over de|bedanken|-0.97
p:over die|parafrase|-1.0
p:over die|open-vraag|1.0
p:over drie|samenvatting|0.64
p:over drie|afronding-aankondigen|0.99
p:over drie|vervolgafspraak|0.4
p:over echt|geruststellen|1.0
p:over een|samenvatting|-1.0
p:over een|geruststellen|0.97
p:over een|afronding-aankondigen|-0.95
p:over een|vervolgafspraak|0.84
p:over een|bedanken|-0.97
p:over haar|ik-boodschap|-1.0
p:over hebben|bevelen|-0.92
p:over hebben|argumenteren|-0.99
p:over hebben|geruststellen|-0.99
p:over hebben|afleiden|0.99
p:over het|gevoelsreflectie|-1.0
p:over het|vervolgafspraak|0.84
p:over het|bedanken|-0.97
p:over hetzelfde|ik-boodschap|0.95
p:over hetzelfde|vervolgafspraak|-0.86
p:over hoe|gevoelsreflectie|0.99
p:over hoe|afronding-aankondigen|-0.76
p:over hè|open-vraag|-0.99
p:over iets|afleiden|0.97
p:over je|ik-boodschap|1.0
p:over je|jij-boodschap|-1.81
p:over je|gevoelsreflectie|-1.0
p:over je|samenvatting|0.7
p:over je|adviseren|1.0
p:over je|bekritiseren|-1.93
p:over je|afleiden|0.96
p:over naar|bekritiseren|-0.13
p:over naar|afleiden|0.88
p:over negen|ik-boodschap|-0.91
p:over negen|bevelen|-0.91
p:over schermtijd|afleiden|-0.96
p:over school|jij-boodschap|-1.0
p:over school|open-vraag|-0.76
p:over te|geruststellen|0.76
p:over te|afleiden|-0.96
p:over twee|parafrase|-0.96
p:over twee|open-vraag|-1.0
p:over twee|bekritiseren|-1.0
p:over twee|geruststellen|-0.88
p:over twee|afronding-aankondigen|-1.0
p:over twee|vervolgafspraak|1.99
p:over uw|interpreteren|1.0
p:over vertellen|vervolgafspraak|-1.0
p:over vijf|vervolgafspraak|-0.9
p:over wat|gevoelsreflectie|-1.43
p:over wat|open-vraag|1.0
p:over wat|bekritiseren|0.92
p:over zijn|ik-boodschap|-1.0
p:over zijn|samenvatting|1.09
p:over zijn|waarschuwen|-1.0
p:over zijn|bekritiseren|0.72
p:over zijn|interpreteren|-1.0
p:over zijn|afronding-aankondigen|-0.98
p:over zijn|vervolgafspraak|-0.84
p:over zijn|bedanken|0.95
p:over zo|argumenteren|1.0
p:overal een|prijzen|-0.93
p:overal een|etiketteren|0.93
p:overal kritiek|jij-boodschap|1.8
p:overal kritiek|gevoelsreflectie|-0.81
p:overal kritiek|bekritiseren|2.09
p:overal mee|gevoelsreflectie|-0.8
p:overal mee|bevelen|-0.84
p:overal mee|bekritiseren|0.19
p:overdrijft echt|bekritiseren|0.53
p:overgang de|samenvatting|0.67
p:overgang de|open-vraag|0.99
p:overgangsnormen daar|argumenteren|0.7
p:overgangsnormen niet|argumenteren|1.0
p:overkomt de|geruststellen|0.94
p:overkomt iedereen|geruststellen|-1.7
p:overkomt iedereen|afleiden|1.35
p:overleg met|jij-boodschap|-0.98
p:overleg met|samenvatting|0.98
p:overleg met|vervolgafspraak|0.98
p:overslaat waardoor|ik-boodschap|0.9
p:overstapt naar|parafrase|0.99
p:paar weken|geruststellen|0.99
p:pak gerust|geruststellen|-0.95
p:pak ik|ik-boodschap|-0.85
p:pak ik|waarschuwen|0.99
p:pakt sem|ik-boodschap|-1.0
p:pakt sem|samenvatting|-0.67
p:pakt sem|adviseren|-1.0
p:pas ?|adviseren|-0.99
p:pas ?|ondervragen|0.99
p:pas als|bekritiseren|0.96
p:pas om|bevelen|-0.91
p:pas om|waarschuwen|-0.96
p:pas op|waarschuwen|0.95
p:pas op|geruststellen|-0.91
p:pasje weer|ik-boodschap|-0.75
p:pauze alleen|ik-boodschap|0.88
p:pauze gebruiken|etiketteren|-0.98
p:pauze heb|ik-boodschap|-0.94
p:pauze hebt|ik-boodschap|1.87
p:pauze hebt|gevoelsreflectie|-1.6
p:pauze niet|ik-boodschap|-0.96
p:pauze steeds|samenvatting|-0.98
p:pauze tegenwoordig|ik-boodschap|-0.9
p:pauze vaak|ik-boodschap|0.97
p:periode 2|waarschuwen|-1.0
p:periode ?|jij-boodschap|-0.96
p:periode even|ik-boodschap|-0.96
p:periode hoe|ik-boodschap|-0.95
p:periode hoe|afleiden|-0.9
p:periode noor|bekritiseren|0.98
p:periode twee|gevoelsreflectie|-0.95
p:pest andere|bekritiseren|0.6
p:pest niet|jij-boodschap|1.49
p:pesten stopt|jij-boodschap|-0.86
p:pesterijen over|afronding-aankondigen|0.77
p:pijn hebt|bevelen|-0.91
p:plaats gewoon|adviseren|0.97
p:plaats van|samenvatting|-0.98
p:plaats van|adviseren|-0.92
p:plan dat|gevoelsreflectie|0.63
p:plan dat|samenvatting|0.97
p:plan dat|vervolgafspraak|0.63
p:plan een|adviseren|-0.99
p:plan een|afronding-aankondigen|-0.99
p:plan een|bedanken|-1.98
p:plan maken|vervolgafspraak|0.95
p:plan voor|gevoelsreflectie|-0.59
p:plannen ?|jij-boodschap|-1.53
p:plannen ?|adviseren|1.0
p:plannen ?|argumenteren|-1.0
p:plannen ?|bekritiseren|-0.49
p:plannen daan|bevelen|0.99
p:plannen daan|geruststellen|0.99
p:plannen een|afronding-aankondigen|1.65
p:plannen een|vervolgafspraak|1.0
p:plannen en|ik-boodschap|0.94
p:plannen en|argumenteren|-0.94
p:plannen lukt|bekritiseren|-0.97
p:plannen lukt|afronding-aankondigen|-0.78
p:plannen voor|jij-boodschap|-0.81
p:planner bijhoudt|samenvatting|0.75
p:planner geen|ik-boodschap|0.91
p:planner in|ik-boodschap|0.95
p:planner in|vervolgafspraak|-0.95
p:planner laat|vervolgafspraak|0.99
p:planner van|ik-boodschap|-0.96
p:planning bij|open-vraag|0.99
p:planning bij|moraliseren|-0.99
p:planning bij|ondervragen|-0.99
p:planning controleert|afronding-aankondigen|-0.95
p:planning de|moraliseren|-0.99
p:planning en|jij-boodschap|0.86
p:planning en|samenvatting|0.32
p:planning en|bedanken|0.95
p:planning ik|adviseren|-0.99
p:planning voor|samenvatting|-0.95
p:planning voor|afleiden|-0.95
p:planning voor|vervolgafspraak|-0.62
p:playstation gewoon|bekritiseren|0.46
p:playstation zo|moraliseren|0.92
p:plek in|parafrase|-0.96
p:plek op|waarschuwen|0.91
p:plezier krijgt|bekritiseren|-1.0
p:plezier naar|open-vraag|0.9
p:plicht om|moraliseren|0.93
p:pootjes terecht|geruststellen|0.89
p:praat je|moraliseren|0.97
p:praat je|afleiden|-0.97
p:praat kan|parafrase|-0.94
p:praat meld|waarschuwen|1.0
p:praat met|parafrase|-0.96
p:praat met|samenvatting|0.88
p:praat niet|bevelen|0.97
p:praat thuis|samenvatting|0.95
p:praat thuis|bedanken|0.95
p:praat volgende|samenvatting|0.75
p:praten ?|vervolgafspraak|0.99
p:praten dat|afleiden|-0.97
p:praten kan|ik-boodschap|1.0
p:praten kan|samenvatting|-1.0
p:praten lieke|adviseren|0.98
p:praten want|ik-boodschap|0.95
p:praten want|vervolgafspraak|-0.86
p:praten we|afronding-aankondigen|-0.95
p:praten we|vervolgafspraak|0.87
p:precies gebeurd|ik-boodschap|-0.97
p:precies gezegd|gevoelsreflectie|1.0
p:precies gezegd|samenvatting|-1.0
p:precies in|afleiden|-0.99
p:precies verteld|parafrase|-1.0
p:precies verteld|open-vraag|1.0
p:prestatie van|gevoelsreflectie|-1.0
p:prettiger vindt|jij-boodschap|-0.91
p:prikkelbaar en|parafrase|-0.82
p:prikkelbaar en|samenvatting|1.0
p:prima dat|bekritiseren|0.89
p:prima doen|geruststellen|1.82
p:prima leerling|afleiden|-0.9
p:probeer eens|moraliseren|-0.91
p:probeer haar|jij-boodschap|-1.0
p:probeer haar|bevelen|-1.0
p:probeer haar|adviseren|1.0
p:probeert u|samenvatting|-1.0
p:probeert u|moraliseren|-1.0
p:probeert u|adviseren|1.0
p:probeert u|geruststellen|-1.0
p:probeert u|ondervragen|-0.99
p:probleem begonnen|ondervragen|-1.0
p:probleem dat|parafrase|-0.82
p:probleem dat|prijzen|0.94
p:probleem in|interpreteren|0.9
p:probleem is|parafrase|0.97
p:probleem is|samenvatting|-0.87
p:probleem is|interpreteren|0.58
p:probleem klopt|samenvatting|0.92
p:probleem van|prijzen|-0.93
p:probleem van|etiketteren|0.93
p:problemen gehad|waarschuwen|-0.86
p:profiel wat|parafrase|0.9
p:programma van|afleiden|-0.85
p:projecteert uw|bevelen|-0.99
p:projecteert uw|interpreteren|0.67
p:protocol schrijft|argumenteren|0.9
p:protocol staat|argumenteren|-2.44
p:pta dus|argumenteren|0.97
p:puber heeft|geruststellen|0.99
p:puber heeft|afleiden|-1.51
p:puber wel|geruststellen|-0.92
p:puber wel|afleiden|1.69
p:pubers he|bekritiseren|-0.47
p:pubers he|etiketteren|-0.94
p:pubers over|bekritiseren|-0.13
p:pubers over|afleiden|0.88
p:puberteit daar|moraliseren|-0.97
p:puberteit daar|interpreteren|-0.52
p:puberteit daar|geruststellen|-0.97
p:puberteit daar|afleiden|1.5
p:puberteit zit|interpreteren|0.99
p:puinhoop van|jij-boodschap|0.9
p:puinhoop van|bekritiseren|0.7
p:puinhoop van|etiketteren|-0.9
p:punt achter|afronding-aankondigen|0.99
p:punt achter|vervolgafspraak|-1.89
p:punt achter|bedanken|-0.99
p:punt blijven|ik-boodschap|0.95
p:punt blijven|vervolgafspraak|-0.86
p:punten verliest|ik-boodschap|0.9
p:raakt hij|waarschuwen|0.95
p:raakt me|moraliseren|-0.77
p:raakt me|geruststellen|-0.98
p:raakt neem|aanmoediging|0.93
p:rapport komt|geruststellen|-0.88
p:rapport staan|ik-boodschap|0.95
p:rapport van|waarschuwen|-1.0
p:reactie slaat|argumenteren|-0.9
p:reageert u|aanmoediging|-1.0
p:reageert u|adviseren|-0.99
p:reageert u|ondervragen|0.99
p:reageren nooti|jij-boodschap|1.65
p:reageren nooti|bekritiseren|1.53
p:rechtop zitten|ik-boodschap|-0.98
p:rechtop zitten|waarschuwen|-0.89
p:redelijk dus|vervolgafspraak|-0.55
p:regel dat|samenvatting|-0.93
p:regelen ?|afleiden|-0.99
p:regelen en|afronding-aankondigen|-1.0
p:regels een|moraliseren|0.81
p:regels een|argumenteren|0.96
p:regels nodig|bevelen|-0.92
p:regels zijn|moraliseren|0.81
p:regels zijn|argumenteren|1.94
p:reglement is|argumenteren|0.91
p:reken op|argumenteren|-0.86
p:reken op|prijzen|1.0
p:reken op|etiketteren|-1.0
p:rekenmachine niet|vervolgafspraak|0.91
p:rekenmachine vergeten|ik-boodschap|0.94
p:rekenmachine vergeten|gevoelsreflectie|-0.94
p:respect praten|afleiden|-0.97
p:respect voor|ik-boodschap|-0.91
p:respect voor|jij-boodschap|0.98
p:respect voor|moraliseren|0.17
p:respectloze reactie|bekritiseren|0.95
p:rest van|ik-boodschap|-0.88
p:rest van|samenvatting|-0.88
p:rest van|argumenteren|0.88
p:rij je|open-vraag|-0.98
p:rij wat|jij-boodschap|-0.85
p:rijtje het|samenvatting|0.67
p:rijtje het|open-vraag|0.99
p:rijtje zet|parafrase|-0.98
p:rik zit|ik-boodschap|0.92
p:roept kunnen|ik-boodschap|0.92
p:rol speelt|open-vraag|0.99
p:rollen bram|bevelen|0.92
p:rollen bram|bekritiseren|0.85
p:ronden af|afleiden|-0.99
p:ronden af|afronding-aankondigen|0.78
p:ronden af|vervolgafspraak|0.74
p:ronden het|samenvatting|-0.71
p:ronden het|bedanken|0.85
p:rooster staat|jij-boodschap|-0.39
p:rooster van|afleiden|-0.91
p:rooster voor|ondervragen|-0.97
p:rot voor|open-vraag|-0.95
p:rotmoment zijn|gevoelsreflectie|0.85
p:ruimt vast|bevelen|-0.98
p:ruimt vast|bekritiseren|-0.98
p:rust komt|parafrase|0.99
p:rust komt|gevoelsreflectie|-0.99
p:rust komt|adviseren|0.99
p:rustig aan|aanmoediging|0.17
p:rustig aan|bevelen|0.81
p:rustig de|parafrase|-0.93
p:rustig even|aanmoediging|0.93
p:rustig wordt|bedanken|-1.0
p:ruzie begon|samenvatting|-0.67
p:ruzie en|afronding-aankondigen|-0.98
p:ruzie met|argumenteren|-0.99
p:ruzietjes hebben|geruststellen|-0.83
p:ruzietjes hebben|afleiden|0.99
p:ruzietjes zijn|afleiden|0.93
p:samen evalueren|open-vraag|-1.0
p:samen evalueren|bekritiseren|-1.0
p:samen evalueren|afronding-aankondigen|-1.0
p:samen gekeken|jij-boodschap|0.86
p:samen gekeken|samenvatting|-0.63
p:samen hoe|samenvatting|0.75
p:samen hoe|vervolgafspraak|0.99
p:samen met|adviseren|0.93
p:samen met|argumenteren|-0.97
p:samen met|afronding-aankondigen|0.94
p:samen te|jij-boodschap|-0.42
p:samen te|parafrase|-0.82
p:samen te|samenvatting|1.0
p:samen uit|bekritiseren|-1.0
p:samen wat|jij-boodschap|-0.98
p:samen wat|samenvatting|0.98
p:samen wat|vervolgafspraak|0.98
p:samengevat de|gevoelsreflectie|0.63
p:samengevat de|samenvatting|1.96
p:samengevat de|argumenteren|-0.99
p:samengevat de|vervolgafspraak|0.63
p:samengevat gaat|ik-boodschap|-0.87
p:samengevat gaat|bekritiseren|-0.34
p:samengevat gaat|vervolgafspraak|-0.95
p:samengevat het|open-vraag|-1.0
p:samengevat spreken|vervolgafspraak|0.99
p:samengevat u|jij-boodschap|0.94
p:samengevat u|gevoelsreflectie|-0.81
p:samengevat u|bekritiseren|2.09
p:samengevat willen|parafrase|-0.97
p:samenvat gaat|samenvatting|0.94
p:samenvat in|samenvatting|0.98
p:samenvat je|parafrase|-0.99
p:samenvat je|gevoelsreflectie|-0.8
p:samenvat je|samenvatting|0.99
p:samenvat je|vervolgafspraak|-0.99
p:samenvat wat|parafrase|0.82
p:samenvat wat|samenvatting|-1.57
p:samenvat wil|parafrase|0.96
p:samenvat wil|samenvatting|0.86
p:samenvatten je|parafrase|-0.96
p:samenvatten u|samenvatting|0.95
p:samenvatten u|bedanken|0.95
p:samenvatten ze|prijzen|-0.79
p:samenvattend de|samenvatting|0.92
p:samenvattend de|argumenteren|-0.94
p:samenvattend fleur|bedanken|0.91
p:sanne is|bekritiseren|-0.99
p:schaamt je|gevoelsreflectie|0.99
p:schakel ik|waarschuwen|0.74
p:scheiding daar|interpreteren|0.9
p:scheiding en|interpreteren|0.97
p:scheikunde een|waarschuwen|-0.85
p:scheikunde een|interpreteren|-0.99
p:schept een|moraliseren|-0.91
p:schermtijd ?|afleiden|-0.96
p:schieten we|ik-boodschap|0.95
p:schieten we|vervolgafspraak|-0.86
p:school ?|jij-boodschap|-0.77
p:school ?|open-vraag|0.23
p:school dat|moraliseren|0.97
p:school dat|argumenteren|-0.97
p:school dat|interpreteren|0.94
p:school en|parafrase|-0.85
p:school en|samenvatting|0.98
p:school en|open-vraag|0.98
p:school gaat|bekritiseren|0.82
p:school gestuurd|moraliseren|-0.99
p:school ging|interpreteren|-0.94
p:school ging|geruststellen|-0.94
p:school is|jij-boodschap|1.0
p:school is|samenvatting|-1.0
p:school is|bekritiseren|1.0
p:school is|interpreteren|-0.9
p:school niet|samenvatting|1.0
p:school niet|open-vraag|1.0
p:school niet|bekritiseren|-0.82
p:school niet|ondervragen|0.97
p:school onrustig|bekritiseren|-0.39
p:school over|bevelen|0.99
p:school te|open-vraag|0.9
p:school toch|bekritiseren|-0.96
p:school van|ik-boodschap|-0.95
p:school vertelt|jij-boodschap|-1.0
p:schooldag om|moraliseren|0.97
p:schoolgids al|bekritiseren|-0.99
p:schoolgids al|afleiden|0.99
p:schoolplein wil|afleiden|0.91
p:schoolreisje ?|bevelen|-0.97
p:schoolreisje ?|argumenteren|-0.97
p:schooltijd even|vervolgafspraak|0.98
p:schooltijd op|bevelen|-0.99
p:schorsing heeft|gevoelsreflectie|1.87
p:schreeuwen stop|afronding-aankondigen|-0.93
p:schrijf het|adviseren|0.93
p:schrijft voor|argumenteren|0.9
p:schrik ervan|ik-boodschap|1.0
p:schrik ervan|argumenteren|-1.0
p:schrik moet|gevoelsreflectie|0.83
p:schrik voor|gevoelsreflectie|0.94
p:schrikt ervan|parafrase|-0.99
p:schrikt ervan|gevoelsreflectie|0.8
p:schrikt ervan|geruststellen|0.99
p:schrok de|ik-boodschap|0.83
p:schrok de|gevoelsreflectie|-0.47
p:schrok de|geruststellen|-0.87
p:schrok ik|ik-boodschap|1.87
p:schrok ik|gevoelsreflectie|-1.6
p:schrok toen|gevoelsreflectie|-1.0
p:schuift aan|etiketteren|-0.99
p:schuift ook|vervolgafspraak|0.9
p:schuld aan|jij-boodschap|0.97
p:schuld aan|samenvatting|-0.97
p:schuld aan|bekritiseren|0.97
p:schuld dat|jij-boodschap|0.81
p:schuld dat|bekritiseren|0.81
p:schuld van|jij-boodschap|1.0
p:schuld van|samenvatting|-1.0
p:schuld van|bekritiseren|1.0
p:schuldig te|geruststellen|0.99
p:schuldig voelt|parafrase|-0.94
p:schuldig voelt|aanmoediging|-1.0
p:schuldige omdat|adviseren|-0.95
p:sectie ik|gevoelsreflectie|0.63
p:sectie ik|samenvatting|0.97
p:sectie ik|vervolgafspraak|0.63
p:sem als|parafrase|-0.94
p:sem als|waarschuwen|0.98
p:sem deze|ik-boodschap|-0.94
p:sem in|ik-boodschap|0.95
p:sem is|bekritiseren|-2.34
p:sem is|etiketteren|0.98
p:sem maakt|jij-boodschap|0.9
p:sem maakt|bekritiseren|0.54
p:sem maakt|etiketteren|-0.9
p:sem zijn|open-vraag|0.98
p:september in|argumenteren|0.9
p:september naar|argumenteren|0.98
p:serieus en|ik-boodschap|0.88
p:serieus genomen|gevoelsreflectie|0.78
p:serieus genomen|open-vraag|-0.98
p:sfeer in|ik-boodschap|-0.87
p:sfeer in|jij-boodschap|1.66
p:sfeer in|samenvatting|0.92
p:sfeer in|moraliseren|-0.99
p:sfeer in|bekritiseren|1.31
p:sfeer in|vervolgafspraak|-0.95
p:simpel is|moraliseren|-0.97
p:simpel is|argumenteren|1.0
p:simpel wie|argumenteren|0.98
p:sinds bas|ik-boodschap|0.92
p:sinds de|ik-boodschap|1.81
p:sinds de|jij-boodschap|-1.87
p:sinds de|open-vraag|0.99
p:sinds de|bekritiseren|-2.83
p:sinds de|vervolgafspraak|-0.91
p:sinds je|ik-boodschap|1.88
p:sinds je|open-vraag|0.83
p:sinds je|bevelen|-0.99
p:sinds je|moraliseren|-0.91
p:sinds je|adviseren|-1.0
p:situatie beschrijven|gevoelsreflectie|-0.91
p:situatie voor|argumenteren|-0.9
p:slaap en|adviseren|-0.99
p:slaap je|ik-boodschap|1.0
p:slaap je|jij-boodschap|-1.0
p:slaap je|gevoelsreflectie|-1.0
p:slaap je|adviseren|1.0
p:slaap je|bekritiseren|-1.0
p:slaap wat|samenvatting|0.67
p:slaap wat|open-vraag|0.99
p:slaapt en|ik-boodschap|0.98
p:slaapt slecht|parafrase|-1.67
p:slaapt slecht|samenvatting|2.97
p:slaapt slecht|argumenteren|-0.99
p:slaapt slecht|prijzen|-0.79
p:slaat echt|moraliseren|-0.95
p:slaat nergens|bekritiseren|0.92
p:slapen door|parafrase|-0.98
p:slapen wat|samenvatting|0.96
p:slecht en|samenvatting|0.99
p:slecht en|argumenteren|-0.99
p:slecht hij|parafrase|-0.82
p:slecht hij|samenvatting|1.0
p:slecht je|parafrase|-0.85
p:slecht je|samenvatting|0.98
p:slecht was|interpreteren|0.98
p:slechte beslissing|geruststellen|-0.68
p:slechte instelling|etiketteren|-0.97
p:slechte nachtrust|parafrase|-0.98
p:slechte ouder|geruststellen|2.54
p:slim om|ik-boodschap|-0.98
p:slim om|adviseren|0.92
p:slim van|bekritiseren|0.93
p:slimme jongen|jij-boodschap|-0.96
p:slimme jongen|prijzen|0.97
p:slimme meid|prijzen|0.97
p:slimme vrouw|waarschuwen|-0.9
p:slimme vrouw|prijzen|0.98
p:slimste van|prijzen|0.81
p:slordig werk|bekritiseren|0.93
p:slordige meid|bekritiseren|-1.37
p:sluit af|vervolgafspraak|1.0
p:sluit af|bedanken|1.0
p:sluiten af|afronding-aankondigen|0.98
p:sluiten bij|vervolgafspraak|0.95
p:sluiten we|vervolgafspraak|-0.76
p:sluiten we|bedanken|0.91
p:smit en|bevelen|0.96
p:snap dat|gevoelsreflectie|1.51
p:snap dat|bevelen|0.84
p:snap dat|adviseren|0.92
p:snap dat|geruststellen|0.9
p:snap had|parafrase|0.98
p:snap had|samenvatting|-0.98
p:snap ik|gevoelsreflectie|0.97
p:snap ik|geruststellen|0.71
p:snapchat en|open-vraag|-1.0
p:snapt best|jij-boodschap|-0.96
p:snapt en|afronding-aankondigen|-0.98
p:snapt en|vervolgafspraak|-0.98
p:snapt hier|moraliseren|-0.77
p:snapt natuurlijk|waarschuwen|-0.9
p:snapt natuurlijk|prijzen|0.96
p:snapt vast|prijzen|0.97
p:snapt vast|geruststellen|-0.93
p:snapt wel|argumenteren|-0.9
p:snapt wel|prijzen|0.94
p:snel de|parafrase|0.99
p:snel kon|jij-boodschap|-0.94
p:snel kon|gevoelsreflectie|-0.94
p:sneller gebeld|jij-boodschap|-0.86
p:soms net|jij-boodschap|1.58
p:soms net|gevoelsreflectie|-0.89
p:soms net|etiketteren|0.95
p:soms net|geruststellen|-0.7
p:soms zijn|bevelen|-0.98
p:soms zijn|geruststellen|0.98
p:soort mails|bekritiseren|1.08
p:soort mails|geruststellen|-0.74
p:soort ruzietjes|afleiden|0.93
p:sophie bang|gevoelsreflectie|0.76
p:sophie bang|samenvatting|-0.97
p:sophie de|ik-boodschap|-0.86
p:sorry maar|moraliseren|0.92
p:sorry zegt|waarschuwen|-0.98
p:speelt zijn|open-vraag|0.99
p:spelcomputer doordeweeks|argumenteren|-0.92
p:spijbelt en|geruststellen|-0.93
p:sport van|bekritiseren|0.9
p:spreek de|samenvatting|1.0
p:spreek de|open-vraag|-0.83
p:spreek de|prijzen|-1.0
p:spreek morgen|samenvatting|-0.94
p:spreken ?|jij-boodschap|1.0
p:spreken ?|adviseren|-1.0
p:spreken ?|bekritiseren|1.0
p:spreken af|afronding-aankondigen|-0.95
p:spreken dus|samenvatting|0.75
p:spreken elkaar|afronding-aankondigen|-0.99
p:spreken voor|argumenteren|0.94
p:spreken we|afronding-aankondigen|-0.94
p:spreken we|vervolgafspraak|0.99
p:spullen vaak|afronding-aankondigen|-1.0
p:spullen vergeet|ik-boodschap|0.98
p:spullen vergeet|argumenteren|-0.98
p:staan al|ik-boodschap|-0.95
p:staan moet|ik-boodschap|0.95
p:staat al|argumenteren|0.92
p:staat al|bekritiseren|0.92
p:staat het|argumenteren|0.7
p:staat in|jij-boodschap|-0.39
p:staat in|argumenteren|0.97
p:staat in|bekritiseren|-0.46
p:staat op|bevelen|-1.0
p:staat op|waarschuwen|1.92
p:staat op|argumenteren|-1.49
p:staat struikelen|ik-boodschap|-0.92
p:staat toch|geruststellen|-0.89
p:staat voor|waarschuwen|-1.0
p:stage en|samenvatting|0.7
p:stage en|bekritiseren|-0.94
p:stage hebben|afleiden|0.96
p:stage je|jij-boodschap|-0.81
p:staren wat|ik-boodschap|-0.99
p:steeds als|ik-boodschap|1.0
p:steeds apart|gevoelsreflectie|-0.92
p:steeds beter|geruststellen|-0.99
p:steeds bij|samenvatting|-0.98
p:steeds boos|open-vraag|-0.99
p:steeds door|ik-boodschap|0.91
p:steeds en|bekritiseren|0.96
p:steeds extra|afronding-aankondigen|-1.0
p:steeds het|jij-boodschap|0.93
p:steeds het|moraliseren|-0.93
p:steeds het|bekritiseren|0.93
p:steeds mee|jij-boodschap|1.52
p:steeds naar|ik-boodschap|-0.99
p:steeds niks|ik-boodschap|-0.93
p:steeds over|ik-boodschap|0.95
p:steeds over|vervolgafspraak|-0.86
p:steeds vaker|gevoelsreflectie|-0.83
p:stel je|etiketteren|0.83
p:stel voor|samenvatting|-1.0
p:stel voor|afronding-aankondigen|1.0
p:stel voor|bedanken|-0.73
p:stelt niks|afleiden|0.97
p:stelt toch|afleiden|0.97
p:stelt u|jij-boodschap|0.93
p:stelt u|moraliseren|-0.93
p:stelt u|bekritiseren|0.93
p:stelt weet|waarschuwen|-0.97
p:stelt weet|ondervragen|-0.97
p:stelt zich|bekritiseren|1.74
p:sterk omdat|interpreteren|0.87
p:sterke leerling|moraliseren|-0.95
p:stiefvader ?|samenvatting|-0.99
p:stiefvader ?|aanmoediging|-0.99
p:stil is|ondervragen|-0.92
p:stiller is|open-vraag|0.99
p:stoer te|jij-boodschap|-0.8
p:stoer te|parafrase|0.96
p:stoer te|bevelen|-0.8
p:stoer te|bekritiseren|-0.91
p:stoer te|interpreteren|0.96
p:stond in|ondervragen|-0.74
p:stop ik|afronding-aankondigen|-0.93
p:stop met|bevelen|1.0
p:stop met|waarschuwen|0.89
p:stoppen de|ik-boodschap|-0.95
p:stoppen donderdag|vervolgafspraak|0.87
p:stoppen er|aanmoediging|-0.99
p:stoppen er|moraliseren|-0.99
p:stoppen er|afronding-aankondigen|0.99
p:stoppen er|vervolgafspraak|0.99
p:stoppen er|bedanken|0.99
p:stoppen voor|bevelen|-0.92
p:stopt waardoor|afleiden|-0.97
p:strafwerk geven|waarschuwen|-0.75
p:straks even|vervolgafspraak|-1.78
p:straks gewoon|bevelen|-0.99
p:straks helemaal|waarschuwen|0.95
p:straks zijn|waarschuwen|0.91
p:straks zit|waarschuwen|0.94
p:streng moeten|prijzen|0.99
p:strenger was|bekritiseren|0.88
p:stress voor|argumenteren|-0.98
p:struikelen er|ik-boodschap|-0.92
p:stuk chagrijn|bekritiseren|-0.98
p:stuk chagrijn|prijzen|-0.98
p:stuk chagrijn|etiketteren|0.98
p:sturen ?|bekritiseren|0.91
p:sturen is|bekritiseren|1.08
p:sturen is|geruststellen|-0.74
p:stuur en|ik-boodschap|0.94
p:stuur en|argumenteren|-0.94
p:stuur ik|vervolgafspraak|1.0
p:stuur ik|bedanken|1.0
p:stuur je|waarschuwen|0.92
p:stuur u|ik-boodschap|-0.98
p:stuur u|afronding-aankondigen|0.91
p:stuur u|bedanken|-0.94
p:super betrokken|adviseren|-0.92
p:sven gaan|adviseren|0.97
p:t nu|samenvatting|-0.99
p:t nu|aanmoediging|-0.99
p:taak om|adviseren|-0.98
p:tafel dank|samenvatting|0.64
p:tafel dank|afronding-aankondigen|0.99
p:tafel dank|bedanken|0.99
p:tafel gaan|samenvatting|-1.0
p:tafel om|vervolgafspraak|0.84
p:tafel om|bedanken|-0.97
p:tas van|ik-boodschap|-0.92
p:te antwoorden|interpreteren|-0.93
p:te belonen|jij-boodschap|-1.0
p:te belonen|bevelen|-1.0
p:te belonen|adviseren|1.0
p:te bieden|bevelen|-0.91
p:te discussiëren|afleiden|-0.96
p:te doen|jij-boodschap|-0.8
p:te doen|parafrase|0.96
p:te doen|bevelen|-0.8
p:te doen|bekritiseren|-0.91
p:te doen|interpreteren|0.96
p:te druk|prijzen|-0.79
p:te gaan|jij-boodschap|0.86
p:te gaan|gevoelsreflectie|0.76
p:te gaan|samenvatting|-1.6
p:te gaan|open-vraag|0.9
p:te gapen|ik-boodschap|1.0
p:te gapen|jij-boodschap|-1.0
p:te gapen|gevoelsreflectie|-1.0
p:te gapen|adviseren|1.0
p:te gapen|bekritiseren|-1.0
p:te gedragen|prijzen|0.99
p:te gek|geruststellen|-0.99
p:te horen|samenvatting|0.24
p:te horen|adviseren|0.15
p:te horen|argumenteren|-0.89
p:te horen|bekritiseren|-1.69
p:te horen|etiketteren|-0.84
p:te horen|vervolgafspraak|0.99
p:te horen|bedanken|1.8
p:te houden|open-vraag|0.99
p:te houden|moraliseren|0.82
p:te houden|argumenteren|-0.91
p:te houden|ondervragen|-0.99
p:te kijken|vervolgafspraak|0.84
p:te kijken|bedanken|-0.97
p:te koken|moraliseren|-0.91
p:te komen|bekritiseren|0.65
p:te krijgen|bekritiseren|-0.99
p:te laag|parafrase|0.93
p:te laag|argumenteren|0.93
p:te laat|ik-boodschap|-0.93
p:te laat|jij-boodschap|-0.14
p:te laat|parafrase|-0.99
p:te laat|gevoelsreflectie|-0.8
p:te laat|samenvatting|0.99
p:te laat|open-vraag|-1.0
p:te laat|argumenteren|0.88
p:te laat|bekritiseren|-0.74
p:te laat|afronding-aankondigen|-1.0
p:te laat|vervolgafspraak|-0.95
p:te laks|bekritiseren|1.0
p:te lang|bekritiseren|0.72
p:te laten|ik-boodschap|0.85
p:te laten|samenvatting|-0.99
p:te laten|adviseren|0.9
p:te laten|bekritiseren|-0.76
p:te laten|interpreteren|0.98
p:te leggen|bevelen|0.87
p:te leggen|adviseren|0.92
p:te leren|bevelen|0.89
p:te leren|moraliseren|-0.98
p:te leren|bekritiseren|1.53
p:te leren|etiketteren|0.86
p:te liggen|moraliseren|0.97
p:te liggen|bekritiseren|-0.23
p:te liggen|prijzen|-1.0
p:te liggen|geruststellen|1.0
p:te luchtig|bekritiseren|0.72
p:te lui|moraliseren|-0.98
p:te lui|bekritiseren|2.42
p:te lui|etiketteren|0.86
p:te maken|bevelen|-0.99
p:te maken|adviseren|-0.99
p:te maken|geruststellen|0.76
p:te maken|vervolgafspraak|-1.0
p:te makkelijk|bekritiseren|-1.75
p:te makkelijk|interpreteren|0.28
p:te moeilijk|ik-boodschap|-0.88
p:te moeilijk|parafrase|-0.96
p:te moeilijk|gevoelsreflectie|0.63
p:te moeilijk|open-vraag|0.95
p:te moeilijk|argumenteren|0.88
p:te moeilijk|vervolgafspraak|0.63
p:te nemen|ik-boodschap|0.94
p:te nemen|gevoelsreflectie|-0.94
p:te nemen|bevelen|-0.85
p:te nemen|moraliseren|0.77
p:te ondersteunen|moraliseren|0.93
p:te regelen|ik-boodschap|-1.0
p:te regelen|samenvatting|1.0
p:te regelen|waarschuwen|-1.0
p:te regelen|interpreteren|-1.0
p:te regelen|afleiden|-0.99
p:te rollen|bevelen|0.92
p:te rollen|bekritiseren|0.85
p:te schakelen|ik-boodschap|-0.98
p:te sluiten|vervolgafspraak|0.95
p:te snel|parafrase|0.99
p:te spreken|moraliseren|1.0
p:te spreken|adviseren|-1.0
p:te spreken|bekritiseren|1.0
p:te spreken|geruststellen|-1.0
p:te staren|ik-boodschap|-0.99
p:te stellen|bekritiseren|0.83
p:te stoppen|samenvatting|-0.99
p:te sturen|gevoelsreflectie|1.0
p:te tillen|moraliseren|-0.97
p:te tillen|interpreteren|-0.52
p:te tillen|geruststellen|-0.97
p:te tillen|afleiden|1.5
p:te tornen|argumenteren|0.9
p:te vatten|parafrase|-0.82
p:te vatten|samenvatting|1.0
p:te veel|jij-boodschap|1.0
p:te veel|bekritiseren|-0.34
p:te veel|etiketteren|-0.97
p:te verbergen|interpreteren|1.63
p:te verdoen|jij-boodschap|0.92
p:te verdoen|samenvatting|-0.92
p:te verdoen|bevelen|-0.92
p:te verdoen|bekritiseren|1.14
p:te vertrouwen|jij-boodschap|0.99
p:te vertrouwen|bekritiseren|2.38
p:te voelen|geruststellen|0.99
p:te vragen|bekritiseren|-0.97
p:te vragen|afronding-aankondigen|-0.78
p:te wachten|ik-boodschap|-0.95
p:te weinig|interpreteren|-0.96
p:te werken|jij-boodschap|-0.42
p:te werken|interpreteren|-0.99
p:te weten|moraliseren|1.0
p:te weten|adviseren|-1.0
p:te worden|gevoelsreflectie|-1.0
p:te worden|moraliseren|-1.0
p:te zeggen|open-vraag|-1.0
p:te zien|ik-boodschap|1.91
p:te zien|samenvatting|-0.94
p:te zijn|jij-boodschap|-0.69
p:te zijn|bekritiseren|-0.68
p:te zijn|ondervragen|-1.0
p:te zijn|bedanken|-1.0
p:te zoeken|bekritiseren|-0.82
p:teamleider erbij|samenvatting|-0.93
p:teamleider erbij|bevelen|-0.92
p:teamleider erbij|vervolgafspraak|1.0
p:teamleider vindt|vervolgafspraak|0.9
p:teamleider zegt|samenvatting|-0.99
p:tegelijk praten|ik-boodschap|1.0
p:tegelijk praten|samenvatting|-1.0
p:tegen de|bekritiseren|0.7
p:tegen een|moraliseren|0.97
p:tegen een|afleiden|-0.97
p:tegen haar|gevoelsreflectie|0.51
p:tegen iedereen|bekritiseren|0.89
p:tegen je|ik-boodschap|-0.98
p:tegen je|jij-boodschap|-0.69
p:tegen je|waarschuwen|-0.98
p:tegen je|ondervragen|-1.0
p:tegen je|bedanken|-1.0
p:tegen jou|jij-boodschap|0.97
p:tegen jou|samenvatting|-0.97
p:tegen jou|bekritiseren|0.97
p:tegen me|gevoelsreflectie|-0.75
p:tegen mevrouw|bekritiseren|-1.84
p:tegen mij|waarschuwen|1.0
p:tegen mij|ondervragen|0.99
p:tegen mijn|bekritiseren|-1.81
p:tegen zijn|bekritiseren|-0.99
p:tegenover je|jij-boodschap|0.97
p:tegenover je|bekritiseren|0.97
p:tegenover je|prijzen|-0.97
p:tegenovergestelde van|jij-boodschap|0.93
p:tegenovergestelde van|moraliseren|-0.93
p:tegenovergestelde van|bekritiseren|0.93
p:tegenwoordig veel|ik-boodschap|-0.9
p:tekent u|jij-boodschap|-0.42
p:telefoon 's|waarschuwen|-0.93
p:telefoon 's|adviseren|0.92
p:telefoon ?|open-vraag|-0.99
p:telefoon doet|moraliseren|0.97
p:telefoon doet|bekritiseren|-1.11
p:telefoon eens|ik-boodschap|1.0
p:telefoon eens|jij-boodschap|-1.0
p:telefoon eens|gevoelsreflectie|-1.0
p:telefoon eens|adviseren|1.0
p:telefoon eens|bekritiseren|-1.0
p:telefoon en|samenvatting|0.96
p:telefoon gebruikt|bevelen|-0.86
p:telefoon gepakt|samenvatting|-0.97
p:telefoon in|etiketteren|-0.98
p:telefoon inleveren|bevelen|1.0
p:telefoon niet|ik-boodschap|-0.85
p:telefoon niet|waarschuwen|1.96
p:telefoon niet|prijzen|-0.98
p:telefoon om|parafrase|0.99
p:telefoon om|gevoelsreflectie|-0.99
p:telefoon om|adviseren|0.99
p:telefoon pakt|ik-boodschap|-1.0
p:telefoon pakt|samenvatting|-0.67
p:telefoon pakt|adviseren|-1.0
p:telefoon weg|bevelen|0.86
p:telefoon weg|adviseren|-0.95
p:telefoon weg|etiketteren|-0.91
p:telefoon zit|waarschuwen|-0.99
p:telefoonnummer kan|open-vraag|-0.92
p:telefoons de|argumenteren|1.0
p:telefoons de|interpreteren|-1.0
p:telefoons de|geruststellen|-1.0
p:telefoons de|vervolgafspraak|-1.0
p:telefoons in|bevelen|0.97
p:teleur u|jij-boodschap|0.93
p:teleur u|moraliseren|-0.93
p:teleur u|bekritiseren|0.93
p:teleurgesteld dat|gevoelsreflectie|1.87
p:teleurgesteld in|jij-boodschap|-0.18
p:teleurgesteld in|bekritiseren|0.95
p:teleurgesteld samengevat|gevoelsreflectie|0.63
p:teleurgesteld samengevat|samenvatting|0.97
p:teleurgesteld samengevat|vervolgafspraak|0.63
p:teleurgesteld wat|aanmoediging|-1.0
p:tenminste goed|afleiden|0.96
p:terecht echt|geruststellen|0.89
p:terug hij|parafrase|-0.99
p:terug hij|samenvatting|0.99
p:terug op|jij-boodschap|-0.96
p:terug van|vervolgafspraak|-1.54
p:terwijl u|bekritiseren|0.83
p:terzijde hoe|afleiden|0.85
p:thanks dat|bedanken|1.0
p:thee ?|bevelen|-0.99
p:thijs de|ik-boodschap|0.85
p:thnx voor|bedanken|0.98
p:thomas heeft|argumenteren|-0.96
p:thuis ?|ik-boodschap|0.83
p:thuis ?|open-vraag|1.88
p:thuis ?|ondervragen|1.21
p:thuis ?|vervolgafspraak|-0.91
p:thuis bent|parafrase|0.98
p:thuis bent|geruststellen|-0.98
p:thuis echt|bekritiseren|-1.64
p:thuis een|adviseren|0.99
p:thuis een|vervolgafspraak|0.99
p:thuis eenzaam|parafrase|-0.99
p:thuis en|jij-boodschap|-0.85
p:thuis gaat|samenvatting|1.0
p:thuis gaat|open-vraag|1.0
p:thuis gaat|geruststellen|-0.86
p:thuis gebeurd|open-vraag|0.93
p:thuis gebeurd|geruststellen|0.76
p:thuis gebeurt|gevoelsreflectie|-1.43
p:thuis gebeurt|bekritiseren|0.92
p:thuis geen|ik-boodschap|-0.99
p:thuis geen|samenvatting|-0.99
p:thuis geen|waarschuwen|-0.86
p:thuis gewoon|bevelen|-0.94
p:thuis gewoon|bekritiseren|0.96
p:thuis had|parafrase|0.83
p:thuis hard|open-vraag|-0.75
p:thuis helemaal|gevoelsreflectie|0.81
p:thuis helemaal|open-vraag|0.76
p:thuis in|samenvatting|-0.96
p:thuis is|parafrase|-0.96
p:thuis juist|jij-boodschap|-1.0
p:thuis kost|bedanken|0.91
p:thuis met|bedanken|0.95
p:thuis niet|parafrase|-0.98
p:thuis niet|open-vraag|-1.0
p:thuis niet|interpreteren|0.99
p:thuis niets|parafrase|1.0
p:thuis niets|open-vraag|-0.76
p:thuis nooit|jij-boodschap|1.0
p:thuis nooit|bekritiseren|0.46
p:thuis ook|prijzen|1.0
p:thuis op|samenvatting|1.0
p:thuis op|open-vraag|-0.83
p:thuis op|prijzen|-1.0
p:thuis over|afleiden|-0.96
p:thuis van|gevoelsreflectie|-0.89
p:thuis veel|gevoelsreflectie|-0.96
p:thuis verveelt|waarschuwen|-0.94
p:thuis verveelt|bekritiseren|-0.39
p:thuis wat|bekritiseren|0.88
p:thuis wat|interpreteren|0.93
p:thuis wel|parafrase|0.98
p:thuis wel|argumenteren|-0.85
p:thuis wel|bekritiseren|-0.82
p:thuis zonder|waarschuwen|0.99
p:thuisblijven ?|jij-boodschap|-0.98
p:thuisgehouden ?|bekritiseren|0.97
p:thuiskomt ?|ondervragen|-0.9
p:thuiskomt gaat|samenvatting|-1.0
p:thuiskomt gaat|aanmoediging|-1.0
p:thuiskomt gaat|waarschuwen|-1.0
p:thuiskomt gaat|geruststellen|-1.0
p:tien uur|ik-boodschap|0.96
p:tien uur|waarschuwen|-0.96
p:tien uur|adviseren|0.97
p:ties u|parafrase|-1.0
p:ties u|open-vraag|1.0
p:tijd deed|moraliseren|0.79
p:tijd fijn|jij-boodschap|-0.93
p:tijd heen|vervolgafspraak|1.0
p:tijd hoe|open-vraag|-0.82
p:tijd hoe|interpreteren|-0.96
p:tijd hoor|aanmoediging|0.99
p:tijd hoor|bevelen|-0.93
p:tijd ik|aanmoediging|0.93
p:tijd in|afleiden|-0.96
p:tijd is|bevelen|0.94
p:tijd is|prijzen|-1.0
p:tijd komt|interpreteren|-0.95
p:tijd kunt|prijzen|0.97
p:tijd met|bevelen|0.92
p:tijd met|bekritiseren|0.85
p:tijd naar|bevelen|-0.9
p:tijd naar|adviseren|-0.98
p:tijd naar|argumenteren|-0.93
p:tijd naar|bekritiseren|0.27
p:tijd niet|open-vraag|0.98
p:tijd te|jij-boodschap|0.92
p:tijd te|samenvatting|-0.92
p:tijd te|bevelen|-0.92
p:tijd te|bekritiseren|0.89
p:tijd vanavond|bekritiseren|-1.0
p:tijd vanavond|vervolgafspraak|-1.0
p:tijd vanavond|bedanken|1.0
p:tijd wegbrengen|argumenteren|0.91
p:tijd wordt|bedanken|-1.0
p:tijd zit|bedanken|-0.99
p:tijden thuis|jij-boodschap|-0.85
p:tijdens de|parafrase|-0.94
p:tijdens de|waarschuwen|-0.99
p:tja bedankt|bekritiseren|1.69
p:tja bedankt|bedanken|-1.86
p:tja maar|open-vraag|-0.96
p:tja maar|afleiden|0.96
p:tja pubers|bekritiseren|-0.47
p:tja pubers|etiketteren|-0.94
p:toch ?|bekritiseren|-0.96
p:toch ?|prijzen|-0.99
p:toch ?|afleiden|-0.95
p:toch akkoord|prijzen|0.97
p:toch akkoord|afleiden|-0.97
p:toch begrijpen|argumenteren|0.94
p:toch begrijpen|prijzen|-0.88
p:toch beter|bekritiseren|0.94
p:toch dat|jij-boodschap|-0.69
p:toch dat|ondervragen|-1.0
p:toch dat|bedanken|-1.0
p:toch een|jij-boodschap|1.28
p:toch een|etiketteren|0.92
p:toch gewoon|geruststellen|-0.89
p:toch logisch|argumenteren|0.89
p:toch makkelijk|prijzen|0.97
p:toch moeten|moraliseren|0.96
p:toch niet|ik-boodschap|-0.2
p:toch niet|moraliseren|-0.97
p:toch niet|argumenteren|-0.98
p:toch niet|interpreteren|-0.65
p:toch niet|afleiden|0.97
p:toch niks|afleiden|0.97
p:toch normaal|argumenteren|-0.88
p:toch onze|prijzen|0.99
p:toch ook|moraliseren|0.95
p:toch ook|argumenteren|-0.95
p:toch te|moraliseren|1.0
p:toch te|adviseren|-1.0
p:toch te|geruststellen|-0.99
p:toch vertelt|parafrase|-1.0
p:toch vertelt|gevoelsreflectie|0.85
p:toch vertelt|bedanken|1.0
p:toch weten|moraliseren|0.97
p:toe kwam|ik-boodschap|0.83
p:toe te|jij-boodschap|1.0
p:toe te|adviseren|-1.0
p:toe te|bekritiseren|1.0
p:toegeven dat|interpreteren|0.58
p:toen ?|samenvatting|-0.98
p:toen ?|aanmoediging|0.99
p:toen ?|ondervragen|-0.99
p:toen hij|ik-boodschap|-0.82
p:toen hij|open-vraag|0.76
p:toen ik|gevoelsreflectie|-1.0
p:toen je|ik-boodschap|1.65
p:toen je|gevoelsreflectie|-0.47
p:toen je|geruststellen|-0.87
p:toen je|vervolgafspraak|-0.99
p:toen leek|jij-boodschap|0.86
p:toen leek|samenvatting|-0.63
p:toen verder|gevoelsreflectie|-0.81
p:toen verder|aanmoediging|0.96
p:toestemmingsbrief voor|ondervragen|-0.85
p:toets dat|argumenteren|-0.91
p:toets is|argumenteren|1.0
p:toets met|parafrase|-0.94
p:toets misgaat|parafrase|0.98
p:toets misgaat|argumenteren|-0.85
p:toets mist|argumenteren|0.91
p:toets niet|adviseren|0.99
p:toets niet|vervolgafspraak|0.99
p:toets op|interpreteren|-0.82
p:toets te|ik-boodschap|-0.88
p:toets te|samenvatting|-0.88
p:toets te|open-vraag|0.95
p:toets te|argumenteren|0.88
p:toets voor|jij-boodschap|-0.86
p:toets voor|prijzen|-1.0
p:toets voor|vervolgafspraak|-1.0
p:toets was|gevoelsreflectie|0.63
p:toets was|samenvatting|0.97
p:toets was|vervolgafspraak|0.63
p:toetsen achterloopt|open-vraag|-0.98
p:toetsen gaan|aanmoediging|-0.93
p:toetsen gemist|open-vraag|-0.99
p:toetsen onvoldoende|argumenteren|0.94
p:toetsen opschrijft|ik-boodschap|0.91
p:toetsen punten|ik-boodschap|0.9
p:toetsen te|parafrase|-0.96
p:toetsen vaak|afleiden|-0.97
p:toetsstof mist|adviseren|-0.94
p:toetsstof mist|vervolgafspraak|-0.9
p:toetsweek al|argumenteren|0.9
p:toetsweek contact|vervolgafspraak|0.82
p:toetsweek een|samenvatting|-0.95
p:toetsweek een|afronding-aankondigen|-0.8
p:toetsweek en|vervolgafspraak|-0.84
p:toetsweek heel|ik-boodschap|0.95
p:tof dat|ik-boodschap|0.83
p:tolk en|ik-boodschap|1.0
p:tolk en|samenvatting|-1.0
p:tolk goed|ik-boodschap|-0.94
p:tolk goed|parafrase|0.94
p:tolk zegt|waarschuwen|-0.98
p:tom gepest|parafrase|0.96
p:tom gepest|interpreteren|0.96
p:tom thuis|bekritiseren|-0.82
p:toon is|prijzen|-0.94
p:toont in|bekritiseren|0.84
p:topmoeder dus|prijzen|1.0
p:tot de|adviseren|-0.96
p:tot het|ik-boodschap|-0.85
p:tot het|open-vraag|-0.99
p:tot het|waarschuwen|0.99
p:tot hoe|ondervragen|0.88
p:tot middernacht|bekritiseren|1.77
p:tot rust|parafrase|0.99
p:tot rust|gevoelsreflectie|-0.99
p:tot rust|adviseren|0.99
p:tot twee|bekritiseren|-0.85
p:tot ziens|waarschuwen|-0.9
p:tot ziens|bedanken|0.7
p:totaal geen|ik-boodschap|-1.0
p:trap was|ik-boodschap|0.93
p:trekt je|parafrase|0.9
p:trots dat|gevoelsreflectie|0.92
p:trouwens vandaag|bekritiseren|-0.47
p:trouwens vandaag|etiketteren|-0.94
p:tussen haar|samenvatting|-0.99
p:tussen haar|aanmoediging|-0.99
p:tussen jullie|ik-boodschap|1.0
p:tussen jullie|open-vraag|0.83
p:tussen jullie|adviseren|-1.0
p:twee keer|gevoelsreflectie|-1.89
p:twee uur|bekritiseren|-0.85
p:twee weken|ik-boodschap|0.95
p:twee weken|jij-boodschap|-0.76
p:twee weken|parafrase|-0.96
p:twee weken|open-vraag|-1.0
p:twee weken|argumenteren|0.92
p:twee weken|bekritiseren|-0.89
p:twee weken|geruststellen|-0.88
p:twee weken|afronding-aankondigen|-1.0
p:twee weken|vervolgafspraak|1.99
p:tweede is|ik-boodschap|-0.95
p:tweede is|afleiden|0.95
p:tweede klas|geruststellen|0.95
p:tweede klas|afleiden|-0.85
p:tweede stelt|afleiden|0.97
p:twintig minuten|afleiden|-0.97
p:typisch geval|jij-boodschap|0.87
p:typisch zo'n|etiketteren|1.0
p:typische curlingouder|jij-boodschap|1.0
p:typische curlingouder|prijzen|-1.0
p:u ?|parafrase|-0.98
p:u ?|open-vraag|1.95
p:u ajax|ondervragen|-0.97
p:u al|bekritiseren|-0.97
p:u als|samenvatting|0.96
p:u als|bekritiseren|0.83
p:u altijd|bekritiseren|2.12
p:u altijd|prijzen|1.0
p:u altijd|geruststellen|-1.0
p:u altijd|bedanken|-1.0
p:u bedoelt|parafrase|0.93
p:u bedoelt|bekritiseren|-0.93
p:u begrijpt|gevoelsreflectie|-0.98
p:u belt|samenvatting|0.64
p:u belt|bevelen|0.7
p:u belt|afronding-aankondigen|0.99
p:u belt|bedanken|0.99
p:u bemoeit|gevoelsreflectie|-0.8
p:u bemoeit|bekritiseren|1.84
p:u bent|jij-boodschap|-1.68
p:u bent|parafrase|-0.92
p:u bent|gevoelsreflectie|1.09
p:u bent|open-vraag|-0.99
p:u bent|aanmoediging|-0.93
p:u bent|waarschuwen|-0.75
p:u bent|argumenteren|-0.9
p:u bent|bekritiseren|-0.17
p:u bent|geruststellen|-0.93
p:u bent|afleiden|-0.95
p:u bent|vervolgafspraak|-0.32
p:u beschermt|interpreteren|0.87
p:u bespreken|vervolgafspraak|-0.64
p:u blijft|afronding-aankondigen|-0.93
p:u boos|gevoelsreflectie|0.81
p:u boos|afleiden|0.95
p:u controleert|jij-boodschap|0.7
p:u controleert|bekritiseren|0.7
p:u daar|gevoelsreflectie|0.11
p:u daar|vervolgafspraak|-1.0
p:u daarna|samenvatting|-0.94
p:u daartegenaan|jij-boodschap|-0.72
p:u daartegenaan|open-vraag|0.91
p:u daartegenaan|bekritiseren|-0.91
p:u daarvan|ik-boodschap|0.99
p:u dan|gevoelsreflectie|0.81
p:u dan|open-vraag|0.76
p:u dankbaar|bedanken|0.99
p:u dat|ik-boodschap|1.81
p:u dat|jij-boodschap|-0.23
p:u dat|parafrase|-1.92
p:u dat|gevoelsreflectie|0.14
p:u dat|open-vraag|1.95
p:u dat|aanmoediging|-0.93
p:u dat|bekritiseren|0.7
p:u dat|ondervragen|0.86
p:u dat|vervolgafspraak|0.4
p:u dat|bedanken|0.98
p:u de|ik-boodschap|-0.94
p:u de|parafrase|0.94
p:u de|gevoelsreflectie|1.0
p:u de|adviseren|1.97
p:u de|argumenteren|-0.92
p:u de|bekritiseren|-0.99
p:u de|ondervragen|0.95
p:u de|afleiden|0.99
p:u denkt|gevoelsreflectie|-0.78
p:u denkt|geruststellen|1.0
p:u dinsdag|vervolgafspraak|0.74
p:u dit|jij-boodschap|-0.42
p:u dit|waarschuwen|0.95
p:u dit|bekritiseren|-1.76
p:u dit|vervolgafspraak|-1.0
p:u dit|bedanken|0.98
p:u doet|jij-boodschap|1.93
p:u doet|samenvatting|-1.0
p:u doet|moraliseren|-0.93
p:u doet|bekritiseren|1.93
p:u doet|geruststellen|2.56
p:u donderdag|afronding-aankondigen|-0.98
p:u door|waarschuwen|0.93
p:u door|vervolgafspraak|-0.99
p:u drie|interpreteren|-0.93
p:u echt|bekritiseren|-0.23
p:u echt|prijzen|-1.0
p:u echt|geruststellen|1.0
p:u een|gevoelsreflectie|-1.75
p:u een|prijzen|0.94
p:u een|geruststellen|2.54
p:u een|bedanken|1.0
p:u eens|ik-boodschap|0.98
p:u eens|aanmoediging|-0.98
p:u eens|bedanken|-0.98
p:u eerder|bekritiseren|-2.07
p:u eerlijk|bedanken|0.96
p:u eigenlijk|adviseren|-0.99
p:u eindelijk|jij-boodschap|1.8
p:u eindelijk|bekritiseren|1.8
p:u er|ik-boodschap|-0.93
p:u er|jij-boodschap|-2.47
p:u er|open-vraag|-1.0
p:u er|adviseren|1.0
p:u er|bekritiseren|-2.33
p:u er|geruststellen|-0.72
p:u er|ondervragen|0.9
p:u er|afleiden|-0.99
p:u er|afronding-aankondigen|-0.99
p:u ervan|ondervragen|-0.77
p:u gaat|gevoelsreflectie|-1.0
p:u gaat|aanmoediging|1.0
p:u gaat|adviseren|-1.0
p:u gaat|argumenteren|-1.0
p:u gaat|prijzen|0.97
p:u gaat|etiketteren|-0.93
p:u gaat|afleiden|-0.97
p:u gaat|vervolgafspraak|-0.55
p:u gebeurd|parafrase|-0.87
p:u geeft|jij-boodschap|-1.0
p:u geen|adviseren|0.85
p:u geen|interpreteren|-0.93
p:u gefrustreerd|geruststellen|-0.76
p:u gekomen|gevoelsreflectie|-0.98
p:u gekomen|prijzen|-0.97
p:u gekomen|vervolgafspraak|-0.4
p:u geschrokken|gevoelsreflectie|1.0
p:u geschrokken|samenvatting|-1.0
p:u geschrokken|argumenteren|0.9
p:u geweest|gevoelsreflectie|0.83
p:u gewoon|bekritiseren|0.62
p:u goed|parafrase|0.98
p:u goed|gevoelsreflectie|0.69
p:u goed|samenvatting|-0.98
p:u goed|open-vraag|0.95
p:u goed|bedanken|-0.95
p:u had|bekritiseren|1.2
p:u heeft|jij-boodschap|1.83
p:u heeft|gevoelsreflectie|-1.71
p:u heeft|open-vraag|-1.0
p:u heeft|bevelen|-0.84
p:u heeft|bekritiseren|0.95
p:u heeft|interpreteren|-0.93
p:u heeft|afronding-aankondigen|-1.0
p:u heft|bekritiseren|0.96
p:u helpen|gevoelsreflectie|0.94
p:u helpen|samenvatting|-0.99
p:u hem|jij-boodschap|-0.98
p:u hem|open-vraag|-0.97
p:u hem|bevelen|1.89
p:u hem|adviseren|1.0
p:u hem|argumenteren|-1.0
p:u hem|bekritiseren|0.14
p:u het|samenvatting|-0.32
p:u het|open-vraag|0.99
p:u het|aanmoediging|0.88
p:u het|waarschuwen|-0.94
p:u het|moraliseren|-1.0
p:u het|bekritiseren|-0.61
p:u het|interpreteren|0.28
p:u het|geruststellen|-1.0
p:u het|ondervragen|-0.99
p:u hier|parafrase|-1.0
p:u hier|gevoelsreflectie|0.85
p:u hier|adviseren|-0.99
p:u hier|prijzen|1.0
p:u hier|geruststellen|-1.0
p:u hier|ondervragen|-0.99
p:u hier|vervolgafspraak|0.4
p:u hoe|samenvatting|1.0
p:u hoe|open-vraag|-0.83
p:u hoe|prijzen|-1.0
p:u hoeft|gevoelsreflectie|-1.0
p:u hoeft|moraliseren|-1.0
p:u hoeft|geruststellen|0.99
p:u hoor|parafrase|0.98
p:u hoor|open-vraag|-0.99
p:u hoor|argumenteren|-0.85
p:u hoort|bekritiseren|-1.69
p:u houdt|bekritiseren|0.98
p:u iets|open-vraag|1.0
p:u iets|geruststellen|-0.86
p:u is|parafrase|1.0
p:u is|bevelen|-0.97
p:u is|argumenteren|-0.97
p:u is|bekritiseren|0.6
p:u is|ondervragen|-1.0
p:u kijkt|bekritiseren|0.6
p:u klinkt|parafrase|-0.86
p:u klinkt|gevoelsreflectie|1.94
p:u klinkt|aanmoediging|-1.0
p:u klinkt|geruststellen|-0.96
p:u klinkt|bedanken|-1.0
p:u komt|prijzen|0.97
p:u komt|afleiden|-0.97
p:u kunt|adviseren|0.95
p:u kunt|prijzen|-0.97
p:u laat|bevelen|-0.94
p:u laat|bekritiseren|0.89
p:u let|jij-boodschap|1.0
p:u let|open-vraag|-0.83
p:u let|bekritiseren|1.99
p:u let|prijzen|-1.0
p:u ligt|samenvatting|0.88
p:u ligt|open-vraag|-0.99
p:u luistert|jij-boodschap|0.93
p:u luistert|parafrase|-0.95
p:u luistert|gevoelsreflectie|-0.85
p:u luistert|bevelen|0.92
p:u maakt|jij-boodschap|-0.98
p:u maakt|gevoelsreflectie|1.0
p:u maakt|samenvatting|0.98
p:u maakt|bekritiseren|1.92
p:u maakt|prijzen|-1.0
p:u maakt|interpreteren|-0.65
p:u maakt|geruststellen|-1.0
p:u maakt|vervolgafspraak|0.98
p:u maandag|ik-boodschap|-0.98
p:u maandag|afronding-aankondigen|0.91
p:u maandag|bedanken|-0.94
p:u maar|aanmoediging|0.99
p:u mag|aanmoediging|0.93
p:u me|bevelen|0.87
p:u merkt|parafrase|0.99
p:u merkt|gevoelsreflectie|-0.99
p:u merkt|adviseren|0.99
p:u mij|jij-boodschap|0.93
p:u mij|moraliseren|-0.93
p:u mij|bekritiseren|0.93
p:u mij|ondervragen|-0.77
p:u mij|vervolgafspraak|1.0
p:u mij|bedanken|-1.0
p:u moe|aanmoediging|-0.99
p:u moe|bedanken|-0.99
p:u moet|bevelen|0.92
p:u moet|argumenteren|1.85
p:u moet|prijzen|-0.88
p:u moet|geruststellen|-1.97
p:u moeten|bekritiseren|0.91
p:u morgen|bevelen|-0.92
p:u morgen|vervolgafspraak|1.92
p:u natuurlijk|prijzen|0.97
p:u nauwelijks|bekritiseren|0.84
p:u neemt|moraliseren|-0.93
p:u neemt|bekritiseren|-1.58
p:u niet|jij-boodschap|0.62
p:u niet|waarschuwen|0.74
p:u niet|moraliseren|-0.97
p:u niet|adviseren|-0.94
p:u niet|bekritiseren|-0.97
p:u niet|interpreteren|-0.52
p:u niet|geruststellen|-0.97
p:u niet|afleiden|1.5
p:u niets|bekritiseren|-3.1
p:u niks|jij-boodschap|1.8
p:u niks|gevoelsreflectie|-0.81
p:u niks|bekritiseren|2.09
p:u nog|waarschuwen|1.0
p:u nog|afleiden|0.97
p:u nou|jij-boodschap|-2.47
p:u nu|open-vraag|0.98
p:u nu|bedanken|-1.0
p:u om|samenvatting|0.95
p:u om|vervolgafspraak|-0.76
p:u om|bedanken|0.95
p:u omdat|interpreteren|0.98
p:u onderbreekt|bekritiseren|0.96
p:u onderschat|jij-boodschap|0.76
p:u onderschat|bekritiseren|0.92
p:u ongerust|geruststellen|0.93
p:u ongerust|afleiden|-0.93
p:u op|gevoelsreflectie|0.89
p:u op|argumenteren|0.87
p:u op|vervolgafspraak|0.82
p:u op|bedanken|-0.95
p:u over|gevoelsreflectie|1.87
p:u over|vervolgafspraak|1.4
p:u overdrijft|bekritiseren|-4.0
p:u praat|samenvatting|0.95
p:u praat|bedanken|0.95
p:u precies|parafrase|-1.0
p:u precies|open-vraag|1.0
p:u projecteert|bevelen|-0.99
p:u projecteert|interpreteren|0.67
p:u raakt|aanmoediging|0.93
p:u rustig|parafrase|-0.93
p:u samen|vervolgafspraak|-0.99
p:u schrikt|parafrase|-0.99
p:u schrikt|gevoelsreflectie|0.8
p:u schrikt|geruststellen|0.99
p:u snapt|waarschuwen|-0.9
p:u snapt|argumenteren|-0.9
p:u snapt|prijzen|1.9
p:u snapt|geruststellen|-0.93
p:u thuis|ik-boodschap|-0.99
p:u thuis|adviseren|0.99
p:u thuis|bekritiseren|0.88
p:u thuis|prijzen|1.0
p:u toch|jij-boodschap|2.24
p:u toch|moraliseren|1.97
p:u toch|adviseren|-1.0
p:u toch|etiketteren|0.92
p:u toen|samenvatting|-0.98
p:u uitzien|afleiden|-0.91
p:u vanochtend|ondervragen|-0.97
p:u vast|prijzen|0.87
p:u veel|bekritiseren|-0.19
p:u verder|gevoelsreflectie|-1.0
p:u verder|aanmoediging|1.0
p:u verder|adviseren|-1.0
p:u verder|argumenteren|-1.0
p:u verdriet|gevoelsreflectie|0.98
p:u verdriet|bedanken|0.98
p:u vergeet|argumenteren|0.9
p:u vergist|argumenteren|1.0
p:u vertelt|gevoelsreflectie|-0.96
p:u verwacht|aanmoediging|-1.0
p:u verwent|jij-boodschap|1.0
p:u verwent|bekritiseren|-1.4
p:u vindt|parafrase|1.92
p:u vindt|waarschuwen|-0.75
p:u vindt|argumenteren|0.93
p:u vindt|bekritiseren|0.89
p:u voelt|open-vraag|-0.98
p:u volgende|afleiden|-0.99
p:u vooral|parafrase|0.85
p:u vooral|bedanken|-0.95
p:u vrijdag|ik-boodschap|-1.98
p:u vrijdag|samenvatting|-0.7
p:u vrijdag|waarschuwen|-1.0
p:u vrijdag|interpreteren|-1.0
p:u vrijdag|afronding-aankondigen|-0.69
p:u vrijdag|vervolgafspraak|0.9
p:u vroeger|interpreteren|0.87
p:u was|ik-boodschap|-0.95
p:u was|waarschuwen|-0.93
p:u was|vervolgafspraak|-0.96
p:u weet|moraliseren|0.95
p:u weet|argumenteren|-0.95
p:u weet|bekritiseren|-0.36
p:u wel|bekritiseren|0.99
p:u wel|prijzen|-0.97
p:u wel|geruststellen|-0.72
p:u wel|afronding-aankondigen|0.99
p:u wel|vervolgafspraak|-1.16
p:u wilt|ik-boodschap|-0.96
p:u wilt|jij-boodschap|-2.58
p:u wilt|parafrase|0.99
p:u wilt|gevoelsreflectie|0.63
p:u wilt|samenvatting|1.03
p:u wilt|bekritiseren|-1.69
p:u wilt|interpreteren|0.58
p:u wilt|vervolgafspraak|1.62
p:u wist|parafrase|1.0
p:u wist|gevoelsreflectie|-0.85
p:u wist|bedanken|-1.0
p:u zeggen|parafrase|1.0
p:u zeggen|gevoelsreflectie|-0.74
p:u zeggen|aanmoediging|-0.99
p:u zegt|jij-boodschap|-1.0
p:u zegt|parafrase|1.84
p:u zegt|gevoelsreflectie|-1.04
p:u zegt|samenvatting|-1.57
p:u zegt|open-vraag|-0.99
p:u zegt|argumenteren|1.0
p:u zegt|bekritiseren|-0.82
p:u zelf|bekritiseren|-0.99
p:u zelf|interpreteren|0.98
p:u zelf|ondervragen|0.61
p:u zich|gevoelsreflectie|0.92
p:u zich|samenvatting|-0.97
p:u zich|open-vraag|0.99
p:u zich|aanmoediging|-1.0
p:u zich|bevelen|-0.84
p:u zich|bekritiseren|-1.86
p:u zich|etiketteren|-1.0
p:u zich|geruststellen|0.94
p:u ziet|interpreteren|-0.99
p:u zijn|gevoelsreflectie|1.93
p:u zijn|open-vraag|-0.99
p:u zijn|prijzen|-0.98
p:u zijn|ondervragen|0.98
p:u zijn|afronding-aankondigen|-0.95
p:u zit|bekritiseren|0.51
p:u zitten|waarschuwen|0.93
p:u zitten|bekritiseren|-0.95
p:u zo|gevoelsreflectie|-0.75
p:u zo|aanmoediging|-1.0
p:u zo|waarschuwen|-0.94
p:u zo|adviseren|-0.99
p:u zo|prijzen|-0.99
p:u zo|ondervragen|0.99
p:u zo|bedanken|1.99
p:u zoekt|adviseren|-0.95
p:u zorgt|bevelen|-0.9
p:u zorgt|argumenteren|-0.93
p:u zorgt|bekritiseren|0.27
p:u zou|moraliseren|0.9
p:u zou|adviseren|-0.9
p:u zult|jij-boodschap|-1.0
p:u zult|bevelen|0.99
p:u zult|prijzen|0.99
p:uit ?|adviseren|0.97
p:uit dan|afronding-aankondigen|-0.94
p:uit de|ik-boodschap|1.0
p:uit de|jij-boodschap|0.81
p:uit de|argumenteren|-1.0
p:uit de|bekritiseren|0.81
p:uit heb|parafrase|0.99
p:uit het|bedanken|-0.85
p:uit jezelf|ik-boodschap|0.83
p:uit meekrijgen|ik-boodschap|-0.91
p:uit moeten|bekritiseren|-1.0
p:uit te|bevelen|0.87
p:uitdaging geven|interpreteren|0.93
p:uiterlijk maandag|bevelen|1.85
p:uitgelachen daar|ik-boodschap|1.87
p:uitgelachen daar|gevoelsreflectie|-1.6
p:uitkomst van|gevoelsreflectie|-0.84
p:uitlachen doe|moraliseren|0.78
p:uitleg en|vervolgafspraak|0.95
p:uitleg mist|vervolgafspraak|-0.91
p:uitleg niet|ik-boodschap|1.0
p:uitleg niet|samenvatting|-1.0
p:uitleg niet|open-vraag|-0.9
p:uitleg niet|bevelen|-0.99
p:uitleg op|waarschuwen|-0.99
p:uitnodiging ontvangen|ondervragen|-0.91
p:uitpraten laat|bekritiseren|0.96
p:uitpraten lukt|adviseren|-0.99
p:uitschelden doe|jij-boodschap|-1.8
p:uitschelden doe|moraliseren|1.8
p:uitschelden doe|bekritiseren|-1.66
p:uitzien als|afleiden|-0.91
p:uitzondering kunnen|argumenteren|0.94
p:update te|gevoelsreflectie|1.0
p:update te|adviseren|1.0
p:uren dan|bedanken|0.91
p:uur ?|open-vraag|-0.98
p:uur beneden|parafrase|0.99
p:uur beneden|gevoelsreflectie|-0.99
p:uur beneden|adviseren|0.99
p:uur bij|ik-boodschap|-0.93
p:uur doorgeven|ik-boodschap|0.96
p:uur doorgeven|waarschuwen|-0.96
p:uur een|vervolgafspraak|-0.76
p:uur in|moraliseren|0.97
p:uur is|jij-boodschap|-0.39
p:uur komen|moraliseren|-0.79
p:uur leest|moraliseren|-0.9
p:uur met|ik-boodschap|-0.95
p:uur met|afronding-aankondigen|0.68
p:uur met|vervolgafspraak|0.95
p:uur niet|ik-boodschap|0.93
p:uur praten|afronding-aankondigen|-0.95
p:uur uit|adviseren|0.97
p:uur zie|geruststellen|-1.0
p:uur zie|vervolgafspraak|1.0
p:uw andere|open-vraag|-0.82
p:uw andere|interpreteren|-0.96
p:uw dochter|jij-boodschap|-0.97
p:uw dochter|gevoelsreflectie|-0.9
p:uw dochter|bekritiseren|-0.15
p:uw dochter|interpreteren|-0.99
p:uw eigen|bevelen|-0.99
p:uw eigen|interpreteren|1.67
p:uw ervaring|prijzen|0.97
p:uw geduld|vervolgafspraak|0.74
p:uw geweldige|bekritiseren|1.0
p:uw geweldige|afronding-aankondigen|-1.0
p:uw geweldige|bedanken|-1.0
p:uw kind|moraliseren|0.97
p:uw komst|afleiden|-0.99
p:uw komst|afronding-aankondigen|-0.78
p:uw komst|bedanken|0.91
p:uw mail|gevoelsreflectie|-0.8
p:uw mail|bekritiseren|0.91
p:uw mails|gevoelsreflectie|0.78
p:uw man|ik-boodschap|1.0
p:uw man|samenvatting|-1.0
p:uw taak|adviseren|-0.98
p:uw tijd|samenvatting|0.95
p:uw tijd|bekritiseren|-1.0
p:uw tijd|vervolgafspraak|-1.0
p:uw tijd|bedanken|1.95
p:uw vakantie|ondervragen|-0.92
p:uw verantwoordelijkheid|moraliseren|-0.93
p:uw verantwoordelijkheid|prijzen|-1.0
p:uw verhaal|gevoelsreflectie|-0.99
p:uw verhaal|samenvatting|-0.94
p:uw zoon|jij-boodschap|0.7
p:uw zoon|bekritiseren|-0.3
p:vaak alleen|ik-boodschap|-0.97
p:vaak alleen|samenvatting|0.97
p:vaak als|adviseren|0.93
p:vaak maar|open-vraag|-0.98
p:vaak moe|ik-boodschap|-0.84
p:vaak na|afleiden|-0.97
p:vaak te|vervolgafspraak|-0.91
p:vaak vergeet|afronding-aankondigen|-1.0
p:vaak zijn|interpreteren|-0.98
p:vader bent|prijzen|0.94
p:vader dan|adviseren|-0.92
p:vader dus|prijzen|0.99
p:vader dus|geruststellen|-0.93
p:vader en|parafrase|0.98
p:vader en|samenvatting|-0.98
p:vader het|moraliseren|0.9
p:vader het|adviseren|-0.9
p:vader komt|bevelen|-1.68
p:vader komt|prijzen|-0.97
p:vader om|bekritiseren|-0.68
p:vader toch|bekritiseren|0.94
p:vader u|interpreteren|-0.99
p:vader van|prijzen|-0.99
p:vader wat|waarschuwen|-0.98
p:vader woont|ik-boodschap|-1.0
p:vak heb|open-vraag|-0.91
p:vakantie ?|afleiden|0.97
p:vakantie eigenlijk|ondervragen|-0.92
p:vakantie elke|bekritiseren|-0.96
p:vakdocenten aan|samenvatting|1.0
p:vakdocenten aan|open-vraag|-0.83
p:vakdocenten aan|prijzen|-1.0
p:vaker alleen|ik-boodschap|-0.86
p:vaker blijven|moraliseren|-1.0
p:vaker blijven|argumenteren|1.0
p:vaker met|bevelen|-0.99
p:vaker naar|gevoelsreflectie|-0.83
p:vaker zelf|adviseren|1.0
p:vaker zelf|argumenteren|-1.0
p:vaker zelf|bekritiseren|-0.91
p:vaker zelf|ondervragen|-1.0
p:vaker zijn|ik-boodschap|-0.88
p:valt me|ik-boodschap|-0.9
p:valt niet|argumenteren|0.9
p:valt niet|afleiden|-0.96
p:van 3|ondervragen|-0.74
p:van ?|gevoelsreflectie|-0.99
p:van ?|bekritiseren|-1.78
p:van ?|etiketteren|-1.0
p:van baalt|gevoelsreflectie|1.0
p:van bij|samenvatting|-0.98
p:van dat|ik-boodschap|0.76
p:van dat|gevoelsreflectie|0.94
p:van dat|interpreteren|-0.65
p:van dat|vervolgafspraak|-0.86
p:van de|ik-boodschap|-1.75
p:van de|samenvatting|-1.88
p:van de|bevelen|-1.0
p:van de|waarschuwen|0.99
p:van de|bekritiseren|-0.6
p:van de|prijzen|2.01
p:van de|etiketteren|-1.0
p:van de|afleiden|0.1
p:van de|vervolgafspraak|0.74
p:van denken|argumenteren|-1.0
p:van denken|bekritiseren|1.0
p:van deze|ik-boodschap|-0.96
p:van die|bekritiseren|-1.0
p:van die|etiketteren|1.0
p:van die|geruststellen|-1.0
p:van dit|gevoelsreflectie|-0.84
p:van een|ik-boodschap|0.84
p:van een|moraliseren|0.97
p:van een|bekritiseren|-0.96
p:van gebakken|bekritiseren|0.98
p:van gemengde|adviseren|-0.92
p:van hem|gevoelsreflectie|-1.0
p:van het|aanmoediging|-0.99
p:van het|afleiden|0.91
p:van het|bedanken|-0.99
p:van huis|ik-boodschap|-0.91
p:van in|jij-boodschap|-0.99
p:van in|bekritiseren|0.16
p:van je|parafrase|-0.85
p:van je|samenvatting|0.98
p:van je|open-vraag|0.98
p:van je|moraliseren|0.99
p:van je|argumenteren|-0.99
p:van je|bekritiseren|0.93
p:van jesse|ik-boodschap|0.95
p:van jesse|jij-boodschap|-0.95
p:van jesse|parafrase|-0.98
p:van jesse|bekritiseren|-0.95
p:van jullie|geruststellen|-0.68
p:van kim|afleiden|-0.91
p:van lars|prijzen|-0.99
p:van maakt|prijzen|-0.93
p:van maakt|etiketteren|0.93
p:van mees|ik-boodschap|-0.92
p:van mij|jij-boodschap|0.97
p:van mij|bekritiseren|1.77
p:van om|bekritiseren|0.9
p:van ons|afronding-aankondigen|1.0
p:van ons|vervolgafspraak|-1.0
p:van periode|waarschuwen|-1.0
p:van school|waarschuwen|-0.1
p:van school|moraliseren|-0.99
p:van school|interpreteren|-0.94
p:van school|geruststellen|-0.94
p:van te|bekritiseren|-0.23
p:van te|prijzen|-1.0
p:van te|geruststellen|1.0
p:van terechtgebracht|bekritiseren|0.19
p:van u|bekritiseren|0.6
p:van uw|jij-boodschap|-0.97
p:van vakantie|vervolgafspraak|-1.54
p:van veertien|bekritiseren|-0.85
p:van verwend|jij-boodschap|0.87
p:van vorige|ondervragen|1.74
p:van wat|ik-boodschap|0.93
p:van wat|jij-boodschap|0.93
p:van wat|moraliseren|-0.93
p:van wat|bekritiseren|0.93
p:van werd|gevoelsreflectie|0.97
p:van wordt|parafrase|-1.0
p:van wordt|gevoelsreflectie|1.85
p:van wordt|open-vraag|-1.0
p:van wordt|afronding-aankondigen|-0.99
p:van wordt|bedanken|1.0
p:van zijn|ik-boodschap|-0.95
p:van zijn|gevoelsreflectie|-1.0
p:vanaf januari|ik-boodschap|-1.0
p:vanavond bent|geruststellen|-0.72
p:vandaag bij|vervolgafspraak|-0.99
p:vandaag gezegd|jij-boodschap|-0.85
p:vandaag he|bevelen|-0.92
p:vandaag ik|bevelen|-0.92
p:vandaag ik|vervolgafspraak|0.74
p:vandaag je|ik-boodschap|-0.75
p:vandaag maar|argumenteren|-0.99
p:vandaag maar|geruststellen|-0.99
p:vandaag maar|afleiden|0.99
p:vandaag nog|aanmoediging|-0.97
p:vandaag nog|waarschuwen|-0.98
p:vandaag stoppen|ik-boodschap|0.95
p:vandaag stoppen|vervolgafspraak|-0.86
p:vandaag wil|samenvatting|-0.86
p:vanmiddag gewoon|parafrase|-0.98
p:vanmiddag gewoon|bevelen|1.83
p:vanochtend ayoub|ik-boodschap|0.98
p:vanochtend met|ondervragen|-0.97
p:vanochtend pas|ik-boodschap|-0.91
p:vanochtend pas|bevelen|-0.91
p:vanzelf over|interpreteren|0.94
p:vanzelf over|geruststellen|1.0
p:vanzelf wel|afleiden|-0.5
p:vast akkoord|adviseren|-0.92
p:vast akkoord|etiketteren|-0.93
p:vast akkoord|vervolgafspraak|-0.55
p:vast begrijpen|prijzen|0.99
p:vast dat|gevoelsreflectie|-0.98
p:vast dat|moraliseren|-0.95
p:vast geen|parafrase|-0.82
p:vast geen|prijzen|0.94
p:vast goed|waarschuwen|-0.75
p:vast goed|geruststellen|0.97
p:vast goed|afleiden|-0.97
p:vast huiswerkuur|ondervragen|-0.9
p:vast niet|geruststellen|0.92
p:vast nog|prijzen|0.87
p:vast ook|jij-boodschap|-0.42
p:vast ook|prijzen|1.0
p:vast ook|interpreteren|-0.99
p:vast ook|geruststellen|-1.0
p:vast ook|bedanken|-1.0
p:vast wel|jij-boodschap|-1.0
p:vast wel|bevelen|-0.98
p:vast wel|bekritiseren|-0.98
p:vast wel|prijzen|0.97
p:vast wel|geruststellen|-0.93
p:vaste huiswerktijd|adviseren|0.99
p:vaste huiswerktijd|prijzen|-0.96
p:vaste tijden|jij-boodschap|-0.85
p:vastloopt en|waarschuwen|-0.97
p:vastloopt en|ondervragen|-0.97
p:vatten hij|parafrase|-0.82
p:vatten hij|samenvatting|1.0
p:veel beschermt|bekritiseren|-0.83
p:veel eerder|bekritiseren|1.0
p:veel huilt|gevoelsreflectie|-0.96
p:veel in|ik-boodschap|-0.9
p:veel inhalen|ik-boodschap|0.95
p:veel interesse|bekritiseren|-0.91
p:veel laten|etiketteren|-0.97
p:veel met|bekritiseren|0.94
p:veel op|bekritiseren|0.95
p:veel over|jij-boodschap|-1.0
p:veel te|jij-boodschap|1.0
p:veel te|bekritiseren|-0.83
p:veel te|etiketteren|-0.97
p:veel te|interpreteren|-0.65
p:veel uitleg|open-vraag|-1.0
p:veel uitleg|moraliseren|-1.0
p:veertien hoort|bekritiseren|-0.85
p:ver laten|bekritiseren|0.89
p:verantwoordelijkheid als|bekritiseren|-0.68
p:verantwoordelijkheid dat|prijzen|-1.0
p:verantwoordelijkheid geeft|open-vraag|-0.97
p:verantwoordelijkheid niet|moraliseren|-0.93
p:verantwoordelijkheid niet|bekritiseren|0.68
p:verantwoordelijkheid om|moraliseren|0.99
p:verantwoordelijkheid om|argumenteren|-0.99
p:verantwoordelijkheid te|bevelen|-0.85
p:verantwoordelijkheid te|moraliseren|0.77
p:verbergen dat|interpreteren|1.63
p:verbouwing ?|afleiden|0.85
p:verder ?|gevoelsreflectie|-0.81
p:verder ?|aanmoediging|0.96
p:verder ik|afronding-aankondigen|0.94
p:verder met|vervolgafspraak|0.87
p:verder praten|afronding-aankondigen|0.16
p:verder praten|vervolgafspraak|0.99
p:verder praten|bedanken|-0.73
p:verdriet dat|samenvatting|-0.98
p:verdriet doet|gevoelsreflectie|0.98
p:verdriet doet|bedanken|0.98
p:verdrietig bij|gevoelsreflectie|0.91
p:verdrietig van|ik-boodschap|0.75
p:verdrietig van|adviseren|-0.99
p:verdrietig van|interpreteren|-0.65
p:verdrietig voor|gevoelsreflectie|0.99
p:verdrietig voor|aanmoediging|0.99
p:vergeet altijd|bekritiseren|0.94
p:vergeet dat|argumenteren|0.9
p:vergeet kan|ik-boodschap|0.98
p:vergeet kan|open-vraag|0.9
p:vergeet kan|argumenteren|-0.98
p:vergeet moet|afronding-aankondigen|-1.0
p:vergeet soms|bevelen|-0.98
p:vergeet soms|geruststellen|0.98
p:vergeten is|ik-boodschap|-0.94
p:vergeten waardoor|ik-boodschap|0.94
p:vergeten waardoor|gevoelsreflectie|-0.94
p:vergist zich|argumenteren|1.0
p:verhaal afmaken|bekritiseren|0.96
p:verhaal ik|samenvatting|-0.94
p:verhuizing ?|ondervragen|0.97
p:verhuizing is|vervolgafspraak|-0.91
p:verjaardag van|jij-boodschap|-0.97
p:verkeerd doet|geruststellen|-0.86
p:verkeerd gedaan|jij-boodschap|-0.93
p:verleden tijd|open-vraag|-0.82
p:verleden tijd|interpreteren|-0.96
p:verliest u|waarschuwen|-0.94
p:verpest de|jij-boodschap|1.66
p:verpest de|bekritiseren|1.97
p:verpest het|bekritiseren|-0.51
p:verpleegkundige ziet|prijzen|0.97
p:verschil denk|samenvatting|1.0
p:verschil denk|open-vraag|1.0
p:verslag binnengekregen|ik-boodschap|0.95
p:verslag binnengekregen|jij-boodschap|-0.95
p:verslag binnengekregen|bekritiseren|-0.95
p:verstandig om|vervolgafspraak|-1.0
p:verstandig u|prijzen|0.96
p:verstandige moeder|gevoelsreflectie|-0.98
p:verstandige vader|geruststellen|-0.93
p:verstandige vrouw|argumenteren|-0.9
p:verteld over|parafrase|-1.0
p:verteld over|open-vraag|1.0
p:vertelde dat|ik-boodschap|0.99
p:vertelde dat|interpreteren|-0.94
p:vertelde dat|geruststellen|-0.94
p:vertellen ?|vervolgafspraak|-1.0
p:vertellen over|open-vraag|1.0
p:vertelt dank|parafrase|-1.0
p:vertelt dank|gevoelsreflectie|0.85
p:vertelt dank|bedanken|1.0
p:vertelt dat|gevoelsreflectie|-0.96
p:vertelt ik|gevoelsreflectie|0.98
p:vertelt ik|bedanken|0.98
p:vertelt over|open-vraag|-0.76
p:vertelt u|bedanken|-0.98
p:vertrouwenspersoon er|vervolgafspraak|1.44
p:verveelt en|bekritiseren|-0.39
p:verveelt zich|interpreteren|0.93
p:vervelend dat|bekritiseren|1.16
p:vervelend om|bekritiseren|-0.98
p:vervelend want|ik-boodschap|0.98
p:verwacht ?|aanmoediging|-1.0
p:verwacht dat|bevelen|0.98
p:verwacht u|adviseren|-0.99
p:verwacht u|ondervragen|0.99
p:verwend kind|bekritiseren|-0.97
p:verwend nestje|jij-boodschap|0.87
p:verwent haar|jij-boodschap|1.0
p:verwent haar|bekritiseren|-1.75
p:verwent hem|bekritiseren|0.35
p:verzint gewoon|bekritiseren|-1.72
p:verzuim achterloopt|argumenteren|0.89
p:verzuim de|gevoelsreflectie|-1.0
p:verzuim de|afronding-aankondigen|-0.7
p:verzuim doet|bekritiseren|0.72
p:verzuim en|ik-boodschap|-1.0
p:verzuim en|jij-boodschap|-0.81
p:verzuim en|samenvatting|1.0
p:verzuim en|waarschuwen|-1.0
p:verzuim en|interpreteren|-1.0
p:verzuim en|afronding-aankondigen|0.96
p:verzuim en|vervolgafspraak|0.84
p:verzuim en|bedanken|-0.97
p:verzuim in|samenvatting|0.64
p:verzuim in|afronding-aankondigen|0.99
p:verzuim in|bedanken|0.99
p:verzuim je|samenvatting|0.7
p:verzuim je|bekritiseren|-0.94
p:verzuim zijn|argumenteren|-0.94
p:via een|parafrase|0.99
p:via een|interpreteren|-0.7
p:via snapchat|open-vraag|-1.0
p:vier dagen|vervolgafspraak|-0.99
p:vier onvoldoendes|argumenteren|0.94
p:vier uur|adviseren|-0.99
p:vier uur|afronding-aankondigen|-0.99
p:vier uur|vervolgafspraak|-0.76
p:vier uur|bedanken|-0.99
p:vierde en|open-vraag|-0.99
p:vierde klas|waarschuwen|0.94
p:vierde mag|moraliseren|0.97
p:vierde uur|open-vraag|-0.98
p:vijf minuten|vervolgafspraak|-0.9
p:vijf onvoldoendes|waarschuwen|-0.99
p:vijf van|argumenteren|0.94
p:vind dat|jij-boodschap|0.97
p:vind dat|parafrase|-1.0
p:vind dat|gevoelsreflectie|-0.92
p:vind dat|bevelen|-0.98
p:vind dat|adviseren|-1.0
p:vind dat|bekritiseren|0.35
p:vind dat|prijzen|-0.97
p:vind dit|ik-boodschap|-1.0
p:vind het|ik-boodschap|1.81
p:vind het|gevoelsreflectie|0.81
p:vind het|bekritiseren|1.98
p:vind ik|ik-boodschap|1.97
p:vind ik|parafrase|-0.94
p:vind ik|gevoelsreflectie|-0.94
p:vind ik|samenvatting|-0.94
p:vind ik|open-vraag|0.9
p:vind ik|waarschuwen|-0.99
p:vind ik|argumenteren|-0.94
p:vind ik|vervolgafspraak|0.96
p:vind ik|bedanken|-0.98
p:vind jij|gevoelsreflectie|-0.99
p:vind jij|bekritiseren|-0.79
p:vinden het|bekritiseren|0.94
p:vinden jullie|parafrase|-0.82
p:vinden jullie|prijzen|0.94
p:vindt daan|etiketteren|-1.0
p:vindt de|parafrase|-0.96
p:vindt de|prijzen|-0.79
p:vindt dus|parafrase|0.99
p:vindt het|jij-boodschap|1.0
p:vindt het|parafrase|0.93
p:vindt het|waarschuwen|-0.75
p:vindt het|adviseren|-1.0
p:vindt het|argumenteren|0.93
p:vindt het|bekritiseren|1.89
p:vindt kunnen|jij-boodschap|-0.91
p:vindt maar|gevoelsreflectie|0.51
p:vindt om|bekritiseren|-0.76
p:vindt u|open-vraag|0.95
p:vindt u|interpreteren|0.98
p:vindt u|ondervragen|-0.77
p:voel dat|bedanken|-1.0
p:voelde dat|gevoelsreflectie|-0.99
p:voelen als|gevoelsreflectie|0.96
p:voelt door|parafrase|0.97
p:voelt en|interpreteren|0.99
p:voelt in|ik-boodschap|-0.97
p:voelt in|samenvatting|0.97
p:voelt omdat|parafrase|0.93
p:voelt omdat|bekritiseren|-0.93
p:voelt over|interpreteren|1.0
p:voelt u|gevoelsreflectie|0.78
p:voelt wat|open-vraag|0.98
p:voelt zich|parafrase|-0.99
p:voelt zich|open-vraag|-0.98
p:voelt zich|bedanken|0.91
p:voetbal daan|afleiden|0.94
p:voetbalwedstrijd zaterdag|open-vraag|-1.72
p:voetbalwedstrijd zaterdag|afleiden|1.8
p:voldoende maar|argumenteren|-0.94
p:voldoende voor|interpreteren|-0.99
p:voldoende voor|afleiden|-0.99
p:volg u|gevoelsreflectie|-1.0
p:volg u|aanmoediging|1.0
p:volg u|adviseren|-1.0
p:volg u|argumenteren|-1.0
p:volgend jaar|jij-boodschap|-0.81
p:volgend jaar|waarschuwen|0.94
p:volgend jaar|moraliseren|-0.81
p:volgende incident|waarschuwen|0.83
p:volgende keer|afronding-aankondigen|-0.94
p:volgende keer|vervolgafspraak|0.9
p:volgende maand|afleiden|0.88
p:volgende ouders|argumenteren|-0.93
p:volgende ouders|vervolgafspraak|-0.94
p:volgende punt|bekritiseren|-0.13
p:volgende punt|afleiden|0.88
p:volgende staan|ik-boodschap|-0.95
p:volgende week|samenvatting|0.8
p:volgende week|adviseren|-0.99
p:volgende week|ondervragen|-0.97
p:volgende week|afleiden|-1.94
p:volgende week|vervolgafspraak|2.81
p:volgende week|bedanken|-0.77
p:volgens de|argumenteren|1.0
p:volgens jou|samenvatting|-0.97
p:volgens mij|jij-boodschap|-0.75
p:volgens mij|parafrase|-0.99
p:volgens mij|aanmoediging|-1.0
p:volgens mij|waarschuwen|-1.94
p:volgens mij|adviseren|-1.0
p:volgens mij|argumenteren|-0.98
p:volgens mij|interpreteren|1.08
p:volgens u|parafrase|0.12
p:volgens u|samenvatting|-0.11
p:volgens u|open-vraag|0.96
p:volgens u|bevelen|-0.97
p:volgens u|argumenteren|-0.97
p:volgens u|ondervragen|-1.0
p:volgens u|afleiden|-0.91
p:volgt een|waarschuwen|0.83
p:volgt een|etiketteren|-0.98
p:volgt er|moraliseren|0.92
p:volgt nablijven|argumenteren|0.91
p:volkomen logisch|argumenteren|0.98
p:vond dat|bekritiseren|0.89
p:vond dat|interpreteren|-0.94
p:vond dat|geruststellen|-0.94
p:vond het|ik-boodschap|2.74
p:vond het|bekritiseren|-0.98
p:vond hij|afleiden|0.91
p:vond ik|vervolgafspraak|-0.99
p:vond op|bekritiseren|-0.84
p:voor aardrijkskunde|ik-boodschap|0.95
p:voor aardrijkskunde|jij-boodschap|-1.62
p:voor aardrijkskunde|bekritiseren|-0.81
p:voor aardrijkskunde|prijzen|-1.0
p:voor aardrijkskunde|vervolgafspraak|-1.0
p:voor biologie|ik-boodschap|0.95
p:voor biologie|jij-boodschap|-0.95
p:voor biologie|bekritiseren|-0.95
p:voor dat|samenvatting|-1.0
p:voor dat|bekritiseren|0.27
p:voor dat|afronding-aankondigen|1.0
p:voor dat|bedanken|-0.73
p:voor de|ik-boodschap|-1.84
p:voor de|jij-boodschap|0.98
p:voor de|open-vraag|0.95
p:voor de|moraliseren|0.12
p:voor de|bekritiseren|-0.2
p:voor de|ondervragen|-0.85
p:voor dit|afronding-aankondigen|-0.99
p:voor duits|samenvatting|-0.94
p:voor een|bedanken|-1.0
p:voor elkaar|moraliseren|0.97
p:voor engels|waarschuwen|-1.0
p:voor engels|argumenteren|-0.96
p:voor frans|ik-boodschap|0.9
p:voor frans|afleiden|-0.96
p:voor geen|bekritiseren|0.82
p:voor geloof|gevoelsreflectie|0.99
p:voor geschiedenis|geruststellen|-0.96
p:voor haar|open-vraag|-0.75
p:voor haar|bekritiseren|-2.26
p:voor half|samenvatting|0.64
p:voor half|afronding-aankondigen|0.99
p:voor half|bedanken|0.99
p:voor hem|ik-boodschap|0.95
p:voor het|samenvatting|-0.71
p:voor het|afronding-aankondigen|-2.58
p:voor het|vervolgafspraak|1.0
p:voor het|bedanken|2.83
p:voor iedereen|prijzen|-0.88
p:voor ingezet|bekritiseren|0.96
p:voor je|ik-boodschap|0.94
p:voor je|gevoelsreflectie|-0.94
p:voor je|waarschuwen|0.99
p:voor je|bekritiseren|1.69
p:voor je|vervolgafspraak|-1.0
p:voor je|bedanken|-1.86
p:voor jou|gevoelsreflectie|-1.06
p:voor natuurkunde|jij-boodschap|-1.0
p:voor natuurkunde|bekritiseren|-0.68
p:voor nederlands|samenvatting|0.7
p:voor nederlands|waarschuwen|-1.0
p:voor nederlands|bekritiseren|-0.94
p:voor nederlands|interpreteren|-0.99
p:voor nederlands|afleiden|-0.99
p:voor nu|aanmoediging|-0.99
p:voor nu|moraliseren|-0.99
p:voor nu|afronding-aankondigen|1.83
p:voor nu|vervolgafspraak|0.99
p:voor nu|bedanken|0.99
p:voor school|jij-boodschap|0.64
p:voor school|bekritiseren|1.88
p:voor u|gevoelsreflectie|1.91
p:voor u|samenvatting|0.67
p:voor u|bekritiseren|-1.0
p:voor uw|afleiden|-0.99
p:voor uw|afronding-aankondigen|-1.78
p:voor uw|vervolgafspraak|-0.26
p:voor uw|bedanken|1.86
p:voor vandaag|ik-boodschap|0.95
p:voor vandaag|bevelen|-0.92
p:voor vandaag|afronding-aankondigen|0.96
p:voor vandaag|vervolgafspraak|-1.11
p:voor vandaag|bedanken|-0.95
p:voor volgend|jij-boodschap|-0.81
p:voor volgende|samenvatting|-0.91
p:voor volgende|ondervragen|-0.97
p:voor volgende|afleiden|-0.95
p:voor volgende|vervolgafspraak|0.97
p:voor wat|afleiden|0.62
p:voor wiskunde|jij-boodschap|-1.0
p:voor wiskunde|argumenteren|0.13
p:voor wiskunde|bekritiseren|-0.68
p:voor wiskunde|etiketteren|-0.99
p:voor woorden|geruststellen|-0.99
p:voor zich|argumenteren|0.94
p:vooral aandacht|waarschuwen|-1.0
p:vooral aandacht|adviseren|-1.0
p:vooral aandacht|interpreteren|1.0
p:vooral angst|interpreteren|0.65
p:vooral boos|gevoelsreflectie|0.89
p:vooral boos|bedanken|-0.95
p:vooral dat|parafrase|0.97
p:vooral dat|gevoelsreflectie|-0.81
p:vooral de|samenvatting|-0.87
p:vooral om|parafrase|0.85
p:vooral online|parafrase|-0.99
p:vooral online|samenvatting|0.99
p:vooral via|open-vraag|-1.0
p:voorbeeld moeten|moraliseren|0.9
p:voorbeeld moeten|adviseren|-0.9
p:voorstellen dat|ik-boodschap|-0.93
p:voorstellen dat|gevoelsreflectie|1.97
p:voorstellen dat|open-vraag|-0.93
p:voorstellen dat|bevelen|-0.84
p:voortaan elke|jij-boodschap|0.7
p:voortaan elke|bekritiseren|0.7
p:voortaan om|bevelen|0.7
p:vorig jaar|afleiden|-0.95
p:vorige maand|bekritiseren|-0.8
p:vorige mentor|interpreteren|-0.94
p:vorige mentor|geruststellen|-0.94
p:vorige week|ik-boodschap|0.93
p:vorige week|jij-boodschap|0.86
p:vorige week|parafrase|-0.97
p:vorige week|samenvatting|-0.63
p:vorige week|etiketteren|-0.87
p:vorige week|ondervragen|1.74
p:vorige week|vervolgafspraak|-0.99
p:vraag ?|bevelen|-0.92
p:vraag ga|bevelen|0.93
p:vraag gesteld|aanmoediging|-0.86
p:vraag niet|ik-boodschap|0.92
p:vragen hoe|ik-boodschap|-0.95
p:vragen niet|waarschuwen|-0.97
p:vragen niet|ondervragen|-0.97
p:vragen om|gevoelsreflectie|1.0
p:vragen om|adviseren|1.0
p:vragen om|vervolgafspraak|0.95
p:vreselijk aan|bekritiseren|1.74
p:vrienden van|parafrase|-0.85
p:vrienden van|samenvatting|0.98
p:vrienden van|open-vraag|0.98
p:vriendengroep en|samenvatting|0.67
p:vriendengroep en|open-vraag|0.99
p:vriendin praten|adviseren|0.98
p:vriendinnen en|open-vraag|-0.98
p:vriendinnen staat|ik-boodschap|-0.96
p:vriendinnen van|prijzen|-0.79
p:vrijdag de|bedanken|-0.94
p:vrijdag een|ik-boodschap|-0.98
p:vrijdag even|vervolgafspraak|0.91
p:vrijdag kijken|samenvatting|0.75
p:vrijdag mail|samenvatting|1.0
p:vrijdag mail|open-vraag|-0.83
p:vrijdag mail|prijzen|-1.0
p:vrijdag mailt|vervolgafspraak|1.0
p:vrijdag mailt|bedanken|-1.0
p:vrijdag niet|waarschuwen|1.0
p:vrijdag niet|afronding-aankondigen|-0.99
p:vrijdag om|ik-boodschap|-1.0
p:vrijdag om|samenvatting|-0.7
p:vrijdag om|waarschuwen|-1.0
p:vrijdag om|interpreteren|-1.0
p:vrijdag om|bedanken|0.85
p:vrijdag over|afronding-aankondigen|-0.69
p:vrijdag weer|afronding-aankondigen|-0.99
p:vrijdag weten|vervolgafspraak|0.9
p:vrije tijd|prijzen|0.97
p:vrijheid geven|interpreteren|-0.92
p:vroeger zelf|interpreteren|0.87
p:vrolijke jongen|etiketteren|-0.98
p:vrouw als|waarschuwen|-0.9
p:vrouw als|prijzen|0.98
p:vrouw dus|argumenteren|-0.9
p:vwo doen|argumenteren|0.99
p:waait wel|geruststellen|0.7
p:waait wel|afleiden|-0.92
p:waar de|ik-boodschap|0.88
p:waar hij|ik-boodschap|0.95
p:waar hij|vervolgafspraak|-0.95
p:waar want|argumenteren|0.87
p:waar was|ik-boodschap|-0.88
p:waar was|waarschuwen|-1.0
p:waar was|ondervragen|1.0
p:waar ze|waarschuwen|-0.97
p:waar ze|ondervragen|-0.97
p:waardeer het|bedanken|0.96
p:waardeloos excuus|waarschuwen|-1.0
p:waardeloos excuus|afleiden|-1.0
p:waardeloos werkstuk|bekritiseren|0.69
p:waardoor het|ik-boodschap|-0.92
p:waardoor hij|ik-boodschap|0.97
p:waardoor hij|afleiden|-0.97
p:waardoor hij|vervolgafspraak|-0.81
p:waardoor ik|ik-boodschap|1.9
p:waardoor ik|jij-boodschap|-0.95
p:waardoor ik|bekritiseren|-0.95
p:waardoor je|ik-boodschap|0.94
p:waardoor je|gevoelsreflectie|-0.94
p:waardoor ze|ik-boodschap|0.9
p:waarin het|gevoelsreflectie|-0.91
p:waarom belt|bekritiseren|0.96
p:waarom bent|jij-boodschap|-1.53
p:waarom bent|bekritiseren|-1.46
p:waarom bent|ondervragen|1.87
p:waarom denkt|ondervragen|-0.92
p:waarom doe|bevelen|-0.92
p:waarom doe|ondervragen|-0.98
p:waarom ga|adviseren|0.94
p:waarom heb|ik-boodschap|-0.88
p:waarom heb|waarschuwen|-1.0
p:waarom heb|ondervragen|1.98
p:waarom heeft|jij-boodschap|-0.98
p:waarom heeft|parafrase|-0.93
p:waarom heeft|gevoelsreflectie|0.85
p:waarom heeft|aanmoediging|-0.93
p:waarom heeft|adviseren|-0.94
p:waarom heeft|bekritiseren|0.97
p:waarom heeft|ondervragen|1.97
p:waarom kom|jij-boodschap|0.8
p:waarom komt|bekritiseren|-0.68
p:waarom laat|adviseren|1.0
p:waarom laat|argumenteren|-1.0
p:waarom laat|bekritiseren|-0.91
p:waarom lever|afleiden|-0.96
p:waarom niet|bekritiseren|0.97
p:waarom nu|adviseren|-0.99
p:waarom nu|ondervragen|0.99
p:waarom probeert|samenvatting|-1.0
p:waarom probeert|moraliseren|-1.0
p:waarom probeert|adviseren|1.0
p:waarom probeert|geruststellen|-1.0
p:waarom probeert|ondervragen|-0.99
p:waarom reageert|adviseren|-0.99
p:waarom reageert|ondervragen|0.99
p:waarom weet|bekritiseren|-0.99
p:waarom weet|ondervragen|0.91
p:waarom zet|adviseren|0.97
p:waarom zet|ondervragen|-0.9
p:waarop het|parafrase|0.85
p:waarschuw u|waarschuwen|0.95
p:wacht wel|aanmoediging|0.99
p:wachten op|prijzen|0.87
p:wachten tot|adviseren|-0.96
p:wakker van|parafrase|-0.99
p:wakker van|bekritiseren|-0.23
p:wakker van|prijzen|-1.0
p:wakker van|geruststellen|1.0
p:wanneer de|samenvatting|-1.0
p:wanneer iris|open-vraag|-0.9
p:wanneer is|bekritiseren|-0.99
p:wanneer je|ik-boodschap|0.88
p:wanneer jullie|ik-boodschap|0.96
p:wanneer jullie|waarschuwen|-0.96
p:want dan|ik-boodschap|0.98
p:want ik|argumenteren|0.87
p:want je|jij-boodschap|0.79
p:want zo|ik-boodschap|1.8
p:want zo|open-vraag|-1.0
p:want zo|moraliseren|-1.0
p:want zo|vervolgafspraak|-0.86
p:waren dank|jij-boodschap|-0.39
p:was bedankt|bekritiseren|-0.86
p:was daar|afleiden|-0.94
p:was dat|parafrase|-0.98
p:was dat|afleiden|-0.94
p:was de|ik-boodschap|-0.82
p:was de|jij-boodschap|-0.97
p:was echt|geruststellen|-0.68
p:was er|argumenteren|1.0
p:was gevallen|ik-boodschap|0.93
p:was gevallen|gevoelsreflectie|-1.0
p:was geweest|bekritiseren|0.88
p:was het|open-vraag|0.76
p:was het|afleiden|0.93
p:was je|ik-boodschap|-0.88
p:was je|open-vraag|-1.72
p:was je|waarschuwen|-1.0
p:was je|ondervragen|1.0
p:was je|afleiden|1.8
p:was maar|ik-boodschap|-0.88
p:was maar|samenvatting|-0.88
p:was maar|argumenteren|0.88
p:was niet|jij-boodschap|-1.0
p:was niet|bevelen|-1.0
p:was op|interpreteren|0.98
p:was te|gevoelsreflectie|0.63
p:was te|samenvatting|0.97
p:was te|vervolgafspraak|0.63
p:was u|ondervragen|1.57
p:was uw|ondervragen|-0.92
p:was voor|open-vraag|0.95
p:was ze|ondervragen|0.61
p:was zou|ik-boodschap|-0.95
p:was zou|waarschuwen|-0.93
p:was zou|adviseren|0.98
p:was zou|bekritiseren|0.46
p:was zou|vervolgafspraak|-0.96
p:wat als|ik-boodschap|0.88
p:wat als|open-vraag|-0.97
p:wat ben|open-vraag|-1.0
p:wat ben|bekritiseren|-1.0
p:wat ben|etiketteren|1.0
p:wat bent|jij-boodschap|2.24
p:wat bent|etiketteren|0.92
p:wat beter|bevelen|0.99
p:wat beter|geruststellen|0.99
p:wat de|samenvatting|-0.99
p:wat de|moraliseren|0.79
p:wat de|afronding-aankondigen|-0.98
p:wat de|vervolgafspraak|0.9
p:wat deed|samenvatting|-0.98
p:wat deed|open-vraag|0.96
p:wat doet|gevoelsreflectie|0.81
p:wat doet|open-vraag|-0.24
p:wat een|jij-boodschap|-1.55
p:wat een|gevoelsreflectie|0.83
p:wat een|bevelen|-0.99
p:wat een|bekritiseren|3.58
p:wat eerder|adviseren|0.99
p:wat er|gevoelsreflectie|-1.43
p:wat er|samenvatting|-0.67
p:wat er|open-vraag|1.0
p:wat er|adviseren|-1.0
p:wat er|bekritiseren|0.56
p:wat eruit|jij-boodschap|-0.98
p:wat eruit|samenvatting|0.98
p:wat eruit|vervolgafspraak|0.98
p:wat extra|interpreteren|0.93
p:wat fijn|adviseren|-0.84
p:wat fijn|bekritiseren|-0.71
p:wat fijn|prijzen|1.0
p:wat fijn|etiketteren|-0.84
p:wat fijn|geruststellen|-1.0
p:wat fijn|bedanken|-1.0
p:wat ga|open-vraag|-0.9
p:wat ga|geruststellen|-0.78
p:wat ga|afleiden|0.9
p:wat gaat|gevoelsreflectie|0.91
p:wat gebeurde|afleiden|-0.99
p:wat had|aanmoediging|-1.0
p:wat heb|open-vraag|1.89
p:wat heb|moraliseren|-0.99
p:wat heb|ondervragen|-0.99
p:wat heeft|parafrase|-1.0
p:wat heeft|gevoelsreflectie|1.0
p:wat heeft|samenvatting|-1.0
p:wat heeft|open-vraag|1.0
p:wat heeft|bekritiseren|-0.97
p:wat heeft|ondervragen|0.97
p:wat het|afleiden|0.62
p:wat hij|ik-boodschap|0.85
p:wat hij|bekritiseren|1.83
p:wat ik|jij-boodschap|0.93
p:wat ik|open-vraag|-0.99
p:wat ik|waarschuwen|-0.98
p:wat ik|argumenteren|-0.85
p:wat is|ik-boodschap|-0.97
p:wat is|parafrase|-0.87
p:wat is|open-vraag|0.93
p:wat is|bevelen|-0.92
p:wat is|geruststellen|0.76
p:wat je|parafrase|-0.94
p:wat maakt|samenvatting|1.0
p:wat maakt|open-vraag|1.0
p:wat maakte|open-vraag|0.95
p:wat meer|open-vraag|-0.97
p:wat meer|adviseren|0.96
p:wat meer|prijzen|0.98
p:wat meer|interpreteren|-0.92
p:wat meer|vervolgafspraak|-1.0
p:wat merkt|gevoelsreflectie|-0.89
p:wat minder|jij-boodschap|-0.85
p:wat rot|open-vraag|-0.95
p:wat strenger|bekritiseren|0.88
p:wat trekt|parafrase|0.9
p:wat u|parafrase|0.82
p:wat u|samenvatting|-1.57
p:wat u|aanmoediging|-0.98
p:wat u|argumenteren|1.0
p:wat u|bekritiseren|-1.69
p:wat u|interpreteren|-0.96
p:wat u|bedanken|-0.98
p:wat uw|moraliseren|0.97
p:wat vaker|adviseren|1.0
p:wat vaker|argumenteren|-1.0
p:wat vaker|bekritiseren|-0.91
p:wat vaker|ondervragen|-1.0
p:wat verwacht|adviseren|-0.99
p:wat verwacht|ondervragen|0.99
p:wat vind|gevoelsreflectie|-0.99
p:wat vind|bekritiseren|-0.79
p:wat vindt|etiketteren|-1.0
p:wat vindt|ondervragen|-0.77
p:wat vond|afleiden|0.91
p:wat we|samenvatting|1.0
p:wat we|open-vraag|-0.83
p:wat we|bekritiseren|1.91
p:wat we|prijzen|-1.0
p:wat weegt|samenvatting|0.67
p:wat weegt|open-vraag|0.99
p:wat weet|ik-boodschap|0.99
p:wat wil|parafrase|-0.85
p:wat wil|samenvatting|0.98
p:wat wil|open-vraag|0.98
p:wat wilt|samenvatting|0.96
p:wat ze|bekritiseren|-1.11
p:wat ze|afronding-aankondigen|-0.98
p:wat ze|vervolgafspraak|-0.98
p:wat zei|afleiden|-0.94
p:wat ziet|ik-boodschap|-0.99
p:wat zou|ik-boodschap|0.94
p:wat zou|gevoelsreflectie|-0.85
p:wat zou|samenvatting|-0.99
p:wat zou|open-vraag|0.98
p:wat zou|bekritiseren|-0.25
p:watje zeg|open-vraag|-1.0
p:watje zeg|bekritiseren|-1.0
p:watje zeg|etiketteren|1.0
p:wc gaat|gevoelsreflectie|-0.83
p:we af|vervolgafspraak|0.99
p:we afspreken|jij-boodschap|0.93
p:we afspreken|samenvatting|1.0
p:we afspreken|open-vraag|-0.83
p:we afspreken|moraliseren|-0.93
p:we afspreken|bekritiseren|1.91
p:we afspreken|prijzen|-1.0
p:we afspreken|vervolgafspraak|1.0
p:we afspreken|bedanken|-1.0
p:we allebei|parafrase|-0.97
p:we bellen|bekritiseren|-2.56
p:we de|etiketteren|0.99
p:we de|afleiden|-0.84
p:we de|vervolgafspraak|0.4
p:we dit|argumenteren|0.9
p:we donderdag|afronding-aankondigen|-0.94
p:we doorgaan|parafrase|-1.0
p:we doorgaan|afleiden|1.0
p:we een|jij-boodschap|-1.53
p:we een|bekritiseren|-0.49
p:we een|ondervragen|0.9
p:we elkaar|samenvatting|-0.86
p:we elkaar|adviseren|-0.99
p:we elkaar|afronding-aankondigen|0.98
p:we elkaar|bedanken|-0.98
p:we er|ik-boodschap|0.95
p:we er|vervolgafspraak|-0.86
p:we even|afleiden|0.62
p:we gaan|adviseren|-0.99
p:we gaan|afronding-aankondigen|0.99
p:we gaan|vervolgafspraak|-1.98
p:we gaan|bedanken|-1.99
p:we geen|prijzen|0.96
p:we hadden|vervolgafspraak|-1.0
p:we hebben|ik-boodschap|-1.97
p:we hebben|gevoelsreflectie|-1.0
p:we hebben|samenvatting|2.03
p:we hebben|waarschuwen|-1.0
p:we hebben|bekritiseren|-0.94
p:we hebben|interpreteren|-1.0
p:we hebben|afronding-aankondigen|-0.95
p:we hebben|bedanken|-0.97
p:we hem|waarschuwen|-0.75
p:we het|ik-boodschap|-0.95
p:we het|samenvatting|-0.95
p:we het|argumenteren|-0.99
p:we het|bekritiseren|0.51
p:we het|geruststellen|-0.99
p:we het|afleiden|1.0
p:we het|afronding-aankondigen|1.81
p:we het|vervolgafspraak|-1.43
p:we het|bedanken|0.18
p:we hier|bevelen|-0.92
p:we hier|bekritiseren|-1.0
p:we hoe|parafrase|-0.96
p:we houden|samenvatting|0.64
p:we houden|aanmoediging|-0.92
p:we houden|afronding-aankondigen|0.99
p:we houden|bedanken|0.99
p:we maar|afleiden|-0.82
p:we maar|vervolgafspraak|-0.95
p:we maken|afronding-aankondigen|-0.76
p:we moeten|ik-boodschap|-0.95
p:we moeten|argumenteren|-0.93
p:we moeten|vervolgafspraak|-0.94
p:we mogen|moraliseren|0.97
p:we niet|argumenteren|0.94
p:we niet|prijzen|-0.88
p:we niet|afronding-aankondigen|0.94
p:we ook|jij-boodschap|-0.91
p:we over|samenvatting|-1.0
p:we over|open-vraag|-1.0
p:we over|bekritiseren|-1.0
p:we over|afronding-aankondigen|-1.0
p:we plannen|afronding-aankondigen|1.65
p:we plannen|vervolgafspraak|1.0
p:we ronden|samenvatting|-0.71
p:we ronden|afleiden|-0.99
p:we ronden|afronding-aankondigen|0.78
p:we ronden|vervolgafspraak|0.74
p:we ronden|bedanken|0.85
p:we samen|jij-boodschap|-0.98
p:we samen|samenvatting|1.73
p:we samen|afronding-aankondigen|-0.95
p:we samen|vervolgafspraak|1.97
p:we sluiten|afronding-aankondigen|0.98
p:we spreken|samenvatting|0.75
p:we spreken|afronding-aankondigen|-1.94
p:we steeds|ik-boodschap|0.95
p:we steeds|vervolgafspraak|-0.86
p:we stoppen|aanmoediging|-0.99
p:we stoppen|moraliseren|-0.99
p:we stoppen|afronding-aankondigen|0.99
p:we stoppen|vervolgafspraak|0.99
p:we stoppen|bedanken|0.99
p:we streng|prijzen|0.99
p:we vandaag|jij-boodschap|-0.85
p:we verder|vervolgafspraak|0.87
p:we volgende|vervolgafspraak|1.94
p:we voor|ik-boodschap|0.95
p:we voor|vervolgafspraak|-0.86
p:we vrijdag|vervolgafspraak|0.91
p:we weer|samenvatting|0.64
p:we weer|vervolgafspraak|0.84
p:we zijn|afronding-aankondigen|1.0
p:weegt voor|samenvatting|0.67
p:weegt voor|open-vraag|0.99
p:week al|ondervragen|-0.97
p:week bel|samenvatting|0.95
p:week bel|bedanken|0.95
p:week dinsdag|afleiden|-0.99
p:week dinsdag|afronding-aankondigen|1.0
p:week dinsdag|vervolgafspraak|0.99
p:week dinsdag|bedanken|-0.73
p:week doorneemt|adviseren|0.93
p:week drie|ik-boodschap|1.0
p:week drie|argumenteren|-1.0
p:week een|gevoelsreflectie|0.4
p:week een|adviseren|1.0
p:week gelezen|ondervragen|1.74
p:week ging|samenvatting|1.0
p:week ging|open-vraag|-0.83
p:week ging|prijzen|-1.0
p:week hebben|samenvatting|-0.95
p:week hebben|afleiden|-0.95
p:week hebben|vervolgafspraak|-0.62
p:week in|ik-boodschap|-0.99
p:week maandag|gevoelsreflectie|0.63
p:week maandag|samenvatting|0.97
p:week maandag|vervolgafspraak|0.63
p:week met|parafrase|-0.97
p:week niet|vervolgafspraak|-0.99
p:week niets|bekritiseren|0.19
p:week samen|jij-boodschap|0.86
p:week samen|samenvatting|-0.63
p:week samen|vervolgafspraak|0.95
p:week terug|vervolgafspraak|-1.54
p:week twee|gevoelsreflectie|-0.94
p:week verstuurd|etiketteren|-0.87
p:week vier|vervolgafspraak|-0.99
p:week vrijdag|samenvatting|0.75
p:week woensdag|adviseren|-0.99
p:week woensdag|afronding-aankondigen|-0.99
p:week woensdag|bedanken|-0.99
p:week zijn|ik-boodschap|0.93
p:week zit|vervolgafspraak|1.44
p:weekend ?|prijzen|-0.98
p:weekend ?|ondervragen|0.98
p:weekend niet|ik-boodschap|0.95
p:weekend niet|vervolgafspraak|-0.95
p:weekplanner gebruiken|adviseren|0.85
p:weekplanner gebruiken|interpreteren|-0.93
p:weekplanner geven|parafrase|-1.0
p:weekplanner geven|adviseren|1.0
p:weekplanning maken|vervolgafspraak|-0.99
p:weer beter|etiketteren|0.9
p:weer dan|samenvatting|-0.86
p:weer dan|vervolgafspraak|0.4
p:weer dank|aanmoediging|-0.99
p:weer dank|moraliseren|-0.99
p:weer dank|bekritiseren|0.99
p:weer dank|afronding-aankondigen|0.99
p:weer dank|vervolgafspraak|0.99
p:weer dank|bedanken|-0.85
p:weer een|jij-boodschap|0.9
p:weer een|bekritiseren|0.54
p:weer een|etiketteren|-0.9
p:weer gebeurt|bekritiseren|0.31
p:weer hier|afronding-aankondigen|-0.95
p:weer in|waarschuwen|0.94
p:weer in|moraliseren|-0.81
p:weer in|argumenteren|-0.91
p:weer mee|bevelen|-0.99
p:weer met|open-vraag|0.9
p:weer mooi|bevelen|-0.92
p:weer naar|jij-boodschap|-0.77
p:weer niet|ik-boodschap|-0.75
p:weer niet|bekritiseren|1.0
p:weer niet|etiketteren|-1.0
p:weer om|samenvatting|0.64
p:weer om|afronding-aankondigen|0.99
p:weer om|vervolgafspraak|0.84
p:weer op|bekritiseren|-0.25
p:weer op|interpreteren|-0.9
p:weer plezier|bekritiseren|-1.0
p:weer spijbelt|bekritiseren|-0.36
p:weer trouwens|bekritiseren|-0.47
p:weer trouwens|etiketteren|-0.94
p:weer wegloopt|waarschuwen|0.98
p:weer zin|bekritiseren|-0.15
p:wees gewaarschuwd|waarschuwen|0.83
p:weet ?|jij-boodschap|0.91
p:weet dat|prijzen|0.94
p:weet dit|bekritiseren|-0.97
p:weet dit|ondervragen|0.97
p:weet het|etiketteren|0.9
p:weet ik|ik-boodschap|-0.98
p:weet ik|waarschuwen|-0.97
p:weet ik|bekritiseren|-0.99
p:weet ik|ondervragen|-0.97
p:weet je|ik-boodschap|0.88
p:weet je|moraliseren|0.78
p:weet niet|parafrase|-0.99
p:weet niet|gevoelsreflectie|-0.8
p:weet niet|samenvatting|0.99
p:weet niet|afronding-aankondigen|-0.98
p:weet niet|vervolgafspraak|-1.97
p:weet toch|jij-boodschap|-0.69
p:weet toch|moraliseren|0.95
p:weet toch|argumenteren|-0.95
p:weet toch|ondervragen|-1.0
p:weet toch|bedanken|-1.0
p:weet u|ik-boodschap|0.99
p:weet wat|ik-boodschap|-1.0
p:weet wat|samenvatting|-0.67
p:weet wat|adviseren|-1.0
p:weet wat|bekritiseren|-0.36
p:weet zeker|geruststellen|0.81
p:weet zit|waarschuwen|0.99
p:weg als|bevelen|0.86
p:weg als|adviseren|-0.95
p:weg bram|etiketteren|-0.91
p:wegbleef zonder|vervolgafspraak|-0.99
p:weggelopen uit|ik-boodschap|1.0
p:weggelopen uit|argumenteren|-1.0
p:wegloopt haal|waarschuwen|0.98
p:wegstopt pak|ik-boodschap|-0.85
p:wegstopt pak|waarschuwen|0.99
p:wegzakt misschien|ik-boodschap|0.98
p:weinig aansluiting|ik-boodschap|0.97
p:weinig begeleiding|interpreteren|-0.96
p:weinig slaapt|ik-boodschap|0.98
p:weinig vrienden|samenvatting|0.93
p:weken bij|afronding-aankondigen|-0.98
p:weken bij|vervolgafspraak|-0.98
p:weken echt|geruststellen|0.99
p:weken geen|ik-boodschap|0.95
p:weken geen|jij-boodschap|-0.76
p:weken geen|samenvatting|-0.94
p:weken geen|bekritiseren|-0.81
p:weken in|argumenteren|0.92
p:weken in|bekritiseren|0.92
p:weken kijken|vervolgafspraak|0.99
p:weken niet|adviseren|-0.94
p:weken niet|vervolgafspraak|-0.9
p:weken om|adviseren|0.99
p:weken om|vervolgafspraak|0.99
p:weken op|parafrase|-0.96
p:weken op|samenvatting|0.88
p:weken samen|open-vraag|-1.0
p:weken samen|bekritiseren|-1.0
p:weken samen|afronding-aankondigen|-1.0
p:weken uit|geruststellen|-0.88
p:weken vaak|ik-boodschap|-0.84
p:weken vaker|ik-boodschap|-0.86
p:weken weer|vervolgafspraak|0.4
p:weken zien|samenvatting|-0.86
p:weken zijn|adviseren|0.99
p:weken zijn|vervolgafspraak|0.99
p:weken zitten|samenvatting|0.64
p:weken zitten|afronding-aankondigen|0.99
p:weken zitten|bedanken|0.99
p:wel ?|ondervragen|0.88
p:wel aan|bekritiseren|-0.82
p:wel bram|open-vraag|-0.9
p:wel bram|geruststellen|-0.78
p:wel bram|afleiden|0.9
p:wel dan|vervolgafspraak|-0.76
p:wel dat|argumenteren|-0.9
p:wel dat|prijzen|1.9
p:wel dat|geruststellen|-1.65
p:wel dat|vervolgafspraak|-0.4
p:wel degelijk|argumenteren|1.0
p:wel doorheen|geruststellen|0.93
p:wel doorheen|afleiden|-0.93
p:wel echt|geruststellen|0.96
p:wel een|ik-boodschap|-0.79
p:wel eens|geruststellen|-1.57
p:wel eens|afleiden|1.81
p:wel en|afronding-aankondigen|-0.98
p:wel en|vervolgafspraak|-0.98
p:wel even|bevelen|-0.98
p:wel even|bekritiseren|-0.98
p:wel gemaakt|parafrase|0.98
p:wel gemaakt|geruststellen|-0.98
p:wel gewoon|parafrase|0.98
p:wel gewoon|argumenteren|-0.85
p:wel goed|waarschuwen|-1.0
p:wel goed|adviseren|-0.96
p:wel goed|argumenteren|-1.0
p:wel goed|geruststellen|1.0
p:wel goed|afleiden|-1.0
p:wel had|ik-boodschap|-1.0
p:wel had|prijzen|-1.0
p:wel had|afleiden|-1.0
p:wel hoe|ondervragen|-0.9
p:wel in|interpreteren|-0.99
p:wel in|geruststellen|0.99
p:wel je|parafrase|-0.99
p:wel je|gevoelsreflectie|-0.8
p:wel je|samenvatting|0.99
p:wel je|vervolgafspraak|-0.99
p:wel leert|ik-boodschap|0.9
p:wel maar|parafrase|-0.96
p:wel maar|aanmoediging|-0.93
p:wel maar|bekritiseren|-0.97
p:wel maar|afronding-aankondigen|-0.78
p:wel mee|jij-boodschap|-0.55
p:wel meevalt|interpreteren|-0.98
p:wel meewerken|jij-boodschap|-1.0
p:wel over|geruststellen|0.7
p:wel over|afleiden|-1.42
p:wel overheen|geruststellen|0.92
p:wel u|jij-boodschap|0.62
p:wel voor|samenvatting|-0.71
p:wel voor|afronding-aankondigen|-0.78
p:wel voor|bedanken|0.85
p:wel we|afronding-aankondigen|0.78
p:welk lokaal|open-vraag|-0.98
p:welk telefoonnummer|open-vraag|-0.92
p:welk vak|open-vraag|-0.91
p:welke afspraken|afleiden|-0.96
p:welke klas|open-vraag|-0.99
p:welke rol|open-vraag|0.99
p:werk is|bekritiseren|0.93
p:werk niet|geruststellen|-0.99
p:werkelijk een|bekritiseren|0.69
p:werken dan|jij-boodschap|-0.42
p:werken maar|parafrase|0.96
p:werken omdat|interpreteren|-0.99
p:werkstuk krijgt|moraliseren|0.81
p:werkstuk krijgt|argumenteren|0.96
p:werkstuk morgen|moraliseren|-0.97
p:werkstuk uiterlijk|bevelen|1.85
p:werkstuk vrijdag|waarschuwen|1.0
p:werkt dat|argumenteren|0.99
p:werkt voor|open-vraag|-0.75
p:werkweek niet|ik-boodschap|-0.94
p:werkweek niet|parafrase|0.94
p:weten als|ondervragen|-0.99
p:weten hoe|moraliseren|1.0
p:weten hoe|adviseren|-1.0
p:weten jullie|bekritiseren|1.34
p:weten wat|samenvatting|-0.99
p:weten wat|moraliseren|0.97
p:weten wat|vervolgafspraak|0.9
p:wie ?|ik-boodschap|-0.88
p:wie ?|waarschuwen|-1.0
p:wie ?|ondervragen|1.0
p:wie een|argumenteren|0.91
p:wie heeft|bekritiseren|-0.99
p:wie is|open-vraag|-0.99
p:wie niet|argumenteren|0.98
p:wie was|ondervragen|0.61
p:wie was|afleiden|-0.94
p:wie weet|bekritiseren|-0.97
p:wie weet|ondervragen|0.97
p:wifi niet|adviseren|0.97
p:wijze vader|prijzen|0.94
p:wil alleen|geruststellen|-0.86
p:wil daan|parafrase|0.96
p:wil daan|samenvatting|0.86
p:wil dat|bedanken|-1.0
p:wil dit|bevelen|0.93
p:wil eerlijk|bekritiseren|0.94
p:wil eigenlijk|parafrase|0.9
p:wil gaan|bedanken|-0.91
p:wil graag|parafrase|-0.96
p:wil graag|afronding-aankondigen|-0.83
p:wil graag|vervolgafspraak|-0.64
p:wil het|samenvatting|0.64
p:wil het|afronding-aankondigen|2.88
p:wil ik|samenvatting|-0.86
p:wil ik|afleiden|0.91
p:wil ik|afronding-aankondigen|1.72
p:wil je|parafrase|-0.85
p:wil je|samenvatting|0.98
p:wil je|moraliseren|-0.8
p:wil wel|parafrase|-1.95
p:wil wel|gevoelsreflectie|-0.8
p:wil wel|samenvatting|0.99
p:wil wel|bekritiseren|-0.97
p:wil wel|afronding-aankondigen|-0.78
p:wil wel|vervolgafspraak|-0.99
p:wil werken|parafrase|0.96
p:wilde delen|bekritiseren|-0.92
p:willen we|parafrase|-0.97
p:wilt bel|vervolgafspraak|0.99
p:wilt dat|jij-boodschap|-0.86
p:wilt dat|parafrase|0.99
p:wilt dat|samenvatting|0.98
p:wilt een|gevoelsreflectie|0.63
p:wilt een|samenvatting|0.97
p:wilt een|vervolgafspraak|0.63
p:wilt gewoon|interpreteren|0.58
p:wilt graag|samenvatting|-0.93
p:wilt horen|bekritiseren|-1.69
p:wilt kan|ik-boodschap|-0.96
p:wilt meer|jij-boodschap|-0.86
p:wilt sneller|jij-boodschap|-0.86
p:wilt u|gevoelsreflectie|-0.81
p:wilt u|samenvatting|0.96
p:wiskunde een|argumenteren|-0.86
p:wiskunde een|etiketteren|-0.99
p:wiskunde en|jij-boodschap|-1.0
p:wiskunde en|bekritiseren|-0.68
p:wiskunde gaat|open-vraag|-0.98
p:wiskunde kan|argumenteren|0.99
p:wiskunde steeds|gevoelsreflectie|-0.83
p:wist ik|vervolgafspraak|-0.99
p:wist niet|parafrase|1.0
p:wist niet|gevoelsreflectie|-0.85
p:wist niet|bedanken|-1.0
p:wit staan|argumenteren|0.85
p:woensdag bijles|parafrase|-0.82
p:woensdag bijles|prijzen|0.94
p:woensdag kijken|parafrase|-0.96
p:woensdag kijken|samenvatting|0.88
p:woensdag om|adviseren|-0.99
p:woensdag om|afronding-aankondigen|-0.99
p:woensdag om|bedanken|-0.99
p:woont ?|ik-boodschap|-1.0
p:woorden hij|samenvatting|-0.96
p:woorden u|parafrase|1.0
p:woorden u|gevoelsreflectie|-0.85
p:woorden u|samenvatting|0.98
p:woorden u|open-vraag|-0.98
p:woorden u|bedanken|-1.0
p:woordjes meer|samenvatting|-0.94
p:woordjes voor|ik-boodschap|0.9
p:word er|ik-boodschap|1.71
p:word er|interpreteren|-0.65
p:word er|vervolgafspraak|-0.86
p:word ik|gevoelsreflectie|-0.84
p:worden en|jij-boodschap|-0.86
p:worden gewogen|argumenteren|0.99
p:wordt buitengesloten|parafrase|0.82
p:wordt buitengesloten|samenvatting|-1.57
p:wordt er|ik-boodschap|0.91
p:wordt fijn|parafrase|-1.0
p:wordt fijn|gevoelsreflectie|0.85
p:wordt fijn|bedanken|1.0
p:wordt hij|jij-boodschap|1.0
p:wordt hij|waarschuwen|1.0
p:wordt hij|argumenteren|-1.0
p:wordt ik|parafrase|0.96
p:wordt ik|interpreteren|0.96
p:wordt misschien|gevoelsreflectie|1.0
p:wordt misschien|adviseren|1.0
p:wordt voor|bedanken|-1.0
p:wordt wat|gevoelsreflectie|-0.89
p:wordt ze|jij-boodschap|-0.99
p:wordt ze|moraliseren|-0.99
p:zag dat|ik-boodschap|-0.91
p:zag dat|bevelen|-0.91
p:zakken je|samenvatting|-0.94
p:zakken wat|parafrase|-0.85
p:zakken wat|samenvatting|0.98
p:zakken wat|open-vraag|0.98
p:zal ik|samenvatting|-0.95
p:zal ik|afronding-aankondigen|-0.8
p:zal ik|vervolgafspraak|0.95
p:zat ?|open-vraag|0.76
p:zaterdag ?|open-vraag|-1.72
p:zaterdag ?|afleiden|1.8
p:ze ?|afleiden|-0.94
p:ze achter|waarschuwen|-1.0
p:ze alsof|geruststellen|-0.93
p:ze dat|interpreteren|-0.99
p:ze de|waarschuwen|-0.89
p:ze de|vervolgafspraak|0.95
p:ze doet|bekritiseren|0.81
p:ze elke|ondervragen|0.88
p:ze er|waarschuwen|1.0
p:ze gewoon|interpreteren|0.94
p:ze haar|jij-boodschap|-1.0
p:ze haar|bevelen|-1.0
p:ze haar|adviseren|1.0
p:ze haar|geruststellen|-0.91
p:ze heeft|ik-boodschap|0.86
p:ze heeft|moraliseren|-0.8
p:ze heeft|bekritiseren|-0.25
p:ze het|waarschuwen|1.0
p:ze hulp|prijzen|0.97
p:ze is|moraliseren|-0.95
p:ze is|bekritiseren|-1.67
p:ze is|etiketteren|1.0
p:ze komt|afleiden|-0.93
p:ze liegt|bekritiseren|0.96
p:ze mag|etiketteren|-0.98
p:ze mijn|open-vraag|-0.9
p:ze mist|prijzen|-0.79
p:ze negeren|ik-boodschap|-0.94
p:ze niet|ik-boodschap|0.98
p:ze niet|argumenteren|-0.98
p:ze op|ik-boodschap|0.9
p:ze op|bekritiseren|-1.11
p:ze op|prijzen|-1.0
p:ze op|geruststellen|-0.83
p:ze op|ondervragen|0.61
p:ze op|afleiden|0.99
p:ze schuift|etiketteren|-0.99
p:ze slaapt|prijzen|-0.79
p:ze thuis|jij-boodschap|-1.0
p:ze thuis|parafrase|0.98
p:ze thuis|gevoelsreflectie|-0.96
p:ze thuis|argumenteren|-0.85
p:ze thuis|ondervragen|0.61
p:ze thuiskomt|moraliseren|1.0
p:ze thuiskomt|adviseren|-1.0
p:ze tot|bekritiseren|0.94
p:ze van|jij-boodschap|-0.99
p:ze van|moraliseren|-0.99
p:ze vastloopt|waarschuwen|-0.97
p:ze vastloopt|ondervragen|-0.97
p:ze vijf|argumenteren|0.94
p:ze vindt|prijzen|-0.79
p:ze voelt|bedanken|0.91
p:ze weer|parafrase|1.0
p:ze weer|bekritiseren|-1.0
p:ze wel|afronding-aankondigen|-0.98
p:ze wel|vervolgafspraak|-0.98
p:ze zich|ik-boodschap|-0.97
p:ze zich|samenvatting|0.97
p:ze zich|interpreteren|0.99
p:ze zit|interpreteren|-0.99
p:ze zo|ik-boodschap|0.98
p:ze zo|ondervragen|-0.92
p:zeg heeft|ondervragen|-0.97
p:zeg het|samenvatting|0.93
p:zeg hoe|afleiden|0.93
p:zeg je|afleiden|-0.72
p:zeg niet|geruststellen|0.69
p:zeggen dat|parafrase|1.0
p:zeggen dat|gevoelsreflectie|-0.74
p:zeggen dat|aanmoediging|-0.99
p:zeggen is|parafrase|0.98
p:zeggen is|open-vraag|-0.99
p:zeggen is|argumenteren|-0.85
p:zegt als|waarschuwen|-0.98
p:zegt dat|ik-boodschap|-1.13
p:zegt dat|gevoelsreflectie|0.81
p:zegt dat|samenvatting|-0.88
p:zegt dat|moraliseren|-0.77
p:zegt dat|argumenteren|0.88
p:zegt dat|bekritiseren|-0.82
p:zegt dat|prijzen|-1.0
p:zegt dat|interpreteren|1.26
p:zegt dat|geruststellen|0.82
p:zegt dat|afleiden|-1.0
p:zegt eigenlijk|gevoelsreflectie|-0.85
p:zegt hij|jij-boodschap|-1.0
p:zegt hij|parafrase|1.82
p:zegt hij|gevoelsreflectie|-1.0
p:zegt hij|samenvatting|-1.57
p:zegt hij|open-vraag|-1.0
p:zegt hij|argumenteren|1.0
p:zegt hij|interpreteren|-0.96
p:zegt in|waarschuwen|-0.98
p:zegt noah|parafrase|0.83
p:zegt omdat|bekritiseren|-0.84
p:zegt u|aanmoediging|1.85
p:zegt u|interpreteren|0.98
p:zei dat|bekritiseren|-0.89
p:zei ze|afleiden|-0.94
p:zeker dat|geruststellen|0.81
p:zeker vertelt|aanmoediging|0.99
p:zelf begint|parafrase|0.96
p:zelf begint|interpreteren|0.96
p:zelf doet|jij-boodschap|1.8
p:zelf doet|gevoelsreflectie|-0.81
p:zelf doet|bekritiseren|2.09
p:zelf gepest|interpreteren|0.87
p:zelf je|bevelen|1.72
p:zelf je|vervolgafspraak|-0.92
p:zelf kiezen|bekritiseren|-0.91
p:zelf kunt|parafrase|-0.94
p:zelf laten|adviseren|0.96
p:zelf naar|bekritiseren|1.0
p:zelf niet|adviseren|-0.95
p:zelf nooit|jij-boodschap|1.0
p:zelf nooit|samenvatting|-1.0
p:zelf nooit|bekritiseren|1.0
p:zelf ook|ik-boodschap|0.96
p:zelf ook|jij-boodschap|-0.55
p:zelf ook|gevoelsreflectie|0.81
p:zelf ook|bekritiseren|-0.84
p:zelf ook|interpreteren|0.98
p:zelf plannen|adviseren|1.0
p:zelf plannen|argumenteren|-1.0
p:zelf plannen|ondervragen|-1.0
p:zelf steeds|jij-boodschap|1.52
p:zelf tegen|bekritiseren|-0.99
p:zelf terug|jij-boodschap|-0.96
p:zelf thuis|ondervragen|0.61
p:zelf van|gevoelsreflectie|-0.99
p:zelf van|bekritiseren|-0.79
p:zelf van|etiketteren|-1.0
p:zelf ziet|open-vraag|1.0
p:zelf zo|bekritiseren|0.89
p:zenuwachtig bent|ik-boodschap|-0.93
p:zenuwachtig bent|geruststellen|1.82
p:zenuwachtig van|gevoelsreflectie|0.13
p:zes toetsen|argumenteren|0.94
p:zesde uur|ik-boodschap|-0.95
p:zesde uur|afronding-aankondigen|0.68
p:zesde uur|vervolgafspraak|0.95
p:zet een|vervolgafspraak|0.96
p:zet het|parafrase|-0.98
p:zet je|waarschuwen|1.0
p:zet u|adviseren|0.97
p:zet u|ondervragen|-0.9
p:zetten over|vervolgafspraak|-0.9
p:zich als|bekritiseren|-0.97
p:zich buitengesloten|samenvatting|0.99
p:zich buitengesloten|bekritiseren|-0.93
p:zich daar|gevoelsreflectie|0.76
p:zich daar|samenvatting|-0.97
p:zich daardoor|bedanken|0.91
p:zich de|argumenteren|1.0
p:zich echt|open-vraag|0.93
p:zich echt|interpreteren|-0.99
p:zich er|bekritiseren|0.96
p:zich er|prijzen|-1.0
p:zich gewoon|interpreteren|0.93
p:zich grote|gevoelsreflectie|1.0
p:zich grote|geruststellen|-1.0
p:zich heeft|bevelen|0.99
p:zich heeft|vervolgafspraak|0.91
p:zich maar|gevoelsreflectie|-0.62
p:zich maar|open-vraag|-0.93
p:zich maar|bekritiseren|-0.93
p:zich machteloos|bevelen|-0.84
p:zich niet|jij-boodschap|-0.72
p:zich niet|parafrase|0.97
p:zich niet|gevoelsreflectie|0.78
p:zich niet|samenvatting|-0.96
p:zich niet|bekritiseren|-0.91
p:zich niet|geruststellen|0.99
p:zich nooit|bekritiseren|0.98
p:zich nou|etiketteren|-1.0
p:zich nou|geruststellen|1.0
p:zich overal|gevoelsreflectie|-0.8
p:zich overal|bekritiseren|0.91
p:zich schuldig|parafrase|-0.94
p:zich schuldig|aanmoediging|-1.0
p:zich thuis|parafrase|-0.99
p:zich thuis|waarschuwen|-0.94
p:zich thuis|bekritiseren|-0.39
p:zich thuis|interpreteren|0.99
p:zich vaak|ik-boodschap|-0.97
p:zich vaak|samenvatting|0.97
p:zich veel|bekritiseren|0.94
p:zich vier|argumenteren|0.94
p:zich voelt|afronding-aankondigen|-0.76
p:zich vreselijk|bekritiseren|1.74
p:zich zorgen|open-vraag|0.93
p:zie alleen|geruststellen|-0.99
p:zie dat|ik-boodschap|-1.66
p:zie dat|gevoelsreflectie|1.86
p:zie dat|samenvatting|-1.0
p:zie dat|open-vraag|0.98
p:zie dat|afleiden|-0.97
p:zie dat|bedanken|0.98
p:zie ik|ik-boodschap|-1.95
p:zie ik|gevoelsreflectie|0.92
p:zie ik|aanmoediging|-0.99
p:zie ik|moraliseren|-0.99
p:zie ik|bekritiseren|-2.57
p:zie ik|geruststellen|-1.0
p:zie ik|afronding-aankondigen|1.68
p:zie ik|vervolgafspraak|1.96
p:zie ik|bedanken|0.99
p:zie neem|bevelen|0.86
p:zie neem|adviseren|-0.95
p:zie omar|gevoelsreflectie|-0.97
p:zie u|vervolgafspraak|0.4
p:ziek bent|moraliseren|0.81
p:ziek gemeld|gevoelsreflectie|-0.95
p:ziek is|bevelen|0.7
p:ziek meldt|bevelen|0.98
p:ziekmelding pas|ik-boodschap|0.96
p:ziekmelding pas|waarschuwen|-0.96
p:ziekte voor|samenvatting|0.64
p:ziekte voor|afronding-aankondigen|0.99
p:ziekte voor|bedanken|0.99
p:zien dat|ik-boodschap|0.98
p:zien dat|argumenteren|1.0
p:zien dat|interpreteren|-1.0
p:zien dat|geruststellen|-1.0
p:zien dat|vervolgafspraak|-1.0
p:zien hoe|ik-boodschap|0.93
p:zien over|vervolgafspraak|0.99
p:zien wat|ik-boodschap|0.85
p:zien wat|parafrase|-0.94
p:zien we|samenvatting|-0.86
p:ziet de|jij-boodschap|-0.99
p:ziet iedereen|bekritiseren|-1.67
p:ziet u|ik-boodschap|-0.99
p:ziet u|prijzen|0.97
p:ziet vast|interpreteren|-0.99
p:zij spijbelt|geruststellen|-0.93
p:zijn ?|gevoelsreflectie|-0.84
p:zijn aan|afronding-aankondigen|1.0
p:zijn aan|vervolgafspraak|-1.0
p:zijn agenda|adviseren|0.95
p:zijn agenda|geruststellen|-0.95
p:zijn als|bekritiseren|-1.58
p:zijn altijd|jij-boodschap|-0.87
p:zijn altijd|etiketteren|-1.0
p:zijn best|vervolgafspraak|-0.98
p:zijn bij|moraliseren|1.0
p:zijn bijna|bedanken|-0.91
p:zijn boeken|geruststellen|0.98
p:zijn broer|open-vraag|0.99
p:zijn broer|bekritiseren|-0.89
p:zijn broertje|ik-boodschap|-0.95
p:zijn cijfers|parafrase|-0.82
p:zijn cijfers|samenvatting|0.14
p:zijn cijfers|bekritiseren|-0.99
p:zijn cijfers|afronding-aankondigen|-0.98
p:zijn daden|moraliseren|0.92
p:zijn diploma|jij-boodschap|-0.22
p:zijn diploma|moraliseren|-0.91
p:zijn diploma|bekritiseren|-0.97
p:zijn door|vervolgafspraak|1.0
p:zijn door|bedanken|1.0
p:zijn dyslexie|vervolgafspraak|-0.84
p:zijn echt|bekritiseren|-1.0
p:zijn echt|etiketteren|1.0
p:zijn echt|geruststellen|-1.0
p:zijn er|afleiden|0.93
p:zijn fiets|gevoelsreflectie|-1.0
p:zijn gang|bevelen|-0.94
p:zijn gang|bekritiseren|-0.9
p:zijn gedrag|jij-boodschap|1.0
p:zijn gedrag|bevelen|0.99
p:zijn gemiddelde|ik-boodschap|0.95
p:zijn gemiddelde|jij-boodschap|-0.76
p:zijn gemiddelde|bekritiseren|-0.81
p:zijn geweest|gevoelsreflectie|2.77
p:zijn gymspullen|ik-boodschap|-1.82
p:zijn hoe|gevoelsreflectie|0.83
p:zijn huiswerk|jij-boodschap|0.7
p:zijn huiswerk|bevelen|0.86
p:zijn huiswerk|bekritiseren|1.74
p:zijn huiswerk|prijzen|-0.98
p:zijn huiswerk|interpreteren|-0.98
p:zijn huiswerk|ondervragen|0.98
p:zijn huiswerk|vervolgafspraak|0.1
p:zijn in|argumenteren|0.98
p:zijn klasgenoot|ik-boodschap|0.93
p:zijn laars|jij-boodschap|0.86
p:zijn laars|samenvatting|-0.63
p:zijn laatste|etiketteren|-0.97
p:zijn leeftijd|bevelen|-0.98
p:zijn leeftijd|geruststellen|0.98
p:zijn lip|bekritiseren|0.95
p:zijn mentor|afleiden|-1.0
p:zijn met|bekritiseren|1.0
p:zijn moeder|samenvatting|-1.0
p:zijn moeder|moraliseren|-1.0
p:zijn motivatie|samenvatting|0.94
p:zijn opdrachten|ik-boodschap|0.92
p:zijn planner|ik-boodschap|0.95
p:zijn planning|samenvatting|0.95
p:zijn planning|adviseren|-0.99
p:zijn planning|afronding-aankondigen|-0.95
p:zijn planning|bedanken|0.95
p:zijn plek|waarschuwen|0.91
p:zijn pootjes|geruststellen|0.89
p:zijn regels|moraliseren|0.81
p:zijn regels|argumenteren|0.96
p:zijn rekenmachine|vervolgafspraak|0.91
p:zijn rooster|ik-boodschap|0.98
p:zijn schermtijd|bekritiseren|1.0
p:zijn slaap|moraliseren|-0.99
p:zijn slaap|adviseren|-0.99
p:zijn slechte|parafrase|-0.98
p:zijn tegen|jij-boodschap|-0.69
p:zijn tegen|ondervragen|-1.0
p:zijn tegen|bedanken|-1.0
p:zijn telefoon|open-vraag|-0.99
p:zijn telefoon|bevelen|-0.86
p:zijn telefoon|moraliseren|0.97
p:zijn telefoon|prijzen|-0.98
p:zijn u|bekritiseren|0.94
p:zijn vader|ik-boodschap|-1.0
p:zijn vader|samenvatting|-0.74
p:zijn vel|geruststellen|-0.99
p:zijn verzuim|ik-boodschap|-1.0
p:zijn verzuim|samenvatting|1.64
p:zijn verzuim|waarschuwen|-1.0
p:zijn verzuim|bekritiseren|0.72
p:zijn verzuim|interpreteren|-1.0
p:zijn verzuim|afronding-aankondigen|0.99
p:zijn verzuim|bedanken|0.99
p:zijn voldoende|argumenteren|-0.94
p:zijn zin|bedanken|-0.85
p:zijn zorgpunten|argumenteren|-0.94
p:zijn zulke|moraliseren|-0.95
p:zijn zus|ik-boodschap|-0.9
p:zijn zus|open-vraag|-0.99
p:zin hebt|interpreteren|0.95
p:zin heeft|bedanken|-0.85
p:zin in|jij-boodschap|1.36
p:zin in|bekritiseren|1.39
p:zin in|interpreteren|-1.64
p:zin meer|open-vraag|0.99
p:zit alleen|interpreteren|-0.99
p:zit de|bevelen|0.92
p:zit de|bekritiseren|0.85
p:zit de|vervolgafspraak|1.44
p:zit elke|ik-boodschap|1.0
p:zit elke|jij-boodschap|-1.0
p:zit elke|gevoelsreflectie|-1.0
p:zit elke|adviseren|1.0
p:zit elke|bekritiseren|-1.0
p:zit er|argumenteren|0.94
p:zit er|bekritiseren|0.51
p:zit erop|bedanken|-0.99
p:zit het|interpreteren|0.9
p:zit hier|ik-boodschap|-0.95
p:zit hier|jij-boodschap|0.37
p:zit hier|samenvatting|-0.92
p:zit hier|bevelen|-0.92
p:zit hier|bekritiseren|1.14
p:zit hij|waarschuwen|1.93
p:zit in|ik-boodschap|1.0
p:zit in|open-vraag|0.83
p:zit in|adviseren|-1.0
p:zit je|moraliseren|-0.81
p:zit kan|waarschuwen|-0.99
p:zit kom|ik-boodschap|0.88
p:zit kom|moraliseren|-0.91
p:zit komt|bevelen|-0.99
p:zit maar|bekritiseren|-0.82
p:zit merk|ik-boodschap|0.92
p:zit naast|bekritiseren|-0.67
p:zit steeds|geruststellen|-0.99
p:zit te|ik-boodschap|-0.99
p:zit te|bekritiseren|0.89
p:zit waardoor|ik-boodschap|0.97
p:zit ze|ondervragen|0.88
p:zit zijn|open-vraag|-0.99
p:zitten ?|adviseren|0.94
p:zitten anders|waarschuwen|0.93
p:zitten daardoor|gevoelsreflectie|-0.92
p:zitten dat|gevoelsreflectie|-0.78
p:zitten dat|geruststellen|1.0
p:zitten en|ik-boodschap|-0.98
p:zitten en|bekritiseren|-0.95
p:zitten in|samenvatting|-0.98
p:zitten je|bevelen|-1.68
p:zitten je|prijzen|-0.97
p:zitten of|waarschuwen|0.92
p:zitten sem|waarschuwen|0.98
p:zitten snap|gevoelsreflectie|0.97
p:zitten snap|geruststellen|0.71
p:zitten veel|bekritiseren|0.95
p:zitten we|samenvatting|0.64
p:zitten we|afronding-aankondigen|0.99
p:zitten we|vervolgafspraak|0.84
p:zo ?|adviseren|-0.99
p:zo ?|ondervragen|0.99
p:zo aan|jij-boodschap|-1.0
p:zo aan|moraliseren|1.0
p:zo aan|etiketteren|0.83
p:zo aan|geruststellen|-1.0
p:zo babyachtig|etiketteren|0.99
p:zo behulpzaam|bevelen|-0.98
p:zo behulpzaam|bekritiseren|-0.98
p:zo belangrijk|afleiden|0.99
p:zo blijft|waarschuwen|0.94
p:zo blijft|moraliseren|-0.99
p:zo dat|waarschuwen|-0.98
p:zo dat|interpreteren|-0.95
p:zo doorgaat|jij-boodschap|2.42
p:zo doorgaat|open-vraag|-0.99
p:zo doorgaat|moraliseren|-0.91
p:zo doorgaat|bekritiseren|0.69
p:zo doorgaat|interpreteren|-0.99
p:zo dramatisch|bevelen|-0.85
p:zo dramatisch|moraliseren|-0.97
p:zo dramatisch|afleiden|-0.97
p:zo eerlijk|gevoelsreflectie|-0.75
p:zo eerlijk|vervolgafspraak|0.4
p:zo eerlijk|bedanken|1.0
p:zo erg|argumenteren|-0.98
p:zo erg|etiketteren|-0.98
p:zo erg|geruststellen|0.99
p:zo erg|afleiden|-0.63
p:zo fel|aanmoediging|-1.0
p:zo ga|moraliseren|0.98
p:zo ga|interpreteren|-0.98
p:zo gaat|bevelen|-0.85
p:zo gaat|moraliseren|0.77
p:zo gaat|bekritiseren|-0.13
p:zo gaat|afleiden|0.88
p:zo goed|parafrase|-0.82
p:zo goed|prijzen|0.94
p:zo haalt|jij-boodschap|-0.98
p:zo haalt|bekritiseren|-0.98
p:zo haalt|geruststellen|-0.91
p:zo hard|bevelen|0.97
p:zo hoort|moraliseren|0.92
p:zo hysterisch|bevelen|1.83
p:zo hysterisch|etiketteren|0.99
p:zo kan|ik-boodschap|-0.88
p:zo kunnen|afronding-aankondigen|0.94
p:zo lang|ondervragen|0.92
p:zo loopt|waarschuwen|-1.0
p:zo meedenkend|waarschuwen|-0.75
p:zo meedenkt|geruststellen|-1.0
p:zo meedenkt|bedanken|-1.0
p:zo mist|ik-boodschap|0.85
p:zo mist|open-vraag|-1.0
p:zo mist|moraliseren|-1.0
p:zo moeilijk|open-vraag|0.95
p:zo moeilijk|ondervragen|-0.98
p:zo negatief|bekritiseren|1.21
p:zo negatief|etiketteren|-0.86
p:zo niet|argumenteren|-0.9
p:zo omdat|ik-boodschap|-0.99
p:zo omdat|samenvatting|-0.99
p:zo omdat|waarschuwen|-0.86
p:zo ongeïnteresseerd|bekritiseren|0.81
p:zo ongeïnteresseerd|prijzen|-0.94
p:zo ook|bevelen|-1.68
p:zo ook|prijzen|-0.97
p:zo op|afleiden|-0.97
p:zo open|bedanken|0.99
p:zo opstandig|interpreteren|0.99
p:zo overdreven|jij-boodschap|-2.47
p:zo praat|moraliseren|0.97
p:zo praat|afleiden|-0.97
p:zo raakt|waarschuwen|0.95
p:zo reageert|interpreteren|0.97
p:zo redelijk|vervolgafspraak|-0.55
p:zo schieten|ik-boodschap|0.95
p:zo schieten|vervolgafspraak|-0.86
p:zo simpel|moraliseren|-0.97
p:zo simpel|argumenteren|1.0
p:zo snel|jij-boodschap|-0.94
p:zo snel|gevoelsreflectie|-0.94
p:zo staat|argumenteren|0.7
p:zo sterk|interpreteren|0.87
p:zo stil|ondervragen|-0.92
p:zo stoppen|ik-boodschap|-0.95
p:zo te|prijzen|0.99
p:zo tegen|waarschuwen|1.0
p:zo toe|jij-boodschap|1.0
p:zo toe|adviseren|-1.0
p:zo toe|bekritiseren|1.0
p:zo uit|jij-boodschap|0.81
p:zo uit|bekritiseren|0.81
p:zo ver|bekritiseren|0.89
p:zo verstandig|prijzen|0.96
p:zo weer|argumenteren|-0.91
p:zo weinig|ik-boodschap|0.98
p:zo werkt|argumenteren|0.99
p:zo zegt|bekritiseren|-0.84
p:zo zielig|bevelen|-0.96
p:zo zwaar|moraliseren|-0.97
p:zo zwaar|interpreteren|-0.52
p:zo zwaar|geruststellen|-0.97
p:zo zwaar|afleiden|1.5
p:zo'n baby|etiketteren|0.93
p:zo'n betrokken|prijzen|0.99
p:zo'n betrokken|interpreteren|-0.99
p:zo'n fijne|jij-boodschap|-1.0
p:zo'n fijne|prijzen|0.97
p:zo'n fijne|afleiden|-0.97
p:zo'n opmerking|waarschuwen|1.92
p:zo'n opmerking|bekritiseren|0.99
p:zo'n ouder|prijzen|-0.93
p:zo'n ouder|etiketteren|0.93
p:zo'n puber|etiketteren|1.0
p:zo'n reactie|argumenteren|-0.9
p:zo'n slimme|waarschuwen|-0.9
p:zo'n slimme|prijzen|1.94
p:zo'n toon|prijzen|-0.94
p:zo'n verstandige|gevoelsreflectie|-0.98
p:zo'n verstandige|geruststellen|-0.93
p:zoekt een|adviseren|-0.95
p:zoekt gewoon|interpreteren|0.94
p:zoekt hij|waarschuwen|-1.0
p:zoekt hij|adviseren|-1.0
p:zoekt hij|interpreteren|1.0
p:zomer eigenlijk|open-vraag|-0.9
p:zomer eigenlijk|geruststellen|-0.78
p:zomer eigenlijk|afleiden|0.9
p:zondag samen|adviseren|0.93
p:zonde want|ik-boodschap|0.85
p:zonde zullen|vervolgafspraak|0.91
p:zonder bericht|argumenteren|0.91
p:zonder bericht|vervolgafspraak|-0.99
p:zonder diploma|waarschuwen|0.99
p:zonder huiswerk|moraliseren|-0.97
p:zonder voldoende|interpreteren|-0.99
p:zonder voldoende|afleiden|-0.99
p:zooitje van|moraliseren|-0.81
p:zooitje van|bekritiseren|0.94
p:zoon doet|bekritiseren|-3.08
p:zoon gedraagt|bekritiseren|-0.97
p:zoon heeft|bekritiseren|0.89
p:zoon is|jij-boodschap|0.7
p:zoon luistert|bekritiseren|0.82
p:zoon maakt|bekritiseren|0.9
p:zoon pest|bekritiseren|0.6
p:zoon verpest|bekritiseren|0.54
p:zorg dat|bevelen|0.94
p:zorgcommissie ervan|afronding-aankondigen|-0.98
p:zorgcoördinator aan|vervolgafspraak|0.9
p:zorgcoördinator en|jij-boodschap|-0.98
p:zorgcoördinator en|samenvatting|0.98
p:zorgcoördinator en|vervolgafspraak|0.98
p:zorgcoördinator erbij|gevoelsreflectie|-0.59
p:zorgcoördinator niet|ik-boodschap|0.94
p:zorgcoördinator niet|argumenteren|-0.94
p:zorgcoördinator vragen|vervolgafspraak|0.95
p:zorgelijk wat|gevoelsreflectie|0.81
p:zorgelijk wat|open-vraag|0.76
p:zorgen er|bevelen|0.86
p:zorgen ervoor|bevelen|0.99
p:zorgen het|open-vraag|0.93
p:zorgen het|bekritiseren|-0.93
p:zorgen het|geruststellen|0.76
p:zorgen laat|adviseren|0.85
p:zorgen laat|interpreteren|-0.93
p:zorgen maakt|ik-boodschap|-0.85
p:zorgen maakt|open-vraag|0.93
p:zorgen maakt|geruststellen|-0.81
p:zorgen om|gevoelsreflectie|1.0
p:zorgen om|geruststellen|-1.0
p:zorgen omdat|ik-boodschap|0.98
p:zorgen over|jij-boodschap|-1.0
p:zorgen over|gevoelsreflectie|-1.0
p:zorgen over|adviseren|1.0
p:zorgen over|bekritiseren|-1.0
p:zorgen over|geruststellen|-0.17
p:zorgen over|afronding-aankondigen|-0.76
p:zorgen sinds|ik-boodschap|1.0
p:zorgen sinds|open-vraag|0.83
p:zorgen sinds|adviseren|-1.0
p:zorgen te|bevelen|-0.99
p:zorgen vast|moraliseren|-0.95
p:zorgen want|waarschuwen|-1.0
p:zorgt er|bevelen|-0.9
p:zorgt er|argumenteren|-0.93
p:zorgt er|bekritiseren|0.27
p:zou als|moraliseren|0.9
p:zou als|adviseren|-0.9
p:zou helpen|moraliseren|-0.9
p:zou hem|parafrase|-1.0
p:zou hem|adviseren|1.0
p:zou het|afleiden|-0.91
p:zou hij|moraliseren|0.96
p:zou ik|ik-boodschap|-0.95
p:zou ik|parafrase|0.99
p:zou ik|gevoelsreflectie|-0.99
p:zou ik|waarschuwen|-0.93
p:zou ik|adviseren|1.97
p:zou ik|bekritiseren|0.46
p:zou ik|vervolgafspraak|-0.96
p:zou in|adviseren|0.97
p:zou je|ik-boodschap|0.94
p:zou je|gevoelsreflectie|-0.94
p:zou jou|bekritiseren|-0.25
p:zou kunnen|adviseren|0.99
p:zou u|gevoelsreflectie|0.94
p:zou u|open-vraag|0.98
p:zou volgens|samenvatting|-0.99
p:zou voor|gevoelsreflectie|-0.84
p:zoveel grapjes|interpreteren|1.63
p:zoveel kinderen|geruststellen|0.95
p:zoveel missen|moraliseren|-1.0
p:zoveel missen|argumenteren|1.0
p:zoveel verzuim|argumenteren|0.89
p:zoë heeft|afronding-aankondigen|-0.98
p:zoë heeft|vervolgafspraak|-0.98
p:zoë in|ik-boodschap|0.84
p:zulke fijne|moraliseren|-0.95
p:zulke ruzietjes|geruststellen|-0.83
p:zulke ruzietjes|afleiden|0.99
p:zullen we|open-vraag|-1.0
p:zullen we|bekritiseren|-1.0
p:zullen we|afleiden|0.14
p:zullen we|afronding-aankondigen|-1.0
p:zullen we|vervolgafspraak|1.9
p:zullen we|bedanken|-1.0
p:zult hem|bevelen|0.99
p:zult vast|jij-boodschap|-1.0
p:zult vast|prijzen|0.99
p:zus ?|open-vraag|-0.99
p:zus in|ik-boodschap|-0.9
p:zwaar aan|moraliseren|-0.97
p:zwaar aan|interpreteren|-0.52
p:zwaar aan|geruststellen|-0.97
p:zwaar aan|afleiden|1.5
p:zwaar voor|ik-boodschap|0.95
p:zwaar voor|aanmoediging|-0.95
p:zwaarst ?|samenvatting|0.67
p:zwaarst ?|open-vraag|0.99
p:zware periode|ik-boodschap|-0.95
p:zware periode|afleiden|-0.9
p:zwart op|argumenteren|0.85
p:één keer|ik-boodschap|-0.93
p:één keer|bevelen|-1.78
p:één keer|waarschuwen|1.0
p:één keer|moraliseren|-0.79
p:één maand|ik-boodschap|0.84
regel:aanmoediging|parafrase|-1.93
regel:aanmoediging|gevoelsreflectie|-1.82
regel:aanmoediging|samenvatting|-1.96
regel:aanmoediging|open-vraag|-1.95
regel:aanmoediging|aanmoediging|7.92
regel:aanmoediging|bevelen|-1.92
regel:aanmoediging|adviseren|-1.0
regel:aanmoediging|argumenteren|-1.0
regel:aanmoediging|etiketteren|-0.89
regel:aanmoediging|ondervragen|-0.99
regel:aanmoediging|vervolgafspraak|-0.99
regel:adviseren|jij-boodschap|-1.3
regel:adviseren|gevoelsreflectie|-0.48
regel:adviseren|samenvatting|-1.0
regel:adviseren|open-vraag|-0.97
regel:adviseren|bevelen|-1.0
regel:adviseren|waarschuwen|-0.93
regel:adviseren|moraliseren|-1.91
regel:adviseren|adviseren|13.64
regel:adviseren|argumenteren|-1.92
regel:adviseren|bekritiseren|-0.74
regel:adviseren|prijzen|-0.15
regel:adviseren|etiketteren|-0.99
regel:adviseren|interpreteren|-0.92
regel:adviseren|geruststellen|-0.97
regel:adviseren|ondervragen|-3.83
regel:adviseren|afleiden|-0.99
regel:adviseren|vervolgafspraak|-1.96
regel:afleiden|ik-boodschap|-0.9
regel:afleiden|jij-boodschap|-0.97
regel:afleiden|parafrase|-1.0
regel:afleiden|open-vraag|-0.82
regel:afleiden|bevelen|-1.75
regel:afleiden|moraliseren|-0.92
regel:afleiden|argumenteren|-1.97
regel:afleiden|bekritiseren|-2.5
regel:afleiden|etiketteren|-0.94
regel:afleiden|interpreteren|-0.96
regel:afleiden|geruststellen|-0.99
regel:afleiden|ondervragen|-1.89
regel:afleiden|afleiden|12.98
regel:afleiden|afronding-aankondigen|-0.71
regel:afronding-aankondigen|samenvatting|-1.07
regel:afronding-aankondigen|bevelen|-0.92
regel:afronding-aankondigen|argumenteren|-0.93
regel:afronding-aankondigen|afleiden|-0.99
regel:afronding-aankondigen|afronding-aankondigen|9.38
regel:afronding-aankondigen|vervolgafspraak|-4.83
regel:afronding-aankondigen|bedanken|-1.81
regel:argumenteren|ik-boodschap|0.94
regel:argumenteren|jij-boodschap|-1.0
regel:argumenteren|waarschuwen|-0.99
regel:argumenteren|moraliseren|0.82
regel:argumenteren|argumenteren|14.4
regel:argumenteren|bekritiseren|-0.68
regel:argumenteren|prijzen|-0.88
regel:argumenteren|interpreteren|-1.99
regel:argumenteren|geruststellen|-1.89
regel:argumenteren|ondervragen|-0.74
regel:argumenteren|afleiden|-1.95
regel:argumenteren|vervolgafspraak|-1.0
regel:bedanken|jij-boodschap|-1.33
regel:bedanken|parafrase|-1.0
regel:bedanken|gevoelsreflectie|-1.83
regel:bedanken|aanmoediging|-0.99
regel:bedanken|waarschuwen|-0.9
regel:bedanken|moraliseren|-0.99
regel:bedanken|bekritiseren|0.9
regel:bedanken|prijzen|-1.96
regel:bedanken|geruststellen|-0.72
regel:bedanken|afleiden|-0.99
regel:bedanken|afronding-aankondigen|-1.6
regel:bedanken|vervolgafspraak|-1.01
regel:bedanken|bedanken|9.58
regel:bekritiseren|ik-boodschap|-0.12
regel:bekritiseren|jij-boodschap|4.61
regel:bekritiseren|parafrase|-0.95
regel:bekritiseren|gevoelsreflectie|-2.23
regel:bekritiseren|samenvatting|-0.93
regel:bekritiseren|open-vraag|0.91
regel:bekritiseren|bevelen|-1.97
regel:bekritiseren|waarschuwen|-1.0
regel:bekritiseren|moraliseren|-2.68
regel:bekritiseren|adviseren|-1.0
regel:bekritiseren|argumenteren|-1.9
regel:bekritiseren|bekritiseren|17.77
regel:bekritiseren|prijzen|-2.84
regel:bekritiseren|etiketteren|-3.86
regel:bekritiseren|interpreteren|-2.57
regel:bekritiseren|geruststellen|-2.59
regel:bekritiseren|ondervragen|-0.98
regel:bekritiseren|afleiden|-1.96
regel:bevelen|ik-boodschap|-1.98
regel:bevelen|parafrase|-1.0
regel:bevelen|gevoelsreflectie|-1.0
regel:bevelen|samenvatting|-1.92
regel:bevelen|open-vraag|-1.0
regel:bevelen|bevelen|15.19
regel:bevelen|waarschuwen|-2.0
regel:bevelen|moraliseren|-0.23
regel:bevelen|adviseren|-1.95
regel:bevelen|bekritiseren|-0.8
regel:bevelen|prijzen|-1.97
regel:bevelen|etiketteren|-1.91
regel:bevelen|interpreteren|-1.0
regel:bevelen|geruststellen|-2.89
regel:bevelen|ondervragen|-2.0
regel:bevelen|afleiden|-1.0
regel:bevelen|afronding-aankondigen|-1.0
regel:bevelen|vervolgafspraak|-1.0
regel:bevelen|bedanken|-2.0
regel:etiketteren|jij-boodschap|1.3
regel:etiketteren|open-vraag|-1.0
regel:etiketteren|bevelen|-0.98
regel:etiketteren|moraliseren|-1.95
regel:etiketteren|argumenteren|-1.0
regel:etiketteren|bekritiseren|-6.79
regel:etiketteren|prijzen|-1.0
regel:etiketteren|etiketteren|11.45
regel:etiketteren|interpreteren|0.7
regel:etiketteren|geruststellen|-1.0
regel:etiketteren|afleiden|-1.82
regel:geen|ik-boodschap|-6.29
regel:geen|jij-boodschap|-0.22
regel:geen|parafrase|-2.84
regel:geen|gevoelsreflectie|-1.37
regel:geen|samenvatting|-3.81
regel:geen|open-vraag|-2.97
regel:geen|aanmoediging|-0.19
regel:geen|waarschuwen|-0.88
regel:geen|moraliseren|-2.06
regel:geen|adviseren|-0.91
regel:geen|argumenteren|-2.77
regel:geen|bekritiseren|-0.22
regel:geen|prijzen|-1.89
regel:geen|interpreteren|-1.94
regel:geen|geruststellen|-1.93
regel:geen|ondervragen|-1.35
regel:geen|afleiden|-1.55
regel:geen|afronding-aankondigen|-1.99
regel:geen|vervolgafspraak|-1.59
regel:geen|bedanken|-1.85
regel:geruststellen|parafrase|-0.99
regel:geruststellen|gevoelsreflectie|-0.81
regel:geruststellen|bevelen|-1.96
regel:geruststellen|waarschuwen|-1.0
regel:geruststellen|moraliseren|-1.97
regel:geruststellen|adviseren|-1.14
regel:geruststellen|argumenteren|-1.91
regel:geruststellen|bekritiseren|-2.16
regel:geruststellen|prijzen|-1.97
regel:geruststellen|etiketteren|-0.98
regel:geruststellen|interpreteren|-2.49
regel:geruststellen|geruststellen|15.06
regel:geruststellen|afleiden|-2.6
regel:gevoelsreflectie|ik-boodschap|0.8
regel:gevoelsreflectie|jij-boodschap|-0.97
regel:gevoelsreflectie|parafrase|-3.83
regel:gevoelsreflectie|gevoelsreflectie|16.2
regel:gevoelsreflectie|samenvatting|-1.97
regel:gevoelsreflectie|open-vraag|-2.18
regel:gevoelsreflectie|aanmoediging|-1.95
regel:gevoelsreflectie|argumenteren|0.9
regel:gevoelsreflectie|prijzen|-1.0
regel:gevoelsreflectie|interpreteren|-1.05
regel:gevoelsreflectie|geruststellen|-0.89
regel:gevoelsreflectie|afleiden|0.1
regel:gevoelsreflectie|afronding-aankondigen|-0.99
regel:gevoelsreflectie|vervolgafspraak|-0.37
regel:gevoelsreflectie|bedanken|-0.96
regel:ik-boodschap|ik-boodschap|8.42
regel:ik-boodschap|parafrase|-0.98
regel:ik-boodschap|gevoelsreflectie|-1.13
regel:ik-boodschap|samenvatting|-1.92
regel:ik-boodschap|open-vraag|-0.17
regel:ik-boodschap|bevelen|-0.99
regel:ik-boodschap|waarschuwen|-2.95
regel:ik-boodschap|moraliseren|-1.76
regel:ik-boodschap|adviseren|-1.93
regel:ik-boodschap|argumenteren|-1.0
regel:ik-boodschap|bekritiseren|-1.94
regel:ik-boodschap|interpreteren|-1.63
regel:ik-boodschap|ondervragen|-0.97
regel:ik-boodschap|afleiden|-0.97
regel:ik-boodschap|afronding-aankondigen|-0.99
regel:ik-boodschap|vervolgafspraak|-1.92
regel:ik-boodschap|bedanken|-0.98
regel:interpreteren|ik-boodschap|-0.99
regel:interpreteren|jij-boodschap|-0.19
regel:interpreteren|parafrase|-0.97
regel:interpreteren|samenvatting|-0.99
regel:interpreteren|aanmoediging|-1.0
regel:interpreteren|bevelen|-1.79
regel:interpreteren|waarschuwen|-2.8
regel:interpreteren|moraliseren|-1.77
regel:interpreteren|adviseren|-1.95
regel:interpreteren|argumenteren|-0.98
regel:interpreteren|bekritiseren|-0.46
regel:interpreteren|etiketteren|0.91
regel:interpreteren|interpreteren|12.16
regel:interpreteren|geruststellen|-0.97
regel:interpreteren|afleiden|0.78
regel:jij-boodschap|jij-boodschap|9.41
regel:jij-boodschap|parafrase|-0.95
regel:jij-boodschap|gevoelsreflectie|-2.23
regel:jij-boodschap|samenvatting|-0.93
regel:jij-boodschap|bevelen|-1.98
regel:jij-boodschap|moraliseren|-1.72
regel:jij-boodschap|adviseren|-1.0
regel:jij-boodschap|argumenteren|-1.92
regel:jij-boodschap|bekritiseren|2.55
regel:jij-boodschap|prijzen|-2.9
regel:jij-boodschap|etiketteren|1.99
regel:jij-boodschap|interpreteren|-1.87
regel:jij-boodschap|geruststellen|-1.93
regel:jij-boodschap|ondervragen|-0.98
regel:jij-boodschap|afleiden|-0.96
regel:moraliseren|ik-boodschap|-0.91
regel:moraliseren|jij-boodschap|-0.7
regel:moraliseren|bevelen|-2.68
regel:moraliseren|waarschuwen|-0.98
regel:moraliseren|moraliseren|14.1
regel:moraliseren|adviseren|-2.88
regel:moraliseren|argumenteren|-1.88
regel:moraliseren|interpreteren|-2.46
regel:moraliseren|geruststellen|-1.97
regel:moraliseren|ondervragen|-1.0
regel:moraliseren|afleiden|-0.45
regel:moraliseren|bedanken|-1.0
regel:ondervragen|ik-boodschap|-0.88
regel:ondervragen|jij-boodschap|-0.98
regel:ondervragen|parafrase|-0.93
regel:ondervragen|gevoelsreflectie|0.85
regel:ondervragen|open-vraag|-0.99
regel:ondervragen|aanmoediging|-0.93
regel:ondervragen|waarschuwen|-1.0
regel:ondervragen|adviseren|-1.93
regel:ondervragen|bekritiseren|-1.67
regel:ondervragen|prijzen|-0.98
regel:ondervragen|ondervragen|9.64
regel:ondervragen|afleiden|-0.94
regel:open-vraag|ik-boodschap|1.77
regel:open-vraag|jij-boodschap|-1.68
regel:open-vraag|parafrase|-3.8
regel:open-vraag|gevoelsreflectie|-2.88
regel:open-vraag|samenvatting|-1.26
regel:open-vraag|open-vraag|14.39
regel:open-vraag|aanmoediging|-2.01
regel:open-vraag|moraliseren|-0.99
regel:open-vraag|adviseren|-1.0
regel:open-vraag|bekritiseren|-2.96
regel:open-vraag|etiketteren|-1.0
regel:open-vraag|ondervragen|-1.76
regel:open-vraag|afleiden|-0.1
regel:open-vraag|vervolgafspraak|-1.91
regel:open-vraag|bedanken|-0.98
regel:parafrase|ik-boodschap|-2.88
regel:parafrase|jij-boodschap|-2.0
regel:parafrase|parafrase|15.44
regel:parafrase|gevoelsreflectie|-3.74
regel:parafrase|samenvatting|-3.4
regel:parafrase|open-vraag|-3.72
regel:parafrase|aanmoediging|-1.99
regel:parafrase|bevelen|-0.97
regel:parafrase|waarschuwen|-1.0
regel:parafrase|adviseren|0.99
regel:parafrase|argumenteren|-0.94
regel:parafrase|bekritiseren|-2.75
regel:parafrase|prijzen|-1.0
regel:parafrase|interpreteren|-1.0
regel:parafrase|geruststellen|-0.99
regel:parafrase|ondervragen|-1.0
regel:parafrase|afleiden|-1.0
regel:parafrase|bedanken|-1.95
regel:prijzen|jij-boodschap|-2.37
regel:prijzen|gevoelsreflectie|-0.98
regel:prijzen|bevelen|-0.98
regel:prijzen|waarschuwen|-1.65
regel:prijzen|moraliseren|-0.95
regel:prijzen|adviseren|-0.92
regel:prijzen|argumenteren|-1.77
regel:prijzen|bekritiseren|-0.98
regel:prijzen|prijzen|11.49
regel:prijzen|etiketteren|-1.93
regel:prijzen|interpreteren|-0.99
regel:prijzen|geruststellen|-1.92
regel:prijzen|afleiden|-0.97
regel:prijzen|vervolgafspraak|-0.55
regel:prijzen|bedanken|-1.0
regel:samenvatting|ik-boodschap|-2.84
regel:samenvatting|jij-boodschap|1.17
regel:samenvatting|parafrase|-2.91
regel:samenvatting|gevoelsreflectie|-1.98
regel:samenvatting|samenvatting|13.9
regel:samenvatting|open-vraag|-1.81
regel:samenvatting|aanmoediging|-0.93
regel:samenvatting|bevelen|-0.92
regel:samenvatting|waarschuwen|-1.0
regel:samenvatting|moraliseren|-0.99
regel:samenvatting|adviseren|-0.99
regel:samenvatting|argumenteren|-1.93
regel:samenvatting|bekritiseren|1.95
regel:samenvatting|prijzen|-1.79
regel:samenvatting|interpreteren|-1.0
regel:samenvatting|afleiden|-0.96
regel:samenvatting|afronding-aankondigen|-1.48
regel:samenvatting|vervolgafspraak|-0.31
regel:samenvatting|bedanken|1.88
regel:vervolgafspraak|ik-boodschap|-1.98
regel:vervolgafspraak|parafrase|-0.96
regel:vervolgafspraak|samenvatting|-0.2
regel:vervolgafspraak|open-vraag|-1.83
regel:vervolgafspraak|bevelen|0.81
regel:vervolgafspraak|waarschuwen|-1.0
regel:vervolgafspraak|adviseren|-0.99
regel:vervolgafspraak|bekritiseren|-1.0
regel:vervolgafspraak|prijzen|-1.0
regel:vervolgafspraak|interpreteren|-1.0
regel:vervolgafspraak|ondervragen|-0.99
regel:vervolgafspraak|afleiden|-0.99
regel:vervolgafspraak|afronding-aankondigen|-3.04
regel:vervolgafspraak|vervolgafspraak|11.76
regel:vervolgafspraak|bedanken|-1.83
regel:waarschuwen|ik-boodschap|-0.97
regel:waarschuwen|jij-boodschap|1.44
regel:waarschuwen|samenvatting|-0.67
regel:waarschuwen|bevelen|-1.92
regel:waarschuwen|waarschuwen|13.43
regel:waarschuwen|moraliseren|-3.55
regel:waarschuwen|adviseren|-1.95
regel:waarschuwen|argumenteren|-1.0
regel:waarschuwen|bekritiseren|-0.33
regel:waarschuwen|prijzen|-0.98
regel:waarschuwen|etiketteren|-1.95
regel:waarschuwen|geruststellen|-0.91
regel:waarschuwen|afronding-aankondigen|-1.93
vraag|ik-boodschap|-0.99
vraag|jij-boodschap|-1.46
vraag|parafrase|-2.85
vraag|gevoelsreflectie|-1.02
vraag|samenvatting|-2.27
vraag|open-vraag|3.05
vraag|aanmoediging|-1.88
vraag|bevelen|-1.91
vraag|waarschuwen|-1.0
vraag|moraliseren|-1.99
vraag|argumenteren|-1.96
vraag|bekritiseren|-0.75
vraag|prijzen|-0.99
vraag|etiketteren|-2.0
vraag|interpreteren|-0.96
vraag|geruststellen|-1.78
vraag|ondervragen|-3.76
vraag|afleiden|0.83
vraag|afronding-aankondigen|-1.8
vraag|vervolgafspraak|0.19
vraag|bedanken|-1.0
w:'ouwe'|ik-boodschap|0.88
w:'s|ik-boodschap|0.99
w:'s|parafrase|0.99
w:'s|gevoelsreflectie|-0.99
w:'s|waarschuwen|-0.93
w:'s|adviseren|1.9
w:'s|ondervragen|-0.9
w:'s|vervolgafspraak|-0.91
w:1|moraliseren|-0.16
w:1|argumenteren|1.0
w:1|afronding-aankondigen|-0.99
w:12|argumenteren|0.87
w:14|jij-boodschap|-0.98
w:14|samenvatting|0.98
w:14|geruststellen|-1.0
w:14|vervolgafspraak|1.98
w:2|jij-boodschap|-1.0
w:2|waarschuwen|-1.0
w:2|bekritiseren|-0.68
w:3|moraliseren|-0.86
w:3|geruststellen|-0.96
w:3|ondervragen|-0.74
w:4|ik-boodschap|0.84
w:4|jij-boodschap|-1.0
w:4|waarschuwen|-1.0
w:4|argumenteren|1.94
w:4|bekritiseren|-0.68
w:4|afleiden|0.97
w:5|jij-boodschap|-1.0
w:5|moraliseren|-0.86
w:5|argumenteren|0.14
w:5|bekritiseren|-0.68
w:6|ik-boodschap|-0.88
w:6|samenvatting|-0.88
w:6|waarschuwen|-1.0
w:6|moraliseren|-0.86
w:6|argumenteren|0.88
w:7|ik-boodschap|0.84
w:7|waarschuwen|-1.0
w:7|argumenteren|-0.96
w:7|prijzen|0.97
w:8|ik-boodschap|-1.78
w:8|samenvatting|-0.88
w:8|argumenteren|0.88
w:8|geruststellen|-0.96
w:9|jij-boodschap|-1.0
w:9|argumenteren|0.99
w:9|bekritiseren|-0.68
w:?|ik-boodschap|-2.75
w:?|jij-boodschap|-1.46
w:?|parafrase|-2.85
w:?|gevoelsreflectie|-1.02
w:?|samenvatting|-2.27
w:?|open-vraag|1.0
w:?|aanmoediging|-1.88
w:?|bevelen|-1.91
w:?|waarschuwen|-2.99
w:?|moraliseren|-1.99
w:?|adviseren|-1.02
w:?|argumenteren|-1.96
w:?|bekritiseren|-1.82
w:?|prijzen|-1.97
w:?|etiketteren|-2.0
w:?|interpreteren|-0.96
w:?|geruststellen|-1.02
w:?|ondervragen|6.32
w:?|afleiden|-1.05
w:?|afronding-aankondigen|-1.8
w:?|vervolgafspraak|1.18
w:?|bedanken|-1.0
w:aan|ik-boodschap|0.82
w:aan|jij-boodschap|-0.61
w:aan|parafrase|1.02
w:aan|gevoelsreflectie|0.85
w:aan|samenvatting|0.27
w:aan|aanmoediging|-1.75
w:aan|bevelen|2.77
w:aan|argumenteren|0.77
w:aan|bekritiseren|0.98
w:aan|prijzen|-1.0
w:aan|etiketteren|-0.15
w:aan|interpreteren|-1.51
w:aan|geruststellen|-1.99
w:aan|ondervragen|-0.95
w:aan|afleiden|0.51
w:aan|afronding-aankondigen|1.0
w:aan|vervolgafspraak|0.86
w:aan|bedanken|-0.99
w:aanbieden|bevelen|0.92
w:aandacht|ik-boodschap|-0.99
w:aandacht|samenvatting|-0.99
w:aandacht|waarschuwen|-1.86
w:aandacht|moraliseren|-0.8
w:aandacht|adviseren|-1.0
w:aandacht|bekritiseren|-0.99
w:aandacht|interpreteren|1.0
w:aangekondigd|argumenteren|1.0
w:aangrijpt|gevoelsreflectie|1.0
w:aangrijpt|samenvatting|-1.0
w:aanpak|bedanken|-1.0
w:aanpakken|parafrase|-0.85
w:aanpakken|samenvatting|1.94
w:aanpakken|open-vraag|0.98
w:aansluiting|ik-boodschap|0.97
w:aansluiting|samenvatting|-0.97
w:aansluiting|open-vraag|-0.99
w:aansluiting|waarschuwen|-0.89
w:aanspreken|bevelen|0.99
w:aardrijkskunde|ik-boodschap|0.95
w:aardrijkskunde|jij-boodschap|-1.62
w:aardrijkskunde|bekritiseren|-0.81
w:aardrijkskunde|prijzen|-1.0
w:aardrijkskunde|vervolgafspraak|-1.0
w:absenties|samenvatting|-0.86
w:accepteren|adviseren|-0.95
w:ach|ik-boodschap|-0.95
w:ach|argumenteren|-0.98
w:ach|prijzen|-0.93
w:ach|etiketteren|0.93
w:ach|geruststellen|-1.76
w:ach|afleiden|2.18
w:acht|ik-boodschap|-0.93
w:acht|bevelen|0.92
w:acht|moraliseren|-0.79
w:achter|waarschuwen|-0.89
w:achter|interpreteren|-1.98
w:achter|ondervragen|0.88
w:achter|afronding-aankondigen|0.99
w:achter|vervolgafspraak|-1.89
w:achter|bedanken|-0.99
w:achterloopt|open-vraag|-0.98
w:achterloopt|argumenteren|0.89
w:actie|bekritiseren|-2.01
w:administratie|ik-boodschap|0.96
w:administratie|waarschuwen|-0.96
w:advies|etiketteren|-0.99
w:advocaat|etiketteren|0.97
w:af|ik-boodschap|-0.85
w:af|jij-boodschap|-1.0
w:af|bevelen|0.56
w:af|adviseren|1.0
w:af|etiketteren|-1.0
w:af|interpreteren|-0.98
w:af|geruststellen|-0.99
w:af|afleiden|-0.99
w:af|afronding-aankondigen|1.51
w:af|vervolgafspraak|1.97
w:af|bedanken|2.76
w:afdelingsleider|waarschuwen|0.98
w:afdelingsleider|adviseren|-0.99
w:afdelingsleider|afronding-aankondigen|-0.99
w:afdelingsleider|bedanken|-0.99
w:afgelopen|ik-boodschap|0.95
w:afgelopen|jij-boodschap|-0.76
w:afgelopen|bekritiseren|-0.81
w:afgemeld|ik-boodschap|-0.88
w:afgemeld|waarschuwen|-1.0
w:afgemeld|ondervragen|1.0
w:afgesproken|vervolgafspraak|-1.0
w:afheeft|open-vraag|0.98
w:afmaken|bekritiseren|0.96
w:afmeldt|moraliseren|0.81
w:afronden|ik-boodschap|0.95
w:afronden|samenvatting|0.64
w:afronden|moraliseren|-0.86
w:afronden|afronding-aankondigen|2.97
w:afronden|vervolgafspraak|-0.99
w:afronden|bedanken|-1.64
w:afsluiten|afronding-aankondigen|1.72
w:afsluiten|vervolgafspraak|-0.94
w:afspraak|ik-boodschap|0.94
w:afspraak|jij-boodschap|-0.98
w:afspraak|samenvatting|0.98
w:afspraak|argumenteren|-0.94
w:afspraak|bekritiseren|-0.89
w:afspraak|afronding-aankondigen|0.71
w:afspraak|vervolgafspraak|0.19
w:afspraken|ik-boodschap|-0.98
w:afspraken|jij-boodschap|0.92
w:afspraken|samenvatting|-0.63
w:afspraken|open-vraag|0.91
w:afspraken|adviseren|-0.99
w:afspraken|argumenteren|-0.88
w:afspraken|interpreteren|-0.99
w:afspraken|afleiden|-0.96
w:afspraken|afronding-aankondigen|0.78
w:afspraken|bedanken|-0.94
w:afspreken|jij-boodschap|0.93
w:afspreken|samenvatting|1.0
w:afspreken|open-vraag|-0.83
w:afspreken|moraliseren|-0.93
w:afspreken|adviseren|0.99
w:afspreken|bekritiseren|1.91
w:afspreken|prijzen|-1.96
w:afspreken|vervolgafspraak|1.03
w:afspreken|bedanken|-1.0
w:afwezig|ik-boodschap|0.96
w:afwezig|waarschuwen|-0.96
w:afzet|bevelen|0.92
w:agenda|adviseren|0.95
w:agenda|geruststellen|-0.95
w:agenda|vervolgafspraak|0.96
w:ajax|ondervragen|-0.97
w:akkoord|adviseren|-0.92
w:akkoord|prijzen|1.97
w:akkoord|etiketteren|-0.93
w:akkoord|geruststellen|-1.0
w:akkoord|afleiden|-0.97
w:akkoord|vervolgafspraak|-0.55
w:akkoord|bedanken|-1.0
w:al|ik-boodschap|-0.93
w:al|samenvatting|-0.67
w:al|waarschuwen|-0.96
w:al|argumenteren|1.83
w:al|ondervragen|-1.81
w:alle|jij-boodschap|1.48
w:alle|samenvatting|-0.63
w:alle|aanmoediging|0.97
w:alle|bevelen|-0.97
w:alle|argumenteren|0.98
w:allebei|ik-boodschap|0.95
w:allebei|parafrase|-0.97
w:allebei|afronding-aankondigen|-0.76
w:allebei|vervolgafspraak|-0.86
w:alleen|ik-boodschap|-0.95
w:alleen|jij-boodschap|-0.8
w:alleen|parafrase|-1.89
w:alleen|gevoelsreflectie|1.54
w:alleen|samenvatting|0.97
w:alleen|bevelen|-0.8
w:alleen|bekritiseren|-2.68
w:alleen|interpreteren|0.97
w:alleen|geruststellen|-1.85
w:allemaal|ik-boodschap|0.85
w:allemaal|jij-boodschap|1.0
w:allemaal|samenvatting|-1.0
w:allemaal|waarschuwen|-1.0
w:allemaal|argumenteren|-1.0
w:allemaal|bekritiseren|-0.94
w:allemaal|interpreteren|-1.0
w:allemaal|geruststellen|2.06
w:alles|parafrase|-0.98
w:alles|gevoelsreflectie|-0.92
w:alles|aanmoediging|-0.99
w:alles|bedanken|-0.99
w:als|ik-boodschap|0.93
w:als|jij-boodschap|-1.01
w:als|parafrase|0.93
w:als|gevoelsreflectie|0.8
w:als|samenvatting|-0.44
w:als|open-vraag|-0.97
w:als|aanmoediging|-1.0
w:als|bevelen|-1.21
w:als|waarschuwen|-0.82
w:als|moraliseren|0.96
w:als|adviseren|-0.94
w:als|argumenteren|-1.86
w:als|bekritiseren|-1.33
w:als|prijzen|2.92
w:als|etiketteren|-0.98
w:als|interpreteren|-0.99
w:als|geruststellen|-1.0
w:als|ondervragen|-1.06
w:als|afleiden|-2.79
w:als|afronding-aankondigen|-0.94
w:als|bedanken|-1.93
w:alsof|jij-boodschap|1.0
w:alsof|gevoelsreflectie|2.45
w:alsof|samenvatting|-1.0
w:alsof|geruststellen|-0.93
w:altijd|parafrase|-0.82
w:altijd|bevelen|-0.98
w:altijd|waarschuwen|-0.75
w:altijd|bekritiseren|-1.91
w:altijd|prijzen|1.0
w:altijd|etiketteren|-1.86
w:altijd|geruststellen|-1.0
w:altijd|ondervragen|-0.98
w:altijd|vervolgafspraak|-0.55
w:altijd|bedanken|-1.0
w:amira|ik-boodschap|0.88
w:amira|jij-boodschap|0.64
w:amira|gevoelsreflectie|-1.6
w:amira|bekritiseren|0.92
w:ander|parafrase|0.9
w:andere|jij-boodschap|-0.13
w:andere|parafrase|1.98
w:andere|gevoelsreflectie|-0.85
w:andere|samenvatting|-0.96
w:andere|open-vraag|-1.81
w:andere|aanmoediging|-0.86
w:andere|bekritiseren|1.19
w:andere|interpreteren|-0.67
w:andere|bedanken|-2.0
w:anderen|ik-boodschap|1.8
w:anderen|gevoelsreflectie|-0.92
w:anders|jij-boodschap|-0.96
w:anders|gevoelsreflectie|-0.98
w:anders|waarschuwen|1.91
w:anders|adviseren|0.93
w:anders|argumenteren|-1.0
w:anders|afleiden|1.29
w:andersom|jij-boodschap|1.49
w:andersom|samenvatting|-0.97
w:angst|interpreteren|0.65
w:angsten|interpreteren|0.67
w:anouk|ik-boodschap|1.0
w:anouk|open-vraag|0.83
w:anouk|adviseren|-1.0
w:antwoord|ik-boodschap|0.94
w:antwoord|argumenteren|-0.94
w:antwoord|interpreteren|-0.98
w:antwoorden|interpreteren|-0.93
w:apart|gevoelsreflectie|-0.92
w:app|parafrase|0.95
w:arabisch|waarschuwen|-0.98
w:aub|bevelen|0.97
w:auto|ondervragen|-0.97
w:avond|jij-boodschap|0.7
w:avond|bekritiseren|0.7
w:avondeten|open-vraag|-0.99
w:avonds|parafrase|0.99
w:avonds|gevoelsreflectie|-0.99
w:avonds|adviseren|1.9
w:avonds|ondervragen|-0.9
w:ayoub|ik-boodschap|0.98
w:ayoub|samenvatting|0.93
w:baal|vervolgafspraak|-1.0
w:baalt|ik-boodschap|-0.94
w:baalt|gevoelsreflectie|1.94
w:baalt|afleiden|0.97
w:baart|open-vraag|-0.99
w:baart|interpreteren|-0.98
w:baby|etiketteren|0.93
w:babyachtig|etiketteren|0.99
w:bakker|afleiden|-1.0
w:balen|ik-boodschap|0.94
w:balen|gevoelsreflectie|-0.94
w:band|moraliseren|-0.91
w:bang|parafrase|-0.99
w:bang|gevoelsreflectie|0.92
w:bang|samenvatting|-0.95
w:bang|geruststellen|0.71
w:bang|afleiden|-0.72
w:bang|vervolgafspraak|-0.99
w:bas|ik-boodschap|0.92
w:basisschool|open-vraag|0.76
w:basisschool|waarschuwen|-0.86
w:basisschool|prijzen|-0.79
w:bed|bevelen|-0.9
w:bed|moraliseren|0.97
w:bed|argumenteren|-0.93
w:bed|bekritiseren|0.3
w:bedacht|bekritiseren|-0.99
w:bedankt|waarschuwen|-0.9
w:bedankt|bekritiseren|0.84
w:bedankt|afleiden|-0.99
w:bedankt|afronding-aankondigen|-0.71
w:bedankt|vervolgafspraak|-1.0
w:bedankt|bedanken|1.69
w:bedoeling|jij-boodschap|-1.0
w:bedoeling|bevelen|-1.0
w:bedoeling|bekritiseren|-1.0
w:bedoelt|parafrase|1.88
w:bedoelt|bekritiseren|-0.93
w:bedoelt|geruststellen|0.92
w:bedtijd|samenvatting|1.0
w:bedtijd|open-vraag|-0.83
w:bedtijd|prijzen|-1.0
w:beetje|gevoelsreflectie|2.71
w:beetje|open-vraag|0.83
w:beetje|adviseren|-1.0
w:beetje|interpreteren|0.29
w:begeleiden|waarschuwen|0.93
w:begeleider|afronding-aankondigen|-0.94
w:begeleiding|interpreteren|-0.96
w:beginnen|afleiden|-0.82
w:beginnen|vervolgafspraak|-0.95
w:begint|jij-boodschap|1.52
w:begint|parafrase|0.96
w:begint|bekritiseren|-1.02
w:begint|interpreteren|0.96
w:begint|vervolgafspraak|-0.9
w:begon|parafrase|-0.99
w:begon|samenvatting|0.32
w:begon|open-vraag|-1.0
w:begonnen|bevelen|-0.97
w:begonnen|argumenteren|-0.97
w:begonnen|ondervragen|-1.0
w:begrijp|ik-boodschap|-1.89
w:begrijp|parafrase|1.93
w:begrijp|gevoelsreflectie|-0.2
w:begrijp|samenvatting|-1.96
w:begrijp|open-vraag|-0.75
w:begrijp|adviseren|-0.99
w:begrijp|argumenteren|0.9
w:begrijp|bekritiseren|0.91
w:begrijp|geruststellen|1.17
w:begrijp|ondervragen|-0.99
w:begrijp|vervolgafspraak|-0.99
w:begrijpen|argumenteren|0.94
w:begrijpen|prijzen|0.11
w:begrijpen|geruststellen|-0.86
w:begrijpt|gevoelsreflectie|-0.98
w:begrijpt|ondervragen|-0.77
w:behoorlijk|gevoelsreflectie|1.0
w:behoorlijk|samenvatting|-1.0
w:behulpzaam|bevelen|-0.98
w:behulpzaam|bedanken|-1.84
w:behulpzame|gevoelsreflectie|-0.9
w:bekeken|ondervragen|-0.97
w:bekijken|adviseren|0.95
w:bekijken|geruststellen|-0.95
w:bel|ik-boodschap|-1.98
w:bel|samenvatting|-0.7
w:bel|waarschuwen|0.84
w:bel|interpreteren|-1.0
w:bel|afleiden|-0.99
w:bel|afronding-aankondigen|-0.69
w:bel|vervolgafspraak|2.71
w:bel|bedanken|0.86
w:belabberde|jij-boodschap|-0.56
w:belachelijke|bekritiseren|0.39
w:belangrijk|bevelen|-0.83
w:belangrijk|afleiden|0.99
w:belangrijkste|parafrase|1.0
w:belangrijkste|bekritiseren|-1.0
w:bellen|bekritiseren|-4.42
w:bellen|vervolgafspraak|0.91
w:belonen|jij-boodschap|-1.0
w:belonen|bevelen|-1.0
w:belonen|adviseren|1.0
w:beloningssysteem|samenvatting|-1.0
w:beloningssysteem|moraliseren|-1.0
w:beloningssysteem|adviseren|1.0
w:beloningssysteem|geruststellen|-1.0
w:beloningssysteem|ondervragen|-0.99
w:belt|samenvatting|0.64
w:belt|bevelen|2.42
w:belt|bekritiseren|0.96
w:belt|afronding-aankondigen|0.99
w:belt|vervolgafspraak|-0.92
w:belt|bedanken|0.99
w:bemoeit|gevoelsreflectie|-0.8
w:bemoeit|bekritiseren|1.84
w:ben|ik-boodschap|1.83
w:ben|jij-boodschap|-0.13
w:ben|parafrase|0.98
w:ben|gevoelsreflectie|-0.99
w:ben|samenvatting|-0.98
w:ben|open-vraag|-1.0
w:ben|moraliseren|-1.0
w:ben|bekritiseren|-1.93
w:ben|etiketteren|1.0
w:ben|geruststellen|0.97
w:ben|bedanken|0.99
w:beneden|parafrase|0.99
w:beneden|gevoelsreflectie|-0.99
w:beneden|adviseren|1.9
w:benieuwd|gevoelsreflectie|-0.99
w:benieuwd|open-vraag|1.0
w:bent|ik-boodschap|-0.92
w:bent|jij-boodschap|0.18
w:bent|parafrase|-0.93
w:bent|gevoelsreflectie|0.43
w:bent|open-vraag|-0.99
w:bent|aanmoediging|-1.92
w:bent|bevelen|-1.14
w:bent|waarschuwen|-0.75
w:bent|moraliseren|-0.16
w:bent|adviseren|-0.92
w:bent|argumenteren|-0.86
w:bent|bekritiseren|-3.64
w:bent|prijzen|1.86
w:bent|etiketteren|0.84
w:bent|interpreteren|0.82
w:bent|geruststellen|0.85
w:bent|ondervragen|0.91
w:bent|afleiden|-1.64
w:bent|vervolgafspraak|-2.32
w:bent|bedanken|1.01
w:bereikbaar|bekritiseren|-1.91
w:bereikbaar|etiketteren|-0.99
w:bericht|jij-boodschap|0.97
w:bericht|parafrase|0.98
w:bericht|gevoelsreflectie|-0.98
w:bericht|samenvatting|-0.98
w:bericht|argumenteren|0.91
w:bericht|bekritiseren|1.77
w:bericht|vervolgafspraak|-0.99
w:berichten|jij-boodschap|1.65
w:berichten|bekritiseren|1.53
w:beschermt|bekritiseren|-0.83
w:beschermt|interpreteren|0.87
w:beschrijven|gevoelsreflectie|-0.91
w:beslissing|geruststellen|-0.68
w:besloten|bekritiseren|-0.99
w:besluit|vervolgafspraak|0.74
w:bespreken|ik-boodschap|0.95
w:bespreken|jij-boodschap|-0.98
w:bespreken|samenvatting|0.98
w:bespreken|vervolgafspraak|-0.2
w:besproken|ik-boodschap|-0.97
w:besproken|samenvatting|0.97
w:besproken|afronding-aankondigen|0.25
w:best|ik-boodschap|-0.14
w:best|jij-boodschap|-1.87
w:best|parafrase|0.96
w:best|moraliseren|0.78
w:best|bekritiseren|-0.92
w:best|prijzen|0.81
w:best|vervolgafspraak|-0.98
w:beste|open-vraag|-0.92
w:beste|adviseren|0.95
w:beste|argumenteren|-0.92
w:beste|prijzen|1.93
w:beter|gevoelsreflectie|-0.74
w:beter|samenvatting|0.92
w:beter|open-vraag|-0.99
w:beter|aanmoediging|-0.99
w:beter|bekritiseren|0.49
w:beter|etiketteren|0.9
w:beter|interpreteren|-0.99
w:betrokken|moraliseren|1.0
w:betrokken|adviseren|-0.92
w:betrokken|interpreteren|-0.99
w:betrokken|vervolgafspraak|-0.4
w:bevalt|open-vraag|-0.96
w:bevalt|afleiden|0.96
w:bevorderen|waarschuwen|0.94
w:bevorderen|argumenteren|0.94
w:bezig|bekritiseren|1.38
w:bezig|interpreteren|0.9
w:bezorgd|ik-boodschap|0.86
w:bezorgd|jij-boodschap|-0.92
w:bezorgd|open-vraag|-1.0
w:bezorgd|moraliseren|-1.0
w:bezorgd|bekritiseren|-0.92
w:bezorgd|geruststellen|-0.96
w:beëindig|afronding-aankondigen|0.94
w:bieden|bevelen|-0.91
w:biedt|bevelen|0.96
w:bij|ik-boodschap|2.05
w:bij|jij-boodschap|-1.33
w:bij|parafrase|0.98
w:bij|gevoelsreflectie|-1.8
w:bij|samenvatting|-1.09
w:bij|open-vraag|1.79
w:bij|moraliseren|-0.89
w:bij|argumenteren|-1.85
w:bij|bekritiseren|-0.45
w:bij|etiketteren|-1.97
w:bij|interpreteren|-1.52
w:bij|geruststellen|-1.0
w:bij|ondervragen|-0.99
w:bij|afleiden|-1.24
w:bij|afronding-aankondigen|0.84
w:bij|vervolgafspraak|2.4
w:bij|bedanken|0.99
w:bijhoudt|samenvatting|0.75
w:bijles|ik-boodschap|-2.0
w:bijles|parafrase|-0.84
w:bijles|samenvatting|3.5
w:bijles|bevelen|1.83
w:bijles|waarschuwen|-2.0
w:bijles|prijzen|0.94
w:bijles|etiketteren|-0.99
w:bijles|interpreteren|-2.0
w:bijles|afleiden|-0.99
w:bijles|afronding-aankondigen|1.05
w:bijles|vervolgafspraak|-0.99
w:bijlesdocent|etiketteren|-0.99
w:bijlesuren|adviseren|-0.92
w:bijna|ik-boodschap|0.88
w:bijna|moraliseren|-0.91
w:bijna|bedanken|-0.91
w:bijwerkt|ik-boodschap|0.95
w:bijwerkt|vervolgafspraak|-0.95
w:binnen|bevelen|-0.99
w:binnengekregen|ik-boodschap|0.95
w:binnengekregen|jij-boodschap|-0.95
w:binnengekregen|bekritiseren|-0.95
w:binnenkwam|bevelen|-0.91
w:biologie|ik-boodschap|0.95
w:biologie|jij-boodschap|-0.95
w:biologie|bekritiseren|-0.95
w:biologie|afronding-aankondigen|-0.98
w:biologie|vervolgafspraak|-0.98
w:blauw|ik-boodschap|0.99
w:bleven|gevoelsreflectie|0.78
w:blij|bekritiseren|-0.96
w:blijft|parafrase|-0.98
w:blijft|gevoelsreflectie|0.97
w:blijft|samenvatting|0.92
w:blijft|bevelen|0.99
w:blijft|moraliseren|-0.99
w:blijft|bekritiseren|-0.97
w:blijft|geruststellen|0.71
w:blijft|afronding-aankondigen|-0.93
w:blijkt|bedanken|-0.85
w:blijven|ik-boodschap|0.95
w:blijven|gevoelsreflectie|-0.78
w:blijven|moraliseren|-1.0
w:blijven|argumenteren|1.0
w:blijven|interpreteren|-0.99
w:blijven|geruststellen|1.0
w:blijven|afronding-aankondigen|0.98
w:blijven|vervolgafspraak|-0.86
w:blijven|bedanken|-0.98
w:boek|parafrase|0.83
w:boeken|gevoelsreflectie|-0.97
w:boeken|bekritiseren|0.82
w:boeken|geruststellen|0.98
w:boos|gevoelsreflectie|2.7
w:boos|open-vraag|-0.99
w:boos|bevelen|0.84
w:boos|moraliseren|-1.0
w:boos|geruststellen|-0.92
w:boos|afleiden|0.95
w:boos|bedanken|-1.95
w:bosman|geruststellen|0.92
w:bovenop|bekritiseren|0.51
w:bram|ik-boodschap|1.91
w:bram|jij-boodschap|0.12
w:bram|parafrase|0.99
w:bram|samenvatting|-0.95
w:bram|open-vraag|-0.9
w:bram|moraliseren|-0.91
w:bram|bekritiseren|0.81
w:bram|geruststellen|-0.79
w:bram|afronding-aankondigen|-0.8
w:breek|afronding-aankondigen|0.71
w:brief|ik-boodschap|-0.94
w:brief|parafrase|0.94
w:brief|etiketteren|-0.87
w:broer|open-vraag|0.99
w:broer|bekritiseren|-0.89
w:broertje|ik-boodschap|-0.95
w:brutaal|bekritiseren|-0.21
w:buikpijn|argumenteren|-0.98
w:buiten|jij-boodschap|-1.0
w:buiten|gevoelsreflectie|-1.0
w:buiten|waarschuwen|0.93
w:buiten|bekritiseren|-1.0
w:buitengesloten|parafrase|0.77
w:buitengesloten|samenvatting|-0.59
w:buitengesloten|bekritiseren|-0.93
w:buitensluiten|parafrase|0.95
w:bus|open-vraag|1.0
w:buurman|parafrase|-0.94
w:capuchon|waarschuwen|-0.95
w:chagrijn|bekritiseren|-0.98
w:chagrijn|prijzen|-0.98
w:chagrijn|etiketteren|0.98
w:cijfer|ik-boodschap|1.9
w:cijfer|jij-boodschap|-0.95
w:cijfer|parafrase|0.93
w:cijfer|argumenteren|0.93
w:cijfer|bekritiseren|-0.95
w:cijfer|afleiden|-1.85
w:cijfers|ik-boodschap|-0.87
w:cijfers|parafrase|-1.67
w:cijfers|gevoelsreflectie|-1.0
w:cijfers|samenvatting|2.8
w:cijfers|moraliseren|-0.97
w:cijfers|bekritiseren|-2.27
w:cijfers|afronding-aankondigen|-1.02
w:cijfers|vervolgafspraak|-0.54
w:clown|bekritiseren|-0.6
w:clown|etiketteren|1.0
w:clownsgedrag|waarschuwen|-1.0
w:clownsgedrag|adviseren|-1.0
w:clownsgedrag|interpreteren|1.0
w:collega's|bekritiseren|-1.81
w:communicatie|gevoelsreflectie|-0.74
w:communicatie|samenvatting|-0.87
w:communicatie|open-vraag|-0.99
w:communicatie|aanmoediging|-0.99
w:computer|ondervragen|0.88
w:concentratie|argumenteren|1.0
w:concentratie|interpreteren|-1.0
w:concentratie|geruststellen|-1.0
w:concentratie|vervolgafspraak|-1.0
w:conciërge|ik-boodschap|-0.93
w:conciërge|samenvatting|-0.98
w:conciërge|waarschuwen|0.93
w:consequent|gevoelsreflectie|-0.84
w:contact|aanmoediging|-0.92
w:contact|waarschuwen|-0.94
w:contact|adviseren|-0.94
w:contact|bekritiseren|1.0
w:contact|vervolgafspraak|0.82
w:controleert|jij-boodschap|0.7
w:controleert|open-vraag|-0.99
w:controleert|moraliseren|0.99
w:controleert|bekritiseren|0.7
w:controleert|ondervragen|0.88
w:controleert|afronding-aankondigen|-0.95
w:controleren|bekritiseren|-1.38
w:curlingouder|jij-boodschap|1.0
w:curlingouder|prijzen|-1.0
w:daan|jij-boodschap|-0.77
w:daan|parafrase|0.96
w:daan|samenvatting|0.86
w:daan|bevelen|0.99
w:daan|waarschuwen|-0.99
w:daan|argumenteren|-0.86
w:daan|bekritiseren|-0.97
w:daan|etiketteren|-1.0
w:daan|geruststellen|0.99
w:daan|afleiden|0.94
w:daan|vervolgafspraak|-0.72
w:daar|ik-boodschap|1.01
w:daar|gevoelsreflectie|0.24
w:daar|samenvatting|-0.97
w:daar|moraliseren|-0.97
w:daar|argumenteren|0.61
w:daar|bekritiseren|0.47
w:daar|prijzen|-1.0
w:daar|etiketteren|0.99
w:daar|interpreteren|-0.6
w:daar|geruststellen|-0.99
w:daar|afleiden|1.7
w:daar|vervolgafspraak|-1.0
w:daardoor|gevoelsreflectie|-0.92
w:daardoor|interpreteren|-0.98
w:daardoor|bedanken|0.91
w:daarin|parafrase|0.9
w:daarmee|afronding-aankondigen|0.77
w:daarna|samenvatting|-0.94
w:daarom|parafrase|1.82
w:daarom|samenvatting|-0.98
w:daarom|moraliseren|-0.8
w:daarom|bekritiseren|-0.39
w:daarom|interpreteren|1.96
w:daaronder|interpreteren|0.65
w:daarover|afleiden|0.94
w:daartegenaan|jij-boodschap|-0.72
w:daartegenaan|open-vraag|0.91
w:daartegenaan|bekritiseren|-0.91
w:daarvan|ik-boodschap|0.99
w:daarvoor|bekritiseren|-0.92
w:daarvoor|prijzen|-0.99
w:daden|moraliseren|0.92
w:dag|ik-boodschap|-0.85
w:dag|bevelen|0.99
w:dag|waarschuwen|0.99
w:dag|moraliseren|-0.9
w:dag|adviseren|0.95
w:dag|bekritiseren|-0.96
w:dag|prijzen|-0.98
w:dag|geruststellen|-0.95
w:dag|ondervragen|0.98
w:dag|vervolgafspraak|0.99
w:dagen|vervolgafspraak|-0.99
w:dalen|parafrase|-0.82
w:dalen|samenvatting|1.99
w:dalen|argumenteren|-0.99
w:dan|ik-boodschap|1.07
w:dan|jij-boodschap|-0.42
w:dan|parafrase|0.16
w:dan|gevoelsreflectie|-0.18
w:dan|samenvatting|-0.86
w:dan|open-vraag|-0.24
w:dan|waarschuwen|-1.0
w:dan|moraliseren|0.81
w:dan|argumenteren|-0.94
w:dan|bekritiseren|-1.58
w:dan|prijzen|2.82
w:dan|etiketteren|0.9
w:dan|interpreteren|-1.0
w:dan|ondervragen|1.0
w:dan|vervolgafspraak|0.59
w:daniël|afleiden|-0.97
w:dank|jij-boodschap|-1.33
w:dank|parafrase|-1.0
w:dank|gevoelsreflectie|-1.83
w:dank|aanmoediging|-0.99
w:dank|moraliseren|-0.99
w:dank|prijzen|-1.96
w:dank|geruststellen|-0.72
w:dank|bedanken|2.97
w:dankbaar|bedanken|0.99
w:dankjewel|afronding-aankondigen|-0.91
w:dankjewel|bedanken|1.0
w:dat|ik-boodschap|1.58
w:dat|jij-boodschap|-1.36
w:dat|gevoelsreflectie|0.64
w:dat|samenvatting|-0.39
w:dat|open-vraag|0.13
w:dat|aanmoediging|-1.96
w:dat|waarschuwen|-2.98
w:dat|moraliseren|-0.99
w:dat|adviseren|-1.98
w:dat|argumenteren|1.03
w:dat|bekritiseren|-1.08
w:dat|prijzen|0.89
w:dat|etiketteren|-1.93
w:dat|interpreteren|-0.89
w:dat|ondervragen|0.12
w:dat|afronding-aankondigen|-3.06
w:dat|vervolgafspraak|-3.14
w:dat|bedanken|-1.64
w:datum|bevelen|-0.92
w:datum|afronding-aankondigen|-0.78
w:datum|vervolgafspraak|1.0
w:datum|bedanken|1.0
w:de|ik-boodschap|1.06
w:de|jij-boodschap|-2.07
w:de|gevoelsreflectie|-3.01
w:de|samenvatting|0.33
w:de|open-vraag|0.93
w:de|aanmoediging|-2.84
w:de|waarschuwen|-0.17
w:de|moraliseren|-2.07
w:de|adviseren|-0.98
w:de|argumenteren|-0.71
w:de|bekritiseren|-2.07
w:de|prijzen|-1.31
w:de|interpreteren|-0.75
w:de|geruststellen|-0.92
w:de|ondervragen|-0.54
w:de|afleiden|-0.99
w:de|afronding-aankondigen|-2.68
w:de|vervolgafspraak|-0.18
w:de|bedanken|-1.9
w:deadline|moraliseren|0.81
w:deadline|argumenteren|0.96
w:deadlines|bekritiseren|-2.22
w:deed|samenvatting|-0.98
w:deed|open-vraag|0.96
w:deed|moraliseren|0.79
w:deelt|gevoelsreflectie|-1.0
w:deelt|vervolgafspraak|-1.0
w:degelijk|argumenteren|1.0
w:degene|jij-boodschap|1.49
w:degene|bekritiseren|-1.02
w:delen|bekritiseren|-0.92
w:denk|jij-boodschap|1.36
w:denk|parafrase|0.96
w:denk|samenvatting|1.0
w:denk|open-vraag|1.0
w:denk|bevelen|-1.0
w:denk|waarschuwen|1.0
w:denk|bekritiseren|1.44
w:denk|etiketteren|0.91
w:denk|interpreteren|2.84
w:denk|afronding-aankondigen|0.83
w:denken|parafrase|-0.82
w:denken|argumenteren|-1.0
w:denken|bekritiseren|1.0
w:denken|prijzen|0.94
w:denkt|gevoelsreflectie|-0.78
w:denkt|open-vraag|0.99
w:denkt|geruststellen|1.0
w:denkt|ondervragen|-0.92
w:derde|ik-boodschap|0.93
w:derde|jij-boodschap|-0.39
w:detail|parafrase|-1.0
w:detail|afleiden|1.0
w:deur|ik-boodschap|0.83
w:deur|gevoelsreflectie|-0.47
w:deur|geruststellen|-0.87
w:dex|vervolgafspraak|-0.91
w:deze|ik-boodschap|-0.95
w:deze|jij-boodschap|-0.96
w:deze|gevoelsreflectie|-1.89
w:deze|samenvatting|-0.96
w:deze|open-vraag|-0.9
w:deze|argumenteren|-1.0
w:deze|bekritiseren|0.21
w:deze|geruststellen|0.19
w:dezelfde|aanmoediging|-0.86
w:dezelfde|moraliseren|-0.81
w:dichtklapt|gevoelsreflectie|0.81
w:dichtklapt|open-vraag|0.76
w:dichtsloeg|ik-boodschap|-0.82
w:dichtsmeet|ik-boodschap|1.65
w:dichtsmeet|gevoelsreflectie|-0.47
w:dichtsmeet|geruststellen|-0.87
w:die|ik-boodschap|0.93
w:die|parafrase|0.97
w:die|samenvatting|-0.98
w:die|open-vraag|1.0
w:die|adviseren|-0.88
w:die|argumenteren|-0.98
w:die|bekritiseren|-2.07
w:die|prijzen|-0.93
w:die|interpreteren|0.95
w:die|afleiden|0.99
w:die|afronding-aankondigen|-0.99
w:die|vervolgafspraak|-1.0
w:dingen|ik-boodschap|-0.87
w:dingen|bekritiseren|-0.34
w:dingen|afronding-aankondigen|-0.7
w:dingen|vervolgafspraak|-0.95
w:dinsdag|parafrase|-0.96
w:dinsdag|samenvatting|0.14
w:dinsdag|interpreteren|-0.82
w:dinsdag|afleiden|-0.99
w:dinsdag|afronding-aankondigen|1.0
w:dinsdag|vervolgafspraak|1.73
w:dinsdag|bedanken|-0.73
w:dipje|geruststellen|0.95
w:diploma|jij-boodschap|-0.22
w:diploma|waarschuwen|1.04
w:diploma|moraliseren|-0.91
w:diploma|bekritiseren|-0.97
w:diploma|geruststellen|-0.91
w:directie|waarschuwen|1.0
w:directie|vervolgafspraak|0.74
w:discussiëren|afleiden|-0.96
w:dit|ik-boodschap|-1.93
w:dit|jij-boodschap|-1.42
w:dit|parafrase|-1.98
w:dit|gevoelsreflectie|-0.67
w:dit|aanmoediging|0.93
w:dit|bevelen|0.13
w:dit|waarschuwen|0.1
w:dit|moraliseren|-0.99
w:dit|prijzen|1.97
w:dit|etiketteren|-1.94
w:dit|geruststellen|-0.68
w:dit|ondervragen|0.97
w:dit|vervolgafspraak|-1.93
w:dit|bedanken|0.98
w:docent|ik-boodschap|-0.91
w:docent|samenvatting|2.51
w:docent|open-vraag|-0.99
w:docent|moraliseren|1.97
w:docent|adviseren|-1.0
w:docent|bekritiseren|1.0
w:docent|geruststellen|-1.0
w:docent|afleiden|-0.97
w:docenten|jij-boodschap|0.29
w:docenten|moraliseren|-0.8
w:docenten|ondervragen|-1.0
w:docenten|bedanken|-1.0
w:dochter|ik-boodschap|0.95
w:dochter|jij-boodschap|-0.97
w:dochter|gevoelsreflectie|-0.9
w:dochter|bekritiseren|-0.15
w:dochter|interpreteren|-0.99
w:doe|jij-boodschap|-1.8
w:doe|bevelen|-0.89
w:doe|moraliseren|1.77
w:doe|argumenteren|-0.97
w:doe|bekritiseren|-1.66
w:doe|etiketteren|1.07
w:doe|ondervragen|-0.98
w:doe|afleiden|-0.97
w:doen|ik-boodschap|-1.0
w:doen|jij-boodschap|-0.1
w:doen|parafrase|0.79
w:doen|gevoelsreflectie|-1.92
w:doen|samenvatting|-1.0
w:doen|open-vraag|-0.93
w:doen|aanmoediging|-1.0
w:doen|bevelen|0.2
w:doen|waarschuwen|-1.0
w:doen|moraliseren|-1.0
w:doen|adviseren|-1.0
w:doen|argumenteren|0.7
w:doen|bekritiseren|0.64
w:doen|prijzen|-0.19
w:doen|ondervragen|-1.0
w:doen|afleiden|-0.1
w:doen|afronding-aankondigen|-1.0
w:doen|vervolgafspraak|-1.0
w:doen|bedanken|-1.0
w:doet|jij-boodschap|0.29
w:doet|parafrase|-0.99
w:doet|gevoelsreflectie|0.98
w:doet|samenvatting|-1.98
w:doet|open-vraag|-0.24
w:doet|bevelen|0.13
w:doet|waarschuwen|-0.94
w:doet|moraliseren|0.96
w:doet|adviseren|-1.0
w:doet|bekritiseren|0.71
w:doet|geruststellen|-0.16
w:doet|afleiden|1.69
w:doet|vervolgafspraak|-0.98
w:doet|bedanken|0.98
w:dom|etiketteren|-0.95
w:dom|geruststellen|-0.95
w:dom|bedanken|0.91
w:domme|bekritiseren|0.98
w:donderdag|ik-boodschap|-0.95
w:donderdag|aanmoediging|-0.99
w:donderdag|moraliseren|-0.99
w:donderdag|afronding-aankondigen|-0.24
w:donderdag|vervolgafspraak|2.81
w:donderdag|bedanken|0.99
w:door|ik-boodschap|1.83
w:door|gevoelsreflectie|0.91
w:door|open-vraag|-0.98
w:door|waarschuwen|0.93
w:door|etiketteren|0.91
w:door|interpreteren|0.7
w:doordat|samenvatting|-0.94
w:doordat|interpreteren|0.99
w:doordeweeks|argumenteren|-0.92
w:doorgaan|parafrase|-1.0
w:doorgaan|afleiden|1.0
w:doorgaat|jij-boodschap|2.42
w:doorgaat|open-vraag|-0.99
w:doorgaat|moraliseren|-0.91
w:doorgaat|bekritiseren|0.69
w:doorgaat|interpreteren|-0.99
w:doorgeven|ik-boodschap|0.96
w:doorgeven|waarschuwen|-0.96
w:doorheen|geruststellen|0.93
w:doorheen|afleiden|-0.93
w:doorneemt|adviseren|0.93
w:draait|bevelen|-0.99
w:drama|bekritiseren|-2.0
w:dramatisch|bevelen|-0.85
w:dramatisch|moraliseren|-0.97
w:dramatisch|afleiden|-0.97
w:drie|ik-boodschap|0.15
w:drie|samenvatting|0.64
w:drie|open-vraag|-0.99
w:drie|argumenteren|0.86
w:drie|bekritiseren|-0.42
w:drie|interpreteren|-0.93
w:drie|afronding-aankondigen|-0.66
w:drie|vervolgafspraak|-0.44
w:druk|gevoelsreflectie|-0.62
w:druk|bevelen|0.99
w:druk|prijzen|-1.79
w:druk|etiketteren|-1.0
w:druk|geruststellen|1.99
w:duidelijk|gevoelsreflectie|0.63
w:duidelijk|samenvatting|0.97
w:duidelijk|bevelen|0.97
w:duidelijk|argumenteren|2.82
w:duidelijk|interpreteren|-1.0
w:duidelijk|geruststellen|-1.0
w:duidelijk|vervolgafspraak|-0.37
w:duits|samenvatting|-0.94
w:durft|open-vraag|-1.0
w:durft|bekritiseren|-0.97
w:durft|afronding-aankondigen|-0.78
w:dus|ik-boodschap|0.86
w:dus|jij-boodschap|-1.7
w:dus|parafrase|3.9
w:dus|gevoelsreflectie|-0.96
w:dus|samenvatting|0.39
w:dus|open-vraag|0.99
w:dus|aanmoediging|-1.0
w:dus|bevelen|-1.95
w:dus|waarschuwen|-1.74
w:dus|argumenteren|0.15
w:dus|bekritiseren|-0.78
w:dus|prijzen|3.91
w:dus|etiketteren|-1.0
w:dus|interpreteren|-0.96
w:dus|geruststellen|-1.91
w:dus|ondervragen|-1.0
w:dus|afleiden|-1.0
w:dus|afronding-aankondigen|-0.98
w:dus|vervolgafspraak|0.45
w:duurt|moraliseren|0.96
w:dwarszit|aanmoediging|-0.98
w:dwarszit|bedanken|-0.98
w:dwingen|bevelen|0.89
w:dwingen|bekritiseren|-0.89
w:dyslexie|vervolgafspraak|-0.84
w:echt|ik-boodschap|1.77
w:echt|jij-boodschap|-1.78
w:echt|parafrase|-0.99
w:echt|gevoelsreflectie|1.17
w:echt|open-vraag|0.93
w:echt|bevelen|-0.99
w:echt|moraliseren|-0.95
w:echt|argumenteren|-0.86
w:echt|bekritiseren|1.89
w:echt|prijzen|-0.12
w:echt|etiketteren|1.0
w:echt|interpreteren|-0.99
w:echt|geruststellen|2.89
w:echt|afleiden|-0.93
w:echt|vervolgafspraak|-1.84
w:echte|etiketteren|0.97
w:een|ik-boodschap|-1.15
w:een|jij-boodschap|-1.15
w:een|parafrase|-1.05
w:een|gevoelsreflectie|0.96
w:een|samenvatting|1.03
w:een|open-vraag|-0.16
w:een|aanmoediging|-0.99
w:een|bevelen|-2.04
w:een|waarschuwen|-2.66
w:een|bekritiseren|-3.06
w:een|prijzen|-1.03
w:een|etiketteren|1.86
w:een|interpreteren|-1.75
w:een|geruststellen|0.22
w:een|ondervragen|-1.93
w:een|afleiden|-0.82
w:een|vervolgafspraak|0.83
w:een|bedanken|-2.25
w:eenmaal|jij-boodschap|-0.97
w:eenmaal|bevelen|-0.92
w:eenmaal|moraliseren|0.98
w:eenmaal|bekritiseren|-0.13
w:eenmaal|interpreteren|-1.51
w:eenmaal|geruststellen|-0.97
w:eenmaal|afleiden|1.39
w:eens|ik-boodschap|1.04
w:eens|jij-boodschap|-0.2
w:eens|gevoelsreflectie|-1.0
w:eens|samenvatting|-1.0
w:eens|aanmoediging|-0.98
w:eens|bevelen|-1.0
w:eens|waarschuwen|0.1
w:eens|moraliseren|-1.0
w:eens|adviseren|3.0
w:eens|bekritiseren|0.8
w:eens|prijzen|-0.97
w:eens|geruststellen|-1.59
w:eens|ondervragen|-1.94
w:eens|afleiden|0.82
w:eens|bedanken|-0.98
w:eentje|ik-boodschap|-0.9
w:eenzaam|parafrase|-0.99
w:eerder|gevoelsreflectie|0.85
w:eerder|aanmoediging|-0.93
w:eerder|bekritiseren|-1.12
w:eerder|interpreteren|0.96
w:eerder|ondervragen|0.97
w:eerlijk|ik-boodschap|-1.74
w:eerlijk|jij-boodschap|0.25
w:eerlijk|gevoelsreflectie|-1.08
w:eerlijk|bekritiseren|1.87
w:eerlijk|ondervragen|-1.0
w:eerlijk|vervolgafspraak|0.4
w:eerlijk|bedanken|0.96
w:eerlijkheid|vervolgafspraak|-1.0
w:eerst|bevelen|1.72
w:eerst|adviseren|0.98
w:eerst|geruststellen|-1.89
w:eerste|jij-boodschap|-0.57
w:eerste|parafrase|-0.85
w:eerste|samenvatting|1.28
w:eerste|open-vraag|0.98
w:eerste|adviseren|-0.98
w:eerste|geruststellen|-0.1
w:eigen|jij-boodschap|0.81
w:eigen|samenvatting|0.98
w:eigen|bevelen|-0.99
w:eigen|bekritiseren|0.81
w:eigen|interpreteren|1.67
w:eigenlijk|ik-boodschap|-0.9
w:eigenlijk|parafrase|1.84
w:eigenlijk|gevoelsreflectie|-0.85
w:eigenlijk|open-vraag|-1.87
w:eigenlijk|moraliseren|-0.8
w:eigenlijk|adviseren|-0.99
w:eigenlijk|bekritiseren|1.34
w:eigenlijk|interpreteren|1.97
w:eigenlijk|geruststellen|-1.71
w:eigenlijk|ondervragen|-0.83
w:eigenlijk|afleiden|2.1
w:eind|ik-boodschap|-0.85
w:eind|waarschuwen|0.99
w:eind|argumenteren|-0.93
w:einde|ik-boodschap|-0.95
w:einde|afleiden|0.95
w:einde|afronding-aankondigen|1.0
w:einde|vervolgafspraak|-1.0
w:eindelijk|jij-boodschap|1.8
w:eindelijk|bekritiseren|1.8
w:elf|parafrase|0.93
w:elf|argumenteren|0.93
w:elkaar|samenvatting|-0.86
w:elkaar|moraliseren|1.96
w:elkaar|adviseren|-0.99
w:elkaar|interpreteren|-0.98
w:elkaar|bedanken|-0.98
w:elke|ik-boodschap|1.0
w:elke|jij-boodschap|0.61
w:elke|parafrase|-0.96
w:elke|samenvatting|0.88
w:elke|bevelen|0.99
w:elke|moraliseren|-0.9
w:elke|adviseren|2.95
w:elke|bekritiseren|-0.72
w:elke|prijzen|-0.98
w:elke|etiketteren|-0.9
w:elke|geruststellen|-0.89
w:elke|ondervragen|0.96
w:elke|afleiden|1.1
w:elke|vervolgafspraak|0.99
w:emma|ik-boodschap|-0.97
w:emma|samenvatting|0.97
w:emma|open-vraag|-0.75
w:emotioneel|parafrase|-1.0
w:emotioneel|gevoelsreflectie|0.85
w:emotioneel|afronding-aankondigen|-0.99
w:emotioneel|bedanken|1.0
w:emre|ik-boodschap|-0.88
w:en|ik-boodschap|0.97
w:en|jij-boodschap|-1.01
w:en|parafrase|-3.8
w:en|gevoelsreflectie|-3.41
w:en|samenvatting|4.65
w:en|open-vraag|-1.03
w:en|bevelen|1.54
w:en|waarschuwen|-2.95
w:en|moraliseren|-0.18
w:en|adviseren|-3.97
w:en|argumenteren|-1.91
w:en|bekritiseren|1.33
w:en|prijzen|-1.79
w:en|interpreteren|-0.96
w:en|geruststellen|-0.9
w:en|ondervragen|0.6
w:en|afleiden|-0.96
w:en|afronding-aankondigen|-0.76
w:en|vervolgafspraak|-1.42
w:en|bedanken|0.78
w:eng|gevoelsreflectie|0.51
w:eng|vervolgafspraak|-0.99
w:engels|jij-boodschap|-0.91
w:engels|waarschuwen|-1.0
w:engels|argumenteren|-0.96
w:enkel|ik-boodschap|0.95
w:enkel|jij-boodschap|1.0
w:enkel|moraliseren|-0.8
w:enkel|bekritiseren|0.82
w:enkele|ik-boodschap|1.81
w:enkele|jij-boodschap|-2.01
w:enkele|bekritiseren|-0.8
w:enorm|jij-boodschap|0.76
w:enorm|bekritiseren|1.3
w:enorme|gevoelsreflectie|0.94
w:er|ik-boodschap|1.68
w:er|jij-boodschap|-0.42
w:er|parafrase|-0.87
w:er|gevoelsreflectie|-0.35
w:er|samenvatting|-0.67
w:er|open-vraag|-1.06
w:er|aanmoediging|-0.99
w:er|waarschuwen|1.0
w:er|moraliseren|-0.89
w:er|adviseren|-0.97
w:er|argumenteren|-0.86
w:er|bekritiseren|0.14
w:er|prijzen|-1.0
w:er|etiketteren|-1.9
w:er|interpreteren|-1.7
w:er|geruststellen|0.8
w:er|afleiden|-2.89
w:er|afronding-aankondigen|1.0
w:er|vervolgafspraak|-0.27
w:erbij|ik-boodschap|-0.95
w:erbij|gevoelsreflectie|-0.59
w:erbij|samenvatting|-1.88
w:erbij|bevelen|-0.92
w:erbij|waarschuwen|0.98
w:erbij|afronding-aankondigen|-0.18
w:erbij|vervolgafspraak|2.82
w:erg|parafrase|-0.86
w:erg|argumenteren|-0.98
w:erg|bekritiseren|-2.81
w:erg|etiketteren|-0.98
w:erg|interpreteren|-1.0
w:erg|geruststellen|1.02
w:erg|afleiden|-0.63
w:ernst|jij-boodschap|-0.99
w:erom|bevelen|-1.0
w:erom|waarschuwen|1.0
w:erop|bedanken|-0.99
w:erover|bekritiseren|0.96
w:eruit|jij-boodschap|0.68
w:eruit|samenvatting|0.98
w:eruit|bevelen|-0.92
w:eruit|waarschuwen|1.89
w:eruit|bekritiseren|1.97
w:eruit|vervolgafspraak|0.98
w:ervan|ik-boodschap|1.0
w:ervan|parafrase|-0.99
w:ervan|gevoelsreflectie|0.8
w:ervan|argumenteren|-1.0
w:ervan|geruststellen|0.99
w:ervan|ondervragen|-0.77
w:ervan|afleiden|0.97
w:ervan|afronding-aankondigen|-0.98
w:ervan|vervolgafspraak|-1.0
w:ervaren|parafrase|-0.99
w:ervaring|prijzen|0.97
w:ervoor|bevelen|0.99
w:eva|ik-boodschap|-0.96
w:evalueren|open-vraag|-1.0
w:evalueren|bekritiseren|-1.0
w:evalueren|afronding-aankondigen|-1.95
w:even|ik-boodschap|-1.94
w:even|jij-boodschap|-1.27
w:even|parafrase|-1.95
w:even|samenvatting|3.56
w:even|aanmoediging|1.06
w:even|bevelen|0.97
w:even|adviseren|0.93
w:even|argumenteren|-0.94
w:even|geruststellen|-0.98
w:even|vervolgafspraak|0.1
w:even|bedanken|0.95
w:evi|ik-boodschap|-0.97
w:examenreglement|argumenteren|0.91
w:examens|bevelen|-0.79
w:examens|geruststellen|0.94
w:excursie|ondervragen|-0.85
w:excuses|bevelen|0.97
w:excuus|waarschuwen|-1.0
w:excuus|afleiden|-1.0
w:extra|samenvatting|0.98
w:extra|adviseren|-0.92
w:extra|prijzen|0.81
w:extra|interpreteren|0.93
w:extra|afronding-aankondigen|-1.0
w:extra|vervolgafspraak|-0.55
w:fatima|waarschuwen|-0.97
w:fatima|ondervragen|-0.97
w:fay|ik-boodschap|1.0
w:fay|open-vraag|0.83
w:fay|adviseren|-1.0
w:februari|ondervragen|-0.74
w:feit|waarschuwen|-0.99
w:feit|moraliseren|-1.0
w:feit|argumenteren|1.93
w:feitelijk|argumenteren|0.98
w:fel|aanmoediging|-1.0
w:fenna|bekritiseren|-1.37
w:fiets|gevoelsreflectie|-1.0
w:fiets|geruststellen|-0.95
w:fietsenstalling|bekritiseren|-0.98
w:fietst|ik-boodschap|-0.97
w:fijn|ik-boodschap|0.98
w:fijn|jij-boodschap|-0.46
w:fijn|parafrase|-1.0
w:fijn|gevoelsreflectie|-1.12
w:fijn|adviseren|-0.84
w:fijn|bekritiseren|-1.54
w:fijn|etiketteren|-0.84
w:fijn|interpreteren|-0.99
w:fijn|geruststellen|-1.0
w:fijn|afronding-aankondigen|-1.0
w:fijn|vervolgafspraak|-1.0
w:fijn|bedanken|-1.0
w:fijne|jij-boodschap|-1.42
w:fijne|moraliseren|-0.95
w:fijne|prijzen|0.97
w:fijne|etiketteren|-0.93
w:fijne|afleiden|-0.97
w:finn|parafrase|0.98
w:finn|gevoelsreflectie|-0.98
w:finn|samenvatting|-0.98
w:finn|prijzen|0.97
w:finn|interpreteren|-0.98
w:fleur|bedanken|0.91
w:flink|gevoelsreflectie|1.0
w:formulier|bekritiseren|-0.8
w:fouten|parafrase|0.93
w:fouten|argumenteren|0.93
w:frans|parafrase|-0.96
w:frans|samenvatting|2.6
w:frans|afleiden|-0.96
w:frustreert|bevelen|-0.99
w:frustreert|afronding-aankondigen|-1.0
w:ga|ik-boodschap|-1.88
w:ga|open-vraag|-0.9
w:ga|aanmoediging|1.0
w:ga|bevelen|1.74
w:ga|waarschuwen|0.91
w:ga|moraliseren|0.98
w:ga|bekritiseren|-0.68
w:ga|prijzen|-0.97
w:ga|etiketteren|-0.89
w:ga|interpreteren|-0.98
w:ga|geruststellen|-0.78
w:ga|ondervragen|-1.0
w:ga|afleiden|1.9
w:ga|vervolgafspraak|-0.92
w:gaan|jij-boodschap|0.86
w:gaan|gevoelsreflectie|0.76
w:gaan|samenvatting|-2.6
w:gaan|open-vraag|0.9
w:gaan|aanmoediging|-0.93
w:gaan|bevelen|-0.94
w:gaan|bekritiseren|-0.9
w:gaan|prijzen|-0.97
w:gaan|afronding-aankondigen|0.99
w:gaan|vervolgafspraak|-1.98
w:gaan|bedanken|-2.9
w:gaat|ik-boodschap|-1.02
w:gaat|parafrase|-3.03
w:gaat|gevoelsreflectie|-0.82
w:gaat|samenvatting|1.61
w:gaat|open-vraag|0.9
w:gaat|bevelen|0.22
w:gaat|moraliseren|0.69
w:gaat|argumenteren|-1.93
w:gaat|bekritiseren|-1.36
w:gaat|prijzen|1.97
w:gaat|etiketteren|-0.93
w:gaat|interpreteren|0.32
w:gaat|geruststellen|1.68
w:gaat|afleiden|-0.59
w:gaat|afronding-aankondigen|-1.0
w:gaat|vervolgafspraak|-1.19
w:gaat|bedanken|-1.16
w:gaf|jij-boodschap|-0.72
w:gaf|open-vraag|0.91
w:gaf|bekritiseren|-0.91
w:gamen|samenvatting|-1.0
w:gamen|aanmoediging|-1.0
w:gamen|waarschuwen|-1.0
w:gamen|adviseren|0.9
w:gamen|bekritiseren|0.87
w:gamen|etiketteren|-0.97
w:gamen|geruststellen|-1.0
w:gamen|ondervragen|0.92
w:gamet|ik-boodschap|0.99
w:gamet|bekritiseren|1.4
w:gang|bevelen|-0.94
w:gang|bekritiseren|-0.9
w:gangpad|ik-boodschap|-0.92
w:gapen|ik-boodschap|1.0
w:gapen|jij-boodschap|-1.0
w:gapen|gevoelsreflectie|-1.0
w:gapen|adviseren|1.0
w:gapen|bekritiseren|-1.0
w:gaten|samenvatting|0.64
w:gaten|afronding-aankondigen|0.99
w:gaten|bedanken|0.99
w:gebakken|bekritiseren|0.98
w:gebeld|jij-boodschap|-0.86
w:gebeld|samenvatting|-1.0
w:gebeld|moraliseren|-1.0
w:gebeld|bekritiseren|0.54
w:gebeurd|jij-boodschap|-0.97
w:gebeurd|parafrase|-0.87
w:gebeurd|open-vraag|0.93
w:gebeurd|bekritiseren|0.88
w:gebeurd|geruststellen|0.76
w:gebeurde|open-vraag|1.0
w:gebeurde|afleiden|-0.99
w:gebeuren|gevoelsreflectie|0.19
w:gebeuren|geruststellen|1.7
w:gebeurt|ik-boodschap|-1.0
w:gebeurt|parafrase|-0.99
w:gebeurt|gevoelsreflectie|-1.43
w:gebeurt|samenvatting|0.32
w:gebeurt|adviseren|-1.0
w:gebeurt|bekritiseren|0.87
w:gebeurt|geruststellen|0.99
w:gebeurt|afleiden|-0.63
w:gebracht|parafrase|0.85
w:gebruiken|open-vraag|-0.92
w:gebruiken|adviseren|0.85
w:gebruiken|etiketteren|-0.98
w:gebruiken|interpreteren|-0.93
w:gebruikt|bevelen|-0.86
w:gecontroleerd|prijzen|-0.98
w:gecontroleerd|ondervragen|0.98
w:gedaan|jij-boodschap|-0.93
w:gedaan|bevelen|-0.91
w:gedaan|bekritiseren|-0.97
w:gedaan|geruststellen|-0.96
w:gedaan|ondervragen|1.96
w:gedacht|ondervragen|-0.95
w:gedacht|afleiden|-0.99
w:gedoe|jij-boodschap|-0.99
w:gedoe|open-vraag|-0.9
w:gedoe|aanmoediging|-0.99
w:gedoe|bevelen|-1.96
w:gedoe|argumenteren|-0.97
w:gedoe|etiketteren|0.9
w:gedoe|geruststellen|-0.78
w:gedoe|afleiden|0.9
w:gedoe|bedanken|-0.99
w:gedraagt|ik-boodschap|-0.99
w:gedraagt|jij-boodschap|0.97
w:gedraagt|samenvatting|-0.99
w:gedraagt|waarschuwen|-0.86
w:gedraagt|prijzen|-0.97
w:gedrag|ik-boodschap|-1.0
w:gedrag|jij-boodschap|1.0
w:gedrag|bevelen|0.99
w:gedrag|argumenteren|-0.94
w:gedragen|prijzen|0.99
w:geduld|vervolgafspraak|0.74
w:geduldige|prijzen|0.87
w:geduwd|ik-boodschap|0.96
w:geduwd|gevoelsreflectie|0.81
w:geef|bekritiseren|0.12
w:geeft|jij-boodschap|-1.0
w:geeft|parafrase|0.96
w:geeft|open-vraag|-0.97
w:geeft|bevelen|0.87
w:geen|ik-boodschap|3.57
w:geen|jij-boodschap|-0.6
w:geen|parafrase|-0.82
w:geen|gevoelsreflectie|-0.34
w:geen|samenvatting|-0.96
w:geen|open-vraag|0.99
w:geen|waarschuwen|-0.86
w:geen|moraliseren|-1.77
w:geen|adviseren|-0.15
w:geen|argumenteren|1.94
w:geen|bekritiseren|-1.2
w:geen|prijzen|1.9
w:geen|interpreteren|-2.59
w:geen|geruststellen|0.82
w:geen|vervolgafspraak|0.63
w:gefrustreerd|geruststellen|-0.76
w:gegaan|vervolgafspraak|-1.0
w:gehad|ik-boodschap|-1.0
w:gehad|jij-boodschap|-0.81
w:gehad|samenvatting|1.7
w:gehad|waarschuwen|-1.86
w:gehad|bekritiseren|-0.94
w:gehad|interpreteren|-1.0
w:gehad|afronding-aankondigen|-0.98
w:gehad|bedanken|-0.97
w:geholpen|bevelen|-0.84
w:geholpen|bekritiseren|-0.72
w:gehoord|ik-boodschap|-0.94
w:gehouden|gevoelsreflectie|0.89
w:gehouden|bedanken|-0.95
w:gek|geruststellen|-0.99
w:gekeken|jij-boodschap|0.86
w:gekeken|samenvatting|-0.63
w:gekomen|jij-boodschap|-0.98
w:gekomen|parafrase|0.98
w:gekomen|gevoelsreflectie|-0.98
w:gekomen|bekritiseren|-2.97
w:gekomen|prijzen|-0.97
w:gekomen|afronding-aankondigen|1.0
w:gekomen|vervolgafspraak|-0.42
w:gekozen|ik-boodschap|1.0
w:gekozen|open-vraag|-0.91
w:gekregen|parafrase|0.98
w:gekregen|gevoelsreflectie|-0.98
w:gekregen|samenvatting|-0.98
w:gekwetst|parafrase|0.99
w:gekwetst|interpreteren|-0.7
w:gelezen|gevoelsreflectie|-0.8
w:gelezen|bekritiseren|0.91
w:gelezen|ondervragen|1.74
w:gelijk|parafrase|0.93
w:gelijk|open-vraag|-1.0
w:gelijk|afronding-aankondigen|-1.0
w:geloof|gevoelsreflectie|0.99
w:geloof|waarschuwen|-1.0
w:geloof|argumenteren|-1.0
w:geloof|geruststellen|1.0
w:geloof|afleiden|-1.0
w:gelopen|jij-boodschap|0.81
w:gelopen|gevoelsreflectie|0.99
w:gelopen|bekritiseren|0.81
w:gelukt|gevoelsreflectie|0.92
w:gemaakt|ik-boodschap|-1.0
w:gemaakt|parafrase|0.98
w:gemaakt|argumenteren|0.94
w:gemaakt|bekritiseren|1.0
w:gemaakt|prijzen|-1.0
w:gemaakt|geruststellen|-0.98
w:gemaakt|afleiden|-1.0
w:gemaild|argumenteren|1.85
w:gemaild|interpreteren|-0.93
w:gemeld|ik-boodschap|-0.93
w:gemeld|parafrase|-0.93
w:gemeld|gevoelsreflectie|-0.1
w:gemeld|aanmoediging|-0.93
w:gemengde|adviseren|-0.92
w:gemiddeld|ik-boodschap|-0.88
w:gemiddeld|samenvatting|-0.88
w:gemiddeld|argumenteren|1.05
w:gemiddelde|ik-boodschap|0.95
w:gemiddelde|jij-boodschap|-0.76
w:gemiddelde|bekritiseren|-0.81
w:gemist|ik-boodschap|0.95
w:gemist|open-vraag|-0.99
w:gemist|argumenteren|0.98
w:gemotiveerd|bekritiseren|-1.73
w:genoeg|afleiden|0.94
w:genomen|gevoelsreflectie|0.78
w:genomen|open-vraag|-0.98
w:genomen|interpreteren|-0.93
w:gepakt|samenvatting|-0.97
w:gepast|bekritiseren|1.08
w:gepast|geruststellen|-0.74
w:gepest|parafrase|0.96
w:gepest|gevoelsreflectie|-0.89
w:gepest|interpreteren|1.82
w:gepraat|afronding-aankondigen|0.77
w:geraakt|ik-boodschap|0.99
w:gereageerd|jij-boodschap|0.97
w:gereageerd|bekritiseren|1.77
w:gerust|aanmoediging|0.93
w:gerust|adviseren|0.96
w:gerust|geruststellen|-0.95
w:geschiedenis|geruststellen|-0.96
w:geschorst|waarschuwen|1.0
w:geschorst|argumenteren|-1.0
w:geschrokken|ik-boodschap|0.98
w:geschrokken|gevoelsreflectie|2.65
w:geschrokken|samenvatting|-1.0
w:geschrokken|argumenteren|0.9
w:geslagen|waarschuwen|-0.98
w:gesprek|jij-boodschap|-1.53
w:gesprek|gevoelsreflectie|-0.18
w:gesprek|adviseren|-0.99
w:gesprek|bekritiseren|-1.4
w:gesprek|prijzen|-0.94
w:gesprek|ondervragen|0.9
w:gesprek|afronding-aankondigen|2.97
w:gesprek|bedanken|-0.81
w:gesproken|aanmoediging|-0.97
w:gesteld|aanmoediging|-0.86
w:gestuurd|parafrase|0.99
w:gestuurd|moraliseren|-0.99
w:gestuurd|vervolgafspraak|-0.97
w:getik|waarschuwen|0.89
w:geval|jij-boodschap|0.87
w:gevallen|ik-boodschap|0.93
w:gevallen|gevoelsreflectie|-1.0
w:geven|jij-boodschap|-0.95
w:geven|parafrase|-1.0
w:geven|waarschuwen|-0.75
w:geven|moraliseren|0.9
w:geven|bekritiseren|-0.95
w:gevoel|gevoelsreflectie|-1.74
w:gevolgen|waarschuwen|0.95
w:gevolgen|moraliseren|0.92
w:gewaarschuwd|waarschuwen|0.83
w:gewacht|bekritiseren|0.72
w:geweest|gevoelsreflectie|2.01
w:geweest|afleiden|-0.95
w:geweest|bedanken|-0.95
w:geweldige|bekritiseren|2.69
w:geweldige|afronding-aankondigen|-1.0
w:geweldige|bedanken|-2.86
w:gewend|geruststellen|0.97
w:gewogen|argumenteren|0.99
w:gewoon|ik-boodschap|-1.88
w:gewoon|jij-boodschap|0.29
w:gewoon|gevoelsreflectie|-0.49
w:gewoon|samenvatting|-1.92
w:gewoon|open-vraag|-1.0
w:gewoon|aanmoediging|-1.0
w:gewoon|bevelen|-0.81
w:gewoon|waarschuwen|-1.98
w:gewoon|moraliseren|0.81
w:gewoon|adviseren|0.81
w:gewoon|bekritiseren|-3.43
w:gewoon|etiketteren|0.78
w:gewoon|interpreteren|2.54
w:gewoon|geruststellen|-0.96
w:gewoon|ondervragen|-1.74
w:gewoon|afleiden|-1.97
w:gewoon|afronding-aankondigen|-1.0
w:gewoon|vervolgafspraak|-1.0
w:gewoon|bedanken|-1.0
w:geworden|etiketteren|0.91
w:geworden|interpreteren|0.7
w:geworden|ondervragen|-0.92
w:gezakt|ik-boodschap|0.84
w:gezegd|ik-boodschap|-1.74
w:gezegd|gevoelsreflectie|0.16
w:gezegd|samenvatting|-1.0
w:gezegd|moraliseren|-0.93
w:gezegd|bekritiseren|0.93
w:gezegd|etiketteren|-0.91
w:gezegd|ondervragen|0.99
w:gezegd|afronding-aankondigen|-0.98
w:gezegd|vervolgafspraak|-0.98
w:gezien|jij-boodschap|-0.76
w:gezien|parafrase|0.97
w:gezien|bekritiseren|-1.8
w:gezien|interpreteren|0.99
w:gezien|ondervragen|-0.97
w:gezien|afleiden|0.99
w:gijs|ik-boodschap|0.95
w:gijs|vervolgafspraak|-0.95
w:ging|ik-boodschap|-0.99
w:ging|gevoelsreflectie|-0.81
w:ging|samenvatting|1.0
w:ging|open-vraag|-0.83
w:ging|aanmoediging|0.96
w:ging|prijzen|-1.0
w:ging|interpreteren|-0.94
w:ging|geruststellen|-0.94
w:ging|vervolgafspraak|-0.99
w:gisteren|ik-boodschap|2.64
w:gisteren|gevoelsreflectie|-0.47
w:gisteren|geruststellen|-0.87
w:gisteren|ondervragen|-0.97
w:goed|ik-boodschap|-1.94
w:goed|jij-boodschap|-0.92
w:goed|parafrase|2.05
w:goed|samenvatting|-3.64
w:goed|open-vraag|-0.62
w:goed|bevelen|-0.99
w:goed|waarschuwen|-2.73
w:goed|adviseren|-1.0
w:goed|argumenteren|-1.89
w:goed|bekritiseren|-0.93
w:goed|prijzen|0.94
w:goed|geruststellen|1.89
w:goed|ondervragen|-0.92
w:goed|afleiden|-0.11
w:goed|vervolgafspraak|-1.6
w:goed|bedanken|-1.93
w:goede|gevoelsreflectie|-0.84
w:goede|moraliseren|0.93
w:goede|adviseren|-0.9
w:goedemiddag|bekritiseren|0.94
w:goedkomt|geruststellen|0.81
w:graag|parafrase|-0.96
w:graag|samenvatting|-0.93
w:graag|afronding-aankondigen|-0.83
w:graag|vervolgafspraak|-0.64
w:grammatica|ik-boodschap|0.9
w:grapjes|interpreteren|1.63
w:grens|interpreteren|0.94
w:grenzen|bekritiseren|0.83
w:grijpen|bekritiseren|0.46
w:groeit|geruststellen|0.92
w:groep|jij-boodschap|1.6
w:groep|gevoelsreflectie|0.91
w:groep|bekritiseren|0.16
w:groep|etiketteren|1.0
w:groepsgenoten|jij-boodschap|0.97
w:groepsgenoten|bekritiseren|0.97
w:groepsgenoten|prijzen|-0.97
w:groepsopdracht|gevoelsreflectie|-0.92
w:grote|gevoelsreflectie|1.0
w:grote|bekritiseren|0.89
w:grote|etiketteren|0.99
w:grote|geruststellen|-1.0
w:gym|ik-boodschap|1.97
w:gym|argumenteren|-0.98
w:gymdocent|jij-boodschap|-0.72
w:gymdocent|samenvatting|-0.94
w:gymdocent|open-vraag|0.91
w:gymdocent|bekritiseren|-0.91
w:gymles|ik-boodschap|1.89
w:gymles|gevoelsreflectie|1.57
w:gymles|samenvatting|-0.97
w:gymspullen|ik-boodschap|-1.82
w:gymspullen|bekritiseren|0.94
w:gymzaal|afleiden|-0.99
w:haalde|ik-boodschap|-0.88
w:haalde|samenvatting|-0.88
w:haalde|argumenteren|0.88
w:haalt|jij-boodschap|-0.22
w:haalt|samenvatting|0.93
w:haalt|moraliseren|-0.91
w:haalt|argumenteren|-0.91
w:haalt|bekritiseren|-0.97
w:haalt|etiketteren|-1.0
w:haalt|geruststellen|2.01
w:haalt|afleiden|0.92
w:haar|ik-boodschap|1.03
w:haar|jij-boodschap|-1.0
w:haar|gevoelsreflectie|1.51
w:haar|samenvatting|-2.29
w:haar|open-vraag|1.15
w:haar|aanmoediging|-1.99
w:haar|bevelen|-2.0
w:haar|waarschuwen|-1.94
w:haar|adviseren|2.91
w:haar|argumenteren|-0.98
w:haar|bekritiseren|-5.12
w:haar|prijzen|-1.77
w:haar|etiketteren|-0.98
w:haar|interpreteren|1.8
w:haar|geruststellen|-0.93
w:haar|ondervragen|-0.95
w:haar|afronding-aankondigen|-1.0
w:had|ik-boodschap|-1.0
w:had|parafrase|2.75
w:had|samenvatting|-0.98
w:had|aanmoediging|-1.0
w:had|argumenteren|1.9
w:had|bekritiseren|0.96
w:had|prijzen|-1.0
w:had|afleiden|-1.0
w:had|vervolgafspraak|-0.76
w:hadden|bekritiseren|1.5
w:hadden|vervolgafspraak|-1.0
w:halen|ik-boodschap|0.75
w:halen|bevelen|-0.79
w:halen|prijzen|0.97
w:halen|interpreteren|-0.65
w:halen|geruststellen|0.94
w:half|samenvatting|0.64
w:half|open-vraag|-0.98
w:half|aanmoediging|-0.99
w:half|bevelen|0.7
w:half|moraliseren|-1.89
w:half|afronding-aankondigen|1.98
w:half|vervolgafspraak|0.99
w:half|bedanken|1.04
w:hamza|samenvatting|-0.97
w:hand|jij-boodschap|0.81
w:hand|bekritiseren|0.81
w:handige|bekritiseren|0.89
w:hard|open-vraag|-0.75
w:hard|bevelen|0.97
w:havo|parafrase|0.14
w:havo|waarschuwen|0.91
w:he|bevelen|-0.92
w:he|bekritiseren|-0.47
w:he|etiketteren|-0.94
w:heb|ik-boodschap|-0.79
w:heb|jij-boodschap|-1.72
w:heb|parafrase|0.99
w:heb|gevoelsreflectie|-0.8
w:heb|bevelen|-0.97
w:heb|waarschuwen|-1.96
w:heb|argumenteren|0.81
w:heb|bekritiseren|-0.86
w:heb|etiketteren|-0.91
w:heb|interpreteren|-0.28
w:heb|geruststellen|-0.96
w:heb|afleiden|-0.91
w:heb|vervolgafspraak|-0.97
w:hebben|ik-boodschap|-1.97
w:hebben|jij-boodschap|-0.81
w:hebben|gevoelsreflectie|-1.0
w:hebben|samenvatting|0.22
w:hebben|aanmoediging|-0.86
w:hebben|bevelen|-1.84
w:hebben|waarschuwen|-1.0
w:hebben|moraliseren|1.85
w:hebben|argumenteren|-0.99
w:hebben|bekritiseren|-0.73
w:hebben|interpreteren|-1.0
w:hebben|geruststellen|-0.87
w:hebben|afleiden|1.1
w:hebben|afronding-aankondigen|-0.95
w:hebben|vervolgafspraak|-0.61
w:hebben|bedanken|-0.97
w:hebt|ik-boodschap|2.05
w:hebt|jij-boodschap|1.47
w:hebt|parafrase|0.98
w:hebt|gevoelsreflectie|-0.84
w:hebt|samenvatting|-0.97
w:hebt|bevelen|-0.91
w:hebt|waarschuwen|-0.98
w:hebt|bekritiseren|3.87
w:hebt|prijzen|-1.0
w:hebt|etiketteren|-1.0
w:hebt|interpreteren|-0.69
w:hebt|geruststellen|-0.98
w:hebt|vervolgafspraak|-1.0
w:heeft|ik-boodschap|2.81
w:heeft|jij-boodschap|-1.81
w:heeft|parafrase|-1.04
w:heeft|gevoelsreflectie|0.11
w:heeft|samenvatting|-1.06
w:heeft|open-vraag|-0.9
w:heeft|aanmoediging|-0.93
w:heeft|waarschuwen|-0.9
w:heeft|moraliseren|-1.8
w:heeft|argumenteren|-0.9
w:heeft|bekritiseren|-0.35
w:heeft|etiketteren|-0.87
w:heeft|geruststellen|0.22
w:heeft|ondervragen|1.97
w:heeft|afleiden|-1.5
w:heeft|afronding-aankondigen|-1.98
w:heeft|bedanken|-0.89
w:heel|ik-boodschap|0.95
w:heel|gevoelsreflectie|1.75
w:heel|aanmoediging|0.99
w:heel|waarschuwen|-0.85
w:heel|argumenteren|0.98
w:heel|bekritiseren|2.93
w:heel|prijzen|-1.03
w:heel|interpreteren|-0.99
w:heel|geruststellen|0.95
w:heel|afleiden|0.97
w:heel|bedanken|-1.84
w:heen|gevoelsreflectie|0.91
w:heen|vervolgafspraak|1.0
w:heft|bekritiseren|0.96
w:heimwee|interpreteren|0.94
w:hek|bevelen|0.92
w:helaas|argumenteren|-0.93
w:held|etiketteren|0.99
w:hele|ik-boodschap|1.81
w:hele|parafrase|0.93
w:hele|gevoelsreflectie|-0.47
w:hele|bevelen|0.92
w:hele|argumenteren|0.93
w:hele|bekritiseren|-0.12
w:hele|etiketteren|0.9
w:hele|geruststellen|-0.87
w:hele|vervolgafspraak|-0.99
w:helemaal|jij-boodschap|-0.93
w:helemaal|parafrase|-0.99
w:helemaal|gevoelsreflectie|1.9
w:helemaal|open-vraag|0.76
w:helemaal|bevelen|-0.99
w:helemaal|waarschuwen|0.95
w:helemaal|bekritiseren|-2.62
w:helemaal|etiketteren|-0.95
w:helemaal|geruststellen|1.01
w:helikopterouder|afleiden|-0.84
w:helikopterouders|bekritiseren|-1.0
w:helikopterouders|etiketteren|1.0
w:helikopterouders|geruststellen|-1.0
w:helpen|ik-boodschap|0.94
w:helpen|samenvatting|-0.99
w:helpen|open-vraag|1.89
w:helpen|waarschuwen|-0.97
w:helpen|moraliseren|-0.9
w:helpen|adviseren|0.99
w:helpen|bekritiseren|-0.25
w:helpen|ondervragen|-0.97
w:helpt|jij-boodschap|-1.0
w:helpt|adviseren|0.93
w:helpt|bekritiseren|1.0
w:hem|jij-boodschap|-1.93
w:hem|parafrase|-1.0
w:hem|gevoelsreflectie|-1.11
w:hem|samenvatting|0.95
w:hem|aanmoediging|-0.97
w:hem|bevelen|1.87
w:hem|waarschuwen|-0.81
w:hem|moraliseren|-0.91
w:hem|adviseren|2.76
w:hem|bekritiseren|-1.08
w:hem|etiketteren|-0.97
w:hem|afleiden|-1.9
w:hem|vervolgafspraak|-0.95
w:hem|bedanken|0.1
w:herfstvakantie|ik-boodschap|1.81
w:herfstvakantie|jij-boodschap|-1.87
w:herfstvakantie|bekritiseren|-1.87
w:herkansing|parafrase|1.0
w:herkansing|gevoelsreflectie|-0.23
w:herkansing|samenvatting|0.97
w:herkansing|argumenteren|0.91
w:herkansing|etiketteren|-1.0
w:herkansing|geruststellen|1.88
w:herkansing|ondervragen|-0.74
w:herkansing|vervolgafspraak|0.63
w:herkansing|bedanken|-1.0
w:het|ik-boodschap|-1.15
w:het|jij-boodschap|0.74
w:het|parafrase|0.68
w:het|samenvatting|2.02
w:het|open-vraag|-0.29
w:het|aanmoediging|-1.04
w:het|bevelen|-2.86
w:het|waarschuwen|-1.84
w:het|moraliseren|-0.2
w:het|argumenteren|-0.82
w:het|prijzen|-1.04
w:het|etiketteren|-1.09
w:het|interpreteren|-0.79
w:het|geruststellen|0.63
w:het|ondervragen|-1.01
w:het|afleiden|0.72
w:het|afronding-aankondigen|1.01
w:het|vervolgafspraak|-0.65
w:hetzelfde|ik-boodschap|0.95
w:hetzelfde|vervolgafspraak|-0.86
w:heus|etiketteren|-1.0
w:heus|geruststellen|1.88
w:hielp|ik-boodschap|1.91
w:hier|ik-boodschap|-1.9
w:hier|jij-boodschap|0.37
w:hier|parafrase|-1.0
w:hier|samenvatting|-0.28
w:hier|moraliseren|-0.77
w:hier|adviseren|-0.99
w:hier|argumenteren|0.85
w:hier|bekritiseren|0.14
w:hier|prijzen|1.0
w:hier|geruststellen|-1.0
w:hier|ondervragen|-0.99
w:hier|afleiden|-0.91
w:hier|afronding-aankondigen|3.18
w:hier|vervolgafspraak|-1.3
w:hier|bedanken|0.99
w:hierbij|bekritiseren|-0.68
w:hierbij|afronding-aankondigen|0.96
w:hierin|open-vraag|0.99
w:hij|ik-boodschap|1.03
w:hij|jij-boodschap|-0.9
w:hij|parafrase|-0.7
w:hij|gevoelsreflectie|-2.22
w:hij|samenvatting|1.54
w:hij|open-vraag|-2.26
w:hij|aanmoediging|-2.0
w:hij|bevelen|-1.22
w:hij|moraliseren|-1.84
w:hij|adviseren|-0.95
w:hij|argumenteren|-0.94
w:hij|bekritiseren|-0.64
w:hij|etiketteren|-1.0
w:hij|geruststellen|-0.66
w:hij|afleiden|-1.96
w:hij|afronding-aankondigen|-0.73
w:hij|vervolgafspraak|-1.75
w:hij|bedanken|0.14
w:hm|gevoelsreflectie|-1.62
w:hm|samenvatting|-1.96
w:hm|aanmoediging|1.92
w:hmhm|samenvatting|-0.98
w:hoe|ik-boodschap|0.88
w:hoe|jij-boodschap|-1.75
w:hoe|parafrase|-3.93
w:hoe|gevoelsreflectie|-0.79
w:hoe|samenvatting|1.09
w:hoe|open-vraag|1.04
w:hoe|moraliseren|1.0
w:hoe|adviseren|-1.0
w:hoe|bekritiseren|-0.13
w:hoe|prijzen|-1.0
w:hoe|etiketteren|-1.0
w:hoe|interpreteren|-0.96
w:hoe|geruststellen|-0.86
w:hoe|ondervragen|-0.34
w:hoe|afleiden|1.77
w:hoe|afronding-aankondigen|-1.76
w:hoe|vervolgafspraak|0.3
w:hoe|bedanken|-0.16
w:hoeft|gevoelsreflectie|-1.0
w:hoeft|bevelen|-0.99
w:hoeft|moraliseren|-1.97
w:hoeft|bekritiseren|-0.23
w:hoeft|prijzen|-1.0
w:hoeft|interpreteren|-0.52
w:hoeft|geruststellen|1.01
w:hoeft|afleiden|1.5
w:hoezo|ondervragen|0.96
w:hoi|jij-boodschap|-0.35
w:hoi|gevoelsreflectie|-0.88
w:hoi|bevelen|-1.68
w:hoi|bekritiseren|-0.35
w:hoi|prijzen|-0.97
w:hoofdstuk|waarschuwen|-0.85
w:hoofdstuk|interpreteren|-0.99
w:hoogte|gevoelsreflectie|0.89
w:hoogte|samenvatting|0.95
w:hoogte|ondervragen|0.96
w:hoor|ik-boodschap|0.12
w:hoor|gevoelsreflectie|1.98
w:hoor|samenvatting|-1.96
w:hoor|aanmoediging|1.13
w:hoor|bevelen|-1.9
w:hoor|moraliseren|0.81
w:hoor|argumenteren|0.11
w:hoor|prijzen|0.99
w:hoor|geruststellen|1.07
w:hoor|ondervragen|0.99
w:hoor|afleiden|-0.63
w:hoor|bedanken|-0.95
w:hoorde|gevoelsreflectie|-1.0
w:hoort|jij-boodschap|-0.69
w:hoort|open-vraag|-0.9
w:hoort|bevelen|-1.89
w:hoort|waarschuwen|-0.98
w:hoort|moraliseren|1.95
w:hoort|adviseren|-1.0
w:hoort|argumenteren|-2.8
w:hoort|bekritiseren|-4.17
w:hoort|interpreteren|-1.47
w:hoort|ondervragen|-1.0
w:hoort|afleiden|0.65
w:hoort|bedanken|-1.0
w:horen|parafrase|0.99
w:horen|samenvatting|0.24
w:horen|bevelen|0.93
w:horen|moraliseren|0.97
w:horen|adviseren|0.15
w:horen|argumenteren|-0.89
w:horen|bekritiseren|-3.37
w:horen|etiketteren|-0.84
w:horen|interpreteren|-0.7
w:horen|vervolgafspraak|0.99
w:horen|bedanken|1.8
w:hou|bevelen|1.84
w:hou|bekritiseren|0.85
w:houd|samenvatting|0.95
w:houd|bedanken|0.95
w:houden|samenvatting|0.64
w:houden|open-vraag|0.99
w:houden|aanmoediging|-0.92
w:houden|moraliseren|0.82
w:houden|argumenteren|-0.91
w:houden|ondervragen|-0.99
w:houden|afronding-aankondigen|0.28
w:houden|bedanken|0.99
w:houding|jij-boodschap|-1.0
w:houding|bekritiseren|1.0
w:houdt|jij-boodschap|-0.72
w:houdt|open-vraag|0.91
w:houdt|interpreteren|-0.99
w:huilt|gevoelsreflectie|-0.96
w:huis|ik-boodschap|-1.88
w:huis|open-vraag|-0.96
w:huis|waarschuwen|-0.98
w:huis|geruststellen|-0.99
w:huis|afleiden|0.96
w:huisarts|jij-boodschap|-0.98
w:huisarts|samenvatting|0.98
w:huisarts|prijzen|-0.97
w:huisarts|geruststellen|0.97
w:huiswerk|jij-boodschap|-0.3
w:huiswerk|samenvatting|0.97
w:huiswerk|open-vraag|1.8
w:huiswerk|aanmoediging|-0.93
w:huiswerk|bevelen|-0.14
w:huiswerk|moraliseren|1.93
w:huiswerk|adviseren|1.05
w:huiswerk|argumenteren|-0.99
w:huiswerk|bekritiseren|1.32
w:huiswerk|prijzen|-0.98
w:huiswerk|etiketteren|-1.0
w:huiswerk|interpreteren|-0.98
w:huiswerk|geruststellen|-0.98
w:huiswerk|ondervragen|0.98
w:huiswerk|vervolgafspraak|0.1
w:huiswerk|bedanken|0.91
w:huiswerkinstituut|ondervragen|-0.95
w:huiswerkklas|parafrase|-0.96
w:huiswerkklas|samenvatting|0.88
w:huiswerkklas|adviseren|0.94
w:huiswerkopdracht|ik-boodschap|0.86
w:huiswerkopdracht|jij-boodschap|-0.92
w:huiswerkopdracht|bekritiseren|-0.92
w:huiswerktijd|adviseren|0.99
w:huiswerktijd|prijzen|-0.96
w:huiswerkuur|ondervragen|-0.9
w:hulp|prijzen|0.97
w:hun|ik-boodschap|0.92
w:hun|moraliseren|0.93
w:hysterisch|bevelen|1.83
w:hysterisch|etiketteren|0.99
w:hè|ik-boodschap|-0.94
w:hè|gevoelsreflectie|0.94
w:hè|open-vraag|-0.99
w:hé|afleiden|-0.86
w:idee|interpreteren|1.63
w:iedereen|jij-boodschap|0.97
w:iedereen|samenvatting|-0.97
w:iedereen|bekritiseren|0.2
w:iedereen|prijzen|-0.88
w:iedereen|geruststellen|-1.63
w:iedereen|afleiden|1.63
w:iemand|jij-boodschap|-1.8
w:iemand|bevelen|-0.91
w:iemand|waarschuwen|-0.98
w:iemand|moraliseren|2.57
w:iemand|bekritiseren|-1.66
w:iets|jij-boodschap|1.0
w:iets|gevoelsreflectie|-0.81
w:iets|open-vraag|1.0
w:iets|geruststellen|-0.86
w:iets|ondervragen|-0.99
w:iets|afleiden|0.33
w:iets|afronding-aankondigen|-0.98
w:iets|vervolgafspraak|-0.98
w:ik|ik-boodschap|3.73
w:ik|jij-boodschap|-2.06
w:ik|parafrase|-1.07
w:ik|gevoelsreflectie|-1.63
w:ik|samenvatting|-1.97
w:ik|open-vraag|-1.65
w:ik|aanmoediging|0.93
w:ik|bevelen|-1.02
w:ik|waarschuwen|0.58
w:ik|moraliseren|-1.99
w:ik|argumenteren|-3.2
w:ik|bekritiseren|-3.48
w:ik|prijzen|-0.98
w:ik|etiketteren|-1.0
w:ik|geruststellen|-2.2
w:ik|ondervragen|-1.94
w:ik|afleiden|-0.94
w:ik|afronding-aankondigen|2.54
w:ik|vervolgafspraak|2.19
w:ik|bedanken|-1.73
w:in|parafrase|-0.98
w:in|gevoelsreflectie|-0.16
w:in|samenvatting|0.89
w:in|open-vraag|-1.05
w:in|bevelen|-0.86
w:in|waarschuwen|-0.22
w:in|moraliseren|0.73
w:in|adviseren|-1.97
w:in|argumenteren|1.58
w:in|bekritiseren|1.06
w:in|prijzen|0.83
w:in|etiketteren|-0.98
w:in|interpreteren|-0.76
w:in|ondervragen|-0.65
w:in|vervolgafspraak|0.68
w:in|bedanken|-0.99
w:incident|waarschuwen|0.83
w:incident|etiketteren|-0.98
w:incident|afleiden|0.91
w:informatie|jij-boodschap|-0.86
w:informatieavond|afleiden|-0.95
w:ingeleverd|ik-boodschap|0.95
w:ingeleverd|jij-boodschap|-0.76
w:ingeleverd|moraliseren|0.81
w:ingeleverd|argumenteren|0.96
w:ingeleverd|bekritiseren|-0.81
w:ingelevert|ik-boodschap|0.86
w:ingelevert|jij-boodschap|-0.92
w:ingelevert|bekritiseren|-0.92
w:ingelicht|gevoelsreflectie|1.87
w:ingelicht|ondervragen|0.97
w:ingevuld|bekritiseren|-0.8
w:ingezet|bekritiseren|0.96
w:inhalen|ik-boodschap|0.95
w:inhalen|prijzen|0.97
w:inleveren|bevelen|1.0
w:inlevert|waarschuwen|1.97
w:inlevert|moraliseren|-0.97
w:inlevert|prijzen|-0.98
w:inlevert|afronding-aankondigen|-0.99
w:inmiddels|jij-boodschap|-0.99
w:inplannen|samenvatting|-0.95
w:inplannen|afronding-aankondigen|-0.8
w:instelling|etiketteren|-0.97
w:interesseert|bekritiseren|0.62
w:intern|afronding-aankondigen|-0.94
w:invallers|bekritiseren|0.7
w:inzet|jij-boodschap|-0.56
w:inzet|bekritiseren|1.69
w:inzet|bedanken|-1.86
w:iris|open-vraag|-0.9
w:is|ik-boodschap|-1.05
w:is|jij-boodschap|0.2
w:is|parafrase|0.23
w:is|gevoelsreflectie|-1.02
w:is|samenvatting|-0.72
w:is|open-vraag|-0.89
w:is|aanmoediging|-0.99
w:is|bevelen|-0.12
w:is|waarschuwen|-1.0
w:is|adviseren|-2.03
w:is|argumenteren|0.95
w:is|bekritiseren|-1.01
w:is|prijzen|-1.99
w:is|interpreteren|-0.29
w:is|geruststellen|-1.04
w:is|ondervragen|-2.91
w:is|afleiden|-1.53
w:is|vervolgafspraak|-0.92
w:is|bedanken|-0.95
w:ja|parafrase|-1.0
w:ja|gevoelsreflectie|-1.0
w:ja|open-vraag|-0.82
w:ja|aanmoediging|1.53
w:ja|bekritiseren|-0.13
w:ja|interpreteren|-0.96
w:ja|ondervragen|-1.93
w:ja|afleiden|0.88
w:jaar|jij-boodschap|-0.81
w:jaar|waarschuwen|0.94
w:jaar|moraliseren|-0.81
w:jaar|afleiden|-0.95
w:jaarplanning|argumenteren|0.9
w:jaloers|jij-boodschap|-0.75
w:jaloers|interpreteren|0.99
w:jammer|parafrase|-0.94
w:jammer|gevoelsreflectie|-0.92
w:jammer|samenvatting|-0.94
w:jammer|adviseren|0.99
w:jammer|interpreteren|-0.94
w:jammer|geruststellen|-0.94
w:jammer|bedanken|-0.98
w:jansen|bekritiseren|-1.84
w:januari|ik-boodschap|-1.0
w:jayden|ik-boodschap|0.96
w:jayden|jij-boodschap|-0.72
w:jayden|gevoelsreflectie|0.81
w:jayden|bekritiseren|-0.91
w:je|ik-boodschap|1.03
w:je|jij-boodschap|-1.41
w:je|parafrase|-3.59
w:je|gevoelsreflectie|-1.62
w:je|samenvatting|0.74
w:je|open-vraag|-0.74
w:je|aanmoediging|-0.99
w:je|bevelen|-1.9
w:je|waarschuwen|0.13
w:je|adviseren|0.93
w:je|argumenteren|-2.71
w:je|bekritiseren|-0.13
w:je|prijzen|-0.95
w:je|etiketteren|-1.16
w:je|interpreteren|-0.93
w:je|geruststellen|0.61
w:je|ondervragen|-1.94
w:je|afleiden|-1.74
w:je|afronding-aankondigen|-0.19
w:je|vervolgafspraak|-2.06
w:je|bedanken|-1.86
w:jesse|ik-boodschap|0.95
w:jesse|jij-boodschap|-0.95
w:jesse|parafrase|-0.98
w:jesse|bekritiseren|-0.95
w:jeugd|interpreteren|1.0
w:jezelf|ik-boodschap|0.83
w:jezelf|jij-boodschap|-0.97
w:jij|jij-boodschap|1.88
w:jij|parafrase|-1.06
w:jij|samenvatting|-0.26
w:jij|bevelen|-0.84
w:jij|moraliseren|-0.99
w:jij|adviseren|-1.92
w:jij|argumenteren|-0.86
w:jij|bekritiseren|1.49
w:jij|prijzen|1.62
w:jij|interpreteren|-0.69
w:jij|geruststellen|0.81
w:jij|ondervragen|-1.97
w:jij|afleiden|-0.96
w:jij|vervolgafspraak|-1.0
w:joep|jij-boodschap|1.66
w:joep|bekritiseren|1.66
w:joh|bekritiseren|-0.23
w:joh|prijzen|-1.0
w:joh|geruststellen|1.97
w:joh|afleiden|0.97
w:jongen|argumenteren|-1.0
w:jongen|bekritiseren|-0.74
w:jongen|prijzen|0.97
w:jou|jij-boodschap|0.97
w:jou|gevoelsreflectie|-1.06
w:jou|samenvatting|-1.95
w:jou|adviseren|0.98
w:jou|bekritiseren|0.72
w:jouw|moraliseren|0.99
w:jouw|adviseren|0.97
w:jouw|argumenteren|-0.99
w:juist|jij-boodschap|-1.0
w:julian|gevoelsreflectie|-0.99
w:julian|bekritiseren|-0.79
w:jullie|ik-boodschap|1.01
w:jullie|jij-boodschap|1.81
w:jullie|parafrase|-1.64
w:jullie|open-vraag|1.8
w:jullie|bevelen|0.78
w:jullie|waarschuwen|-0.96
w:jullie|moraliseren|-1.91
w:jullie|adviseren|-1.0
w:jullie|bekritiseren|3.38
w:jullie|prijzen|1.87
w:jullie|etiketteren|-0.97
w:jullie|geruststellen|-1.67
w:jullie|afleiden|-0.96
w:kader|adviseren|-0.92
w:kamer|ik-boodschap|1.0
w:kamer|jij-boodschap|-1.0
w:kamer|gevoelsreflectie|-1.0
w:kamer|adviseren|1.0
w:kamer|bekritiseren|-1.0
w:kamp|ik-boodschap|-0.94
w:kamp|gevoelsreflectie|0.94
w:kamp|open-vraag|-1.0
w:kamp|waarschuwen|0.97
w:kamp|afleiden|1.84
w:kampweek|parafrase|-0.99
w:kampweek|samenvatting|0.99
w:kan|ik-boodschap|3.84
w:kan|parafrase|-0.94
w:kan|samenvatting|-1.0
w:kan|open-vraag|-0.96
w:kan|bevelen|-0.84
w:kan|waarschuwen|-1.02
w:kan|moraliseren|-0.86
w:kan|argumenteren|-0.12
w:kan|bekritiseren|0.98
w:kan|prijzen|0.97
w:kan|etiketteren|-1.93
w:kan|interpreteren|-1.98
w:kan|geruststellen|-0.93
w:kan|ondervragen|-0.97
w:kan|afleiden|-0.99
w:kan|afronding-aankondigen|0.98
w:kan|bedanken|-0.98
w:kans|ik-boodschap|0.85
w:kans|samenvatting|0.98
w:kans|bevelen|0.87
w:kans|etiketteren|-0.97
w:kant|bekritiseren|0.6
w:kast|argumenteren|-0.92
w:keer|ik-boodschap|-1.86
w:keer|gevoelsreflectie|-1.89
w:keer|samenvatting|0.26
w:keer|bevelen|-0.92
w:keer|waarschuwen|1.1
w:keer|moraliseren|-0.79
w:keer|adviseren|-1.95
w:keer|argumenteren|-1.07
w:keer|interpreteren|-0.93
w:keer|afronding-aankondigen|-0.94
w:keer|vervolgafspraak|0.9
w:keer|bedanken|0.7
w:keuken|waarschuwen|-0.93
w:keus|prijzen|0.94
w:keuze|parafrase|-0.86
w:keuze|bekritiseren|0.89
w:keuzevak|open-vraag|-0.91
w:kevin|ik-boodschap|0.93
w:kiezen|bekritiseren|-0.91
w:kijk|jij-boodschap|-1.96
w:kijk|moraliseren|-0.97
w:kijk|argumenteren|1.65
w:kijk|bekritiseren|-0.68
w:kijk|interpreteren|-0.99
w:kijk|afleiden|-0.99
w:kijken|parafrase|-0.96
w:kijken|samenvatting|0.77
w:kijken|bevelen|-0.99
w:kijken|bedanken|-0.97
w:kijkt|jij-boodschap|-0.72
w:kijkt|gevoelsreflectie|2.56
w:kijkt|open-vraag|0.91
w:kijkt|bekritiseren|-1.31
w:kim|open-vraag|0.9
w:kim|afleiden|-0.91
w:kind|moraliseren|2.82
w:kind|bekritiseren|-1.82
w:kinderen|open-vraag|-0.82
w:kinderen|bevelen|-0.92
w:kinderen|moraliseren|0.97
w:kinderen|bekritiseren|-0.36
w:kinderen|interpreteren|-0.96
w:kinderen|geruststellen|0.95
w:klaar|bekritiseren|-0.98
w:klas|ik-boodschap|0.85
w:klas|jij-boodschap|-0.83
w:klas|gevoelsreflectie|-0.47
w:klas|samenvatting|-0.92
w:klas|open-vraag|-0.94
w:klas|waarschuwen|0.94
w:klas|moraliseren|-1.81
w:klas|bekritiseren|-0.15
w:klas|prijzen|1.01
w:klas|etiketteren|-1.0
w:klas|interpreteren|-0.99
w:klas|afleiden|-0.89
w:klas|vervolgafspraak|-0.95
w:klasgenoot|ik-boodschap|0.93
w:klasgenoten|samenvatting|-0.98
w:kleuter|jij-boodschap|1.58
w:kleuter|gevoelsreflectie|-0.89
w:kleuter|bekritiseren|-0.96
w:kleuter|etiketteren|0.95
w:kleuter|geruststellen|-0.7
w:kleuterachtig|etiketteren|0.9
w:klinkt|ik-boodschap|-0.95
w:klinkt|parafrase|-0.86
w:klinkt|gevoelsreflectie|5.19
w:klinkt|open-vraag|0.74
w:klinkt|aanmoediging|-1.0
w:klinkt|bekritiseren|-0.98
w:klinkt|geruststellen|-0.96
w:klinkt|afleiden|-0.9
w:klinkt|bedanken|-1.0
w:klopt|jij-boodschap|-1.0
w:klopt|gevoelsreflectie|-1.0
w:klopt|samenvatting|0.92
w:klopt|open-vraag|-1.0
w:klopt|aanmoediging|-0.98
w:klopt|argumenteren|1.97
w:klopt|ondervragen|-0.74
w:kluisjes|ik-boodschap|0.88
w:koekje|geruststellen|-0.95
w:koffie|bevelen|-0.99
w:koken|moraliseren|-0.91
w:kom|ik-boodschap|-0.12
w:kom|jij-boodschap|-1.2
w:kom|parafrase|-1.0
w:kom|gevoelsreflectie|-1.0
w:kom|samenvatting|-1.0
w:kom|open-vraag|-1.0
w:kom|aanmoediging|-1.0
w:kom|bevelen|1.0
w:kom|waarschuwen|-1.0
w:kom|moraliseren|-1.91
w:kom|adviseren|-1.0
w:kom|argumenteren|-1.0
w:kom|bekritiseren|-1.68
w:kom|prijzen|-1.0
w:kom|etiketteren|-1.0
w:kom|interpreteren|-1.0
w:kom|geruststellen|-1.0
w:kom|ondervragen|-1.0
w:kom|afleiden|-1.0
w:kom|afronding-aankondigen|-1.0
w:kom|vervolgafspraak|-1.0
w:kom|bedanken|-1.0
w:komen|ik-boodschap|-0.95
w:komen|moraliseren|-0.79
w:komen|bekritiseren|0.54
w:komst|afleiden|-0.99
w:komst|afronding-aankondigen|-0.78
w:komst|bedanken|0.91
w:komt|ik-boodschap|0.94
w:komt|jij-boodschap|1.82
w:komt|gevoelsreflectie|-0.8
w:komt|bevelen|-3.66
w:komt|waarschuwen|-1.0
w:komt|moraliseren|-1.74
w:komt|adviseren|0.99
w:komt|argumenteren|-1.93
w:komt|bekritiseren|1.14
w:komt|prijzen|-0.97
w:komt|geruststellen|2.92
w:komt|afleiden|-2.86
w:komt|vervolgafspraak|-0.59
w:kon|jij-boodschap|-0.94
w:kon|parafrase|0.83
w:kon|gevoelsreflectie|-1.88
w:kon|adviseren|0.99
w:kon|prijzen|-1.0
w:kon|afleiden|-1.0
w:kon|vervolgafspraak|0.99
w:koptelefoon|open-vraag|-0.9
w:kort|jij-boodschap|-0.86
w:kort|samenvatting|0.93
w:kortom|ik-boodschap|-1.0
w:kortom|jij-boodschap|1.89
w:kortom|samenvatting|2.58
w:kortom|aanmoediging|-0.93
w:kortom|bevelen|-0.92
w:kortom|waarschuwen|-1.0
w:kortom|moraliseren|-0.99
w:kortom|adviseren|-0.99
w:kortom|bekritiseren|1.14
w:kortom|interpreteren|-1.0
w:kortom|afleiden|-0.96
w:kortom|afronding-aankondigen|0.4
w:kortom|bedanken|0.99
w:kortzichtige|argumenteren|-1.0
w:kortzichtige|bekritiseren|1.0
w:kost|bedanken|0.91
w:kosten|waarschuwen|0.91
w:kreeg|gevoelsreflectie|0.63
w:kreeg|samenvatting|0.97
w:kreeg|vervolgafspraak|0.63
w:krijg|moraliseren|-0.97
w:krijg|afronding-aankondigen|-0.99
w:krijgen|bekritiseren|-0.99
w:krijgt|ik-boodschap|-0.99
w:krijgt|parafrase|-0.79
w:krijgt|samenvatting|0.62
w:krijgt|waarschuwen|0.14
w:krijgt|moraliseren|0.81
w:krijgt|argumenteren|1.87
w:krijgt|bekritiseren|-1.0
w:krijgt|interpreteren|-0.96
w:krijgt|bedanken|0.99
w:kritiek|jij-boodschap|1.8
w:kritiek|gevoelsreflectie|-0.81
w:kritiek|bekritiseren|2.09
w:kun|ik-boodschap|0.93
w:kunnen|jij-boodschap|-0.91
w:kunnen|parafrase|0.94
w:kunnen|adviseren|0.99
w:kunnen|argumenteren|1.91
w:kunnen|bekritiseren|0.51
w:kunnen|afronding-aankondigen|0.94
w:kunt|ik-boodschap|0.98
w:kunt|jij-boodschap|0.7
w:kunt|parafrase|-1.92
w:kunt|open-vraag|1.0
w:kunt|adviseren|1.99
w:kunt|argumenteren|-0.92
w:kunt|bekritiseren|0.7
w:kunt|prijzen|1.68
w:kunt|vervolgafspraak|-1.0
w:kwaad|interpreteren|0.65
w:kwam|ik-boodschap|0.83
w:kwam|ondervragen|0.61
w:kwart|ik-boodschap|-0.91
w:kwartier|afronding-aankondigen|-0.99
w:kwetst|ik-boodschap|0.88
w:laag|parafrase|0.93
w:laag|argumenteren|0.93
w:laars|jij-boodschap|0.86
w:laars|samenvatting|-0.63
w:laat|ik-boodschap|-0.93
w:laat|jij-boodschap|-0.14
w:laat|parafrase|-0.99
w:laat|gevoelsreflectie|-0.8
w:laat|samenvatting|0.99
w:laat|open-vraag|-1.99
w:laat|waarschuwen|0.93
w:laat|moraliseren|1.02
w:laat|adviseren|0.84
w:laat|argumenteren|0.88
w:laat|bekritiseren|-0.24
w:laat|interpreteren|-1.93
w:laat|geruststellen|-1.0
w:laat|ondervragen|-0.49
w:laat|afleiden|-0.94
w:laat|afronding-aankondigen|-1.0
w:laatste|ik-boodschap|-0.7
w:laatste|samenvatting|-0.94
w:laatste|open-vraag|0.98
w:laatste|adviseren|-0.93
w:laatste|etiketteren|-0.97
w:laatste|geruststellen|0.89
w:laatste|afleiden|-0.97
w:laatste|afronding-aankondigen|-0.98
w:laatste|vervolgafspraak|-0.88
w:lage|samenvatting|0.93
w:laks|bekritiseren|1.0
w:lang|bekritiseren|0.72
w:lang|ondervragen|0.92
w:langst|moraliseren|0.96
w:lapt|jij-boodschap|0.86
w:lapt|samenvatting|-0.63
w:laptop|ik-boodschap|0.93
w:lars|prijzen|-0.99
w:lastig|ik-boodschap|0.94
w:lastig|gevoelsreflectie|-0.8
w:lastig|open-vraag|0.9
w:lastig|argumenteren|-0.94
w:lastig|bekritiseren|0.12
w:lastige|argumenteren|-0.9
w:lastpak|jij-boodschap|1.0
w:lastpak|bevelen|-1.0
w:lastpak|etiketteren|0.97
w:laten|jij-boodschap|-0.98
w:laten|parafrase|0.82
w:laten|gevoelsreflectie|-0.99
w:laten|samenvatting|-1.94
w:laten|bevelen|-0.92
w:laten|adviseren|1.86
w:laten|argumenteren|-0.99
w:laten|bekritiseren|-0.77
w:laten|etiketteren|-0.97
w:laten|interpreteren|0.98
w:laten|geruststellen|-0.99
w:laten|afleiden|1.66
w:laten|afronding-aankondigen|2.41
w:laten|vervolgafspraak|-0.58
w:later|open-vraag|-0.9
w:later|geruststellen|-0.78
w:later|afleiden|0.9
w:leeftijd|bevelen|-0.98
w:leeftijd|geruststellen|0.15
w:leeftijd|afleiden|0.99
w:leek|jij-boodschap|0.86
w:leek|samenvatting|-0.63
w:leerling|gevoelsreflectie|-0.9
w:leerling|moraliseren|1.73
w:leerling|argumenteren|0.95
w:leerling|prijzen|0.99
w:leerling|afleiden|-0.9
w:leerlingen|ik-boodschap|-0.92
w:leerlingen|moraliseren|-1.0
w:leerlingen|argumenteren|0.13
w:leerlingen|prijzen|1.0
w:leerlingen|etiketteren|-1.0
w:leerplichtambtenaar|waarschuwen|0.74
w:leert|ik-boodschap|0.9
w:leert|parafrase|0.98
w:leert|argumenteren|-0.85
w:leerweg|adviseren|-0.92
w:leest|moraliseren|-0.9
w:leg|bevelen|0.86
w:leg|adviseren|-0.95
w:leggen|ik-boodschap|1.0
w:leggen|jij-boodschap|-1.0
w:leggen|gevoelsreflectie|-1.0
w:leggen|bevelen|0.87
w:leggen|waarschuwen|-0.93
w:leggen|adviseren|1.92
w:leggen|bekritiseren|-1.0
w:lekker|bekritiseren|1.38
w:leraar|moraliseren|0.79
w:leren|moraliseren|0.71
w:leren|bekritiseren|1.53
w:leren|etiketteren|0.86
w:les|ik-boodschap|-0.7
w:les|jij-boodschap|0.9
w:les|parafrase|0.99
w:les|bevelen|0.13
w:les|argumenteren|-1.94
w:les|bekritiseren|0.26
w:les|etiketteren|-0.9
w:lesgeven|waarschuwen|-0.99
w:lessen|argumenteren|0.98
w:lessen|bekritiseren|0.94
w:let|ik-boodschap|-0.93
w:let|jij-boodschap|1.0
w:let|open-vraag|-0.83
w:let|bevelen|-0.79
w:let|bekritiseren|1.99
w:let|prijzen|-1.0
w:let|geruststellen|0.94
w:letten|adviseren|-0.99
w:letten|bekritiseren|-0.7
w:leuk|jij-boodschap|-0.35
w:leuk|bekritiseren|-0.35
w:leukste|argumenteren|-0.86
w:leukste|prijzen|1.0
w:leukste|etiketteren|-1.0
w:leven|bevelen|-0.85
w:leven|moraliseren|0.77
w:lever|bevelen|1.85
w:lever|afleiden|-0.96
w:lezen|ik-boodschap|-0.94
w:lezen|jij-boodschap|0.62
w:lezen|parafrase|0.94
w:lezen|bedanken|0.91
w:liam|gevoelsreflectie|-0.88
w:liegen|moraliseren|0.95
w:liegt|bekritiseren|0.96
w:lieke|adviseren|0.98
w:liever|open-vraag|-0.94
w:liever|afleiden|0.91
w:lig|jij-boodschap|1.66
w:lig|bekritiseren|1.66
w:liggen|parafrase|0.84
w:liggen|gevoelsreflectie|-0.99
w:liggen|moraliseren|0.97
w:liggen|adviseren|0.99
w:liggen|bekritiseren|-0.23
w:liggen|prijzen|-1.0
w:liggen|geruststellen|1.0
w:ligt|samenvatting|0.88
w:ligt|open-vraag|-0.99
w:lijkt|samenvatting|-0.99
w:lijkt|bekritiseren|-1.0
w:lijkt|etiketteren|-0.98
w:lijkt|interpreteren|-1.0
w:lijkt|geruststellen|1.0
w:lijkt|vervolgafspraak|-1.0
w:lip|bekritiseren|0.95
w:logisch|argumenteren|1.87
w:lokaal|open-vraag|-0.98
w:lokaal|geruststellen|-1.0
w:lokaal|vervolgafspraak|1.0
w:loop|waarschuwen|-0.85
w:loop|interpreteren|-0.99
w:loopt|waarschuwen|-1.0
w:loopt|interpreteren|-0.98
w:los|bekritiseren|-0.76
w:los|interpreteren|0.98
w:loslaten|prijzen|0.98
w:lotte|ik-boodschap|0.98
w:lotte|open-vraag|0.99
w:lotte|argumenteren|-0.98
w:lotte|afronding-aankondigen|-1.0
w:lucas|waarschuwen|0.97
w:luchtig|bekritiseren|0.72
w:luchtig|afronding-aankondigen|-0.71
w:lui|moraliseren|-0.98
w:lui|bekritiseren|1.44
w:lui|etiketteren|0.86
w:lui|interpreteren|0.7
w:luie|jij-boodschap|1.0
w:luie|argumenteren|-1.0
w:luister|gevoelsreflectie|0.99
w:luister|open-vraag|-0.95
w:luister|aanmoediging|1.92
w:luisteren|bevelen|0.92
w:luisteren|geruststellen|-0.98
w:luisteren|afronding-aankondigen|0.98
w:luisteren|bedanken|-0.98
w:luistert|jij-boodschap|0.93
w:luistert|parafrase|-0.95
w:luistert|gevoelsreflectie|-0.85
w:luistert|bevelen|0.92
w:luistert|bekritiseren|0.82
w:lukt|parafrase|-0.96
w:lukt|aanmoediging|-0.93
w:lukt|adviseren|-0.99
w:lukt|bekritiseren|-0.97
w:lukt|prijzen|1.0
w:lukt|afronding-aankondigen|-0.78
w:lunch|ik-boodschap|1.0
w:lunch|open-vraag|0.83
w:lunch|adviseren|-1.0
w:luuk|jij-boodschap|1.58
w:luuk|gevoelsreflectie|-0.89
w:luuk|open-vraag|-0.98
w:luuk|etiketteren|0.95
w:luuk|geruststellen|-0.7
w:m'n|jij-boodschap|-0.55
w:maag|jij-boodschap|-0.55
w:maak|ik-boodschap|1.01
w:maak|jij-boodschap|-1.0
w:maak|gevoelsreflectie|-1.0
w:maak|open-vraag|0.83
w:maak|aanmoediging|-1.0
w:maak|bevelen|0.99
w:maak|waarschuwen|-1.0
w:maak|adviseren|-0.15
w:maak|bekritiseren|-1.0
w:maak|interpreteren|-0.93
w:maak|geruststellen|1.05
w:maakt|ik-boodschap|-0.85
w:maakt|parafrase|-0.98
w:maakt|gevoelsreflectie|1.14
w:maakt|samenvatting|1.01
w:maakt|open-vraag|1.05
w:maakt|moraliseren|-0.81
w:maakt|bekritiseren|0.99
w:maakt|prijzen|-1.93
w:maakt|etiketteren|-0.97
w:maakt|interpreteren|0.99
w:maakt|afleiden|-0.97
w:maakt|vervolgafspraak|1.08
w:maakte|open-vraag|0.95
w:maand|ik-boodschap|0.84
w:maand|samenvatting|-1.0
w:maand|bekritiseren|-0.8
w:maand|afleiden|0.88
w:maand|afronding-aankondigen|-0.95
w:maand|vervolgafspraak|0.84
w:maand|bedanken|-0.97
w:maandag|gevoelsreflectie|0.63
w:maandag|samenvatting|0.23
w:maandag|bevelen|1.85
w:maandag|geruststellen|-1.0
w:maandag|vervolgafspraak|1.67
w:maandje|geruststellen|0.97
w:maar|ik-boodschap|-1.93
w:maar|jij-boodschap|1.88
w:maar|parafrase|0.98
w:maar|gevoelsreflectie|0.9
w:maar|samenvatting|-1.59
w:maar|open-vraag|-3.66
w:maar|aanmoediging|0.99
w:maar|bevelen|-0.83
w:maar|moraliseren|0.92
w:maar|adviseren|0.92
w:maar|bekritiseren|-0.11
w:maar|prijzen|-1.88
w:maar|etiketteren|-1.0
w:maar|interpreteren|0.65
w:maar|geruststellen|2.58
w:maar|ondervragen|-0.9
w:maar|afleiden|2.05
w:maar|vervolgafspraak|-0.95
w:maart|jij-boodschap|-0.98
w:maart|samenvatting|0.98
w:maart|vervolgafspraak|0.98
w:machteloos|gevoelsreflectie|0.96
w:machteloos|bevelen|-0.84
w:mag|ik-boodschap|-0.94
w:mag|gevoelsreflectie|0.94
w:mag|aanmoediging|0.93
w:mag|waarschuwen|0.97
w:mag|moraliseren|0.97
w:mag|etiketteren|-0.98
w:magister|ik-boodschap|0.95
w:magister|jij-boodschap|0.49
w:magister|open-vraag|-1.0
w:magister|argumenteren|-1.0
w:magister|bekritiseren|0.26
w:magister|afronding-aankondigen|-1.0
w:mail|gevoelsreflectie|-0.8
w:mail|samenvatting|1.0
w:mail|open-vraag|-0.83
w:mail|bevelen|-0.92
w:mail|argumenteren|-0.94
w:mail|bekritiseren|0.91
w:mail|prijzen|-1.0
w:mail|ondervragen|1.0
w:mail|vervolgafspraak|0.95
w:mails|gevoelsreflectie|0.78
w:mails|bekritiseren|1.08
w:mails|geruststellen|-0.74
w:mailt|vervolgafspraak|1.0
w:mailt|bedanken|-1.0
w:maken|ik-boodschap|0.94
w:maken|gevoelsreflectie|-0.94
w:maken|bevelen|-0.99
w:maken|geruststellen|0.76
w:maken|afronding-aankondigen|-0.76
w:maken|vervolgafspraak|0.86
w:makkelijk|bekritiseren|-1.75
w:makkelijk|prijzen|0.97
w:makkelijk|interpreteren|0.28
w:man|ik-boodschap|1.0
w:man|samenvatting|-1.0
w:manier|parafrase|0.85
w:manier|argumenteren|-1.0
w:manier|bekritiseren|1.0
w:materiaal|afronding-aankondigen|-1.0
w:me|ik-boodschap|3.56
w:me|jij-boodschap|-1.0
w:me|parafrase|-0.98
w:me|gevoelsreflectie|-0.73
w:me|samenvatting|-1.97
w:me|open-vraag|-1.0
w:me|aanmoediging|-1.0
w:me|bevelen|-0.96
w:me|waarschuwen|-1.99
w:me|moraliseren|-0.77
w:me|argumenteren|-1.0
w:me|bekritiseren|1.05
w:me|interpreteren|-0.98
w:me|geruststellen|-0.91
w:me|afleiden|-1.0
w:me|afronding-aankondigen|-1.0
w:me|vervolgafspraak|-1.0
w:medewerking|bekritiseren|1.0
w:medewerking|afronding-aankondigen|-1.0
w:medewerking|bedanken|-1.0
w:mee|ik-boodschap|-0.93
w:mee|jij-boodschap|0.55
w:mee|parafrase|-0.82
w:mee|open-vraag|0.98
w:mee|aanmoediging|-0.99
w:mee|waarschuwen|0.98
w:mee|moraliseren|-0.99
w:mee|bekritiseren|-0.91
w:mee|prijzen|1.93
w:mee|interpreteren|0.9
w:mee|geruststellen|-1.0
w:mee|afronding-aankondigen|0.99
w:mee|vervolgafspraak|0.14
w:meedenken|vervolgafspraak|1.0
w:meedenken|bedanken|1.0
w:meedenkend|waarschuwen|-0.75
w:meedenkt|geruststellen|-1.0
w:meedenkt|bedanken|-1.0
w:meedoen|ik-boodschap|1.9
w:meedoen|argumenteren|-0.98
w:meekrijgen|ik-boodschap|-0.91
w:meer|ik-boodschap|0.92
w:meer|jij-boodschap|-1.71
w:meer|parafrase|0.96
w:meer|open-vraag|0.91
w:meer|moraliseren|1.87
w:meer|bekritiseren|-0.97
w:meer|prijzen|0.98
w:meer|interpreteren|-0.92
w:meer|ondervragen|0.97
w:meer|vervolgafspraak|-1.0
w:mees|ik-boodschap|-0.92
w:mees|parafrase|-0.98
w:meest|open-vraag|0.98
w:meest|aanmoediging|-0.98
w:meest|bedanken|-0.98
w:meevalt|interpreteren|-0.98
w:meewerken|jij-boodschap|-1.0
w:meewerkt|waarschuwen|0.74
w:mei|argumenteren|0.87
w:meid|bekritiseren|-1.37
w:meid|prijzen|0.97
w:meiden|parafrase|0.95
w:meivakantie|open-vraag|0.99
w:meld|waarschuwen|1.0
w:melden|ik-boodschap|0.96
w:melden|waarschuwen|-0.96
w:melden|moraliseren|-0.79
w:melden|argumenteren|0.9
w:meldt|ik-boodschap|-0.93
w:meldt|bevelen|0.98
w:meneer|bekritiseren|-1.73
w:meneer|etiketteren|0.9
w:meneer|geruststellen|0.92
w:meneer|afleiden|-1.0
w:mentor|gevoelsreflectie|0.87
w:mentor|samenvatting|-0.9
w:mentor|aanmoediging|-0.93
w:mentor|bevelen|-0.87
w:mentor|etiketteren|-0.87
w:mentor|interpreteren|-0.94
w:mentor|geruststellen|-0.94
w:mentor|afleiden|-1.0
w:mentor|vervolgafspraak|0.87
w:mentor|bedanken|0.95
w:merk|parafrase|-1.0
w:merk|interpreteren|-0.98
w:merk|afronding-aankondigen|-0.99
w:merk|vervolgafspraak|0.1
w:merkt|ik-boodschap|1.81
w:merkt|parafrase|0.99
w:merkt|gevoelsreflectie|-1.88
w:merkt|adviseren|0.99
w:met|ik-boodschap|1.13
w:met|jij-boodschap|-1.98
w:met|parafrase|-1.86
w:met|samenvatting|-0.12
w:met|open-vraag|-1.9
w:met|bevelen|-0.86
w:met|waarschuwen|-2.05
w:met|adviseren|0.96
w:met|argumenteren|-0.99
w:met|bekritiseren|0.61
w:met|prijzen|0.97
w:met|geruststellen|-2.7
w:met|ondervragen|0.64
w:met|afleiden|-0.17
w:met|afronding-aankondigen|0.68
w:met|vervolgafspraak|0.68
w:meteen|samenvatting|-1.0
w:meteen|aanmoediging|-1.0
w:meteen|waarschuwen|-1.0
w:meteen|prijzen|0.97
w:meteen|geruststellen|-1.0
w:meteen|ondervragen|0.99
w:meter|bekritiseren|0.82
w:mevrouw|ik-boodschap|-0.98
w:mevrouw|bevelen|1.03
w:mevrouw|bekritiseren|-0.9
w:mevrouw|etiketteren|0.97
w:mevrouw|geruststellen|-0.98
w:mevrouw|afleiden|-0.91
w:middag|samenvatting|-0.98
w:middag|open-vraag|1.0
w:middernacht|bekritiseren|1.77
w:mij|jij-boodschap|1.15
w:mij|parafrase|-0.99
w:mij|gevoelsreflectie|-1.0
w:mij|aanmoediging|-1.0
w:mij|bevelen|0.92
w:mij|waarschuwen|-0.94
w:mij|moraliseren|-0.93
w:mij|adviseren|-1.0
w:mij|argumenteren|-0.98
w:mij|bekritiseren|0.83
w:mij|interpreteren|1.08
w:mij|geruststellen|-1.0
w:mij|ondervragen|-0.78
w:mij|vervolgafspraak|1.0
w:mij|bedanken|-1.0
w:mijn|ik-boodschap|-0.88
w:mijn|samenvatting|0.98
w:mijn|open-vraag|-0.9
w:mijn|bevelen|-0.99
w:mijn|moraliseren|0.79
w:mijn|adviseren|0.9
w:mijn|etiketteren|-0.99
w:mijn|vervolgafspraak|-0.9
w:mila|argumenteren|-0.86
w:mila|prijzen|1.99
w:mila|etiketteren|-1.0
w:milan|ik-boodschap|0.95
w:milan|jij-boodschap|-0.76
w:milan|bekritiseren|-0.81
w:minder|ik-boodschap|0.88
w:minder|jij-boodschap|-0.85
w:minder|adviseren|0.9
w:minder|bekritiseren|-1.0
w:minder|interpreteren|-1.0
w:minder|geruststellen|1.0
w:minste|moraliseren|0.97
w:minuten|afleiden|-0.97
w:minuten|vervolgafspraak|-0.9
w:mis|aanmoediging|-0.93
w:mis|argumenteren|0.99
w:misgaat|parafrase|0.98
w:misgaat|argumenteren|-0.85
w:misging|gevoelsreflectie|-0.91
w:misschien|ik-boodschap|1.0
w:misschien|jij-boodschap|-0.3
w:misschien|gevoelsreflectie|0.51
w:misschien|adviseren|3.91
w:misschien|bekritiseren|-0.3
w:missen|moraliseren|-1.0
w:missen|argumenteren|1.0
w:mist|ik-boodschap|0.85
w:mist|parafrase|-0.85
w:mist|open-vraag|-2.0
w:mist|waarschuwen|-0.89
w:mist|moraliseren|-1.0
w:mist|adviseren|-0.94
w:mist|argumenteren|0.91
w:mist|prijzen|-0.79
w:mist|vervolgafspraak|-0.85
w:mo|ik-boodschap|0.96
w:mo|waarschuwen|-0.96
w:moe|ik-boodschap|0.12
w:moe|jij-boodschap|-1.0
w:moe|parafrase|1.0
w:moe|samenvatting|0.93
w:moe|open-vraag|-1.0
w:moe|aanmoediging|-0.99
w:moe|adviseren|1.0
w:moe|interpreteren|-0.7
w:moe|vervolgafspraak|-0.86
w:moe|bedanken|-0.99
w:moedeloos|open-vraag|-1.0
w:moeder|jij-boodschap|-1.0
w:moeder|gevoelsreflectie|-0.98
w:moeder|samenvatting|-1.0
w:moeder|moraliseren|0.99
w:moeder|adviseren|-1.0
w:moeder|argumenteren|-0.99
w:moeder|bekritiseren|0.83
w:moeder|prijzen|-0.1
w:moeder|etiketteren|-0.93
w:moeder|interpreteren|-0.7
w:moeder|afronding-aankondigen|0.68
w:moeder|vervolgafspraak|1.52
w:moeilijk|ik-boodschap|-0.88
w:moeilijk|parafrase|-0.96
w:moeilijk|gevoelsreflectie|1.42
w:moeilijk|open-vraag|1.91
w:moeilijk|argumenteren|0.88
w:moeilijk|interpreteren|1.95
w:moeilijk|ondervragen|-0.98
w:moeilijk|vervolgafspraak|0.63
w:moeite|ik-boodschap|-0.97
w:moeite|jij-boodschap|0.64
w:moeite|samenvatting|0.97
w:moeite|bekritiseren|-2.16
w:moeite|interpreteren|-0.93
w:moeite|geruststellen|-0.76
w:moeite|bedanken|0.91
w:moest|parafrase|0.99
w:moest|interpreteren|-0.7
w:moet|ik-boodschap|2.03
w:moet|jij-boodschap|-1.96
w:moet|gevoelsreflectie|2.56
w:moet|aanmoediging|-0.95
w:moet|bevelen|0.1
w:moet|waarschuwen|0.88
w:moet|moraliseren|1.87
w:moet|adviseren|1.0
w:moet|argumenteren|1.85
w:moet|bekritiseren|-1.0
w:moet|prijzen|-0.88
w:moet|afronding-aankondigen|-1.0
w:moet|vervolgafspraak|-0.9
w:moeten|bevelen|0.91
w:moeten|waarschuwen|-0.96
w:moeten|moraliseren|2.86
w:moeten|adviseren|-0.9
w:moeten|argumenteren|-0.93
w:moeten|bekritiseren|-0.9
w:moeten|prijzen|0.99
w:moeten|afronding-aankondigen|0.83
w:moeten|vervolgafspraak|-0.94
w:mogen|moraliseren|0.97
w:mohammed|jij-boodschap|1.49
w:mohammed|adviseren|-0.94
w:mohammed|bekritiseren|-0.98
w:mohammed|vervolgafspraak|-0.9
w:moment|bekritiseren|-0.82
w:mond|bekritiseren|0.89
w:mooi|ik-boodschap|0.93
w:mooi|bevelen|-0.92
w:mooi|bedanken|-0.95
w:mooie|gevoelsreflectie|-1.0
w:morgen|jij-boodschap|-1.64
w:morgen|samenvatting|-0.94
w:morgen|bevelen|2.69
w:morgen|moraliseren|-0.97
w:morgen|bekritiseren|0.31
w:morgen|prijzen|-1.0
w:morgen|interpreteren|-0.9
w:morgen|vervolgafspraak|0.98
w:motivatie|samenvatting|0.94
w:na|ik-boodschap|-1.93
w:na|jij-boodschap|0.79
w:na|parafrase|-0.99
w:na|bekritiseren|0.95
w:na|ondervragen|-1.0
w:na|afleiden|-0.97
w:na|afronding-aankondigen|-0.12
w:na|vervolgafspraak|2.75
w:naar|ik-boodschap|0.71
w:naar|jij-boodschap|1.01
w:naar|parafrase|-0.94
w:naar|gevoelsreflectie|-1.09
w:naar|samenvatting|0.14
w:naar|bevelen|1.85
w:naar|waarschuwen|1.88
w:naar|moraliseren|-0.86
w:naar|bekritiseren|1.17
w:naar|prijzen|-0.97
w:naar|interpreteren|0.94
w:naar|geruststellen|-0.96
w:naar|ondervragen|-1.0
w:naar|afleiden|0.88
w:naar|vervolgafspraak|-1.0
w:naar|bedanken|-0.85
w:naast|ik-boodschap|1.8
w:naast|parafrase|0.96
w:naast|open-vraag|-0.94
w:naast|moraliseren|-0.91
w:naast|bekritiseren|-0.67
w:nabespreking|open-vraag|0.98
w:nablijven|argumenteren|0.91
w:nachtrust|parafrase|-0.98
w:nachts|ik-boodschap|0.99
w:nachts|waarschuwen|-0.93
w:nadenken|aanmoediging|0.93
w:natuurkunde|jij-boodschap|-1.0
w:natuurkunde|bekritiseren|-0.68
w:natuurlijk|waarschuwen|-0.9
w:natuurlijk|prijzen|1.93
w:nauwelijks|ik-boodschap|0.92
w:nauwelijks|bekritiseren|0.84
w:nauwelijks|afronding-aankondigen|-0.98
w:nauwelijks|vervolgafspraak|-0.98
w:nederlands|samenvatting|0.7
w:nederlands|waarschuwen|-1.0
w:nederlands|bekritiseren|-0.94
w:nederlands|interpreteren|-0.99
w:nederlands|afleiden|-0.99
w:nee|ik-boodschap|-0.98
w:nee|aanmoediging|-0.85
w:nee|bekritiseren|-0.23
w:nee|prijzen|-1.0
w:nee|geruststellen|1.0
w:neem|aanmoediging|1.92
w:neem|bevelen|-0.93
w:neem|waarschuwen|-0.98
w:neem|adviseren|-0.95
w:neem|etiketteren|-0.99
w:neem|vervolgafspraak|0.82
w:neemt|parafrase|-0.93
w:neemt|moraliseren|-0.93
w:neemt|bekritiseren|-0.85
w:negatief|bekritiseren|1.21
w:negatief|etiketteren|-0.86
w:negen|ik-boodschap|-0.91
w:negen|parafrase|0.99
w:negen|gevoelsreflectie|-0.99
w:negen|samenvatting|0.64
w:negen|bevelen|-0.22
w:negen|moraliseren|0.97
w:negen|adviseren|0.99
w:negen|argumenteren|0.98
w:negen|afronding-aankondigen|0.99
w:negen|bedanken|0.99
w:negeren|ik-boodschap|-0.94
w:nemen|ik-boodschap|1.82
w:nemen|gevoelsreflectie|-0.94
w:nemen|bevelen|-0.85
w:nemen|moraliseren|0.77
w:nergens|jij-boodschap|0.97
w:nergens|samenvatting|-0.97
w:nergens|moraliseren|-0.95
w:nergens|bekritiseren|1.9
w:nestje|jij-boodschap|0.87
w:net|jij-boodschap|1.58
w:net|gevoelsreflectie|-0.89
w:net|etiketteren|0.95
w:net|geruststellen|-0.7
w:netjes|jij-boodschap|-1.0
w:netjes|moraliseren|1.0
w:netjes|geruststellen|-1.0
w:niemand|jij-boodschap|-1.0
w:niemand|parafrase|0.93
w:niemand|gevoelsreflectie|1.92
w:niemand|moraliseren|-0.77
w:niemand|geruststellen|1.8
w:niemand|bedanken|-0.95
w:niet|ik-boodschap|2.07
w:niet|jij-boodschap|-2.29
w:niet|parafrase|1.06
w:niet|gevoelsreflectie|-3.42
w:niet|samenvatting|-2.06
w:niet|open-vraag|0.79
w:niet|aanmoediging|-0.93
w:niet|bevelen|-0.81
w:niet|waarschuwen|-0.19
w:niet|moraliseren|-1.04
w:niet|adviseren|-0.9
w:niet|argumenteren|0.89
w:niet|bekritiseren|-1.01
w:niet|prijzen|-3.86
w:niet|etiketteren|-1.09
w:niet|interpreteren|-0.93
w:niet|geruststellen|0.83
w:niet|ondervragen|-0.74
w:niet|afleiden|-0.17
w:niet|afronding-aankondigen|-2.59
w:niet|vervolgafspraak|-3.94
w:niet|bedanken|-1.98
w:niets|jij-boodschap|-0.93
w:niets|parafrase|1.0
w:niets|open-vraag|-0.76
w:niets|bekritiseren|-2.01
w:niets|geruststellen|2.39
w:nieuw|samenvatting|-0.95
w:nieuw|afronding-aankondigen|1.06
w:nieuw|bedanken|-0.99
w:nieuwe|open-vraag|-0.96
w:nieuwe|bevelen|-0.92
w:nieuwe|bekritiseren|-0.99
w:nieuwe|afleiden|1.96
w:nieuwe|vervolgafspraak|1.0
w:nieuwe|bedanken|1.0
w:nieuwsbrief|jij-boodschap|0.62
w:niks|jij-boodschap|0.81
w:niks|parafrase|0.83
w:niks|gevoelsreflectie|-0.81
w:niks|bevelen|-0.99
w:niks|argumenteren|0.7
w:niks|bekritiseren|0.83
w:niks|geruststellen|0.91
w:niks|afleiden|1.94
w:niks|vervolgafspraak|-0.86
w:nina|ik-boodschap|0.9
w:noah|parafrase|0.83
w:noah|adviseren|0.99
w:noah|vervolgafspraak|0.99
w:nodig|open-vraag|1.89
w:nodig|bevelen|-0.92
w:nodig|moraliseren|-0.99
w:nodig|prijzen|0.97
w:nodig|ondervragen|-0.99
w:nodig|afronding-aankondigen|-0.94
w:noemt|ik-boodschap|0.88
w:nog|ik-boodschap|0.95
w:nog|jij-boodschap|-0.95
w:nog|parafrase|-0.96
w:nog|samenvatting|0.26
w:nog|open-vraag|-0.23
w:nog|aanmoediging|-0.97
w:nog|bevelen|-0.92
w:nog|waarschuwen|2.02
w:nog|moraliseren|0.13
w:nog|adviseren|-1.95
w:nog|bekritiseren|-1.03
w:nog|prijzen|0.87
w:nog|etiketteren|-0.98
w:nog|interpreteren|0.9
w:nog|afleiden|0.41
w:nog|bedanken|0.7
w:nogal|argumenteren|-1.0
w:nogal|bekritiseren|1.82
w:nooit|ik-boodschap|-0.95
w:nooit|parafrase|0.98
w:nooit|gevoelsreflectie|-0.98
w:nooit|samenvatting|-1.98
w:nooit|waarschuwen|0.12
w:nooit|bekritiseren|2.5
w:nooit|etiketteren|-0.99
w:nooit|interpreteren|-1.92
w:nooit|ondervragen|0.9
w:nooit|afleiden|-0.96
w:noor|ik-boodschap|1.0
w:noor|samenvatting|-0.98
w:noor|open-vraag|0.99
w:noor|bevelen|-0.91
w:noor|moraliseren|-0.99
w:noor|argumenteren|-1.0
w:noor|bekritiseren|0.31
w:noor|ondervragen|-0.99
w:noor|vervolgafspraak|0.95
w:nooti|jij-boodschap|1.65
w:nooti|bekritiseren|1.53
w:nora|ik-boodschap|1.0
w:normaal|jij-boodschap|1.0
w:normaal|moraliseren|0.81
w:normaal|adviseren|-1.0
w:normaal|argumenteren|-0.88
w:normaal|bekritiseren|1.0
w:normaal|geruststellen|0.95
w:normaal|afleiden|-0.98
w:normering|parafrase|0.93
w:normering|argumenteren|0.93
w:nou|jij-boodschap|-1.67
w:nou|open-vraag|-0.82
w:nou|bekritiseren|3.12
w:nou|etiketteren|0.94
w:nou|interpreteren|-0.96
w:nou|geruststellen|1.0
w:nou|afleiden|0.92
w:nou|afronding-aankondigen|-1.0
w:nou|bedanken|-2.84
w:nu|ik-boodschap|-0.94
w:nu|jij-boodschap|-1.78
w:nu|gevoelsreflectie|-0.17
w:nu|samenvatting|-1.03
w:nu|aanmoediging|-2.79
w:nu|bevelen|3.71
w:nu|adviseren|-0.99
w:nu|bekritiseren|-0.12
w:nu|interpreteren|-1.51
w:nu|geruststellen|-2.88
w:nu|afleiden|0.6
w:nu|afronding-aankondigen|2.12
w:nu|bedanken|-0.94
w:och|geruststellen|-0.92
w:och|afleiden|2.67
w:ochtend|ik-boodschap|1.0
w:ochtend|jij-boodschap|-1.0
w:ochtend|gevoelsreflectie|-1.0
w:ochtend|adviseren|1.0
w:ochtend|bekritiseren|-1.0
w:ochtends|vervolgafspraak|-0.91
w:oefeningen|ik-boodschap|0.94
w:oefeningen|gevoelsreflectie|-0.94
w:oefent|samenvatting|-0.94
w:oefent|argumenteren|0.98
w:of|bevelen|-0.99
w:of|waarschuwen|0.92
w:of|bekritiseren|0.92
w:ogen|bevelen|0.92
w:ogen|bekritiseren|0.85
w:oke|prijzen|-0.79
w:oke|afronding-aankondigen|0.83
w:oké|samenvatting|-0.74
w:oké|aanmoediging|-0.92
w:oké|bevelen|-1.0
w:oké|bekritiseren|0.94
w:om|ik-boodschap|-0.86
w:om|jij-boodschap|-2.21
w:om|parafrase|-0.96
w:om|gevoelsreflectie|0.83
w:om|samenvatting|-0.13
w:om|open-vraag|1.89
w:om|aanmoediging|-0.99
w:om|bevelen|0.68
w:om|waarschuwen|-1.96
w:om|moraliseren|-0.78
w:om|adviseren|0.96
w:om|argumenteren|-1.88
w:om|bekritiseren|-1.32
w:om|prijzen|-1.0
w:om|interpreteren|0.65
w:om|geruststellen|-1.24
w:om|ondervragen|-0.99
w:om|afleiden|-2.91
w:om|vervolgafspraak|1.93
w:omar|gevoelsreflectie|-0.97
w:omdat|gevoelsreflectie|1.67
w:omdat|samenvatting|-0.99
w:omdat|aanmoediging|-1.0
w:omdat|waarschuwen|-1.8
w:omdat|adviseren|-0.95
w:omdat|bekritiseren|-1.77
w:omdat|interpreteren|3.04
w:omdat|afleiden|-0.72
w:omdat|afronding-aankondigen|-1.0
w:omdat|bedanken|-0.95
w:onacceptabel|ik-boodschap|-1.0
w:onacceptabel|bekritiseren|1.0
w:onbeantwoord|gevoelsreflectie|0.78
w:onbeleefd|jij-boodschap|0.97
w:onbeleefd|bekritiseren|-0.16
w:onbeleefd|prijzen|-0.97
w:onbetrouwbare|bekritiseren|-2.34
w:onbetrouwbare|etiketteren|0.98
w:onderbreekt|bekritiseren|0.96
w:onderbreken|afronding-aankondigen|0.98
w:onderbreken|bedanken|-0.98
w:onderschat|jij-boodschap|0.76
w:onderschat|bekritiseren|0.92
w:ondersteunen|moraliseren|0.93
w:ondertekend|ondervragen|-0.85
w:onderzoek|argumenteren|1.0
w:onderzoek|interpreteren|-1.0
w:onderzoek|geruststellen|-1.0
w:onderzoek|vervolgafspraak|-1.0
w:oneerlijk|gevoelsreflectie|-1.43
w:oneerlijk|bekritiseren|0.92
w:ongepast|prijzen|-0.94
w:ongerust|parafrase|-0.93
w:ongerust|gevoelsreflectie|2.54
w:ongerust|samenvatting|-0.97
w:ongerust|open-vraag|0.99
w:ongerust|aanmoediging|-0.93
w:ongerust|geruststellen|0.93
w:ongerust|afleiden|-0.93
w:ongeïnteresseerd|bekritiseren|-0.86
w:ongeïnteresseerd|prijzen|-0.94
w:onhandig|bekritiseren|0.97
w:online|parafrase|-0.99
w:online|samenvatting|0.99
w:online|bekritiseren|0.99
w:onrustig|ik-boodschap|-0.92
w:onrustig|parafrase|-1.94
w:onrustig|open-vraag|-0.9
w:onrustig|bekritiseren|-0.39
w:ons|afronding-aankondigen|0.24
w:ons|vervolgafspraak|-1.0
w:ontvangen|ondervragen|-0.91
w:ontzettend|bekritiseren|0.7
w:onverschillig|bekritiseren|0.82
w:onvoldoende|ik-boodschap|-0.95
w:onvoldoende|jij-boodschap|-0.96
w:onvoldoende|argumenteren|0.94
w:onvoldoende|geruststellen|-0.92
w:onvoldoende|afleiden|1.87
w:onvoldoendes|ik-boodschap|0.95
w:onvoldoendes|waarschuwen|-0.99
w:onvoldoendes|argumenteren|1.89
w:onze|prijzen|0.99
w:onze|vervolgafspraak|1.0
w:onze|bedanken|-0.91
w:onzeker|parafrase|-0.86
w:onzinverhaal|bekritiseren|3.08
w:oog|ik-boodschap|0.99
w:ooit|jij-boodschap|0.97
w:ooit|bekritiseren|1.77
w:ook|ik-boodschap|0.72
w:ook|jij-boodschap|-0.42
w:ook|gevoelsreflectie|0.35
w:ook|bevelen|-0.76
w:ook|waarschuwen|-0.97
w:ook|moraliseren|0.95
w:ook|adviseren|-0.98
w:ook|argumenteren|-0.25
w:ook|bekritiseren|1.42
w:ook|geruststellen|-0.97
w:ook|afleiden|-0.95
w:ook|afronding-aankondigen|-0.94
w:ook|vervolgafspraak|2.34
w:ook|bedanken|-1.0
w:oortjes|ik-boodschap|-0.9
w:oortjes|bevelen|-0.99
w:op|ik-boodschap|-1.87
w:op|parafrase|-2.94
w:op|samenvatting|2.74
w:op|open-vraag|-0.96
w:op|aanmoediging|-1.0
w:op|bevelen|0.11
w:op|waarschuwen|0.9
w:op|adviseren|-1.11
w:op|argumenteren|-0.69
w:op|bekritiseren|-0.16
w:op|prijzen|-1.12
w:op|etiketteren|-2.0
w:op|interpreteren|-1.06
w:op|ondervragen|1.56
w:op|afleiden|1.86
w:op|afronding-aankondigen|-1.95
w:op|vervolgafspraak|0.92
w:op|bedanken|-1.94
w:opdagen|jij-boodschap|1.8
w:opdagen|bekritiseren|1.8
w:opdracht|jij-boodschap|-1.76
w:opdracht|bevelen|-1.0
w:opdracht|argumenteren|0.92
w:opdracht|bekritiseren|-0.89
w:opdracht|prijzen|-0.19
w:opdracht|afleiden|-1.0
w:opdracht|afronding-aankondigen|-0.99
w:opdrachten|ik-boodschap|1.8
w:opdrachten|moraliseren|-0.91
w:open|bedanken|0.99
w:opgaven|afleiden|-0.97
w:opgaven|vervolgafspraak|0.91
w:opgenomen|adviseren|-0.94
w:oplaadt|ik-boodschap|0.93
w:opletten|bevelen|-0.98
w:opletten|bekritiseren|-0.45
w:opmerking|waarschuwen|1.92
w:opmerking|bekritiseren|0.99
w:opnemen|bekritiseren|1.0
w:opnieuw|samenvatting|-1.0
w:oppast|moraliseren|-0.81
w:oprecht|ik-boodschap|0.84
w:opschrijft|ik-boodschap|0.91
w:opstandig|interpreteren|0.99
w:opvoeden|moraliseren|0.97
w:opvoeden|argumenteren|-0.97
w:orde|moraliseren|-0.95
w:orthopedagoog|bekritiseren|0.21
w:oude|parafrase|-0.85
w:oude|samenvatting|0.98
w:oude|open-vraag|0.98
w:oude|interpreteren|0.94
w:ouder|jij-boodschap|-0.42
w:ouder|gevoelsreflectie|0.96
w:ouder|moraliseren|1.96
w:ouder|etiketteren|0.93
w:ouder|geruststellen|2.54
w:ouder|afleiden|-0.97
w:ouderavond|ik-boodschap|-0.95
w:ouderavond|afleiden|0.32
w:ouders|jij-boodschap|-0.13
w:ouders|aanmoediging|-0.86
w:ouders|moraliseren|0.98
w:ouders|bekritiseren|-1.58
w:ouders|interpreteren|0.99
w:ouders|vervolgafspraak|-0.94
w:over|ik-boodschap|-2.89
w:over|jij-boodschap|-3.8
w:over|parafrase|-0.9
w:over|gevoelsreflectie|-0.78
w:over|samenvatting|-0.63
w:over|open-vraag|0.24
w:over|waarschuwen|-2.0
w:over|adviseren|1.0
w:over|bekritiseren|-2.1
w:over|geruststellen|0.62
w:over|afleiden|-0.56
w:over|afronding-aankondigen|-1.86
w:over|vervolgafspraak|-0.56
w:over|bedanken|-1.95
w:overal|jij-boodschap|1.8
w:overal|gevoelsreflectie|-1.61
w:overal|bevelen|-0.84
w:overal|bekritiseren|2.28
w:overal|prijzen|-0.93
w:overal|etiketteren|0.93
w:overdreven|jij-boodschap|-2.47
w:overdrijft|bekritiseren|-4.0
w:overgang|samenvatting|0.67
w:overgang|open-vraag|0.99
w:overgangsnormen|argumenteren|1.7
w:overheen|geruststellen|0.92
w:overkomt|geruststellen|-0.76
w:overkomt|afleiden|1.35
w:overleg|jij-boodschap|-0.98
w:overleg|samenvatting|0.98
w:overleg|vervolgafspraak|0.98
w:overslaat|ik-boodschap|0.9
w:overstapt|parafrase|0.99
w:paar|geruststellen|0.99
w:pak|ik-boodschap|-0.85
w:pak|waarschuwen|0.99
w:pak|geruststellen|-0.95
w:pakt|ik-boodschap|-1.0
w:pakt|samenvatting|-0.67
w:pakt|adviseren|-1.0
w:pas|bevelen|-0.91
w:pas|adviseren|-0.99
w:pas|bekritiseren|0.96
w:pas|geruststellen|-0.91
w:pas|ondervragen|0.99
w:pasje|ik-boodschap|-0.75
w:pauze|ik-boodschap|-1.02
w:pauze|gevoelsreflectie|-1.6
w:pauze|etiketteren|-0.98
w:periode|ik-boodschap|-1.91
w:periode|jij-boodschap|-0.96
w:periode|gevoelsreflectie|-0.95
w:periode|waarschuwen|-1.0
w:periode|bekritiseren|0.98
w:periode|afleiden|-0.9
w:pest|jij-boodschap|1.49
w:pest|bekritiseren|0.6
w:pesten|jij-boodschap|-0.86
w:pesterijen|afronding-aankondigen|0.77
w:pestkop|etiketteren|0.97
w:pijn|bevelen|-0.91
w:plaats|samenvatting|-0.98
w:plaats|ondervragen|-1.0
w:plan|samenvatting|0.97
w:plan|adviseren|-0.99
w:plan|afronding-aankondigen|-0.99
w:plan|vervolgafspraak|1.58
w:plan|bedanken|-1.98
w:plannen|ik-boodschap|0.94
w:plannen|jij-boodschap|-2.35
w:plannen|bevelen|0.99
w:plannen|adviseren|1.96
w:plannen|argumenteren|-1.93
w:plannen|bekritiseren|-1.47
w:plannen|geruststellen|0.23
w:plannen|afronding-aankondigen|0.87
w:plannen|vervolgafspraak|1.0
w:planner|ik-boodschap|0.9
w:planner|samenvatting|0.75
w:planning|jij-boodschap|0.86
w:planning|samenvatting|0.31
w:planning|open-vraag|0.99
w:planning|moraliseren|-1.98
w:planning|adviseren|-0.99
w:planning|ondervragen|-0.99
w:planning|afleiden|-0.95
w:planning|afronding-aankondigen|-0.95
w:planning|vervolgafspraak|0.3
w:planning|bedanken|0.95
w:playstation|moraliseren|0.92
w:playstation|bekritiseren|0.46
w:plek|parafrase|-0.96
w:plek|waarschuwen|0.91
w:plezier|open-vraag|0.9
w:plezier|bekritiseren|-1.0
w:plicht|moraliseren|0.93
w:plichten|moraliseren|0.91
w:plichten|argumenteren|-0.91
w:pootjes|geruststellen|0.89
w:praat|ik-boodschap|-0.98
w:praat|parafrase|-1.89
w:praat|samenvatting|2.58
w:praat|bevelen|0.97
w:praat|waarschuwen|1.0
w:praat|moraliseren|0.97
w:praat|afleiden|-0.97
w:praat|bedanken|0.95
w:praten|ik-boodschap|1.95
w:praten|jij-boodschap|-0.91
w:praten|samenvatting|-1.0
w:praten|adviseren|1.95
w:praten|afleiden|-0.97
w:praten|afronding-aankondigen|-0.78
w:praten|vervolgafspraak|1.0
w:praten|bedanken|-0.73
w:precies|ik-boodschap|-0.97
w:precies|parafrase|-1.0
w:precies|gevoelsreflectie|1.0
w:precies|samenvatting|-1.0
w:precies|open-vraag|1.0
w:precies|aanmoediging|-0.63
w:precies|afleiden|-0.99
w:prestatie|gevoelsreflectie|-1.0
w:prettiger|jij-boodschap|-0.91
w:prikkelbaar|parafrase|-0.82
w:prikkelbaar|samenvatting|1.0
w:prima|bekritiseren|0.89
w:prima|geruststellen|0.83
w:prima|afleiden|-0.9
w:probeer|jij-boodschap|-1.0
w:probeer|bevelen|-1.0
w:probeer|moraliseren|-0.91
w:probeer|adviseren|1.0
w:probeert|samenvatting|-1.0
w:probeert|moraliseren|-1.0
w:probeert|adviseren|1.0
w:probeert|geruststellen|-1.0
w:probeert|ondervragen|-0.99
w:probleem|parafrase|0.15
w:probleem|bekritiseren|0.96
w:probleem|etiketteren|0.93
w:probleem|interpreteren|1.48
w:probleem|ondervragen|-1.0
w:problemen|waarschuwen|-0.86
w:profiel|parafrase|0.9
w:programma|afleiden|-0.85
w:projecteert|bevelen|-0.99
w:projecteert|interpreteren|0.67
w:protocol|argumenteren|-1.54
w:pta|argumenteren|0.97
w:puber|etiketteren|1.0
w:puber|afleiden|0.18
w:pubers|bekritiseren|-0.59
w:pubers|etiketteren|-0.94
w:pubers|afleiden|0.88
w:puberteit|moraliseren|-0.97
w:puberteit|interpreteren|0.47
w:puberteit|geruststellen|-0.97
w:puberteit|afleiden|1.5
w:pubertijd|moraliseren|-0.92
w:pubertijd|bekritiseren|-0.92
w:puinhoop|jij-boodschap|0.9
w:puinhoop|bekritiseren|0.7
w:puinhoop|etiketteren|-0.9
w:punt|ik-boodschap|0.95
w:punt|bekritiseren|-0.13
w:punt|afleiden|0.88
w:punt|afronding-aankondigen|0.99
w:punt|vervolgafspraak|-2.75
w:punt|bedanken|-0.99
w:punten|ik-boodschap|0.9
w:raakt|aanmoediging|0.93
w:raakt|waarschuwen|0.95
w:raakt|moraliseren|-0.77
w:raakt|geruststellen|-0.98
w:randje|bevelen|-1.0
w:randje|waarschuwen|1.0
w:rapport|ik-boodschap|0.95
w:rapport|waarschuwen|-1.0
w:rapport|geruststellen|-0.88
w:reactie|argumenteren|-0.9
w:reactie|bekritiseren|1.34
w:reageert|aanmoediging|-1.0
w:reageert|adviseren|-0.99
w:reageert|interpreteren|0.97
w:reageert|ondervragen|0.99
w:reageren|jij-boodschap|1.65
w:reageren|bekritiseren|1.53
w:rechtop|ik-boodschap|-0.98
w:rechtop|waarschuwen|-0.89
w:redelijk|vervolgafspraak|-0.55
w:regel|samenvatting|-0.93
w:regelen|ik-boodschap|-1.0
w:regelen|samenvatting|1.0
w:regelen|waarschuwen|-1.0
w:regelen|interpreteren|-1.0
w:regelen|afleiden|-0.99
w:regelen|afronding-aankondigen|-1.0
w:regels|bevelen|-0.92
w:regels|moraliseren|1.62
w:regels|argumenteren|2.91
w:reglement|argumenteren|0.91
w:reistijd|ik-boodschap|-0.87
w:reistijd|bekritiseren|-0.34
w:reistijd|vervolgafspraak|-0.95
w:reken|argumenteren|-0.86
w:reken|prijzen|1.0
w:reken|etiketteren|-1.0
w:rekenen|argumenteren|0.99
w:rekenmachine|ik-boodschap|0.94
w:rekenmachine|gevoelsreflectie|-0.94
w:rekenmachine|vervolgafspraak|0.91
w:respect|ik-boodschap|-0.91
w:respect|jij-boodschap|0.98
w:respect|moraliseren|0.17
w:respect|afleiden|-0.97
w:respectloze|bekritiseren|0.95
w:rest|ik-boodschap|-0.88
w:rest|samenvatting|-0.88
w:rest|argumenteren|0.88
w:rij|jij-boodschap|-0.85
w:rij|open-vraag|-0.98
w:rij|argumenteren|0.94
w:rijtje|parafrase|-0.98
w:rijtje|samenvatting|0.67
w:rijtje|open-vraag|0.99
w:rik|ik-boodschap|0.92
w:roept|ik-boodschap|0.92
w:rol|open-vraag|0.99
w:rollen|bevelen|0.92
w:rollen|bekritiseren|0.85
w:ronden|samenvatting|-0.71
w:ronden|afleiden|-0.99
w:ronden|afronding-aankondigen|0.78
w:ronden|vervolgafspraak|0.74
w:ronden|bedanken|0.85
w:rooster|ik-boodschap|0.98
w:rooster|jij-boodschap|-0.39
w:rooster|ondervragen|-0.97
w:rooster|afleiden|-0.91
w:rot|open-vraag|-0.95
w:rotmoment|gevoelsreflectie|0.85
w:ruimt|bevelen|-0.98
w:ruimt|bekritiseren|-0.98
w:ruimte|bekritiseren|0.51
w:rust|parafrase|0.99
w:rust|gevoelsreflectie|-0.99
w:rust|adviseren|0.99
w:rustig|parafrase|-0.93
w:rustig|aanmoediging|2.1
w:rustig|bevelen|0.81
w:rustig|bedanken|-1.0
w:ruzie|samenvatting|-0.66
w:ruzie|argumenteren|-0.99
w:ruzie|afronding-aankondigen|-1.69
w:ruzies|parafrase|-0.98
w:ruzietjes|geruststellen|-0.83
w:ruzietjes|afleiden|1.92
w:samen|jij-boodschap|-0.55
w:samen|parafrase|-0.82
w:samen|samenvatting|2.1
w:samen|open-vraag|-1.0
w:samen|adviseren|0.93
w:samen|argumenteren|-0.97
w:samen|bekritiseren|-2.0
w:samen|afronding-aankondigen|-1.01
w:samen|vervolgafspraak|1.93
w:samengevat|ik-boodschap|-0.87
w:samengevat|jij-boodschap|0.94
w:samengevat|parafrase|-0.97
w:samengevat|gevoelsreflectie|-0.19
w:samengevat|samenvatting|1.96
w:samengevat|open-vraag|-1.0
w:samengevat|argumenteren|-0.99
w:samengevat|bekritiseren|1.74
w:samengevat|vervolgafspraak|0.67
w:samenvat|parafrase|0.79
w:samenvat|gevoelsreflectie|-0.8
w:samenvat|samenvatting|2.21
w:samenvat|vervolgafspraak|-0.99
w:samenvatten|parafrase|-0.96
w:samenvatten|samenvatting|0.95
w:samenvatten|prijzen|-0.79
w:samenvatten|bedanken|0.95
w:samenvattend|samenvatting|0.92
w:samenvattend|argumenteren|-0.94
w:samenvattend|bedanken|0.91
w:sanne|bekritiseren|-0.99
w:sara|gevoelsreflectie|0.79
w:schaamt|gevoelsreflectie|0.99
w:schakel|waarschuwen|0.74
w:schakelen|ik-boodschap|-0.98
w:schandalig|bekritiseren|0.99
w:scheiding|interpreteren|2.87
w:scheikunde|waarschuwen|-0.85
w:scheikunde|interpreteren|-0.99
w:schept|moraliseren|-0.91
w:schermtijd|jij-boodschap|-0.85
w:schermtijd|bekritiseren|1.0
w:schermtijd|afleiden|-0.96
w:schieten|ik-boodschap|0.95
w:schieten|bekritiseren|-0.89
w:schieten|vervolgafspraak|-0.86
w:school|ik-boodschap|-0.95
w:school|jij-boodschap|-0.13
w:school|parafrase|-1.82
w:school|samenvatting|0.98
w:school|open-vraag|2.12
w:school|bevelen|0.99
w:school|waarschuwen|-0.1
w:school|moraliseren|0.98
w:school|argumenteren|-0.97
w:school|bekritiseren|0.68
w:school|geruststellen|-0.92
w:school|ondervragen|0.97
w:school|afleiden|-0.97
w:school|afronding-aankondigen|-0.95
w:schooldag|moraliseren|0.97
w:schoolgids|bekritiseren|-0.99
w:schoolgids|geruststellen|-0.89
w:schoolgids|afleiden|0.99
w:schoolplein|afleiden|0.91
w:schoolreisje|bevelen|-0.97
w:schoolreisje|argumenteren|-0.97
w:schooltijd|bevelen|-0.99
w:schooltijd|vervolgafspraak|0.98
w:schorsing|gevoelsreflectie|1.87
w:schorsing|waarschuwen|0.83
w:schorsing|moraliseren|0.92
w:schorsing|etiketteren|-0.98
w:schreeuwen|bevelen|1.0
w:schreeuwen|afronding-aankondigen|-0.93
w:schriftje|adviseren|0.93
w:schrijf|adviseren|0.93
w:schrijft|argumenteren|0.9
w:schrik|ik-boodschap|1.0
w:schrik|gevoelsreflectie|1.77
w:schrik|argumenteren|-1.0
w:schrikt|parafrase|-0.99
w:schrikt|gevoelsreflectie|0.8
w:schrikt|geruststellen|0.99
w:schrok|ik-boodschap|2.69
w:schrok|gevoelsreflectie|-3.06
w:schrok|geruststellen|-0.87
w:schuift|etiketteren|-0.99
w:schuift|vervolgafspraak|0.9
w:schuld|jij-boodschap|2.78
w:schuld|samenvatting|-1.97
w:schuld|bekritiseren|2.78
w:schuldig|parafrase|-0.94
w:schuldig|aanmoediging|-1.0
w:schuldig|geruststellen|0.99
w:schuldige|adviseren|-0.95
w:sectie|gevoelsreflectie|0.63
w:sectie|samenvatting|0.97
w:sectie|etiketteren|0.9
w:sectie|vervolgafspraak|0.63
w:sem|ik-boodschap|-0.99
w:sem|parafrase|-0.94
w:sem|samenvatting|-0.67
w:sem|open-vraag|0.98
w:sem|waarschuwen|0.98
w:sem|adviseren|-1.0
w:sem|bekritiseren|-1.79
w:september|argumenteren|1.88
w:serieus|ik-boodschap|0.88
w:serieus|gevoelsreflectie|0.78
w:serieus|open-vraag|-0.98
w:serieus|bekritiseren|0.73
w:sfeer|ik-boodschap|-0.87
w:sfeer|jij-boodschap|1.66
w:sfeer|samenvatting|0.92
w:sfeer|moraliseren|-0.99
w:sfeer|bekritiseren|1.31
w:sfeer|vervolgafspraak|-0.95
w:simpel|moraliseren|-0.97
w:simpel|argumenteren|1.98
w:sinds|ik-boodschap|4.61
w:sinds|jij-boodschap|-1.87
w:sinds|open-vraag|1.82
w:sinds|bevelen|-0.99
w:sinds|moraliseren|-0.91
w:sinds|adviseren|-1.0
w:sinds|bekritiseren|-2.83
w:sinds|vervolgafspraak|-0.91
w:situatie|gevoelsreflectie|-0.91
w:situatie|argumenteren|-0.9
w:slaap|ik-boodschap|1.0
w:slaap|jij-boodschap|-1.0
w:slaap|gevoelsreflectie|-1.0
w:slaap|samenvatting|0.67
w:slaap|open-vraag|0.99
w:slaap|moraliseren|-0.99
w:slaap|bekritiseren|-1.0
w:slaapt|ik-boodschap|0.98
w:slaapt|parafrase|-1.67
w:slaapt|samenvatting|2.97
w:slaapt|argumenteren|-0.99
w:slaapt|prijzen|-0.79
w:slaat|moraliseren|-0.95
w:slaat|bekritiseren|0.92
w:slapen|parafrase|-0.98
w:slapen|samenvatting|0.96
w:slecht|parafrase|-1.67
w:slecht|samenvatting|2.97
w:slecht|argumenteren|-0.99
w:slecht|prijzen|-0.79
w:slecht|interpreteren|0.98
w:slechte|parafrase|-0.98
w:slechte|etiketteren|-0.97
w:slechte|geruststellen|1.87
w:slim|ik-boodschap|-0.98
w:slim|adviseren|0.92
w:slim|bekritiseren|0.93
w:slimme|jij-boodschap|-0.96
w:slimme|waarschuwen|-0.9
w:slimme|prijzen|2.92
w:slimste|prijzen|0.81
w:slordig|bekritiseren|0.93
w:slordige|bekritiseren|-1.37
w:sluit|vervolgafspraak|1.0
w:sluit|bedanken|1.0
w:sluiten|afronding-aankondigen|0.98
w:sluiten|vervolgafspraak|0.19
w:sluiten|bedanken|0.91
w:smit|bevelen|0.96
w:smoesjes|bekritiseren|-1.72
w:snap|parafrase|0.98
w:snap|gevoelsreflectie|2.48
w:snap|samenvatting|-0.98
w:snap|bevelen|0.84
w:snap|adviseren|0.92
w:snap|geruststellen|1.61
w:snapchat|open-vraag|-1.0
w:snapt|jij-boodschap|-0.96
w:snapt|waarschuwen|-0.9
w:snapt|moraliseren|-0.77
w:snapt|argumenteren|-0.9
w:snapt|prijzen|2.87
w:snapt|interpreteren|1.63
w:snapt|geruststellen|-0.93
w:snapt|afronding-aankondigen|-0.98
w:snapt|vervolgafspraak|-0.98
w:snel|jij-boodschap|-0.94
w:snel|parafrase|0.99
w:snel|gevoelsreflectie|-0.94
w:sneller|jij-boodschap|-0.86
w:soms|jij-boodschap|1.58
w:soms|gevoelsreflectie|-0.89
w:soms|bevelen|-0.98
w:soms|etiketteren|0.95
w:soms|geruststellen|0.27
w:soort|bekritiseren|1.08
w:soort|geruststellen|-0.74
w:soort|afleiden|0.93
w:sophie|ik-boodschap|-0.86
w:sophie|gevoelsreflectie|0.76
w:sophie|samenvatting|-0.97
w:sorry|waarschuwen|-0.98
w:sorry|moraliseren|0.92
w:spannend|ik-boodschap|-1.0
w:speelt|open-vraag|0.99
w:spelcomputer|argumenteren|-0.92
w:spijbelt|bekritiseren|-0.36
w:spijbelt|geruststellen|-0.93
w:sport|bekritiseren|0.9
w:spreek|open-vraag|-0.83
w:spreek|prijzen|-1.0
w:spreken|samenvatting|0.75
w:spreken|moraliseren|1.0
w:spreken|adviseren|-1.0
w:spreken|argumenteren|0.94
w:spreken|bekritiseren|1.0
w:spreken|geruststellen|-1.0
w:spreken|afronding-aankondigen|-2.88
w:spreken|vervolgafspraak|0.99
w:spullen|ik-boodschap|0.98
w:spullen|argumenteren|-0.98
w:spullen|afronding-aankondigen|-1.0
w:staan|argumenteren|0.85
w:staat|jij-boodschap|-0.39
w:staat|bevelen|-1.0
w:staat|waarschuwen|0.92
w:staat|argumenteren|1.1
w:staat|bekritiseren|0.46
w:staat|geruststellen|-0.89
w:staat|vervolgafspraak|-0.95
w:stage|jij-boodschap|-0.81
w:stage|samenvatting|0.7
w:stage|bekritiseren|-0.94
w:stage|afleiden|0.96
w:stagebegeleider|bevelen|1.72
w:stagebegeleider|vervolgafspraak|-0.92
w:stap|ondervragen|0.61
w:staren|ik-boodschap|-0.99
w:steeds|ik-boodschap|0.94
w:steeds|jij-boodschap|2.45
w:steeds|gevoelsreflectie|-1.74
w:steeds|samenvatting|-0.98
w:steeds|open-vraag|-0.99
w:steeds|moraliseren|-0.93
w:steeds|bekritiseren|1.96
w:steeds|geruststellen|-0.99
w:steeds|afronding-aankondigen|-1.0
w:steeds|vervolgafspraak|-0.86
w:stel|samenvatting|-1.0
w:stel|etiketteren|0.83
w:stel|afronding-aankondigen|1.0
w:stel|bedanken|-0.73
w:stellen|ik-boodschap|0.92
w:stellen|bekritiseren|0.83
w:stelt|jij-boodschap|0.93
w:stelt|waarschuwen|-0.97
w:stelt|moraliseren|-0.93
w:stelt|bekritiseren|2.67
w:stelt|ondervragen|-0.97
w:stelt|afleiden|1.94
w:sterk|interpreteren|0.87
w:sterke|moraliseren|-0.95
w:stiefvader|samenvatting|-0.99
w:stiefvader|aanmoediging|-0.99
w:stil|ondervragen|-0.92
w:stiller|open-vraag|0.99
w:stoer|jij-boodschap|-0.8
w:stoer|parafrase|0.96
w:stoer|bevelen|-0.8
w:stoer|bekritiseren|-0.91
w:stoer|interpreteren|0.96
w:stond|argumenteren|0.9
w:stond|ondervragen|-0.74
w:stonden|open-vraag|-1.0
w:stonden|argumenteren|-1.0
w:stonden|afronding-aankondigen|-1.0
w:stop|bevelen|1.0
w:stop|waarschuwen|0.89
w:stop|afronding-aankondigen|-0.93
w:stoppen|samenvatting|-0.99
w:stoppen|aanmoediging|-0.99
w:stoppen|bevelen|-0.92
w:stoppen|moraliseren|-0.99
w:stoppen|afronding-aankondigen|0.99
w:stoppen|vervolgafspraak|1.0
w:stopt|jij-boodschap|-0.86
w:stopt|afleiden|-0.97
w:strafwerk|waarschuwen|-0.75
w:strafwerk|prijzen|-0.98
w:straks|bevelen|-0.99
w:straks|waarschuwen|2.8
w:straks|vervolgafspraak|-1.78
w:streng|prijzen|0.99
w:strenger|bekritiseren|0.88
w:stress|argumenteren|-0.98
w:struikelen|ik-boodschap|-0.92
w:studiewijzer|argumenteren|0.92
w:studiewijzer|bekritiseren|0.92
w:stuk|bekritiseren|-0.98
w:stuk|prijzen|-0.98
w:stuk|etiketteren|0.98
w:sturen|gevoelsreflectie|1.0
w:sturen|bekritiseren|1.99
w:sturen|geruststellen|-0.74
w:stuur|waarschuwen|0.92
w:stuur|argumenteren|-0.94
w:stuur|afronding-aankondigen|0.91
w:stuur|vervolgafspraak|1.0
w:super|adviseren|-0.92
w:sven|adviseren|0.97
w:t|samenvatting|-0.99
w:t|aanmoediging|-0.99
w:taak|adviseren|-0.98
w:tafel|samenvatting|-0.36
w:tafel|afronding-aankondigen|0.99
w:tafel|vervolgafspraak|0.84
w:tandarts|bevelen|-0.95
w:tas|ik-boodschap|-0.92
w:te|ik-boodschap|-1.02
w:te|jij-boodschap|-0.28
w:te|parafrase|0.1
w:te|gevoelsreflectie|-1.36
w:te|samenvatting|-2.11
w:te|open-vraag|0.84
w:te|bevelen|-2.79
w:te|waarschuwen|-1.0
w:te|moraliseren|0.66
w:te|adviseren|1.0
w:te|argumenteren|1.79
w:te|bekritiseren|2.37
w:te|prijzen|-0.8
w:te|interpreteren|-0.55
w:te|geruststellen|-0.21
w:te|ondervragen|-1.98
w:te|afleiden|-0.45
w:te|afronding-aankondigen|-1.78
w:te|vervolgafspraak|1.47
w:te|bedanken|-0.16
w:teamleider|samenvatting|-1.92
w:teamleider|bevelen|-0.92
w:teamleider|waarschuwen|0.99
w:teamleider|vervolgafspraak|1.9
w:tegelijk|ik-boodschap|1.0
w:tegelijk|samenvatting|-1.0
w:tegen|ik-boodschap|-0.98
w:tegen|jij-boodschap|0.29
w:tegen|gevoelsreflectie|-0.24
w:tegen|samenvatting|-0.97
w:tegen|moraliseren|0.97
w:tegen|bekritiseren|-2.07
w:tegen|afleiden|-0.97
w:tegen|bedanken|-1.0
w:tegenover|jij-boodschap|0.97
w:tegenover|bekritiseren|0.97
w:tegenover|prijzen|-0.97
w:tegenovergestelde|jij-boodschap|0.93
w:tegenovergestelde|moraliseren|-0.93
w:tegenovergestelde|bekritiseren|0.93
w:tegenwoordig|ik-boodschap|-0.9
w:tekent|jij-boodschap|-0.42
w:tekortgeschoten|bekritiseren|0.43
w:telefoon|ik-boodschap|-0.85
w:telefoon|jij-boodschap|-1.0
w:telefoon|parafrase|0.99
w:telefoon|gevoelsreflectie|-1.98
w:telefoon|samenvatting|-0.68
w:telefoon|open-vraag|-0.99
w:telefoon|bevelen|1.0
w:telefoon|moraliseren|0.97
w:telefoon|adviseren|0.95
w:telefoon|bekritiseren|-2.11
w:telefoon|prijzen|-0.98
w:telefoon|etiketteren|-1.89
w:telefoonnummer|open-vraag|-0.92
w:telefoons|bevelen|0.97
w:telefoons|argumenteren|1.0
w:telefoons|interpreteren|-1.0
w:telefoons|geruststellen|-1.0
w:telefoons|vervolgafspraak|-1.0
w:teleur|jij-boodschap|0.93
w:teleur|moraliseren|-0.93
w:teleur|bekritiseren|0.93
w:teleurgesteld|jij-boodschap|-0.18
w:teleurgesteld|gevoelsreflectie|2.5
w:teleurgesteld|samenvatting|0.97
w:teleurgesteld|aanmoediging|-1.0
w:teleurgesteld|bekritiseren|0.95
w:teleurgesteld|vervolgafspraak|0.63
w:tenminste|afleiden|0.96
w:terecht|geruststellen|0.89
w:terechtgebracht|bekritiseren|0.19
w:terug|jij-boodschap|-0.96
w:terug|parafrase|-0.99
w:terug|samenvatting|0.99
w:terug|vervolgafspraak|-1.54
w:terwijl|bekritiseren|0.83
w:terzijde|afleiden|0.85
w:thanks|bedanken|1.0
w:thee|bevelen|-0.99
w:thijs|ik-boodschap|0.85
w:thijs|jij-boodschap|1.0
w:thijs|bevelen|-1.0
w:thnx|bedanken|0.98
w:thomas|argumenteren|-0.96
w:thuis|ik-boodschap|-0.17
w:thuis|jij-boodschap|-0.85
w:thuis|parafrase|0.86
w:thuis|gevoelsreflectie|-2.47
w:thuis|open-vraag|1.23
w:thuis|bevelen|-0.94
w:thuis|waarschuwen|-0.81
w:thuis|adviseren|0.99
w:thuis|argumenteren|-0.85
w:thuis|bekritiseren|0.36
w:thuis|interpreteren|1.92
w:thuis|geruststellen|-1.09
w:thuis|ondervragen|1.21
w:thuis|afleiden|-0.96
w:thuis|bedanken|1.86
w:thuisblijven|jij-boodschap|-0.98
w:thuisgehouden|bekritiseren|0.97
w:thuiskomt|samenvatting|-1.0
w:thuiskomt|aanmoediging|-1.0
w:thuiskomt|waarschuwen|-1.0
w:thuiskomt|moraliseren|1.0
w:thuiskomt|adviseren|-1.0
w:thuiskomt|geruststellen|-1.0
w:thuiskomt|ondervragen|-0.9
w:thuissituatie|gevoelsreflectie|-1.0
w:tien|ik-boodschap|0.96
w:tien|waarschuwen|-0.96
w:tien|adviseren|0.97
w:ties|parafrase|-1.0
w:ties|open-vraag|1.0
w:tijd|parafrase|-0.93
w:tijd|open-vraag|0.15
w:tijd|aanmoediging|2.9
w:tijd|bevelen|-1.86
w:tijd|moraliseren|0.79
w:tijd|adviseren|-0.98
w:tijd|bekritiseren|1.01
w:tijd|interpreteren|-1.91
w:tijd|afleiden|-0.96
w:tijden|jij-boodschap|-0.85
w:tijdens|parafrase|-0.94
w:tijdens|waarschuwen|-0.99
w:tijdstip|afronding-aankondigen|0.91
w:tillen|moraliseren|-0.97
w:tillen|interpreteren|-0.52
w:tillen|geruststellen|-0.97
w:tillen|afleiden|1.5
w:tja|open-vraag|-0.96
w:tja|bekritiseren|1.23
w:tja|etiketteren|-0.94
w:tja|afleiden|0.96
w:tja|bedanken|-1.86
w:toch|ik-boodschap|-0.2
w:toch|jij-boodschap|0.59
w:toch|parafrase|-1.0
w:toch|gevoelsreflectie|0.85
w:toch|moraliseren|2.91
w:toch|adviseren|-1.0
w:toch|argumenteren|-0.98
w:toch|prijzen|1.07
w:toch|etiketteren|0.92
w:toch|interpreteren|-0.65
w:toch|geruststellen|-1.88
w:toch|ondervragen|-1.0
w:toe|ik-boodschap|1.71
w:toe|jij-boodschap|1.0
w:toe|moraliseren|-0.91
w:toe|adviseren|-1.0
w:toe|bekritiseren|1.0
w:toegeven|interpreteren|0.58
w:toekomt|ik-boodschap|0.92
w:toen|ik-boodschap|0.83
w:toen|jij-boodschap|0.86
w:toen|gevoelsreflectie|-2.27
w:toen|samenvatting|-1.61
w:toen|open-vraag|0.73
w:toen|aanmoediging|1.95
w:toen|geruststellen|-0.87
w:toen|ondervragen|-0.99
w:toen|vervolgafspraak|-0.99
w:toestemmingsbrief|ondervragen|-0.85
w:toets|jij-boodschap|-0.86
w:toets|gevoelsreflectie|0.63
w:toets|open-vraag|0.95
w:toets|adviseren|0.99
w:toets|argumenteren|1.03
w:toets|prijzen|-1.0
w:toets|interpreteren|0.13
w:toets|vervolgafspraak|0.62
w:toetsen|ik-boodschap|1.81
w:toetsen|parafrase|-0.96
w:toetsen|open-vraag|-2.72
w:toetsen|aanmoediging|-0.93
w:toetsen|argumenteren|0.94
w:toetsen|afleiden|-0.97
w:toetsstof|adviseren|-0.94
w:toetsstof|vervolgafspraak|-0.9
w:toetsweek|ik-boodschap|0.95
w:toetsweek|samenvatting|-0.95
w:toetsweek|afronding-aankondigen|-0.8
w:tof|ik-boodschap|0.83
w:tolk|parafrase|0.94
w:tolk|samenvatting|-1.0
w:tolk|waarschuwen|-0.98
w:tom|parafrase|0.96
w:tom|bekritiseren|-0.82
w:tom|interpreteren|0.96
w:toon|prijzen|-0.94
w:topmoeder|prijzen|1.0
w:tornen|argumenteren|0.9
w:tot|ik-boodschap|-0.85
w:tot|parafrase|0.99
w:tot|gevoelsreflectie|-0.99
w:tot|open-vraag|-0.99
w:tot|bekritiseren|0.92
w:tot|ondervragen|0.88
w:tot|bedanken|0.7
w:totaal|ik-boodschap|-1.0
w:trap|ik-boodschap|0.93
w:trekt|parafrase|0.9
w:trots|gevoelsreflectie|0.92
w:trouwens|bekritiseren|-0.47
w:trouwens|etiketteren|-0.94
w:tussen|ik-boodschap|1.0
w:tussen|samenvatting|-0.99
w:tussen|open-vraag|0.83
w:tussen|aanmoediging|-0.99
w:tussen|adviseren|-1.0
w:twee|ik-boodschap|0.95
w:twee|jij-boodschap|-0.76
w:twee|parafrase|-0.96
w:twee|gevoelsreflectie|-1.89
w:twee|open-vraag|-1.0
w:twee|argumenteren|0.92
w:twee|bekritiseren|-1.74
w:twee|geruststellen|-0.88
w:twee|afronding-aankondigen|-1.0
w:twee|vervolgafspraak|1.99
w:tweede|ik-boodschap|-0.95
w:tweede|waarschuwen|0.94
w:tweede|geruststellen|0.95
w:tweede|afleiden|1.07
w:twintig|afleiden|-0.97
w:typerend|ik-boodschap|-0.93
w:typisch|jij-boodschap|0.87
w:typisch|etiketteren|1.0
w:typische|jij-boodschap|1.0
w:typische|prijzen|-1.0
w:u|ik-boodschap|-3.94
w:u|parafrase|0.95
w:u|gevoelsreflectie|0.24
w:u|samenvatting|-2.14
w:u|open-vraag|-0.99
w:u|aanmoediging|-2.05
w:u|bevelen|-0.1
w:u|waarschuwen|-1.66
w:u|moraliseren|-1.94
w:u|adviseren|-1.06
w:u|argumenteren|-1.97
w:u|bekritiseren|-0.58
w:u|prijzen|0.92
w:u|etiketteren|-1.08
w:u|interpreteren|-0.76
w:u|geruststellen|-1.84
w:u|ondervragen|-1.08
w:u|afleiden|-2.31
w:u|afronding-aankondigen|-2.64
w:u|vervolgafspraak|0.53
w:u|bedanken|0.94
w:uit|ik-boodschap|0.92
w:uit|jij-boodschap|0.81
w:uit|parafrase|0.99
w:uit|bevelen|0.87
w:uit|adviseren|0.97
w:uit|argumenteren|-1.0
w:uit|bekritiseren|-0.19
w:uit|geruststellen|-0.88
w:uit|afronding-aankondigen|-0.94
w:uit|bedanken|-0.85
w:uitdaging|interpreteren|0.93
w:uiterlijk|bevelen|1.85
w:uitgelachen|ik-boodschap|1.87
w:uitgelachen|gevoelsreflectie|-1.6
w:uitgescholden|bekritiseren|-0.98
w:uitgevallen|jij-boodschap|-0.39
w:uitkomst|gevoelsreflectie|-0.84
w:uitkomt|bekritiseren|-0.82
w:uitlachen|moraliseren|0.78
w:uitleg|ik-boodschap|1.0
w:uitleg|samenvatting|-1.0
w:uitleg|open-vraag|-1.9
w:uitleg|bevelen|-0.99
w:uitleg|waarschuwen|-0.99
w:uitleg|moraliseren|-1.0
w:uitnodiging|ondervragen|-0.91
w:uitpraten|adviseren|-0.99
w:uitschelden|jij-boodschap|-1.8
w:uitschelden|moraliseren|1.8
w:uitschelden|bekritiseren|-1.66
w:uitslag|prijzen|0.87
w:uitslag|afronding-aankondigen|-0.69
w:uitzien|afleiden|-0.91
w:uitzondering|argumenteren|0.94
w:update|gevoelsreflectie|1.0
w:update|adviseren|1.0
w:uploaden|ik-boodschap|-1.0
w:uploaden|prijzen|-1.0
w:uploaden|afleiden|-1.0
w:uren|bedanken|0.91
w:uur|jij-boodschap|-0.39
w:uur|parafrase|0.99
w:uur|gevoelsreflectie|-0.99
w:uur|open-vraag|-0.98
w:uur|waarschuwen|-0.96
w:uur|moraliseren|-0.72
w:uur|adviseren|0.96
w:uur|geruststellen|-1.0
w:uur|afronding-aankondigen|-1.26
w:uur|vervolgafspraak|1.19
w:uur|bedanken|-0.99
w:uw|ik-boodschap|1.0
w:uw|jij-boodschap|-0.27
w:uw|gevoelsreflectie|-1.91
w:uw|samenvatting|-0.99
w:uw|open-vraag|-0.82
w:uw|bevelen|-0.99
w:uw|adviseren|-0.98
w:uw|bekritiseren|0.45
w:uw|interpreteren|-0.28
w:uw|ondervragen|-0.92
w:uw|afleiden|-0.99
w:uw|afronding-aankondigen|-1.78
w:uw|vervolgafspraak|-0.26
w:uw|bedanken|1.86
w:vaak|ik-boodschap|-1.81
w:vaak|samenvatting|0.97
w:vaak|open-vraag|-0.98
w:vaak|adviseren|0.93
w:vaak|interpreteren|-0.98
w:vaak|afleiden|-0.97
w:vaak|afronding-aankondigen|-1.0
w:vaak|vervolgafspraak|-0.91
w:vader|ik-boodschap|-1.0
w:vader|parafrase|0.98
w:vader|samenvatting|-1.73
w:vader|bevelen|-1.68
w:vader|waarschuwen|0.86
w:vader|moraliseren|0.9
w:vader|adviseren|-1.83
w:vader|bekritiseren|0.25
w:vader|interpreteren|-0.99
w:vader|geruststellen|-0.93
w:vak|open-vraag|-0.91
w:vakantie|bekritiseren|-0.96
w:vakantie|prijzen|0.81
w:vakantie|etiketteren|0.91
w:vakantie|interpreteren|0.7
w:vakantie|ondervragen|-0.92
w:vakantie|afleiden|0.97
w:vakantie|vervolgafspraak|-1.54
w:vakdocenten|samenvatting|1.0
w:vakdocenten|open-vraag|-0.83
w:vakdocenten|prijzen|-1.0
w:vaker|ik-boodschap|-1.74
w:vaker|gevoelsreflectie|-0.83
w:vaker|bevelen|-0.99
w:vaker|moraliseren|-1.0
w:vaker|adviseren|1.0
w:vaker|bekritiseren|-0.91
w:vaker|ondervragen|-1.0
w:valt|ik-boodschap|-0.9
w:valt|argumenteren|0.9
w:valt|afleiden|-0.96
w:van|jij-boodschap|0.68
w:van|parafrase|-3.83
w:van|gevoelsreflectie|-2.4
w:van|samenvatting|-1.88
w:van|aanmoediging|-0.99
w:van|bevelen|-1.0
w:van|waarschuwen|-0.11
w:van|moraliseren|-0.77
w:van|adviseren|-0.91
w:van|argumenteren|-1.9
w:van|bekritiseren|0.56
w:van|prijzen|-0.91
w:van|etiketteren|-0.97
w:van|interpreteren|-1.59
w:van|geruststellen|-1.62
w:van|ondervragen|1.0
w:van|afleiden|0.1
w:van|vervolgafspraak|-2.65
w:vanaf|ik-boodschap|-1.0
w:vanavond|bekritiseren|-1.0
w:vanavond|geruststellen|-0.72
w:vanavond|vervolgafspraak|-1.0
w:vanavond|bedanken|1.0
w:vandaag|ik-boodschap|0.2
w:vandaag|jij-boodschap|-0.85
w:vandaag|samenvatting|-0.86
w:vandaag|aanmoediging|-0.97
w:vandaag|bevelen|-1.84
w:vandaag|waarschuwen|-0.98
w:vandaag|argumenteren|-0.99
w:vandaag|bekritiseren|-1.45
w:vandaag|prijzen|-0.98
w:vandaag|geruststellen|-0.99
w:vandaag|afleiden|0.99
w:vandaag|afronding-aankondigen|0.96
w:vandaag|vervolgafspraak|-1.11
w:vandaag|bedanken|-0.95
w:vanmiddag|parafrase|-0.98
w:vanmiddag|bevelen|1.83
w:vanochtend|bevelen|-0.91
w:vanochtend|ondervragen|-0.97
w:vanzelf|interpreteren|0.94
w:vanzelf|geruststellen|1.0
w:vanzelf|afleiden|-0.5
w:vast|jij-boodschap|-1.42
w:vast|parafrase|-0.82
w:vast|gevoelsreflectie|-0.98
w:vast|bevelen|-0.98
w:vast|waarschuwen|-0.75
w:vast|moraliseren|-0.95
w:vast|adviseren|-0.92
w:vast|bekritiseren|-0.98
w:vast|prijzen|4.78
w:vast|etiketteren|-0.93
w:vast|interpreteren|-0.99
w:vast|ondervragen|-0.9
w:vast|afleiden|-0.97
w:vast|vervolgafspraak|-0.55
w:vast|bedanken|-1.0
w:vaste|jij-boodschap|-0.85
w:vaste|adviseren|0.99
w:vaste|prijzen|-0.96
w:vastloopt|waarschuwen|-0.97
w:vastloopt|ondervragen|-0.97
w:vatten|parafrase|-0.82
w:vatten|samenvatting|1.0
w:veel|jij-boodschap|1.0
w:veel|gevoelsreflectie|-0.96
w:veel|open-vraag|-1.0
w:veel|moraliseren|-1.0
w:veel|bekritiseren|-1.08
w:veel|etiketteren|-1.95
w:veel|interpreteren|-0.65
w:veertien|bekritiseren|-0.85
w:vel|geruststellen|-0.99
w:ver|bekritiseren|0.89
w:verandert|gevoelsreflectie|-0.81
w:verantwoordelijkheid|open-vraag|-0.97
w:verantwoordelijkheid|bevelen|-0.85
w:verantwoordelijkheid|moraliseren|0.83
w:verantwoordelijkheid|argumenteren|-0.99
w:verantwoordelijkheid|prijzen|-1.0
w:verbergen|interpreteren|1.63
w:verbouwing|afleiden|0.85
w:verder|gevoelsreflectie|-1.81
w:verder|aanmoediging|1.96
w:verder|bevelen|-1.0
w:verder|adviseren|-1.0
w:verder|argumenteren|-1.0
w:verder|etiketteren|-0.89
w:verder|afronding-aankondigen|0.17
w:verder|vervolgafspraak|1.85
w:verder|bedanken|-0.73
w:verdiend|geruststellen|-0.96
w:verdoen|jij-boodschap|0.92
w:verdoen|samenvatting|-0.92
w:verdoen|bevelen|-0.92
w:verdoen|bekritiseren|1.14
w:verdriet|gevoelsreflectie|0.98
w:verdriet|samenvatting|-0.98
w:verdriet|bedanken|0.98
w:verdrietig|ik-boodschap|0.75
w:verdrietig|gevoelsreflectie|1.9
w:verdrietig|aanmoediging|0.99
w:verdrietig|adviseren|-0.99
w:verdrietig|interpreteren|-0.65
w:vergeet|ik-boodschap|0.1
w:vergeet|open-vraag|0.9
w:vergeet|bevelen|-0.98
w:vergeet|bekritiseren|0.94
w:vergeet|geruststellen|0.98
w:vergeet|afronding-aankondigen|-1.0
w:vergeten|parafrase|0.98
w:vergeten|gevoelsreflectie|-0.94
w:vergeten|geruststellen|-0.98
w:vergist|argumenteren|1.0
w:verhaal|gevoelsreflectie|-0.99
w:verhaal|samenvatting|-0.94
w:verhaal|bekritiseren|-0.77
w:verhuizing|ondervragen|0.97
w:verhuizing|vervolgafspraak|-0.91
w:verjaardag|jij-boodschap|-0.97
w:verkeerd|jij-boodschap|-0.93
w:verkeerd|geruststellen|1.7
w:verlagen|argumenteren|1.0
w:verlagen|interpreteren|-1.0
w:verlagen|geruststellen|-1.0
w:verlagen|vervolgafspraak|-1.0
w:verleden|open-vraag|-0.82
w:verleden|interpreteren|-0.96
w:verliest|ik-boodschap|0.9
w:verliest|waarschuwen|-0.94
w:verlof|bevelen|-0.87
w:verpest|jij-boodschap|1.66
w:verpest|bekritiseren|1.46
w:verplaatst|afleiden|-0.57
w:verpleegkundige|prijzen|0.97
w:verrast|ik-boodschap|0.91
w:verschil|samenvatting|1.0
w:verschil|open-vraag|1.0
w:verslag|ik-boodschap|0.95
w:verslag|jij-boodschap|-0.95
w:verslag|bekritiseren|-0.95
w:verstandig|prijzen|0.96
w:verstandig|vervolgafspraak|-1.0
w:verstandige|gevoelsreflectie|-0.98
w:verstandige|argumenteren|-0.9
w:verstandige|geruststellen|-0.93
w:verstuurd|etiketteren|-0.87
w:vertel|aanmoediging|2.14
w:vertel|waarschuwen|-0.98
w:verteld|parafrase|-1.0
w:verteld|open-vraag|1.0
w:vertelde|ik-boodschap|0.99
w:vertelde|interpreteren|-0.94
w:vertelde|geruststellen|-0.94
w:vertellen|open-vraag|1.0
w:vertellen|vervolgafspraak|-1.0
w:vertelt|jij-boodschap|-1.0
w:vertelt|parafrase|-1.0
w:vertelt|gevoelsreflectie|0.87
w:vertelt|open-vraag|-0.76
w:vertelt|bedanken|1.0
w:vertrouwen|jij-boodschap|0.99
w:vertrouwen|bekritiseren|2.38
w:vertrouwen|afronding-aankondigen|-0.99
w:vertrouwenspersoon|vervolgafspraak|1.44
w:verveelt|waarschuwen|-0.94
w:verveelt|bekritiseren|-0.39
w:verveelt|interpreteren|0.93
w:vervelend|ik-boodschap|0.98
w:vervelend|waarschuwen|-0.99
w:vervelend|bekritiseren|0.18
w:verwacht|aanmoediging|-1.0
w:verwacht|bevelen|0.98
w:verwacht|adviseren|-0.99
w:verwacht|ondervragen|0.99
w:verwachten|moraliseren|0.97
w:verwend|jij-boodschap|0.87
w:verwend|bekritiseren|-0.97
w:verwent|jij-boodschap|1.0
w:verwent|bekritiseren|-1.4
w:verzint|bekritiseren|-1.72
w:verzuim|ik-boodschap|-1.0
w:verzuim|jij-boodschap|-0.81
w:verzuim|gevoelsreflectie|-1.0
w:verzuim|samenvatting|2.34
w:verzuim|waarschuwen|-1.0
w:verzuim|bekritiseren|-0.22
w:verzuim|interpreteren|-1.0
w:verzuim|afronding-aankondigen|0.25
w:verzuim|vervolgafspraak|0.84
w:via|parafrase|0.99
w:via|open-vraag|-1.0
w:via|interpreteren|-0.7
w:vier|adviseren|-0.99
w:vier|argumenteren|0.94
w:vier|afronding-aankondigen|-0.99
w:vier|vervolgafspraak|-1.75
w:vier|bedanken|-1.94
w:vierde|open-vraag|-1.97
w:vierde|waarschuwen|0.94
w:vierde|moraliseren|0.97
w:vijf|waarschuwen|-0.99
w:vijf|argumenteren|0.94
w:vijf|vervolgafspraak|-0.9
w:vind|ik-boodschap|2.79
w:vind|jij-boodschap|0.97
w:vind|parafrase|-1.93
w:vind|gevoelsreflectie|-2.03
w:vind|samenvatting|-0.94
w:vind|open-vraag|0.9
w:vind|bevelen|-0.98
w:vind|waarschuwen|-0.99
w:vind|adviseren|-1.0
w:vind|argumenteren|-0.94
w:vind|bekritiseren|1.53
w:vind|prijzen|-0.97
w:vind|vervolgafspraak|0.96
w:vind|bedanken|-0.98
w:vinden|parafrase|-0.82
w:vinden|bekritiseren|0.94
w:vinden|prijzen|0.94
w:vindt|parafrase|0.96
w:vindt|gevoelsreflectie|0.51
w:vindt|open-vraag|0.95
w:vindt|waarschuwen|-0.75
w:vindt|adviseren|-1.0
w:vindt|argumenteren|0.93
w:vindt|bekritiseren|1.12
w:vindt|prijzen|-0.79
w:vindt|etiketteren|-1.0
w:vindt|ondervragen|-0.77
w:vindt|afronding-aankondigen|-0.98
w:vindt|vervolgafspraak|0.9
w:voel|bedanken|-1.0
w:voelde|gevoelsreflectie|-0.99
w:voelen|gevoelsreflectie|0.96
w:voelen|geruststellen|0.99
w:voelt|ik-boodschap|-0.97
w:voelt|parafrase|-1.01
w:voelt|gevoelsreflectie|2.32
w:voelt|samenvatting|0.99
w:voelt|open-vraag|-0.93
w:voelt|aanmoediging|-1.0
w:voelt|bevelen|-0.84
w:voelt|bekritiseren|-0.93
w:voelt|interpreteren|0.99
w:voelt|afronding-aankondigen|-0.76
w:voelt|bedanken|0.91
w:voetbal|afleiden|0.94
w:voetbalwedstrijd|open-vraag|-1.72
w:voetbalwedstrijd|afleiden|1.8
w:voldoende|interpreteren|-0.99
w:voldoende|afleiden|-0.99
w:volg|gevoelsreflectie|-1.0
w:volg|aanmoediging|1.0
w:volg|adviseren|-1.0
w:volg|argumenteren|-1.0
w:volgen|ik-boodschap|1.0
w:volgen|samenvatting|-1.0
w:volgend|jij-boodschap|-0.81
w:volgend|waarschuwen|0.94
w:volgend|moraliseren|-0.81
w:volgende|ik-boodschap|-0.95
w:volgende|samenvatting|0.8
w:volgende|waarschuwen|0.83
w:volgende|adviseren|-0.99
w:volgende|argumenteren|-0.93
w:volgende|bekritiseren|-0.13
w:volgende|ondervragen|-0.97
w:volgende|afleiden|-0.18
w:volgende|afronding-aankondigen|-0.93
w:volgende|vervolgafspraak|2.82
w:volgende|bedanken|-0.77
w:volgens|jij-boodschap|-0.75
w:volgens|parafrase|-0.88
w:volgens|samenvatting|-1.09
w:volgens|open-vraag|0.96
w:volgens|aanmoediging|-1.0
w:volgens|bevelen|-0.97
w:volgens|waarschuwen|-1.94
w:volgens|adviseren|-1.0
w:volgens|argumenteren|-0.95
w:volgens|interpreteren|1.08
w:volgens|ondervragen|-1.0
w:volgens|afleiden|-0.91
w:volgt|waarschuwen|0.83
w:volgt|moraliseren|0.92
w:volgt|argumenteren|0.91
w:volgt|etiketteren|-0.98
w:volkomen|argumenteren|0.98
w:vond|ik-boodschap|2.74
w:vond|bekritiseren|-0.94
w:vond|interpreteren|-0.94
w:vond|geruststellen|-0.94
w:vond|afleiden|0.91
w:vond|vervolgafspraak|-0.99
w:voor|ik-boodschap|3.81
w:voor|jij-boodschap|-3.76
w:voor|gevoelsreflectie|0.93
w:voor|samenvatting|-1.54
w:voor|open-vraag|0.25
w:voor|aanmoediging|-0.96
w:voor|bevelen|-0.95
w:voor|bekritiseren|-1.89
w:voor|prijzen|-1.88
w:voor|etiketteren|-0.99
w:voor|interpreteren|-0.99
w:voor|geruststellen|-1.95
w:voor|ondervragen|-1.82
w:voor|afleiden|-1.34
w:voor|afronding-aankondigen|-0.58
w:voor|vervolgafspraak|-0.4
w:voor|bedanken|2.13
w:vooral|parafrase|0.83
w:vooral|samenvatting|0.11
w:vooral|open-vraag|-1.0
w:vooral|waarschuwen|-1.0
w:vooral|adviseren|-1.0
w:vooral|interpreteren|1.65
w:vooral|bedanken|-0.95
w:voorbeeld|moraliseren|0.9
w:voorbeeld|adviseren|-0.9
w:voorbij|ik-boodschap|-0.82
w:voorkomen|bekritiseren|0.51
w:voorstellen|ik-boodschap|-0.93
w:voorstellen|gevoelsreflectie|1.02
w:voorstellen|open-vraag|-0.93
w:voorstellen|bevelen|-0.84
w:voortaan|jij-boodschap|0.7
w:voortaan|bevelen|0.7
w:voortaan|bekritiseren|0.7
w:vorig|afleiden|-0.95
w:vorige|ik-boodschap|0.93
w:vorige|jij-boodschap|0.86
w:vorige|parafrase|-0.97
w:vorige|samenvatting|-0.63
w:vorige|bekritiseren|-0.8
w:vorige|etiketteren|-0.87
w:vorige|interpreteren|-0.94
w:vorige|geruststellen|-0.94
w:vorige|ondervragen|1.74
w:vorige|vervolgafspraak|-0.99
w:vraag|ik-boodschap|0.92
w:vraag|aanmoediging|-0.86
w:vraag|bekritiseren|0.98
w:vraagt|jij-boodschap|-0.57
w:vragen|ik-boodschap|-0.95
w:vragen|gevoelsreflectie|1.0
w:vragen|waarschuwen|-0.97
w:vragen|moraliseren|0.97
w:vragen|adviseren|1.0
w:vragen|bekritiseren|-0.97
w:vragen|ondervragen|-0.97
w:vragen|afronding-aankondigen|-0.78
w:vragen|vervolgafspraak|0.95
w:vreselijk|bekritiseren|1.74
w:vriend|samenvatting|0.99
w:vriend|argumenteren|-0.99
w:vrienden|parafrase|-0.85
w:vrienden|samenvatting|1.91
w:vrienden|open-vraag|0.98
w:vriendengroep|samenvatting|0.67
w:vriendengroep|open-vraag|0.99
w:vriendin|adviseren|0.98
w:vriendinnen|ik-boodschap|-0.96
w:vriendinnen|open-vraag|-0.98
w:vriendinnen|prijzen|-0.79
w:vries|bevelen|0.92
w:vrijdag|ik-boodschap|-1.98
w:vrijdag|samenvatting|1.04
w:vrijdag|open-vraag|-0.83
w:vrijdag|prijzen|-1.0
w:vrijdag|interpreteren|-1.0
w:vrijdag|afronding-aankondigen|-2.67
w:vrijdag|vervolgafspraak|2.81
w:vrijdag|bedanken|-1.09
w:vrije|prijzen|0.97
w:vrijheid|interpreteren|-0.92
w:vroeger|interpreteren|0.87
w:vrolijke|etiketteren|-0.98
w:vrouw|waarschuwen|-0.9
w:vrouw|argumenteren|-0.9
w:vrouw|prijzen|0.98
w:vwo|argumenteren|0.99
w:waait|geruststellen|0.7
w:waait|afleiden|-0.92
w:waar|ik-boodschap|0.95
w:waar|waarschuwen|-1.97
w:waar|argumenteren|0.87
w:waar|geruststellen|1.0
w:waar|vervolgafspraak|-0.95
w:waardeer|bedanken|0.96
w:waardeloos|waarschuwen|-1.0
w:waardeloos|bekritiseren|0.69
w:waardeloos|afleiden|-1.0
w:waardoor|ik-boodschap|3.8
w:waardoor|jij-boodschap|-0.95
w:waardoor|gevoelsreflectie|-0.94
w:waardoor|bekritiseren|-0.95
w:waardoor|afleiden|-0.97
w:waardoor|vervolgafspraak|-0.81
w:waarin|gevoelsreflectie|-0.91
w:waarom|ik-boodschap|-0.88
w:waarom|jij-boodschap|-1.72
w:waarom|parafrase|-0.93
w:waarom|gevoelsreflectie|0.85
w:waarom|samenvatting|-1.0
w:waarom|aanmoediging|-0.93
w:waarom|bevelen|-0.92
w:waarom|waarschuwen|-1.0
w:waarom|moraliseren|-1.0
w:waarom|adviseren|0.97
w:waarom|argumenteren|-1.0
w:waarom|bekritiseren|-1.14
w:waarom|geruststellen|-1.0
w:waarom|ondervragen|4.86
w:waarom|afleiden|-0.96
w:waarop|parafrase|0.85
w:waarschuw|waarschuwen|0.95
w:wacht|aanmoediging|0.99
w:wachten|adviseren|-0.96
w:wachten|argumenteren|-0.93
w:wachten|prijzen|0.87
w:wachten|vervolgafspraak|-0.94
w:wakker|parafrase|-0.99
w:wakker|bekritiseren|-0.23
w:wakker|prijzen|-1.0
w:wakker|geruststellen|1.0
w:wanneer|ik-boodschap|1.92
w:wanneer|samenvatting|-1.0
w:wanneer|open-vraag|-0.9
w:wanneer|waarschuwen|-0.96
w:wanneer|bekritiseren|-0.99
w:want|ik-boodschap|2.79
w:want|jij-boodschap|0.79
w:want|open-vraag|-1.0
w:want|moraliseren|-1.0
w:want|argumenteren|0.87
w:want|vervolgafspraak|-0.86
w:waren|jij-boodschap|-0.39
w:was|ik-boodschap|-2.59
w:was|jij-boodschap|-1.97
w:was|gevoelsreflectie|-1.22
w:was|bevelen|-1.0
w:was|waarschuwen|-1.92
w:was|adviseren|0.98
w:was|argumenteren|1.88
w:was|bekritiseren|0.37
w:was|interpreteren|0.98
w:was|geruststellen|-0.68
w:was|ondervragen|2.25
w:was|afleiden|0.85
w:was|vervolgafspraak|-0.33
w:wat|ik-boodschap|1.63
w:wat|jij-boodschap|-0.14
w:wat|parafrase|-1.91
w:wat|gevoelsreflectie|-0.61
w:wat|samenvatting|-0.61
w:wat|open-vraag|3.83
w:wat|aanmoediging|-1.97
w:wat|bevelen|-0.92
w:wat|waarschuwen|-0.98
w:wat|moraliseren|0.82
w:wat|adviseren|0.12
w:wat|argumenteren|-0.85
w:wat|bekritiseren|1.85
w:wat|prijzen|0.99
w:wat|interpreteren|-0.94
w:wat|ondervragen|-0.79
w:wat|afleiden|0.51
w:wat|afronding-aankondigen|-1.96
w:wat|bedanken|-1.97
w:watje|open-vraag|-1.0
w:watje|bekritiseren|-1.0
w:watje|etiketteren|1.0
w:wc|gevoelsreflectie|-0.83
w:we|ik-boodschap|-1.0
w:we|jij-boodschap|-3.29
w:we|parafrase|-2.93
w:we|gevoelsreflectie|-1.0
w:we|samenvatting|3.29
w:we|open-vraag|-1.83
w:we|aanmoediging|-1.92
w:we|bevelen|-0.92
w:we|waarschuwen|-1.75
w:we|moraliseren|-0.96
w:we|adviseren|-1.98
w:we|bekritiseren|-3.57
w:we|etiketteren|0.99
w:we|interpreteren|-1.0
w:we|geruststellen|-0.99
w:we|ondervragen|0.9
w:we|afronding-aankondigen|4.61
w:we|vervolgafspraak|2.81
w:we|bedanken|-1.81
w:website|argumenteren|-2.44
w:weegt|samenvatting|0.67
w:weegt|open-vraag|0.99
w:week|ik-boodschap|0.95
w:week|jij-boodschap|0.86
w:week|parafrase|-0.97
w:week|samenvatting|0.49
w:week|open-vraag|-0.83
w:week|adviseren|0.93
w:week|argumenteren|-1.0
w:week|bekritiseren|0.19
w:week|prijzen|-1.0
w:week|etiketteren|-0.87
w:week|ondervragen|0.77
w:week|afleiden|-1.94
w:week|vervolgafspraak|0.83
w:week|bedanken|-0.77
w:weekend|ik-boodschap|0.95
w:weekend|prijzen|-0.98
w:weekend|ondervragen|0.98
w:weekend|vervolgafspraak|-0.95
w:weekplanner|parafrase|-1.0
w:weekplanner|adviseren|1.84
w:weekplanner|interpreteren|-0.93
w:weekplanning|vervolgafspraak|-0.99
w:weer|ik-boodschap|-0.75
w:weer|jij-boodschap|0.13
w:weer|samenvatting|-0.22
w:weer|open-vraag|0.9
w:weer|aanmoediging|-0.99
w:weer|bevelen|-1.91
w:weer|waarschuwen|1.92
w:weer|moraliseren|-1.81
w:weer|argumenteren|-0.91
w:weer|bekritiseren|2.0
w:weer|etiketteren|-0.95
w:weer|interpreteren|-0.9
w:weer|afleiden|-0.84
w:weer|vervolgafspraak|2.24
w:weer|bedanken|-0.83
w:wees|waarschuwen|0.83
w:weet|ik-boodschap|-0.12
w:weet|jij-boodschap|0.22
w:weet|parafrase|-0.99
w:weet|gevoelsreflectie|-0.8
w:weet|samenvatting|0.32
w:weet|moraliseren|1.73
w:weet|adviseren|-1.0
w:weet|argumenteren|-0.95
w:weet|bekritiseren|-2.31
w:weet|prijzen|0.94
w:weet|etiketteren|0.9
w:weet|geruststellen|0.81
w:weet|ondervragen|-0.99
w:weet|afronding-aankondigen|-0.98
w:weet|vervolgafspraak|-1.97
w:weet|bedanken|-1.0
w:weg|bevelen|-0.13
w:weg|adviseren|-0.95
w:weg|etiketteren|-0.91
w:wegbleef|vervolgafspraak|-0.99
w:wegbrengen|argumenteren|0.91
w:weggelopen|ik-boodschap|1.0
w:weggelopen|argumenteren|-1.0
w:wegloopt|waarschuwen|0.98
w:wegstopt|ik-boodschap|-0.85
w:wegstopt|waarschuwen|0.99
w:wegzakt|ik-boodschap|0.98
w:wegzetten|bekritiseren|0.46
w:weinig|ik-boodschap|1.95
w:weinig|samenvatting|0.93
w:weinig|interpreteren|-0.96
w:weken|ik-boodschap|-0.75
w:weken|jij-boodschap|-0.76
w:weken|parafrase|-0.96
w:weken|samenvatting|-0.28
w:weken|open-vraag|-1.0
w:weken|argumenteren|0.92
w:weken|bekritiseren|-0.89
w:weken|geruststellen|0.12
w:weken|afronding-aankondigen|-0.99
w:weken|vervolgafspraak|1.51
w:wel|ik-boodschap|-0.89
w:wel|jij-boodschap|-1.32
w:wel|gevoelsreflectie|-0.8
w:wel|samenvatting|0.92
w:wel|open-vraag|-0.9
w:wel|aanmoediging|-0.93
w:wel|bevelen|-0.98
w:wel|waarschuwen|-1.0
w:wel|moraliseren|-0.99
w:wel|adviseren|-0.96
w:wel|argumenteren|-1.75
w:wel|bekritiseren|-1.78
w:wel|prijzen|1.9
w:wel|interpreteren|-1.96
w:wel|geruststellen|1.4
w:wel|afleiden|-1.63
w:wel|afronding-aankondigen|0.23
w:wel|vervolgafspraak|-2.14
w:wel|bedanken|0.99
w:welk|open-vraag|-2.81
w:welke|afleiden|-0.96
w:welkom|jij-boodschap|-0.87
w:welkom|etiketteren|-1.0
w:werd|parafrase|0.85
w:werd|gevoelsreflectie|0.97
w:wereld|ik-boodschap|-0.95
w:wereld|afleiden|0.95
w:werk|bekritiseren|0.93
w:werk|geruststellen|-0.99
w:werkelijk|bekritiseren|0.69
w:werken|jij-boodschap|-0.42
w:werken|parafrase|0.96
w:werken|interpreteren|-0.99
w:werkstuk|bevelen|1.85
w:werkstuk|waarschuwen|1.0
w:werkstuk|moraliseren|-0.16
w:werkstuk|argumenteren|0.96
w:werkstuk|bekritiseren|0.69
w:werkt|open-vraag|-0.75
w:werkt|argumenteren|0.99
w:werkweek|ik-boodschap|-0.94
w:werkweek|parafrase|0.94
w:weten|samenvatting|-0.99
w:weten|moraliseren|2.93
w:weten|adviseren|-1.0
w:weten|argumenteren|0.97
w:weten|bekritiseren|2.28
w:weten|ondervragen|-0.99
w:weten|vervolgafspraak|0.9
w:wie|ik-boodschap|-0.88
w:wie|open-vraag|-0.99
w:wie|waarschuwen|-1.0
w:wie|argumenteren|1.89
w:wie|bekritiseren|-1.96
w:wie|ondervragen|2.57
w:wie|afleiden|-0.94
w:wifi|adviseren|0.97
w:wijsneus|jij-boodschap|2.66
w:wijsneus|prijzen|-0.87
w:wijsneus|etiketteren|1.85
w:wijze|prijzen|0.94
w:wil|parafrase|-0.95
w:wil|gevoelsreflectie|-0.8
w:wil|samenvatting|2.61
w:wil|bevelen|0.92
w:wil|moraliseren|-0.8
w:wil|prijzen|0.97
w:wil|geruststellen|-0.86
w:wil|afleiden|0.91
w:wil|afronding-aankondigen|2.99
w:wil|vervolgafspraak|-1.63
w:wil|bedanken|-1.9
w:wilde|bekritiseren|-0.92
w:willen|parafrase|-0.97
w:wilt|ik-boodschap|-0.96
w:wilt|jij-boodschap|-2.58
w:wilt|parafrase|0.99
w:wilt|gevoelsreflectie|-0.18
w:wilt|samenvatting|1.99
w:wilt|bekritiseren|-1.69
w:wilt|interpreteren|0.58
w:wilt|vervolgafspraak|1.62
w:wiskunde|jij-boodschap|-1.0
w:wiskunde|gevoelsreflectie|-0.83
w:wiskunde|open-vraag|-0.98
w:wiskunde|moraliseren|-0.86
w:wiskunde|argumenteren|0.13
w:wiskunde|bekritiseren|-0.68
w:wiskunde|etiketteren|-0.99
w:wist|parafrase|1.0
w:wist|gevoelsreflectie|-0.85
w:wist|vervolgafspraak|-0.99
w:wist|bedanken|-1.0
w:wit|argumenteren|0.85
w:woensdag|parafrase|-1.78
w:woensdag|samenvatting|0.88
w:woensdag|adviseren|-0.99
w:woensdag|prijzen|0.94
w:woensdag|afronding-aankondigen|-0.99
w:woensdag|bedanken|-0.99
w:woont|ik-boodschap|-1.0
w:woorden|parafrase|1.0
w:woorden|gevoelsreflectie|-0.85
w:woorden|open-vraag|-0.98
w:woorden|geruststellen|-0.99
w:woorden|bedanken|-1.0
w:woordjes|ik-boodschap|0.9
w:woordjes|samenvatting|-0.94
w:word|ik-boodschap|1.71
w:word|gevoelsreflectie|-0.84
w:word|interpreteren|-0.65
w:word|vervolgafspraak|-0.86
w:worden|jij-boodschap|-0.86
w:worden|gevoelsreflectie|-1.0
w:worden|moraliseren|-1.0
w:worden|argumenteren|0.99
w:wordt|ik-boodschap|0.99
w:wordt|parafrase|0.78
w:wordt|gevoelsreflectie|0.96
w:wordt|samenvatting|-1.57
w:wordt|open-vraag|-1.0
w:wordt|waarschuwen|1.0
w:wordt|moraliseren|-0.99
w:wordt|argumenteren|-1.0
w:wordt|interpreteren|0.96
w:wordt|afronding-aankondigen|-0.99
w:wordt|bedanken|-1.0
w:zag|ik-boodschap|-0.91
w:zag|bevelen|-0.91
w:zakken|parafrase|-0.85
w:zakken|open-vraag|0.98
w:zakt|ik-boodschap|0.95
w:zakt|jij-boodschap|-0.76
w:zakt|bekritiseren|-0.81
w:zal|samenvatting|-0.95
w:zal|afronding-aankondigen|-0.8
w:zal|vervolgafspraak|0.95
w:zat|open-vraag|0.76
w:zaterdag|open-vraag|-1.72
w:zaterdag|afleiden|1.8
w:ze|ik-boodschap|1.81
w:ze|jij-boodschap|-2.92
w:ze|parafrase|1.98
w:ze|gevoelsreflectie|-0.96
w:ze|samenvatting|0.97
w:ze|open-vraag|-0.9
w:ze|bevelen|-1.0
w:ze|waarschuwen|-0.86
w:ze|moraliseren|-1.74
w:ze|argumenteren|-0.89
w:ze|bekritiseren|-1.32
w:ze|prijzen|-2.41
w:ze|etiketteren|-0.97
w:ze|geruststellen|-2.69
w:ze|ondervragen|0.2
w:ze|afleiden|-0.88
w:ze|afronding-aankondigen|-0.98
w:ze|bedanken|0.91
w:zeg|jij-boodschap|0.93
w:zeg|parafrase|-0.95
w:zeg|samenvatting|0.93
w:zeg|open-vraag|-1.0
w:zeg|bekritiseren|-1.0
w:zeg|etiketteren|1.0
w:zeg|geruststellen|0.69
w:zeg|ondervragen|-0.97
w:zeg|afleiden|0.21
w:zeggen|parafrase|1.98
w:zeggen|gevoelsreflectie|-0.23
w:zeggen|open-vraag|-1.99
w:zeggen|aanmoediging|-0.99
w:zeggen|argumenteren|-0.85
w:zegt|ik-boodschap|-1.13
w:zegt|jij-boodschap|-1.0
w:zegt|parafrase|2.68
w:zegt|gevoelsreflectie|-1.04
w:zegt|samenvatting|-3.44
w:zegt|open-vraag|-0.99
w:zegt|aanmoediging|1.85
w:zegt|waarschuwen|-1.97
w:zegt|moraliseren|-0.77
w:zegt|argumenteren|1.88
w:zegt|bekritiseren|-1.66
w:zegt|prijzen|-1.0
w:zegt|interpreteren|1.29
w:zegt|geruststellen|0.82
w:zegt|afleiden|-1.0
w:zei|moraliseren|0.79
w:zei|bekritiseren|-0.89
w:zei|afleiden|-0.94
w:zeker|aanmoediging|0.99
w:zeker|waarschuwen|-0.93
w:zeker|geruststellen|0.81
w:zelf|ik-boodschap|0.96
w:zelf|jij-boodschap|2.8
w:zelf|gevoelsreflectie|-0.99
w:zelf|samenvatting|-1.0
w:zelf|open-vraag|1.0
w:zelf|bevelen|1.72
w:zelf|adviseren|1.01
w:zelf|argumenteren|-1.0
w:zelf|bekritiseren|1.44
w:zelf|etiketteren|-1.0
w:zelf|interpreteren|2.8
w:zelf|ondervragen|-0.39
w:zelf|vervolgafspraak|-0.92
w:zenuwachtig|ik-boodschap|-0.93
w:zenuwachtig|gevoelsreflectie|0.13
w:zenuwachtig|geruststellen|1.82
w:zenuwen|aanmoediging|-0.93
w:zes|argumenteren|0.94
w:zesde|ik-boodschap|-0.95
w:zesde|afronding-aankondigen|0.68
w:zesde|vervolgafspraak|0.95
w:zet|parafrase|-0.98
w:zet|waarschuwen|1.0
w:zet|adviseren|0.97
w:zet|ondervragen|-0.9
w:zet|vervolgafspraak|0.96
w:zetten|argumenteren|-0.92
w:zetten|afronding-aankondigen|0.99
w:zetten|vervolgafspraak|-1.89
w:zetten|bedanken|-0.99
w:zich|ik-boodschap|-0.97
w:zich|jij-boodschap|-0.72
w:zich|parafrase|-1.01
w:zich|gevoelsreflectie|0.15
w:zich|open-vraag|0.92
w:zich|aanmoediging|-1.0
w:zich|bevelen|0.15
w:zich|waarschuwen|-0.94
w:zich|argumenteren|1.94
w:zich|bekritiseren|1.37
w:zich|prijzen|-1.0
w:zich|etiketteren|-1.0
w:zich|interpreteren|0.93
w:zich|geruststellen|0.94
w:zich|afronding-aankondigen|-0.76
w:zich|vervolgafspraak|0.91
w:zich|bedanken|0.91
w:zie|ik-boodschap|-3.61
w:zie|gevoelsreflectie|1.8
w:zie|samenvatting|-1.0
w:zie|open-vraag|0.98
w:zie|aanmoediging|-0.99
w:zie|bevelen|0.86
w:zie|moraliseren|-0.99
w:zie|adviseren|-0.95
w:zie|bekritiseren|-2.57
w:zie|geruststellen|-1.99
w:zie|afleiden|-0.97
w:zie|afronding-aankondigen|1.68
w:zie|vervolgafspraak|2.36
w:zie|bedanken|1.97
w:ziek|gevoelsreflectie|-0.95
w:ziek|bevelen|1.67
w:ziek|moraliseren|0.81
w:ziekmelding|ik-boodschap|0.96
w:ziekmelding|waarschuwen|-0.96
w:ziekte|samenvatting|0.64
w:ziekte|afronding-aankondigen|0.99
w:ziekte|bedanken|0.99
w:zielig|bevelen|-0.96
w:zien|ik-boodschap|1.8
w:zien|parafrase|-0.94
w:zien|samenvatting|-1.8
w:zien|argumenteren|1.0
w:zien|interpreteren|-1.0
w:zien|geruststellen|-1.0
w:ziens|waarschuwen|-0.9
w:ziens|bedanken|0.7
w:ziet|ik-boodschap|-0.99
w:ziet|jij-boodschap|-0.99
w:ziet|open-vraag|1.0
w:ziet|bekritiseren|-1.67
w:ziet|prijzen|0.97
w:ziet|interpreteren|-0.99
w:zij|geruststellen|-0.93
w:zijn|ik-boodschap|-0.94
w:zijn|jij-boodschap|-0.93
w:zijn|parafrase|-1.8
w:zijn|gevoelsreflectie|0.82
w:zijn|samenvatting|1.29
w:zijn|open-vraag|-1.0
w:zijn|bevelen|-0.91
w:zijn|moraliseren|-0.16
w:zijn|adviseren|-0.98
w:zijn|bekritiseren|-1.49
w:zijn|prijzen|-0.97
w:zijn|etiketteren|-0.97
w:zijn|interpreteren|-1.98
w:zijn|geruststellen|-0.1
w:zijn|vervolgafspraak|-0.77
w:zijn|bedanken|0.18
w:zin|jij-boodschap|1.36
w:zin|open-vraag|0.99
w:zin|bekritiseren|1.39
w:zin|interpreteren|-0.69
w:zin|bedanken|-0.85
w:zit|ik-boodschap|1.07
w:zit|jij-boodschap|-0.63
w:zit|gevoelsreflectie|-1.0
w:zit|samenvatting|-0.92
w:zit|open-vraag|-0.17
w:zit|bevelen|-0.99
w:zit|waarschuwen|0.94
w:zit|moraliseren|-1.72
w:zit|argumenteren|0.94
w:zit|bekritiseren|0.9
w:zit|interpreteren|1.56
w:zit|geruststellen|-0.99
w:zit|ondervragen|0.88
w:zit|vervolgafspraak|1.44
w:zit|bedanken|-0.99
w:zitten|ik-boodschap|-0.98
w:zitten|gevoelsreflectie|-0.73
w:zitten|samenvatting|-0.34
w:zitten|open-vraag|-0.94
w:zitten|bevelen|2.58
w:zitten|waarschuwen|1.93
w:zitten|moraliseren|-1.0
w:zitten|adviseren|0.94
w:zitten|argumenteren|1.0
w:zitten|bekritiseren|-0.98
w:zitten|prijzen|-0.97
w:zitten|interpreteren|-0.99
w:zitten|geruststellen|0.79
w:zitten|afronding-aankondigen|0.99
w:zitten|vervolgafspraak|0.84
w:zo|jij-boodschap|-1.16
w:zo|parafrase|-0.82
w:zo|gevoelsreflectie|-1.69
w:zo|samenvatting|-0.99
w:zo|open-vraag|-1.04
w:zo|aanmoediging|-1.0
w:zo|bevelen|-2.52
w:zo|waarschuwen|-0.6
w:zo|moraliseren|-1.0
w:zo|adviseren|-1.99
w:zo|argumenteren|-1.07
w:zo|prijzen|0.98
w:zo|etiketteren|0.97
w:zo|interpreteren|-0.62
w:zo|geruststellen|-1.97
w:zo|afleiden|-0.19
w:zo|afronding-aankondigen|0.94
w:zo|vervolgafspraak|-1.99
w:zo|bedanken|0.99
w:zo'n|jij-boodschap|-1.0
w:zo'n|gevoelsreflectie|-0.98
w:zo'n|waarschuwen|1.01
w:zo'n|argumenteren|-0.9
w:zo'n|bekritiseren|0.99
w:zo'n|prijzen|2.04
w:zo'n|etiketteren|2.87
w:zo'n|interpreteren|-0.99
w:zo'n|geruststellen|-0.93
w:zo'n|afleiden|-0.97
w:zoeken|bekritiseren|-0.82
w:zoekt|waarschuwen|-1.0
w:zoekt|adviseren|-1.95
w:zoekt|interpreteren|1.94
w:zomer|open-vraag|-0.9
w:zomer|geruststellen|-0.78
w:zomer|afleiden|0.9
w:zomervakantie|ondervragen|-1.0
w:zondag|adviseren|0.93
w:zonde|ik-boodschap|0.85
w:zonde|adviseren|-0.99
w:zonde|vervolgafspraak|0.91
w:zonder|waarschuwen|0.99
w:zonder|moraliseren|-0.97
w:zonder|argumenteren|0.91
w:zonder|interpreteren|-0.99
w:zonder|afleiden|-0.99
w:zonder|vervolgafspraak|-0.99
w:zooitje|moraliseren|-0.81
w:zooitje|bekritiseren|0.94
w:zoon|jij-boodschap|0.7
w:zoon|bekritiseren|-0.3
w:zorg|bevelen|0.94
w:zorgcommissie|afronding-aankondigen|-0.98
w:zorgcoördinator|ik-boodschap|0.94
w:zorgcoördinator|jij-boodschap|-0.98
w:zorgcoördinator|gevoelsreflectie|-0.59
w:zorgcoördinator|samenvatting|0.98
w:zorgcoördinator|argumenteren|-0.94
w:zorgcoördinator|afronding-aankondigen|0.94
w:zorgcoördinator|vervolgafspraak|2.29
w:zorgelijk|gevoelsreflectie|0.81
w:zorgelijk|open-vraag|0.76
w:zorgen|ik-boodschap|0.16
w:zorgen|jij-boodschap|-1.0
w:zorgen|open-vraag|0.76
w:zorgen|aanmoediging|-1.0
w:zorgen|bevelen|0.86
w:zorgen|waarschuwen|-1.0
w:zorgen|moraliseren|-0.95
w:zorgen|adviseren|-0.23
w:zorgen|bekritiseren|-1.93
w:zorgen|interpreteren|-1.91
w:zorgen|geruststellen|-0.23
w:zorgen|afronding-aankondigen|-0.76
w:zorgpunten|argumenteren|-0.94
w:zorgt|bevelen|-0.9
w:zorgt|argumenteren|-0.93
w:zorgt|bekritiseren|0.27
w:zou|gevoelsreflectie|-1.83
w:zou|samenvatting|-0.99
w:zou|open-vraag|0.98
w:zou|waarschuwen|-0.93
w:zou|moraliseren|0.96
w:zou|adviseren|4.02
w:zou|bekritiseren|0.21
w:zou|afleiden|-0.91
w:zou|vervolgafspraak|-0.96
w:zoveel|moraliseren|-1.0
w:zoveel|argumenteren|1.89
w:zoveel|interpreteren|1.63
w:zoveel|geruststellen|0.95
w:zoë|ik-boodschap|0.84
w:zoë|afronding-aankondigen|-0.98
w:zoë|vervolgafspraak|-0.98
w:zulke|moraliseren|-0.95
w:zulke|geruststellen|-0.83
w:zulke|afleiden|0.99
w:zullen|open-vraag|-1.0
w:zullen|bekritiseren|-1.0
w:zullen|afleiden|0.14
w:zullen|afronding-aankondigen|-1.0
w:zullen|vervolgafspraak|1.9
w:zullen|bedanken|-1.0
w:zult|jij-boodschap|-1.0
w:zult|bevelen|0.99
w:zult|prijzen|0.99
w:zus|ik-boodschap|-0.9
w:zus|open-vraag|-0.99
w:zwaar|ik-boodschap|0.95
w:zwaar|aanmoediging|-0.95
w:zwaar|moraliseren|-0.97
w:zwaar|interpreteren|-0.52
w:zwaar|geruststellen|-0.97
w:zwaar|afleiden|1.5
w:zwaarst|samenvatting|0.67
w:zwaarst|open-vraag|0.99
w:zware|ik-boodschap|-0.95
w:zware|afleiden|-0.9
w:zwart|argumenteren|0.85
w:één|bevelen|-1.78
w:één|waarschuwen|1.0
w:één|moraliseren|-0.79
"""#
}
