// swift-format-ignore-file
// Written by `oudergesprek leer` (scripts/train-analyser-model); do not edit by hand.

/// The weights of the shipped marker model, one `feature|marker|weight` per line.
enum MarkerModelWeights {
  static let text = #"""
basis|ik-boodschap|-14.37
basis|jij-boodschap|-8.4
basis|parafrase|-8.67
basis|gevoelsreflectie|-10.11
basis|samenvatting|-15.53
basis|open-vraag|-17.31
basis|aanmoediging|-3.91
basis|bevelen|-6.57
basis|waarschuwen|-7.5
basis|moraliseren|-5.8
basis|adviseren|-8.85
basis|argumenteren|-7.81
basis|bekritiseren|-8.37
basis|prijzen|-8.6
basis|etiketteren|-5.46
basis|interpreteren|-6.85
basis|geruststellen|-7.23
basis|ondervragen|-7.75
basis|afleiden|-7.86
basis|afronding-aankondigen|-8.71
basis|vervolgafspraak|-11.84
basis|bedanken|-10.85
begin:ach|argumenteren|-0.88
begin:ach|prijzen|-0.96
begin:ach|etiketteren|1.03
begin:ach|geruststellen|-1.82
begin:ach|afleiden|2.02
begin:ah|open-vraag|-0.99
begin:ah|aanmoediging|0.99
begin:alle|jij-boodschap|0.91
begin:alle|bekritiseren|0.66
begin:alle|etiketteren|-0.92
begin:als|ik-boodschap|-0.11
begin:als|jij-boodschap|-1.0
begin:als|parafrase|2.73
begin:als|gevoelsreflectie|-1.0
begin:als|samenvatting|-1.1
begin:als|open-vraag|-0.58
begin:als|bevelen|-1.88
begin:als|waarschuwen|2.99
begin:als|moraliseren|-0.99
begin:als|adviseren|-0.95
begin:als|argumenteren|-1.95
begin:als|bekritiseren|-0.94
begin:als|prijzen|-1.95
begin:als|etiketteren|-0.99
begin:als|geruststellen|-0.67
begin:als|afleiden|-1.95
begin:als|vervolgafspraak|-0.98
begin:amira|bekritiseren|1.55
begin:andere|etiketteren|-0.96
begin:bedankt|gevoelsreflectie|-0.92
begin:bedankt|interpreteren|-0.98
begin:bedankt|geruststellen|-0.99
begin:bedankt|afronding-aankondigen|-0.93
begin:bedankt|vervolgafspraak|-0.74
begin:bedankt|bedanken|1.63
begin:begrijp|parafrase|0.99
begin:begrijpt|gevoelsreflectie|-0.98
begin:bij|bevelen|-0.9
begin:bram|ik-boodschap|-0.99
begin:bram|bevelen|-0.99
begin:bram|moraliseren|-0.99
begin:bram|adviseren|0.97
begin:bram|prijzen|-0.85
begin:bram|etiketteren|0.99
begin:bram|vervolgafspraak|-0.98
begin:controleert|vervolgafspraak|-0.95
begin:daan|gevoelsreflectie|0.89
begin:daan|open-vraag|0.99
begin:daan|moraliseren|-0.96
begin:daar|waarschuwen|-1.0
begin:daar|geruststellen|1.0
begin:daar|afleiden|0.44
begin:daardoor|ik-boodschap|-0.82
begin:dan|prijzen|-1.76
begin:dan|etiketteren|-0.97
begin:dan|bedanken|-0.84
begin:dank|samenvatting|-0.99
begin:dank|bekritiseren|-0.84
begin:dank|afronding-aankondigen|-0.97
begin:dank|vervolgafspraak|-0.99
begin:dank|bedanken|0.99
begin:dankjewel|afronding-aankondigen|-0.92
begin:dat|ik-boodschap|-0.11
begin:dat|jij-boodschap|-1.23
begin:dat|parafrase|-1.0
begin:dat|gevoelsreflectie|1.88
begin:dat|samenvatting|-1.0
begin:dat|open-vraag|-2.65
begin:dat|aanmoediging|-0.94
begin:dat|bevelen|-1.0
begin:dat|waarschuwen|-1.0
begin:dat|moraliseren|-3.42
begin:dat|adviseren|-1.0
begin:dat|argumenteren|2.57
begin:dat|bekritiseren|1.54
begin:dat|prijzen|-1.0
begin:dat|etiketteren|-1.0
begin:dat|interpreteren|0.96
begin:dat|geruststellen|0.27
begin:dat|ondervragen|-1.0
begin:dat|afleiden|1.33
begin:dat|afronding-aankondigen|-1.0
begin:dat|vervolgafspraak|-1.0
begin:dat|bedanken|-1.0
begin:de|jij-boodschap|-0.93
begin:de|open-vraag|0.93
begin:de|bevelen|-0.87
begin:de|waarschuwen|-1.83
begin:de|argumenteren|0.96
begin:de|bekritiseren|-0.93
begin:de|geruststellen|-1.89
begin:denk|waarschuwen|1.94
begin:die|jij-boodschap|-0.9
begin:die|bekritiseren|2.72
begin:die|etiketteren|-0.92
begin:die|geruststellen|-0.97
begin:dit|jij-boodschap|-0.94
begin:dit|parafrase|-0.97
begin:dit|waarschuwen|1.92
begin:dit|adviseren|-1.0
begin:dit|bekritiseren|1.61
begin:dit|geruststellen|-1.92
begin:dit|afronding-aankondigen|-1.0
begin:doe|etiketteren|1.75
begin:doet|jij-boodschap|-1.68
begin:doordat|ik-boodschap|0.98
begin:dus|ik-boodschap|-1.98
begin:dus|jij-boodschap|2.54
begin:dus|gevoelsreflectie|-0.15
begin:dus|samenvatting|-0.2
begin:dus|open-vraag|-0.77
begin:dus|aanmoediging|-0.94
begin:dus|bevelen|-0.99
begin:dus|argumenteren|-0.9
begin:dus|bekritiseren|1.91
begin:dus|prijzen|-0.98
begin:dus|interpreteren|-0.94
begin:dus|afleiden|-0.99
begin:dus|afronding-aankondigen|-0.99
begin:dus|vervolgafspraak|0.94
begin:echt|adviseren|0.86
begin:een|parafrase|-0.97
begin:een|moraliseren|1.95
begin:een|etiketteren|-0.88
begin:een|geruststellen|-1.0
begin:een|ondervragen|-0.94
begin:eerlijk|ik-boodschap|1.23
begin:eerlijk|moraliseren|0.9
begin:eerlijk|argumenteren|-0.97
begin:eerlijk|bekritiseren|0.94
begin:eerlijk|geruststellen|-0.81
begin:eigenlijk|moraliseren|-0.72
begin:eigenlijk|bekritiseren|-0.9
begin:eigenlijk|interpreteren|0.94
begin:eigenlijk|afleiden|-0.98
begin:elk|prijzen|-1.0
begin:elk|geruststellen|1.0
begin:en|samenvatting|-0.99
begin:en|afleiden|-0.81
begin:er|waarschuwen|-1.0
begin:er|prijzen|-1.0
begin:even|jij-boodschap|-1.0
begin:even|parafrase|-0.94
begin:even|samenvatting|1.99
begin:even|argumenteren|-0.96
begin:even|bekritiseren|-1.0
begin:even|afleiden|-1.0
begin:even|vervolgafspraak|-0.94
begin:even|bedanken|0.99
begin:fatsoenlijk|moraliseren|0.8
begin:feit|argumenteren|0.96
begin:fenna|bekritiseren|-0.9
begin:fenna|etiketteren|0.65
begin:fijn|jij-boodschap|1.82
begin:fijn|gevoelsreflectie|-0.99
begin:fijn|prijzen|-1.0
begin:ga|bevelen|0.85
begin:ga|waarschuwen|0.66
begin:gaat|parafrase|-0.99
begin:gaat|open-vraag|-0.99
begin:gaat|waarschuwen|0.96
begin:geef|waarschuwen|-0.83
begin:geeft|bevelen|0.86
begin:geen|ik-boodschap|-0.96
begin:geen|bevelen|0.87
begin:ging|ondervragen|0.97
begin:goed|samenvatting|-0.99
begin:goed|interpreteren|-0.99
begin:goedemorgen|jij-boodschap|-0.98
begin:goedenavond|aanmoediging|-0.91
begin:goedenavond|etiketteren|-0.76
begin:haal|waarschuwen|-0.63
begin:had|open-vraag|-1.0
begin:had|prijzen|-1.0
begin:haha|afleiden|0.81
begin:heeft|jij-boodschap|-1.0
begin:heeft|adviseren|1.0
begin:heeft|etiketteren|-0.99
begin:heeft|afleiden|-1.0
begin:heeft|vervolgafspraak|-1.0
begin:heel|geruststellen|0.93
begin:heel|afleiden|-0.93
begin:heel|afronding-aankondigen|-1.0
begin:heel|bedanken|1.0
begin:het|ik-boodschap|-1.73
begin:het|jij-boodschap|-1.98
begin:het|parafrase|-0.96
begin:het|samenvatting|-0.97
begin:het|open-vraag|-1.0
begin:het|aanmoediging|-0.96
begin:het|waarschuwen|-2.81
begin:het|adviseren|-0.78
begin:het|argumenteren|0.97
begin:het|bekritiseren|-0.16
begin:het|prijzen|-1.0
begin:het|etiketteren|-1.0
begin:het|interpreteren|-0.93
begin:het|geruststellen|0.13
begin:het|ondervragen|-0.91
begin:het|bedanken|-1.84
begin:hij|ik-boodschap|-1.97
begin:hij|jij-boodschap|0.27
begin:hij|parafrase|-1.0
begin:hij|gevoelsreflectie|-1.0
begin:hij|bevelen|-0.98
begin:hij|waarschuwen|0.12
begin:hij|moraliseren|-0.6
begin:hij|adviseren|-1.0
begin:hij|argumenteren|-1.94
begin:hij|bekritiseren|0.11
begin:hij|interpreteren|0.92
begin:hij|geruststellen|-0.99
begin:hij|ondervragen|-1.0
begin:hij|afronding-aankondigen|-0.98
begin:hij|vervolgafspraak|-1.85
begin:hm|samenvatting|-0.56
begin:hoe|ik-boodschap|-1.0
begin:hoe|parafrase|-1.79
begin:hoe|gevoelsreflectie|-1.54
begin:hoe|samenvatting|-1.0
begin:hoe|aanmoediging|-0.99
begin:hoe|bekritiseren|0.63
begin:hoe|afleiden|-0.99
begin:hoe|vervolgafspraak|-1.0
begin:hoezo|ondervragen|0.91
begin:hoi|jij-boodschap|-0.94
begin:hoi|bevelen|-1.84
begin:hoi|bekritiseren|-0.76
begin:hoi|prijzen|-0.94
begin:hé|afleiden|-0.93
begin:iemand|jij-boodschap|-1.85
begin:iemand|moraliseren|2.77
begin:iemand|bekritiseren|-1.85
begin:ik|ik-boodschap|-1.86
begin:ik|jij-boodschap|-0.94
begin:ik|parafrase|-1.82
begin:ik|samenvatting|-3.71
begin:ik|open-vraag|0.5
begin:ik|bevelen|-1.83
begin:ik|waarschuwen|-0.98
begin:ik|moraliseren|-1.87
begin:ik|adviseren|-0.13
begin:ik|argumenteren|-1.29
begin:ik|bekritiseren|-0.1
begin:ik|etiketteren|-0.97
begin:ik|interpreteren|-1.88
begin:ik|afleiden|-0.97
begin:ik|vervolgafspraak|-1.05
begin:ik|bedanken|-2.73
begin:in|waarschuwen|-0.93
begin:in|moraliseren|0.48
begin:ja|parafrase|-0.93
begin:ja|gevoelsreflectie|-0.99
begin:ja|aanmoediging|0.94
begin:ja|etiketteren|0.96
begin:ja|ondervragen|-0.97
begin:ja|afleiden|-0.95
begin:je|ik-boodschap|-0.88
begin:je|jij-boodschap|-0.74
begin:je|parafrase|0.93
begin:je|gevoelsreflectie|2.49
begin:je|samenvatting|-1.57
begin:je|open-vraag|0.97
begin:je|bevelen|1.88
begin:je|waarschuwen|-1.97
begin:je|argumenteren|1.96
begin:je|bekritiseren|-3.13
begin:je|prijzen|0.83
begin:je|etiketteren|-1.01
begin:je|geruststellen|2.5
begin:je|ondervragen|0.91
begin:je|afleiden|0.12
begin:je|vervolgafspraak|-0.81
begin:jij|jij-boodschap|0.25
begin:jij|gevoelsreflectie|0.64
begin:jij|bevelen|1.0
begin:jij|waarschuwen|-0.84
begin:jij|moraliseren|-0.3
begin:jij|adviseren|-0.83
begin:jij|bekritiseren|-3.23
begin:jij|prijzen|1.81
begin:jij|interpreteren|0.95
begin:jij|geruststellen|-0.99
begin:jij|ondervragen|-0.96
begin:jij|afleiden|-0.74
begin:joh|argumenteren|-1.0
begin:joh|bekritiseren|-0.97
begin:joh|geruststellen|1.15
begin:julian|jij-boodschap|-0.95
begin:julian|bekritiseren|-0.95
begin:jullie|jij-boodschap|1.99
begin:jullie|waarschuwen|0.84
begin:jullie|moraliseren|-0.86
begin:jullie|adviseren|-0.94
begin:jullie|bekritiseren|0.35
begin:jullie|etiketteren|-0.73
begin:jullie|interpreteren|-0.99
begin:jullie|ondervragen|-0.97
begin:kevin|afleiden|-0.99
begin:kijk|jij-boodschap|-0.98
begin:kijk|waarschuwen|-0.98
begin:kijk|moraliseren|-1.82
begin:kijk|adviseren|-0.99
begin:kijk|argumenteren|1.15
begin:kijk|bekritiseren|-0.78
begin:kijk|interpreteren|-0.97
begin:kijk|afleiden|-0.97
begin:kinderen|afleiden|-0.29
begin:klinkt|gevoelsreflectie|0.87
begin:knap|prijzen|0.93
begin:kom|moraliseren|-1.0
begin:komt|bekritiseren|-0.57
begin:komt|etiketteren|-0.99
begin:komt|geruststellen|0.99
begin:komt|afleiden|-0.99
begin:kortom|jij-boodschap|1.89
begin:kortom|gevoelsreflectie|-0.9
begin:kortom|samenvatting|1.71
begin:kortom|open-vraag|-0.29
begin:kortom|aanmoediging|-0.95
begin:kortom|bevelen|-0.86
begin:kortom|bekritiseren|2.2
begin:kortom|geruststellen|-0.98
begin:kunt|afleiden|-0.96
begin:laat|bevelen|0.81
begin:laat|bekritiseren|-0.51
begin:laat|geruststellen|-0.55
begin:laat|vervolgafspraak|0.99
begin:laten|ik-boodschap|-0.99
begin:laten|argumenteren|-0.99
begin:laten|afleiden|0.28
begin:laten|afronding-aankondigen|-1.93
begin:laten|bedanken|-1.84
begin:leg|bevelen|1.9
begin:let|ik-boodschap|-0.96
begin:let|bevelen|-0.96
begin:lever|bevelen|0.99
begin:maak|bevelen|0.79
begin:maak|bekritiseren|-0.98
begin:maak|geruststellen|0.96
begin:maakt|gevoelsreflectie|-0.99
begin:maakt|geruststellen|0.98
begin:maandag|vervolgafspraak|0.92
begin:maar|open-vraag|-1.82
begin:maar|argumenteren|1.99
begin:maar|afleiden|1.52
begin:mag|samenvatting|-0.99
begin:mag|bedanken|-0.99
begin:mees|open-vraag|1.0
begin:mees|adviseren|-1.0
begin:met|ik-boodschap|-1.72
begin:met|parafrase|1.96
begin:met|gevoelsreflectie|-0.98
begin:met|samenvatting|-0.68
begin:met|argumenteren|-1.0
begin:met|bekritiseren|-0.84
begin:met|prijzen|1.77
begin:met|geruststellen|-0.97
begin:mevrouw|geruststellen|-0.99
begin:mijn|ik-boodschap|-1.0
begin:mijn|moraliseren|-0.92
begin:mijn|adviseren|0.78
begin:mijn|bekritiseren|-0.96
begin:mijn|vervolgafspraak|0.84
begin:misschien|gevoelsreflectie|-0.96
begin:mm|aanmoediging|0.99
begin:mohammed|jij-boodschap|1.84
begin:nee|bevelen|0.97
begin:nee|argumenteren|0.94
begin:neem|aanmoediging|0.99
begin:neem|bevelen|-0.99
begin:niemand|jij-boodschap|-0.75
begin:niemand|geruststellen|1.36
begin:niet|bevelen|0.99
begin:nog|ik-boodschap|-1.0
begin:nog|samenvatting|-0.94
begin:nog|aanmoediging|-0.99
begin:nog|waarschuwen|1.84
begin:nog|bedanken|0.84
begin:nou|ik-boodschap|0.76
begin:nou|bevelen|-1.0
begin:nou|waarschuwen|-1.0
begin:nou|bekritiseren|2.31
begin:nou|etiketteren|0.95
begin:nou|afleiden|0.97
begin:nou|vervolgafspraak|-0.97
begin:nou|bedanken|-4.11
begin:nu|ik-boodschap|1.77
begin:och|jij-boodschap|-0.86
begin:och|bekritiseren|-0.86
begin:och|geruststellen|-0.96
begin:och|afleiden|1.73
begin:oke|ik-boodschap|-0.88
begin:oke|afleiden|-0.87
begin:oke|afronding-aankondigen|0.97
begin:oké|parafrase|0.99
begin:oké|aanmoediging|0.94
begin:om|interpreteren|-0.93
begin:omdat|ik-boodschap|1.0
begin:onze|aanmoediging|-0.99
begin:onze|afronding-aankondigen|0.99
begin:onze|bedanken|-0.99
begin:op|moraliseren|0.86
begin:opruimen|geruststellen|-1.0
begin:opvoeden|moraliseren|0.97
begin:opvoeden|argumenteren|-0.97
begin:opvoeden|afleiden|-0.64
begin:ouders|bevelen|-1.0
begin:ouders|moraliseren|1.98
begin:ouders|argumenteren|-1.0
begin:ouders|afleiden|-0.98
begin:over|samenvatting|-0.64
begin:over|ondervragen|-1.0
begin:over|afleiden|2.75
begin:over|vervolgafspraak|0.98
begin:pak|bevelen|0.95
begin:pak|waarschuwen|-0.95
begin:pas|geruststellen|-0.95
begin:pas|ondervragen|-0.91
begin:regels|argumenteren|0.97
begin:regels|vervolgafspraak|-0.97
begin:respect|moraliseren|1.95
begin:samengevat|jij-boodschap|1.01
begin:samengevat|parafrase|-0.98
begin:samengevat|samenvatting|0.12
begin:samengevat|open-vraag|-0.92
begin:samengevat|adviseren|-1.0
begin:samengevat|argumenteren|-0.89
begin:samengevat|bekritiseren|1.92
begin:samenvattend|samenvatting|1.87
begin:samenvattend|open-vraag|-0.93
begin:samenvattend|bekritiseren|-0.94
begin:sanne|etiketteren|1.0
begin:sem|moraliseren|-0.98
begin:sem|bekritiseren|-1.6
begin:sem|etiketteren|0.21
begin:sinds|ik-boodschap|1.99
begin:sinds|parafrase|-0.99
begin:sinds|bekritiseren|-0.84
begin:stop|jij-boodschap|-0.86
begin:stop|bekritiseren|-0.95
begin:straks|waarschuwen|0.98
begin:telefoon|argumenteren|-0.99
begin:tja|gevoelsreflectie|-0.99
begin:tja|open-vraag|-1.62
begin:tja|bekritiseren|1.75
begin:tja|afleiden|0.84
begin:tja|bedanken|-1.64
begin:toen|ik-boodschap|0.93
begin:toen|parafrase|-0.89
begin:toen|gevoelsreflectie|-0.75
begin:toen|samenvatting|-1.95
begin:toen|aanmoediging|-0.96
begin:toen|bekritiseren|-1.0
begin:toen|interpreteren|-1.0
begin:toen|vervolgafspraak|-0.97
begin:top|bedanken|1.0
begin:tot|samenvatting|0.94
begin:tot|open-vraag|0.94
begin:typisch|etiketteren|0.81
begin:u|ik-boodschap|-0.95
begin:u|parafrase|1.86
begin:u|gevoelsreflectie|-0.89
begin:u|samenvatting|-0.94
begin:u|open-vraag|-2.82
begin:u|bevelen|-1.83
begin:u|waarschuwen|-0.98
begin:u|moraliseren|-1.32
begin:u|adviseren|-1.94
begin:u|argumenteren|-0.68
begin:u|bekritiseren|-1.96
begin:u|prijzen|0.25
begin:u|interpreteren|-0.95
begin:u|geruststellen|1.05
begin:u|ondervragen|-1.0
begin:u|afleiden|-0.96
begin:u|vervolgafspraak|-1.02
begin:uw|jij-boodschap|-0.14
begin:uw|bevelen|-0.93
begin:uw|adviseren|-1.93
begin:uw|argumenteren|-0.88
begin:uw|bekritiseren|-0.96
begin:van|moraliseren|0.91
begin:vanaf|bevelen|0.91
begin:vanaf|vervolgafspraak|-0.66
begin:vandaag|samenvatting|-0.72
begin:vertel|moraliseren|-1.0
begin:volgende|vervolgafspraak|1.92
begin:volgens|waarschuwen|-1.0
begin:volgens|interpreteren|1.93
begin:volgens|ondervragen|-1.0
begin:volgens|afronding-aankondigen|-0.97
begin:voor|waarschuwen|0.94
begin:waar|open-vraag|0.99
begin:waarom|jij-boodschap|-0.85
begin:waarom|bevelen|-0.78
begin:waarom|adviseren|0.95
begin:waarom|argumenteren|-1.0
begin:waarom|bekritiseren|-1.02
begin:waarom|ondervragen|1.06
begin:wanneer|ik-boodschap|1.95
begin:wanneer|samenvatting|-0.93
begin:wanneer|open-vraag|-0.15
begin:wanneer|waarschuwen|-0.95
begin:wanneer|bekritiseren|-0.91
begin:wanneer|prijzen|-1.0
begin:wanneer|geruststellen|-1.0
begin:wanneer|afronding-aankondigen|-1.0
begin:wat|ik-boodschap|-1.88
begin:wat|jij-boodschap|1.9
begin:wat|parafrase|-0.99
begin:wat|gevoelsreflectie|-1.84
begin:wat|samenvatting|-0.95
begin:wat|open-vraag|-0.87
begin:wat|aanmoediging|-0.99
begin:wat|bevelen|-1.78
begin:wat|moraliseren|-0.68
begin:wat|adviseren|0.96
begin:wat|argumenteren|-0.99
begin:wat|bekritiseren|2.82
begin:wat|prijzen|-0.91
begin:wat|etiketteren|0.35
begin:wat|ondervragen|-0.96
begin:wat|vervolgafspraak|-0.89
begin:wat|bedanken|-1.0
begin:we|ik-boodschap|-1.87
begin:we|jij-boodschap|-0.26
begin:we|gevoelsreflectie|-1.0
begin:we|samenvatting|0.67
begin:we|open-vraag|-0.93
begin:we|aanmoediging|-0.99
begin:we|bevelen|-0.99
begin:we|bekritiseren|-0.91
begin:we|etiketteren|-0.96
begin:we|afleiden|-0.83
begin:we|afronding-aankondigen|1.96
begin:we|vervolgafspraak|-0.82
begin:we|bedanken|0.61
begin:wees|waarschuwen|0.87
begin:wees|geruststellen|0.84
begin:weet|ik-boodschap|1.63
begin:weet|jij-boodschap|1.85
begin:weet|argumenteren|0.96
begin:weet|bekritiseren|1.85
begin:welk|parafrase|-0.99
begin:welk|open-vraag|-3.42
begin:welke|parafrase|-0.95
begin:wie|open-vraag|-0.94
begin:wie|bedanken|-0.99
begin:zal|vervolgafspraak|0.91
begin:ze|ik-boodschap|-1.0
begin:ze|samenvatting|-1.0
begin:ze|bevelen|-1.0
begin:ze|moraliseren|-1.92
begin:ze|bekritiseren|-0.35
begin:ze|interpreteren|-0.98
begin:zegt|aanmoediging|1.76
begin:zegt|bevelen|1.92
begin:zegt|vervolgafspraak|-0.82
begin:zet|prijzen|-0.8
begin:zet|geruststellen|-0.98
begin:zij|bekritiseren|1.27
begin:zij|geruststellen|-1.82
begin:zijn|ik-boodschap|-0.99
begin:zijn|waarschuwen|-0.9
begin:zit|jij-boodschap|-0.91
begin:zit|adviseren|-0.91
begin:zit|afleiden|-0.91
begin:zo|ik-boodschap|-0.99
begin:zo|jij-boodschap|-1.0
begin:zo|moraliseren|1.0
begin:zo|interpreteren|-1.0
begin:zo'n|jij-boodschap|-0.94
begin:zo'n|waarschuwen|-1.0
begin:zo'n|argumenteren|-1.0
begin:zo'n|prijzen|1.94
begin:zo'n|geruststellen|0.97
begin:zorg|bevelen|0.99
begin:zoveel|geruststellen|1.71
begin:zullen|parafrase|-1.0
begin:zullen|open-vraag|-0.99
begin:zullen|argumenteren|-0.98
begin:zullen|bekritiseren|-1.0
begin:zullen|geruststellen|-0.87
begin:zullen|afleiden|0.94
begin:zullen|afronding-aankondigen|-0.98
deel:gedrag|ik-boodschap|5.06
deel:gedrag|jij-boodschap|-1.83
deel:gedrag|parafrase|-0.96
deel:gedrag|gevoelsreflectie|-1.61
deel:gedrag|samenvatting|-2.76
deel:gedrag|open-vraag|-1.74
deel:gedrag|aanmoediging|-0.96
deel:gedrag|bevelen|-1.04
deel:gedrag|waarschuwen|-1.0
deel:gedrag|moraliseren|-0.96
deel:gedrag|adviseren|-1.93
deel:gedrag|argumenteren|-1.94
deel:gedrag|bekritiseren|-1.6
deel:gedrag|prijzen|-1.0
deel:gedrag|interpreteren|-0.95
deel:gedrag|geruststellen|-3.28
deel:gedrag|ondervragen|-0.91
deel:gedrag|afleiden|-0.99
deel:gedrag|afronding-aankondigen|-1.0
deel:gedrag|vervolgafspraak|-2.08
deel:gevoel|ik-boodschap|7.47
deel:gevoel|jij-boodschap|-0.93
deel:gevoel|parafrase|-0.96
deel:gevoel|gevoelsreflectie|-0.65
deel:gevoel|samenvatting|-2.82
deel:gevoel|open-vraag|0.25
deel:gevoel|aanmoediging|-0.96
deel:gevoel|bevelen|-1.0
deel:gevoel|waarschuwen|-2.88
deel:gevoel|moraliseren|-0.96
deel:gevoel|adviseren|-1.0
deel:gevoel|argumenteren|-1.0
deel:gevoel|bekritiseren|-1.06
deel:gevoel|prijzen|-1.0
deel:gevoel|interpreteren|-1.93
deel:gevoel|geruststellen|-1.81
deel:gevoel|ondervragen|-0.91
deel:gevoel|vervolgafspraak|-0.94
deel:gevolg|ik-boodschap|3.06
deel:gevolg|jij-boodschap|-0.95
deel:gevolg|gevoelsreflectie|-1.71
deel:gevolg|samenvatting|-0.83
deel:gevolg|open-vraag|0.14
deel:gevolg|aanmoediging|-0.96
deel:gevolg|bevelen|-1.0
deel:gevolg|waarschuwen|-1.98
deel:gevolg|moraliseren|-0.96
deel:gevolg|argumenteren|-0.94
deel:gevolg|bekritiseren|-0.98
deel:gevolg|prijzen|-1.0
deel:gevolg|geruststellen|-1.0
deel:gevolg|afleiden|-0.99
familie:afronding|ik-boodschap|-3.01
familie:afronding|jij-boodschap|-0.98
familie:afronding|parafrase|-1.0
familie:afronding|gevoelsreflectie|-2.91
familie:afronding|samenvatting|-0.14
familie:afronding|open-vraag|-0.99
familie:afronding|aanmoediging|-0.99
familie:afronding|bevelen|-1.05
familie:afronding|waarschuwen|-1.92
familie:afronding|adviseren|-1.96
familie:afronding|argumenteren|-0.99
familie:afronding|bekritiseren|-1.07
familie:afronding|prijzen|-1.82
familie:afronding|etiketteren|-0.97
familie:afronding|interpreteren|-0.98
familie:afronding|geruststellen|-0.99
familie:afronding|afleiden|-1.52
familie:afronding|afronding-aankondigen|4.85
familie:afronding|vervolgafspraak|5.67
familie:afronding|bedanken|5.24
familie:blokkade|ik-boodschap|-7.69
familie:blokkade|jij-boodschap|-1.76
familie:blokkade|parafrase|-4.96
familie:blokkade|gevoelsreflectie|-4.24
familie:blokkade|samenvatting|-5.54
familie:blokkade|open-vraag|-4.06
familie:blokkade|aanmoediging|-1.96
familie:blokkade|bevelen|0.1
familie:blokkade|waarschuwen|1.08
familie:blokkade|moraliseren|-0.43
familie:blokkade|adviseren|0.92
familie:blokkade|argumenteren|-1.94
familie:blokkade|bekritiseren|-0.62
familie:blokkade|etiketteren|-0.35
familie:blokkade|interpreteren|0.87
familie:blokkade|geruststellen|-1.83
familie:blokkade|ondervragen|-0.97
familie:blokkade|afleiden|-0.55
familie:blokkade|afronding-aankondigen|-3.91
familie:blokkade|vervolgafspraak|-4.73
familie:blokkade|bedanken|-2.99
familie:ik-boodschap|ik-boodschap|5.96
familie:ik-boodschap|jij-boodschap|-0.97
familie:ik-boodschap|parafrase|-0.96
familie:ik-boodschap|gevoelsreflectie|-0.65
familie:ik-boodschap|samenvatting|-2.82
familie:ik-boodschap|open-vraag|-0.75
familie:ik-boodschap|aanmoediging|-0.96
familie:ik-boodschap|bevelen|-1.0
familie:ik-boodschap|waarschuwen|-2.89
familie:ik-boodschap|moraliseren|-0.96
familie:ik-boodschap|adviseren|-1.0
familie:ik-boodschap|argumenteren|-1.94
familie:ik-boodschap|bekritiseren|-0.75
familie:ik-boodschap|prijzen|-1.0
familie:ik-boodschap|interpreteren|-1.93
familie:ik-boodschap|geruststellen|-1.0
familie:ik-boodschap|ondervragen|-0.91
familie:ik-boodschap|afleiden|-0.99
familie:ik-boodschap|afronding-aankondigen|-1.0
familie:ik-boodschap|vervolgafspraak|-1.92
familie:jij-boodschap|ik-boodschap|0.29
familie:jij-boodschap|jij-boodschap|11.11
familie:jij-boodschap|gevoelsreflectie|-2.73
familie:jij-boodschap|open-vraag|0.93
familie:jij-boodschap|bevelen|-1.89
familie:jij-boodschap|waarschuwen|-0.87
familie:jij-boodschap|moraliseren|-1.86
familie:jij-boodschap|adviseren|-0.97
familie:jij-boodschap|argumenteren|-2.91
familie:jij-boodschap|bekritiseren|2.28
familie:jij-boodschap|prijzen|-0.85
familie:jij-boodschap|etiketteren|2.06
familie:jij-boodschap|interpreteren|-0.99
familie:jij-boodschap|geruststellen|-1.8
familie:jij-boodschap|ondervragen|-1.02
familie:jij-boodschap|afleiden|-0.96
familie:luisteren|ik-boodschap|-3.81
familie:luisteren|jij-boodschap|-2.15
familie:luisteren|parafrase|2.88
familie:luisteren|gevoelsreflectie|6.51
familie:luisteren|samenvatting|3.75
familie:luisteren|open-vraag|6.72
familie:luisteren|aanmoediging|1.07
familie:luisteren|bevelen|-4.68
familie:luisteren|waarschuwen|-1.0
familie:luisteren|moraliseren|-2.0
familie:luisteren|adviseren|-2.13
familie:luisteren|argumenteren|-2.8
familie:luisteren|bekritiseren|-1.98
familie:luisteren|prijzen|-4.43
familie:luisteren|etiketteren|-2.95
familie:luisteren|interpreteren|-3.86
familie:luisteren|geruststellen|-3.32
familie:luisteren|ondervragen|-4.01
familie:luisteren|afleiden|-2.15
familie:luisteren|afronding-aankondigen|-2.0
familie:luisteren|vervolgafspraak|-2.18
familie:luisteren|bedanken|-1.68
p:'ouwe' noemt|samenvatting|-0.93
p:'s avonds|jij-boodschap|0.14
p:'s avonds|parafrase|0.91
p:'s avonds|open-vraag|-1.0
p:'s avonds|adviseren|1.0
p:'s avonds|bekritiseren|0.92
p:'s avonds|prijzen|-0.99
p:'s nachts|jij-boodschap|0.69
p:'s nachts|parafrase|-0.97
p:'s nachts|adviseren|0.99
p:'s nachts|bekritiseren|0.97
p:'s ochtends|parafrase|0.91
p:'s ochtends|gevoelsreflectie|-0.69
p:'s ochtends|samenvatting|-0.99
p:1 en|argumenteren|0.97
p:1 en|vervolgafspraak|-0.97
p:12 mei|argumenteren|0.69
p:14 keer|argumenteren|0.96
p:14 maart|samenvatting|0.94
p:14 maart|vervolgafspraak|0.94
p:2 voor|jij-boodschap|-0.98
p:2 voor|bekritiseren|-0.78
p:4 9|jij-boodschap|-0.98
p:4 9|bekritiseren|-0.78
p:4 daar|argumenteren|0.68
p:4 daar|afleiden|-0.95
p:4 in|afleiden|0.96
p:4 is|open-vraag|0.99
p:4 is|argumenteren|0.68
p:4 is|interpreteren|-0.97
p:4 is|afleiden|-1.92
p:5 2|jij-boodschap|-0.98
p:5 2|bekritiseren|-0.78
p:5 4|interpreteren|-0.97
p:5 4|afleiden|-0.97
p:5 5|argumenteren|0.98
p:5 voor|argumenteren|-0.88
p:5 wordt|argumenteren|0.98
p:6 5|argumenteren|-0.88
p:6 8|parafrase|0.94
p:7 halen|prijzen|0.97
p:7 naar|open-vraag|0.99
p:8 gemiddeld|argumenteren|-0.95
p:9 voor|jij-boodschap|-0.98
p:9 voor|bekritiseren|-0.78
p:? controleert|adviseren|-0.91
p:? controleert|afleiden|-0.91
p:? dan|moraliseren|-0.3
p:? dan|prijzen|0.99
p:? dan|geruststellen|-0.99
p:? dank|afronding-aankondigen|0.93
p:? dat|bekritiseren|0.98
p:? elke|ondervragen|0.96
p:? elke|vervolgafspraak|-0.95
p:? en|aanmoediging|0.97
p:? en|bekritiseren|0.98
p:? en|vervolgafspraak|-0.95
p:? en|bedanken|-0.99
p:? had|ondervragen|0.97
p:? heeft|bedanken|-0.99
p:? ik|adviseren|0.97
p:? ik|vervolgafspraak|0.97
p:? maar|open-vraag|0.92
p:? maar|geruststellen|0.92
p:? met|open-vraag|-1.0
p:? met|ondervragen|1.0
p:? ook|ondervragen|0.96
p:? ook|vervolgafspraak|-0.95
p:? op|jij-boodschap|-0.91
p:? tot|jij-boodschap|-0.91
p:? tot|adviseren|-0.91
p:? tot|afleiden|-0.91
p:? waarom|ik-boodschap|-0.99
p:? waarom|bekritiseren|-0.91
p:? wat|ondervragen|1.0
p:? wie|ik-boodschap|-0.99
p:? wie|open-vraag|-1.0
p:? wie|bekritiseren|-0.91
p:? wie|ondervragen|1.0
p:aan alles|bekritiseren|-0.99
p:aan alles|etiketteren|0.99
p:aan als|bevelen|0.99
p:aan als|adviseren|-0.99
p:aan bij|ondervragen|-0.97
p:aan dat|ik-boodschap|-0.99
p:aan dat|jij-boodschap|-0.93
p:aan dat|parafrase|0.91
p:aan dat|gevoelsreflectie|-0.69
p:aan dat|open-vraag|0.93
p:aan dat|bekritiseren|-0.93
p:aan de|parafrase|0.99
p:aan de|gevoelsreflectie|0.71
p:aan de|open-vraag|0.1
p:aan de|aanmoediging|-0.95
p:aan de|bevelen|-0.98
p:aan de|waarschuwen|0.12
p:aan de|argumenteren|-1.0
p:aan de|geruststellen|-0.84
p:aan doen|ik-boodschap|-0.97
p:aan doen|argumenteren|1.0
p:aan een|argumenteren|0.97
p:aan een|vervolgafspraak|-0.97
p:aan en|jij-boodschap|0.95
p:aan en|samenvatting|-0.95
p:aan en|open-vraag|-0.95
p:aan en|bekritiseren|0.95
p:aan gedaan|bevelen|-1.0
p:aan gedaan|bekritiseren|0.55
p:aan gedaan|etiketteren|-1.0
p:aan hoor|aanmoediging|0.91
p:aan hoor|bevelen|-0.8
p:aan je|ik-boodschap|0.99
p:aan je|parafrase|-0.99
p:aan je|ondervragen|0.95
p:aan maken|vervolgafspraak|-0.96
p:aan mevrouw|bevelen|0.99
p:aan nu|aanmoediging|-0.86
p:aan nu|bevelen|0.86
p:aan school|bevelen|0.93
p:aan sem|adviseren|1.0
p:aan sem|argumenteren|-1.0
p:aan sem|bekritiseren|-1.0
p:aan te|waarschuwen|-0.98
p:aan te|moraliseren|-0.9
p:aan te|argumenteren|-0.29
p:aan te|geruststellen|-0.96
p:aan te|afleiden|0.66
p:aan te|vervolgafspraak|0.91
p:aan toevoegen|samenvatting|0.94
p:aan toevoegen|open-vraag|0.94
p:aan vrijdag|ik-boodschap|-0.95
p:aan vrijdag|samenvatting|0.95
p:aan zijn|ik-boodschap|1.0
p:aan zijn|jij-boodschap|0.7
p:aan zijn|waarschuwen|0.84
p:aanbieden aan|bevelen|0.99
p:aandacht daarom|moraliseren|-0.72
p:aanpak is|ik-boodschap|-1.0
p:aanpak is|prijzen|1.0
p:aanpakken ?|parafrase|-0.91
p:aanpakken ?|samenvatting|0.92
p:aanpakken ?|open-vraag|0.92
p:aansluiting heeft|ik-boodschap|0.99
p:aansluiting met|ik-boodschap|-0.8
p:aansluiting met|samenvatting|-0.94
p:aardrijkskunde zakt|ik-boodschap|0.96
p:aardrijkskunde zakt|jij-boodschap|-0.96
p:aardrijkskunde zakt|bekritiseren|-0.96
p:ach dat|argumenteren|-0.88
p:ach dat|geruststellen|-1.78
p:ach dat|afleiden|2.06
p:ach een|gevoelsreflectie|0.96
p:ach een|afleiden|0.96
p:ach elke|geruststellen|0.83
p:ach elke|afleiden|-0.83
p:ach iedereen|etiketteren|-0.69
p:ach iedereen|afleiden|0.99
p:ach joh|afleiden|-0.38
p:ach u|prijzen|-0.96
p:ach u|etiketteren|0.96
p:ach wat|etiketteren|0.77
p:ach wat|afleiden|-0.77
p:ach zulke|geruststellen|-0.87
p:ach zulke|afleiden|0.94
p:acht bij|bevelen|0.91
p:acht uur|ik-boodschap|-0.96
p:acht uur|argumenteren|-0.99
p:acht uur|vervolgafspraak|-0.82
p:achter de|adviseren|-0.91
p:achter de|argumenteren|-0.99
p:achter de|afleiden|-0.91
p:achter zetten|vervolgafspraak|-0.96
p:achterin zitten|bevelen|0.94
p:achterstand op|bekritiseren|-0.96
p:actie gekomen|bekritiseren|-1.72
p:advies is|moraliseren|-0.92
p:advies is|adviseren|-1.0
p:af dat|samenvatting|0.99
p:af dat|bevelen|-0.99
p:af dat|vervolgafspraak|0.93
p:af en|samenvatting|-0.93
p:af en|afronding-aankondigen|0.93
p:af ik|afronding-aankondigen|0.98
p:af is|interpreteren|-0.97
p:af maandag|bedanken|0.84
p:af te|samenvatting|-1.0
p:af te|afronding-aankondigen|-0.97
p:af tot|ik-boodschap|-0.86
p:af tot|waarschuwen|0.91
p:af voor|bedanken|0.94
p:af we|afronding-aankondigen|0.92
p:afdelingsleider erbij|bevelen|0.85
p:afgelopen drie|bekritiseren|-0.96
p:afgelopen tijd|open-vraag|1.0
p:afgelopen twee|ik-boodschap|0.96
p:afgelopen twee|jij-boodschap|-0.96
p:afgelopen twee|bekritiseren|-0.96
p:afgelopen week|ik-boodschap|0.76
p:afgerond naar|argumenteren|0.98
p:aflopen voor|waarschuwen|1.0
p:aflopen voor|adviseren|-1.0
p:aflopen voor|afronding-aankondigen|-1.0
p:afmaken en|aanmoediging|-0.96
p:afmeldt als|ik-boodschap|-1.0
p:afmeldt als|moraliseren|1.0
p:afronden de|bedanken|-0.91
p:afronden en|vervolgafspraak|0.96
p:afronden over|samenvatting|0.92
p:afronden over|bedanken|0.69
p:afsluiten de|afronding-aankondigen|0.98
p:afsluiten de|vervolgafspraak|-0.98
p:afspraak ?|open-vraag|-1.0
p:afspraak ?|prijzen|-1.0
p:afspraak bij|samenvatting|0.94
p:afspraak bij|vervolgafspraak|0.94
p:afspraak gewoon|jij-boodschap|0.94
p:afspraak gewoon|bekritiseren|-0.82
p:afspraak maken|argumenteren|-0.99
p:afspraak met|ik-boodschap|0.99
p:afspraak met|jij-boodschap|0.96
p:afspraak met|adviseren|0.97
p:afspraak met|argumenteren|-0.71
p:afspraak met|bekritiseren|1.82
p:afspraak met|afronding-aankondigen|0.92
p:afspraak niet|vervolgafspraak|-0.77
p:afspraken aan|jij-boodschap|0.7
p:afspraken en|samenvatting|-0.99
p:afspraken en|adviseren|-0.99
p:afspraken houdt|jij-boodschap|-0.93
p:afspraken houdt|parafrase|0.99
p:afspraken houdt|open-vraag|0.1
p:afspraken houdt|bekritiseren|-0.93
p:afspraken met|vervolgafspraak|-0.95
p:afspraken nooit|ik-boodschap|-0.95
p:afspraken nooit|jij-boodschap|0.95
p:afspraken nooit|bekritiseren|0.95
p:afspraken van|bekritiseren|0.84
p:afspraken werken|parafrase|-0.95
p:afspreekt dat|adviseren|0.96
p:afspreken ?|parafrase|-1.0
p:afspreken ?|adviseren|0.97
p:afspreken ?|bekritiseren|-1.0
p:afspreken ?|vervolgafspraak|1.97
p:afspreken u|ik-boodschap|-0.95
p:afspreken u|samenvatting|0.95
p:afwezig geweest|gevoelsreflectie|-0.84
p:afwezig geweest|etiketteren|-0.75
p:afwezig moeten|ik-boodschap|0.95
p:afwezig moeten|waarschuwen|-0.95
p:afwezig was|argumenteren|0.96
p:agenda bij|moraliseren|0.86
p:agenda door|open-vraag|-0.96
p:agenda doornemen|adviseren|0.97
p:ah en|open-vraag|-0.99
p:ah en|aanmoediging|0.99
p:akkoord ?|prijzen|0.77
p:akkoord met|parafrase|-0.97
p:akkoord met|bekritiseren|-0.92
p:akkoord met|etiketteren|-0.89
p:akkoord met|vervolgafspraak|-0.81
p:al ?|ondervragen|-0.96
p:al als|ik-boodschap|0.95
p:al als|waarschuwen|-0.95
p:al drie|ik-boodschap|-0.67
p:al drie|jij-boodschap|0.74
p:al eens|jij-boodschap|-1.0
p:al eens|adviseren|1.0
p:al eens|afleiden|-1.0
p:al eens|vervolgafspraak|-1.0
p:al gezien|afleiden|0.98
p:al in|parafrase|1.0
p:al in|samenvatting|-1.0
p:al in|argumenteren|0.88
p:al ingeleverd|argumenteren|-0.89
p:al maanden|bekritiseren|-0.94
p:al te|bekritiseren|0.93
p:al twee|ik-boodschap|-1.0
p:al twee|jij-boodschap|-1.0
p:al twee|parafrase|-1.0
p:al twee|gevoelsreflectie|-1.0
p:al twee|samenvatting|-1.0
p:al twee|open-vraag|-1.0
p:al twee|aanmoediging|-1.0
p:al twee|bevelen|-1.0
p:al twee|waarschuwen|-1.98
p:al twee|moraliseren|-1.0
p:al twee|adviseren|-1.0
p:al twee|argumenteren|1.89
p:al twee|bekritiseren|0.53
p:al twee|prijzen|-1.0
p:al twee|etiketteren|-1.0
p:al twee|interpreteren|-1.0
p:al twee|geruststellen|-1.0
p:al twee|ondervragen|-1.0
p:al twee|afleiden|-1.0
p:al twee|afronding-aankondigen|-1.0
p:al twee|vervolgafspraak|-1.0
p:al twee|bedanken|-1.0
p:al zes|ik-boodschap|0.93
p:alle afspraken|jij-boodschap|0.7
p:alle andere|jij-boodschap|0.91
p:alle andere|bekritiseren|0.66
p:alle leerlingen|etiketteren|-0.92
p:alle tijd|aanmoediging|0.91
p:alle tijd|bevelen|-0.8
p:allebei dat|parafrase|-0.98
p:allebei dat|samenvatting|0.95
p:allebei het|samenvatting|-0.83
p:allebei niks|ik-boodschap|1.0
p:allebei niks|afronding-aankondigen|1.0
p:allebei tegelijk|afronding-aankondigen|-1.0
p:alleen bij|ik-boodschap|1.63
p:alleen bij|argumenteren|0.94
p:alleen dat|interpreteren|-0.97
p:alleen in|argumenteren|-1.0
p:alleen in|vervolgafspraak|-1.0
p:alleen maar|prijzen|-0.94
p:alleen maar|ondervragen|-1.0
p:alleen omdat|jij-boodschap|-0.94
p:alleen omdat|parafrase|-0.9
p:alleen omdat|interpreteren|0.9
p:alleen op|ik-boodschap|-0.63
p:alleen voelt|ik-boodschap|-0.9
p:alleen voelt|jij-boodschap|-1.0
p:alleen voelt|waarschuwen|-0.91
p:alleen voelt|moraliseren|-1.0
p:alleen voelt|bekritiseren|-1.0
p:alleen voelt|ondervragen|-0.91
p:alleen wat|adviseren|-0.89
p:alleen wat|bekritiseren|-1.79
p:alleen zo|bevelen|-1.0
p:alleen zo|bekritiseren|-1.0
p:alleen zo|interpreteren|1.0
p:allemaal goed|geruststellen|0.97
p:allemaal in|argumenteren|1.0
p:allemaal in|bekritiseren|-1.0
p:allemaal kan|ik-boodschap|0.84
p:allemaal op|geruststellen|0.82
p:allemaal regelt|prijzen|0.93
p:alles de|bekritiseren|0.95
p:alles doen|etiketteren|-0.73
p:alles en|ik-boodschap|0.99
p:alles en|gevoelsreflectie|-0.89
p:alles en|afleiden|-0.99
p:alles op|parafrase|-0.98
p:alles op|samenvatting|0.97
p:alles voor|etiketteren|0.81
p:alles zo|prijzen|1.0
p:als afwezig|ik-boodschap|0.95
p:als afwezig|waarschuwen|-0.95
p:als daan|ik-boodschap|0.95
p:als daan|jij-boodschap|-0.95
p:als daan|open-vraag|0.6
p:als daan|adviseren|-0.97
p:als daan|vervolgafspraak|0.95
p:als dat|jij-boodschap|1.92
p:als dat|waarschuwen|1.77
p:als dat|bekritiseren|1.94
p:als dit|parafrase|-1.0
p:als dit|waarschuwen|0.99
p:als een|gevoelsreflectie|0.99
p:als een|open-vraag|-0.98
p:als een|etiketteren|0.91
p:als eerste|parafrase|-0.91
p:als eerste|samenvatting|0.92
p:als eerste|open-vraag|0.92
p:als er|waarschuwen|1.0
p:als er|adviseren|-1.0
p:als er|afronding-aankondigen|-1.0
p:als er|vervolgafspraak|0.99
p:als fatima|waarschuwen|-0.98
p:als finn|prijzen|0.97
p:als gijs|ik-boodschap|0.9
p:als het|ik-boodschap|-0.8
p:als het|jij-boodschap|0.71
p:als het|gevoelsreflectie|-0.84
p:als het|samenvatting|-0.94
p:als het|bekritiseren|1.34
p:als het|geruststellen|0.73
p:als het|ondervragen|-1.0
p:als het|vervolgafspraak|-1.0
p:als hij|ik-boodschap|-0.93
p:als hij|samenvatting|-0.94
p:als hij|waarschuwen|0.13
p:als hij|moraliseren|-0.97
p:als hij|adviseren|0.91
p:als hij|bekritiseren|0.76
p:als hij|geruststellen|-0.67
p:als ik|jij-boodschap|-1.0
p:als ik|parafrase|3.73
p:als ik|samenvatting|1.62
p:als ik|open-vraag|-0.18
p:als ik|bevelen|1.89
p:als ik|waarschuwen|-1.0
p:als ik|adviseren|0.91
p:als ik|argumenteren|-0.71
p:als ik|bekritiseren|0.91
p:als ik|vervolgafspraak|-0.95
p:als jade|jij-boodschap|-0.97
p:als je|ik-boodschap|-0.15
p:als je|jij-boodschap|-0.92
p:als je|samenvatting|-0.91
p:als je|open-vraag|-0.96
p:als je|bevelen|-1.03
p:als je|waarschuwen|0.89
p:als je|adviseren|0.93
p:als je|argumenteren|-0.99
p:als je|prijzen|-1.0
p:als je|afleiden|-0.96
p:als jesse|ik-boodschap|0.99
p:als jesse|afleiden|-0.99
p:als jij|ik-boodschap|1.52
p:als jij|waarschuwen|-1.0
p:als jij|bekritiseren|-0.94
p:als jij|interpreteren|-0.93
p:als jij|vervolgafspraak|-0.98
p:als jullie|ik-boodschap|0.81
p:als jullie|adviseren|0.97
p:als keuzevak|parafrase|-0.99
p:als keuzevak|open-vraag|-1.86
p:als laatste|ik-boodschap|-0.91
p:als leerling|moraliseren|0.96
p:als leerling|vervolgafspraak|-0.97
p:als lotte|ik-boodschap|1.0
p:als lotte|moraliseren|-1.0
p:als lotte|vervolgafspraak|-1.0
p:als lucas|waarschuwen|0.91
p:als mila|open-vraag|1.95
p:als milan|open-vraag|-0.66
p:als moeder|moraliseren|1.96
p:als moeder|bekritiseren|-1.0
p:als moeder|afleiden|-0.96
p:als noah|open-vraag|0.82
p:als ouder|ik-boodschap|-0.96
p:als ouder|gevoelsreflectie|1.0
p:als ouder|moraliseren|1.0
p:als ouder|adviseren|-0.99
p:als ouder|argumenteren|-0.99
p:als ouder|prijzen|-0.99
p:als ouders|bekritiseren|-1.72
p:als u|parafrase|-0.97
p:als u|open-vraag|-0.59
p:als u|bevelen|-0.94
p:als u|moraliseren|-1.0
p:als u|adviseren|0.98
p:als u|prijzen|0.81
p:als u|vervolgafspraak|-1.94
p:als vader|adviseren|-0.96
p:als vader|bekritiseren|0.95
p:als verpleegkundige|ik-boodschap|-1.0
p:als verpleegkundige|prijzen|1.0
p:als we|jij-boodschap|-1.67
p:als we|samenvatting|-0.83
p:als we|waarschuwen|-0.98
p:als we|bekritiseren|-3.12
p:als we|ondervragen|0.95
p:als ze|jij-boodschap|0.94
p:als ze|etiketteren|-0.99
p:als zoë|gevoelsreflectie|-1.0
p:als zoë|vervolgafspraak|1.0
p:alsof alles|bekritiseren|0.95
p:alsof er|jij-boodschap|0.98
p:alsof er|bekritiseren|0.98
p:alsof er|geruststellen|-0.84
p:alsof je|jij-boodschap|-1.0
p:alsof je|gevoelsreflectie|1.87
p:alsof je|moraliseren|-1.0
p:alsof je|bekritiseren|-1.0
p:altijd bij|jij-boodschap|-0.99
p:altijd bij|bevelen|-0.87
p:altijd degene|bekritiseren|-2.43
p:altijd een|jij-boodschap|0.98
p:altijd een|bekritiseren|-1.29
p:altijd het|ik-boodschap|-0.95
p:altijd het|jij-boodschap|0.95
p:altijd het|bekritiseren|1.66
p:altijd iets|geruststellen|-1.0
p:altijd mailen|interpreteren|-0.98
p:altijd met|jij-boodschap|0.93
p:altijd met|adviseren|-0.93
p:altijd met|bekritiseren|1.42
p:altijd op|jij-boodschap|0.97
p:altijd op|moraliseren|-0.6
p:altijd op|bekritiseren|1.8
p:altijd pas|bekritiseren|0.93
p:altijd snel|jij-boodschap|-0.96
p:altijd te|jij-boodschap|0.86
p:altijd voor|bekritiseren|-2.22
p:altijd zo|jij-boodschap|-0.97
p:altijd zo|waarschuwen|-0.98
p:altijd zo|bekritiseren|1.36
p:altijd zo|prijzen|1.78
p:altijd zo|vervolgafspraak|-0.81
p:altijd zulke|prijzen|0.94
p:amira doet|bekritiseren|1.55
p:amira in|ik-boodschap|1.62
p:amira in|gevoelsreflectie|-0.96
p:amira sinds|jij-boodschap|-0.68
p:ander profiel|parafrase|1.0
p:ander profiel|gevoelsreflectie|-1.0
p:ander profiel|samenvatting|-0.88
p:ander profiel|geruststellen|-1.0
p:ander verhaal|afleiden|0.34
p:andere kant|bekritiseren|0.94
p:andere kinderen|open-vraag|-0.99
p:andere kinderen|afleiden|0.98
p:andere leerlingen|argumenteren|0.95
p:andere moeder|parafrase|0.94
p:andere moeder|interpreteren|-0.94
p:andere ouders|jij-boodschap|0.91
p:andere ouders|argumenteren|-0.89
p:andere ouders|bekritiseren|0.66
p:andere ouders|etiketteren|-0.96
p:andere plek|parafrase|-0.94
p:andere vakken|samenvatting|-0.66
p:andere vakken|open-vraag|0.97
p:andere woorden|ik-boodschap|-0.72
p:andere woorden|parafrase|1.96
p:andere woorden|gevoelsreflectie|-0.98
p:andere woorden|samenvatting|-0.68
p:andere woorden|argumenteren|-1.0
p:andere woorden|bekritiseren|-0.84
p:andere woorden|geruststellen|-0.97
p:anderen alles|ik-boodschap|0.99
p:anderen alles|gevoelsreflectie|-0.89
p:anderen alles|afleiden|-0.99
p:anderen hun|ik-boodschap|1.52
p:anderen me|samenvatting|-0.93
p:anders dan|samenvatting|-0.66
p:anders dan|open-vraag|0.97
p:anders de|waarschuwen|-0.97
p:anders ga|jij-boodschap|-0.86
p:anders ga|bekritiseren|-0.95
p:anders heb|ondervragen|-0.91
p:anders kan|prijzen|0.97
p:anders laat|aanmoediging|-0.96
p:anders laat|waarschuwen|0.96
p:anders wordt|waarschuwen|0.86
p:anders zien|gevoelsreflectie|-1.0
p:anders zitten|samenvatting|0.94
p:anders zitten|bekritiseren|-0.94
p:angst zit|gevoelsreflectie|0.73
p:angst zit|interpreteren|0.95
p:antwoord dan|ik-boodschap|0.99
p:antwoord dan|argumenteren|-0.71
p:apart gaat|ik-boodschap|0.99
p:apart gaat|gevoelsreflectie|-0.89
p:apart gaat|afleiden|-0.99
p:app je|vervolgafspraak|0.7
p:app niet|gevoelsreflectie|-0.92
p:artis met|prijzen|-0.92
p:avond achter|adviseren|-0.91
p:avond achter|afleiden|-0.91
p:avond doen|adviseren|0.98
p:avond doen|bekritiseren|0.98
p:avond een|adviseren|0.99
p:avond even|bevelen|-0.94
p:avond samen|open-vraag|-0.96
p:avonds beneden|jij-boodschap|-0.78
p:avonds beneden|gevoelsreflectie|1.0
p:avonds beneden|open-vraag|-1.0
p:avonds beneden|adviseren|1.0
p:avonds gewoon|gevoelsreflectie|-0.96
p:avonds is|prijzen|-0.99
p:avonds niet|parafrase|0.91
p:avonds thuiskomt|jij-boodschap|0.92
p:avonds thuiskomt|bekritiseren|0.92
p:ayoub 's|samenvatting|-0.99
p:ayoub hielp|ik-boodschap|0.74
p:ayoub is|samenvatting|0.97
p:baalt er|gevoelsreflectie|0.64
p:baalt er|open-vraag|-0.97
p:baalt ervan|afleiden|0.96
p:baalt julian|bekritiseren|-0.81
p:baby doen|etiketteren|0.99
p:bak nu|argumenteren|-0.99
p:balen voor|gevoelsreflectie|-0.71
p:balen voor|open-vraag|0.97
p:ballon op|samenvatting|-1.0
p:bang bent|parafrase|-0.9
p:bang bent|afronding-aankondigen|-0.97
p:bang daarom|interpreteren|0.96
p:bang dat|gevoelsreflectie|-0.97
p:bang dat|samenvatting|0.7
p:bang dat|open-vraag|-0.97
p:bang dat|geruststellen|0.95
p:bang voor|gevoelsreflectie|1.0
p:bang voor|prijzen|-1.0
p:bankje zit|bekritiseren|-0.54
p:bas naast|ik-boodschap|1.0
p:basisschool en|ik-boodschap|-0.88
p:bed ?|ondervragen|0.97
p:bed gaat|waarschuwen|-0.99
p:bed te|gevoelsreflectie|-0.92
p:bed te|bevelen|-1.0
p:bed te|argumenteren|-1.0
p:bed te|prijzen|0.94
p:bedankt dat|gevoelsreflectie|-0.92
p:bedankt dat|interpreteren|-0.98
p:bedankt dat|geruststellen|-0.99
p:bedankt dat|bedanken|0.99
p:bedankt en|samenvatting|-0.94
p:bedankt en|bedanken|0.84
p:bedankt voor|samenvatting|0.99
p:bedankt voor|waarschuwen|-1.0
p:bedankt voor|bekritiseren|2.74
p:bedankt voor|afleiden|-1.0
p:bedankt voor|afronding-aankondigen|-0.95
p:bedankt voor|vervolgafspraak|-0.74
p:bedankt voor|bedanken|-0.63
p:bedoelt dat|parafrase|1.98
p:bedoelt dat|samenvatting|-0.94
p:bedtijd en|ik-boodschap|-0.95
p:bedtijd en|samenvatting|0.95
p:beetje geschrokken|gevoelsreflectie|1.38
p:beetje heimwee|geruststellen|0.93
p:beetje klaar|bevelen|-0.91
p:beetje luchtig|afronding-aankondigen|-0.94
p:beetje mee|ik-boodschap|-0.98
p:beetje moedeloos|ik-boodschap|0.97
p:beetje moedeloos|jij-boodschap|-0.97
p:beetje moedeloos|argumenteren|-0.97
p:beetje moedeloos|bekritiseren|-0.97
p:beetje teleurgesteld|geruststellen|-0.81
p:beetje verdrietig|gevoelsreflectie|1.15
p:beetje voor|ik-boodschap|-0.88
p:begin van|jij-boodschap|-0.95
p:beginnen ?|afleiden|-0.58
p:begint er|jij-boodschap|1.8
p:begint er|bekritiseren|-0.95
p:begint mijn|vervolgafspraak|-0.96
p:begon al|parafrase|1.0
p:begon al|samenvatting|-1.0
p:begon bij|jij-boodschap|-0.91
p:begon bij|samenvatting|0.91
p:begon na|parafrase|-0.99
p:begon na|samenvatting|0.99
p:begon pas|parafrase|0.75
p:begonnen met|bekritiseren|0.74
p:begonnen met|etiketteren|-0.99
p:begonnen na|parafrase|0.97
p:begrijp dat|jij-boodschap|0.95
p:begrijp dat|parafrase|-0.83
p:begrijp dat|gevoelsreflectie|0.1
p:begrijp dat|argumenteren|0.68
p:begrijp dat|bekritiseren|0.85
p:begrijp dat|geruststellen|0.91
p:begrijp gaat|parafrase|0.98
p:begrijp heeft|ik-boodschap|-1.72
p:begrijp heeft|parafrase|1.0
p:begrijp het|aanmoediging|0.96
p:begrijp ik|jij-boodschap|-0.71
p:begrijp ik|parafrase|1.82
p:begrijp ik|gevoelsreflectie|0.99
p:begrijp ik|open-vraag|-0.99
p:begrijp ik|aanmoediging|-0.94
p:begrijp ik|bekritiseren|-0.87
p:begrijpen dat|argumenteren|0.99
p:begrijpt u|gevoelsreflectie|-0.98
p:begrijpt vast|prijzen|1.0
p:begrijpt vast|bedanken|-1.0
p:behoorlijk onbeschoft|jij-boodschap|-0.9
p:behoorlijk onredelijke|bekritiseren|0.92
p:behulpzaam dus|jij-boodschap|-0.97
p:behulpzaam weer|bekritiseren|0.97
p:behulpzaam weer|vervolgafspraak|-0.97
p:behulpzaam weer|bedanken|-2.5
p:behulpzame leerling|etiketteren|-0.91
p:bel gaat|bedanken|-0.91
p:bel ik|samenvatting|0.99
p:bel ik|waarschuwen|1.06
p:bel ik|bedanken|0.99
p:bel je|ik-boodschap|-1.0
p:bel je|waarschuwen|1.0
p:bel je|vervolgafspraak|0.85
p:bel u|gevoelsreflectie|-1.0
p:bel u|samenvatting|-1.92
p:bel u|vervolgafspraak|1.97
p:belachelijke reactie|bekritiseren|0.95
p:belangrijkste in|gevoelsreflectie|-0.92
p:bellen ?|open-vraag|0.84
p:bellen ?|vervolgafspraak|0.95
p:bellen om|samenvatting|-0.99
p:bellen om|bedanken|-0.99
p:bellen we|bedanken|-0.78
p:belt bij|samenvatting|0.92
p:belt bij|bedanken|0.69
p:belt mij|bekritiseren|-0.38
p:belt morgen|bevelen|0.93
p:belt morgen|vervolgafspraak|-0.81
p:belt u|jij-boodschap|0.94
p:belt u|vervolgafspraak|0.84
p:bemoeien je|bevelen|0.93
p:bemoeit zich|jij-boodschap|0.95
p:bemoeit zich|gevoelsreflectie|-0.85
p:bemoeit zich|bekritiseren|0.85
p:ben benieuwd|open-vraag|0.74
p:ben best|ik-boodschap|0.99
p:ben best|jij-boodschap|-0.99
p:ben best|bekritiseren|-0.99
p:ben bezorgd|ik-boodschap|0.86
p:ben bezorgd|vervolgafspraak|0.81
p:ben blij|ik-boodschap|0.93
p:ben echt|ik-boodschap|0.93
p:ben er|ik-boodschap|-0.91
p:ben er|open-vraag|0.99
p:ben er|bevelen|-0.91
p:ben ik|samenvatting|-1.0
p:ben ik|geruststellen|0.16
p:ben je|ik-boodschap|-0.99
p:ben je|jij-boodschap|0.99
p:ben je|parafrase|0.99
p:ben je|prijzen|-0.8
p:ben je|geruststellen|0.99
p:ben jij|bekritiseren|-0.69
p:ben nog|bevelen|0.97
p:ben opgelucht|ik-boodschap|0.99
p:ben teamleider|ik-boodschap|-1.0
p:ben teleurgesteld|ik-boodschap|-0.95
p:ben teleurgesteld|jij-boodschap|0.95
p:ben teleurgesteld|open-vraag|-0.98
p:ben teleurgesteld|bekritiseren|0.95
p:ben teleurgesteld|vervolgafspraak|-0.77
p:ben u|bedanken|0.99
p:ben zeker|bevelen|-0.95
p:beneden laten|parafrase|0.91
p:beneden te|jij-boodschap|-0.78
p:beneden te|gevoelsreflectie|1.0
p:beneden te|open-vraag|-1.0
p:beneden te|adviseren|1.0
p:benieuwd naar|open-vraag|0.74
p:bent ?|open-vraag|0.96
p:bent alleen|bevelen|-1.0
p:bent alleen|bekritiseren|-1.0
p:bent alleen|interpreteren|1.0
p:bent altijd|jij-boodschap|-0.97
p:bent altijd|waarschuwen|-0.98
p:bent altijd|bekritiseren|-1.62
p:bent altijd|prijzen|0.83
p:bent altijd|vervolgafspraak|-0.81
p:bent bang|samenvatting|0.7
p:bent bang|open-vraag|-0.97
p:bent bang|prijzen|-1.0
p:bent bang|geruststellen|0.95
p:bent boos|parafrase|0.83
p:bent boos|open-vraag|-0.99
p:bent boos|geruststellen|-0.94
p:bent boos|ondervragen|0.91
p:bent bram|interpreteren|-0.97
p:bent daar|prijzen|-0.76
p:bent dan|adviseren|-0.96
p:bent dat|parafrase|-0.9
p:bent denk|interpreteren|0.98
p:bent deze|ik-boodschap|0.93
p:bent drie|gevoelsreflectie|-0.84
p:bent drie|etiketteren|-0.75
p:bent duidelijk|gevoelsreflectie|0.92
p:bent duidelijk|vervolgafspraak|0.76
p:bent dus|gevoelsreflectie|0.91
p:bent dus|geruststellen|-0.82
p:bent echt|jij-boodschap|0.95
p:bent echt|waarschuwen|-0.99
p:bent echt|adviseren|-0.83
p:bent echt|prijzen|0.91
p:bent een|gevoelsreflectie|-0.83
p:bent een|etiketteren|1.0
p:bent een|bedanken|0.97
p:bent en|vervolgafspraak|-0.92
p:bent er|jij-boodschap|-0.95
p:bent er|parafrase|-1.0
p:bent er|aanmoediging|-0.97
p:bent er|bekritiseren|0.98
p:bent er|geruststellen|-0.9
p:bent gekomen|geruststellen|-0.99
p:bent gekomen|afronding-aankondigen|-0.92
p:bent gekwetst|parafrase|0.94
p:bent gekwetst|interpreteren|-0.94
p:bent gewoon|bekritiseren|1.64
p:bent gewoon|etiketteren|0.76
p:bent ik|gevoelsreflectie|0.85
p:bent kwaad|gevoelsreflectie|0.73
p:bent kwaad|interpreteren|0.95
p:bent maar|gevoelsreflectie|0.96
p:bent maar|adviseren|-0.11
p:bent maar|argumenteren|0.68
p:bent maar|geruststellen|1.87
p:bent na|ik-boodschap|0.99
p:bent niet|bekritiseren|0.98
p:bent niet|etiketteren|-0.98
p:bent nogal|bekritiseren|0.41
p:bent nooit|bekritiseren|-1.38
p:bent om|afronding-aankondigen|-0.97
p:bent onbeleefd|bekritiseren|-1.31
p:bent oneerlijk|jij-boodschap|0.71
p:bent oneerlijk|gevoelsreflectie|-0.88
p:bent oneerlijk|bekritiseren|0.88
p:bent ongerust|gevoelsreflectie|0.71
p:bent ook|bekritiseren|0.83
p:bent soms|jij-boodschap|1.77
p:bent soms|etiketteren|0.97
p:bent steeds|bekritiseren|0.65
p:bent teleurgesteld|jij-boodschap|-0.71
p:bent teleurgesteld|gevoelsreflectie|0.99
p:bent toch|moraliseren|-0.3
p:bent toch|prijzen|0.99
p:bent toch|geruststellen|-0.99
p:bent toch|ondervragen|-0.96
p:bent toch|afleiden|-0.74
p:bent u|open-vraag|-0.8
p:bent u|moraliseren|-0.68
p:bent u|bekritiseren|-0.95
p:bent u|etiketteren|0.78
p:bent u|ondervragen|1.92
p:bent veel|bekritiseren|-1.53
p:bent vergeten|parafrase|0.97
p:bent vergeten|bekritiseren|-0.97
p:bent voor|ik-boodschap|-0.76
p:bent voor|gevoelsreflectie|0.88
p:bent wat|gevoelsreflectie|1.0
p:bent wat|open-vraag|1.0
p:bent wat|interpreteren|-1.0
p:bent wat|afronding-aankondigen|-1.0
p:bent zichtbaar|parafrase|-0.94
p:bent zo'n|gevoelsreflectie|-1.0
p:bent zo'n|open-vraag|-1.0
p:bent zo'n|bevelen|-0.99
p:bent zo'n|argumenteren|-0.98
p:bent zo'n|prijzen|1.04
p:bent zo'n|interpreteren|-1.0
p:bent zo'n|bedanken|-1.0
p:bereikbaar als|bekritiseren|-2.17
p:bereiken en|open-vraag|0.6
p:bericht krijgt|argumenteren|0.7
p:bericht van|jij-boodschap|1.81
p:bericht van|bekritiseren|1.53
p:bericht wist|vervolgafspraak|-0.97
p:berichten in|jij-boodschap|1.86
p:berichten in|bekritiseren|1.69
p:berichten komen|argumenteren|-0.94
p:berichten niets|vervolgafspraak|-0.95
p:bescherming neemt|bekritiseren|0.92
p:beschermt haar|interpreteren|0.98
p:beslissing van|bekritiseren|1.0
p:beslissing van|geruststellen|-0.75
p:besloten dat|geruststellen|-0.93
p:besluit van|bedanken|0.94
p:bespreken ?|samenvatting|0.6
p:bespreken waar|ik-boodschap|0.9
p:bespreken we|samenvatting|0.94
p:bespreken we|vervolgafspraak|0.94
p:besproken dat|ik-boodschap|-0.9
p:besproken dat|gevoelsreflectie|-1.0
p:besproken het|samenvatting|1.0
p:besproken het|vervolgafspraak|-0.76
p:besproken hoe|open-vraag|-0.93
p:best bezorgd|ik-boodschap|0.99
p:best bezorgd|jij-boodschap|-0.99
p:best bezorgd|bekritiseren|-0.99
p:best bij|bekritiseren|0.29
p:best dat|ik-boodschap|-1.0
p:best dat|jij-boodschap|-1.0
p:best dat|gevoelsreflectie|-1.0
p:best dat|adviseren|-1.0
p:best een|adviseren|-0.83
p:best een|prijzen|0.94
p:best lastig|adviseren|-1.0
p:best moeilijk|jij-boodschap|-0.93
p:best moet|bekritiseren|-0.95
p:best spannend|bekritiseren|-0.72
p:best zenuwachtig|gevoelsreflectie|0.89
p:best zenuwachtig|open-vraag|0.99
p:beste aanpak|ik-boodschap|-1.0
p:beste aanpak|prijzen|1.0
p:beste bellen|open-vraag|0.84
p:beste gebruiken|open-vraag|-1.55
p:beste keus|geruststellen|-0.82
p:beste kunt|interpreteren|-0.93
p:beste leerling|moraliseren|0.69
p:beste voor|samenvatting|-0.83
p:beter dan|etiketteren|0.97
p:beter eerst|bevelen|-0.63
p:beter in|bevelen|0.98
p:beter maar|samenvatting|0.93
p:beter maar|open-vraag|-0.93
p:beter meteen|adviseren|0.97
p:beter plannen|bevelen|0.79
p:beter plannen|adviseren|-0.79
p:beter plannen|geruststellen|0.96
p:beter sinds|parafrase|1.0
p:beter sinds|waarschuwen|-1.0
p:beter wat|adviseren|1.0
p:betrokken bent|adviseren|-0.96
p:betrokken moeder|gevoelsreflectie|-0.83
p:betrokken moeder|bevelen|-0.99
p:betrokken moeder|bedanken|0.97
p:betrokken ouder|prijzen|1.0
p:betrokken ouder|bedanken|-1.0
p:betrokken vader|etiketteren|-0.89
p:bevalt het|gevoelsreflectie|-0.99
p:bevalt het|open-vraag|-1.62
p:bevalt het|afleiden|0.84
p:bezig weer|bekritiseren|1.34
p:bezig weer|etiketteren|-0.95
p:bezorgd omdat|vervolgafspraak|0.81
p:bezorgd want|ik-boodschap|0.86
p:bezorgd ze|ik-boodschap|0.99
p:bezorgd ze|jij-boodschap|-0.99
p:bezorgd ze|bekritiseren|-0.99
p:bibliotheek ?|ondervragen|-0.86
p:bieden als|waarschuwen|-0.98
p:biedt je|bevelen|0.64
p:biedt je|moraliseren|-0.9
p:biedt je|interpreteren|-0.9
p:bij bent|jij-boodschap|-0.94
p:bij bent|bekritiseren|-0.76
p:bij bent|prijzen|-0.94
p:bij biologie|parafrase|0.99
p:bij dank|prijzen|-0.82
p:bij dank|bedanken|0.91
p:bij de|ik-boodschap|3.6
p:bij de|gevoelsreflectie|-0.89
p:bij de|samenvatting|0.28
p:bij de|open-vraag|0.97
p:bij de|waarschuwen|-0.95
p:bij de|moraliseren|-2.42
p:bij de|argumenteren|-0.96
p:bij de|geruststellen|-0.96
p:bij de|ondervragen|-0.97
p:bij de|afleiden|2.49
p:bij de|vervolgafspraak|0.12
p:bij duits|samenvatting|-0.66
p:bij duits|open-vraag|0.97
p:bij echt|afleiden|-0.96
p:bij haar|ik-boodschap|-0.94
p:bij hem|adviseren|1.0
p:bij hem|argumenteren|-1.0
p:bij hem|bekritiseren|-1.0
p:bij het|jij-boodschap|-0.91
p:bij het|open-vraag|-0.94
p:bij het|bevelen|0.91
p:bij het|waarschuwen|0.87
p:bij het|afleiden|-0.84
p:bij het|vervolgafspraak|0.91
p:bij is|samenvatting|-0.93
p:bij je|ik-boodschap|-1.87
p:bij je|argumenteren|-0.94
p:bij je|geruststellen|-0.93
p:bij jullie|gevoelsreflectie|-0.96
p:bij kevin|bekritiseren|-0.98
p:bij laten|open-vraag|-0.99
p:bij laten|afronding-aankondigen|0.93
p:bij laten|vervolgafspraak|-0.99
p:bij mij|jij-boodschap|-0.99
p:bij mij|afronding-aankondigen|-0.95
p:bij mij|vervolgafspraak|0.92
p:bij moeten|afleiden|-0.87
p:bij moeten|afronding-aankondigen|0.97
p:bij nog|bevelen|-0.9
p:bij ons|argumenteren|0.98
p:bij op|moraliseren|0.8
p:bij scheikunde|waarschuwen|-0.99
p:bij school|ik-boodschap|-0.96
p:bij staan|open-vraag|-0.59
p:bij te|moraliseren|0.86
p:bij toch|prijzen|0.93
p:bij want|interpreteren|-0.93
p:bij wat|gevoelsreflectie|1.66
p:bij wiskunde|gevoelsreflectie|-0.91
p:bij wiskunde|bekritiseren|0.29
p:bij zich|bevelen|0.99
p:bij zich|vervolgafspraak|0.95
p:bij ziekte|samenvatting|0.92
p:bij ziekte|argumenteren|0.94
p:bij ziekte|bedanken|0.69
p:bij zijn|parafrase|0.99
p:bij zijn|bevelen|-0.99
p:bij zijn|moraliseren|-0.99
p:bijhoudt dan|prijzen|1.0
p:bijhoudt en|samenvatting|0.99
p:bijhoudt en|bevelen|-0.99
p:bijles en|samenvatting|1.92
p:bijles en|vervolgafspraak|-0.76
p:bijles en|bedanken|0.69
p:bijles ik|bedanken|-0.68
p:bijles krijgt|bekritiseren|-0.28
p:bijles krijgt|prijzen|0.95
p:bijles krijgt|vervolgafspraak|0.93
p:bijles op|vervolgafspraak|-0.66
p:bijles te|bedanken|-0.68
p:bijles tot|bevelen|-0.84
p:bijna altijd|jij-boodschap|-0.95
p:bijna door|vervolgafspraak|-0.99
p:bijna door|bedanken|-0.81
p:bijna in|jij-boodschap|-0.97
p:bijna niet|ik-boodschap|0.99
p:bijna niet|parafrase|-0.99
p:bijna niets|open-vraag|0.99
p:bijna om|aanmoediging|-0.99
p:bijna om|afronding-aankondigen|0.99
p:bijna om|bedanken|-0.99
p:bijna vakantie|afronding-aankondigen|-0.94
p:bijwerkt kan|ik-boodschap|0.9
p:binnen is|adviseren|-1.0
p:binnengekregen waardoor|bekritiseren|-0.84
p:binnenkomt moet|open-vraag|0.87
p:binnenkomt want|ik-boodschap|0.95
p:binnenkomt want|jij-boodschap|-0.95
p:binnenkwam wat|ik-boodschap|0.94
p:biologie heeft|afleiden|0.8
p:biologie nog|bekritiseren|-0.84
p:biologie te|parafrase|0.99
p:blaast haar|samenvatting|-1.0
p:blauw oog|ik-boodschap|0.94
p:blij dat|ik-boodschap|0.93
p:blijft doorgaan|samenvatting|-0.94
p:blijft een|samenvatting|0.93
p:blijft een|open-vraag|-0.93
p:blijft hij|waarschuwen|0.98
p:blijft hij|prijzen|-0.97
p:blijft hij|geruststellen|-0.95
p:blijft liggen|samenvatting|0.97
p:blijft na|waarschuwen|-0.96
p:blijft oefenen|waarschuwen|-0.87
p:blijft oefenen|geruststellen|-0.67
p:blijft schreeuwen|adviseren|-0.97
p:blijft wordt|waarschuwen|0.84
p:blijft zitten|parafrase|-0.9
p:blijft zitten|geruststellen|0.95
p:blijkbaar niks|bekritiseren|0.87
p:blijkt dat|argumenteren|1.0
p:blijkt gewoon|argumenteren|0.96
p:blijkt ook|bekritiseren|-0.99
p:blijven praten|ik-boodschap|1.0
p:blijven praten|afronding-aankondigen|1.0
p:blijven zitten|geruststellen|0.29
p:blijven zitten|afleiden|-0.98
p:boeken al|ondervragen|-0.96
p:boeken bij|bevelen|0.99
p:boeken dat|bevelen|-0.99
p:boeken dat|moraliseren|-0.99
p:boeken gekomen|ik-boodschap|0.97
p:boeken gekomen|jij-boodschap|-0.97
p:boeken gekomen|argumenteren|-0.97
p:boeken gekomen|bekritiseren|-0.97
p:boeken komt|open-vraag|0.99
p:boeken naar|open-vraag|-0.92
p:boos bent|gevoelsreflectie|1.81
p:boos bent|geruststellen|-0.34
p:boos bent|afleiden|0.96
p:boos daan|geruststellen|-0.94
p:boos om|vervolgafspraak|-0.92
p:boos omdat|parafrase|0.83
p:boos omdat|gevoelsreflectie|0.97
p:boos omdat|open-vraag|-0.99
p:boos omdat|bevelen|-1.0
p:boos omdat|bekritiseren|-1.0
p:boos omdat|interpreteren|1.0
p:boos op|ondervragen|0.91
p:boos zie|open-vraag|-0.91
p:bouwt hij|bekritiseren|-0.96
p:bovenop en|ik-boodschap|-0.95
p:bovenop en|bekritiseren|0.69
p:bram als|jij-boodschap|0.97
p:bram als|waarschuwen|0.97
p:bram als|bekritiseren|0.97
p:bram als|vervolgafspraak|-0.98
p:bram dat|afleiden|-0.93
p:bram gisteren|ik-boodschap|0.94
p:bram hou|bevelen|1.0
p:bram hou|bekritiseren|0.85
p:bram ik|interpreteren|-0.97
p:bram in|ik-boodschap|0.99
p:bram is|waarschuwen|-0.97
p:bram je|adviseren|0.97
p:bram jij|prijzen|-0.85
p:bram leuk|jij-boodschap|-0.94
p:bram leuk|bekritiseren|-0.76
p:bram leuk|prijzen|-0.94
p:bram niet|etiketteren|0.99
p:bram nog|ik-boodschap|-0.96
p:bram nog|bevelen|-0.96
p:bram vergeet|bevelen|-0.99
p:bram vergeet|moraliseren|-0.99
p:bram waar|ik-boodschap|-0.99
p:bram wat|open-vraag|-1.65
p:bram wat|afleiden|0.99
p:bram zit|ik-boodschap|0.99
p:bram zit|parafrase|-0.99
p:breek het|afronding-aankondigen|0.92
p:brief mee|etiketteren|-0.92
p:brief over|ik-boodschap|-1.72
p:briefje niet|ondervragen|0.95
p:broertje ?|samenvatting|-0.99
p:broertje ?|afleiden|-0.81
p:brutaal tegen|bekritiseren|-1.89
p:buikpijn is|geruststellen|-0.97
p:buikpijn klaagt|parafrase|0.91
p:buikpijn klaagt|gevoelsreflectie|-0.69
p:buiten begeleiden|aanmoediging|-0.96
p:buiten begeleiden|waarschuwen|0.96
p:buiten je|ik-boodschap|0.96
p:buiten je|moraliseren|-0.87
p:buiten tot|bevelen|0.97
p:buitengesloten het|parafrase|-0.99
p:buitengesloten het|samenvatting|0.99
p:bureau ligt|bevelen|0.99
p:bus en|ik-boodschap|-0.98
p:bus en|prijzen|-0.98
p:bus gebeurde|afleiden|-0.96
p:capuchon af|moraliseren|-0.96
p:chagrijn vandaag|etiketteren|0.91
p:chagrijnig van|vervolgafspraak|-0.98
p:cijfer geven|ik-boodschap|0.98
p:cijfer hij|afleiden|0.8
p:cijfer kan|bekritiseren|-0.84
p:cijfer maar|parafrase|0.98
p:cijfer nog|ik-boodschap|0.91
p:cijfer te|jij-boodschap|-0.73
p:cijfer te|parafrase|0.9
p:cijfer te|argumenteren|0.9
p:cijfer toe|bekritiseren|-0.96
p:cijfer toe|vervolgafspraak|0.84
p:cijfer voor|parafrase|-0.99
p:cijfer voor|argumenteren|-0.98
p:cijfer zag|ik-boodschap|-0.92
p:cijferlijst drie|argumenteren|0.97
p:cijfers de|argumenteren|-0.89
p:cijfers die|vervolgafspraak|-0.94
p:cijfers en|samenvatting|-0.72
p:cijfers het|samenvatting|1.0
p:cijfers hij|samenvatting|0.97
p:cijfers liegen|waarschuwen|-0.86
p:cijfers liegen|argumenteren|0.86
p:cijfers niet|waarschuwen|0.99
p:cijfers niet|moraliseren|-0.99
p:cijfers voor|samenvatting|0.94
p:cijfers voor|open-vraag|0.94
p:cijfers voor|waarschuwen|-0.9
p:cijfers voor|bekritiseren|-0.91
p:cijfers worden|argumenteren|0.97
p:cijfers zakken|parafrase|-0.98
p:cijfers zakken|samenvatting|0.92
p:cijfers zakken|open-vraag|0.92
p:cijfers zijn|argumenteren|-0.96
p:cijfers zo|moraliseren|-0.93
p:clown van|argumenteren|-0.94
p:clown van|bekritiseren|-0.68
p:clown van|prijzen|-0.85
p:collega van|bekritiseren|-0.96
p:collega van|vervolgafspraak|0.84
p:computer ?|adviseren|-0.91
p:computer ?|afleiden|-0.91
p:concentratie de|argumenteren|0.96
p:concentreren kunnen|vervolgafspraak|0.81
p:conciërge erbij|adviseren|-0.97
p:conciërge naar|aanmoediging|-0.96
p:conciërge naar|waarschuwen|0.96
p:contact graag|parafrase|0.79
p:contact graag|open-vraag|0.79
p:contact heeft|jij-boodschap|-0.97
p:contact heeft|open-vraag|-0.71
p:contact moeten|bekritiseren|0.83
p:contact oké|aanmoediging|-0.99
p:contact opneemt|parafrase|0.79
p:contact opneemt|open-vraag|0.79
p:contactpersoon bij|open-vraag|-0.94
p:controleert over|vervolgafspraak|0.93
p:controleert u|adviseren|-0.91
p:controleert u|afleiden|-0.91
p:controleert u|vervolgafspraak|-0.95
p:controleert zijn|adviseren|0.98
p:controleert zijn|bekritiseren|0.98
p:controleren thuis|bekritiseren|-2.69
p:curlingouder die|etiketteren|0.81
p:daan daarop|ondervragen|-0.96
p:daan doe|moraliseren|-0.96
p:daan er|ik-boodschap|-1.0
p:daan er|jij-boodschap|-1.0
p:daan in|open-vraag|0.6
p:daan je|gevoelsreflectie|0.89
p:daan je|open-vraag|0.99
p:daan morgen|bekritiseren|-0.57
p:daan telkens|ik-boodschap|0.95
p:daan telkens|jij-boodschap|-0.95
p:daan thuis|open-vraag|-0.97
p:daan voor|open-vraag|-0.98
p:daan zelf|jij-boodschap|-1.0
p:daan zelf|parafrase|1.0
p:daan zijn|adviseren|-0.97
p:daan zijn|vervolgafspraak|0.95
p:daar anders|samenvatting|-0.66
p:daar anders|open-vraag|0.97
p:daar ben|samenvatting|-1.0
p:daar ben|geruststellen|0.97
p:daar een|bekritiseren|-0.98
p:daar eigenlijk|bevelen|-0.97
p:daar eigenlijk|etiketteren|-0.97
p:daar gaat|geruststellen|-0.87
p:daar gaat|afleiden|1.52
p:daar grenzen|moraliseren|0.96
p:daar grenzen|afleiden|-0.96
p:daar hebben|bevelen|-1.0
p:daar hebben|etiketteren|1.95
p:daar hebben|afleiden|-0.95
p:daar hoeft|waarschuwen|-1.0
p:daar hoeft|moraliseren|-0.9
p:daar hoeft|argumenteren|-0.96
p:daar hoeft|afleiden|1.05
p:daar is|interpreteren|0.93
p:daar kan|ik-boodschap|-0.97
p:daar kan|argumenteren|1.0
p:daar kom|afleiden|1.0
p:daar last|geruststellen|0.93
p:daar last|afleiden|-0.93
p:daar maak|gevoelsreflectie|-1.0
p:daar maak|vervolgafspraak|1.0
p:daar maar|samenvatting|-0.94
p:daar niets|ondervragen|1.0
p:daar niks|bekritiseren|0.63
p:daar nog|samenvatting|0.94
p:daar nog|open-vraag|0.94
p:daar nu|gevoelsreflectie|0.84
p:daar nu|bevelen|1.0
p:daar nu|bekritiseren|0.85
p:daar nu|afleiden|0.98
p:daar schrok|ik-boodschap|1.62
p:daar schrok|gevoelsreflectie|-0.96
p:daar te|argumenteren|-0.68
p:daar thuis|open-vraag|-0.93
p:daar valt|argumenteren|1.65
p:daar valt|afleiden|-0.95
p:daar vast|prijzen|-0.76
p:daar word|prijzen|-1.0
p:daar word|geruststellen|-1.0
p:daar word|vervolgafspraak|-0.98
p:daar zelf|aanmoediging|-0.99
p:daar zenuwachtig|gevoelsreflectie|1.0
p:daar zenuwachtig|open-vraag|-1.0
p:daar zenuwachtig|moraliseren|-1.0
p:daar zenuwachtig|vervolgafspraak|-1.0
p:daaraan doet|parafrase|-0.99
p:daaraan doet|samenvatting|0.99
p:daardoor de|parafrase|-0.99
p:daardoor de|samenvatting|0.99
p:daardoor doen|ik-boodschap|0.99
p:daardoor doen|gevoelsreflectie|-0.89
p:daardoor doen|afleiden|-0.99
p:daardoor kan|ik-boodschap|-0.82
p:daarin ?|parafrase|1.0
p:daarin ?|gevoelsreflectie|-1.0
p:daarin ?|samenvatting|-0.88
p:daarin ?|geruststellen|-1.0
p:daarmee anders|bekritiseren|-0.95
p:daarnaar ?|open-vraag|-1.0
p:daarnaar ?|ondervragen|1.0
p:daarom doe|moraliseren|-0.72
p:daarom doet|interpreteren|1.96
p:daarom is|afleiden|-0.98
p:daarom niet|parafrase|0.99
p:daarom op|ik-boodschap|-0.99
p:daaronder vooral|gevoelsreflectie|0.73
p:daaronder vooral|interpreteren|0.95
p:daarop gereageerd|ondervragen|-0.96
p:daartegenaan ?|jij-boodschap|-0.93
p:daartegenaan ?|open-vraag|1.8
p:daartegenaan ?|bekritiseren|-0.93
p:daarvan ?|ik-boodschap|0.94
p:daarvan thuis|open-vraag|0.99
p:dacht u|open-vraag|-0.96
p:daden gevolgen|moraliseren|0.95
p:dag ?|ondervragen|0.96
p:dag ?|vervolgafspraak|-0.95
p:dag een|adviseren|0.83
p:dag op|ik-boodschap|0.93
p:dag slecht|vervolgafspraak|0.81
p:dag verlaagt|argumenteren|0.96
p:dag zijn|bevelen|0.99
p:dagen ?|jij-boodschap|-0.91
p:dagen wegbleef|vervolgafspraak|-0.97
p:dagen wegblijft|jij-boodschap|0.81
p:dagen wegblijft|parafrase|-0.81
p:dagen wegblijft|bekritiseren|0.9
p:dalen en|vervolgafspraak|-0.94
p:dan 's|parafrase|0.91
p:dan 's|gevoelsreflectie|-0.69
p:dan ?|jij-boodschap|-0.91
p:dan ?|gevoelsreflectie|0.98
p:dan ?|open-vraag|-0.14
p:dan ?|ondervragen|1.0
p:dan bel|waarschuwen|1.0
p:dan ben|prijzen|-0.8
p:dan bij|samenvatting|-0.66
p:dan bij|open-vraag|0.97
p:dan de|etiketteren|0.97
p:dan doet|jij-boodschap|0.98
p:dan doet|bekritiseren|0.98
p:dan doet|geruststellen|-0.84
p:dan ga|etiketteren|-0.89
p:dan gaat|bekritiseren|-0.92
p:dan hoor|moraliseren|0.69
p:dan in|ik-boodschap|0.88
p:dan kan|ik-boodschap|1.0
p:dan kan|jij-boodschap|-0.97
p:dan kan|argumenteren|-1.68
p:dan kan|bekritiseren|-0.97
p:dan kan|prijzen|0.93
p:dan kan|vervolgafspraak|0.81
p:dan kijken|samenvatting|-0.64
p:dan komt|prijzen|-0.94
p:dan kun|moraliseren|-0.99
p:dan kun|prijzen|0.99
p:dan kun|geruststellen|-0.99
p:dan kun|ondervragen|-0.96
p:dan kun|afleiden|-0.74
p:dan kunt|adviseren|-0.96
p:dan kunt|etiketteren|-0.91
p:dan laten|prijzen|-0.82
p:dan laten|bedanken|0.91
p:dan lukt|prijzen|1.0
p:dan met|afronding-aankondigen|-0.98
p:dan mist|ik-boodschap|0.95
p:dan mist|jij-boodschap|-0.95
p:dan niet|open-vraag|-0.99
p:dan normaal|ik-boodschap|-1.0
p:dan normaal|moraliseren|1.0
p:dan normaal|afleiden|-1.0
p:dan ook|afleiden|0.91
p:dan over|interpreteren|0.97
p:dan raak|afronding-aankondigen|-1.0
p:dan ronden|etiketteren|-0.97
p:dan ronden|vervolgafspraak|-0.74
p:dan sluiten|afronding-aankondigen|0.98
p:dan tekent|moraliseren|-0.68
p:dan thuisgehouden|bekritiseren|0.98
p:dan vinden|bekritiseren|-0.28
p:dan vinden|prijzen|0.95
p:dan voel|ik-boodschap|0.81
p:dan weet|bekritiseren|-0.98
p:dan zet|bedanken|-0.78
p:dan zou|parafrase|0.91
p:dank daarvoor|bekritiseren|-1.0
p:dank daarvoor|prijzen|-1.0
p:dank daarvoor|bedanken|1.0
p:dank je|ik-boodschap|-0.97
p:dank je|prijzen|-0.82
p:dank je|afronding-aankondigen|0.97
p:dank je|vervolgafspraak|0.97
p:dank je|bedanken|1.45
p:dank jullie|bedanken|0.98
p:dank u|samenvatting|-0.15
p:dank u|bekritiseren|0.13
p:dank u|vervolgafspraak|-1.96
p:dank u|bedanken|0.89
p:dank voor|bedanken|0.94
p:dankbaar dat|bedanken|0.99
p:dankjewel dan|bedanken|1.0
p:dankjewel voor|afronding-aankondigen|-0.92
p:dankjewel voor|bedanken|0.84
p:dat ?|parafrase|0.97
p:dat ?|gevoelsreflectie|0.89
p:dat ?|samenvatting|0.93
p:dat ?|open-vraag|0.88
p:dat ?|bekritiseren|-0.97
p:dat alleen|parafrase|-0.9
p:dat alleen|interpreteren|0.9
p:dat allemaal|prijzen|0.93
p:dat als|vervolgafspraak|-0.95
p:dat ayoub|samenvatting|-0.99
p:dat blijft|samenvatting|0.97
p:dat blijkt|bekritiseren|-0.99
p:dat bram|ik-boodschap|1.93
p:dat briefje|ondervragen|0.95
p:dat cijfer|ik-boodschap|-0.92
p:dat daan|open-vraag|-0.97
p:dat daaronder|gevoelsreflectie|0.73
p:dat daaronder|interpreteren|0.95
p:dat dan|parafrase|0.91
p:dat dan|gevoelsreflectie|-0.69
p:dat dat|bevelen|0.99
p:dat de|ik-boodschap|-0.99
p:dat de|jij-boodschap|-1.95
p:dat de|parafrase|2.73
p:dat de|gevoelsreflectie|-0.9
p:dat de|open-vraag|-0.72
p:dat de|bevelen|-0.84
p:dat de|adviseren|0.96
p:dat de|argumenteren|1.83
p:dat de|bekritiseren|-0.98
p:dat dit|ik-boodschap|-1.0
p:dat dit|gevoelsreflectie|0.99
p:dat dit|aanmoediging|0.96
p:dat dit|argumenteren|-0.98
p:dat dit|prijzen|1.97
p:dat dit|etiketteren|-0.99
p:dat dit|geruststellen|-0.82
p:dat doet|jij-boodschap|-0.86
p:dat doet|bekritiseren|-0.86
p:dat doet|geruststellen|-0.96
p:dat doet|afleiden|1.73
p:dat draait|afleiden|-0.96
p:dat duidelijk|bevelen|0.87
p:dat een|moraliseren|-0.89
p:dat een|argumenteren|0.89
p:dat emma|ik-boodschap|-0.9
p:dat emma|gevoelsreflectie|-1.98
p:dat er|ik-boodschap|1.0
p:dat er|parafrase|0.98
p:dat er|gevoelsreflectie|-0.98
p:dat er|interpreteren|0.99
p:dat eruit|bevelen|-0.99
p:dat eva|ik-boodschap|-0.94
p:dat even|afleiden|0.8
p:dat formulier|bevelen|0.99
p:dat gaat|gevoelsreflectie|-0.99
p:dat gaat|geruststellen|2.85
p:dat gebeurt|argumenteren|-0.96
p:dat gebeurt|geruststellen|0.68
p:dat gebeurt|afleiden|-0.68
p:dat gedoe|open-vraag|-1.65
p:dat gedoe|bekritiseren|-0.97
p:dat gedoe|geruststellen|-0.83
p:dat gedoe|afleiden|1.96
p:dat gedrag|interpreteren|0.99
p:dat geen|bekritiseren|0.84
p:dat gesprek|gevoelsreflectie|0.92
p:dat gesprek|vervolgafspraak|0.76
p:dat getik|jij-boodschap|-0.86
p:dat gewoon|bekritiseren|0.77
p:dat gezegd|bedanken|-0.99
p:dat goed|parafrase|0.83
p:dat goed|open-vraag|-0.99
p:dat goed|bekritiseren|-0.92
p:dat haalt|argumenteren|-0.7
p:dat haalt|geruststellen|0.96
p:dat had|moraliseren|-0.85
p:dat hebben|bekritiseren|-0.98
p:dat heel|gevoelsreflectie|-0.97
p:dat heel|bekritiseren|-0.97
p:dat heel|geruststellen|-0.24
p:dat het|jij-boodschap|0.95
p:dat het|parafrase|0.16
p:dat het|gevoelsreflectie|-2.01
p:dat het|samenvatting|0.7
p:dat het|open-vraag|-0.32
p:dat het|interpreteren|-0.97
p:dat het|geruststellen|0.86
p:dat het|bedanken|0.99
p:dat hij|ik-boodschap|-0.98
p:dat hij|jij-boodschap|0.95
p:dat hij|samenvatting|-0.1
p:dat hij|bevelen|0.98
p:dat hij|waarschuwen|-0.91
p:dat hij|moraliseren|0.92
p:dat hij|adviseren|-0.93
p:dat hij|argumenteren|-0.71
p:dat hij|bekritiseren|1.41
p:dat hij|prijzen|0.95
p:dat hij|interpreteren|-0.94
p:dat hij|vervolgafspraak|-0.82
p:dat hoort|bevelen|-0.99
p:dat hoort|moraliseren|-0.63
p:dat hoort|argumenteren|-1.94
p:dat hoort|geruststellen|-0.96
p:dat hoort|afleiden|2.0
p:dat huiswerkritme|prijzen|0.93
p:dat ik|ik-boodschap|0.27
p:dat ik|jij-boodschap|1.71
p:dat ik|samenvatting|0.99
p:dat ik|bevelen|-0.99
p:dat ik|bekritiseren|0.98
p:dat in|bevelen|-0.95
p:dat in|moraliseren|0.9
p:dat in|geruststellen|-0.95
p:dat incident|ondervragen|-1.0
p:dat incident|afleiden|0.84
p:dat is|argumenteren|0.88
p:dat is|bekritiseren|1.11
p:dat is|geruststellen|1.42
p:dat is|afleiden|0.67
p:dat jammer|ik-boodschap|0.99
p:dat jammer|gevoelsreflectie|-0.89
p:dat jammer|afleiden|-0.99
p:dat jayden|jij-boodschap|-0.93
p:dat jayden|gevoelsreflectie|0.85
p:dat jayden|open-vraag|0.93
p:dat jayden|bekritiseren|-0.93
p:dat je|ik-boodschap|-1.13
p:dat je|jij-boodschap|1.12
p:dat je|parafrase|-0.8
p:dat je|gevoelsreflectie|-1.76
p:dat je|samenvatting|-0.92
p:dat je|open-vraag|-2.0
p:dat je|bevelen|1.0
p:dat je|waarschuwen|-0.82
p:dat je|moraliseren|-0.96
p:dat je|adviseren|-0.15
p:dat je|argumenteren|-0.94
p:dat je|bekritiseren|1.1
p:dat je|prijzen|-0.99
p:dat je|interpreteren|0.98
p:dat je|geruststellen|-0.32
p:dat je|ondervragen|-1.81
p:dat je|afleiden|-1.98
p:dat je|vervolgafspraak|-1.0
p:dat je|bedanken|0.92
p:dat jelle|bekritiseren|-0.89
p:dat jij|ik-boodschap|-0.95
p:dat jij|jij-boodschap|1.07
p:dat jij|samenvatting|0.99
p:dat jij|bevelen|-0.99
p:dat jij|bekritiseren|2.96
p:dat jij|prijzen|-0.94
p:dat jij|interpreteren|-1.93
p:dat jij|geruststellen|1.36
p:dat joep|ik-boodschap|-0.91
p:dat jullie|ik-boodschap|-0.74
p:dat jullie|bekritiseren|0.61
p:dat jullie|bedanken|0.98
p:dat kan|gevoelsreflectie|-0.99
p:dat kan|aanmoediging|-0.95
p:dat kan|waarschuwen|0.98
p:dat klinkt|jij-boodschap|-1.0
p:dat klinkt|gevoelsreflectie|3.81
p:dat klinkt|open-vraag|-0.12
p:dat klinkt|moraliseren|-1.0
p:dat klinkt|bekritiseren|-1.0
p:dat komt|parafrase|-0.91
p:dat komt|bekritiseren|-0.95
p:dat komt|geruststellen|-0.22
p:dat komt|afleiden|-0.38
p:dat kost|open-vraag|0.87
p:dat kwetst|samenvatting|-0.93
p:dat laten|afleiden|0.34
p:dat leerlingen|argumenteren|1.0
p:dat leerlingen|geruststellen|-0.68
p:dat liegen|moraliseren|1.56
p:dat liegen|argumenteren|-1.78
p:dat loes|parafrase|-0.99
p:dat lotte|open-vraag|1.0
p:dat maakt|geruststellen|-0.97
p:dat mag|geruststellen|-0.92
p:dat merk|bekritiseren|-0.99
p:dat merk|etiketteren|0.99
p:dat merk|geruststellen|-0.9
p:dat milan|ik-boodschap|0.96
p:dat milan|jij-boodschap|-0.96
p:dat milan|bekritiseren|-0.96
p:dat moet|gevoelsreflectie|2.84
p:dat moet|argumenteren|-1.0
p:dat mohammed|open-vraag|-1.0
p:dat morgen|jij-boodschap|0.97
p:dat morgen|waarschuwen|0.97
p:dat morgen|bekritiseren|0.97
p:dat niemand|parafrase|-1.78
p:dat niemand|bedanken|-0.96
p:dat niet|jij-boodschap|0.94
p:dat niet|gevoelsreflectie|0.71
p:dat niet|ondervragen|0.91
p:dat nina|ik-boodschap|0.16
p:dat noah|adviseren|0.97
p:dat noah|vervolgafspraak|0.97
p:dat nog|bevelen|-0.74
p:dat noor|ik-boodschap|1.0
p:dat nu|bevelen|-0.78
p:dat nu|argumenteren|0.97
p:dat overkomt|geruststellen|-1.11
p:dat overkomt|afleiden|1.19
p:dat precies|bekritiseren|-0.91
p:dat ravi|ik-boodschap|-0.99
p:dat regelen|geruststellen|0.97
p:dat samen|open-vraag|0.99
p:dat schermgebruik|argumenteren|0.96
p:dat school|parafrase|0.96
p:dat school|bekritiseren|-0.84
p:dat slaat|ik-boodschap|-1.0
p:dat slaat|jij-boodschap|-1.0
p:dat slaat|parafrase|-1.0
p:dat slaat|gevoelsreflectie|-1.0
p:dat slaat|samenvatting|-1.0
p:dat slaat|open-vraag|-1.0
p:dat slaat|aanmoediging|-1.0
p:dat slaat|bevelen|-1.0
p:dat slaat|waarschuwen|-1.0
p:dat slaat|moraliseren|-1.0
p:dat slaat|adviseren|-1.0
p:dat slaat|argumenteren|1.89
p:dat slaat|bekritiseren|1.0
p:dat slaat|prijzen|-1.0
p:dat slaat|etiketteren|-1.0
p:dat slaat|interpreteren|-1.0
p:dat slaat|geruststellen|-1.0
p:dat slaat|ondervragen|-1.0
p:dat slaat|afleiden|-1.0
p:dat slaat|afronding-aankondigen|-1.0
p:dat slaat|vervolgafspraak|-1.0
p:dat slaat|bedanken|-1.0
p:dat snap|vervolgafspraak|-0.92
p:dat soort|afleiden|0.91
p:dat sophie|ik-boodschap|-0.98
p:dat stoort|open-vraag|0.82
p:dat thuis|ik-boodschap|0.99
p:dat thuis|open-vraag|2.58
p:dat thuis|prijzen|-0.76
p:dat timo|parafrase|-1.0
p:dat trekt|ik-boodschap|-0.96
p:dat trekt|geruststellen|1.0
p:dat u|jij-boodschap|0.91
p:dat u|gevoelsreflectie|3.86
p:dat u|samenvatting|-1.74
p:dat u|open-vraag|-0.8
p:dat u|aanmoediging|-0.96
p:dat u|bevelen|1.9
p:dat u|argumenteren|0.68
p:dat u|bekritiseren|0.71
p:dat u|interpreteren|-1.98
p:dat u|geruststellen|-0.51
p:dat u|afronding-aankondigen|-1.92
p:dat u|bedanken|1.85
p:dat uit|argumenteren|-1.0
p:dat uw|jij-boodschap|0.95
p:dat uw|bekritiseren|0.95
p:dat verontrust|samenvatting|-0.99
p:dat vind|ik-boodschap|3.75
p:dat vind|gevoelsreflectie|-0.71
p:dat vind|samenvatting|-0.83
p:dat vind|open-vraag|0.32
p:dat vind|bevelen|-1.0
p:dat vind|waarschuwen|-1.0
p:dat vind|moraliseren|-0.96
p:dat vind|argumenteren|-0.71
p:dat vind|vervolgafspraak|0.97
p:dat vond|aanmoediging|-0.96
p:dat vond|vervolgafspraak|-0.97
p:dat voortaan|adviseren|0.98
p:dat voortaan|bekritiseren|0.98
p:dat waait|geruststellen|0.86
p:dat waait|afleiden|-0.97
p:dat was|bekritiseren|1.0
p:dat was|geruststellen|-0.75
p:dat we|ik-boodschap|1.0
p:dat we|jij-boodschap|-0.97
p:dat we|argumenteren|0.99
p:dat we|prijzen|1.0
p:dat we|afleiden|-0.87
p:dat we|bedanken|-1.0
p:dat weet|moraliseren|0.91
p:dat weet|afleiden|-0.29
p:dat wel|adviseren|-0.91
p:dat wel|geruststellen|0.83
p:dat wel|afleiden|-1.74
p:dat werkstuk|bevelen|0.99
p:dat wij|jij-boodschap|-0.86
p:dat ze|ik-boodschap|-0.9
p:dat ze|parafrase|0.91
p:dat ze|gevoelsreflectie|-0.85
p:dat ze|samenvatting|0.95
p:dat ze|open-vraag|-0.92
p:dat ze|bevelen|0.94
p:dat ze|ondervragen|-0.95
p:dat zeg|jij-boodschap|-0.94
p:dat zegt|interpreteren|0.97
p:dat zie|ik-boodschap|-1.0
p:dat zie|jij-boodschap|-1.0
p:dat zie|parafrase|-0.97
p:dat zie|gevoelsreflectie|-1.0
p:dat zie|open-vraag|0.97
p:dat zie|adviseren|-1.0
p:dat zie|bekritiseren|-1.8
p:dat ziet|bekritiseren|-1.28
p:dat zijn|moraliseren|0.95
p:dat zit|ik-boodschap|0.76
p:dat zo|jij-boodschap|0.95
p:dat zo|waarschuwen|0.8
p:dat zo|bekritiseren|0.96
p:dat zou|moraliseren|0.9
p:dat zoë|ik-boodschap|0.93
p:dat zoë|open-vraag|0.99
p:dat zoë|prijzen|-0.93
p:dat zwart|bedanken|-0.99
p:datum dan|afronding-aankondigen|-0.98
p:datum dankjewel|bedanken|0.84
p:datum met|ik-boodschap|-0.99
p:datum met|vervolgafspraak|0.99
p:datum met|bedanken|-0.85
p:de aansluiting|ik-boodschap|-0.8
p:de aansluiting|samenvatting|-0.94
p:de absenties|samenvatting|-0.72
p:de administratie|ik-boodschap|0.95
p:de administratie|waarschuwen|-0.95
p:de advocaat|etiketteren|0.91
p:de afdelingsleider|bevelen|0.85
p:de afgelopen|ik-boodschap|1.72
p:de afgelopen|jij-boodschap|-0.96
p:de afgelopen|open-vraag|1.0
p:de afgelopen|bekritiseren|-1.93
p:de afspraak|ik-boodschap|0.99
p:de afspraak|argumenteren|-0.71
p:de afspraak|vervolgafspraak|-0.77
p:de afspraken|jij-boodschap|-0.93
p:de afspraken|parafrase|0.99
p:de afspraken|samenvatting|-0.99
p:de afspraken|open-vraag|0.1
p:de afspraken|adviseren|-0.99
p:de afspraken|bekritiseren|0.82
p:de afspraken|vervolgafspraak|-0.95
p:de afspraken|bedanken|-0.99
p:de agenda|open-vraag|-0.96
p:de andere|samenvatting|-0.66
p:de andere|bekritiseren|0.94
p:de anderen|ik-boodschap|2.51
p:de anderen|gevoelsreflectie|-0.89
p:de anderen|samenvatting|-0.93
p:de anderen|afleiden|-0.99
p:de bak|argumenteren|-0.99
p:de basisschool|ik-boodschap|-0.88
p:de bedtijd|ik-boodschap|-0.95
p:de bedtijd|samenvatting|0.95
p:de bel|bedanken|-0.91
p:de berichten|jij-boodschap|1.86
p:de berichten|bekritiseren|1.69
p:de beste|ik-boodschap|-1.0
p:de beste|prijzen|1.0
p:de beste|geruststellen|0.37
p:de bibliotheek|ondervragen|-0.86
p:de bijles|samenvatting|1.0
p:de bijles|bevelen|0.9
p:de bijles|afleiden|-0.83
p:de bijles|vervolgafspraak|-0.76
p:de bijles|bedanken|-1.37
p:de bovenbouw|ik-boodschap|-0.8
p:de bovenbouw|samenvatting|-0.94
p:de brief|ik-boodschap|-1.72
p:de bus|ik-boodschap|-0.98
p:de bus|prijzen|-0.98
p:de bus|afleiden|-0.96
p:de cijferlijst|argumenteren|0.97
p:de cijfers|ik-boodschap|-0.86
p:de cijfers|parafrase|-0.98
p:de cijfers|samenvatting|1.08
p:de cijfers|open-vraag|0.94
p:de cijfers|waarschuwen|-0.86
p:de cijfers|vervolgafspraak|-0.94
p:de clown|argumenteren|-0.94
p:de clown|bekritiseren|-0.68
p:de clown|prijzen|-0.85
p:de computer|adviseren|-0.91
p:de computer|afleiden|-0.91
p:de concentratie|argumenteren|0.96
p:de conciërge|ik-boodschap|-0.96
p:de conciërge|aanmoediging|-0.96
p:de conciërge|bevelen|-0.96
p:de conciërge|waarschuwen|1.95
p:de conciërge|adviseren|-0.97
p:de contactpersoon|open-vraag|-0.94
p:de dag|ik-boodschap|-0.86
p:de dag|waarschuwen|0.91
p:de dag|vervolgafspraak|0.81
p:de deadline|adviseren|-1.0
p:de debatclub|ik-boodschap|1.0
p:de derde|waarschuwen|-0.97
p:de deur|ik-boodschap|0.93
p:de deur|parafrase|-0.89
p:de deur|gevoelsreflectie|-0.75
p:de deur|samenvatting|-0.95
p:de deur|bekritiseren|-1.0
p:de directeur|bekritiseren|0.6
p:de directie|bedanken|0.94
p:de docent|aanmoediging|-0.95
p:de docent|moraliseren|0.99
p:de docent|bedanken|-0.78
p:de docenten|moraliseren|-0.98
p:de docenten|bekritiseren|0.98
p:de drie|ik-boodschap|-0.98
p:de drie|prijzen|-0.98
p:de eerste|ik-boodschap|-0.97
p:de eerste|jij-boodschap|-0.97
p:de eerste|geruststellen|1.9
p:de eerste|afleiden|-0.93
p:de enige|interpreteren|-0.98
p:de enige|geruststellen|0.98
p:de gang|open-vraag|-0.59
p:de gang|bevelen|0.95
p:de gang|waarschuwen|0.86
p:de gaten|samenvatting|0.92
p:de gaten|bevelen|0.98
p:de gaten|geruststellen|0.84
p:de gaten|bedanken|0.69
p:de grammatica|ik-boodschap|0.78
p:de grens|interpreteren|0.95
p:de groep|jij-boodschap|2.48
p:de groep|bekritiseren|0.71
p:de groepsapp|samenvatting|0.94
p:de groepsapp|open-vraag|0.94
p:de groepsapp|bekritiseren|-0.97
p:de groepsapp|geruststellen|-0.83
p:de groepsapp|afleiden|0.97
p:de groepsopdracht|ik-boodschap|0.99
p:de groepsopdracht|gevoelsreflectie|-0.89
p:de groepsopdracht|afleiden|-0.99
p:de grote|etiketteren|0.95
p:de grote|afleiden|-0.95
p:de gymdocent|jij-boodschap|-0.93
p:de gymdocent|open-vraag|0.93
p:de gymdocent|bekritiseren|-0.93
p:de gymles|ik-boodschap|0.93
p:de gymles|gevoelsreflectie|0.85
p:de hand|jij-boodschap|0.98
p:de hand|argumenteren|-1.0
p:de hand|bekritiseren|0.98
p:de hand|geruststellen|-0.84
p:de havo|waarschuwen|0.92
p:de hele|ik-boodschap|0.93
p:de hele|jij-boodschap|0.24
p:de hele|gevoelsreflectie|-0.75
p:de hele|samenvatting|-0.95
p:de hele|bevelen|1.0
p:de hele|argumenteren|0.9
p:de hele|bekritiseren|0.81
p:de hele|etiketteren|0.97
p:de hele|vervolgafspraak|-0.97
p:de helft|open-vraag|-0.98
p:de helikopterouder|bevelen|-1.0
p:de helikopterouder|etiketteren|1.0
p:de herfstvakantie|ik-boodschap|0.99
p:de herfstvakantie|jij-boodschap|-1.67
p:de herfstvakantie|bekritiseren|-1.83
p:de herkansing|ik-boodschap|0.15
p:de herkansing|gevoelsreflectie|0.88
p:de hond|open-vraag|-0.96
p:de hoogte|parafrase|-0.97
p:de hoogte|gevoelsreflectie|0.97
p:de hoogte|moraliseren|0.99
p:de hoogte|ondervragen|0.91
p:de hoogte|bedanken|0.99
p:de huisarts|ik-boodschap|0.88
p:de huisarts|samenvatting|0.94
p:de huisarts|adviseren|1.96
p:de huisarts|bekritiseren|-0.99
p:de huisarts|interpreteren|-1.0
p:de huisarts|vervolgafspraak|0.94
p:de huiswerkbegeleiding|ondervragen|-0.97
p:de huiswerkklas|ik-boodschap|-0.83
p:de huiswerkklas|samenvatting|0.75
p:de instructie|ik-boodschap|0.95
p:de instructie|jij-boodschap|-0.95
p:de instructie|gevoelsreflectie|-1.0
p:de instructie|vervolgafspraak|1.0
p:de invallers|bevelen|-0.93
p:de jaarplanning|argumenteren|0.88
p:de kampweek|parafrase|-0.99
p:de kampweek|samenvatting|0.99
p:de kans|ik-boodschap|0.84
p:de kans|bevelen|0.86
p:de kast|interpreteren|-0.93
p:de kerst|ik-boodschap|-0.96
p:de kerst|argumenteren|-1.0
p:de kerst|geruststellen|1.0
p:de keuken|adviseren|0.99
p:de klas|ik-boodschap|-0.22
p:de klas|jij-boodschap|-1.55
p:de klas|bevelen|0.87
p:de klas|moraliseren|-0.99
p:de klas|adviseren|-0.83
p:de klas|argumenteren|0.11
p:de klas|bekritiseren|-1.11
p:de klas|prijzen|0.97
p:de klas|etiketteren|-0.96
p:de klas|interpreteren|-1.0
p:de klas|geruststellen|-0.99
p:de kluisjes|ik-boodschap|1.63
p:de laatste|open-vraag|-0.92
p:de laatste|argumenteren|-1.0
p:de laatste|geruststellen|0.97
p:de laatste|vervolgafspraak|-0.96
p:de laptop|adviseren|0.96
p:de lat|bekritiseren|0.92
p:de lat|interpreteren|1.0
p:de leerplichtambtenaar|waarschuwen|1.0
p:de leraar|moraliseren|0.48
p:de leraren|geruststellen|-0.93
p:de les|ik-boodschap|-0.88
p:de les|jij-boodschap|0.97
p:de les|parafrase|-0.89
p:de les|open-vraag|0.72
p:de les|argumenteren|-0.96
p:de les|bekritiseren|-0.88
p:de les|prijzen|-0.93
p:de leukste|prijzen|0.82
p:de maat|jij-boodschap|-0.94
p:de mail|ondervragen|0.96
p:de manier|parafrase|0.98
p:de manier|samenvatting|-0.92
p:de meivakantie|open-vraag|1.0
p:de mentor|jij-boodschap|-0.97
p:de mentor|parafrase|0.79
p:de mentor|gevoelsreflectie|0.71
p:de mentor|samenvatting|0.99
p:de mentor|bevelen|-0.87
p:de mentor|waarschuwen|-0.97
p:de mentor|interpreteren|-0.94
p:de mentor|geruststellen|-0.13
p:de mentor|afronding-aankondigen|-0.92
p:de mentor|bedanken|0.99
p:de moeite|bedanken|0.99
p:de musical|jij-boodschap|-0.98
p:de musical|bevelen|-0.98
p:de musical|bekritiseren|-0.98
p:de nieuwe|ik-boodschap|0.76
p:de nieuwsbrief|jij-boodschap|0.91
p:de nieuwsbrief|bekritiseren|0.66
p:de norm|ik-boodschap|0.86
p:de normering|jij-boodschap|-0.73
p:de normering|parafrase|0.9
p:de normering|argumenteren|0.9
p:de oefeningen|gevoelsreflectie|-0.71
p:de oefeningen|open-vraag|0.97
p:de onderbouw|ik-boodschap|-1.0
p:de opdracht|ik-boodschap|0.8
p:de opdracht|jij-boodschap|-1.97
p:de opdracht|parafrase|-1.0
p:de opdracht|gevoelsreflectie|-1.0
p:de opdracht|samenvatting|-1.0
p:de opdracht|open-vraag|-1.0
p:de opdracht|aanmoediging|-1.0
p:de opdracht|bevelen|-1.0
p:de opdracht|waarschuwen|-1.0
p:de opdracht|moraliseren|-1.0
p:de opdracht|adviseren|-1.0
p:de opdracht|argumenteren|0.92
p:de opdracht|prijzen|-1.0
p:de opdracht|etiketteren|-1.0
p:de opdracht|interpreteren|-1.0
p:de opdracht|geruststellen|-1.0
p:de opdracht|ondervragen|-1.0
p:de opdracht|afleiden|-1.0
p:de opdracht|afronding-aankondigen|-1.0
p:de opdracht|vervolgafspraak|-1.0
p:de opdracht|bedanken|-1.0
p:de opdrachten|open-vraag|0.99
p:de opgaven|vervolgafspraak|0.95
p:de orthopedagoog|jij-boodschap|0.96
p:de orthopedagoog|bekritiseren|1.82
p:de ouderavond|parafrase|-0.99
p:de ouderavond|waarschuwen|-0.97
p:de ouderavond|ondervragen|0.98
p:de overgangsnormen|ik-boodschap|-0.97
p:de overstap|open-vraag|-0.92
p:de pauze|ik-boodschap|1.01
p:de pauze|gevoelsreflectie|-1.95
p:de pauze|open-vraag|0.99
p:de pauze|argumenteren|-1.0
p:de pauze|vervolgafspraak|-1.0
p:de periode|waarschuwen|-0.98
p:de periode|bekritiseren|-0.47
p:de pesterijen|gevoelsreflectie|-0.9
p:de pet|jij-boodschap|0.96
p:de planner|ik-boodschap|-0.95
p:de planning|jij-boodschap|0.7
p:de planning|interpreteren|-0.99
p:de planning|afleiden|-0.99
p:de playstation|adviseren|0.78
p:de plicht|ik-boodschap|-0.96
p:de puberteit|moraliseren|-0.9
p:de puberteit|argumenteren|-0.96
p:de puberteit|interpreteren|0.99
p:de puberteit|geruststellen|-0.96
p:de puberteit|afleiden|1.61
p:de pubertijd|moraliseren|-1.52
p:de pubertijd|afleiden|1.87
p:de regel|argumenteren|1.0
p:de regels|jij-boodschap|1.0
p:de regels|waarschuwen|0.12
p:de regels|bekritiseren|1.0
p:de reistijd|argumenteren|-0.89
p:de rekentoets|samenvatting|0.6
p:de rest|parafrase|0.94
p:de rest|argumenteren|0.94
p:de rest|vervolgafspraak|0.81
p:de ruzie|parafrase|1.0
p:de ruzie|samenvatting|1.92
p:de ruzie|open-vraag|0.94
p:de ruzie|afleiden|0.99
p:de ruzie|vervolgafspraak|-0.76
p:de scheiding|bevelen|-1.0
p:de scheiding|waarschuwen|-0.91
p:de scheiding|bekritiseren|-1.0
p:de scheiding|interpreteren|1.93
p:de school|samenvatting|-1.91
p:de school|open-vraag|-0.8
p:de school|bekritiseren|-0.91
p:de school|interpreteren|0.97
p:de school|ondervragen|0.86
p:de schoolarts|vervolgafspraak|0.81
p:de schoolreis|samenvatting|-0.99
p:de schoolreis|afleiden|0.99
p:de schoolresultaten|moraliseren|0.99
p:de schorsing|gevoelsreflectie|0.91
p:de schuld|bekritiseren|0.95
p:de sectie|gevoelsreflectie|0.92
p:de sectie|vervolgafspraak|0.76
p:de sfeer|jij-boodschap|0.95
p:de sfeer|samenvatting|0.93
p:de sfeer|open-vraag|-0.93
p:de sfeer|waarschuwen|0.95
p:de sfeer|argumenteren|-0.89
p:de sfeer|bekritiseren|1.44
p:de slimste|moraliseren|-0.99
p:de slimste|adviseren|-0.83
p:de slimste|prijzen|1.93
p:de slimste|geruststellen|-0.99
p:de spelcomputer|interpreteren|-0.93
p:de steek|gevoelsreflectie|0.97
p:de stof|ik-boodschap|1.0
p:de studiewijzer|ik-boodschap|-1.0
p:de studiewijzer|jij-boodschap|-1.0
p:de studiewijzer|parafrase|-1.0
p:de studiewijzer|gevoelsreflectie|-1.0
p:de studiewijzer|samenvatting|-1.0
p:de studiewijzer|open-vraag|-1.0
p:de studiewijzer|aanmoediging|-1.0
p:de studiewijzer|bevelen|-1.0
p:de studiewijzer|waarschuwen|-1.0
p:de studiewijzer|moraliseren|-1.0
p:de studiewijzer|adviseren|-1.0
p:de studiewijzer|argumenteren|1.89
p:de studiewijzer|bekritiseren|1.0
p:de studiewijzer|prijzen|-1.0
p:de studiewijzer|etiketteren|-1.0
p:de studiewijzer|interpreteren|-1.0
p:de studiewijzer|geruststellen|-1.0
p:de studiewijzer|ondervragen|-1.0
p:de studiewijzer|afleiden|-1.0
p:de studiewijzer|afronding-aankondigen|-1.0
p:de studiewijzer|vervolgafspraak|-1.0
p:de studiewijzer|bedanken|-1.0
p:de tafel|gevoelsreflectie|-1.0
p:de tafel|vervolgafspraak|1.0
p:de teamleider|ik-boodschap|-0.99
p:de teamleider|samenvatting|-0.95
p:de teamleider|bevelen|0.24
p:de teamleider|waarschuwen|1.64
p:de teamleider|afronding-aankondigen|0.93
p:de teamleider|vervolgafspraak|0.18
p:de teamleider|bedanken|-0.85
p:de telefoon|adviseren|0.99
p:de thuissituatie|samenvatting|1.0
p:de tijd|aanmoediging|0.96
p:de toets|ik-boodschap|0.18
p:de toets|jij-boodschap|-0.98
p:de toets|parafrase|0.94
p:de toets|gevoelsreflectie|0.92
p:de toets|samenvatting|-0.98
p:de toets|adviseren|0.97
p:de toets|argumenteren|0.94
p:de toets|bekritiseren|-0.98
p:de toets|interpreteren|-0.97
p:de toets|vervolgafspraak|0.76
p:de toetsdatum|argumenteren|0.99
p:de toetsen|ik-boodschap|0.78
p:de toetsen|parafrase|-0.94
p:de toetsstof|open-vraag|-1.0
p:de toetsweek|ik-boodschap|-0.21
p:de toetsweek|bekritiseren|-0.89
p:de toetsweek|prijzen|-0.98
p:de toetsweek|geruststellen|-0.97
p:de toetsweek|afleiden|-0.83
p:de toetsweek|vervolgafspraak|0.97
p:de tolk|ik-boodschap|-1.68
p:de tolk|parafrase|1.0
p:de trainingen|ik-boodschap|1.0
p:de trap|ik-boodschap|0.33
p:de tweede|gevoelsreflectie|0.96
p:de tweede|waarschuwen|0.98
p:de tweede|geruststellen|0.76
p:de tweede|afleiden|1.08
p:de uitleg|parafrase|0.99
p:de uitleg|open-vraag|0.87
p:de uitnodiging|ondervragen|-0.95
p:de uitslag|etiketteren|-0.91
p:de uitslag|bedanken|0.64
p:de vakantie|jij-boodschap|0.81
p:de vakantie|adviseren|-0.83
p:de vakantie|prijzen|0.94
p:de vakantie|interpreteren|0.98
p:de vakantie|afleiden|0.91
p:de vakdocenten|ik-boodschap|-0.95
p:de vakdocenten|samenvatting|0.95
p:de vakdocenten|vervolgafspraak|-0.95
p:de verbouwing|afleiden|0.81
p:de verhuizing|parafrase|0.75
p:de verhuizing|ondervragen|0.86
p:de vertrouwenspersoon|vervolgafspraak|0.94
p:de vierde|ik-boodschap|0.86
p:de vierde|moraliseren|0.91
p:de volgende|argumenteren|0.96
p:de volgende|afronding-aankondigen|0.98
p:de volgende|vervolgafspraak|-0.98
p:de vries|bevelen|0.99
p:de wc|gevoelsreflectie|-0.91
p:de website|argumenteren|-1.85
p:de website|bekritiseren|-0.94
p:de week|ik-boodschap|-0.95
p:de week|samenvatting|0.95
p:de week|adviseren|0.93
p:de wereld|gevoelsreflectie|0.96
p:de wereld|afleiden|0.96
p:de werkweek|ik-boodschap|-1.72
p:de werkweek|parafrase|1.0
p:de wifi|ondervragen|-0.94
p:de woordjes|ik-boodschap|0.78
p:de ziekmelding|ik-boodschap|0.95
p:de ziekmelding|waarschuwen|-0.95
p:de zin|interpreteren|1.0
p:de zorg|bevelen|-0.91
p:de zorgcoordinator|adviseren|-0.97
p:de zorgcoördinator|ik-boodschap|0.99
p:de zorgcoördinator|samenvatting|0.94
p:de zorgcoördinator|argumenteren|-0.71
p:de zorgcoördinator|vervolgafspraak|2.03
p:deadline stond|ik-boodschap|-0.91
p:deadline te|argumenteren|0.97
p:deadline te|vervolgafspraak|-0.97
p:deadline voor|ik-boodschap|1.0
p:deadline was|adviseren|-1.0
p:debatclub komt|ik-boodschap|1.0
p:deed je|moraliseren|0.48
p:deed u|samenvatting|-0.56
p:degene die|jij-boodschap|1.84
p:degene die|bekritiseren|-2.43
p:delen als|open-vraag|0.96
p:delen dank|bekritiseren|-1.0
p:delen dank|prijzen|-1.0
p:denk dat|ik-boodschap|-0.99
p:denk dat|jij-boodschap|0.85
p:denk dat|gevoelsreflectie|-0.27
p:denk dat|bekritiseren|1.91
p:denk dat|interpreteren|1.0
p:denk dat|geruststellen|0.93
p:denk dat|afleiden|-0.87
p:denk dat|afronding-aankondigen|0.97
p:denk erom|waarschuwen|0.95
p:denk ik|waarschuwen|-0.91
p:denk ik|bekritiseren|-0.9
p:denk ik|interpreteren|1.92
p:denk maar|waarschuwen|0.99
p:denken altijd|bekritiseren|-0.28
p:denken altijd|prijzen|0.95
p:denkt daan|ik-boodschap|-1.0
p:denkt daan|jij-boodschap|-1.0
p:denkt dat|geruststellen|0.97
p:denkt u|samenvatting|0.66
p:denkt u|open-vraag|0.66
p:denkt u|ondervragen|-0.95
p:derde klassen|waarschuwen|-0.97
p:derde uur|ik-boodschap|-0.1
p:deur dichtsloeg|ik-boodschap|-0.77
p:deur dichtsloeg|parafrase|-0.89
p:deur dichtsloeg|bekritiseren|-1.0
p:deur dichtsmeet|ik-boodschap|1.7
p:deur dichtsmeet|gevoelsreflectie|-0.75
p:deur dichtsmeet|samenvatting|-0.95
p:deze klas|parafrase|0.98
p:deze klas|open-vraag|1.0
p:deze klas|adviseren|-1.0
p:deze leeftijd|bekritiseren|-0.96
p:deze maand|ik-boodschap|1.0
p:deze school|geruststellen|0.99
p:deze week|ik-boodschap|-0.99
p:deze week|jij-boodschap|-0.91
p:deze week|gevoelsreflectie|-0.71
p:deze week|open-vraag|0.97
p:deze week|waarschuwen|-0.97
p:deze zomer|open-vraag|-1.65
p:deze zomer|afleiden|0.99
p:dezelfde vraag|etiketteren|-0.96
p:dicht gaat|adviseren|0.96
p:dichtbij school|bekritiseren|-0.9
p:dichtklapt dat|gevoelsreflectie|0.98
p:dichtklapt dat|open-vraag|0.86
p:dichtsloeg schrok|ik-boodschap|-0.77
p:dichtsloeg schrok|parafrase|-0.89
p:dichtsloeg schrok|bekritiseren|-1.0
p:dichtsmeet schrok|ik-boodschap|1.7
p:dichtsmeet schrok|gevoelsreflectie|-0.75
p:dichtsmeet schrok|samenvatting|-0.95
p:die afspraak|jij-boodschap|1.9
p:die afspraak|bekritiseren|1.0
p:die alles|etiketteren|0.81
p:die app|gevoelsreflectie|-0.92
p:die begint|bekritiseren|-2.43
p:die buikpijn|geruststellen|-0.97
p:die dalen|vervolgafspraak|-0.94
p:die deadlines|bekritiseren|-1.53
p:die examens|jij-boodschap|-0.99
p:die examens|bevelen|-0.78
p:die examens|geruststellen|0.99
p:die examens|afleiden|-0.84
p:die extra|etiketteren|-0.89
p:die groep|gevoelsreflectie|0.87
p:die hebben|argumenteren|0.95
p:die herkansing|geruststellen|1.64
p:die houding|bekritiseren|0.96
p:die jongen|bekritiseren|0.82
p:die jongen|etiketteren|-0.92
p:die keuze|open-vraag|-0.87
p:die keuze|bevelen|-1.0
p:die keuze|waarschuwen|-1.0
p:die lastig|bekritiseren|-0.96
p:die leeftijd|geruststellen|-0.87
p:die leeftijd|afleiden|0.94
p:die mail|jij-boodschap|-0.9
p:die mail|aanmoediging|-0.94
p:die middag|parafrase|0.99
p:die nieuwe|afleiden|-0.98
p:die overal|prijzen|-0.96
p:die overal|etiketteren|0.96
p:die pest|jij-boodschap|1.84
p:die pet|geruststellen|-0.98
p:die playstation|adviseren|0.91
p:die playstation|bekritiseren|0.91
p:die pushende|bekritiseren|-0.99
p:die pushende|etiketteren|0.99
p:die te|moraliseren|1.0
p:die te|argumenteren|1.0
p:die telefoon|parafrase|0.91
p:die telefoon|bevelen|0.9
p:die telefoon|etiketteren|-0.94
p:die toets|interpreteren|0.9
p:die twee|ik-boodschap|0.99
p:die u|bekritiseren|0.93
p:die van|ik-boodschap|0.96
p:die zo|parafrase|-0.97
p:die zoveel|geruststellen|-0.68
p:dingen besproken|samenvatting|1.0
p:dingen besproken|vervolgafspraak|-0.76
p:dingen de|argumenteren|-0.89
p:dinsdag bedankt|afronding-aankondigen|0.98
p:dinsdag is|parafrase|0.99
p:dinsdag met|bedanken|0.94
p:dinsdag naar|samenvatting|0.75
p:dinsdag om|parafrase|-1.0
p:dinsdag om|bekritiseren|-1.0
p:dinsdag om|vervolgafspraak|1.0
p:dinsdag verder|vervolgafspraak|0.96
p:dipje in|geruststellen|1.71
p:diploma niet|jij-boodschap|0.71
p:directeur gaat|bekritiseren|-0.38
p:directeur sturen|bekritiseren|0.98
p:directie dank|bedanken|0.94
p:dit al|ik-boodschap|-0.73
p:dit al|jij-boodschap|1.71
p:dit al|bekritiseren|0.98
p:dit alleen|prijzen|-0.94
p:dit best|bekritiseren|-0.72
p:dit de|ik-boodschap|-1.0
p:dit de|prijzen|1.0
p:dit de|geruststellen|-0.82
p:dit een|ik-boodschap|-1.0
p:dit enorm|jij-boodschap|0.71
p:dit gaat|geruststellen|-0.99
p:dit gesprek|gevoelsreflectie|-0.92
p:dit gesprek|afronding-aankondigen|-0.96
p:dit gesprek|vervolgafspraak|-1.72
p:dit is|jij-boodschap|-0.94
p:dit is|bekritiseren|-0.17
p:dit jaar|jij-boodschap|0.93
p:dit jaar|parafrase|0.99
p:dit jaar|waarschuwen|-0.9
p:dit jaar|bekritiseren|0.93
p:dit kan|waarschuwen|1.92
p:dit kan|adviseren|-1.0
p:dit kan|afronding-aankondigen|-1.0
p:dit komt|gevoelsreflectie|0.97
p:dit kwartaal|jij-boodschap|-0.76
p:dit kwartaal|bevelen|-0.99
p:dit kwartaal|bekritiseren|-0.88
p:dit lukt|gevoelsreflectie|-1.0
p:dit lukt|open-vraag|-1.0
p:dit lukt|prijzen|1.0
p:dit lukt|interpreteren|-1.0
p:dit maakt|open-vraag|-0.91
p:dit melden|argumenteren|0.96
p:dit met|bekritiseren|-1.0
p:dit met|prijzen|-1.0
p:dit niet|ik-boodschap|-1.0
p:dit niet|parafrase|-1.0
p:dit niet|waarschuwen|1.0
p:dit niet|argumenteren|-0.98
p:dit niet|prijzen|0.97
p:dit nog|moraliseren|0.95
p:dit omdat|waarschuwen|-1.0
p:dit omdat|ondervragen|-1.0
p:dit ook|moraliseren|-0.99
p:dit ook|prijzen|0.99
p:dit ook|geruststellen|-0.99
p:dit ook|ondervragen|-0.96
p:dit ook|afleiden|-0.74
p:dit plan|parafrase|-0.97
p:dit raakt|parafrase|-0.97
p:dit raakt|open-vraag|0.97
p:dit soort|bekritiseren|1.78
p:dit soort|geruststellen|-0.93
p:dit steeds|ondervragen|0.95
p:dit te|jij-boodschap|-0.93
p:dit toch|waarschuwen|-1.0
p:dit toch|bekritiseren|-0.94
p:dit u|gevoelsreflectie|0.99
p:dit u|aanmoediging|0.96
p:dit vast|moraliseren|-0.68
p:dit vertelt|gevoelsreflectie|0.82
p:dit vertelt|bedanken|0.99
p:dit wel|prijzen|-1.0
p:dit wel|geruststellen|1.0
p:dit zo|ik-boodschap|1.0
p:dit zo|jij-boodschap|-0.8
p:dit zo|etiketteren|-0.99
p:docent frans|samenvatting|1.74
p:docent frans|bevelen|-0.99
p:docent frans|bedanken|-0.78
p:docent moet|moraliseren|0.99
p:docent te|bekritiseren|0.76
p:docent zo|jij-boodschap|0.98
p:docent zo|parafrase|-0.98
p:docent zo|bekritiseren|0.98
p:dochter dat|bevelen|0.94
p:dochter heeft|ik-boodschap|0.91
p:dochter heeft|jij-boodschap|-0.91
p:dochter heeft|argumenteren|-0.88
p:dochter is|bevelen|-0.93
p:dochter is|bekritiseren|-1.89
p:dochter kletst|bekritiseren|0.97
p:dochter zich|jij-boodschap|0.95
p:dochter zich|bekritiseren|0.95
p:dochter zit|jij-boodschap|0.93
p:dochter zit|adviseren|-0.93
p:dochter zit|bekritiseren|0.99
p:doe dat|bevelen|-0.74
p:doe die|etiketteren|-0.94
p:doe je|jij-boodschap|-1.85
p:doe je|moraliseren|2.06
p:doe je|argumenteren|-0.97
p:doe je|bekritiseren|-1.85
p:doe je|ondervragen|0.95
p:doe je|afleiden|-0.64
p:doe je|afronding-aankondigen|-0.97
p:doe niet|bevelen|1.67
p:doe niet|etiketteren|2.69
p:doe toch|bevelen|-0.93
p:doen ?|open-vraag|-1.65
p:doen ?|afleiden|0.99
p:doen de|ik-boodschap|0.99
p:doen de|gevoelsreflectie|-0.89
p:doen de|afleiden|-0.99
p:doen in|adviseren|-0.83
p:doen in|prijzen|0.94
p:doen milan|bevelen|-0.63
p:doen thuis|waarschuwen|0.84
p:doen wat|etiketteren|-0.73
p:doet alsof|bekritiseren|0.95
p:doet dat|gevoelsreflectie|-0.97
p:doet dat|bekritiseren|-0.97
p:doet dat|geruststellen|-0.24
p:doet dat|vervolgafspraak|-0.95
p:doet dit|prijzen|-0.94
p:doet echt|bekritiseren|2.35
p:doet elke|jij-boodschap|-0.86
p:doet elke|bekritiseren|-0.86
p:doet elke|geruststellen|-0.96
p:doet elke|afleiden|1.73
p:doet gewoon|bekritiseren|-3.33
p:doet het|parafrase|-1.0
p:doet hij|open-vraag|-1.0
p:doet hij|waarschuwen|-1.0
p:doet hij|interpreteren|0.96
p:doet is|etiketteren|-0.64
p:doet maar|bekritiseren|0.22
p:doet me|ik-boodschap|1.63
p:doet me|bekritiseren|-0.54
p:doet mee|jij-boodschap|-0.98
p:doet mee|bevelen|-0.98
p:doet mee|bekritiseren|-0.98
p:doet niets|geruststellen|2.82
p:doet nooit|bekritiseren|0.29
p:doet ook|bevelen|0.98
p:doet steeds|jij-boodschap|1.0
p:doet steeds|bekritiseren|1.0
p:doet u|jij-boodschap|-0.68
p:doet u|gevoelsreflectie|0.98
p:doet u|open-vraag|0.86
p:doet u|adviseren|-1.0
p:doet u|bekritiseren|1.0
p:doet vind|ik-boodschap|-0.73
p:doet vind|jij-boodschap|1.71
p:doet vind|bekritiseren|0.98
p:doet volgt|moraliseren|0.95
p:doet ze|jij-boodschap|0.98
p:doet ze|bekritiseren|0.98
p:doet ze|interpreteren|1.0
p:doet ze|geruststellen|-0.84
p:doet zijn|ik-boodschap|-1.0
p:doet zijn|jij-boodschap|-1.0
p:doet zijn|gevoelsreflectie|-1.0
p:doet zijn|adviseren|-1.0
p:donderdag om|ik-boodschap|-0.97
p:donderdag om|gevoelsreflectie|-1.0
p:donderdag om|afronding-aankondigen|0.97
p:donderdag om|vervolgafspraak|1.97
p:donderdag om|bedanken|0.54
p:donderdag praten|vervolgafspraak|0.78
p:donderdag terug|afronding-aankondigen|-0.97
p:door de|ik-boodschap|1.52
p:door de|jij-boodschap|0.81
p:door de|samenvatting|-0.94
p:door de|aanmoediging|-0.96
p:door elkaar|samenvatting|-0.83
p:door je|ik-boodschap|-0.92
p:door je|gevoelsreflectie|1.66
p:door ons|geruststellen|-0.92
p:door onze|vervolgafspraak|-0.99
p:door te|open-vraag|-0.96
p:door van|parafrase|-1.0
p:door verrast|ik-boodschap|0.91
p:door verrast|jij-boodschap|-0.86
p:door verrast|bekritiseren|-0.86
p:doordat hij|bekritiseren|-0.95
p:doordat hij|interpreteren|0.99
p:doordat hij|geruststellen|-0.84
p:doordat je|ik-boodschap|0.98
p:doordeweeks gewoon|interpreteren|-0.93
p:doorgaan krijgt|samenvatting|-0.94
p:doorgaat bel|waarschuwen|0.98
p:doorgaat blijft|waarschuwen|0.98
p:doorgaat dan|waarschuwen|1.0
p:doorgaat haal|ik-boodschap|1.0
p:doorgaat haalt|jij-boodschap|0.71
p:doorgaat kun|waarschuwen|-0.98
p:doorgaat kun|bekritiseren|-0.47
p:doorgaat lig|jij-boodschap|0.95
p:doorgaat lig|waarschuwen|0.95
p:doorgaat lig|bekritiseren|1.44
p:doorgaat loop|waarschuwen|-0.99
p:doorgaat mist|ik-boodschap|-0.8
p:doorgaat mist|samenvatting|-0.94
p:doorgeven heb|ik-boodschap|0.95
p:doorgeven heb|waarschuwen|-0.95
p:doornemen ?|adviseren|0.97
p:draait straks|adviseren|-0.97
p:draait wel|afleiden|-0.96
p:drama van|bekritiseren|-2.01
p:dramatisch als|geruststellen|0.73
p:drie dagen|jij-boodschap|0.81
p:drie dagen|parafrase|-0.81
p:drie dagen|bekritiseren|0.9
p:drie dingen|samenvatting|1.0
p:drie dingen|argumenteren|-0.89
p:drie dingen|vervolgafspraak|-0.76
p:drie keer|jij-boodschap|-0.18
p:drie keer|gevoelsreflectie|-0.84
p:drie keer|moraliseren|-0.99
p:drie keer|etiketteren|-0.75
p:drie knelpunten|ik-boodschap|-0.98
p:drie knelpunten|prijzen|-0.98
p:drie lessen|ik-boodschap|1.97
p:drie onvoldoendes|ik-boodschap|0.77
p:drie onvoldoendes|waarschuwen|-0.86
p:drie onvoldoendes|argumenteren|1.83
p:drie uur|jij-boodschap|0.97
p:drie uur|parafrase|-0.97
p:drie uur|bekritiseren|0.97
p:drie weken|ik-boodschap|-0.91
p:drie weken|samenvatting|0.92
p:drie weken|open-vraag|-1.0
p:drie weken|adviseren|0.97
p:drie weken|bekritiseren|-0.96
p:drie weken|afronding-aankondigen|-0.99
p:drie weken|vervolgafspraak|1.97
p:drie weken|bedanken|0.69
p:dromer zo'n|moraliseren|-0.94
p:druk dat|bekritiseren|-0.98
p:druk heeft|jij-boodschap|0.79
p:druk heeft|bekritiseren|0.99
p:druk hij|geruststellen|0.98
p:druk is|argumenteren|-0.68
p:druk je|samenvatting|0.94
p:druk je|bevelen|0.79
p:druk je|adviseren|-0.79
p:druk je|bekritiseren|-0.94
p:druk je|geruststellen|0.96
p:druk ze|ik-boodschap|-0.88
p:drukke week|bedanken|-1.0
p:duidelijk ?|bevelen|0.87
p:duidelijk als|moraliseren|1.0
p:duidelijk als|argumenteren|1.0
p:duidelijk helemaal|aanmoediging|-0.97
p:duidelijk na|moraliseren|-0.99
p:duidelijk na|argumenteren|0.99
p:duidelijk teleurgesteld|gevoelsreflectie|0.92
p:duidelijk teleurgesteld|vervolgafspraak|0.76
p:duidelijk wie|argumenteren|0.7
p:duidelijke uitleg|bekritiseren|-0.85
p:duits misgaat|samenvatting|-0.66
p:duits misgaat|open-vraag|0.97
p:durft het|jij-boodschap|-0.91
p:durft het|samenvatting|0.91
p:durft het|geruststellen|-0.98
p:durft hij|interpreteren|-0.93
p:dus af|samenvatting|0.99
p:dus af|bevelen|-0.99
p:dus dat|parafrase|2.86
p:dus dat|samenvatting|-0.66
p:dus dat|open-vraag|0.14
p:dus dat|moraliseren|-0.85
p:dus dat|prijzen|-0.93
p:dus de|parafrase|1.0
p:dus de|samenvatting|-1.0
p:dus de|argumenteren|0.96
p:dus dit|gevoelsreflectie|-1.0
p:dus dit|open-vraag|-1.0
p:dus dit|prijzen|1.0
p:dus dit|interpreteren|-1.0
p:dus eigenlijk|jij-boodschap|-0.97
p:dus eigenlijk|open-vraag|-0.71
p:dus even|ik-boodschap|-1.87
p:dus even|parafrase|-0.99
p:dus even|samenvatting|0.99
p:dus even|prijzen|-0.98
p:dus het|parafrase|0.75
p:dus het|gevoelsreflectie|-0.86
p:dus het|samenvatting|-0.92
p:dus het|interpreteren|-0.94
p:dus hij|aanmoediging|-0.94
p:dus hij|bekritiseren|-0.87
p:dus ik|parafrase|-1.0
p:dus ik|samenvatting|0.94
p:dus ik|prijzen|0.82
p:dus je|ik-boodschap|1.67
p:dus je|jij-boodschap|-0.86
p:dus je|parafrase|1.0
p:dus je|gevoelsreflectie|-1.0
p:dus je|open-vraag|0.92
p:dus je|bekritiseren|-0.86
p:dus je|prijzen|0.83
p:dus je|geruststellen|-1.0
p:dus jij|ik-boodschap|-0.99
p:dus jij|jij-boodschap|1.74
p:dus jij|parafrase|-0.82
p:dus jij|samenvatting|0.75
p:dus jij|open-vraag|-0.87
p:dus jij|adviseren|-0.83
p:dus jij|bekritiseren|1.83
p:dus jij|prijzen|0.94
p:dus mijn|argumenteren|-0.94
p:dus op|parafrase|0.99
p:dus teleurgesteld|gevoelsreflectie|0.91
p:dus tot|parafrase|-0.91
p:dus u|jij-boodschap|0.81
p:dus u|parafrase|-0.97
p:dus u|gevoelsreflectie|0.85
p:dus u|open-vraag|-0.11
p:dus u|bevelen|-0.99
p:dus u|waarschuwen|-0.98
p:dus u|argumenteren|-0.98
p:dus u|bekritiseren|0.97
p:dus u|prijzen|1.93
p:dus u|geruststellen|0.15
p:dus u|vervolgafspraak|-0.81
p:dus u|bedanken|-1.0
p:dus volgens|parafrase|0.97
p:dus wat|argumenteren|-0.9
p:dus we|samenvatting|-0.99
p:dus we|afleiden|-0.99
p:dus we|afronding-aankondigen|-0.99
p:dus zijn|ik-boodschap|0.96
p:dus zijn|jij-boodschap|-0.96
p:dus zijn|bekritiseren|-0.96
p:duurt het|moraliseren|0.9
p:dwingen om|adviseren|-0.95
p:dwingen om|bekritiseren|-0.85
p:dyslexie over|afleiden|-0.83
p:echt afsluiten|afronding-aankondigen|0.98
p:echt afsluiten|vervolgafspraak|-0.98
p:echt chagrijnig|vervolgafspraak|-0.98
p:echt de|jij-boodschap|-0.84
p:echt de|adviseren|-0.83
p:echt de|argumenteren|-0.94
p:echt de|bekritiseren|-0.68
p:echt door|parafrase|-1.0
p:echt een|jij-boodschap|0.95
p:echt een|gevoelsreflectie|0.98
p:echt een|waarschuwen|-0.99
p:echt een|bekritiseren|1.0
p:echt een|prijzen|0.82
p:echt een|etiketteren|0.95
p:echt een|geruststellen|-0.75
p:echt een|vervolgafspraak|-0.96
p:echt enorm|bekritiseren|0.45
p:echt even|jij-boodschap|-1.0
p:echt even|bevelen|1.0
p:echt even|moraliseren|-1.0
p:echt even|bekritiseren|-1.0
p:echt fijn|ik-boodschap|0.74
p:echt gedrag|bekritiseren|-0.97
p:echt gedrag|geruststellen|-0.97
p:echt geen|open-vraag|0.92
p:echt geen|adviseren|-0.97
p:echt geen|bekritiseren|0.76
p:echt geen|geruststellen|0.92
p:echt geschrokken|ik-boodschap|0.93
p:echt goed|gevoelsreflectie|0.97
p:echt hard|jij-boodschap|-0.76
p:echt hard|bevelen|-0.99
p:echt hard|bekritiseren|-0.88
p:echt heel|bekritiseren|0.98
p:echt helemaal|bekritiseren|-1.05
p:echt het|adviseren|0.86
p:echt kwaad|geruststellen|-0.9
p:echt mee|bekritiseren|-0.44
p:echt mooi|ik-boodschap|0.96
p:echt niet|bekritiseren|1.78
p:echt niet|etiketteren|-0.64
p:echt niet|interpreteren|-0.98
p:echt niet|geruststellen|1.05
p:echt niks|bekritiseren|-0.97
p:echt niks|geruststellen|-0.83
p:echt niks|afleiden|0.97
p:echt nooit|bekritiseren|0.71
p:echt onacceptabel|bekritiseren|0.99
p:echt ongepast|bekritiseren|0.98
p:echt ontdaan|geruststellen|-0.99
p:echt slecht|waarschuwen|1.0
p:echt slecht|adviseren|-1.0
p:echt slecht|afronding-aankondigen|-1.0
p:echt tof|ik-boodschap|0.95
p:echt van|ik-boodschap|1.62
p:echt van|gevoelsreflectie|-0.32
p:echt van|open-vraag|-0.97
p:echt van|bekritiseren|-0.99
p:echt van|etiketteren|0.99
p:echt ver|jij-boodschap|-0.94
p:echt wel|adviseren|-0.83
p:echt wel|geruststellen|2.85
p:echt wel|bedanken|-0.99
p:echt zijn|bekritiseren|-0.93
p:echt zorgen|ik-boodschap|-1.88
p:echt zorgen|samenvatting|-0.92
p:echt zorgen|geruststellen|-0.4
p:echte pestkop|argumenteren|-0.9
p:een 1|waarschuwen|0.98
p:een 1|argumenteren|0.97
p:een 1|etiketteren|-0.99
p:een 1|vervolgafspraak|-0.97
p:een 4|jij-boodschap|-0.98
p:een 4|open-vraag|0.99
p:een 4|argumenteren|1.35
p:een 4|bekritiseren|-0.78
p:een 4|afleiden|-0.93
p:een 5|jij-boodschap|-0.98
p:een 5|argumenteren|0.98
p:een 5|bekritiseren|-0.78
p:een 5|interpreteren|-0.97
p:een 5|afleiden|-0.97
p:een 6|parafrase|0.94
p:een 7|open-vraag|0.99
p:een 7|prijzen|0.97
p:een achterstand|bekritiseren|-0.96
p:een afspraak|samenvatting|0.94
p:een afspraak|open-vraag|-1.0
p:een afspraak|adviseren|0.97
p:een afspraak|prijzen|-1.0
p:een afspraak|vervolgafspraak|0.94
p:een ander|parafrase|1.0
p:een ander|gevoelsreflectie|-1.0
p:een ander|samenvatting|-0.88
p:een ander|geruststellen|-1.0
p:een ander|afleiden|0.34
p:een andere|interpreteren|-0.94
p:een baby|etiketteren|0.77
p:een baby|afleiden|-0.77
p:een beetje|ik-boodschap|-0.89
p:een beetje|jij-boodschap|-0.97
p:een beetje|gevoelsreflectie|2.53
p:een beetje|bevelen|-0.91
p:een beetje|argumenteren|-0.97
p:een beetje|bekritiseren|-0.97
p:een beetje|geruststellen|0.12
p:een beetje|afronding-aankondigen|-0.94
p:een behoorlijk|bekritiseren|0.92
p:een belachelijke|bekritiseren|0.95
p:een betrokken|gevoelsreflectie|-0.83
p:een betrokken|bedanken|0.97
p:een blauw|ik-boodschap|0.94
p:een brief|etiketteren|-0.92
p:een deadline|argumenteren|0.97
p:een deadline|vervolgafspraak|-0.97
p:een dipje|geruststellen|1.71
p:een docent|jij-boodschap|-1.0
p:een docent|moraliseren|1.0
p:een docent|bekritiseren|0.76
p:een docent|interpreteren|-1.0
p:een drama|bekritiseren|-2.01
p:een dromer|moraliseren|-0.94
p:een drukke|bedanken|-1.0
p:een duidelijke|bekritiseren|-0.85
p:een echte|argumenteren|-0.9
p:een eind|vervolgafspraak|-0.96
p:een enorme|gevoelsreflectie|0.86
p:een extra|samenvatting|0.87
p:een extra|adviseren|-0.83
p:een extra|prijzen|0.94
p:een extra|vervolgafspraak|-0.81
p:een feit|geruststellen|-0.68
p:een fijn|bekritiseren|-0.74
p:een fijn|etiketteren|-0.65
p:een fijne|moraliseren|-0.68
p:een geduldige|etiketteren|-0.91
p:een gesprek|jij-boodschap|-1.67
p:een gesprek|gevoelsreflectie|0.92
p:een gesprek|bekritiseren|-0.95
p:een gesprek|ondervragen|0.95
p:een gesprek|afronding-aankondigen|-0.92
p:een gesprek|vervolgafspraak|0.76
p:een gewone|gevoelsreflectie|-0.96
p:een goed|jij-boodschap|-0.7
p:een goede|moraliseren|1.0
p:een goede|etiketteren|-0.88
p:een goede|geruststellen|-1.0
p:een goede|ondervragen|-0.94
p:een grapje|argumenteren|-1.0
p:een grote|bekritiseren|0.56
p:een half|adviseren|0.83
p:een heel|waarschuwen|-0.99
p:een heel|etiketteren|-0.91
p:een heel|geruststellen|-0.82
p:een hele|open-vraag|-0.98
p:een herkansing|parafrase|0.98
p:een herkansing|gevoelsreflectie|-0.98
p:een incident|bevelen|-0.9
p:een keer|ik-boodschap|-1.0
p:een keer|samenvatting|-0.89
p:een keer|bevelen|0.9
p:een keer|waarschuwen|1.0
p:een keer|bedanken|0.84
p:een kind|gevoelsreflectie|-0.92
p:een kind|moraliseren|0.95
p:een klager|etiketteren|0.91
p:een klasgenoot|jij-boodschap|0.91
p:een klasgenoot|open-vraag|-0.87
p:een klasgenoot|bekritiseren|0.91
p:een klassieke|etiketteren|1.0
p:een kleuter|jij-boodschap|1.77
p:een kleuter|bekritiseren|-0.97
p:een kleuter|etiketteren|0.97
p:een kleuter|geruststellen|-0.97
p:een kleuterachtig|etiketteren|1.66
p:een kwartier|samenvatting|-0.99
p:een kwartier|afleiden|-0.99
p:een kwartier|afronding-aankondigen|-0.99
p:een kwestie|geruststellen|0.7
p:een laptop|etiketteren|-0.99
p:een lastig|ik-boodschap|-1.0
p:een lastige|jij-boodschap|0.95
p:een lastige|argumenteren|-0.98
p:een lastpak|etiketteren|0.93
p:een leerling|argumenteren|0.89
p:een luiwammes|waarschuwen|-0.99
p:een maand|adviseren|-0.97
p:een maand|vervolgafspraak|0.93
p:een maandje|geruststellen|0.99
p:een mail|ik-boodschap|0.99
p:een mail|samenvatting|-0.99
p:een mail|adviseren|-0.99
p:een mail|argumenteren|-0.71
p:een mail|vervolgafspraak|0.95
p:een mail|bedanken|0.24
p:een manier|prijzen|0.94
p:een moeder|moraliseren|0.99
p:een mooi|afleiden|0.8
p:een nieuw|adviseren|-0.97
p:een nieuw|afronding-aankondigen|0.95
p:een nieuw|vervolgafspraak|1.95
p:een nieuw|bedanken|-0.61
p:een nieuwe|ik-boodschap|-0.99
p:een nieuwe|argumenteren|-0.99
p:een nieuwe|etiketteren|-0.96
p:een nieuwe|afronding-aankondigen|-0.13
p:een nieuwe|vervolgafspraak|0.99
p:een onbetrouwbare|moraliseren|-0.98
p:een onbetrouwbare|bekritiseren|-1.6
p:een onbetrouwbare|etiketteren|0.98
p:een ongepaste|bekritiseren|0.57
p:een ontzettende|etiketteren|0.88
p:een ontzettende|geruststellen|-0.96
p:een onvoldoende|gevoelsreflectie|0.96
p:een onvoldoende|samenvatting|-0.94
p:een onvoldoende|etiketteren|-0.69
p:een onvoldoende|afleiden|1.95
p:een onzin|argumenteren|-0.99
p:een onzinnige|bekritiseren|0.97
p:een onzinnige|prijzen|-0.97
p:een onzinverhaal|bekritiseren|3.2
p:een onzinverhaal|etiketteren|-0.79
p:een paar|geruststellen|0.23
p:een planning|moraliseren|-1.0
p:een planning|adviseren|1.0
p:een potje|bekritiseren|0.9
p:een probleem|samenvatting|0.93
p:een probleem|open-vraag|-0.93
p:een probleem|prijzen|-0.96
p:een probleem|etiketteren|0.96
p:een probleem|interpreteren|0.99
p:een probleem|ondervragen|-0.91
p:een puinhoop|jij-boodschap|0.98
p:een puinhoop|bekritiseren|0.71
p:een puinhoop|etiketteren|-0.77
p:een punt|bekritiseren|-0.98
p:een punt|vervolgafspraak|-0.96
p:een regen|afleiden|0.92
p:een respectloze|jij-boodschap|-0.79
p:een rij|jij-boodschap|-1.0
p:een rij|samenvatting|1.99
p:een rij|bekritiseren|-1.0
p:een rij|afleiden|-1.0
p:een rij|vervolgafspraak|-0.94
p:een rijtje|parafrase|-0.98
p:een rijtje|samenvatting|0.97
p:een rijtje|bedanken|-0.78
p:een rotmoment|gevoelsreflectie|0.98
p:een schorsing|bevelen|-0.9
p:een schorsing|waarschuwen|0.87
p:een schorsing|moraliseren|0.95
p:een schuldige|parafrase|-1.0
p:een schuldige|moraliseren|-1.0
p:een schuldige|interpreteren|1.0
p:een slechte|bekritiseren|1.0
p:een slechte|geruststellen|1.73
p:een slordig|bekritiseren|0.99
p:een slordige|bekritiseren|-0.9
p:een slordige|etiketteren|0.65
p:een spreker|ik-boodschap|1.0
p:een strafwerk|waarschuwen|-0.98
p:een stuk|argumenteren|-1.0
p:een stuk|etiketteren|0.91
p:een stuk|geruststellen|1.0
p:een super|etiketteren|-0.89
p:een te|argumenteren|0.97
p:een te|vervolgafspraak|-0.97
p:een telefoon|argumenteren|1.0
p:een uitzondering|argumenteren|0.99
p:een uur|moraliseren|-0.99
p:een uur|argumenteren|0.99
p:een vader|parafrase|-0.97
p:een van|prijzen|0.82
p:een vast|adviseren|0.99
p:een vast|bedanken|-0.7
p:een vaste|adviseren|0.97
p:een vaste|vervolgafspraak|0.97
p:een verschil|geruststellen|-0.73
p:een verwend|adviseren|-1.0
p:een verwend|bekritiseren|-1.0
p:een vrolijke|etiketteren|-0.98
p:een watje|bekritiseren|-0.69
p:een weekplanner|adviseren|0.78
p:een wekker|prijzen|-0.8
p:een wijsneus|jij-boodschap|1.69
p:een wijsneus|gevoelsreflectie|-0.9
p:een wijsneus|etiketteren|1.69
p:een zeur|jij-boodschap|0.99
p:een zie|ik-boodschap|-0.97
p:een zie|afronding-aankondigen|0.97
p:een zie|vervolgafspraak|0.97
p:een zie|bedanken|0.54
p:een zooitje|bekritiseren|0.87
p:een zware|gevoelsreflectie|0.99
p:eenmaal bij|moraliseren|-0.1
p:eenmaal bij|argumenteren|-0.96
p:eenmaal bij|geruststellen|-0.96
p:eenmaal bij|afleiden|1.61
p:eenmaal een|moraliseren|-0.94
p:eenmaal een|argumenteren|0.68
p:eenmaal een|afleiden|-0.95
p:eenmaal niet|bevelen|-0.98
p:eenmaal niet|waarschuwen|-0.98
p:eenmaal niet|argumenteren|0.98
p:eenmaal plichten|moraliseren|0.96
p:eenmaal plichten|argumenteren|-0.96
p:eenmaal zo|moraliseren|0.97
p:eenmaal zo|argumenteren|-0.97
p:eenmaal zo|afleiden|-0.64
p:eens buiten|ik-boodschap|0.96
p:eens buiten|moraliseren|-0.87
p:eens doet|moraliseren|0.95
p:eens een|etiketteren|-0.69
p:eens en|bevelen|-0.74
p:eens geprobeerd|jij-boodschap|-1.0
p:eens geprobeerd|adviseren|1.0
p:eens geprobeerd|afleiden|-1.0
p:eens geprobeerd|vervolgafspraak|-1.0
p:eens het|afleiden|-0.93
p:eens komt|jij-boodschap|1.82
p:eens komt|gevoelsreflectie|-0.99
p:eens komt|bekritiseren|2.04
p:eens komt|bedanken|-0.99
p:eens mee|prijzen|-1.0
p:eens mee|geruststellen|1.0
p:eens met|ik-boodschap|0.88
p:eens met|parafrase|-0.99
p:eens met|adviseren|1.0
p:eens met|bekritiseren|-0.99
p:eens met|interpreteren|-1.0
p:eens met|ondervragen|-1.76
p:eens over|samenvatting|-0.99
p:eens over|afleiden|0.99
p:eens wat|moraliseren|-1.0
p:eens wat|afleiden|0.8
p:eentje met|ik-boodschap|-0.76
p:eentje op|bekritiseren|-0.54
p:eerder aan|gevoelsreflectie|0.71
p:eerder contact|bekritiseren|0.83
p:eerder naar|waarschuwen|-0.99
p:eerder zou|open-vraag|-0.8
p:eerlijk bent|gevoelsreflectie|-0.92
p:eerlijk bent|bedanken|0.85
p:eerlijk duurt|moraliseren|0.9
p:eerlijk gezegd|ik-boodschap|-0.66
p:eerlijk gezegd|bevelen|-0.91
p:eerlijk gezegd|argumenteren|-0.97
p:eerlijk gezegd|bekritiseren|0.94
p:eerlijk gezegd|etiketteren|0.91
p:eerlijk gezegd|geruststellen|-0.81
p:eerlijk hoort|jij-boodschap|-0.6
p:eerlijk tegen|gevoelsreflectie|0.96
p:eerlijk tegen|adviseren|0.96
p:eerlijk tegenover|argumenteren|0.95
p:eerlijk zijn|open-vraag|0.6
p:eerst de|bevelen|0.86
p:eerst even|bevelen|0.97
p:eerst even|argumenteren|-0.98
p:eerst iets|afleiden|1.0
p:eerst je|bevelen|-0.63
p:eerst met|jij-boodschap|-1.0
p:eerst met|parafrase|1.0
p:eerst voordat|bekritiseren|-0.38
p:eerst zitten|geruststellen|-0.34
p:eerste aanpakken|parafrase|-0.91
p:eerste aanpakken|samenvatting|0.92
p:eerste aanpakken|open-vraag|0.92
p:eerste en|ik-boodschap|-0.97
p:eerste en|geruststellen|0.97
p:eerste half|gevoelsreflectie|-0.7
p:eerste klas|geruststellen|0.93
p:eerste klas|afleiden|-0.93
p:eerste uitleg|parafrase|-0.99
p:eerste uitleg|samenvatting|0.99
p:eerste uren|jij-boodschap|-0.97
p:eerste uur|vervolgafspraak|0.92
p:eerste week|parafrase|1.0
p:eerste week|samenvatting|-1.0
p:eet in|open-vraag|0.99
p:eet weinig|interpreteren|-0.93
p:eigen jeugd|geruststellen|-0.99
p:eigen schooltijd|bekritiseren|-0.9
p:eigen schuld|bekritiseren|0.96
p:eigen woorden|samenvatting|0.87
p:eigenlijk ?|gevoelsreflectie|-0.99
p:eigenlijk ?|open-vraag|-1.66
p:eigenlijk ?|afleiden|0.84
p:eigenlijk bang|afronding-aankondigen|-0.97
p:eigenlijk dat|argumenteren|-0.68
p:eigenlijk dat|bedanken|-0.96
p:eigenlijk doen|open-vraag|-1.65
p:eigenlijk doen|afleiden|0.99
p:eigenlijk een|parafrase|1.0
p:eigenlijk een|gevoelsreflectie|-1.0
p:eigenlijk een|samenvatting|-0.88
p:eigenlijk een|geruststellen|-1.0
p:eigenlijk geen|bevelen|-0.97
p:eigenlijk geen|etiketteren|-0.97
p:eigenlijk gewoon|interpreteren|1.0
p:eigenlijk over|geruststellen|-0.99
p:eigenlijk schuldig|jij-boodschap|-0.97
p:eigenlijk schuldig|bekritiseren|-0.27
p:eigenlijk van|ondervragen|-1.0
p:eigenlijk van|afleiden|0.84
p:eigenlijk vindt|jij-boodschap|-0.97
p:eigenlijk vindt|open-vraag|-0.71
p:eigenlijk vindt|bekritiseren|-0.9
p:eigenlijk vindt|interpreteren|0.94
p:eigenlijk wel|jij-boodschap|1.85
p:eigenlijk wel|bekritiseren|1.85
p:eigenlijk wil|moraliseren|-0.72
p:eigenlijk wil|afleiden|-0.98
p:eind aan|vervolgafspraak|-0.96
p:eind van|ik-boodschap|-0.86
p:eind van|waarschuwen|0.91
p:einde van|gevoelsreflectie|0.96
p:einde van|afleiden|0.96
p:eindelijk ook|jij-boodschap|1.82
p:eindelijk ook|gevoelsreflectie|-0.99
p:eindelijk ook|bekritiseren|2.04
p:eindelijk ook|bedanken|-0.99
p:elf fouten|jij-boodschap|-0.73
p:elf fouten|parafrase|0.9
p:elf fouten|argumenteren|0.9
p:elk kind|prijzen|-1.0
p:elk kind|geruststellen|1.0
p:elkaar heen|samenvatting|-0.83
p:elkaar is|moraliseren|0.96
p:elkaar nog|vervolgafspraak|-0.97
p:elkaar vrijdag|afronding-aankondigen|-0.98
p:elkaar vrijdag|vervolgafspraak|0.98
p:elkaar weer|samenvatting|-0.64
p:elke avond|open-vraag|-0.96
p:elke avond|bevelen|-0.94
p:elke avond|adviseren|1.07
p:elke avond|bekritiseren|0.98
p:elke avond|afleiden|-0.91
p:elke dag|ik-boodschap|0.93
p:elke dag|bevelen|0.99
p:elke dag|adviseren|0.83
p:elke dag|ondervragen|0.96
p:elke dag|vervolgafspraak|-0.95
p:elke dinsdag|samenvatting|0.75
p:elke klas|afleiden|0.91
p:elke les|etiketteren|-0.77
p:elke ochtend|ik-boodschap|0.96
p:elke ochtend|moraliseren|-0.87
p:elke puber|jij-boodschap|-0.86
p:elke puber|bekritiseren|-0.86
p:elke puber|geruststellen|-0.13
p:elke puber|afleiden|0.9
p:elke week|jij-boodschap|0.79
p:elke week|bekritiseren|0.99
p:elke zondag|adviseren|0.97
p:emma moeite|ik-boodschap|-0.9
p:emma moeite|gevoelsreflectie|-1.0
p:emma thuis|gevoelsreflectie|-0.98
p:emotioneel van|gevoelsreflectie|0.9
p:en als|jij-boodschap|0.95
p:en als|argumenteren|0.97
p:en als|bekritiseren|0.96
p:en als|vervolgafspraak|-0.97
p:en bel|samenvatting|-0.99
p:en bel|adviseren|-0.99
p:en ben|parafrase|0.99
p:en buitengesloten|gevoelsreflectie|0.97
p:en daar|gevoelsreflectie|-1.0
p:en daar|samenvatting|-1.0
p:en daar|prijzen|-1.0
p:en daar|geruststellen|-1.0
p:en daarom|ik-boodschap|-0.99
p:en dan|ik-boodschap|2.67
p:en dan|argumenteren|-0.97
p:en dan|bekritiseren|-0.97
p:en dan|geruststellen|-0.84
p:en dan|afronding-aankondigen|-1.0
p:en dat|ik-boodschap|3.61
p:en dat|gevoelsreflectie|-1.0
p:en dat|samenvatting|-1.76
p:en dat|open-vraag|1.16
p:en dat|aanmoediging|-0.96
p:en dat|bevelen|-1.99
p:en dat|waarschuwen|-1.0
p:en dat|moraliseren|-0.96
p:en dat|adviseren|-0.97
p:en dat|argumenteren|-0.71
p:en dat|vervolgafspraak|-0.96
p:en de|ik-boodschap|-0.98
p:en de|parafrase|-0.98
p:en de|samenvatting|1.99
p:en de|argumenteren|-0.89
p:en de|prijzen|-0.98
p:en de|vervolgafspraak|-0.76
p:en dinsdag|parafrase|0.99
p:en een|jij-boodschap|-0.98
p:en een|bekritiseren|-0.78
p:en er|ik-boodschap|0.99
p:en er|argumenteren|-0.71
p:en ga|bevelen|3.5
p:en ga|waarschuwen|-0.95
p:en het|parafrase|-0.99
p:en het|samenvatting|0.99
p:en het|argumenteren|-0.96
p:en hij|jij-boodschap|-0.73
p:en hij|parafrase|0.9
p:en hij|argumenteren|0.9
p:en hij|interpreteren|-0.93
p:en hoe|samenvatting|-0.99
p:en hoe|ondervragen|-0.96
p:en hoe|afleiden|-0.81
p:en iedereen|jij-boodschap|0.95
p:en iedereen|samenvatting|-0.95
p:en iedereen|open-vraag|-0.95
p:en iedereen|bekritiseren|0.95
p:en ik|ik-boodschap|1.74
p:en ik|jij-boodschap|0.95
p:en ik|gevoelsreflectie|-2.5
p:en ik|samenvatting|0.81
p:en ik|waarschuwen|1.0
p:en ik|bekritiseren|0.85
p:en ik|afleiden|-0.99
p:en ik|afronding-aankondigen|1.89
p:en ik|vervolgafspraak|0.95
p:en ik|bedanken|0.38
p:en je|ik-boodschap|-0.96
p:en je|jij-boodschap|-1.87
p:en je|parafrase|-0.94
p:en je|gevoelsreflectie|-0.97
p:en je|samenvatting|3.47
p:en je|aanmoediging|-0.99
p:en je|bevelen|-1.05
p:en je|waarschuwen|1.81
p:en je|moraliseren|-0.9
p:en je|bekritiseren|-1.85
p:en je|interpreteren|-0.9
p:en je|geruststellen|-0.98
p:en kan|waarschuwen|-0.98
p:en laat|ik-boodschap|-0.95
p:en laat|bekritiseren|0.69
p:en om|samenvatting|1.92
p:en om|open-vraag|0.94
p:en om|vervolgafspraak|-0.94
p:en ook|ik-boodschap|-0.97
p:en ook|geruststellen|0.97
p:en op|samenvatting|0.84
p:en over|samenvatting|-0.12
p:en over|afleiden|-0.83
p:en over|bedanken|-1.46
p:en thuis|open-vraag|-0.92
p:en toen|jij-boodschap|0.7
p:en toen|open-vraag|-0.99
p:en toen|aanmoediging|1.96
p:en toen|ondervragen|-0.97
p:en tot|samenvatting|-0.94
p:en tot|bedanken|0.84
p:en u|ik-boodschap|-0.73
p:en u|jij-boodschap|1.71
p:en u|parafrase|-1.91
p:en u|samenvatting|2.86
p:en u|bekritiseren|2.76
p:en u|vervolgafspraak|1.69
p:en u|bedanken|0.69
p:en volgende|vervolgafspraak|0.96
p:en waarom|bekritiseren|0.98
p:en waarom|ondervragen|1.0
p:en wanneer|bedanken|-0.99
p:en was|ik-boodschap|-0.77
p:en was|parafrase|-0.89
p:en was|bekritiseren|-1.0
p:en was|ondervragen|0.97
p:en wat|jij-boodschap|-1.0
p:en wat|samenvatting|0.44
p:en wat|open-vraag|-0.93
p:en wat|bekritiseren|-1.0
p:en wat|afleiden|-1.0
p:en wie|vervolgafspraak|-0.95
p:en ze|ik-boodschap|-0.88
p:en zijn|samenvatting|-0.99
p:en zo|bekritiseren|-0.96
p:eng vindt|gevoelsreflectie|0.96
p:eng vindt|adviseren|0.96
p:engels belt|bekritiseren|-0.96
p:engels belt|vervolgafspraak|0.84
p:engels wat|samenvatting|0.94
p:engels wat|open-vraag|0.94
p:enkel bericht|jij-boodschap|1.81
p:enkel bericht|bekritiseren|1.53
p:enkel respect|moraliseren|-0.98
p:enkel respect|bekritiseren|0.98
p:enkel verslag|bekritiseren|-0.84
p:enkele huiswerkopdracht|ik-boodschap|0.99
p:enkele huiswerkopdracht|jij-boodschap|-0.99
p:enkele huiswerkopdracht|bekritiseren|-1.95
p:enkele kans|bekritiseren|0.91
p:enkele keer|jij-boodschap|-0.68
p:enkele moeite|bekritiseren|1.55
p:enkele opdracht|ik-boodschap|0.96
p:enkele opdracht|jij-boodschap|-0.96
p:enkele opdracht|bekritiseren|-0.96
p:enorm als|jij-boodschap|0.71
p:enorm van|prijzen|-0.76
p:enorme schrik|gevoelsreflectie|0.86
p:er allebei|ik-boodschap|1.0
p:er allebei|afronding-aankondigen|1.0
p:er altijd|jij-boodschap|0.98
p:er altijd|bekritiseren|-1.29
p:er altijd|geruststellen|-1.0
p:er best|gevoelsreflectie|0.89
p:er best|open-vraag|0.99
p:er bij|ik-boodschap|-0.99
p:er bij|gevoelsreflectie|-0.96
p:er bijles|vervolgafspraak|-0.66
p:er bijna|jij-boodschap|-0.95
p:er boos|vervolgafspraak|-0.92
p:er door|ik-boodschap|-0.92
p:er door|gevoelsreflectie|1.66
p:er drie|ik-boodschap|0.77
p:er duidelijk|aanmoediging|-0.97
p:er echt|parafrase|-1.0
p:er echt|gevoelsreflectie|0.64
p:er echt|open-vraag|-0.97
p:er echt|bekritiseren|-0.44
p:er echt|geruststellen|0.99
p:er echt|bedanken|-0.99
p:er een|jij-boodschap|-0.97
p:er een|parafrase|0.98
p:er een|gevoelsreflectie|0.17
p:er een|moraliseren|0.95
p:er een|argumenteren|-0.97
p:er een|bekritiseren|0.8
p:er een|interpreteren|0.99
p:er eerlijk|ik-boodschap|-0.91
p:er eerlijk|bevelen|-0.91
p:er elke|etiketteren|-0.77
p:er filmpjes|ik-boodschap|1.0
p:er gebeurd|ondervragen|-0.96
p:er gebeurt|jij-boodschap|-0.92
p:er gebeurt|samenvatting|-0.91
p:er gebeurt|moraliseren|-0.93
p:er gebeurt|bekritiseren|-0.14
p:er geen|ik-boodschap|-0.72
p:er gewoon|ik-boodschap|-0.95
p:er gewoon|jij-boodschap|1.81
p:er gewoon|bekritiseren|1.9
p:er gewoon|interpreteren|-0.96
p:er gisteren|adviseren|-0.99
p:er helemaal|bevelen|-1.0
p:er helemaal|bekritiseren|0.55
p:er helemaal|etiketteren|-1.0
p:er iemand|ik-boodschap|0.81
p:er iemand|ondervragen|0.97
p:er iets|parafrase|-0.97
p:er iets|open-vraag|0.97
p:er iets|vervolgafspraak|0.99
p:er in|ik-boodschap|0.93
p:er komt|ik-boodschap|0.99
p:er komt|argumenteren|-0.71
p:er leerlingen|open-vraag|-0.59
p:er machteloos|bekritiseren|-0.98
p:er makkelijk|bekritiseren|0.99
p:er met|jij-boodschap|0.96
p:er met|bekritiseren|0.98
p:er moe|ik-boodschap|1.0
p:er moe|afronding-aankondigen|1.0
p:er moeilijk|gevoelsreflectie|0.49
p:er niet|argumenteren|0.97
p:er niet|geruststellen|-0.97
p:er niets|jij-boodschap|0.98
p:er niets|waarschuwen|1.0
p:er niets|adviseren|-1.0
p:er niets|bekritiseren|0.98
p:er niets|geruststellen|-0.84
p:er niets|afronding-aankondigen|-1.0
p:er nog|ik-boodschap|-0.73
p:er nog|jij-boodschap|0.76
p:er nog|bekritiseren|0.98
p:er nooit|jij-boodschap|-1.67
p:er nooit|bekritiseren|-0.95
p:er nooit|ondervragen|0.95
p:er nou|moraliseren|0.8
p:er nu|vervolgafspraak|-0.96
p:er ongemakkelijk|interpreteren|-0.93
p:er ook|jij-boodschap|-0.94
p:er ook|bekritiseren|-0.76
p:er ook|vervolgafspraak|0.94
p:er oprecht|open-vraag|0.99
p:er precies|moraliseren|-1.0
p:er steeds|ik-boodschap|0.91
p:er steeds|jij-boodschap|-0.86
p:er steeds|bekritiseren|-0.86
p:er thuis|jij-boodschap|0.71
p:er thuis|gevoelsreflectie|-0.88
p:er thuis|open-vraag|0.92
p:er thuis|bekritiseren|0.88
p:er thuis|geruststellen|0.92
p:er toen|parafrase|0.75
p:er volgens|gevoelsreflectie|-0.84
p:er volgens|samenvatting|-0.91
p:er voor|ik-boodschap|-0.97
p:er voor|afronding-aankondigen|0.97
p:er voor|vervolgafspraak|0.97
p:er voor|bedanken|0.54
p:er vooral|jij-boodschap|-0.98
p:er vooral|bekritiseren|-0.98
p:er wakker|geruststellen|0.99
p:er wakker|bedanken|-0.99
p:er waren|bedanken|0.98
p:er was|bekritiseren|-0.99
p:er was|bedanken|1.0
p:er wel|jij-boodschap|0.97
p:er wel|bekritiseren|1.7
p:er wel|geruststellen|-0.97
p:er zelf|ik-boodschap|-1.0
p:er zelf|jij-boodschap|-0.15
p:er zelf|bekritiseren|-1.91
p:er zijn|waarschuwen|-1.0
p:er zijn|prijzen|-1.0
p:er zo|gevoelsreflectie|-0.81
p:erbij ?|bekritiseren|-0.91
p:erbij ?|afronding-aankondigen|0.93
p:erg bedankt|afronding-aankondigen|-1.0
p:erg bedankt|bedanken|1.0
p:erg brutaal|bekritiseren|-1.89
p:erg hoor|argumenteren|-0.96
p:erg hoor|geruststellen|0.68
p:erg hoor|afleiden|-0.68
p:erg jammer|bekritiseren|-0.92
p:erg laks|bekritiseren|0.91
p:erom hij|waarschuwen|0.95
p:erop neer|jij-boodschap|0.92
p:erop neer|samenvatting|-0.8
p:erop neer|bekritiseren|0.92
p:eruit ?|bevelen|-0.99
p:eruit gekomen|samenvatting|0.94
p:eruit gekomen|vervolgafspraak|0.94
p:ervan ?|gevoelsreflectie|-0.98
p:ervan maar|afleiden|0.96
p:ervan om|open-vraag|-0.96
p:ervaring als|ik-boodschap|-1.0
p:ervaring als|prijzen|1.0
p:ervoor dat|bevelen|0.99
p:ervoor te|moraliseren|0.92
p:eva in|ik-boodschap|-0.94
p:evalueren we|vervolgafspraak|0.93
p:even als|jij-boodschap|0.94
p:even bellen|samenvatting|-0.99
p:even bellen|vervolgafspraak|0.95
p:even bellen|bedanken|-0.99
p:even bij|afronding-aankondigen|-0.95
p:even de|aanmoediging|0.96
p:even hier|waarschuwen|-0.96
p:even iets|waarschuwen|-0.97
p:even in|aanmoediging|-0.94
p:even inhalen|ondervragen|-0.96
p:even inhalen|afleiden|-0.74
p:even kijken|vervolgafspraak|-1.57
p:even kijken|bedanken|-1.0
p:even laten|ik-boodschap|-0.95
p:even laten|afleiden|0.8
p:even liggen|afleiden|0.34
p:even mijn|bevelen|1.78
p:even mijn|bekritiseren|0.33
p:even na|samenvatting|-0.99
p:even na|adviseren|-0.99
p:even nadenken|aanmoediging|0.96
p:even niet|prijzen|0.83
p:even niet|afleiden|0.99
p:even op|jij-boodschap|-1.97
p:even op|samenvatting|1.99
p:even op|bekritiseren|-1.0
p:even op|afleiden|-1.0
p:even op|bedanken|-0.78
p:even over|argumenteren|-0.98
p:even overhoort|bevelen|-0.94
p:even overhoort|prijzen|-0.94
p:even rustig|jij-boodschap|-1.0
p:even rustig|bevelen|1.0
p:even rustig|moraliseren|-1.0
p:even rustig|bekritiseren|-1.0
p:even samen|interpreteren|-0.93
p:even samenvat|parafrase|-0.99
p:even samenvat|samenvatting|0.99
p:even samenvatten|ik-boodschap|-0.88
p:even samenvatten|parafrase|-0.94
p:even samenvatten|samenvatting|0.99
p:even samenvatten|bedanken|0.99
p:even samenvattend|ik-boodschap|-0.98
p:even samenvattend|argumenteren|-0.96
p:even samenvattend|prijzen|-0.98
p:even terug|parafrase|-0.99
p:even terug|samenvatting|0.99
p:even wachten|etiketteren|-0.91
p:even zijn|prijzen|1.0
p:examenreglement is|argumenteren|0.7
p:examenreglement mag|argumenteren|0.94
p:examens gewoon|jij-boodschap|-0.99
p:examens gewoon|bevelen|-0.78
p:examens gewoon|geruststellen|0.99
p:examens gewoon|afleiden|-0.84
p:excursieformulier nog|parafrase|-1.0
p:excuses aan|bevelen|0.64
p:excuses aan|waarschuwen|-0.98
p:excuses aan|moraliseren|-0.9
p:excuses aan|interpreteren|-0.9
p:excuses aanbieden|bevelen|0.99
p:extra bijlesuren|etiketteren|-0.89
p:extra gesprek|vervolgafspraak|-0.81
p:extra kans|samenvatting|0.87
p:extra opdracht|adviseren|-0.83
p:extra opdracht|prijzen|0.94
p:extra uitdaging|interpreteren|0.93
p:fatima haar|waarschuwen|-0.98
p:fatsoenlijk over|moraliseren|0.8
p:feit dat|geruststellen|-0.68
p:feit is|argumenteren|0.96
p:fenna is|bekritiseren|-0.9
p:fenna is|etiketteren|0.65
p:fijn bedankt|waarschuwen|-1.0
p:fijn bedankt|bekritiseren|1.0
p:fijn bedankt|afleiden|-1.0
p:fijn bedankt|bedanken|-1.61
p:fijn dat|jij-boodschap|0.84
p:fijn dat|prijzen|-1.0
p:fijn gesprek|bekritiseren|-0.74
p:fijn gesprek|etiketteren|-0.65
p:fijn om|ik-boodschap|0.74
p:fijn om|vervolgafspraak|-0.89
p:fijn vandaag|jij-boodschap|-1.0
p:fijn vandaag|etiketteren|-1.0
p:fijn vandaag|interpreteren|-1.0
p:fijn vandaag|afleiden|1.0
p:fijne gesprek|afronding-aankondigen|-0.93
p:fijne ouder|moraliseren|-0.68
p:fijne ouder|prijzen|0.77
p:filmpjes van|ik-boodschap|1.0
p:finn kan|prijzen|0.97
p:fleur komt|open-vraag|-0.92
p:formulier al|argumenteren|-0.89
p:formulier vrijdag|bevelen|0.99
p:frans en|ik-boodschap|-0.9
p:frans en|gevoelsreflectie|-1.0
p:frans en|bedanken|-0.78
p:frans over|samenvatting|0.75
p:frans praat|samenvatting|0.99
p:frans praat|bevelen|-0.99
p:frans wel|ik-boodschap|0.78
p:frustrerend is|parafrase|-0.83
p:frustrerend voor|aanmoediging|-0.96
p:ga door|aanmoediging|0.99
p:ga er|vervolgafspraak|-0.96
p:ga het|vervolgafspraak|0.78
p:ga je|jij-boodschap|0.12
p:ga je|open-vraag|-1.65
p:ga je|bevelen|-0.88
p:ga je|waarschuwen|0.97
p:ga je|etiketteren|-0.89
p:ga naar|bevelen|0.95
p:ga naar|waarschuwen|-0.95
p:ga nu|bevelen|0.98
p:ga straks|vervolgafspraak|-1.57
p:ga straks|bedanken|-1.0
p:ga verder|gevoelsreflectie|-0.99
p:ga verder|etiketteren|-0.96
p:ga zitten|bevelen|1.55
p:ga zitten|waarschuwen|0.66
p:ga zitten|afleiden|-0.99
p:gaan afronden|vervolgafspraak|-0.99
p:gaan afronden|bedanken|-1.71
p:gaan maar|jij-boodschap|0.7
p:gaan morgen|prijzen|-0.92
p:gaan praten|adviseren|0.94
p:gaan stoeien|ik-boodschap|0.81
p:gaapt en|samenvatting|-0.99
p:gaat ?|gevoelsreflectie|-0.84
p:gaat ?|samenvatting|-0.99
p:gaat ?|ondervragen|-1.0
p:gaat ?|vervolgafspraak|-1.0
p:gaat ?|bedanken|-0.99
p:gaat bedankt|samenvatting|0.99
p:gaat bedankt|bedanken|0.99
p:gaat dank|samenvatting|-0.93
p:gaat dat|parafrase|0.91
p:gaat dat|gevoelsreflectie|-0.69
p:gaat dat|bevelen|-0.95
p:gaat dat|moraliseren|0.9
p:gaat dat|geruststellen|-0.95
p:gaat die|jij-boodschap|-0.99
p:gaat die|bevelen|-0.78
p:gaat die|geruststellen|0.99
p:gaat die|afleiden|-0.84
p:gaat echt|geruststellen|1.92
p:gaat eigenlijk|geruststellen|-0.99
p:gaat elke|samenvatting|0.75
p:gaat er|gevoelsreflectie|1.66
p:gaat eruit|aanmoediging|-0.99
p:gaat halen|gevoelsreflectie|-0.51
p:gaat het|gevoelsreflectie|0.99
p:gaat het|samenvatting|-1.04
p:gaat het|open-vraag|1.94
p:gaat het|waarschuwen|-1.0
p:gaat het|adviseren|-0.94
p:gaat het|argumenteren|-1.89
p:gaat het|bekritiseren|-0.98
p:gaat het|geruststellen|1.44
p:gaat het|afleiden|1.59
p:gaat hier|geruststellen|-0.73
p:gaat hij|waarschuwen|0.99
p:gaat hij|moraliseren|-0.99
p:gaat je|bevelen|0.99
p:gaat mee|bevelen|-0.74
p:gaat morgen|bevelen|0.64
p:gaat morgen|moraliseren|-0.9
p:gaat morgen|interpreteren|-0.9
p:gaat nu|geruststellen|-0.34
p:gaat om|ik-boodschap|-0.86
p:gaat om|samenvatting|0.11
p:gaat om|vervolgafspraak|-0.94
p:gaat thuis|samenvatting|-0.68
p:gaat toch|prijzen|0.77
p:gaat u|jij-boodschap|-0.98
p:gaat u|parafrase|-0.99
p:gaat u|gevoelsreflectie|0.84
p:gaat u|samenvatting|-0.92
p:gaat u|open-vraag|-0.99
p:gaat u|aanmoediging|0.99
p:gaat u|waarschuwen|0.96
p:gaat u|bekritiseren|-1.9
p:gaat u|ondervragen|-0.86
p:gaat vanaf|waarschuwen|-0.86
p:gaat vanmiddag|bevelen|1.75
p:gaat vanzelf|gevoelsreflectie|-0.99
p:gaat vanzelf|geruststellen|0.93
p:gaat vast|parafrase|-0.97
p:gaat vast|vervolgafspraak|-0.81
p:gaat vooral|jij-boodschap|-0.91
p:gaat vooral|samenvatting|0.91
p:gaat werken|prijzen|-0.97
p:gaat zitten|gevoelsreflectie|-0.89
p:gaat zitten|open-vraag|-1.0
p:gaat zitten|afleiden|-0.99
p:gaat zo|bedanken|-0.91
p:gaf aan|ik-boodschap|-0.99
p:gaf aan|jij-boodschap|-0.93
p:gaf aan|open-vraag|0.93
p:gaf aan|bekritiseren|-0.93
p:gamen ?|jij-boodschap|-0.22
p:gamen ?|parafrase|-0.97
p:gamen ?|bekritiseren|0.97
p:gamen terwijl|moraliseren|0.96
p:gamen terwijl|afleiden|-0.96
p:gamet als|adviseren|0.91
p:gamet als|bekritiseren|0.91
p:gang gaan|bevelen|-0.91
p:gang gaan|bekritiseren|-0.92
p:gang tegen|open-vraag|-0.59
p:gapen misschien|ik-boodschap|0.96
p:gapen misschien|moraliseren|-0.87
p:gaten hij|samenvatting|0.92
p:gaten hij|bedanken|0.69
p:gaten houden|bevelen|0.98
p:gebeld heeft|parafrase|0.83
p:gebeld heeft|open-vraag|-0.99
p:gebeld over|vervolgafspraak|-0.97
p:gebeurd ?|open-vraag|0.92
p:gebeurd ?|bekritiseren|-0.91
p:gebeurd ?|geruststellen|0.92
p:gebeurd ?|ondervragen|-0.96
p:gebeurd hoe|ik-boodschap|0.93
p:gebeurde ?|afleiden|-0.96
p:gebeurde er|moraliseren|-1.0
p:gebeuren ?|waarschuwen|-1.0
p:gebeuren hoor|geruststellen|0.97
p:gebeurt als|jij-boodschap|-0.92
p:gebeurt als|samenvatting|-0.91
p:gebeurt als|moraliseren|-0.93
p:gebeurt als|bekritiseren|-0.14
p:gebeurt ga|jij-boodschap|0.97
p:gebeurt ga|waarschuwen|0.97
p:gebeurt ga|bekritiseren|0.97
p:gebeurt iedereen|argumenteren|-0.96
p:gebeurt iedereen|geruststellen|0.68
p:gebeurt iedereen|afleiden|-0.68
p:gebeurt vooral|parafrase|-0.99
p:gebeurt vooral|samenvatting|0.99
p:gebouw al|afleiden|0.98
p:gebracht werd|samenvatting|-0.92
p:gebruiken ?|open-vraag|-1.55
p:gecontroleerd ?|ondervragen|0.96
p:gedaan noor|waarschuwen|-0.98
p:gedaan vandaag|ik-boodschap|-1.0
p:gedaan vandaag|bevelen|-1.0
p:gedoe in|parafrase|0.97
p:gedoe in|bekritiseren|-0.97
p:gedoe in|geruststellen|-0.83
p:gedoe in|afleiden|0.97
p:gedoe komt|open-vraag|-1.65
p:gedoe komt|afleiden|0.99
p:gedraagt tegenover|jij-boodschap|1.0
p:gedraagt tegenover|gevoelsreflectie|-1.0
p:gedraagt tegenover|bekritiseren|1.0
p:gedrag als|waarschuwen|0.84
p:gedrag en|samenvatting|1.0
p:gedrag in|ik-boodschap|-0.86
p:gedrag in|samenvatting|-0.86
p:gedrag in|argumenteren|-0.96
p:gedrag komt|interpreteren|0.99
p:gedrag van|bekritiseren|-0.97
p:gedrag van|geruststellen|-0.97
p:geduldige moeder|etiketteren|-0.91
p:geef mij|waarschuwen|-0.83
p:geeft aan|parafrase|0.91
p:geeft aan|gevoelsreflectie|-0.69
p:geeft hem|bekritiseren|0.7
p:geeft u|bevelen|0.86
p:geen antwoord|ik-boodschap|0.99
p:geen antwoord|argumenteren|-0.71
p:geen cijfer|ik-boodschap|0.98
p:geen cijfer|bekritiseren|-0.84
p:geen drama|afleiden|0.99
p:geen enkel|jij-boodschap|1.81
p:geen enkel|moraliseren|-0.98
p:geen enkel|bekritiseren|1.66
p:geen enkele|ik-boodschap|1.95
p:geen enkele|jij-boodschap|-2.64
p:geen enkele|bekritiseren|-0.46
p:geen goede|moraliseren|-0.93
p:geen handige|bekritiseren|0.84
p:geen herkansing|gevoelsreflectie|0.92
p:geen herkansing|argumenteren|0.7
p:geen herkansing|vervolgafspraak|0.76
p:geen idee|ik-boodschap|0.83
p:geen idee|jij-boodschap|-0.84
p:geen idee|afronding-aankondigen|-0.98
p:geen lessen|waarschuwen|-1.0
p:geen lessen|prijzen|-1.0
p:geen manier|bekritiseren|0.76
p:geen moeite|bekritiseren|-3.36
p:geen probleem|bekritiseren|-0.28
p:geen probleem|prijzen|0.95
p:geen ramp|argumenteren|-0.88
p:geen ruimte|ik-boodschap|-0.95
p:geen ruimte|bekritiseren|0.69
p:geen stress|etiketteren|-0.99
p:geen stress|geruststellen|0.99
p:geen stress|afleiden|-0.99
p:geen telefoons|bevelen|0.87
p:geen tijd|ik-boodschap|-0.72
p:geen toetsen|ik-boodschap|0.91
p:geen toetsen|jij-boodschap|-0.86
p:geen toetsen|bekritiseren|-0.86
p:geen voldoende|argumenteren|1.74
p:geen voldoende|geruststellen|-0.71
p:geen werk|open-vraag|-0.96
p:geen werk|moraliseren|-0.96
p:geen zin|jij-boodschap|0.87
p:geen zin|bekritiseren|1.21
p:geen zorgen|ik-boodschap|-1.82
p:geen zorgen|gevoelsreflectie|-0.99
p:geen zorgen|samenvatting|-0.86
p:geen zorgen|open-vraag|0.92
p:geen zorgen|bevelen|-0.97
p:geen zorgen|adviseren|-0.19
p:geen zorgen|etiketteren|-0.97
p:geen zorgen|geruststellen|0.92
p:gegaan ?|ik-boodschap|-0.99
p:gegeven ?|ondervragen|0.95
p:gehad dus|ik-boodschap|0.76
p:gehad hebt|gevoelsreflectie|0.87
p:gehad over|jij-boodschap|-0.95
p:gehad over|samenvatting|0.6
p:gehad over|bekritiseren|-0.91
p:gehad over|afleiden|-0.83
p:gehad over|bedanken|-0.68
p:gehoord merk|ik-boodschap|-1.0
p:gehoord merk|parafrase|-1.0
p:gehoord merk|gevoelsreflectie|1.0
p:gekeken naar|jij-boodschap|0.7
p:gekomen ?|ondervragen|0.98
p:gekomen bent|gevoelsreflectie|-0.83
p:gekomen bent|bedanken|0.97
p:gekomen en|ik-boodschap|0.97
p:gekomen en|jij-boodschap|-0.97
p:gekomen en|argumenteren|-0.97
p:gekomen en|bekritiseren|-0.97
p:gekomen is|samenvatting|0.94
p:gekomen is|vervolgafspraak|0.94
p:gekopieerd was|open-vraag|-0.98
p:gekozen als|parafrase|-0.99
p:gekozen als|open-vraag|-1.86
p:gekwetst omdat|parafrase|0.94
p:gekwetst omdat|interpreteren|-0.94
p:gelaten en|gevoelsreflectie|0.97
p:gelezen ?|ondervragen|0.96
p:gelezen en|jij-boodschap|0.95
p:gelezen en|gevoelsreflectie|-0.85
p:gelezen en|bekritiseren|0.85
p:gelijk en|jij-boodschap|-0.73
p:gelijk en|parafrase|0.9
p:gelijk en|argumenteren|0.9
p:gelijk heeft|jij-boodschap|-0.95
p:gelijk heeft|bekritiseren|-0.95
p:geloof ik|ik-boodschap|-0.88
p:gelopen is|jij-boodschap|-0.71
p:gelopen is|gevoelsreflectie|0.99
p:gemaakt ?|ondervragen|1.0
p:gemaakt maar|parafrase|0.97
p:gemaakt maar|bekritiseren|-0.97
p:gemeld ?|gevoelsreflectie|0.71
p:gemeld en|ik-boodschap|-0.73
p:gemeld en|jij-boodschap|1.71
p:gemeld en|bekritiseren|0.98
p:gemeld op|ik-boodschap|1.0
p:gemengde leerweg|adviseren|-1.0
p:gemerkt dat|ik-boodschap|0.91
p:gemerkt dat|jij-boodschap|-0.86
p:gemerkt dat|parafrase|-1.0
p:gemerkt dat|bekritiseren|-0.86
p:gemerkt de|open-vraag|1.0
p:gemiddeld een|parafrase|0.94
p:gemiddeld een|argumenteren|0.94
p:gemiddeld voor|argumenteren|-0.95
p:gemiddeld zo|argumenteren|0.97
p:gemiddelde voor|ik-boodschap|0.96
p:gemiddelde voor|jij-boodschap|-0.96
p:gemiddelde voor|bekritiseren|-0.96
p:gemist hebt|jij-boodschap|0.93
p:gemist hebt|bekritiseren|0.93
p:gemist waardoor|ik-boodschap|0.91
p:gemotiveerd meneer|bekritiseren|-0.75
p:genegeerd voelt|samenvatting|-0.94
p:genomen door|geruststellen|-0.92
p:genomen voelt|adviseren|-1.0
p:gepest bent|interpreteren|0.98
p:geprobeerd om|jij-boodschap|-1.0
p:geprobeerd om|adviseren|1.0
p:geprobeerd om|afleiden|-1.0
p:geprobeerd om|vervolgafspraak|-1.0
p:geraakt dat|ik-boodschap|0.94
p:gereageerd ?|ondervragen|-0.96
p:gereageerd op|jij-boodschap|-0.96
p:gerust de|geruststellen|0.84
p:gerust even|aanmoediging|0.96
p:gerust op|ik-boodschap|-0.91
p:gerust wat|adviseren|0.86
p:geschrokken bent|argumenteren|0.68
p:geschrokken bent|afleiden|-0.95
p:geschrokken dat|open-vraag|0.99
p:geschrokken hoe|prijzen|-0.76
p:geschrokken van|ik-boodschap|0.93
p:gesprek ?|gevoelsreflectie|-0.92
p:gesprek ?|vervolgafspraak|0.91
p:gesprek dan|vervolgafspraak|-0.74
p:gesprek hebben|afronding-aankondigen|-0.98
p:gesprek helaas|ik-boodschap|-1.0
p:gesprek helaas|gevoelsreflectie|-1.0
p:gesprek helaas|afronding-aankondigen|1.0
p:gesprek hier|samenvatting|0.92
p:gesprek hier|afronding-aankondigen|1.9
p:gesprek hier|bedanken|0.69
p:gesprek ik|afronding-aankondigen|-0.97
p:gesprek ik|bedanken|0.64
p:gesprek in|gevoelsreflectie|0.92
p:gesprek in|adviseren|-0.97
p:gesprek in|vervolgafspraak|1.75
p:gesprek met|gevoelsreflectie|0.92
p:gesprek met|afronding-aankondigen|-0.92
p:gesprek niet|aanmoediging|-0.96
p:gesprek nu|bevelen|-0.99
p:gesprek nu|afronding-aankondigen|0.98
p:gesprek nu|vervolgafspraak|0.75
p:gesprek opstaat|ik-boodschap|0.99
p:gesprek opstaat|vervolgafspraak|-0.99
p:gesprek plannen|jij-boodschap|-1.67
p:gesprek plannen|bekritiseren|-0.95
p:gesprek plannen|ondervragen|0.95
p:gesprek was|bekritiseren|-0.74
p:gesprek was|etiketteren|-0.65
p:gesprek weet|open-vraag|-0.99
p:gesproken wat|afleiden|0.92
p:gestrest bent|adviseren|0.83
p:getik anders|jij-boodschap|-0.86
p:geven hem|bekritiseren|0.18
p:geven ook|moraliseren|0.98
p:geven ook|afleiden|-0.98
p:geven voor|ik-boodschap|0.98
p:gevoel dat|gevoelsreflectie|-0.86
p:gevoel heeft|bedanken|-0.96
p:gevolgen hebben|moraliseren|0.95
p:gewaarschuwd bij|waarschuwen|0.87
p:geweest ik|aanmoediging|0.95
p:geweest voor|bedanken|-0.84
p:geweldig dat|adviseren|-0.96
p:geweldige inzet|bekritiseren|1.75
p:geweldige inzet|bedanken|-1.64
p:geweldige medewerking|waarschuwen|-1.0
p:geweldige medewerking|bekritiseren|1.0
p:geweldige medewerking|afleiden|-1.0
p:geweldige medewerking|bedanken|-1.61
p:gewend op|geruststellen|0.99
p:gewerkt dit|jij-boodschap|-0.76
p:gewerkt dit|bevelen|-0.99
p:gewerkt dit|bekritiseren|-0.88
p:gewogen gemiddeld|argumenteren|0.97
p:gewond raken|ik-boodschap|0.81
p:gewone schoolavond|gevoelsreflectie|-0.96
p:gewoon aan|adviseren|1.0
p:gewoon aan|argumenteren|-1.0
p:gewoon aan|bekritiseren|-1.0
p:gewoon aandacht|moraliseren|-0.72
p:gewoon achterin|bevelen|0.94
p:gewoon alles|etiketteren|-0.73
p:gewoon beter|bevelen|0.98
p:gewoon bij|moraliseren|-1.52
p:gewoon bij|afleiden|1.87
p:gewoon bovenop|ik-boodschap|-0.95
p:gewoon bovenop|bekritiseren|0.69
p:gewoon brutaal|bekritiseren|0.83
p:gewoon brutaal|etiketteren|-0.92
p:gewoon dat|argumenteren|0.96
p:gewoon de|argumenteren|1.0
p:gewoon de|bekritiseren|0.94
p:gewoon de|interpreteren|0.95
p:gewoon doordat|interpreteren|0.99
p:gewoon een|adviseren|-0.22
p:gewoon een|bekritiseren|-1.9
p:gewoon een|etiketteren|0.65
p:gewoon een|geruststellen|0.25
p:gewoon eerlijk|gevoelsreflectie|0.96
p:gewoon eerlijk|adviseren|0.96
p:gewoon elf|jij-boodschap|-0.73
p:gewoon elf|parafrase|0.9
p:gewoon elf|argumenteren|0.9
p:gewoon elke|adviseren|0.83
p:gewoon geen|jij-boodschap|1.81
p:gewoon geen|bekritiseren|-0.6
p:gewoon geen|interpreteren|-0.96
p:gewoon halen|jij-boodschap|-0.99
p:gewoon halen|bevelen|-0.78
p:gewoon halen|geruststellen|0.99
p:gewoon halen|afleiden|-0.84
p:gewoon helemaal|bekritiseren|-1.52
p:gewoon in|interpreteren|-0.93
p:gewoon innemen|gevoelsreflectie|-0.96
p:gewoon jaloers|interpreteren|1.0
p:gewoon je|jij-boodschap|0.94
p:gewoon je|samenvatting|-0.72
p:gewoon je|bevelen|-0.86
p:gewoon je|bekritiseren|1.24
p:gewoon laten|jij-boodschap|1.2
p:gewoon laten|bekritiseren|1.0
p:gewoon lui|jij-boodschap|0.81
p:gewoon lui|etiketteren|1.0
p:gewoon lui|interpreteren|0.98
p:gewoon maar|bevelen|-0.91
p:gewoon maar|bekritiseren|-1.79
p:gewoon met|adviseren|0.94
p:gewoon moeilijk|bekritiseren|-0.9
p:gewoon moeilijk|interpreteren|0.94
p:gewoon moeten|bekritiseren|0.77
p:gewoon naar|bevelen|1.75
p:gewoon naar|interpreteren|-0.98
p:gewoon niet|jij-boodschap|-1.85
p:gewoon niet|bevelen|-0.99
p:gewoon niet|moraliseren|1.85
p:gewoon niet|argumenteren|0.96
p:gewoon niet|bekritiseren|-0.78
p:gewoon niet|geruststellen|-0.97
p:gewoon niet|ondervragen|-0.97
p:gewoon niet|afleiden|-1.95
p:gewoon nooit|bekritiseren|0.91
p:gewoon omdat|interpreteren|0.93
p:gewoon ongeïnteresseerd|bekritiseren|-1.28
p:gewoon op|bevelen|-1.0
p:gewoon op|argumenteren|-1.0
p:gewoon schandalig|jij-boodschap|-0.94
p:gewoon smoesjes|bekritiseren|-1.75
p:gewoon stress|geruststellen|-0.97
p:gewoon te|bekritiseren|1.39
p:gewoon te|etiketteren|-0.24
p:gewoon verwend|jij-boodschap|0.97
p:gewoon verwend|interpreteren|-0.97
p:gewoon voorin|waarschuwen|-0.86
p:gewoon wat|bevelen|0.79
p:gewoon wat|moraliseren|0.48
p:gewoon wat|adviseren|-0.79
p:gewoon wat|geruststellen|1.03
p:gewoon weer|adviseren|-0.97
p:gewoon wegzetten|adviseren|0.91
p:gewoon wegzetten|bekritiseren|0.91
p:gewoon zo|prijzen|-1.0
p:geworden ?|ondervragen|-0.95
p:geworden door|jij-boodschap|0.81
p:geworden door|interpreteren|0.98
p:gezakt hoe|open-vraag|0.99
p:gezegd ?|ondervragen|0.91
p:gezegd ?|bedanken|-0.99
p:gezegd ben|geruststellen|-0.81
p:gezegd dat|argumenteren|-1.0
p:gezegd dat|bekritiseren|-1.0
p:gezegd een|ik-boodschap|-0.98
p:gezegd een|bevelen|-0.91
p:gezegd hebben|jij-boodschap|-1.0
p:gezegd hebben|samenvatting|1.0
p:gezegd hebben|bekritiseren|-1.0
p:gezegd hebben|afleiden|-1.0
p:gezegd niet|ik-boodschap|-0.91
p:gezegd stelt|jij-boodschap|1.0
p:gezegd stelt|bekritiseren|1.0
p:gezegd vind|ik-boodschap|-0.74
p:gezegd vind|bekritiseren|0.91
p:gezegd vond|ik-boodschap|1.0
p:gezegd word|ik-boodschap|0.97
p:gezegd word|jij-boodschap|-0.97
p:gezegd word|argumenteren|-0.97
p:gezegd word|bekritiseren|-0.97
p:gezien ?|afleiden|0.98
p:gezien begrijp|aanmoediging|-0.94
p:gezien begrijp|bekritiseren|-0.87
p:gezien dat|ik-boodschap|-0.97
p:gezien dat|jij-boodschap|-0.96
p:gezien dat|argumenteren|-0.94
p:gezien dat|bekritiseren|-0.96
p:gezien voelt|interpreteren|-0.94
p:gezien zegt|bekritiseren|-0.98
p:geïrriteerd bent|geruststellen|-0.91
p:gijs zijn|ik-boodschap|0.9
p:ging en|vervolgafspraak|-0.97
p:ging er|ik-boodschap|-0.92
p:ging hij|ondervragen|0.97
p:ging wist|samenvatting|-1.0
p:gisteren de|ik-boodschap|0.93
p:gisteren de|parafrase|-0.89
p:gisteren de|gevoelsreflectie|-0.75
p:gisteren de|samenvatting|-0.95
p:gisteren de|bekritiseren|-1.0
p:gisteren het|geruststellen|-0.99
p:gisteren met|ik-boodschap|0.94
p:gisteren niet|adviseren|-0.99
p:gisteren uit|ik-boodschap|0.95
p:goed ?|parafrase|-0.12
p:goed ?|open-vraag|-0.99
p:goed als|waarschuwen|-0.98
p:goed begeleiden|ik-boodschap|-0.82
p:goed begrijp|ik-boodschap|-1.72
p:goed begrijp|parafrase|1.98
p:goed bijhoudt|prijzen|1.0
p:goed daar|geruststellen|0.97
p:goed dat|parafrase|-0.99
p:goed doet|jij-boodschap|-0.98
p:goed gaat|gevoelsreflectie|-0.84
p:goed gedaan|ik-boodschap|-1.0
p:goed gedaan|bevelen|-1.0
p:goed heb|parafrase|0.79
p:goed heb|open-vraag|0.79
p:goed hoe|parafrase|-0.91
p:goed hoe|open-vraag|-1.82
p:goed hoe|afleiden|1.52
p:goed hoor|parafrase|1.0
p:goed hoor|gevoelsreflectie|1.94
p:goed hoor|waarschuwen|-1.0
p:goed hoor|etiketteren|-0.99
p:goed hoor|geruststellen|0.99
p:goed hoor|afleiden|-0.99
p:goed in|parafrase|-1.0
p:goed in|geruststellen|0.84
p:goed is|gevoelsreflectie|-1.0
p:goed laat|geruststellen|0.62
p:goed laten|samenvatting|-0.99
p:goed laten|interpreteren|-0.99
p:goed maar|samenvatting|-0.68
p:goed mee|bekritiseren|-0.28
p:goed mee|prijzen|0.95
p:goed naar|prijzen|-1.0
p:goed naar|geruststellen|-1.0
p:goed om|adviseren|-0.85
p:goed op|parafrase|-0.97
p:goed opgevoed|jij-boodschap|0.96
p:goed opgevoed|bekritiseren|0.96
p:goed punt|jij-boodschap|-0.7
p:goed snap|parafrase|0.99
p:goed te|jij-boodschap|0.7
p:goed u|parafrase|0.99
p:goed u|prijzen|0.77
p:goed verstaan|afronding-aankondigen|-1.0
p:goed vertalen|ik-boodschap|-0.96
p:goed verwoorden|bekritiseren|-0.92
p:goed volg|jij-boodschap|-1.0
p:goed volg|parafrase|1.0
p:goed voorstellen|open-vraag|-1.0
p:goed voorstellen|moraliseren|-1.0
p:goed voorstellen|vervolgafspraak|-1.0
p:goed zie|samenvatting|-0.98
p:goed zijn|moraliseren|0.87
p:goede cijfers|moraliseren|-0.93
p:goede ideeen|prijzen|0.94
p:goede leerling|waarschuwen|-1.0
p:goede moeder|gevoelsreflectie|-1.0
p:goede moeder|open-vraag|-1.0
p:goede moeder|prijzen|1.0
p:goede moeder|interpreteren|-1.0
p:goede ouder|moraliseren|1.0
p:goede ouder|etiketteren|-0.88
p:goede ouder|geruststellen|-1.0
p:goede ouder|ondervragen|-0.94
p:goede voorbeeld|moraliseren|0.98
p:goede voorbeeld|adviseren|-1.96
p:goede voorbeeld|afleiden|-0.98
p:goedemorgen fijn|jij-boodschap|-0.98
p:goedenavond meneer|aanmoediging|-0.91
p:goedenavond meneer|etiketteren|-0.76
p:graag anders|gevoelsreflectie|-1.0
p:graag een|parafrase|-0.94
p:graag iets|open-vraag|0.96
p:graag zien|open-vraag|0.79
p:grammatica overslaat|ik-boodschap|0.78
p:grapje dat|argumenteren|-1.0
p:grapjes maakt|ik-boodschap|-0.8
p:grapjes maakt|interpreteren|0.97
p:grappen maakt|interpreteren|-0.93
p:grens op|interpreteren|0.95
p:grenzen hoort|moraliseren|0.96
p:grenzen hoort|afleiden|-0.96
p:grijpen thuis|adviseren|0.91
p:grijpen thuis|bekritiseren|0.91
p:groep zeven|jij-boodschap|-0.92
p:groepje mag|adviseren|1.0
p:groepje mag|argumenteren|-1.0
p:groepje mag|bekritiseren|-1.0
p:groepsapp om|samenvatting|0.94
p:groepsapp om|open-vraag|0.94
p:groepsapp stelt|bekritiseren|-0.97
p:groepsapp stelt|geruststellen|-0.83
p:groepsapp stelt|afleiden|0.97
p:groepsopdracht steeds|ik-boodschap|0.99
p:groepsopdracht steeds|gevoelsreflectie|-0.89
p:groepsopdracht steeds|afleiden|-0.99
p:groningen toch|jij-boodschap|-0.85
p:grote held|etiketteren|0.95
p:grote held|afleiden|-0.95
p:grote mond|bekritiseren|0.56
p:gunt hem|bekritiseren|0.91
p:gym hebben|argumenteren|-0.98
p:gymdocent gaf|jij-boodschap|-0.93
p:gymdocent gaf|open-vraag|0.93
p:gymdocent gaf|bekritiseren|-0.93
p:gymkleren kwam|ik-boodschap|0.98
p:gymles is|ik-boodschap|0.93
p:gymles is|gevoelsreflectie|0.85
p:haal de|adviseren|0.78
p:haal hem|waarschuwen|-0.63
p:haal ik|bevelen|0.85
p:haal je|ik-boodschap|1.86
p:haalde gemiddeld|parafrase|0.94
p:haalde gemiddeld|argumenteren|0.94
p:haalt die|geruststellen|1.64
p:haalt geen|argumenteren|1.74
p:haalt geen|geruststellen|-0.71
p:haalt het|geruststellen|1.8
p:haalt hij|jij-boodschap|0.71
p:haalt hij|waarschuwen|-0.87
p:haalt hij|argumenteren|-0.7
p:haalt hij|geruststellen|0.29
p:haalt lage|samenvatting|0.97
p:haalt wel|etiketteren|-0.69
p:haalt weleens|afleiden|0.99
p:haar ?|ik-boodschap|0.93
p:haar ballon|samenvatting|-1.0
p:haar best|bekritiseren|0.29
p:haar cijfer|ik-boodschap|0.91
p:haar hoor|ondervragen|0.91
p:haar huiswerk|open-vraag|0.96
p:haar in|open-vraag|0.96
p:haar medicijnen|vervolgafspraak|0.81
p:haar naar|ik-boodschap|0.88
p:haar niet|ik-boodschap|-0.82
p:haar ook|waarschuwen|-0.98
p:haar op|bekritiseren|-2.22
p:haar oude|geruststellen|0.93
p:haar planning|bedanken|-0.78
p:haar profielwerkstuk|parafrase|-0.99
p:haar spullen|ik-boodschap|1.0
p:haar spullen|moraliseren|-1.0
p:haar spullen|vervolgafspraak|-1.0
p:haar telefoon|jij-boodschap|0.15
p:haar telefoon|open-vraag|-1.0
p:haar telefoon|bevelen|-0.99
p:haar telefoon|bekritiseren|-0.68
p:haar telefoon|interpreteren|-0.99
p:haar telefoon|vervolgafspraak|1.0
p:haar toekomst|adviseren|-0.98
p:haar toetsen|gevoelsreflectie|-0.98
p:haar veel|bekritiseren|-1.81
p:haar vragen|waarschuwen|-0.98
p:haar vriendinnen|ik-boodschap|-1.82
p:haar werkstuk|etiketteren|-0.99
p:haar zeggen|gevoelsreflectie|0.96
p:haar zeggen|adviseren|0.96
p:haar zo|interpreteren|0.98
p:haar zusje|interpreteren|1.0
p:had als|bekritiseren|0.95
p:had dat|bekritiseren|0.77
p:had er|ik-boodschap|-0.72
p:had gebeld|vervolgafspraak|-0.97
p:had gemaakt|parafrase|0.97
p:had gemaakt|bekritiseren|-0.97
p:had gewoon|jij-boodschap|-0.73
p:had gewoon|parafrase|0.9
p:had gewoon|argumenteren|0.9
p:had hij|ondervragen|0.97
p:had je|parafrase|0.99
p:had je|moraliseren|-0.85
p:had u|parafrase|-0.75
p:had u|open-vraag|-1.0
p:had u|prijzen|-1.0
p:had verwacht|jij-boodschap|-0.86
p:had verwacht|open-vraag|-0.8
p:hadden veel|bekritiseren|0.83
p:haha ja|afleiden|0.81
p:halen als|prijzen|0.97
p:halen is|bekritiseren|-0.96
p:halen let|jij-boodschap|-0.99
p:halen let|bevelen|-0.78
p:halen let|geruststellen|0.99
p:halen let|afleiden|-0.84
p:half een|ik-boodschap|-0.97
p:half een|afronding-aankondigen|0.97
p:half een|vervolgafspraak|0.97
p:half een|bedanken|0.54
p:half jaar|gevoelsreflectie|-0.7
p:half negen|samenvatting|0.92
p:half negen|bedanken|0.69
p:half uurtje|adviseren|0.83
p:halverwege het|ik-boodschap|0.99
p:halverwege het|vervolgafspraak|-0.99
p:hamza heeft|bekritiseren|-0.96
p:hand is|jij-boodschap|0.98
p:hand is|bekritiseren|0.98
p:hand is|geruststellen|-0.84
p:hand liep|argumenteren|-1.0
p:handige keuze|bekritiseren|0.84
p:hard gewerkt|jij-boodschap|-0.76
p:hard gewerkt|bevelen|-0.99
p:hard gewerkt|bekritiseren|-0.88
p:hard werkt|gevoelsreflectie|-0.98
p:hardop lezen|geruststellen|0.62
p:hassan welkom|aanmoediging|-0.91
p:hassan welkom|etiketteren|-0.76
p:havo ?|parafrase|0.99
p:havo kosten|waarschuwen|0.92
p:he maar|afleiden|0.81
p:heb alle|aanmoediging|0.91
p:heb alle|bevelen|-0.8
p:heb gemeld|ik-boodschap|-0.73
p:heb gemeld|jij-boodschap|1.71
p:heb gemeld|bekritiseren|0.98
p:heb gemerkt|ik-boodschap|0.91
p:heb gemerkt|jij-boodschap|-0.86
p:heb gemerkt|parafrase|-1.0
p:heb gemerkt|bekritiseren|-0.86
p:heb gezien|ik-boodschap|-0.97
p:heb gezien|jij-boodschap|-0.96
p:heb gezien|argumenteren|-0.94
p:heb gezien|bekritiseren|-0.96
p:heb het|ik-boodschap|-0.8
p:heb het|argumenteren|0.96
p:heb het|interpreteren|0.97
p:heb het|afleiden|-0.96
p:heb hier|argumenteren|0.97
p:heb ik|ik-boodschap|1.78
p:heb ik|waarschuwen|-0.95
p:heb ik|bekritiseren|-0.84
p:heb je|ik-boodschap|-0.96
p:heb je|parafrase|-0.99
p:heb je|open-vraag|-1.86
p:heb je|moraliseren|0.96
p:heb je|argumenteren|-0.96
p:heb je|ondervragen|0.95
p:heb niet|argumenteren|-1.0
p:heb niet|bekritiseren|-1.0
p:heb u|argumenteren|0.69
p:heb uw|jij-boodschap|0.95
p:heb uw|gevoelsreflectie|-0.85
p:heb uw|bekritiseren|0.85
p:heb vindt|parafrase|0.79
p:heb vindt|open-vraag|0.79
p:hebben ?|argumenteren|-0.98
p:hebben als|moraliseren|0.95
p:hebben besloten|geruststellen|-0.93
p:hebben daar|afleiden|0.59
p:hebben dezelfde|etiketteren|-0.96
p:hebben die|jij-boodschap|0.96
p:hebben die|bekritiseren|1.82
p:hebben een|etiketteren|-0.96
p:hebben een|geruststellen|1.71
p:hebben geen|jij-boodschap|-0.84
p:hebben heeft|afleiden|0.98
p:hebben het|jij-boodschap|-0.95
p:hebben het|samenvatting|0.6
p:hebben het|bekritiseren|-0.91
p:hebben het|afleiden|-0.83
p:hebben het|bedanken|-0.68
p:hebben jullie|afleiden|0.91
p:hebben meer|jij-boodschap|-1.0
p:hebben meer|samenvatting|1.0
p:hebben meer|bekritiseren|-1.0
p:hebben meer|afleiden|-1.0
p:hebben nog|moraliseren|-1.0
p:hebben nog|afleiden|1.0
p:hebben nu|ik-boodschap|-0.9
p:hebben nu|gevoelsreflectie|-1.0
p:hebben nu|samenvatting|1.0
p:hebben nu|open-vraag|-0.93
p:hebben nu|vervolgafspraak|-0.76
p:hebben over|samenvatting|-0.72
p:hebben structuur|afleiden|-0.29
p:hebben vandaag|samenvatting|-0.99
p:hebben vandaag|afleiden|-0.99
p:hebben vandaag|afronding-aankondigen|-0.99
p:hebben veel|bekritiseren|-0.98
p:hebben vorige|jij-boodschap|0.7
p:hebben wat|ondervragen|-1.0
p:hebben wat|afleiden|0.84
p:hebben we|bevelen|-1.0
p:hebben we|etiketteren|1.95
p:hebben we|afleiden|-0.95
p:hebben ze|geruststellen|-0.87
p:hebben ze|afleiden|0.94
p:hebt ?|jij-boodschap|0.93
p:hebt ?|bekritiseren|0.93
p:hebt de|ik-boodschap|0.76
p:hebt deze|gevoelsreflectie|-0.71
p:hebt deze|open-vraag|0.97
p:hebt echt|jij-boodschap|-0.76
p:hebt echt|bevelen|-0.99
p:hebt echt|bekritiseren|-0.88
p:hebt een|argumenteren|-0.95
p:hebt er|bevelen|-1.0
p:hebt er|bekritiseren|-1.26
p:hebt er|etiketteren|-1.0
p:hebt gedaan|waarschuwen|-0.98
p:hebt geslagen|prijzen|-1.0
p:hebt in|jij-boodschap|-0.94
p:hebt in|interpreteren|0.9
p:hebt je|ik-boodschap|1.0
p:hebt je|bekritiseren|0.99
p:hebt met|gevoelsreflectie|0.87
p:hebt nergens|jij-boodschap|0.95
p:hebt nergens|samenvatting|-0.95
p:hebt nergens|open-vraag|-0.95
p:hebt nergens|bekritiseren|0.95
p:hebt nu|waarschuwen|-0.98
p:hebt nu|bekritiseren|-0.47
p:hebt sara|gevoelsreflectie|0.49
p:hebt uitgelachen|ik-boodschap|1.62
p:hebt uitgelachen|gevoelsreflectie|-0.96
p:heeft altijd|jij-boodschap|-0.96
p:heeft altijd|prijzen|0.94
p:heeft begrijp|parafrase|0.83
p:heeft begrijp|open-vraag|-0.99
p:heeft bij|ik-boodschap|0.99
p:heeft daan|ondervragen|-0.96
p:heeft dat|geruststellen|0.83
p:heeft dat|afleiden|-0.83
p:heeft dat|bedanken|-1.95
p:heeft de|ik-boodschap|0.91
p:heeft de|parafrase|-0.99
p:heeft de|bekritiseren|-0.12
p:heeft die|jij-boodschap|0.94
p:heeft die|aanmoediging|-0.94
p:heeft die|bekritiseren|-1.69
p:heeft dus|gevoelsreflectie|-0.86
p:heeft een|argumenteren|-0.88
p:heeft een|bekritiseren|0.56
p:heeft er|jij-boodschap|0.96
p:heeft er|bekritiseren|1.05
p:heeft geen|moraliseren|-0.98
p:heeft geen|bekritiseren|0.98
p:heeft geen|afronding-aankondigen|-0.98
p:heeft gehouden|gevoelsreflectie|0.97
p:heeft gereageerd|bekritiseren|-0.84
p:heeft gezocht|jij-boodschap|-0.97
p:heeft gezocht|open-vraag|-0.71
p:heeft gisteren|geruststellen|-0.99
p:heeft helemaal|geruststellen|-0.67
p:heeft het|ik-boodschap|-1.0
p:heeft het|jij-boodschap|-0.13
p:heeft het|bevelen|-1.0
p:heeft het|argumenteren|0.97
p:heeft hij|samenvatting|-0.98
p:heeft ingegrepen|parafrase|0.96
p:heeft ingeleverd|ik-boodschap|0.96
p:heeft ingeleverd|jij-boodschap|-0.96
p:heeft ingeleverd|parafrase|-1.0
p:heeft ingeleverd|bekritiseren|-0.96
p:heeft ingeleverd|interpreteren|-0.97
p:heeft ingelicht|gevoelsreflectie|0.91
p:heeft kan|vervolgafspraak|0.95
p:heeft maar|jij-boodschap|0.79
p:heeft me|ik-boodschap|0.94
p:heeft meegedaan|jij-boodschap|-0.68
p:heeft meegenomen|geruststellen|-0.97
p:heeft met|ik-boodschap|-0.9
p:heeft met|gevoelsreflectie|-1.0
p:heeft naar|geruststellen|0.93
p:heeft ondernomen|bekritiseren|0.95
p:heeft op|jij-boodschap|1.81
p:heeft op|bekritiseren|0.68
p:heeft overal|jij-boodschap|1.0
p:heeft overal|adviseren|-1.0
p:heeft overal|bekritiseren|1.0
p:heeft ruben|afleiden|-0.98
p:heeft sem|etiketteren|-0.99
p:heeft sinds|ik-boodschap|0.99
p:heeft sinds|jij-boodschap|-0.99
p:heeft sinds|bekritiseren|-0.99
p:heeft teruggebeld|parafrase|-0.83
p:heeft u|ik-boodschap|-1.72
p:heeft u|jij-boodschap|-1.0
p:heeft u|parafrase|1.0
p:heeft u|gevoelsreflectie|0.71
p:heeft u|open-vraag|1.0
p:heeft u|bekritiseren|-0.91
p:heeft u|prijzen|-0.76
p:heeft u|ondervragen|1.83
p:heeft u|vervolgafspraak|-1.0
p:heeft u|bedanken|-0.99
p:heeft weinig|samenvatting|0.97
p:heeft zich|jij-boodschap|-0.91
p:heeft zijn|bekritiseren|0.76
p:heel alleen|jij-boodschap|-1.0
p:heel alleen|gevoelsreflectie|1.0
p:heel alleen|moraliseren|-1.0
p:heel alleen|bekritiseren|-1.0
p:heel behulpzaam|bekritiseren|0.97
p:heel behulpzaam|vervolgafspraak|-0.97
p:heel behulpzaam|bedanken|-2.5
p:heel behulpzame|etiketteren|-0.91
p:heel erg|afronding-aankondigen|-1.0
p:heel erg|bedanken|1.0
p:heel frustrerend|aanmoediging|-0.96
p:heel goed|gevoelsreflectie|-0.97
p:heel goed|bekritiseren|-0.97
p:heel goed|geruststellen|-0.24
p:heel hoofdstuk|waarschuwen|-0.99
p:heel machteloos|gevoelsreflectie|1.0
p:heel machteloos|argumenteren|-1.0
p:heel makkelijk|jij-boodschap|0.97
p:heel makkelijk|bekritiseren|1.7
p:heel makkelijk|geruststellen|-0.97
p:heel moeilijk|aanmoediging|-0.89
p:heel normaal|bekritiseren|-0.96
p:heel normaal|geruststellen|1.71
p:heel onbeleefd|jij-boodschap|1.0
p:heel onbeleefd|gevoelsreflectie|-1.0
p:heel onbeleefd|bekritiseren|1.0
p:heel onhandig|bekritiseren|0.98
p:heel serieus|jij-boodschap|-0.98
p:heel simpel|argumenteren|1.74
p:heel simpel|geruststellen|-0.71
p:heel veel|ik-boodschap|0.77
p:heel veel|geruststellen|0.93
p:heel veel|afleiden|-0.93
p:heel verdrietig|aanmoediging|0.95
p:heel vervelend|ik-boodschap|1.0
p:heel wijze|geruststellen|-0.82
p:heen ?|gevoelsreflectie|1.66
p:heen dus|vervolgafspraak|-0.99
p:heen praten|samenvatting|-0.83
p:heen toen|ik-boodschap|-0.92
p:heimwee heeft|geruststellen|0.93
p:hek afzet|bevelen|0.91
p:helaas beëindigen|ik-boodschap|-1.0
p:helaas beëindigen|gevoelsreflectie|-1.0
p:helaas beëindigen|afronding-aankondigen|1.0
p:held weer|etiketteren|0.95
p:held weer|afleiden|-0.95
p:hele klas|ik-boodschap|0.93
p:hele klas|jij-boodschap|0.24
p:hele klas|gevoelsreflectie|-0.75
p:hele klas|samenvatting|-0.95
p:hele klas|argumenteren|0.9
p:hele klas|bekritiseren|-1.01
p:hele les|bekritiseren|0.97
p:hele onrustige|open-vraag|-0.98
p:hele sectie|etiketteren|0.97
p:hele tijd|bevelen|1.0
p:hele tijd|bekritiseren|0.85
p:hele verhaal|bekritiseren|-0.75
p:hele week|vervolgafspraak|-0.97
p:helemaal beter|bekritiseren|-0.92
p:helemaal dichtklapt|gevoelsreflectie|0.98
p:helemaal dichtklapt|open-vraag|0.86
p:helemaal gehad|gevoelsreflectie|0.87
p:helemaal gewend|geruststellen|0.99
p:helemaal klaar|aanmoediging|-0.97
p:helemaal niets|open-vraag|-0.97
p:helemaal niets|bevelen|-1.0
p:helemaal niets|bekritiseren|0.55
p:helemaal niets|etiketteren|-1.0
p:helemaal niets|geruststellen|-0.67
p:helemaal niks|bekritiseren|-2.57
p:helemaal oké|jij-boodschap|0.81
p:helemaal oké|parafrase|-0.81
p:helemaal oké|bekritiseren|0.9
p:helft van|open-vraag|-0.98
p:helikopterouder weer|bevelen|-1.0
p:helikopterouder weer|etiketteren|1.0
p:helpen ?|etiketteren|-1.0
p:helpen ?|ondervragen|-1.0
p:helpen als|waarschuwen|-0.99
p:helpen als|moraliseren|-1.0
p:helpen als|adviseren|1.0
p:helpen en|open-vraag|0.96
p:helpen en|adviseren|-0.97
p:helpen met|bevelen|-0.99
p:helpen om|gevoelsreflectie|-0.71
p:helpen om|open-vraag|0.97
p:helpt ?|vervolgafspraak|0.81
p:helpt hem|bekritiseren|0.96
p:helpt vaak|adviseren|0.93
p:hem ?|parafrase|0.75
p:hem ?|gevoelsreflectie|0.99
p:hem af|ik-boodschap|-0.86
p:hem af|waarschuwen|0.91
p:hem afspreekt|adviseren|0.96
p:hem als|waarschuwen|1.0
p:hem als|adviseren|-1.0
p:hem als|afronding-aankondigen|-1.0
p:hem ben|bekritiseren|-0.98
p:hem bespreken|ik-boodschap|0.9
p:hem beter|adviseren|1.0
p:hem dan|bekritiseren|0.98
p:hem de|adviseren|0.93
p:hem dwingen|adviseren|-0.95
p:hem dwingen|bekritiseren|-0.85
p:hem een|waarschuwen|-0.98
p:hem een|moraliseren|-1.0
p:hem een|adviseren|1.0
p:hem elke|bevelen|-0.94
p:hem elke|prijzen|-0.94
p:hem gaat|jij-boodschap|1.71
p:hem gaat|bekritiseren|1.88
p:hem geen|ik-boodschap|-0.95
p:hem geen|bekritiseren|1.6
p:hem gerust|adviseren|0.86
p:hem gewoon|jij-boodschap|0.96
p:hem gewoon|bevelen|0.98
p:hem gewoon|adviseren|0.78
p:hem gewoon|bekritiseren|0.96
p:hem gewoon|etiketteren|-0.73
p:hem goed|geruststellen|0.84
p:hem helpen|bevelen|-0.99
p:hem hoor|adviseren|-0.83
p:hem in|bevelen|0.9
p:hem in|adviseren|1.0
p:hem in|argumenteren|-1.0
p:hem in|bekritiseren|-1.0
p:hem laten|adviseren|-0.98
p:hem laten|bekritiseren|-0.98
p:hem los|bekritiseren|-1.73
p:hem los|interpreteren|0.94
p:hem maar|adviseren|-0.97
p:hem maar|bekritiseren|0.87
p:hem maar|vervolgafspraak|-0.82
p:hem mee|gevoelsreflectie|-0.71
p:hem mee|open-vraag|0.97
p:hem minder|moraliseren|-0.92
p:hem morgen|interpreteren|-0.98
p:hem naar|ondervragen|-0.86
p:hem niet|open-vraag|0.6
p:hem niet|ondervragen|-0.97
p:hem nog|parafrase|-1.0
p:hem nog|bevelen|0.9
p:hem nooit|bekritiseren|-0.98
p:hem om|bevelen|0.91
p:hem op|samenvatting|-0.91
p:hem op|prijzen|0.94
p:hem over|samenvatting|0.99
p:hem over|bedanken|0.99
p:hem overal|jij-boodschap|-0.99
p:hem straks|waarschuwen|0.92
p:hem te|jij-boodschap|-0.83
p:hem te|bekritiseren|-0.47
p:hem te|bedanken|-0.99
p:hem thuis|ik-boodschap|-0.74
p:hem thuis|bevelen|-0.91
p:hem thuis|bekritiseren|-0.7
p:hem thuis|interpreteren|0.93
p:hem tot|moraliseren|0.96
p:hem tot|afleiden|-0.96
p:hem totaal|bekritiseren|0.96
p:hem u|adviseren|0.86
p:hem vandaag|waarschuwen|-0.63
p:hem veel|bekritiseren|1.33
p:hem voor|bekritiseren|-0.84
p:hem voortaan|bevelen|0.99
p:hem zo|jij-boodschap|-0.97
p:herfstvakantie geen|ik-boodschap|0.99
p:herfstvakantie geen|jij-boodschap|-1.67
p:herfstvakantie geen|bekritiseren|-0.99
p:herfstvakantie heb|bekritiseren|-0.84
p:herhalen en|open-vraag|0.87
p:herkansing en|gevoelsreflectie|0.92
p:herkansing en|vervolgafspraak|0.76
p:herkansing gemist|ik-boodschap|0.91
p:herkansing heus|geruststellen|1.64
p:herkansing was|parafrase|0.98
p:herkansing was|gevoelsreflectie|-0.98
p:herkansingen laten|waarschuwen|-0.98
p:herkansingen laten|bekritiseren|-0.47
p:het aan|aanmoediging|-0.95
p:het advies|adviseren|-1.0
p:het al|bekritiseren|0.93
p:het altijd|bekritiseren|-2.22
p:het bankje|bekritiseren|-0.54
p:het begin|jij-boodschap|-0.95
p:het begon|jij-boodschap|-0.91
p:het begon|parafrase|-0.23
p:het begon|samenvatting|1.9
p:het belangrijkste|gevoelsreflectie|-0.92
p:het besluit|bedanken|0.94
p:het best|jij-boodschap|-0.93
p:het best|adviseren|-1.0
p:het beste|samenvatting|-0.83
p:het beste|open-vraag|-0.72
p:het beste|interpreteren|-0.93
p:het blijven|afleiden|-0.98
p:het cijfer|jij-boodschap|-0.73
p:het cijfer|parafrase|1.88
p:het cijfer|argumenteren|0.9
p:het cijfer|bekritiseren|-0.96
p:het cijfer|vervolgafspraak|0.84
p:het contact|parafrase|0.79
p:het contact|open-vraag|0.79
p:het contact|vervolgafspraak|-0.94
p:het daar|argumenteren|-0.68
p:het daar|afleiden|0.98
p:het dat|jij-boodschap|0.94
p:het dat|bedanken|0.85
p:het derde|ik-boodschap|-0.1
p:het doet|ik-boodschap|1.63
p:het doet|bekritiseren|-0.54
p:het druk|jij-boodschap|0.79
p:het druk|bekritiseren|0.99
p:het echt|ik-boodschap|2.65
p:het een|argumenteren|-1.0
p:het een|afronding-aankondigen|-0.94
p:het eens|samenvatting|-0.99
p:het eens|afleiden|0.99
p:het eerst|argumenteren|-0.98
p:het eerste|gevoelsreflectie|-0.7
p:het eerste|vervolgafspraak|0.92
p:het eind|ik-boodschap|-0.86
p:het eind|waarschuwen|0.91
p:het einde|gevoelsreflectie|0.96
p:het einde|afleiden|0.96
p:het eng|gevoelsreflectie|0.96
p:het eng|adviseren|0.96
p:het er|gevoelsreflectie|-0.35
p:het erg|bekritiseren|-0.92
p:het erop|jij-boodschap|0.92
p:het erop|samenvatting|-0.8
p:het erop|bekritiseren|0.92
p:het even|parafrase|-0.99
p:het even|samenvatting|1.99
p:het even|interpreteren|-0.93
p:het even|bedanken|-0.78
p:het examenreglement|argumenteren|1.64
p:het feest|samenvatting|-1.0
p:het fijne|afronding-aankondigen|-0.93
p:het formulier|argumenteren|-0.89
p:het frustrerend|parafrase|-0.83
p:het gaat|ik-boodschap|-0.86
p:het gaat|jij-boodschap|-1.89
p:het gaat|gevoelsreflectie|-1.0
p:het gaat|samenvatting|-0.41
p:het gaat|aanmoediging|0.96
p:het gaat|bevelen|-0.99
p:het gaat|bekritiseren|-0.98
p:het gaat|geruststellen|-0.73
p:het gaat|vervolgafspraak|1.03
p:het gebeurt|parafrase|-0.99
p:het gebeurt|samenvatting|0.99
p:het gebracht|samenvatting|-0.92
p:het gecontroleerd|argumenteren|0.96
p:het gecontroleerd|afleiden|-0.96
p:het gedoe|parafrase|0.97
p:het gedrag|samenvatting|1.0
p:het gedrag|argumenteren|-0.96
p:het gehad|samenvatting|0.6
p:het gehad|afleiden|-0.83
p:het gehad|bedanken|-0.68
p:het gelopen|jij-boodschap|-0.71
p:het gelopen|gevoelsreflectie|0.99
p:het gesprek|gevoelsreflectie|-1.0
p:het gesprek|open-vraag|-0.99
p:het gesprek|aanmoediging|-0.96
p:het gesprek|bevelen|-0.99
p:het gesprek|afronding-aankondigen|1.97
p:het gesprek|vervolgafspraak|0.75
p:het gesprek|bedanken|1.33
p:het gevoel|gevoelsreflectie|-0.86
p:het gevoel|bedanken|-0.96
p:het gewoon|gevoelsreflectie|0.96
p:het gewoon|adviseren|0.96
p:het gewoon|interpreteren|0.94
p:het goed|ik-boodschap|-1.96
p:het goed|jij-boodschap|-0.28
p:het goed|parafrase|1.78
p:het goed|gevoelsreflectie|-1.84
p:het goed|samenvatting|-0.98
p:het goed|open-vraag|0.79
p:het goed|bevelen|-1.0
p:het goede|moraliseren|0.98
p:het goede|adviseren|-1.96
p:het goede|afleiden|-0.98
p:het goedkomt|geruststellen|0.86
p:het graag|parafrase|-0.79
p:het groepje|adviseren|1.0
p:het groepje|argumenteren|-1.0
p:het groepje|bekritiseren|-1.0
p:het hebben|samenvatting|-0.72
p:het heeft|ik-boodschap|0.94
p:het heel|ik-boodschap|1.0
p:het hek|bevelen|0.91
p:het hele|bekritiseren|-0.75
p:het helemaal|jij-boodschap|0.81
p:het helemaal|parafrase|-0.81
p:het helemaal|gevoelsreflectie|0.87
p:het helemaal|bekritiseren|0.9
p:het helpt|adviseren|0.93
p:het hier|open-vraag|-0.99
p:het hier|prijzen|-0.82
p:het hier|etiketteren|-0.97
p:het hier|afleiden|-0.87
p:het hier|afronding-aankondigen|2.85
p:het hier|vervolgafspraak|-0.78
p:het hier|bedanken|-0.67
p:het hierbij|samenvatting|0.84
p:het hierbij|afleiden|-0.53
p:het hierbij|vervolgafspraak|-0.93
p:het hierbij|bedanken|-0.24
p:het hoort|prijzen|-1.0
p:het huiswerk|samenvatting|0.91
p:het huiswerk|open-vraag|1.03
p:het huiswerk|bekritiseren|-0.97
p:het huiswerk|geruststellen|-0.97
p:het huiswerk|afleiden|-0.92
p:het idee|ik-boodschap|-0.8
p:het idee|interpreteren|0.97
p:het in|ik-boodschap|-0.97
p:het incident|jij-boodschap|-0.86
p:het interesseert|bekritiseren|0.52
p:het irritant|ik-boodschap|-0.95
p:het irritant|jij-boodschap|0.95
p:het irritant|bekritiseren|1.66
p:het is|ik-boodschap|-1.91
p:het is|samenvatting|-0.97
p:het is|moraliseren|1.04
p:het is|adviseren|-0.85
p:het is|bekritiseren|0.96
p:het is|afleiden|-1.0
p:het is|afronding-aankondigen|-0.94
p:het is|bedanken|-0.84
p:het jaar|geruststellen|-0.93
p:het jullie|interpreteren|1.0
p:het kamp|jij-boodschap|-0.91
p:het kamp|samenvatting|0.91
p:het kamp|ondervragen|-1.0
p:het kamp|afleiden|0.84
p:het kan|bekritiseren|0.87
p:het klopt|argumenteren|0.97
p:het klopt|geruststellen|-0.97
p:het komt|open-vraag|0.92
p:het komt|waarschuwen|-0.91
p:het komt|interpreteren|0.99
p:het komt|geruststellen|2.71
p:het komt|afleiden|-0.93
p:het laatste|ik-boodschap|-0.95
p:het laatste|jij-boodschap|0.95
p:het laatste|bekritiseren|1.66
p:het laatste|geruststellen|-0.99
p:het langst|moraliseren|0.9
p:het lastig|ik-boodschap|0.95
p:het lastig|gevoelsreflectie|-0.85
p:het leven|bevelen|-0.95
p:het leven|moraliseren|0.9
p:het leven|geruststellen|-0.95
p:het liever|ondervragen|-1.0
p:het liever|afleiden|0.84
p:het lijkt|aanmoediging|-0.96
p:het lijkt|geruststellen|0.73
p:het lokaal|ik-boodschap|-0.1
p:het maar|aanmoediging|1.76
p:het meedenken|bedanken|0.84
p:het meest|gevoelsreflectie|1.0
p:het meest|open-vraag|1.0
p:het meest|interpreteren|-1.0
p:het meest|afronding-aankondigen|-1.0
p:het met|jij-boodschap|1.71
p:het met|samenvatting|-0.99
p:het met|open-vraag|-0.93
p:het met|bekritiseren|0.89
p:het met|afleiden|0.99
p:het met|vervolgafspraak|-0.97
p:het mij|vervolgafspraak|0.99
p:het minste|moraliseren|0.96
p:het mis|jij-boodschap|-0.98
p:het mis|argumenteren|0.97
p:het mogelijk|bekritiseren|0.63
p:het niet|ik-boodschap|-0.8
p:het niet|jij-boodschap|1.0
p:het niet|parafrase|0.98
p:het niet|bekritiseren|1.0
p:het niet|interpreteren|0.97
p:het nieuwe|gevoelsreflectie|-0.99
p:het nieuwe|open-vraag|-1.62
p:het nieuwe|afleiden|1.82
p:het nieuws|afleiden|-0.98
p:het nog|samenvatting|0.97
p:het normaal|jij-boodschap|1.9
p:het normaal|parafrase|-0.98
p:het normaal|open-vraag|-0.87
p:het normaal|bekritiseren|1.9
p:het nu|ik-boodschap|0.93
p:het nu|jij-boodschap|-0.95
p:het nu|gevoelsreflectie|0.99
p:het nu|samenvatting|-0.93
p:het nu|bevelen|0.93
p:het nu|bekritiseren|-0.91
p:het nu|interpreteren|-0.97
p:het om|samenvatting|0.94
p:het om|open-vraag|0.94
p:het om|argumenteren|-0.89
p:het om|bekritiseren|0.41
p:het onrustig|parafrase|-0.94
p:het ook|argumenteren|0.95
p:het over|interpreteren|-0.99
p:het over|geruststellen|-0.87
p:het over|ondervragen|-1.0
p:het over|afleiden|0.53
p:het over|vervolgafspraak|-1.0
p:het pesten|vervolgafspraak|-0.94
p:het plannen|geruststellen|-0.98
p:het prima|jij-boodschap|1.66
p:het prima|parafrase|-0.97
p:het prima|adviseren|-0.94
p:het prima|bekritiseren|0.97
p:het prima|geruststellen|1.31
p:het probleem|bekritiseren|0.29
p:het programma|afleiden|-0.84
p:het protocol|argumenteren|-1.85
p:het pta|moraliseren|-0.85
p:het pta|argumenteren|1.0
p:het pta|bekritiseren|-1.0
p:het raakt|parafrase|-0.96
p:het raakt|waarschuwen|-0.91
p:het raakt|ondervragen|-0.91
p:het randje|waarschuwen|0.95
p:het rapport|ik-boodschap|0.77
p:het rapport|bekritiseren|-0.99
p:het redelijk|parafrase|-0.91
p:het reglement|moraliseren|-0.99
p:het reglement|argumenteren|0.99
p:het reglement|bekritiseren|-0.94
p:het rooster|ik-boodschap|-0.98
p:het rooster|parafrase|0.99
p:het rooster|prijzen|-0.98
p:het samenvat|parafrase|0.94
p:het samenvat|gevoelsreflectie|-0.97
p:het samenvat|samenvatting|0.63
p:het samenvat|open-vraag|-0.97
p:het schoolplein|ondervragen|-1.0
p:het schoolplein|afleiden|0.84
p:het schoolreisje|parafrase|0.97
p:het slapen|argumenteren|0.96
p:het slim|jij-boodschap|-0.78
p:het slim|gevoelsreflectie|1.0
p:het slim|open-vraag|-1.0
p:het slim|adviseren|1.0
p:het spannend|gevoelsreflectie|0.89
p:het spannend|open-vraag|0.99
p:het staat|moraliseren|-0.85
p:het staat|argumenteren|1.0
p:het staat|bekritiseren|-1.0
p:het storend|jij-boodschap|0.97
p:het storend|bekritiseren|1.8
p:het te|gevoelsreflectie|-0.97
p:het te|samenvatting|0.7
p:het te|open-vraag|-0.97
p:het te|interpreteren|0.93
p:het team|ik-boodschap|1.0
p:het team|bekritiseren|-0.92
p:het tegenovergestelde|jij-boodschap|1.0
p:het tegenovergestelde|bekritiseren|1.0
p:het tenminste|geruststellen|-0.87
p:het tenminste|afleiden|1.52
p:het thuis|jij-boodschap|-0.91
p:het thuis|open-vraag|1.0
p:het thuis|waarschuwen|-1.0
p:het thuis|bekritiseren|-0.99
p:het thuis|afleiden|-0.92
p:het toch|gevoelsreflectie|0.39
p:het trouwens|open-vraag|-0.96
p:het tweede|afronding-aankondigen|-0.95
p:het u|gevoelsreflectie|0.82
p:het u|bedanken|0.99
p:het uit|bevelen|0.86
p:het valt|ik-boodschap|-1.76
p:het valt|open-vraag|-1.0
p:het vast|waarschuwen|-0.98
p:het vast|argumenteren|-1.0
p:het vast|bekritiseren|-0.28
p:het vast|prijzen|1.79
p:het vast|geruststellen|1.0
p:het verschil|samenvatting|0.66
p:het verschil|open-vraag|0.66
p:het verzuim|samenvatting|1.0
p:het verzuim|argumenteren|-0.96
p:het verzuim|vervolgafspraak|-0.76
p:het via|parafrase|0.94
p:het via|interpreteren|-0.94
p:het volgende|waarschuwen|0.87
p:het volgende|vervolgafspraak|0.91
p:het volgens|open-vraag|0.96
p:het voor|waarschuwen|-0.94
p:het voor|bekritiseren|-0.99
p:het vooral|samenvatting|-0.66
p:het vooral|open-vraag|0.97
p:het voorstel|bekritiseren|-0.92
p:het was|bedanken|-1.0
p:het weekend|ik-boodschap|0.9
p:het weekend|ondervragen|0.96
p:het weekend|vervolgafspraak|-0.95
p:het weer|jij-boodschap|-1.0
p:het weer|samenvatting|-0.91
p:het weer|interpreteren|-1.0
p:het weer|afleiden|1.92
p:het weet|waarschuwen|0.94
p:het wel|open-vraag|0.96
p:het wel|waarschuwen|-0.87
p:het wel|bekritiseren|-0.77
p:het wel|interpreteren|-0.97
p:het wel|geruststellen|1.13
p:het werk|jij-boodschap|-0.98
p:het werkstuk|open-vraag|-0.98
p:het werkstuk|waarschuwen|0.98
p:het wijkteam|open-vraag|-0.94
p:het zelf|parafrase|-1.0
p:het zelf|gevoelsreflectie|0.85
p:het zelf|moraliseren|-1.0
p:het zelf|interpreteren|1.0
p:het zit|ik-boodschap|1.0
p:het zo|ik-boodschap|-0.8
p:het zo|jij-boodschap|0.71
p:het zo|samenvatting|-0.94
p:het zonde|ik-boodschap|0.84
p:het zorgelijk|bekritiseren|-0.89
p:het zou|waarschuwen|-0.99
p:het zou|moraliseren|-0.13
p:het zou|adviseren|1.0
p:hetzelfde punt|ik-boodschap|1.0
p:hetzelfde punt|afronding-aankondigen|1.0
p:heus niet|geruststellen|0.73
p:heus wel|geruststellen|0.65
p:hielp die|ik-boodschap|0.96
p:hielp met|ik-boodschap|0.74
p:hier af|etiketteren|-0.97
p:hier af|afronding-aankondigen|1.9
p:hier af|vervolgafspraak|-0.74
p:hier afronden|samenvatting|0.92
p:hier afronden|bedanken|0.69
p:hier de|argumenteren|0.97
p:hier eerlijk|ik-boodschap|-0.98
p:hier emotioneel|gevoelsreflectie|0.9
p:hier gewoon|jij-boodschap|0.94
p:hier gewoon|samenvatting|-0.72
p:hier gewoon|bevelen|-0.86
p:hier gewoon|bekritiseren|1.24
p:hier laten|afronding-aankondigen|0.95
p:hier laten|vervolgafspraak|0.95
p:hier laten|bedanken|-0.61
p:hier maar|afleiden|-0.87
p:hier maar|afronding-aankondigen|0.97
p:hier nu|vervolgafspraak|-0.96
p:hier om|geruststellen|-0.73
p:hier onzeker|ik-boodschap|-0.99
p:hier ook|bekritiseren|-0.81
p:hier samen|jij-boodschap|-0.97
p:hier samen|afronding-aankondigen|-0.97
p:hier stoppen|ik-boodschap|-0.99
p:hier stoppen|bedanken|-0.85
p:hier te|gevoelsreflectie|-1.0
p:hier voor|open-vraag|-0.99
p:hier voor|prijzen|-0.82
p:hier voor|afronding-aankondigen|0.93
p:hier voor|vervolgafspraak|-0.99
p:hier voor|bedanken|0.91
p:hierbij laten|samenvatting|0.84
p:hierbij laten|afleiden|-0.53
p:hierbij laten|vervolgafspraak|-0.93
p:hierbij laten|bedanken|-0.24
p:hierdoor kunnen|vervolgafspraak|-0.77
p:hiermee wegkomt|waarschuwen|0.99
p:hij 's|jij-boodschap|0.92
p:hij 's|parafrase|0.91
p:hij 's|bekritiseren|0.92
p:hij 14|argumenteren|0.96
p:hij ?|open-vraag|-1.0
p:hij ?|ondervragen|1.0
p:hij allemaal|ik-boodschap|0.84
p:hij begint|jij-boodschap|1.8
p:hij begint|bekritiseren|-0.95
p:hij bij|parafrase|0.99
p:hij bijles|vervolgafspraak|0.93
p:hij blijft|parafrase|-0.9
p:hij blijft|waarschuwen|-0.87
p:hij blijft|geruststellen|-0.67
p:hij dan|open-vraag|-1.0
p:hij dan|ondervragen|1.0
p:hij de|samenvatting|-0.98
p:hij de|open-vraag|-1.0
p:hij de|interpreteren|-0.97
p:hij de|vervolgafspraak|0.99
p:hij die|gevoelsreflectie|-0.92
p:hij dit|waarschuwen|-1.0
p:hij dit|moraliseren|0.95
p:hij dit|ondervragen|-1.0
p:hij doet|ik-boodschap|-1.0
p:hij doet|jij-boodschap|-1.98
p:hij doet|parafrase|-1.0
p:hij doet|gevoelsreflectie|-1.0
p:hij doet|bevelen|-0.98
p:hij doet|adviseren|-1.0
p:hij doet|bekritiseren|0.75
p:hij draait|adviseren|-0.97
p:hij een|samenvatting|0.87
p:hij een|bekritiseren|-0.96
p:hij eet|interpreteren|-0.93
p:hij eigenlijk|ondervragen|-1.0
p:hij eigenlijk|afleiden|0.84
p:hij elke|bevelen|0.99
p:hij gamet|adviseren|0.91
p:hij gamet|bekritiseren|0.91
p:hij geschorst|waarschuwen|0.86
p:hij gewoon|ik-boodschap|0.97
p:hij gewoon|jij-boodschap|-0.17
p:hij gewoon|argumenteren|-0.97
p:hij gewoon|bekritiseren|-0.97
p:hij gewoon|interpreteren|0.98
p:hij gewoon|afleiden|-0.98
p:hij gisteren|ik-boodschap|-0.77
p:hij gisteren|parafrase|-0.89
p:hij gisteren|bekritiseren|-1.0
p:hij haalt|samenvatting|0.97
p:hij haalt|geruststellen|0.98
p:hij had|jij-boodschap|-0.73
p:hij had|parafrase|0.9
p:hij had|argumenteren|0.9
p:hij heeft|jij-boodschap|0.96
p:hij heeft|samenvatting|0.97
p:hij heeft|aanmoediging|-0.94
p:hij heeft|bekritiseren|-0.12
p:hij heeft|afronding-aankondigen|-0.98
p:hij het|jij-boodschap|-1.92
p:hij het|waarschuwen|-0.87
p:hij het|geruststellen|-0.67
p:hij houdt|jij-boodschap|1.0
p:hij houdt|waarschuwen|-0.74
p:hij houdt|argumenteren|-1.0
p:hij houdt|bekritiseren|1.0
p:hij in|interpreteren|0.99
p:hij in|geruststellen|0.96
p:hij is|ik-boodschap|-0.97
p:hij is|jij-boodschap|-0.81
p:hij is|argumenteren|-0.94
p:hij is|bekritiseren|-1.6
p:hij is|interpreteren|0.96
p:hij is|geruststellen|0.97
p:hij kijkt|jij-boodschap|0.98
p:hij komt|jij-boodschap|-0.98
p:hij komt|moraliseren|-0.6
p:hij komt|vervolgafspraak|-1.85
p:hij kreeg|gevoelsreflectie|0.92
p:hij kreeg|vervolgafspraak|0.76
p:hij krijgt|samenvatting|0.92
p:hij krijgt|argumenteren|-0.9
p:hij krijgt|bedanken|0.69
p:hij lapt|jij-boodschap|0.7
p:hij lui|argumenteren|-1.0
p:hij lui|bekritiseren|-1.0
p:hij maakt|geruststellen|-1.0
p:hij meer|bekritiseren|-0.95
p:hij mist|parafrase|-1.97
p:hij mist|samenvatting|0.99
p:hij moet|waarschuwen|0.86
p:hij moet|geruststellen|0.97
p:hij naast|waarschuwen|-0.93
p:hij nauwelijks|ik-boodschap|1.0
p:hij niet|waarschuwen|1.91
p:hij niet|moraliseren|-0.99
p:hij niet|prijzen|-0.97
p:hij nog|interpreteren|0.93
p:hij nooit|jij-boodschap|-0.81
p:hij nu|bevelen|-0.98
p:hij nu|waarschuwen|-0.98
p:hij nu|argumenteren|0.98
p:hij nu|bekritiseren|0.96
p:hij om|jij-boodschap|1.66
p:hij om|parafrase|-0.97
p:hij om|bekritiseren|0.97
p:hij online|bekritiseren|0.31
p:hij onzeker|bekritiseren|-0.95
p:hij op|jij-boodschap|-0.84
p:hij op|parafrase|1.0
p:hij op|waarschuwen|-1.0
p:hij op|moraliseren|0.92
p:hij op|ondervragen|0.97
p:hij overstapt|parafrase|0.99
p:hij slaapt|parafrase|-0.98
p:hij slaapt|gevoelsreflectie|-0.97
p:hij slaapt|interpreteren|-0.93
p:hij staat|ik-boodschap|0.9
p:hij staat|argumenteren|0.86
p:hij steeds|afleiden|-0.98
p:hij stoer|jij-boodschap|-0.71
p:hij straks|samenvatting|-0.94
p:hij te|ik-boodschap|-0.93
p:hij thuis|gevoelsreflectie|0.98
p:hij thuis|samenvatting|-0.97
p:hij thuis|open-vraag|-0.14
p:hij thuis|bevelen|-0.99
p:hij thuis|waarschuwen|0.94
p:hij thuis|argumenteren|-0.68
p:hij thuis|geruststellen|-0.84
p:hij thuis|vervolgafspraak|-1.0
p:hij toch|moraliseren|0.9
p:hij van|waarschuwen|0.84
p:hij vastloopt|ik-boodschap|0.99
p:hij vastloopt|afleiden|-0.99
p:hij veel|jij-boodschap|-0.91
p:hij verveelt|interpreteren|0.93
p:hij voelt|samenvatting|1.65
p:hij voelt|open-vraag|0.66
p:hij volgend|waarschuwen|0.98
p:hij volgens|open-vraag|0.99
p:hij voor|afleiden|0.8
p:hij was|argumenteren|0.97
p:hij was|geruststellen|-0.97
p:hij wat|waarschuwen|-0.99
p:hij weer|parafrase|-0.98
p:hij weer|moraliseren|-0.93
p:hij weer|bekritiseren|-0.14
p:hij weinig|ik-boodschap|0.99
p:hij wil|jij-boodschap|-0.71
p:hij wil|prijzen|0.97
p:hij wil|etiketteren|-0.73
p:hij woensdag|bekritiseren|-0.28
p:hij woensdag|prijzen|0.95
p:hij wordt|parafrase|0.94
p:hij wordt|samenvatting|-0.94
p:hij zegt|interpreteren|-0.93
p:hij zich|ik-boodschap|-0.99
p:hij zich|jij-boodschap|0.97
p:hij zich|parafrase|0.99
p:hij zich|open-vraag|-0.83
p:hij zich|bevelen|0.98
p:hij zich|waarschuwen|-1.0
p:hij zich|bekritiseren|1.7
p:hij zich|interpreteren|-0.94
p:hij zich|geruststellen|-0.97
p:hij zich|ondervragen|-1.0
p:hij zich|vervolgafspraak|-0.82
p:hij zijn|ik-boodschap|-0.99
p:hij zijn|jij-boodschap|0.71
p:hij zijn|waarschuwen|0.99
p:hij zijn|moraliseren|-0.99
p:hij zijn|bekritiseren|0.13
p:hij zit|geruststellen|-0.96
p:hij zit|ondervragen|-1.0
p:hij zitten|waarschuwen|0.98
p:hij zitten|prijzen|-0.97
p:hij zitten|geruststellen|-0.95
p:hij zo|samenvatting|-0.94
p:hij zo|argumenteren|-0.7
p:hm en|samenvatting|-0.56
p:hm hm|samenvatting|-0.56
p:hoe bevalt|gevoelsreflectie|-0.99
p:hoe bevalt|open-vraag|-1.62
p:hoe bevalt|afleiden|0.84
p:hoe dan|afleiden|0.91
p:hoe dat|parafrase|-0.91
p:hoe de|ik-boodschap|-0.95
p:hoe de|samenvatting|0.95
p:hoe denkt|ik-boodschap|-1.0
p:hoe denkt|jij-boodschap|-1.0
p:hoe en|gevoelsreflectie|-0.97
p:hoe en|samenvatting|0.7
p:hoe en|open-vraag|-0.97
p:hoe gaat|gevoelsreflectie|1.14
p:hoe gaat|samenvatting|-1.99
p:hoe gaat|open-vraag|1.0
p:hoe gaat|bekritiseren|-0.98
p:hoe heeft|prijzen|-0.76
p:hoe heeft|ondervragen|-0.96
p:hoe heeft|afleiden|-0.98
p:hoe het|jij-boodschap|1.0
p:hoe het|samenvatting|0.17
p:hoe het|open-vraag|-0.93
p:hoe het|bevelen|-0.99
p:hoe het|bekritiseren|1.88
p:hoe het|vervolgafspraak|1.0
p:hoe is|ik-boodschap|0.93
p:hoe is|open-vraag|1.59
p:hoe is|bekritiseren|0.63
p:hoe kan|jij-boodschap|0.94
p:hoe kevin|ik-boodschap|0.96
p:hoe kijk|open-vraag|0.87
p:hoe kijkt|jij-boodschap|-0.93
p:hoe kijkt|gevoelsreflectie|-0.7
p:hoe kijkt|open-vraag|0.93
p:hoe kijkt|aanmoediging|-0.99
p:hoe kijkt|bekritiseren|-0.93
p:hoe komt|open-vraag|0.96
p:hoe kunnen|open-vraag|0.99
p:hoe kwam|parafrase|0.97
p:hoe kwam|bekritiseren|-0.97
p:hoe laat|open-vraag|-1.0
p:hoe laat|moraliseren|1.0
p:hoe laat|adviseren|-0.91
p:hoe laat|ondervragen|1.0
p:hoe laat|afleiden|-0.91
p:hoe merkt|ik-boodschap|0.99
p:hoe merkt|open-vraag|0.99
p:hoe reageert|ondervragen|-1.0
p:hoe reageert|vervolgafspraak|-1.0
p:hoe trots|jij-boodschap|-0.84
p:hoe u|prijzen|0.93
p:hoe voel|open-vraag|1.0
p:hoe voel|adviseren|-1.0
p:hoe was|open-vraag|-1.82
p:hoe was|afleiden|1.52
p:hoe ziet|gevoelsreflectie|-0.96
p:hoe ziet|open-vraag|0.82
p:hoe ziet|bevelen|-0.99
p:hoe zou|gevoelsreflectie|-0.84
p:hoe zou|open-vraag|0.79
p:hoeft je|adviseren|-0.97
p:hoeft niet|geruststellen|0.96
p:hoeft u|waarschuwen|-1.0
p:hoeft u|moraliseren|-0.9
p:hoeft u|argumenteren|-0.96
p:hoeft u|afleiden|1.05
p:hoeveel uren|jij-boodschap|0.93
p:hoeveel uren|bekritiseren|0.93
p:hoezo was|ondervragen|0.91
p:hoi bram|jij-boodschap|-0.94
p:hoi bram|bekritiseren|-0.76
p:hoi bram|prijzen|-0.94
p:hoi ga|bevelen|-1.84
p:hond ?|open-vraag|-0.96
p:hoofd nooit|bekritiseren|0.98
p:hoofd op|samenvatting|-0.99
p:hoofd op|open-vraag|-0.99
p:hoofdstuk achter|waarschuwen|-0.99
p:hoog omdat|interpreteren|1.0
p:hoogte ?|ondervragen|0.91
p:hoogte heeft|gevoelsreflectie|0.97
p:hoogte is|parafrase|-0.97
p:hoogte te|samenvatting|-0.97
p:hoogte te|moraliseren|0.99
p:hoogte volgende|samenvatting|0.99
p:hoogte volgende|bedanken|0.99
p:hoor bent|gevoelsreflectie|0.97
p:hoor daar|etiketteren|0.95
p:hoor daar|afleiden|-0.95
p:hoor dat|ik-boodschap|-0.96
p:hoor dat|gevoelsreflectie|0.85
p:hoor dat|samenvatting|-0.92
p:hoor dat|open-vraag|0.11
p:hoor dat|aanmoediging|-1.91
p:hoor dat|argumenteren|-0.96
p:hoor dat|bekritiseren|-0.99
p:hoor dat|geruststellen|0.28
p:hoor dat|afleiden|-0.68
p:hoor gaat|parafrase|1.0
p:hoor gaat|waarschuwen|-1.0
p:hoor geen|etiketteren|-0.99
p:hoor geen|geruststellen|0.99
p:hoor geen|afleiden|-0.99
p:hoor hoe|prijzen|0.93
p:hoor ik|gevoelsreflectie|0.71
p:hoor ik|aanmoediging|0.91
p:hoor ik|bevelen|-0.8
p:hoor ik|ondervragen|0.91
p:hoor is|open-vraag|-0.91
p:hoor is|bevelen|-0.84
p:hoor je|moraliseren|1.56
p:hoor je|argumenteren|0.97
p:hoor je|vervolgafspraak|-0.97
p:hoor u|gevoelsreflectie|-0.97
p:hoor u|samenvatting|-0.97
p:hoor u|aanmoediging|0.94
p:hoor volgens|argumenteren|0.94
p:hoort alleen|bekritiseren|-1.79
p:hoort als|adviseren|-0.99
p:hoort bij|bevelen|-0.99
p:hoort bij|moraliseren|-0.99
p:hoort bij|afleiden|-0.84
p:hoort een|moraliseren|0.99
p:hoort er|moraliseren|0.8
p:hoort gewoon|moraliseren|-1.52
p:hoort gewoon|prijzen|-1.0
p:hoort gewoon|afleiden|1.87
p:hoort je|waarschuwen|-0.98
p:hoort je|bekritiseren|-0.98
p:hoort nu|argumenteren|-1.94
p:hoort nu|geruststellen|-0.96
p:hoort nu|afleiden|0.97
p:hoort om|gevoelsreflectie|-0.92
p:hoort te|jij-boodschap|-0.6
p:hoort te|moraliseren|0.96
p:hoort te|afleiden|-0.96
p:hoort u|moraliseren|1.0
p:hoort u|prijzen|-0.99
p:horen dat|ik-boodschap|1.0
p:horen hoe|gevoelsreflectie|-1.0
p:horen hoe|samenvatting|-0.93
p:horen hoe|adviseren|0.97
p:horen hoe|vervolgafspraak|1.97
p:horen hun|bevelen|-1.0
p:horen hun|argumenteren|-1.0
p:horen op|moraliseren|0.99
p:hou daar|bevelen|1.0
p:hou daar|bekritiseren|0.85
p:houd de|samenvatting|0.99
p:houd de|bedanken|0.99
p:houden anders|waarschuwen|0.86
p:houden contact|aanmoediging|-0.99
p:houden het|afronding-aankondigen|-0.94
p:houden zijn|samenvatting|0.92
p:houden zijn|bedanken|0.69
p:houding van|bekritiseren|0.96
p:houdt heb|ik-boodschap|0.83
p:houdt hem|geruststellen|0.84
p:houdt hoe|jij-boodschap|-0.93
p:houdt hoe|open-vraag|0.93
p:houdt hoe|bekritiseren|-0.93
p:houdt mist|gevoelsreflectie|-1.0
p:houdt mist|vervolgafspraak|1.0
p:houdt moet|vervolgafspraak|-0.98
p:houdt zich|jij-boodschap|1.0
p:houdt zich|waarschuwen|-0.74
p:houdt zich|argumenteren|-1.0
p:houdt zich|bekritiseren|1.0
p:huilde in|interpreteren|-1.0
p:huis eigenlijk|gevoelsreflectie|-0.99
p:huis eigenlijk|open-vraag|-1.62
p:huis eigenlijk|afleiden|0.84
p:huis ging|samenvatting|-1.0
p:huis uit|moraliseren|0.99
p:huisarts kunnen|adviseren|1.0
p:huisarts kunnen|bekritiseren|-0.99
p:huisarts kunnen|interpreteren|-1.0
p:huisarts op|samenvatting|0.94
p:huisarts op|vervolgafspraak|0.94
p:huisarts te|adviseren|0.97
p:huiswerk ?|parafrase|-1.0
p:huiswerk ?|samenvatting|-1.0
p:huiswerk ?|open-vraag|1.0
p:huiswerk ?|afleiden|-0.92
p:huiswerk ?|vervolgafspraak|-0.95
p:huiswerk blijft|samenvatting|0.93
p:huiswerk blijft|open-vraag|-0.93
p:huiswerk dat|samenvatting|0.97
p:huiswerk de|open-vraag|-1.0
p:huiswerk gecontroleerd|ondervragen|0.96
p:huiswerk geen|moraliseren|-0.93
p:huiswerk gewoon|bekritiseren|-0.98
p:huiswerk maakt|bekritiseren|0.13
p:huiswerk maakt|ondervragen|-0.97
p:huiswerk maken|adviseren|0.97
p:huiswerk niet|ik-boodschap|0.77
p:huiswerk niet|open-vraag|0.96
p:huiswerk niet|adviseren|-0.93
p:huiswerk niet|ondervragen|1.0
p:huiswerk niet|afleiden|-0.99
p:huiswerk nooit|adviseren|0.98
p:huiswerk nooit|bekritiseren|0.98
p:huiswerk regelmatig|ik-boodschap|-0.99
p:huiswerk te|prijzen|1.0
p:huiswerk thuis|open-vraag|0.96
p:huiswerk wel|parafrase|0.97
p:huiswerk wel|bekritiseren|-0.97
p:huiswerk wel|geruststellen|-0.97
p:huiswerkbegeleiding ?|ondervragen|-0.97
p:huiswerkklas en|samenvatting|0.75
p:huiswerkklas gaan|ik-boodschap|-0.83
p:huiswerkopdracht ingeleverd|bekritiseren|-0.96
p:huiswerkopdracht ingelevert|ik-boodschap|0.99
p:huiswerkopdracht ingelevert|jij-boodschap|-0.99
p:huiswerkopdracht ingelevert|bekritiseren|-0.99
p:huiswerkritme er|prijzen|0.93
p:huiswerktijd afspreken|adviseren|0.97
p:huiswerktijd afspreken|vervolgafspraak|0.97
p:huiswerkuur in|adviseren|0.99
p:hun kind|bevelen|-1.0
p:hun kind|argumenteren|-1.0
p:hun telefoon|moraliseren|0.98
p:hun telefoon|afleiden|-0.98
p:hun vraag|ik-boodschap|1.52
p:hysterisch en|bevelen|2.54
p:hè ?|gevoelsreflectie|0.64
p:hé bram|afleiden|-0.93
p:idee dat|ik-boodschap|-0.8
p:idee dat|interpreteren|0.97
p:idee dat|afronding-aankondigen|-0.98
p:idee hoe|jij-boodschap|-0.84
p:idee of|ik-boodschap|0.83
p:ideeen dus|prijzen|0.94
p:iedereen een|argumenteren|0.99
p:iedereen haalt|etiketteren|-0.69
p:iedereen haalt|afleiden|0.99
p:iedereen hetzelfde|moraliseren|-0.96
p:iedereen is|jij-boodschap|0.95
p:iedereen is|samenvatting|-0.95
p:iedereen is|open-vraag|-0.95
p:iedereen is|bekritiseren|0.95
p:iedereen wel|argumenteren|-0.96
p:iedereen wel|geruststellen|-1.61
p:iedereen wel|afleiden|0.51
p:iemand anders|samenvatting|0.94
p:iemand anders|bekritiseren|-0.94
p:iemand gewond|ik-boodschap|0.81
p:iemand hebt|prijzen|-1.0
p:iemand pijn|waarschuwen|-0.98
p:iemand thuis|ondervragen|0.97
p:iemand uitlachen|moraliseren|0.91
p:iemand uitschelden|jij-boodschap|-1.85
p:iemand uitschelden|moraliseren|1.85
p:iemand uitschelden|bekritiseren|-1.85
p:iets aan|waarschuwen|0.84
p:iets anders|waarschuwen|-0.97
p:iets anders|afleiden|1.0
p:iets heeft|bekritiseren|0.95
p:iets is|vervolgafspraak|0.99
p:iets meer|afleiden|-0.96
p:iets met|open-vraag|0.96
p:iets moois|geruststellen|-1.0
p:iets over|parafrase|-0.97
p:iets over|open-vraag|0.97
p:iets te|aanmoediging|-0.96
p:iets van|jij-boodschap|0.92
p:iets van|samenvatting|-0.8
p:iets van|bekritiseren|0.92
p:iets verkeerd|geruststellen|-0.79
p:iets vertellen|open-vraag|-0.99
p:ik alles|parafrase|-0.98
p:ik alles|samenvatting|0.97
p:ik app|vervolgafspraak|0.7
p:ik balen|gevoelsreflectie|-0.71
p:ik balen|open-vraag|0.97
p:ik begrijp|jij-boodschap|0.95
p:ik begrijp|parafrase|-0.83
p:ik begrijp|gevoelsreflectie|0.1
p:ik begrijp|aanmoediging|0.96
p:ik begrijp|argumenteren|0.68
p:ik begrijp|bekritiseren|0.85
p:ik begrijp|geruststellen|0.91
p:ik bel|ik-boodschap|-1.0
p:ik bel|gevoelsreflectie|-1.0
p:ik bel|samenvatting|-0.93
p:ik bel|waarschuwen|1.0
p:ik bel|adviseren|0.97
p:ik bel|vervolgafspraak|2.82
p:ik ben|ik-boodschap|1.84
p:ik ben|open-vraag|0.75
p:ik ben|bevelen|-0.89
p:ik ben|bedanken|0.99
p:ik breek|afronding-aankondigen|0.92
p:ik dat|ik-boodschap|0.26
p:ik dat|parafrase|0.83
p:ik dat|open-vraag|-0.99
p:ik dat|bevelen|0.91
p:ik dat|bekritiseren|0.91
p:ik de|ik-boodschap|-1.68
p:ik de|parafrase|1.0
p:ik de|open-vraag|0.21
p:ik de|bevelen|0.85
p:ik de|waarschuwen|1.99
p:ik de|argumenteren|-0.71
p:ik de|vervolgafspraak|-1.01
p:ik denk|ik-boodschap|-0.99
p:ik denk|jij-boodschap|0.85
p:ik denk|gevoelsreflectie|-0.27
p:ik denk|bekritiseren|1.91
p:ik denk|interpreteren|1.0
p:ik denk|geruststellen|0.93
p:ik denk|afleiden|-0.87
p:ik denk|afronding-aankondigen|0.97
p:ik die|parafrase|0.91
p:ik die|open-vraag|-0.87
p:ik die|bevelen|-1.0
p:ik die|waarschuwen|-1.0
p:ik die|adviseren|0.91
p:ik die|bekritiseren|0.91
p:ik dit|ik-boodschap|-0.73
p:ik dit|jij-boodschap|1.71
p:ik dit|bekritiseren|0.98
p:ik door|waarschuwen|-0.91
p:ik echt|ik-boodschap|1.62
p:ik echt|gevoelsreflectie|-0.96
p:ik echt|vervolgafspraak|-0.98
p:ik een|ik-boodschap|0.99
p:ik een|argumenteren|-0.71
p:ik een|geruststellen|-0.81
p:ik eens|parafrase|-0.99
p:ik eng|vervolgafspraak|-0.97
p:ik er|ik-boodschap|0.97
p:ik er|jij-boodschap|-0.97
p:ik er|argumenteren|-0.97
p:ik er|bekritiseren|-0.97
p:ik ga|vervolgafspraak|-1.76
p:ik ga|bedanken|-1.0
p:ik geen|ik-boodschap|0.83
p:ik geen|open-vraag|-0.96
p:ik geen|moraliseren|-0.96
p:ik gestrest|afronding-aankondigen|-1.0
p:ik haar|open-vraag|0.96
p:ik haar|waarschuwen|-0.98
p:ik heb|ik-boodschap|-0.86
p:ik heb|jij-boodschap|-0.87
p:ik heb|parafrase|-1.0
p:ik heb|gevoelsreflectie|-0.85
p:ik heb|aanmoediging|0.91
p:ik heb|bevelen|-0.8
p:ik heb|argumenteren|0.69
p:ik heb|bekritiseren|-1.96
p:ik heb|interpreteren|0.97
p:ik heb|afleiden|-0.96
p:ik hem|ik-boodschap|-0.86
p:ik hem|open-vraag|0.6
p:ik hem|bevelen|1.8
p:ik hem|waarschuwen|0.91
p:ik hem|adviseren|-0.97
p:ik hem|bekritiseren|-0.84
p:ik het|ik-boodschap|1.0
p:ik het|parafrase|2.72
p:ik het|gevoelsreflectie|-0.97
p:ik het|open-vraag|-1.74
p:ik het|aanmoediging|-0.96
p:ik het|ondervragen|-1.0
p:ik het|afleiden|1.82
p:ik het|bedanken|-0.78
p:ik hoor|gevoelsreflectie|-0.11
p:ik hoor|samenvatting|-1.89
p:ik hoor|open-vraag|-0.8
p:ik hoor|bekritiseren|-0.99
p:ik hoor|geruststellen|-0.4
p:ik houd|samenvatting|0.99
p:ik houd|bedanken|0.99
p:ik jammer|ik-boodschap|1.0
p:ik jammer|samenvatting|-0.83
p:ik jammer|open-vraag|1.08
p:ik jammer|bevelen|-1.0
p:ik jammer|waarschuwen|-1.0
p:ik jammer|vervolgafspraak|0.97
p:ik je|open-vraag|-0.87
p:ik je|bevelen|-1.0
p:ik je|afronding-aankondigen|0.97
p:ik je|vervolgafspraak|1.9
p:ik je|bedanken|0.54
p:ik jou|ik-boodschap|-0.83
p:ik jullie|adviseren|0.91
p:ik jullie|bekritiseren|0.91
p:ik kan|ik-boodschap|-0.76
p:ik kan|parafrase|-1.0
p:ik kan|gevoelsreflectie|1.88
p:ik kan|open-vraag|-1.0
p:ik kan|moraliseren|-1.0
p:ik kan|geruststellen|-0.91
p:ik kan|vervolgafspraak|-1.0
p:ik laat|samenvatting|-0.95
p:ik lastig|ik-boodschap|0.99
p:ik lastig|open-vraag|-1.95
p:ik lastig|moraliseren|-0.96
p:ik lastig|argumenteren|-0.71
p:ik later|afleiden|1.0
p:ik luister|aanmoediging|1.91
p:ik maak|ik-boodschap|1.03
p:ik maak|jij-boodschap|-1.66
p:ik maak|samenvatting|-0.86
p:ik maak|bevelen|-0.97
p:ik maak|waarschuwen|-0.98
p:ik maak|moraliseren|-0.87
p:ik maak|argumenteren|-1.0
p:ik maak|bekritiseren|-1.44
p:ik maak|etiketteren|-0.97
p:ik maak|vervolgafspraak|-1.0
p:ik maandag|ik-boodschap|0.9
p:ik maar|gevoelsreflectie|0.71
p:ik maar|geruststellen|0.95
p:ik maar|ondervragen|0.91
p:ik maatregelen|ik-boodschap|-1.0
p:ik maatregelen|parafrase|-1.0
p:ik maatregelen|waarschuwen|1.0
p:ik mail|ik-boodschap|-0.99
p:ik mail|vervolgafspraak|0.99
p:ik mail|bedanken|-1.84
p:ik me|ik-boodschap|0.81
p:ik me|gevoelsreflectie|-1.99
p:ik me|vervolgafspraak|1.0
p:ik merk|ik-boodschap|-0.99
p:ik merk|samenvatting|-0.99
p:ik merk|aanmoediging|0.96
p:ik met|samenvatting|0.99
p:ik met|bevelen|-0.99
p:ik mijn|ik-boodschap|-0.99
p:ik mo|ik-boodschap|0.95
p:ik mo|waarschuwen|-0.95
p:ik moet|ik-boodschap|-1.0
p:ik moet|gevoelsreflectie|-1.0
p:ik moet|aanmoediging|-0.94
p:ik moet|afronding-aankondigen|1.0
p:ik moet|vervolgafspraak|-0.96
p:ik naar|ik-boodschap|-0.83
p:ik neem|vervolgafspraak|0.97
p:ik niemand|afronding-aankondigen|-1.0
p:ik niet|ik-boodschap|0.99
p:ik niet|samenvatting|-1.0
p:ik niet|open-vraag|-1.59
p:ik niet|waarschuwen|-0.98
p:ik niet|bekritiseren|-0.98
p:ik niet|prijzen|-1.0
p:ik niet|geruststellen|-1.91
p:ik niet|afleiden|-0.99
p:ik niks|argumenteren|1.0
p:ik onrustig|prijzen|-1.0
p:ik onrustig|geruststellen|-1.0
p:ik ook|ik-boodschap|0.73
p:ik ook|gevoelsreflectie|-0.75
p:ik ook|samenvatting|-0.95
p:ik op|vervolgafspraak|-0.95
p:ik overleg|samenvatting|0.94
p:ik overleg|vervolgafspraak|0.94
p:ik overleg|bedanken|-0.78
p:ik plan|gevoelsreflectie|0.92
p:ik plan|adviseren|-0.97
p:ik plan|afronding-aankondigen|-0.92
p:ik plan|vervolgafspraak|1.75
p:ik praat|samenvatting|0.75
p:ik reken|prijzen|0.82
p:ik sluit|bedanken|0.84
p:ik snap|jij-boodschap|-0.78
p:ik snap|gevoelsreflectie|1.98
p:ik snap|adviseren|1.02
p:ik snap|interpreteren|-1.0
p:ik snap|afronding-aankondigen|-1.0
p:ik spreek|ik-boodschap|-1.91
p:ik spreek|samenvatting|0.95
p:ik steeds|open-vraag|0.82
p:ik steeds|vervolgafspraak|-0.98
p:ik stuur|samenvatting|-0.99
p:ik stuur|waarschuwen|1.64
p:ik stuur|adviseren|-0.99
p:ik stuur|vervolgafspraak|0.95
p:ik stuur|bedanken|-0.61
p:ik tegelijk|ik-boodschap|1.0
p:ik tegen|bevelen|0.99
p:ik tegen|adviseren|-0.99
p:ik typerend|ik-boodschap|-0.73
p:ik typerend|jij-boodschap|1.71
p:ik typerend|bekritiseren|0.98
p:ik u|ik-boodschap|-0.95
p:ik u|jij-boodschap|-1.0
p:ik u|parafrase|1.98
p:ik u|gevoelsreflectie|0.97
p:ik u|samenvatting|0.95
p:ik u|open-vraag|0.84
p:ik u|aanmoediging|-0.96
p:ik u|bevelen|0.97
p:ik u|adviseren|0.99
p:ik u|bedanken|0.84
p:ik van|samenvatting|-1.0
p:ik van|bevelen|-0.84
p:ik van|bekritiseren|-0.84
p:ik van|geruststellen|0.97
p:ik vervelend|open-vraag|0.21
p:ik vervelend|aanmoediging|-0.96
p:ik vervelend|vervolgafspraak|-0.95
p:ik verwacht|bevelen|0.99
p:ik verwijt|gevoelsreflectie|-0.96
p:ik via|ik-boodschap|1.0
p:ik vind|ik-boodschap|0.83
p:ik vind|jij-boodschap|1.71
p:ik vind|gevoelsreflectie|-1.04
p:ik vind|adviseren|-1.0
p:ik vind|bekritiseren|2.38
p:ik vind|geruststellen|-0.97
p:ik vind|afleiden|-0.99
p:ik vind|afronding-aankondigen|-0.97
p:ik vind|bedanken|-0.99
p:ik voel|ik-boodschap|-0.99
p:ik voel|jij-boodschap|-0.94
p:ik voel|bekritiseren|-0.98
p:ik voel|interpreteren|-0.93
p:ik volg|parafrase|-0.93
p:ik vond|ik-boodschap|2.65
p:ik vond|bekritiseren|0.84
p:ik vraag|bevelen|0.98
p:ik waardeer|bedanken|0.85
p:ik weet|jij-boodschap|0.79
p:ik weet|bekritiseren|0.99
p:ik wel|bekritiseren|-0.98
p:ik wil|samenvatting|1.77
p:ik wil|open-vraag|0.56
p:ik wil|afronding-aankondigen|1.88
p:ik wilt|parafrase|-0.97
p:ik wilt|open-vraag|0.97
p:ik word|ik-boodschap|1.0
p:ik word|gevoelsreflectie|-0.51
p:ik word|afronding-aankondigen|1.0
p:ik zag|ik-boodschap|-0.63
p:ik zag|interpreteren|-1.0
p:ik zeg|samenvatting|0.97
p:ik zeg|bekritiseren|0.7
p:ik zeg|interpreteren|-0.97
p:ik zeg|geruststellen|1.31
p:ik zet|samenvatting|1.0
p:ik zie|ik-boodschap|1.56
p:ik zie|gevoelsreflectie|1.42
p:ik zie|adviseren|0.83
p:ik zie|bekritiseren|-0.81
p:ik zie|interpreteren|-0.97
p:ik zie|geruststellen|-0.92
p:ik zie|afleiden|-0.99
p:ik zie|afronding-aankondigen|-0.95
p:ik zie|vervolgafspraak|-0.92
p:ik zit|ik-boodschap|-0.98
p:ik zo|bekritiseren|-1.8
p:ik zonde|ik-boodschap|1.0
p:ik zonde|vervolgafspraak|0.95
p:ik zou|adviseren|0.94
p:ik zwaar|ik-boodschap|0.77
p:in 2b|bekritiseren|-0.43
p:in ?|adviseren|0.99
p:in actie|bekritiseren|-1.72
p:in als|adviseren|0.91
p:in als|bekritiseren|0.91
p:in bed|gevoelsreflectie|-0.92
p:in bescherming|bekritiseren|0.92
p:in dat|ik-boodschap|-1.0
p:in dat|bekritiseren|-1.8
p:in dat|prijzen|1.0
p:in de|ik-boodschap|0.76
p:in de|jij-boodschap|-0.97
p:in de|parafrase|-0.97
p:in de|gevoelsreflectie|-0.17
p:in de|open-vraag|0.79
p:in de|aanmoediging|-1.0
p:in de|adviseren|-0.84
p:in de|bekritiseren|0.41
p:in de|prijzen|-0.99
p:in de|etiketteren|-1.0
p:in de|interpreteren|-1.0
p:in de|geruststellen|0.69
p:in de|ondervragen|-1.0
p:in de|afronding-aankondigen|-1.0
p:in de|vervolgafspraak|-2.0
p:in de|bedanken|-0.31
p:in deze|parafrase|0.98
p:in deze|open-vraag|1.0
p:in deze|adviseren|-1.0
p:in die|interpreteren|0.9
p:in dit|gevoelsreflectie|-0.92
p:in een|geruststellen|0.96
p:in elke|afleiden|0.91
p:in groep|jij-boodschap|-0.92
p:in hebt|jij-boodschap|1.81
p:in hebt|bekritiseren|2.86
p:in hebt|interpreteren|-0.96
p:in het|ik-boodschap|2.6
p:in het|bevelen|-0.95
p:in het|adviseren|1.0
p:in het|bekritiseren|-2.0
p:in het|geruststellen|-0.95
p:in het|ondervragen|0.96
p:in het|vervolgafspraak|-0.95
p:in hoe|jij-boodschap|1.0
p:in hoe|gevoelsreflectie|0.99
p:in hoe|bekritiseren|1.88
p:in je|ik-boodschap|-0.8
p:in je|waarschuwen|-0.91
p:in je|bekritiseren|-0.45
p:in je|ondervragen|-0.91
p:in jouw|adviseren|0.94
p:in lokaal|vervolgafspraak|0.92
p:in magister|jij-boodschap|0.9
p:in magister|aanmoediging|-0.94
p:in magister|bekritiseren|0.73
p:in mijn|samenvatting|0.87
p:in mijn|open-vraag|-0.87
p:in mijn|bevelen|-1.0
p:in mijn|waarschuwen|-1.0
p:in mijn|moraliseren|0.48
p:in over|vervolgafspraak|0.99
p:in plaats|adviseren|-1.0
p:in samen|adviseren|-0.97
p:in school|parafrase|-0.98
p:in september|argumenteren|0.88
p:in slaap|jij-boodschap|-0.97
p:in te|bekritiseren|-0.96
p:in voor|gevoelsreflectie|0.92
p:in voor|vervolgafspraak|0.76
p:in wiskunde|jij-boodschap|-0.94
p:in één|open-vraag|0.99
p:incident op|ondervragen|-1.0
p:incident op|afleiden|0.84
p:incident volgt|bevelen|-0.9
p:incident volgt|waarschuwen|0.87
p:incident zouden|jij-boodschap|-0.86
p:informatie van|gevoelsreflectie|-0.9
p:ingeleverd dus|ik-boodschap|0.96
p:ingeleverd dus|jij-boodschap|-0.96
p:ingeleverd dus|parafrase|-1.0
p:ingeleverd dus|bekritiseren|-0.96
p:ingeleverd en|bekritiseren|-0.96
p:ingeleverd ik|ik-boodschap|1.0
p:ingeleverd werkstuk|argumenteren|0.97
p:ingeleverd werkstuk|vervolgafspraak|-0.97
p:ingelicht over|ondervragen|0.86
p:inhalen en|ik-boodschap|0.77
p:inhalen toch|ondervragen|-0.96
p:inhalen toch|afleiden|-0.74
p:inlevert kan|ik-boodschap|0.99
p:inlevert kan|afleiden|-0.99
p:inlevert krijg|waarschuwen|0.98
p:inlevert krijgt|etiketteren|-0.99
p:inlevert mag|waarschuwen|0.91
p:inlogt in|argumenteren|-0.94
p:inschrijven voor|parafrase|-1.0
p:instagram moest|ik-boodschap|1.0
p:instagram om|vervolgafspraak|-0.94
p:instructie en|gevoelsreflectie|-1.0
p:instructie en|vervolgafspraak|1.0
p:interesse toont|jij-boodschap|1.71
p:interesse toont|bekritiseren|1.88
p:interesseert u|bekritiseren|0.52
p:internet gekopieerd|open-vraag|-0.98
p:iris de|ik-boodschap|-0.8
p:iris de|samenvatting|-0.94
p:iris de|open-vraag|0.99
p:irritant dat|ik-boodschap|-0.95
p:irritant dat|jij-boodschap|0.95
p:irritant dat|bekritiseren|1.66
p:is ?|bekritiseren|0.93
p:is ?|vervolgafspraak|0.99
p:is al|ik-boodschap|0.97
p:is al|jij-boodschap|-0.97
p:is al|argumenteren|-0.97
p:is al|bekritiseren|-0.97
p:is als|parafrase|-0.97
p:is bang|interpreteren|0.96
p:is begrijp|jij-boodschap|-0.71
p:is begrijp|gevoelsreflectie|0.99
p:is beter|samenvatting|0.93
p:is beter|open-vraag|-0.93
p:is bijna|aanmoediging|-0.99
p:is bijna|bedanken|-0.99
p:is daar|samenvatting|-0.66
p:is daar|open-vraag|0.97
p:is dat|parafrase|-0.83
p:is dat|open-vraag|0.68
p:is dat|argumenteren|0.96
p:is dat|prijzen|-0.97
p:is de|jij-boodschap|0.76
p:is de|open-vraag|-0.94
p:is de|adviseren|-1.0
p:is degene|jij-boodschap|1.84
p:is deze|waarschuwen|-0.97
p:is dit|bekritiseren|0.99
p:is duidelijk|moraliseren|-0.99
p:is duidelijk|argumenteren|1.69
p:is echt|jij-boodschap|-1.78
p:is echt|argumenteren|-0.94
p:is echt|bekritiseren|2.91
p:is echt|etiketteren|0.28
p:is echt|interpreteren|-0.98
p:is echt|geruststellen|-0.92
p:is een|moraliseren|-0.98
p:is een|argumenteren|-1.88
p:is een|bekritiseren|0.84
p:is een|geruststellen|-0.26
p:is een|afleiden|0.34
p:is en|open-vraag|1.0
p:is er|jij-boodschap|-0.95
p:is er|samenvatting|-0.91
p:is er|open-vraag|0.92
p:is er|geruststellen|0.92
p:is er|ondervragen|-0.96
p:is er|vervolgafspraak|-0.66
p:is erg|bekritiseren|-1.89
p:is fijn|bekritiseren|-0.91
p:is gebeurd|ik-boodschap|0.93
p:is geduwd|gevoelsreflectie|0.85
p:is gemeld|ik-boodschap|1.0
p:is gewoon|adviseren|-1.0
p:is gewoon|argumenteren|1.96
p:is gewoon|bekritiseren|-2.15
p:is gewoon|etiketteren|0.72
p:is gewoon|interpreteren|-0.97
p:is gewoon|geruststellen|-0.68
p:is gewoon|afleiden|-0.96
p:is geworden|jij-boodschap|0.81
p:is geworden|interpreteren|0.98
p:is geworden|ondervragen|-0.95
p:is gezakt|open-vraag|0.99
p:is goed|adviseren|-0.85
p:is heel|argumenteren|1.74
p:is heel|bekritiseren|-0.96
p:is heel|geruststellen|1.01
p:is het|ik-boodschap|0.93
p:is het|jij-boodschap|-0.78
p:is het|gevoelsreflectie|1.0
p:is het|open-vraag|-1.0
p:is het|adviseren|1.0
p:is het|bekritiseren|0.18
p:is heus|geruststellen|0.73
p:is hij|parafrase|0.99
p:is hij|open-vraag|-1.0
p:is hij|interpreteren|0.93
p:is hij|ondervragen|1.0
p:is hij|afleiden|-0.98
p:is kader|adviseren|-1.0
p:is maar|jij-boodschap|0.95
p:is maar|gevoelsreflectie|-0.85
p:is maar|argumenteren|-0.7
p:is maar|bekritiseren|0.85
p:is me|ik-boodschap|-0.91
p:is misschien|interpreteren|0.93
p:is moe|samenvatting|0.97
p:is mooi|bedanken|-0.84
p:is nemen|samenvatting|-0.93
p:is niet|ik-boodschap|-1.97
p:is niet|moraliseren|1.0
p:is niet|argumenteren|0.68
p:is niet|interpreteren|0.96
p:is niet|geruststellen|1.65
p:is niet|afleiden|-1.68
p:is nogal|afleiden|-0.99
p:is nooit|bekritiseren|-0.91
p:is nou|moraliseren|-0.94
p:is nou|argumenteren|0.68
p:is nou|afleiden|-0.95
p:is nu|afleiden|0.99
p:is om|gevoelsreflectie|-1.0
p:is om|samenvatting|-0.99
p:is om|moraliseren|-0.92
p:is ontzettend|bevelen|-0.93
p:is onvoldoende|interpreteren|-0.97
p:is onvoldoende|afleiden|-0.97
p:is ook|jij-boodschap|-1.0
p:is ook|etiketteren|-1.0
p:is ook|interpreteren|-1.0
p:is ook|afleiden|1.0
p:is op|interpreteren|1.0
p:is pieter|ik-boodschap|-1.0
p:is tegen|jij-boodschap|0.95
p:is tegen|samenvatting|-0.95
p:is tegen|open-vraag|-0.95
p:is tegen|bekritiseren|0.95
p:is toch|gevoelsreflectie|0.96
p:is toch|moraliseren|-0.89
p:is toch|afleiden|1.95
p:is totaal|bekritiseren|0.77
p:is uw|samenvatting|-0.97
p:is uw|moraliseren|0.92
p:is uw|bekritiseren|0.96
p:is valt|jij-boodschap|-0.97
p:is verleden|bekritiseren|-0.98
p:is verleden|afleiden|0.98
p:is verplaatst|waarschuwen|-0.97
p:is voldoende|argumenteren|-0.88
p:is volgens|geruststellen|-0.97
p:is voor|jij-boodschap|-0.73
p:is voor|parafrase|1.89
p:is voor|gevoelsreflectie|-0.92
p:is voor|argumenteren|0.9
p:is vooral|interpreteren|-0.94
p:is weer|bekritiseren|-0.92
p:ja ?|aanmoediging|0.97
p:ja ?|ondervragen|-0.97
p:ja dat|bekritiseren|-0.98
p:ja dat|afleiden|0.98
p:ja ga|gevoelsreflectie|-0.99
p:ja ga|etiketteren|-0.96
p:ja hoor|aanmoediging|-0.95
p:ja hoor|etiketteren|0.95
p:ja hoor|afleiden|-0.95
p:ja ik|parafrase|-0.93
p:ja meneer|etiketteren|0.97
p:ja pubers|afleiden|0.81
p:ja vertel|aanmoediging|0.92
p:jaar gemist|jij-boodschap|0.93
p:jaar gemist|bekritiseren|0.93
p:jaar gestegen|waarschuwen|-0.9
p:jaar over|geruststellen|-0.93
p:jaar te|parafrase|0.99
p:jaar van|gevoelsreflectie|-0.7
p:jaar weer|waarschuwen|0.98
p:jaarplanning stond|argumenteren|0.88
p:jade 's|jij-boodschap|-0.97
p:jaloers is|interpreteren|1.0
p:jammer hoe|open-vraag|0.99
p:jammer misschien|adviseren|0.97
p:jammer misschien|vervolgafspraak|0.97
p:jammer voor|ik-boodschap|0.99
p:jammer voor|gevoelsreflectie|-0.89
p:jammer voor|afleiden|-0.99
p:jammer want|samenvatting|-0.83
p:jammer want|open-vraag|0.96
p:jammer zullen|adviseren|-0.97
p:jansen geweest|bekritiseren|-1.31
p:jayden in|gevoelsreflectie|0.85
p:jayden komt|parafrase|-0.99
p:jayden komt|samenvatting|0.99
p:jayden zich|jij-boodschap|-0.93
p:jayden zich|open-vraag|0.93
p:jayden zich|bekritiseren|-0.93
p:je ?|ik-boodschap|-0.99
p:je aan|bekritiseren|-0.99
p:je aan|etiketteren|0.99
p:je aan|vervolgafspraak|-0.97
p:je af|samenvatting|-1.0
p:je afmeldt|ik-boodschap|-1.0
p:je afmeldt|moraliseren|1.0
p:je afspraken|ik-boodschap|-0.95
p:je afspraken|jij-boodschap|0.95
p:je afspraken|bekritiseren|0.95
p:je agenda|moraliseren|0.86
p:je alleen|jij-boodschap|-0.94
p:je alleen|argumenteren|0.94
p:je als|samenvatting|0.92
p:je als|open-vraag|0.92
p:je amira|ik-boodschap|1.62
p:je amira|gevoelsreflectie|-0.96
p:je baalt|open-vraag|-0.97
p:je baalt|afleiden|0.96
p:je bedoelt|parafrase|0.99
p:je belt|bevelen|0.93
p:je belt|vervolgafspraak|-0.81
p:je bent|ik-boodschap|0.93
p:je bent|jij-boodschap|1.77
p:je bent|gevoelsreflectie|-1.82
p:je bent|samenvatting|0.7
p:je bent|open-vraag|-0.97
p:je bent|waarschuwen|-0.99
p:je bent|bekritiseren|1.32
p:je bent|prijzen|0.83
p:je bent|ondervragen|0.91
p:je best|moraliseren|0.91
p:je best|bekritiseren|0.71
p:je biedt|bevelen|0.64
p:je biedt|moraliseren|-0.9
p:je biedt|interpreteren|-0.9
p:je bij|ik-boodschap|0.99
p:je bij|gevoelsreflectie|-1.8
p:je bij|waarschuwen|-0.99
p:je bij|adviseren|1.0
p:je bij|argumenteren|-1.0
p:je bij|bekritiseren|-1.0
p:je bij|afleiden|-0.99
p:je bij|vervolgafspraak|0.92
p:je bijna|ik-boodschap|0.99
p:je bijna|parafrase|-0.99
p:je blijft|geruststellen|0.95
p:je boos|geruststellen|-0.34
p:je capuchon|moraliseren|-0.96
p:je cijfers|samenvatting|0.92
p:je cijfers|open-vraag|0.92
p:je cijfers|bekritiseren|-0.91
p:je daar|gevoelsreflectie|1.0
p:je daar|open-vraag|-1.0
p:je daar|moraliseren|-1.0
p:je daar|vervolgafspraak|-1.0
p:je daarin|parafrase|1.0
p:je daarin|gevoelsreflectie|-1.0
p:je daarin|samenvatting|-0.88
p:je daarin|geruststellen|-1.0
p:je daarom|parafrase|0.99
p:je dat|ik-boodschap|-0.92
p:je dat|ondervragen|1.86
p:je de|ik-boodschap|4.75
p:je de|gevoelsreflectie|-0.71
p:je de|open-vraag|0.97
p:je de|waarschuwen|-0.98
p:je de|argumenteren|0.99
p:je de|bekritiseren|-0.47
p:je deze|open-vraag|-1.65
p:je deze|afleiden|0.99
p:je die|parafrase|0.99
p:je dit|jij-boodschap|0.93
p:je dit|moraliseren|-0.99
p:je dit|bekritiseren|0.93
p:je dit|prijzen|0.99
p:je dit|geruststellen|-0.99
p:je dit|afleiden|-0.74
p:je docent|jij-boodschap|0.98
p:je docent|parafrase|-0.98
p:je docent|samenvatting|1.74
p:je docent|bevelen|-0.99
p:je docent|bekritiseren|0.98
p:je docenten|jij-boodschap|-0.6
p:je dochter|ik-boodschap|0.91
p:je doet|bevelen|0.98
p:je doet|bekritiseren|-0.59
p:je durft|jij-boodschap|-0.91
p:je durft|samenvatting|0.91
p:je durft|geruststellen|-0.98
p:je echt|samenvatting|-0.92
p:je echt|adviseren|-0.97
p:je een|jij-boodschap|-0.7
p:je een|waarschuwen|0.98
p:je een|argumenteren|0.98
p:je een|ondervragen|-0.91
p:je eentje|ik-boodschap|-0.76
p:je eentje|bekritiseren|-0.54
p:je eerlijk|jij-boodschap|-0.6
p:je eigenlijk|jij-boodschap|0.93
p:je eigenlijk|bekritiseren|0.93
p:je eigenlijk|afronding-aankondigen|-0.97
p:je er|ik-boodschap|-0.88
p:je er|adviseren|-0.99
p:je er|bekritiseren|0.99
p:je er|geruststellen|0.99
p:je eruit|jij-boodschap|1.06
p:je eruit|bevelen|-0.88
p:je eruit|waarschuwen|1.92
p:je eruit|bekritiseren|1.46
p:je eruit|afleiden|-0.96
p:je excuses|bevelen|1.63
p:je excuses|waarschuwen|-0.98
p:je excuses|moraliseren|-0.9
p:je excuses|interpreteren|-0.9
p:je gaat|jij-boodschap|-0.99
p:je gaat|aanmoediging|-0.99
p:je gaat|bevelen|1.81
p:je gaat|moraliseren|-0.9
p:je gaat|adviseren|-0.94
p:je gaat|interpreteren|-0.9
p:je gaat|geruststellen|1.95
p:je gaat|afleiden|-0.84
p:je geen|jij-boodschap|-0.94
p:je geen|interpreteren|0.9
p:je gekozen|parafrase|-0.99
p:je gekozen|open-vraag|-1.86
p:je gestrest|adviseren|0.83
p:je geweldige|bekritiseren|1.75
p:je geweldige|bedanken|-1.64
p:je gewoon|jij-boodschap|-2.83
p:je gewoon|moraliseren|1.61
p:je gewoon|adviseren|0.83
p:je gewoon|bekritiseren|-2.64
p:je ging|vervolgafspraak|-0.97
p:je gisteren|ik-boodschap|2.65
p:je gisteren|gevoelsreflectie|-0.75
p:je gisteren|samenvatting|-0.95
p:je groepsgenoten|jij-boodschap|1.0
p:je groepsgenoten|gevoelsreflectie|-1.0
p:je groepsgenoten|bekritiseren|1.0
p:je haalt|geruststellen|2.46
p:je had|ik-boodschap|-0.72
p:je hebt|ik-boodschap|0.87
p:je hebt|gevoelsreflectie|-0.71
p:je hebt|open-vraag|0.97
p:je hebt|bevelen|-1.0
p:je hebt|waarschuwen|-0.98
p:je hebt|argumenteren|-0.95
p:je hebt|bekritiseren|-1.73
p:je hebt|etiketteren|-1.0
p:je hebt|geruststellen|-0.93
p:je heel|moraliseren|-1.0
p:je heen|ik-boodschap|-0.92
p:je heen|gevoelsreflectie|1.66
p:je helemaal|geruststellen|0.99
p:je helpen|gevoelsreflectie|-0.71
p:je helpen|open-vraag|0.97
p:je het|ik-boodschap|-0.16
p:je het|parafrase|0.97
p:je het|gevoelsreflectie|2.78
p:je het|waarschuwen|1.91
p:je het|adviseren|1.92
p:je het|bekritiseren|-0.97
p:je het|interpreteren|0.97
p:je het|geruststellen|-0.93
p:je hier|ik-boodschap|-0.99
p:je hiermee|waarschuwen|0.99
p:je hoeft|adviseren|-0.97
p:je hoofd|open-vraag|-0.99
p:je hoofd|bekritiseren|0.98
p:je hoort|waarschuwen|-0.98
p:je hoort|bekritiseren|-0.98
p:je huiswerk|ik-boodschap|0.76
p:je huiswerk|adviseren|0.97
p:je huiswerk|bekritiseren|-0.98
p:je iemand|waarschuwen|-0.98
p:je iemand|prijzen|-1.0
p:je in|ik-boodschap|2.66
p:je in|jij-boodschap|-0.86
p:je in|open-vraag|1.0
p:je in|waarschuwen|-0.91
p:je in|adviseren|-1.0
p:je in|bekritiseren|-0.86
p:je in|ondervragen|-0.91
p:je je|ik-boodschap|0.81
p:je je|jij-boodschap|1.47
p:je je|samenvatting|-0.92
p:je je|open-vraag|-0.99
p:je je|moraliseren|-0.18
p:je je|bekritiseren|1.57
p:je je|ondervragen|-0.91
p:je je|vervolgafspraak|-0.97
p:je kamer|ik-boodschap|0.96
p:je kamer|moraliseren|-0.87
p:je kan|adviseren|0.97
p:je kijkt|gevoelsreflectie|3.04
p:je kind|ik-boodschap|-0.96
p:je klaarzetten|open-vraag|-0.96
p:je klaarzetten|moraliseren|-0.96
p:je klasgenoten|moraliseren|0.8
p:je komt|ik-boodschap|-0.95
p:je komt|jij-boodschap|0.95
p:je komt|bekritiseren|0.95
p:je komt|geruststellen|0.99
p:je komt|bedanken|-0.99
p:je kunnen|moraliseren|-0.85
p:je kunt|bevelen|-0.63
p:je kunt|adviseren|1.0
p:je laptop|ik-boodschap|0.89
p:je let|bekritiseren|0.91
p:je lijkt|gevoelsreflectie|0.89
p:je lijkt|open-vraag|0.99
p:je lui|geruststellen|-0.38
p:je maakt|bekritiseren|-2.7
p:je me|samenvatting|-0.93
p:je me|open-vraag|-0.96
p:je me|moraliseren|-0.96
p:je meer|moraliseren|0.91
p:je meldt|ik-boodschap|-0.96
p:je meldt|bevelen|-0.96
p:je mentor|vervolgafspraak|0.78
p:je midden|open-vraag|-0.87
p:je midden|bevelen|-1.0
p:je midden|waarschuwen|-1.0
p:je mist|samenvatting|0.92
p:je mist|open-vraag|0.92
p:je moeder|ondervragen|0.95
p:je moeder|vervolgafspraak|0.85
p:je moet|bevelen|-0.16
p:je moet|moraliseren|0.9
p:je moet|adviseren|-0.79
p:je naar|waarschuwen|1.64
p:je naast|ik-boodschap|0.99
p:je naast|parafrase|-0.99
p:je niet|ik-boodschap|-1.98
p:je niet|jij-boodschap|-1.0
p:je niet|parafrase|-1.0
p:je niet|gevoelsreflectie|1.64
p:je niet|open-vraag|-0.87
p:je niet|bevelen|-0.21
p:je niet|waarschuwen|-1.0
p:je niet|moraliseren|1.91
p:je niet|adviseren|0.21
p:je niet|argumenteren|-1.0
p:je niet|bekritiseren|-1.0
p:je niet|interpreteren|-1.0
p:je niet|geruststellen|0.96
p:je nog|ik-boodschap|0.98
p:je nog|samenvatting|-0.91
p:je nog|open-vraag|-0.99
p:je nog|argumenteren|-0.99
p:je nou|jij-boodschap|0.86
p:je nou|moraliseren|0.96
p:je nou|argumenteren|-0.96
p:je nu|bevelen|0.96
p:je nu|prijzen|0.83
p:je nu|afleiden|-0.96
p:je ogen|bevelen|1.0
p:je ogen|bekritiseren|0.85
p:je om|ik-boodschap|-0.96
p:je om|bevelen|-0.96
p:je om|argumenteren|-0.99
p:je ontzettend|jij-boodschap|1.47
p:je ontzettend|bekritiseren|1.57
p:je ook|moraliseren|0.69
p:je oortjes|ik-boodschap|-0.76
p:je op|adviseren|0.93
p:je op|prijzen|-0.8
p:je op|afleiden|-1.0
p:je opdrachten|ik-boodschap|0.99
p:je opdrachten|parafrase|-0.99
p:je oude|samenvatting|0.92
p:je oude|open-vraag|0.92
p:je ouders|ik-boodschap|-1.0
p:je ouders|waarschuwen|1.0
p:je overal|bevelen|0.93
p:je pasje|ik-boodschap|-0.89
p:je pasje|geruststellen|-0.93
p:je plannen|jij-boodschap|-0.95
p:je planner|ik-boodschap|0.91
p:je planner|jij-boodschap|-0.86
p:je planner|samenvatting|0.99
p:je planner|bevelen|-0.99
p:je planner|bekritiseren|-0.86
p:je praat|bevelen|0.99
p:je praat|adviseren|-0.99
p:je pws|ik-boodschap|1.0
p:je rapport|open-vraag|0.98
p:je rekenmachine|gevoelsreflectie|-0.71
p:je rekenmachine|open-vraag|0.97
p:je samen|moraliseren|0.97
p:je samen|argumenteren|-0.97
p:je samen|afleiden|-0.64
p:je schaamt|ik-boodschap|-0.88
p:je schrijfopdracht|waarschuwen|-0.91
p:je schrijfopdracht|ondervragen|-0.91
p:je sinds|argumenteren|-0.94
p:je slaap|ik-boodschap|0.96
p:je slaap|moraliseren|-0.87
p:je slaapt|samenvatting|0.92
p:je slaapt|open-vraag|0.92
p:je snapt|ik-boodschap|0.76
p:je snapt|parafrase|-0.96
p:je snapt|prijzen|0.83
p:je snapt|etiketteren|-0.99
p:je sorry|prijzen|-1.0
p:je spullen|bevelen|0.95
p:je spullen|waarschuwen|-0.95
p:je staat|waarschuwen|1.81
p:je stage|jij-boodschap|-0.95
p:je stage|bekritiseren|-0.91
p:je stage|geruststellen|-0.87
p:je stage|afleiden|1.52
p:je stagebegeleider|bevelen|0.93
p:je stagebegeleider|vervolgafspraak|-0.81
p:je steeds|ik-boodschap|-1.0
p:je steeds|bekritiseren|-0.54
p:je telefoon|ik-boodschap|0.92
p:je telefoon|samenvatting|-0.91
p:je telefoon|bevelen|1.0
p:je telefoon|waarschuwen|0.91
p:je telefoon|moraliseren|-0.87
p:je telefoon|vervolgafspraak|-0.98
p:je thuis|open-vraag|-0.96
p:je thuis|moraliseren|-0.96
p:je tien|open-vraag|0.87
p:je tijd|jij-boodschap|0.94
p:je tijd|samenvatting|-0.72
p:je tijd|aanmoediging|0.99
p:je tijd|bevelen|-1.85
p:je tijd|bekritiseren|1.24
p:je toch|ik-boodschap|-0.96
p:je toch|jij-boodschap|0.99
p:je toch|moraliseren|0.86
p:je vaak|waarschuwen|-0.91
p:je vaak|ondervragen|-0.91
p:je vader|parafrase|0.99
p:je vader|bevelen|-1.84
p:je vader|waarschuwen|0.98
p:je vader|vervolgafspraak|0.7
p:je van|moraliseren|0.99
p:je vandaag|ik-boodschap|-1.85
p:je vandaag|gevoelsreflectie|-0.96
p:je vandaag|geruststellen|-1.91
p:je vanochtend|ik-boodschap|0.74
p:je vanochtend|aanmoediging|-0.96
p:je vast|etiketteren|-0.89
p:je verantwoordelijkheid|bevelen|-0.95
p:je verantwoordelijkheid|moraliseren|0.9
p:je verantwoordelijkheid|geruststellen|-0.95
p:je vergist|ik-boodschap|-0.91
p:je vergist|argumenteren|1.97
p:je verpest|bekritiseren|1.91
p:je verslag|ik-boodschap|1.0
p:je verzint|bekritiseren|-1.75
p:je verzuim|jij-boodschap|-0.95
p:je verzuim|bekritiseren|-0.91
p:je vindt|parafrase|-0.94
p:je vindt|samenvatting|0.94
p:je vindt|bekritiseren|-0.94
p:je voelt|ik-boodschap|-1.0
p:je voelt|parafrase|-1.0
p:je voelt|gevoelsreflectie|1.0
p:je voetbalwedstrijd|open-vraag|-0.83
p:je voetbalwedstrijd|afleiden|1.52
p:je vorige|samenvatting|-1.0
p:je vorige|vervolgafspraak|-0.97
p:je vrienden|samenvatting|0.92
p:je vrienden|open-vraag|0.92
p:je want|ik-boodschap|-0.95
p:je want|jij-boodschap|0.95
p:je want|bekritiseren|0.95
p:je was|samenvatting|-1.0
p:je wat|gevoelsreflectie|-0.71
p:je wat|open-vraag|0.97
p:je weer|jij-boodschap|-0.92
p:je weer|afronding-aankondigen|0.97
p:je weer|vervolgafspraak|0.97
p:je weer|bedanken|0.54
p:je weet|jij-boodschap|-1.52
p:je weet|gevoelsreflectie|-0.97
p:je weet|samenvatting|-0.22
p:je weet|open-vraag|-0.97
p:je wel|ik-boodschap|-0.97
p:je wel|prijzen|-0.82
p:je wel|afronding-aankondigen|0.97
p:je wel|vervolgafspraak|0.97
p:je wel|bedanken|1.45
p:je werk|interpreteren|-0.97
p:je werkstuk|adviseren|-1.0
p:je wil|gevoelsreflectie|-1.97
p:je wil|samenvatting|1.7
p:je wil|open-vraag|-0.97
p:je wil|bekritiseren|-1.88
p:je wil|geruststellen|-1.98
p:je wiskunde|bevelen|-0.63
p:je wist|ik-boodschap|-0.72
p:je woensdag|afronding-aankondigen|-0.95
p:je wordt|ik-boodschap|0.91
p:je wordt|jij-boodschap|-0.86
p:je wordt|bekritiseren|-0.86
p:je zegt|gevoelsreflectie|-0.51
p:je zegt|samenvatting|-0.66
p:je zegt|open-vraag|0.97
p:je zegt|argumenteren|0.94
p:je zegt|interpreteren|0.9
p:je zelf|open-vraag|0.98
p:je zelf|prijzen|-0.82
p:je zelf|bedanken|0.91
p:je zenuwachtig|ik-boodschap|-0.76
p:je zenuwachtig|gevoelsreflectie|0.88
p:je zenuwachtig|adviseren|-0.94
p:je zenuwachtig|geruststellen|1.31
p:je ziek|ik-boodschap|-1.0
p:je ziek|moraliseren|1.0
p:je zit|ik-boodschap|0.96
p:je zit|moraliseren|-0.87
p:je zo|waarschuwen|0.98
p:je zo|moraliseren|-0.72
p:je zo|afronding-aankondigen|-0.97
p:je zomaar|jij-boodschap|0.81
p:je zomaar|parafrase|-0.81
p:je zomaar|bekritiseren|0.9
p:je zoveel|ik-boodschap|-0.8
p:je zoveel|interpreteren|0.97
p:jelle sinds|bekritiseren|-0.89
p:jesse geen|bekritiseren|-0.84
p:jesse zijn|ik-boodschap|0.99
p:jesse zijn|interpreteren|-0.93
p:jesse zijn|afleiden|-0.99
p:jezelf naar|ik-boodschap|0.95
p:jij altijd|ik-boodschap|-0.95
p:jij altijd|jij-boodschap|0.95
p:jij altijd|bekritiseren|1.66
p:jij baalt|gevoelsreflectie|0.64
p:jij bent|jij-boodschap|-0.97
p:jij bent|moraliseren|-0.3
p:jij bent|adviseren|-0.83
p:jij bent|bekritiseren|-1.67
p:jij bent|prijzen|1.9
p:jij bent|geruststellen|-0.99
p:jij bent|ondervragen|-0.96
p:jij bent|afleiden|-0.74
p:jij blijft|waarschuwen|-0.96
p:jij daartegenaan|open-vraag|0.87
p:jij doet|prijzen|-0.94
p:jij door|ik-boodschap|1.52
p:jij een|bekritiseren|-0.69
p:jij er|bekritiseren|1.15
p:jij er|prijzen|-0.94
p:jij er|interpreteren|-0.96
p:jij gaat|samenvatting|0.75
p:jij gaat|bevelen|0.99
p:jij gaat|waarschuwen|-0.86
p:jij grappen|interpreteren|-0.93
p:jij hebt|jij-boodschap|0.19
p:jij hebt|samenvatting|-0.95
p:jij hebt|open-vraag|-0.95
p:jij hebt|bevelen|-0.99
p:jij hebt|bekritiseren|1.06
p:jij hier|bekritiseren|-0.81
p:jij je|samenvatting|0.99
p:jij je|open-vraag|1.0
p:jij je|bevelen|-0.99
p:jij je|adviseren|-1.0
p:jij je|vervolgafspraak|-0.98
p:jij kan|bekritiseren|-0.94
p:jij kunt|adviseren|-0.83
p:jij kunt|prijzen|0.94
p:jij laat|waarschuwen|-1.0
p:jij lui|jij-boodschap|-0.75
p:jij lui|interpreteren|-0.97
p:jij lui|geruststellen|1.36
p:jij maakt|jij-boodschap|0.98
p:jij maakt|bekritiseren|0.71
p:jij ruimt|jij-boodschap|-0.97
p:jij verpest|jij-boodschap|1.92
p:jij verpest|waarschuwen|0.97
p:jij verpest|bekritiseren|-2.32
p:jij vindt|jij-boodschap|2.71
p:jij vindt|parafrase|-1.79
p:jij vindt|open-vraag|-0.87
p:jij vindt|bekritiseren|2.8
p:jij zegt|ik-boodschap|-0.99
p:jij zegt|parafrase|0.97
p:jij zegt|bekritiseren|-0.97
p:jij zit|samenvatting|-0.72
p:jij zit|bevelen|0.14
p:jij zit|bekritiseren|1.18
p:jij zoekt|interpreteren|0.95
p:joep de|ik-boodschap|-0.91
p:joep en|jij-boodschap|0.95
p:joep en|waarschuwen|0.95
p:joep en|bekritiseren|1.44
p:joh dat|bekritiseren|-0.97
p:joh dat|geruststellen|-0.83
p:joh dat|afleiden|-0.37
p:joh een|afleiden|0.96
p:joh na|argumenteren|-1.0
p:joh na|geruststellen|1.0
p:joh over|geruststellen|0.99
p:jongen als|bekritiseren|-0.94
p:jongen als|prijzen|0.97
p:jongen van|bekritiseren|0.82
p:jongen van|etiketteren|-0.92
p:jou ?|jij-boodschap|0.95
p:jou ?|samenvatting|-0.95
p:jou ?|open-vraag|-0.95
p:jou ?|bekritiseren|0.95
p:jou dat|open-vraag|0.96
p:jou echt|gevoelsreflectie|0.98
p:jou herhalen|open-vraag|0.87
p:jou was|ik-boodschap|-0.83
p:jou was|argumenteren|-1.0
p:jouw leeftijd|moraliseren|0.86
p:jouw plaats|adviseren|0.94
p:julian wat|jij-boodschap|-0.95
p:julian wat|bekritiseren|-0.95
p:jullie allebei|afronding-aankondigen|-1.0
p:jullie bemoeien|bevelen|0.93
p:jullie beter|bekritiseren|-0.93
p:jullie controleren|bekritiseren|-2.69
p:jullie daar|bekritiseren|0.63
p:jullie de|ik-boodschap|0.95
p:jullie de|waarschuwen|-0.95
p:jullie denken|bekritiseren|-0.28
p:jullie denken|prijzen|0.95
p:jullie doen|waarschuwen|0.84
p:jullie elke|adviseren|0.97
p:jullie er|bedanken|0.98
p:jullie gaan|prijzen|-0.92
p:jullie geven|bekritiseren|0.18
p:jullie grijpen|adviseren|0.91
p:jullie grijpen|bekritiseren|0.91
p:jullie hadden|bekritiseren|0.83
p:jullie hebben|jij-boodschap|0.12
p:jullie hebben|bekritiseren|1.82
p:jullie hem|ik-boodschap|-0.74
p:jullie hem|bekritiseren|0.91
p:jullie het|bekritiseren|-0.28
p:jullie het|prijzen|0.95
p:jullie in|ik-boodschap|0.81
p:jullie is|jij-boodschap|-0.84
p:jullie kunnen|jij-boodschap|-0.99
p:jullie kunnen|bevelen|-0.87
p:jullie laten|bekritiseren|0.87
p:jullie laten|etiketteren|-0.73
p:jullie letten|jij-boodschap|1.0
p:jullie letten|bevelen|-0.99
p:jullie letten|bekritiseren|-0.16
p:jullie letten|interpreteren|-0.99
p:jullie letten|ondervragen|-0.97
p:jullie leuke|afleiden|0.91
p:jullie moeten|adviseren|-0.95
p:jullie moeten|bekritiseren|-0.85
p:jullie naar|interpreteren|1.0
p:jullie reageren|jij-boodschap|1.86
p:jullie reageren|bekritiseren|1.69
p:jullie thuis|gevoelsreflectie|-0.96
p:jullie was|adviseren|0.91
p:jullie was|bekritiseren|0.91
p:jullie wel|bedanken|0.98
p:jullie willen|adviseren|-0.89
p:jullie wonen|bekritiseren|-0.9
p:jullie zien|adviseren|-0.89
p:jullie zijn|moraliseren|-0.86
p:jullie zijn|bekritiseren|-1.06
p:jullie zorgen|bevelen|0.99
p:kader in|adviseren|-1.0
p:kamer ?|ondervragen|0.97
p:kamer leggen|ik-boodschap|0.96
p:kamer leggen|moraliseren|-0.87
p:kamp ?|ondervragen|-1.0
p:kamp ?|afleiden|0.84
p:kamp het|jij-boodschap|-0.91
p:kamp het|samenvatting|0.91
p:kamp hè|gevoelsreflectie|0.64
p:kampweek en|parafrase|-0.99
p:kampweek en|samenvatting|0.99
p:kan afronden|ik-boodschap|0.91
p:kan beter|adviseren|0.97
p:kan dat|prijzen|0.93
p:kan de|ik-boodschap|-0.96
p:kan dit|bekritiseren|-0.94
p:kan echt|waarschuwen|1.0
p:kan echt|adviseren|-1.0
p:kan echt|afronding-aankondigen|-1.0
p:kan er|ik-boodschap|0.81
p:kan geven|bekritiseren|-0.84
p:kan hem|parafrase|-1.0
p:kan hem|waarschuwen|0.92
p:kan het|jij-boodschap|0.94
p:kan het|open-vraag|0.96
p:kan hij|ik-boodschap|0.97
p:kan hij|jij-boodschap|-0.97
p:kan hij|bevelen|-0.98
p:kan hij|waarschuwen|-0.98
p:kan hij|bekritiseren|-0.97
p:kan hij|vervolgafspraak|0.95
p:kan ik|ik-boodschap|0.13
p:kan ik|gevoelsreflectie|-0.99
p:kan ik|open-vraag|-1.58
p:kan ik|bevelen|-1.0
p:kan ik|waarschuwen|-1.0
p:kan ik|moraliseren|-0.96
p:kan ik|adviseren|-0.97
p:kan ik|argumenteren|0.29
p:kan ik|prijzen|-1.0
p:kan ik|geruststellen|-1.0
p:kan ik|afleiden|-0.99
p:kan ik|afronding-aankondigen|-1.0
p:kan ik|vervolgafspraak|-0.95
p:kan leren|argumenteren|-0.68
p:kan me|ik-boodschap|-0.76
p:kan me|gevoelsreflectie|1.88
p:kan me|open-vraag|-1.0
p:kan me|moraliseren|-1.0
p:kan me|geruststellen|-0.91
p:kan me|vervolgafspraak|-1.0
p:kan missen|gevoelsreflectie|-0.92
p:kan toch|prijzen|0.97
p:kan u|bekritiseren|0.87
p:kan uw|ik-boodschap|1.0
p:kan ze|ik-boodschap|1.0
p:kan ze|open-vraag|0.99
p:kan ze|moraliseren|-1.0
p:kan ze|vervolgafspraak|-0.19
p:kans krijgt|samenvatting|0.87
p:kans om|ik-boodschap|0.84
p:kans om|bevelen|0.86
p:kansen verspeeld|bekritiseren|0.76
p:kant op|bekritiseren|0.94
p:kast zetten|interpreteren|-0.93
p:keer afwezig|argumenteren|0.96
p:keer bedankt|samenvatting|-0.94
p:keer bedankt|bedanken|0.84
p:keer en|aanmoediging|-0.99
p:keer heb|ik-boodschap|-0.73
p:keer heb|jij-boodschap|1.71
p:keer heb|bekritiseren|0.98
p:keer je|ik-boodschap|0.76
p:keer je|gevoelsreflectie|-0.71
p:keer je|samenvatting|-0.91
p:keer je|open-vraag|0.97
p:keer kort|samenvatting|0.97
p:keer meer|jij-boodschap|-0.68
p:keer niet|bekritiseren|0.84
p:keer ongeoorloofd|gevoelsreflectie|-0.84
p:keer ongeoorloofd|etiketteren|-0.75
p:keer schuift|vervolgafspraak|0.99
p:keer te|bevelen|-0.96
p:keer te|waarschuwen|1.0
p:keer te|moraliseren|-0.99
p:keer zie|bevelen|0.9
p:keer ziek|ik-boodschap|1.0
p:keer ziek|jij-boodschap|-0.91
p:keer zijn|ik-boodschap|-0.99
p:keer zonder|ik-boodschap|0.97
p:keer zonder|jij-boodschap|-0.97
p:keer zonder|argumenteren|-0.97
p:keer zonder|bekritiseren|-0.97
p:kerst gaat|argumenteren|-1.0
p:kerst gaat|geruststellen|1.0
p:kerst wel|ik-boodschap|-0.96
p:keuken leggen|adviseren|0.99
p:keus is|geruststellen|-0.82
p:keuze maakte|open-vraag|-0.87
p:keuze maakte|bevelen|-1.0
p:keuze maakte|waarschuwen|-1.0
p:keuzevak ?|parafrase|-0.99
p:keuzevak ?|open-vraag|-1.86
p:kevin ga|afleiden|-0.99
p:kevin loopt|bekritiseren|-0.98
p:kevin vorige|ik-boodschap|0.96
p:kiezen ?|adviseren|0.93
p:kijk als|ik-boodschap|0.99
p:kijk als|argumenteren|-0.71
p:kijk een|interpreteren|-0.97
p:kijk een|afleiden|-0.97
p:kijk eens|afleiden|0.8
p:kijk het|moraliseren|-0.89
p:kijk het|argumenteren|0.89
p:kijk je|ik-boodschap|0.76
p:kijk jij|open-vraag|0.87
p:kijk me|bevelen|0.99
p:kijk me|adviseren|-0.99
p:kijk met|jij-boodschap|-0.98
p:kijk met|bekritiseren|-0.78
p:kijk zo|ik-boodschap|-0.97
p:kijk zonder|bevelen|-0.98
p:kijk zonder|waarschuwen|-0.98
p:kijk zonder|moraliseren|-0.93
p:kijk zonder|argumenteren|0.98
p:kijken hoe|adviseren|-0.97
p:kijken momentje|aanmoediging|-0.94
p:kijken wat|vervolgafspraak|0.81
p:kijken we|samenvatting|1.1
p:kijken we|bevelen|-0.99
p:kijkt daarnaar|open-vraag|-1.0
p:kijkt daarnaar|ondervragen|1.0
p:kijkt een|gevoelsreflectie|1.38
p:kijkt er|gevoelsreflectie|1.66
p:kijkt gewoon|bekritiseren|0.94
p:kijkt nooit|jij-boodschap|0.98
p:kijkt u|jij-boodschap|-0.93
p:kijkt u|gevoelsreflectie|-0.7
p:kijkt u|open-vraag|0.93
p:kijkt u|aanmoediging|-0.99
p:kijkt u|bekritiseren|-0.93
p:kind 's|prijzen|-0.99
p:kind gewoon|bevelen|-1.0
p:kind gewoon|argumenteren|-1.0
p:kind is|moraliseren|1.0
p:kind is|etiketteren|-0.88
p:kind is|geruststellen|-1.0
p:kind maakt|prijzen|-1.0
p:kind maakt|geruststellen|1.0
p:kind moet|moraliseren|0.95
p:kind omgaat|ondervragen|-0.94
p:kind regelt|etiketteren|0.81
p:kind te|ik-boodschap|-0.96
p:kind van|gevoelsreflectie|-0.92
p:kinderen ?|bekritiseren|-0.98
p:kinderen ?|afleiden|0.98
p:kinderen en|bekritiseren|0.94
p:kinderen hebben|geruststellen|1.71
p:kinderen hebben|afleiden|-0.29
p:kinderen kunnen|open-vraag|-0.99
p:klaagt hoe|parafrase|0.91
p:klaagt hoe|gevoelsreflectie|-0.69
p:klaar laat|bevelen|0.97
p:klaar mee|aanmoediging|-0.97
p:klaar mee|bevelen|-0.91
p:klaarzetten en|open-vraag|-0.96
p:klaarzetten en|moraliseren|-0.96
p:klager eerlijk|etiketteren|0.91
p:klas ?|open-vraag|1.0
p:klas ?|moraliseren|-0.99
p:klas ?|adviseren|-1.0
p:klas ?|prijzen|0.99
p:klas ?|geruststellen|-0.99
p:klas begonnen|parafrase|0.97
p:klas bij|samenvatting|-0.93
p:klas bram|jij-boodschap|0.97
p:klas bram|waarschuwen|0.97
p:klas bram|bekritiseren|0.97
p:klas dat|geruststellen|1.71
p:klas dus|adviseren|-0.83
p:klas dus|prijzen|0.94
p:klas en|ik-boodschap|0.93
p:klas en|parafrase|-0.89
p:klas en|gevoelsreflectie|-0.75
p:klas en|samenvatting|-0.95
p:klas en|argumenteren|-0.89
p:klas en|bekritiseren|-1.0
p:klas gelijk|jij-boodschap|-0.73
p:klas gelijk|parafrase|0.9
p:klas gelijk|argumenteren|0.9
p:klas haalde|parafrase|0.94
p:klas haalde|argumenteren|0.94
p:klas het|ik-boodschap|-0.86
p:klas het|samenvatting|-0.86
p:klas hoe|ik-boodschap|0.99
p:klas is|samenvatting|0.93
p:klas is|open-vraag|-0.93
p:klas is|bevelen|0.87
p:klas joep|jij-boodschap|0.95
p:klas joep|waarschuwen|0.95
p:klas joep|bekritiseren|1.44
p:klas mila|prijzen|0.82
p:klas roept|ik-boodschap|1.52
p:klas schrok|interpreteren|-1.0
p:klas slechter|argumenteren|1.0
p:klas te|ik-boodschap|-0.88
p:klas te|samenvatting|0.94
p:klas te|bekritiseren|-0.94
p:klas tijd|open-vraag|0.87
p:klas toch|prijzen|-0.92
p:klas zit|waarschuwen|-0.93
p:klasgenoot hielp|ik-boodschap|0.96
p:klasgenoot zo|jij-boodschap|0.91
p:klasgenoot zo|open-vraag|-0.87
p:klasgenoot zo|bekritiseren|0.91
p:klasgenoten praten|moraliseren|0.8
p:klassieke pushy|etiketteren|1.0
p:kleren durft|interpreteren|-0.93
p:kletst de|bekritiseren|0.97
p:kleuter luuk|jij-boodschap|1.77
p:kleuter luuk|etiketteren|0.97
p:kleuterachtig gedoe|etiketteren|1.66
p:klinkt als|gevoelsreflectie|0.99
p:klinkt als|open-vraag|-0.98
p:klinkt als|etiketteren|0.91
p:klinkt alsof|jij-boodschap|-1.0
p:klinkt alsof|gevoelsreflectie|1.87
p:klinkt alsof|moraliseren|-1.0
p:klinkt alsof|bekritiseren|-1.0
p:klinkt machteloos|gevoelsreflectie|0.84
p:klinkt ongerust|etiketteren|-1.0
p:klinkt ongerust|ondervragen|-1.0
p:klinkt teleurgesteld|parafrase|-0.75
p:klinkt zorgelijk|gevoelsreflectie|0.98
p:klinkt zorgelijk|open-vraag|0.86
p:klopt dat|gevoelsreflectie|0.89
p:klopt dat|samenvatting|0.93
p:klopt gewoon|argumenteren|0.97
p:klopt gewoon|geruststellen|-0.97
p:kluisjes staat|ik-boodschap|1.63
p:knap dat|prijzen|1.0
p:knap hoor|prijzen|0.93
p:kom hier|afleiden|-0.98
p:kom ik|afleiden|1.0
p:kom je|ik-boodschap|0.99
p:kom je|jij-boodschap|-0.12
p:kom je|parafrase|-0.99
p:kom je|bekritiseren|-0.78
p:kom we|moraliseren|-1.0
p:kom we|afleiden|1.0
p:komen melden|argumenteren|-0.99
p:komen niet|argumenteren|-0.94
p:komen we|samenvatting|-0.83
p:komst ik|afronding-aankondigen|-0.98
p:komt allemaal|geruststellen|1.79
p:komt altijd|moraliseren|-0.6
p:komt daan|bekritiseren|-0.57
p:komt dan|parafrase|0.91
p:komt de|open-vraag|-0.92
p:komt denk|waarschuwen|-0.91
p:komt doordat|bekritiseren|-0.95
p:komt echt|gevoelsreflectie|0.97
p:komt echt|adviseren|-0.83
p:komt er|geruststellen|1.89
p:komt er|bedanken|-0.99
p:komt geen|ik-boodschap|0.99
p:komt geen|argumenteren|-0.71
p:komt gewoon|interpreteren|0.99
p:komt goed|open-vraag|0.92
p:komt goed|adviseren|0.86
p:komt goed|etiketteren|-0.99
p:komt goed|geruststellen|1.91
p:komt goed|afleiden|-1.92
p:komt het|jij-boodschap|0.92
p:komt het|samenvatting|-0.8
p:komt het|open-vraag|0.96
p:komt het|bekritiseren|0.92
p:komt het|prijzen|-0.16
p:komt hij|open-vraag|-1.0
p:komt hij|ondervragen|1.0
p:komt je|ik-boodschap|-0.95
p:komt je|jij-boodschap|0.95
p:komt je|bekritiseren|0.95
p:komt kan|open-vraag|0.99
p:komt later|open-vraag|-1.65
p:komt later|afleiden|0.99
p:komt moet|argumenteren|-0.99
p:komt opdagen|jij-boodschap|1.82
p:komt opdagen|gevoelsreflectie|-0.99
p:komt opdagen|bekritiseren|2.04
p:komt opdagen|bedanken|-0.99
p:komt uit|jij-boodschap|-0.85
p:komt vaak|parafrase|-0.99
p:komt vaak|samenvatting|0.99
p:komt vanzelf|afleiden|-0.38
p:komt vast|geruststellen|-0.84
p:komt volgende|jij-boodschap|-0.98
p:komt volgende|vervolgafspraak|-1.85
p:komt voort|interpreteren|0.99
p:komt wat|parafrase|-0.91
p:komt wel|geruststellen|0.62
p:komt zo|bevelen|-1.84
p:kon ik|aanmoediging|-0.96
p:kon komen|jij-boodschap|-0.98
p:kon maken|gevoelsreflectie|-0.71
p:kon maken|open-vraag|0.97
p:kon maken|adviseren|0.97
p:kon maken|vervolgafspraak|0.97
p:kon zijn|gevoelsreflectie|-0.81
p:kort ayoub|samenvatting|0.97
p:kortom hij|samenvatting|0.66
p:kortom hij|open-vraag|0.66
p:kortom je|geruststellen|-0.98
p:kortom jij|jij-boodschap|1.89
p:kortom jij|samenvatting|-1.67
p:kortom jij|open-vraag|-0.95
p:kortom jij|bevelen|-0.86
p:kortom jij|bekritiseren|2.2
p:kortom meer|samenvatting|0.84
p:kortom u|gevoelsreflectie|-0.9
p:kortom volgens|aanmoediging|-0.95
p:kortom we|samenvatting|1.88
p:kost de|open-vraag|0.87
p:kreeg geen|gevoelsreflectie|0.92
p:kreeg geen|vervolgafspraak|0.76
p:krijg je|waarschuwen|0.98
p:krijgen een|etiketteren|-0.92
p:krijgt bijles|samenvatting|0.92
p:krijgt bijles|bedanken|0.69
p:krijgt een|argumenteren|0.97
p:krijgt een|vervolgafspraak|-0.97
p:krijgt en|vervolgafspraak|0.93
p:krijgt geen|argumenteren|0.7
p:krijgt hij|samenvatting|-0.94
p:krijgt in|parafrase|-0.98
p:krijgt in|prijzen|-0.93
p:krijgt te|argumenteren|-0.9
p:krijgt ze|etiketteren|-0.99
p:kritiek op|jij-boodschap|1.0
p:kritiek op|adviseren|-1.0
p:kritiek op|bekritiseren|1.0
p:kun je|ik-boodschap|0.89
p:kun je|waarschuwen|-0.98
p:kun je|moraliseren|-0.99
p:kun je|adviseren|0.83
p:kun je|bekritiseren|-0.47
p:kun je|prijzen|0.99
p:kun je|geruststellen|-0.99
p:kun je|ondervragen|-0.96
p:kun je|afleiden|-0.74
p:kunnen altijd|jij-boodschap|-0.99
p:kunnen altijd|bevelen|-0.87
p:kunnen dan|open-vraag|-0.99
p:kunnen de|ik-boodschap|1.52
p:kunnen helpen|waarschuwen|-0.99
p:kunnen lezen|ik-boodschap|-1.72
p:kunnen lezen|parafrase|1.0
p:kunnen maken|argumenteren|0.99
p:kunnen praten|adviseren|1.0
p:kunnen praten|bekritiseren|-0.99
p:kunnen praten|interpreteren|-1.0
p:kunnen we|ik-boodschap|0.99
p:kunnen we|open-vraag|0.99
p:kunnen we|vervolgafspraak|-0.95
p:kunnen weten|moraliseren|-0.85
p:kunt accepteren|parafrase|-1.0
p:kunt accepteren|moraliseren|-1.0
p:kunt accepteren|interpreteren|1.0
p:kunt best|adviseren|-0.83
p:kunt best|prijzen|0.94
p:kunt beter|bevelen|-0.63
p:kunt hem|adviseren|1.85
p:kunt mij|interpreteren|-0.98
p:kunt op|prijzen|0.83
p:kunt u|ik-boodschap|0.88
p:kunt u|bevelen|-0.99
p:kunt u|adviseren|0.99
p:kunt u|etiketteren|-0.91
p:kunt u|afleiden|-0.96
p:kunt u|vervolgafspraak|0.97
p:kwaad maar|gevoelsreflectie|0.73
p:kwaad maar|interpreteren|0.95
p:kwaad over|geruststellen|-0.9
p:kwam dat|parafrase|0.97
p:kwam dat|bekritiseren|-0.97
p:kwam kan|ik-boodschap|0.98
p:kwart over|bevelen|0.91
p:kwestie van|geruststellen|0.7
p:kwetst me|samenvatting|-0.93
p:laag maar|jij-boodschap|-0.73
p:laag maar|parafrase|0.9
p:laag maar|argumenteren|0.9
p:laat ?|jij-boodschap|0.86
p:laat ?|adviseren|-0.91
p:laat ?|afleiden|-0.91
p:laat begonnen|bekritiseren|0.74
p:laat begonnen|etiketteren|-0.99
p:laat bent|open-vraag|0.96
p:laat binnenkomt|ik-boodschap|0.95
p:laat binnenkomt|jij-boodschap|-0.95
p:laat binnenkomt|open-vraag|0.87
p:laat dan|jij-boodschap|-0.91
p:laat dat|bekritiseren|-0.91
p:laat dit|waarschuwen|-1.0
p:laat en|ik-boodschap|-1.95
p:laat en|bevelen|-0.96
p:laat en|waarschuwen|1.0
p:laat gekomen|ik-boodschap|0.93
p:laat heeft|parafrase|0.96
p:laat heeft|bekritiseren|-0.84
p:laat hem|ik-boodschap|-0.95
p:laat hem|bevelen|-1.88
p:laat hem|moraliseren|0.96
p:laat hem|adviseren|-0.2
p:laat hem|bekritiseren|-1.1
p:laat hem|interpreteren|-0.98
p:laat hem|afleiden|-0.96
p:laat het|bevelen|0.93
p:laat hij|jij-boodschap|0.92
p:laat hij|parafrase|-0.99
p:laat hij|samenvatting|0.99
p:laat hij|bekritiseren|0.92
p:laat ik|aanmoediging|-0.96
p:laat ik|waarschuwen|0.96
p:laat in|bekritiseren|-1.72
p:laat ingeleverd|ik-boodschap|1.0
p:laat ingeleverd|argumenteren|0.97
p:laat ingeleverd|vervolgafspraak|-0.97
p:laat is|gevoelsreflectie|-0.97
p:laat is|samenvatting|0.7
p:laat is|open-vraag|-0.97
p:laat is|bekritiseren|0.93
p:laat komt|ik-boodschap|-0.93
p:laat komt|open-vraag|-1.0
p:laat komt|argumenteren|-0.99
p:laat komt|geruststellen|-0.96
p:laat komt|ondervragen|1.0
p:laat me|bekritiseren|1.68
p:laat mij|bevelen|0.97
p:laat u|jij-boodschap|-0.97
p:laat u|samenvatting|-0.95
p:laat u|bevelen|0.81
p:laat u|adviseren|0.93
p:laat u|bekritiseren|-0.51
p:laat u|vervolgafspraak|0.99
p:laat volgt|moraliseren|-0.99
p:laat volgt|argumenteren|0.99
p:laat weten|open-vraag|-0.96
p:laat weten|moraliseren|-0.96
p:laat ze|moraliseren|1.0
p:laat ze|bekritiseren|-1.0
p:laatste drie|ik-boodschap|1.97
p:laatste drie|open-vraag|-1.0
p:laatste drie|adviseren|0.97
p:laatste drie|vervolgafspraak|0.97
p:laatste het|ik-boodschap|-0.91
p:laatste kans|bekritiseren|-0.93
p:laatste tijd|open-vraag|-0.92
p:laatste uur|geruststellen|-0.99
p:laatste weken|ik-boodschap|-0.96
p:laatste weken|open-vraag|0.99
p:laatste weken|adviseren|-0.93
p:laatste weken|argumenteren|-1.0
p:laatste weken|vervolgafspraak|-1.93
p:laatste woord|ik-boodschap|-0.95
p:laatste woord|jij-boodschap|0.95
p:laatste woord|bekritiseren|1.66
p:lage cijfers|samenvatting|0.97
p:laks met|bekritiseren|0.91
p:lang gamen|jij-boodschap|-0.97
p:langs te|bedanken|0.99
p:langst dat|moraliseren|0.9
p:langzamer dan|ik-boodschap|-0.96
p:lapt alle|jij-boodschap|0.7
p:laptop niet|ik-boodschap|0.89
p:laptop om|adviseren|0.96
p:laptop van|etiketteren|-0.99
p:last van|geruststellen|0.93
p:last van|afleiden|-0.93
p:lastig als|ik-boodschap|0.95
p:lastig als|jij-boodschap|-0.95
p:lastig dat|adviseren|-1.0
p:lastig gesprek|ik-boodschap|-1.0
p:lastig in|bekritiseren|-0.96
p:lastig is|jij-boodschap|0.95
p:lastig is|gevoelsreflectie|-0.85
p:lastig is|bekritiseren|0.85
p:lastig vindt|bekritiseren|-0.83
p:lastig vond|jij-boodschap|-0.8
p:lastige ouder|jij-boodschap|0.95
p:lastige situatie|argumenteren|-0.98
p:lat veel|bekritiseren|0.92
p:lat zo|interpreteren|1.0
p:laten ?|open-vraag|-0.99
p:laten ?|vervolgafspraak|-0.99
p:laten dank|samenvatting|0.84
p:laten dank|bedanken|0.75
p:laten denk|bekritiseren|-0.9
p:laten denk|interpreteren|0.94
p:laten en|afronding-aankondigen|0.95
p:laten en|vervolgafspraak|0.95
p:laten en|bedanken|-0.61
p:laten gamen|moraliseren|-0.92
p:laten hem|bekritiseren|0.87
p:laten hem|etiketteren|-0.73
p:laten ik|bedanken|-0.99
p:laten komen|jij-boodschap|0.85
p:laten liggen|parafrase|0.91
p:laten plannen|adviseren|0.86
p:laten rusten|afleiden|0.8
p:laten schieten|jij-boodschap|1.9
p:laten schieten|waarschuwen|-0.98
p:laten schieten|bekritiseren|0.53
p:laten thuisblijven|adviseren|-0.98
p:laten thuisblijven|bekritiseren|-0.98
p:laten voor|afleiden|-1.39
p:laten voor|afronding-aankondigen|0.97
p:laten voor|vervolgafspraak|-0.93
p:laten we|samenvatting|-0.99
p:laten we|argumenteren|-0.99
p:laten we|prijzen|-0.82
p:laten we|interpreteren|-0.99
p:laten we|afleiden|1.61
p:laten we|afronding-aankondigen|-0.93
p:laten we|bedanken|-0.93
p:laten wegkomen|ik-boodschap|-0.74
p:laten wegkomen|bekritiseren|0.91
p:laten zien|ik-boodschap|-0.11
p:laten zien|jij-boodschap|-0.71
p:laten zullen|afronding-aankondigen|0.93
p:later op|afleiden|1.0
p:later wel|open-vraag|-1.65
p:later wel|afleiden|0.99
p:leeftijd allemaal|geruststellen|-0.87
p:leeftijd allemaal|afleiden|0.94
p:leeftijd hoor|moraliseren|0.86
p:leek het|jij-boodschap|0.7
p:leerling als|waarschuwen|-1.0
p:leerling heb|moraliseren|0.96
p:leerling heb|argumenteren|-0.96
p:leerling hoor|argumenteren|0.97
p:leerling hoor|vervolgafspraak|-0.97
p:leerling in|moraliseren|0.91
p:leerling met|moraliseren|-0.89
p:leerling met|argumenteren|0.89
p:leerling mila|moraliseren|0.69
p:leerlingen bij|open-vraag|-0.59
p:leerlingen die|argumenteren|0.95
p:leerlingen die|geruststellen|-0.68
p:leerlingen hebben|geruststellen|0.93
p:leerlingen hebben|afleiden|-0.93
p:leerlingen krijgen|etiketteren|-0.92
p:leerlingen met|argumenteren|1.0
p:leerlingen van|prijzen|0.82
p:leerplichtambtenaar in|waarschuwen|1.0
p:leert hoe|bevelen|-0.99
p:leert maar|ik-boodschap|0.78
p:leg die|bevelen|0.9
p:leg je|bevelen|1.0
p:legt de|bekritiseren|0.92
p:legt en|samenvatting|-0.99
p:legt tijdens|open-vraag|-0.99
p:legt ze|interpreteren|1.0
p:lekker bezig|bekritiseren|1.34
p:lekker bezig|etiketteren|-0.95
p:lekker dat|ik-boodschap|1.0
p:leraar zei|moraliseren|0.48
p:leraren hebben|geruststellen|-0.93
p:leren dat|moraliseren|0.95
p:leren je|bevelen|-0.95
p:leren je|moraliseren|0.9
p:leren je|geruststellen|-0.95
p:leren omdat|argumenteren|-0.68
p:les de|open-vraag|-0.99
p:les door|bekritiseren|0.97
p:les en|argumenteren|-0.96
p:les even|waarschuwen|-0.96
p:les gegaan|ik-boodschap|-0.99
p:les gewoon|ik-boodschap|-0.99
p:les niet|open-vraag|0.96
p:les onderbreken|open-vraag|-0.66
p:les op|open-vraag|0.6
p:les voor|jij-boodschap|0.97
p:les voor|waarschuwen|0.97
p:les voor|bekritiseren|0.97
p:les voorbij|ik-boodschap|-0.77
p:les voorbij|parafrase|-0.89
p:les voorbij|bekritiseren|-1.0
p:les weer|etiketteren|-0.77
p:les weg|bekritiseren|-0.98
p:les wegzakt|ik-boodschap|0.88
p:les zijn|open-vraag|0.82
p:lessen niet|ik-boodschap|1.0
p:lessen zonder|ik-boodschap|0.98
p:let gewoon|bekritiseren|1.22
p:let maar|jij-boodschap|-0.99
p:let maar|bevelen|-0.78
p:let maar|geruststellen|0.99
p:let maar|afleiden|-0.84
p:let op|ik-boodschap|-0.96
p:let op|bevelen|-0.96
p:let thuis|ik-boodschap|-0.95
p:let thuis|samenvatting|0.95
p:letten gewoon|bevelen|-0.99
p:letten gewoon|bekritiseren|-1.29
p:letten gewoon|interpreteren|-0.99
p:letten thuis|jij-boodschap|1.0
p:letten thuis|bekritiseren|1.13
p:letten thuis|ondervragen|-0.97
p:leuk dat|jij-boodschap|-0.94
p:leuk dat|bekritiseren|-0.76
p:leuk dat|prijzen|-0.94
p:leuk te|samenvatting|-0.91
p:leuke plannen|afleiden|0.91
p:leukste leerlingen|prijzen|0.82
p:lever dat|bevelen|0.99
p:lezen de|jij-boodschap|0.91
p:lezen de|bekritiseren|0.66
p:liegen niet|waarschuwen|-0.86
p:liegen niet|moraliseren|1.56
p:liegen niet|argumenteren|-0.92
p:lieke vindt|open-vraag|-0.92
p:liever niet|ondervragen|-1.0
p:liever niet|afleiden|0.84
p:lig je|jij-boodschap|0.95
p:lig je|waarschuwen|0.95
p:lig je|bekritiseren|1.44
p:liggen en|samenvatting|0.97
p:ligt het|aanmoediging|-0.95
p:ligt maar|geruststellen|0.99
p:ligt maar|bedanken|-0.99
p:lijkt er|gevoelsreflectie|0.89
p:lijkt er|open-vraag|0.99
p:lijkt me|aanmoediging|-0.96
p:lijkt me|adviseren|0.97
p:lijkt me|geruststellen|-0.99
p:lijkt of|adviseren|-1.0
p:loes zo'n|parafrase|-0.99
p:logisch dat|moraliseren|-0.89
p:logisch dat|argumenteren|0.89
p:lokaal 14|vervolgafspraak|0.92
p:lokaal gaan|ik-boodschap|0.81
p:lokaal verlaat|ik-boodschap|-0.91
p:loop je|waarschuwen|-0.99
p:loopt hij|open-vraag|0.99
p:loopt midden|bekritiseren|-0.98
p:los te|bekritiseren|-1.73
p:los te|interpreteren|0.94
p:lotte ?|gevoelsreflectie|-0.7
p:lotte haar|ik-boodschap|1.0
p:lotte haar|moraliseren|-1.0
p:lotte haar|vervolgafspraak|-1.0
p:lotte sinds|open-vraag|1.0
p:lucas zijn|waarschuwen|0.91
p:luchtig houden|afronding-aankondigen|-0.94
p:luchtig over|bekritiseren|0.39
p:lui bent|jij-boodschap|-0.75
p:lui bent|interpreteren|-0.97
p:lui bent|geruststellen|0.98
p:lui hij|interpreteren|0.96
p:lui is|jij-boodschap|0.81
p:lui is|argumenteren|-1.0
p:lui is|bekritiseren|-1.0
p:lui is|interpreteren|0.98
p:lui om|bekritiseren|1.62
p:lui om|etiketteren|0.76
p:luisteren en|prijzen|-1.0
p:luisteren en|geruststellen|-1.0
p:luistert niet|bekritiseren|0.7
p:lukt het|prijzen|1.0
p:lukt het|geruststellen|-0.97
p:lukt niet|geruststellen|-0.98
p:lukt vast|gevoelsreflectie|-1.0
p:lukt vast|open-vraag|-1.0
p:lukt vast|prijzen|1.0
p:lukt vast|interpreteren|-1.0
p:luuk is|ik-boodschap|0.97
p:luuk is|jij-boodschap|-0.97
p:luuk is|argumenteren|-0.97
p:luuk is|bekritiseren|-0.97
p:maak ik|gevoelsreflectie|-1.0
p:maak ik|vervolgafspraak|1.0
p:maak je|bevelen|0.79
p:maak je|adviseren|-0.79
p:maak je|geruststellen|0.96
p:maak me|ik-boodschap|1.03
p:maak me|jij-boodschap|-1.66
p:maak me|samenvatting|-0.86
p:maak me|bevelen|-0.97
p:maak me|waarschuwen|-0.98
p:maak me|moraliseren|-0.87
p:maak me|argumenteren|-1.0
p:maak me|bekritiseren|-1.44
p:maak me|etiketteren|-0.97
p:maak me|vervolgafspraak|-1.0
p:maak u|adviseren|0.78
p:maak u|bekritiseren|-0.98
p:maakt ?|samenvatting|0.66
p:maakt ?|open-vraag|0.66
p:maakt dit|prijzen|-1.0
p:maakt dit|geruststellen|1.0
p:maakt een|samenvatting|0.94
p:maakt een|vervolgafspraak|0.94
p:maakt er|jij-boodschap|0.98
p:maakt er|bekritiseren|-0.42
p:maakt er|etiketteren|-0.77
p:maakt er|geruststellen|-1.0
p:maakt het|gevoelsreflectie|0.89
p:maakt het|open-vraag|0.99
p:maakt kan|adviseren|-0.97
p:maakt maar|jij-boodschap|-0.78
p:maakt maar|gevoelsreflectie|1.0
p:maakt maar|open-vraag|-1.0
p:maakt maar|adviseren|1.0
p:maakt om|ik-boodschap|-0.8
p:maakt om|samenvatting|-0.92
p:maakt om|interpreteren|0.97
p:maakt over|interpreteren|-0.93
p:maakt toch|geruststellen|-0.97
p:maakt u|open-vraag|1.0
p:maakt u|interpreteren|-1.0
p:maakt u|geruststellen|1.9
p:maakt u|afronding-aankondigen|-1.0
p:maakt waardoor|open-vraag|-1.0
p:maakt waardoor|adviseren|0.97
p:maakt waardoor|vervolgafspraak|0.97
p:maakt wat|open-vraag|0.92
p:maakt wat|geruststellen|0.92
p:maakt zich|adviseren|-0.98
p:maakte en|open-vraag|-0.87
p:maakte en|bevelen|-1.0
p:maakte en|waarschuwen|-1.0
p:maand een|adviseren|-0.97
p:maand evalueren|vervolgafspraak|0.93
p:maand van|open-vraag|0.99
p:maand vier|ik-boodschap|1.0
p:maandag de|bedanken|-0.99
p:maandag een|afronding-aankondigen|0.95
p:maandag een|vervolgafspraak|0.95
p:maandag een|bedanken|-0.61
p:maandag en|parafrase|0.99
p:maandag even|samenvatting|-0.99
p:maandag even|adviseren|-0.99
p:maandag het|vervolgafspraak|0.92
p:maandag in|bevelen|0.99
p:maandag niet|ik-boodschap|0.9
p:maandag stuur|bedanken|0.84
p:maanden op|bekritiseren|-0.94
p:maandje ben|geruststellen|0.99
p:maar aanmodderen|bevelen|-0.97
p:maar aanmodderen|adviseren|-0.97
p:maar ach|gevoelsreflectie|0.96
p:maar ach|afleiden|0.96
p:maar beginnen|afleiden|-0.58
p:maar bij|afleiden|-0.87
p:maar bij|afronding-aankondigen|0.97
p:maar dat|bevelen|0.98
p:maar dat|vervolgafspraak|-0.82
p:maar de|ik-boodschap|0.78
p:maar de|jij-boodschap|-0.73
p:maar de|parafrase|1.84
p:maar de|argumenteren|1.84
p:maar dit|gevoelsreflectie|0.97
p:maar een|gevoelsreflectie|-0.92
p:maar een|afleiden|-0.95
p:maar goed|open-vraag|-1.82
p:maar goed|afleiden|1.52
p:maar het|samenvatting|0.93
p:maar het|open-vraag|-0.93
p:maar het|argumenteren|-0.96
p:maar het|geruststellen|-0.98
p:maar hij|jij-boodschap|0.7
p:maar hoe|gevoelsreflectie|-0.99
p:maar hoe|open-vraag|-1.62
p:maar hoe|afleiden|1.65
p:maar ik|gevoelsreflectie|0.73
p:maar ik|interpreteren|0.95
p:maar je|ik-boodschap|-0.72
p:maar je|adviseren|-0.94
p:maar je|geruststellen|1.95
p:maar je|bedanken|-0.99
p:maar joh|afleiden|0.96
p:maar maakt|open-vraag|0.92
p:maar maakt|geruststellen|0.92
p:maar misschien|jij-boodschap|-0.78
p:maar misschien|gevoelsreflectie|1.96
p:maar misschien|open-vraag|-1.0
p:maar misschien|adviseren|2.79
p:maar misschien|bekritiseren|-0.99
p:maar niet|waarschuwen|0.99
p:maar niet|geruststellen|0.98
p:maar niet|afleiden|0.98
p:maar om|parafrase|0.98
p:maar om|prijzen|-0.94
p:maar op|jij-boodschap|-0.99
p:maar op|samenvatting|-0.96
p:maar op|open-vraag|0.66
p:maar op|bevelen|-0.78
p:maar op|geruststellen|-0.93
p:maar op|afleiden|-0.84
p:maar te|ondervragen|-1.0
p:maar thuis|parafrase|0.97
p:maar thuis|bekritiseren|-0.97
p:maar u|jij-boodschap|1.74
p:maar u|gevoelsreflectie|-0.85
p:maar u|argumenteren|0.99
p:maar u|bekritiseren|1.84
p:maar uit|argumenteren|1.0
p:maar verder|parafrase|-0.93
p:maar waarom|gevoelsreflectie|0.71
p:maar waarom|ondervragen|0.91
p:maar wat|bekritiseren|0.22
p:maar ze|geruststellen|0.91
p:maar zelf|jij-boodschap|1.0
p:maar zelf|adviseren|-1.0
p:maar zelf|bekritiseren|1.0
p:maar zijn|bevelen|-0.91
p:maar zijn|bekritiseren|-0.92
p:maart bespreken|samenvatting|0.94
p:maart bespreken|vervolgafspraak|0.94
p:maatregelen moeten|ik-boodschap|-1.0
p:maatregelen moeten|parafrase|-1.0
p:maatregelen moeten|waarschuwen|1.0
p:machteloos bij|bekritiseren|-0.98
p:machteloos hoe|gevoelsreflectie|0.84
p:machteloos voelen|gevoelsreflectie|1.0
p:machteloos voelen|argumenteren|-1.0
p:mag ?|adviseren|1.0
p:mag ?|argumenteren|-1.0
p:mag ?|bekritiseren|-1.0
p:mag hij|waarschuwen|0.91
p:mag ik|samenvatting|-0.99
p:mag ik|geruststellen|-0.92
p:mag ik|bedanken|-0.99
p:mag je|moraliseren|0.91
p:mag je|argumenteren|0.94
p:mag op|gevoelsreflectie|0.64
p:mag rustig|aanmoediging|0.96
p:magister dus|argumenteren|-0.94
p:magister heeft|ik-boodschap|0.96
p:magister heeft|jij-boodschap|-0.96
p:magister heeft|bekritiseren|-0.96
p:magister kijken|aanmoediging|-0.94
p:mail die|bekritiseren|0.93
p:mail gelezen|jij-boodschap|0.95
p:mail gelezen|gevoelsreflectie|-0.85
p:mail gelezen|bekritiseren|0.85
p:mail ik|ik-boodschap|-0.95
p:mail ik|samenvatting|0.95
p:mail met|samenvatting|-0.99
p:mail met|adviseren|-0.99
p:mail met|vervolgafspraak|0.95
p:mail met|bedanken|0.24
p:mail naar|bekritiseren|0.98
p:mail nooit|aanmoediging|-0.94
p:mail nooit|bekritiseren|-0.87
p:mail stuur|ik-boodschap|0.99
p:mail stuur|argumenteren|-0.71
p:mail u|ik-boodschap|-0.99
p:mail u|vervolgafspraak|0.99
p:mail u|bedanken|-1.84
p:mail van|jij-boodschap|-0.9
p:mail van|ondervragen|0.96
p:mails dank|bedanken|1.0
p:mails sturen|bekritiseren|1.78
p:mails sturen|geruststellen|-0.93
p:maken dat|gevoelsreflectie|-0.71
p:maken dat|open-vraag|0.97
p:maken dat|adviseren|0.97
p:maken dat|vervolgafspraak|0.97
p:maken en|vervolgafspraak|0.95
p:maken hij|adviseren|-0.97
p:maken met|afronding-aankondigen|0.93
p:maken voor|samenvatting|-0.91
p:makkelijk een|prijzen|0.97
p:makkelijk is|interpreteren|0.93
p:makkelijk met|bekritiseren|-1.53
p:makkelijk van|jij-boodschap|0.97
p:makkelijk van|bekritiseren|1.7
p:makkelijk van|geruststellen|-0.97
p:makkelijk vanaf|bekritiseren|0.99
p:man de|ik-boodschap|1.0
p:manier om|bekritiseren|0.76
p:manier om|prijzen|0.94
p:manier waarop|parafrase|0.98
p:manier waarop|samenvatting|-0.92
p:me 'ouwe'|samenvatting|-0.93
p:me aan|bevelen|0.99
p:me aan|adviseren|-0.99
p:me daar|bevelen|-0.97
p:me daar|etiketteren|-0.97
p:me dat|parafrase|-0.96
p:me dat|waarschuwen|-0.91
p:me dat|ondervragen|-0.91
p:me echt|ik-boodschap|-1.88
p:me echt|geruststellen|-0.99
p:me eerst|bevelen|0.86
p:me er|bekritiseren|-0.98
p:me er|interpreteren|-0.93
p:me geen|ik-boodschap|-0.86
p:me geen|samenvatting|-0.86
p:me geraakt|ik-boodschap|0.94
p:me goed|open-vraag|-1.0
p:me goed|moraliseren|-1.0
p:me goed|vervolgafspraak|-1.0
p:me heel|aanmoediging|-0.96
p:me hoe|open-vraag|0.82
p:me minder|samenvatting|-0.93
p:me niet|ik-boodschap|1.76
p:me niet|open-vraag|-0.96
p:me niet|moraliseren|-0.96
p:me nooit|bekritiseren|0.84
p:me nu|bekritiseren|0.84
p:me ongerust|open-vraag|1.0
p:me onzeker|open-vraag|-0.99
p:me op|ik-boodschap|-1.76
p:me op|open-vraag|-1.0
p:me opgevallen|ik-boodschap|-0.91
p:me pijn|bekritiseren|-0.54
p:me praten|afronding-aankondigen|-1.0
p:me steeds|bekritiseren|0.84
p:me toe|ik-boodschap|0.95
p:me verantwoordelijk|ik-boodschap|-0.18
p:me verstandig|adviseren|0.97
p:me voorstellen|ik-boodschap|-0.76
p:me voorstellen|gevoelsreflectie|0.88
p:me voorstellen|geruststellen|-0.91
p:me wat|ik-boodschap|1.63
p:me zorgen|ik-boodschap|3.77
p:me zorgen|jij-boodschap|-1.66
p:me zorgen|gevoelsreflectie|-1.0
p:me zorgen|waarschuwen|-0.98
p:me zorgen|moraliseren|-0.87
p:me zorgen|argumenteren|-1.0
p:me zorgen|bekritiseren|-1.44
p:medicijnen regelmatig|vervolgafspraak|0.81
p:mee aan|jij-boodschap|-0.98
p:mee aan|bevelen|-0.98
p:mee aan|bekritiseren|-0.98
p:mee bent|geruststellen|-0.99
p:mee bezig|interpreteren|0.93
p:mee dan|bekritiseren|-0.28
p:mee dan|prijzen|0.95
p:mee doet|ik-boodschap|-0.73
p:mee doet|jij-boodschap|1.71
p:mee doet|bekritiseren|0.98
p:mee donderdag|ik-boodschap|-0.97
p:mee donderdag|afronding-aankondigen|0.97
p:mee donderdag|vervolgafspraak|0.97
p:mee donderdag|bedanken|0.54
p:mee geholpen|jij-boodschap|-0.99
p:mee hebt|gevoelsreflectie|0.49
p:mee kunt|prijzen|0.83
p:mee laat|bevelen|0.93
p:mee mag|gevoelsreflectie|0.64
p:mee naar|bevelen|-0.74
p:mee om|gevoelsreflectie|0.84
p:mee op|ik-boodschap|1.0
p:mee op|bevelen|1.0
p:mee op|bekritiseren|0.85
p:mee op|afronding-aankondigen|1.0
p:mee samen|moraliseren|-0.68
p:mee te|gevoelsreflectie|-0.71
p:mee te|open-vraag|0.97
p:meedenkend dus|waarschuwen|-0.98
p:meedoen met|ik-boodschap|2.86
p:meedoen met|jij-boodschap|-0.97
p:meedoen met|open-vraag|0.99
p:meedoen met|moraliseren|-1.0
p:meedoen met|argumenteren|-0.97
p:meedoen met|bekritiseren|-0.97
p:meedoen met|vervolgafspraak|-1.0
p:meedoet en|open-vraag|-0.99
p:meegedaan met|jij-boodschap|-0.68
p:meekrijgen vind|moraliseren|0.99
p:meeneemt kan|open-vraag|0.96
p:meer aan|ik-boodschap|0.99
p:meer aan|parafrase|-0.99
p:meer afsluiten|waarschuwen|-0.98
p:meer afsluiten|bekritiseren|-0.47
p:meer bij|ik-boodschap|-0.94
p:meer dan|ik-boodschap|-1.0
p:meer dan|moraliseren|1.0
p:meer dan|afleiden|-1.0
p:meer heeft|jij-boodschap|-0.68
p:meer informatie|gevoelsreflectie|-0.9
p:meer inlogt|argumenteren|-0.94
p:meer naar|ik-boodschap|1.0
p:meer over|interpreteren|0.97
p:meer structuur|samenvatting|0.84
p:meer te|moraliseren|-1.0
p:meer te|interpreteren|-0.93
p:meer te|afleiden|1.0
p:meer vaste|jij-boodschap|-1.0
p:meer vaste|samenvatting|1.0
p:meer vaste|bekritiseren|-1.0
p:meer vaste|afleiden|-1.0
p:meer verantwoordelijkheid|moraliseren|0.87
p:meer vertellen|afleiden|-0.96
p:meer verwachten|moraliseren|0.91
p:meer zelf|adviseren|0.86
p:meer zijn|bekritiseren|-0.95
p:mees hoe|open-vraag|1.0
p:mees hoe|adviseren|-1.0
p:mees om|samenvatting|0.97
p:meest zorgen|gevoelsreflectie|1.0
p:meest zorgen|open-vraag|1.0
p:meest zorgen|interpreteren|-1.0
p:meest zorgen|afronding-aankondigen|-1.0
p:meewerkt schakel|waarschuwen|1.0
p:mei gemaild|argumenteren|0.69
p:meid dan|ondervragen|-0.96
p:meid dan|afleiden|-0.74
p:meid je|etiketteren|-0.99
p:meivakantie stiller|open-vraag|1.0
p:melden bij|ik-boodschap|0.95
p:melden bij|waarschuwen|-0.95
p:melden naar|samenvatting|-1.0
p:meldt je|ik-boodschap|-0.96
p:meldt je|bevelen|-0.96
p:meldt u|ondervragen|-0.97
p:meneer dat|bekritiseren|-0.75
p:meneer hassan|aanmoediging|-0.91
p:meneer hassan|etiketteren|-0.76
p:meneer weet|etiketteren|0.97
p:mentor erbij|afronding-aankondigen|-0.92
p:mentor erbij|vervolgafspraak|0.78
p:mentor gaat|bevelen|-0.87
p:mentor gaf|ik-boodschap|-0.99
p:mentor gemeld|gevoelsreflectie|0.71
p:mentor houdt|geruststellen|0.84
p:mentor op|samenvatting|0.99
p:mentor op|bedanken|0.99
p:mentor schreef|geruststellen|-0.96
p:mentor te|jij-boodschap|-0.97
p:mentor te|parafrase|0.79
p:mentor van|waarschuwen|-0.97
p:mentor voor|etiketteren|-0.96
p:merk dat|ik-boodschap|-0.99
p:merk dat|samenvatting|-0.99
p:merk dat|aanmoediging|0.96
p:merk ik|parafrase|-1.0
p:merk ik|gevoelsreflectie|1.0
p:merk ik|geruststellen|-0.9
p:merk je|bekritiseren|-0.99
p:merk je|etiketteren|0.99
p:merken ?|bekritiseren|0.63
p:merkt dus|parafrase|0.91
p:merkt u|ik-boodschap|0.99
p:merkt u|open-vraag|1.06
p:merkt u|aanmoediging|-0.99
p:met andere|ik-boodschap|-0.72
p:met andere|parafrase|1.96
p:met andere|gevoelsreflectie|-0.98
p:met andere|samenvatting|-0.68
p:met andere|argumenteren|-1.0
p:met andere|bekritiseren|-0.84
p:met andere|geruststellen|-0.97
p:met daan|jij-boodschap|-1.0
p:met daan|parafrase|1.0
p:met dat|jij-boodschap|-0.86
p:met de|ik-boodschap|1.06
p:met de|jij-boodschap|0.95
p:met de|gevoelsreflectie|0.92
p:met de|samenvatting|-0.99
p:met de|waarschuwen|-0.97
p:met de|argumenteren|-1.68
p:met de|bekritiseren|0.77
p:met de|prijzen|-0.92
p:met de|interpreteren|-1.0
p:met de|afleiden|0.81
p:met de|afronding-aankondigen|-0.98
p:met de|vervolgafspraak|1.74
p:met de|bedanken|-1.62
p:met die|gevoelsreflectie|0.87
p:met die|bekritiseren|-1.53
p:met die|etiketteren|-0.89
p:met dit|parafrase|-0.97
p:met een|ik-boodschap|0.94
p:met een|jij-boodschap|-0.98
p:met een|argumenteren|1.0
p:met een|afronding-aankondigen|0.95
p:met een|vervolgafspraak|0.14
p:met een|bedanken|0.24
p:met frans|ik-boodschap|-0.9
p:met frans|gevoelsreflectie|-1.0
p:met gym|ik-boodschap|1.0
p:met gym|jij-boodschap|-0.68
p:met gym|moraliseren|-1.0
p:met gym|vervolgafspraak|-1.0
p:met haar|ik-boodschap|1.81
p:met haar|jij-boodschap|0.93
p:met haar|adviseren|-0.93
p:met haar|bekritiseren|1.42
p:met hem|ik-boodschap|0.9
p:met hem|jij-boodschap|1.71
p:met hem|gevoelsreflectie|0.99
p:met hem|samenvatting|0.99
p:met hem|moraliseren|-1.0
p:met hem|adviseren|2.92
p:met hem|bekritiseren|1.88
p:met hem|ondervragen|-0.86
p:met hem|bedanken|0.99
p:met het|parafrase|-1.0
p:met het|samenvatting|-1.0
p:met het|open-vraag|1.0
p:met het|bekritiseren|-0.92
p:met het|afleiden|-0.92
p:met het|bedanken|0.94
p:met hun|moraliseren|0.98
p:met hun|afleiden|-0.98
p:met ingrijpen|bekritiseren|0.74
p:met ingrijpen|etiketteren|-0.99
p:met je|ik-boodschap|-0.76
p:met je|parafrase|0.99
p:met je|samenvatting|1.74
p:met je|bekritiseren|1.84
p:met je|vervolgafspraak|-0.2
p:met mees|samenvatting|0.97
p:met mij|samenvatting|0.94
p:met mij|bekritiseren|-1.93
p:met mij|prijzen|-1.0
p:met noor|bedanken|-0.78
p:met plannen|bevelen|-0.99
p:met plezier|samenvatting|0.95
p:met praten|bevelen|1.0
p:met roken|adviseren|-0.85
p:met school|moraliseren|0.97
p:met school|argumenteren|-0.97
p:met school|afleiden|-0.64
p:met school|vervolgafspraak|-0.94
p:met sven|adviseren|0.94
p:met u|open-vraag|0.37
p:met u|vervolgafspraak|0.97
p:met uitleggen|vervolgafspraak|-0.98
p:met uw|ik-boodschap|-1.0
p:met uw|bekritiseren|-0.98
p:met uw|prijzen|1.0
p:met uw|afleiden|0.98
p:met verlof|bevelen|-0.87
p:met wie|open-vraag|-1.0
p:met zijn|ik-boodschap|0.74
p:met zijn|parafrase|-0.99
p:met zijn|samenvatting|-0.99
p:met zijn|open-vraag|-0.93
p:met zijn|ondervragen|-0.91
p:met zijn|afleiden|-0.81
p:met zo'n|prijzen|0.77
p:met zoveel|moraliseren|-0.89
p:met zoveel|argumenteren|0.89
p:meteen gebeld|bekritiseren|-0.91
p:meteen in|ik-boodschap|-1.0
p:meteen in|prijzen|1.0
p:meteen na|jij-boodschap|-0.86
p:meteen na|adviseren|0.97
p:meteen tegen|ondervragen|0.91
p:mevrouw dan|bekritiseren|-0.92
p:mevrouw de|bevelen|0.99
p:mevrouw de|etiketteren|0.91
p:mevrouw jansen|bekritiseren|-1.31
p:mevrouw smit|bevelen|0.64
p:mevrouw smit|moraliseren|-0.9
p:mevrouw smit|interpreteren|-0.9
p:mevrouw u|geruststellen|-0.99
p:middag ruzie|parafrase|0.99
p:midden in|open-vraag|-0.87
p:midden in|bevelen|-1.0
p:midden in|waarschuwen|-1.0
p:midden in|bekritiseren|-0.98
p:middernacht gamen|moraliseren|0.96
p:middernacht gamen|afleiden|-0.96
p:mij ?|gevoelsreflectie|-0.98
p:mij altijd|jij-boodschap|0.97
p:mij altijd|bekritiseren|1.8
p:mij altijd|interpreteren|-0.98
p:mij doe|afronding-aankondigen|-0.97
p:mij doet|waarschuwen|-1.0
p:mij doet|ondervragen|-1.0
p:mij eerst|bevelen|0.97
p:mij even|bevelen|0.81
p:mij even|bekritiseren|-0.51
p:mij gewoon|geruststellen|-0.97
p:mij gezegd|ondervragen|0.91
p:mij in|vervolgafspraak|0.92
p:mij legt|interpreteren|1.0
p:mij meldt|bevelen|0.94
p:mij niet|jij-boodschap|-0.94
p:mij ooit|jij-boodschap|1.81
p:mij ooit|bekritiseren|1.53
p:mij op|afronding-aankondigen|-0.95
p:mij praten|samenvatting|0.94
p:mij praten|bekritiseren|-0.94
p:mij schreeuwt|prijzen|-1.0
p:mij schreeuwt|geruststellen|-1.0
p:mij teleur|jij-boodschap|1.0
p:mij teleur|bekritiseren|1.0
p:mij terecht|jij-boodschap|-0.99
p:mij terecht|bevelen|-0.87
p:mij uitvalt|open-vraag|-0.59
p:mij voortaan|bekritiseren|-0.38
p:mij weten|vervolgafspraak|0.99
p:mij wilde|bekritiseren|-1.0
p:mij wilde|prijzen|-1.0
p:mij zijn|waarschuwen|-0.83
p:mij zit|interpreteren|0.93
p:mijn advies|moraliseren|-0.92
p:mijn berichten|jij-boodschap|-0.96
p:mijn berichten|argumenteren|-0.94
p:mijn berichten|vervolgafspraak|-0.95
p:mijn bureau|bevelen|1.99
p:mijn collega|bekritiseren|-0.96
p:mijn collega|vervolgafspraak|0.84
p:mijn collega's|bekritiseren|-1.89
p:mijn eigen|samenvatting|0.87
p:mijn les|ik-boodschap|-0.99
p:mijn mails|bedanken|1.0
p:mijn naam|ik-boodschap|-1.0
p:mijn privénummer|jij-boodschap|0.97
p:mijn privénummer|bekritiseren|1.8
p:mijn tijd|moraliseren|0.48
p:mijn tip|adviseren|0.78
p:mijn verhaal|bekritiseren|0.84
p:mijn volgende|vervolgafspraak|-0.96
p:mijn zaak|bevelen|-0.95
p:mijn zin|open-vraag|-0.87
p:mijn zin|bevelen|0.78
p:mijn zin|waarschuwen|-1.0
p:mijn zin|bekritiseren|-0.51
p:mila ?|moraliseren|0.69
p:mila dus|prijzen|0.82
p:mila haar|open-vraag|0.96
p:mila zonder|open-vraag|0.99
p:milan de|ik-boodschap|0.96
p:milan de|jij-boodschap|-0.96
p:milan de|bekritiseren|-0.96
p:milan gaat|ik-boodschap|-1.0
p:milan gaat|open-vraag|-1.0
p:milan steeds|open-vraag|-0.66
p:minder schermtijd|jij-boodschap|-1.0
p:minder schermtijd|samenvatting|1.0
p:minder schermtijd|bekritiseren|-1.0
p:minder schermtijd|afleiden|-1.0
p:minder serieus|samenvatting|-0.93
p:minder te|moraliseren|-0.92
p:minste wat|moraliseren|0.96
p:minuten begint|vervolgafspraak|-0.96
p:minuten te|open-vraag|0.87
p:mis de|argumenteren|0.97
p:mis je|ik-boodschap|1.0
p:misgaat wat|samenvatting|-0.66
p:misgaat wat|open-vraag|0.97
p:misschien is|jij-boodschap|-0.78
p:misschien is|gevoelsreflectie|1.0
p:misschien is|open-vraag|-1.0
p:misschien is|adviseren|1.0
p:misschien kun|adviseren|0.83
p:misschien kunt|ik-boodschap|0.88
p:misschien kunt|bevelen|-0.99
p:misschien kunt|adviseren|1.95
p:misschien kunt|bekritiseren|0.98
p:misschien kunt|interpreteren|0.93
p:misschien kunt|vervolgafspraak|0.97
p:misschien moet|ik-boodschap|0.96
p:misschien moet|moraliseren|-0.87
p:misschien moet|adviseren|0.96
p:misschien zou|bekritiseren|-0.99
p:missen maar|gevoelsreflectie|-0.92
p:missen vaker|geruststellen|-0.68
p:mist daardoor|parafrase|-0.99
p:mist daardoor|samenvatting|0.99
p:mist haar|ik-boodschap|-0.88
p:mist het|ik-boodschap|1.0
p:mist hij|jij-boodschap|-0.95
p:mist iris|ik-boodschap|-0.8
p:mist iris|samenvatting|-0.94
p:mist je|samenvatting|0.92
p:mist je|open-vraag|0.92
p:mist thijs|ik-boodschap|0.84
p:mist ze|gevoelsreflectie|-1.0
p:mist ze|vervolgafspraak|1.0
p:mist zijn|parafrase|-0.98
p:mist zonder|argumenteren|0.7
p:mm ok|aanmoediging|0.99
p:mo al|ik-boodschap|0.95
p:mo al|waarschuwen|-0.95
p:moe hij|samenvatting|0.97
p:moe van|ik-boodschap|1.0
p:moe van|afronding-aankondigen|1.0
p:moedeloos van|ik-boodschap|0.97
p:moedeloos van|jij-boodschap|-0.97
p:moedeloos van|argumenteren|-0.97
p:moedeloos van|bekritiseren|-0.97
p:moeder daar|moraliseren|0.96
p:moeder daar|afleiden|-0.96
p:moeder dan|etiketteren|-0.91
p:moeder dank|gevoelsreflectie|-0.83
p:moeder dank|bedanken|0.97
p:moeder dus|gevoelsreflectie|-1.0
p:moeder dus|open-vraag|-1.0
p:moeder dus|prijzen|1.0
p:moeder dus|interpreteren|-1.0
p:moeder gegeven|ondervragen|0.95
p:moeder misschien|bevelen|-0.99
p:moeder moest|parafrase|0.94
p:moeder moest|interpreteren|-0.94
p:moeder morgen|vervolgafspraak|0.85
p:moeder te|moraliseren|0.99
p:moeder zou|moraliseren|1.0
p:moeder zou|bekritiseren|-1.0
p:moeilijk hij|gevoelsreflectie|0.92
p:moeilijk hij|vervolgafspraak|0.76
p:moeilijk mee|gevoelsreflectie|0.49
p:moeilijk om|jij-boodschap|-0.93
p:moeilijk om|bekritiseren|-0.9
p:moeilijk om|interpreteren|0.94
p:moeilijk thuis|parafrase|-0.94
p:moeilijk was|parafrase|0.94
p:moeilijk was|argumenteren|0.94
p:moeilijk zijn|aanmoediging|-0.89
p:moeite heeft|ik-boodschap|-0.9
p:moeite heeft|gevoelsreflectie|-1.0
p:moeite nam|bedanken|0.99
p:moeite voor|bekritiseren|1.55
p:moest horen|ik-boodschap|1.0
p:moest horen|parafrase|0.94
p:moest horen|interpreteren|-0.94
p:moet blijven|geruststellen|0.97
p:moet dit|argumenteren|0.96
p:moet doen|bekritiseren|-0.95
p:moet doen|geruststellen|-0.93
p:moet een|gevoelsreflectie|0.86
p:moet even|aanmoediging|-0.94
p:moet gewoon|bevelen|0.79
p:moet gewoon|adviseren|-0.79
p:moet gewoon|geruststellen|0.96
p:moet heel|gevoelsreflectie|1.0
p:moet heel|argumenteren|-1.0
p:moet hem|bevelen|0.98
p:moet het|ik-boodschap|-1.0
p:moet het|gevoelsreflectie|-1.0
p:moet het|afronding-aankondigen|1.0
p:moet hier|vervolgafspraak|-0.96
p:moet ik|open-vraag|1.03
p:moet ik|vervolgafspraak|-0.98
p:moet je|ik-boodschap|0.96
p:moet je|gevoelsreflectie|0.96
p:moet je|moraliseren|0.12
p:moet je|adviseren|0.96
p:moet je|argumenteren|-0.99
p:moet leren|bevelen|-0.95
p:moet leren|moraliseren|1.85
p:moet leren|geruststellen|-0.95
p:moet nu|jij-boodschap|-1.0
p:moet nu|bevelen|1.0
p:moet nu|moraliseren|-1.0
p:moet nu|bekritiseren|-1.0
p:moet sem|ik-boodschap|0.77
p:moet toch|argumenteren|0.99
p:moet u|gevoelsreflectie|-0.96
p:moet voor|gevoelsreflectie|0.98
p:moet zich|waarschuwen|0.86
p:moeten controleren|bekritiseren|0.77
p:moeten dit|afronding-aankondigen|0.98
p:moeten dit|vervolgafspraak|-0.98
p:moeten geven|adviseren|-0.96
p:moeten hem|adviseren|-0.95
p:moeten hem|bekritiseren|-0.85
p:moeten het|moraliseren|0.98
p:moeten het|afleiden|-0.98
p:moeten komen|jij-boodschap|-0.97
p:moeten komen|afronding-aankondigen|-0.97
p:moeten laten|afleiden|-0.87
p:moeten laten|afronding-aankondigen|0.97
p:moeten melden|ik-boodschap|0.95
p:moeten melden|waarschuwen|-0.95
p:moeten nemen|ik-boodschap|-1.0
p:moeten nemen|parafrase|-1.0
p:moeten nemen|waarschuwen|1.0
p:moeten opletten|bekritiseren|-0.93
p:moeten opnemen|bekritiseren|0.83
p:moeten weten|moraliseren|1.9
p:moeten zijn|prijzen|1.0
p:moeten zijn|bedanken|-1.0
p:moeten zo|samenvatting|-0.99
p:mogelijk dat|bekritiseren|0.63
p:mogen vragen|moraliseren|0.96
p:mohammed is|jij-boodschap|1.84
p:mohammed zijn|open-vraag|-1.0
p:mond tegen|bekritiseren|0.56
p:mooi cijfer|parafrase|-0.99
p:mooi cijfer|afleiden|0.8
p:mooi geweest|bedanken|-0.84
p:mooi om|ik-boodschap|0.96
p:mooie cijfer|argumenteren|-0.98
p:moois van|geruststellen|-1.0
p:morgen bij|bevelen|0.94
p:morgen de|afronding-aankondigen|0.93
p:morgen een|ik-boodschap|-0.99
p:morgen een|afronding-aankondigen|-0.98
p:morgen een|vervolgafspraak|0.99
p:morgen een|bedanken|-0.85
p:morgen gewoon|waarschuwen|-0.86
p:morgen gewoon|interpreteren|-0.98
p:morgen met|bevelen|-0.87
p:morgen na|vervolgafspraak|0.85
p:morgen naar|bevelen|0.64
p:morgen naar|moraliseren|-0.9
p:morgen naar|prijzen|-0.92
p:morgen naar|interpreteren|-0.9
p:morgen niet|waarschuwen|0.98
p:morgen om|bevelen|0.98
p:morgen om|bekritiseren|-0.96
p:morgen terug|bedanken|-0.99
p:morgen weer|jij-boodschap|0.97
p:morgen weer|waarschuwen|0.97
p:morgen weer|bekritiseren|0.4
p:morgen wil|bevelen|0.91
p:morgen zelf|bevelen|0.93
p:morgen zelf|vervolgafspraak|-0.81
p:na de|ik-boodschap|-0.96
p:na de|parafrase|-0.23
p:na de|samenvatting|0.99
p:na de|waarschuwen|-0.96
p:na de|argumenteren|-1.0
p:na de|geruststellen|1.0
p:na de|vervolgafspraak|0.97
p:na die|ik-boodschap|0.99
p:na drie|moraliseren|-0.99
p:na drie|argumenteren|0.99
p:na het|jij-boodschap|-0.86
p:na het|parafrase|0.97
p:na school|adviseren|0.97
p:na schooltijd|vervolgafspraak|0.85
p:naam is|ik-boodschap|-1.0
p:naar ?|aanmoediging|-0.99
p:naar artis|prijzen|-0.92
p:naar bed|bevelen|-1.0
p:naar bed|waarschuwen|-0.99
p:naar bed|argumenteren|-1.0
p:naar bed|ondervragen|0.97
p:naar buiten|aanmoediging|-0.96
p:naar buiten|waarschuwen|0.96
p:naar dat|gevoelsreflectie|0.85
p:naar de|jij-boodschap|0.7
p:naar de|gevoelsreflectie|-0.91
p:naar de|samenvatting|0.75
p:naar de|bevelen|1.96
p:naar de|waarschuwen|0.69
p:naar de|bekritiseren|0.6
p:naar de|interpreteren|1.0
p:naar de|ondervragen|0.12
p:naar die|afleiden|-0.98
p:naar een|open-vraag|0.99
p:naar een|argumenteren|0.98
p:naar gegooid|jij-boodschap|0.96
p:naar haar|geruststellen|0.93
p:naar havo|parafrase|0.99
p:naar huis|samenvatting|-1.0
p:naar me|ik-boodschap|0.95
p:naar mevrouw|bevelen|0.64
p:naar mevrouw|moraliseren|-0.9
p:naar mevrouw|interpreteren|-0.9
p:naar school|samenvatting|0.95
p:naar school|open-vraag|-0.92
p:naar school|bekritiseren|-0.57
p:naar school|interpreteren|-0.98
p:naar u|prijzen|-1.0
p:naar u|geruststellen|-1.0
p:naar u|bedanken|-0.96
p:naar uw|open-vraag|0.74
p:naar voor|open-vraag|-0.98
p:naar wat|bekritiseren|0.7
p:naast bram|ik-boodschap|0.99
p:naast bram|parafrase|-0.99
p:naast fatima|waarschuwen|-0.93
p:naast iemand|samenvatting|0.94
p:naast iemand|bekritiseren|-0.94
p:naast milan|ik-boodschap|-1.0
p:naast milan|open-vraag|-1.0
p:naast noor|jij-boodschap|-0.92
p:naast noor|bekritiseren|-0.92
p:naast rik|ik-boodschap|1.0
p:nachts in|adviseren|0.99
p:nachts nog|jij-boodschap|1.66
p:nachts nog|parafrase|-0.97
p:nachts nog|bekritiseren|0.97
p:nachts tot|jij-boodschap|-0.97
p:nadenken hoor|aanmoediging|0.96
p:nam om|bedanken|0.99
p:natuurkunde kom|jij-boodschap|-0.98
p:natuurkunde kom|bekritiseren|-0.78
p:natuurlijk dat|prijzen|0.97
p:nauwelijks interesse|jij-boodschap|1.71
p:nauwelijks interesse|bekritiseren|1.88
p:nauwelijks nog|ik-boodschap|1.0
p:nauwelijks nog|bekritiseren|-0.89
p:nederlands kan|bevelen|-0.98
p:nederlands kan|waarschuwen|-0.98
p:nederlands kan|argumenteren|0.98
p:nederlands zijn|waarschuwen|-0.9
p:nee hoor|argumenteren|0.94
p:nee wacht|bevelen|0.97
p:neem gerust|aanmoediging|0.96
p:neem ik|bevelen|0.9
p:neem je|aanmoediging|0.99
p:neem je|bevelen|-0.99
p:neem na|vervolgafspraak|0.97
p:neemt het|bekritiseren|-1.22
p:neemt uw|moraliseren|-0.91
p:neer dat|jij-boodschap|0.92
p:neer dat|samenvatting|-0.8
p:neer dat|bekritiseren|0.92
p:negen ik|samenvatting|0.92
p:negen ik|bedanken|0.69
p:negen uur|parafrase|0.91
p:negen uur|adviseren|0.96
p:nemen ?|gevoelsreflectie|-0.71
p:nemen de|samenvatting|-0.93
p:nemen zo|bevelen|-0.95
p:nemen zo|moraliseren|0.9
p:nemen zo|geruststellen|-0.95
p:nergens iets|jij-boodschap|0.92
p:nergens iets|samenvatting|-0.8
p:nergens iets|bekritiseren|0.92
p:nergens op|ik-boodschap|-1.0
p:nergens op|jij-boodschap|-1.0
p:nergens op|parafrase|-1.0
p:nergens op|gevoelsreflectie|-1.0
p:nergens op|samenvatting|-1.0
p:nergens op|open-vraag|-1.0
p:nergens op|aanmoediging|-1.0
p:nergens op|bevelen|-1.0
p:nergens op|waarschuwen|-1.0
p:nergens op|moraliseren|-1.0
p:nergens op|adviseren|-1.0
p:nergens op|argumenteren|0.89
p:nergens op|bekritiseren|1.0
p:nergens op|prijzen|-1.0
p:nergens op|etiketteren|-1.0
p:nergens op|interpreteren|-1.0
p:nergens op|geruststellen|-1.0
p:nergens op|ondervragen|-1.0
p:nergens op|afleiden|-1.0
p:nergens op|afronding-aankondigen|-1.0
p:nergens op|vervolgafspraak|-1.0
p:nergens op|bedanken|-1.0
p:nergens schuld|jij-boodschap|0.95
p:nergens schuld|samenvatting|-0.95
p:nergens schuld|open-vraag|-0.95
p:nergens schuld|bekritiseren|0.95
p:net een|jij-boodschap|1.77
p:net een|etiketteren|0.97
p:niemand goed|afronding-aankondigen|-1.0
p:niemand je|parafrase|-0.96
p:niemand luistert|gevoelsreflectie|-0.86
p:niemand naar|bedanken|-0.96
p:niemand u|gevoelsreflectie|1.88
p:niemand u|open-vraag|-0.99
p:niemand zegt|jij-boodschap|-0.75
p:niemand zegt|geruststellen|1.36
p:niet ?|adviseren|-0.99
p:niet aan|jij-boodschap|-0.93
p:niet aan|open-vraag|0.93
p:niet aan|argumenteren|0.68
p:niet aan|bekritiseren|-0.93
p:niet aan|afleiden|-0.95
p:niet af|interpreteren|-0.97
p:niet afgerond|argumenteren|0.98
p:niet afmaken|aanmoediging|-0.96
p:niet anders|prijzen|0.97
p:niet andersom|jij-boodschap|1.84
p:niet belangrijk|afleiden|0.99
p:niet bereiken|open-vraag|0.6
p:niet bij|ik-boodschap|-0.89
p:niet bij|argumenteren|-0.94
p:niet bij|geruststellen|-0.93
p:niet bij|vervolgafspraak|0.95
p:niet bijwerkt|ik-boodschap|0.9
p:niet binnen|adviseren|-1.0
p:niet consequent|bekritiseren|0.98
p:niet consequent|etiketteren|-0.98
p:niet dat|parafrase|0.98
p:niet dat|gevoelsreflectie|-0.98
p:niet dat|waarschuwen|0.99
p:niet dat|moraliseren|0.91
p:niet dat|interpreteren|-0.97
p:niet dat|geruststellen|1.31
p:niet de|ik-boodschap|-1.94
p:niet de|interpreteren|-0.98
p:niet de|geruststellen|2.92
p:niet druk|bevelen|0.79
p:niet druk|adviseren|-0.79
p:niet druk|bekritiseren|-0.98
p:niet druk|geruststellen|1.94
p:niet eens|ondervragen|-1.76
p:niet eerder|gevoelsreflectie|0.71
p:niet eerlijk|argumenteren|0.95
p:niet elke|adviseren|0.99
p:niet en|ik-boodschap|0.76
p:niet en|geruststellen|-0.98
p:niet gaat|gevoelsreflectie|-0.51
p:niet gebeld|bekritiseren|0.98
p:niet gebeuren|waarschuwen|-1.0
p:niet gebeuren|geruststellen|1.92
p:niet gehad|ik-boodschap|0.76
p:niet gehoord|ik-boodschap|-1.0
p:niet gehoord|parafrase|-1.0
p:niet gehoord|gevoelsreflectie|1.0
p:niet gekomen|parafrase|0.99
p:niet gemaakt|ondervragen|1.0
p:niet gemotiveerd|bekritiseren|-0.75
p:niet gepast|bekritiseren|1.78
p:niet gepast|geruststellen|-0.93
p:niet gerust|ik-boodschap|-0.91
p:niet geven|ik-boodschap|-0.99
p:niet gewoon|adviseren|1.0
p:niet gewoon|argumenteren|-1.0
p:niet gewoon|bekritiseren|-1.0
p:niet gezegd|argumenteren|-1.0
p:niet gezegd|bekritiseren|-1.0
p:niet gezien|interpreteren|-0.94
p:niet goed|ik-boodschap|-0.82
p:niet goed|jij-boodschap|0.96
p:niet goed|parafrase|-0.91
p:niet goed|bekritiseren|0.96
p:niet goed|prijzen|-1.0
p:niet goed|geruststellen|-1.0
p:niet had|ik-boodschap|-0.99
p:niet hebben|ondervragen|-1.0
p:niet hebben|afleiden|1.82
p:niet heeft|parafrase|-1.0
p:niet helpen|open-vraag|0.96
p:niet helpen|waarschuwen|-0.98
p:niet helpen|adviseren|-0.97
p:niet het|gevoelsreflectie|0.96
p:niet het|afleiden|0.96
p:niet hij|waarschuwen|-0.86
p:niet hij|argumenteren|0.86
p:niet hoe|gevoelsreflectie|-0.97
p:niet hoe|samenvatting|0.7
p:niet hoe|open-vraag|-0.97
p:niet hoe|vervolgafspraak|-0.97
p:niet hoort|moraliseren|1.56
p:niet hoort|argumenteren|-1.78
p:niet ingelicht|ondervragen|0.86
p:niet inlevert|ik-boodschap|0.99
p:niet inlevert|waarschuwen|1.89
p:niet inlevert|etiketteren|-0.99
p:niet inlevert|afleiden|-0.99
p:niet inschrijven|parafrase|-1.0
p:niet kan|ik-boodschap|0.91
p:niet kan|gevoelsreflectie|-0.92
p:niet kan|argumenteren|-1.65
p:niet kan|etiketteren|-0.99
p:niet klaar|bevelen|0.97
p:niet kon|gevoelsreflectie|-0.71
p:niet kon|open-vraag|0.97
p:niet kon|adviseren|0.97
p:niet kon|vervolgafspraak|0.97
p:niet kunnen|ik-boodschap|-1.72
p:niet kunnen|parafrase|1.0
p:niet kunt|parafrase|-1.0
p:niet kunt|moraliseren|-1.0
p:niet kunt|interpreteren|1.0
p:niet laat|open-vraag|-0.96
p:niet laat|moraliseren|-0.96
p:niet lekker|ik-boodschap|1.76
p:niet lopen|geruststellen|0.97
p:niet lui|interpreteren|0.96
p:niet maakt|open-vraag|-1.0
p:niet maakt|adviseren|-0.93
p:niet maken|vervolgafspraak|0.95
p:niet mee|gevoelsreflectie|0.64
p:niet mee|waarschuwen|0.91
p:niet mee|prijzen|0.83
p:niet meedoen|ik-boodschap|2.86
p:niet meedoen|jij-boodschap|-0.97
p:niet meedoen|open-vraag|0.99
p:niet meedoen|moraliseren|-1.0
p:niet meedoen|argumenteren|-0.97
p:niet meedoen|bekritiseren|-0.97
p:niet meedoen|vervolgafspraak|-1.0
p:niet meeneemt|open-vraag|0.96
p:niet meer|parafrase|-0.99
p:niet meer|waarschuwen|-0.98
p:niet meer|moraliseren|1.0
p:niet meer|argumenteren|-0.94
p:niet meer|bekritiseren|-0.47
p:niet meer|afleiden|-1.0
p:niet meewerkt|waarschuwen|1.0
p:niet met|ik-boodschap|0.9
p:niet meteen|bekritiseren|-0.91
p:niet meteen|ondervragen|0.91
p:niet naar|ik-boodschap|-0.99
p:niet naar|bekritiseren|0.7
p:niet naar|ondervragen|0.98
p:niet naar|afleiden|-0.98
p:niet nagekomen|bekritiseren|0.84
p:niet nakomen|vervolgafspraak|-0.77
p:niet oefent|argumenteren|1.74
p:niet oefent|geruststellen|-0.71
p:niet of|open-vraag|-0.99
p:niet oké|etiketteren|-0.64
p:niet om|parafrase|0.98
p:niet om|ondervragen|-0.94
p:niet ongerust|geruststellen|0.96
p:niet op|jij-boodschap|1.0
p:niet op|bevelen|-0.99
p:niet op|bekritiseren|0.15
p:niet op|interpreteren|-0.99
p:niet ophaalt|waarschuwen|0.99
p:niet ophaalt|moraliseren|-0.99
p:niet oplaadt|ik-boodschap|0.89
p:niet over|jij-boodschap|-0.98
p:niet over|gevoelsreflectie|0.84
p:niet over|bevelen|-0.98
p:niet over|moraliseren|-0.99
p:niet over|argumenteren|1.95
p:niet over|bekritiseren|-0.78
p:niet over|afleiden|0.98
p:niet plannen|ik-boodschap|0.99
p:niet plannen|argumenteren|-0.71
p:niet rondmaken|vervolgafspraak|-0.95
p:niet rustig|open-vraag|-0.59
p:niet serieus|jij-boodschap|1.0
p:niet serieus|adviseren|-1.0
p:niet serieus|bekritiseren|1.0
p:niet serieus|geruststellen|-0.92
p:niet snapt|ik-boodschap|-0.8
p:niet snapt|interpreteren|0.97
p:niet snel|prijzen|-0.97
p:niet stellen|ik-boodschap|1.52
p:niet stelt|waarschuwen|-0.98
p:niet stopt|bevelen|-0.88
p:niet stopt|afleiden|-0.96
p:niet te|jij-boodschap|-0.91
p:niet te|samenvatting|0.91
p:niet te|bekritiseren|0.96
p:niet te|geruststellen|-0.98
p:niet tegen|jij-boodschap|-1.0
p:niet tegen|moraliseren|1.0
p:niet tegen|interpreteren|-1.0
p:niet thuis|parafrase|0.98
p:niet toegeven|interpreteren|0.99
p:niet tot|parafrase|0.91
p:niet uit|geruststellen|-0.97
p:niet uitleggen|open-vraag|-0.87
p:niet uitleggen|bevelen|-1.0
p:niet uitleggen|waarschuwen|-1.0
p:niet van|jij-boodschap|-0.98
p:niet van|bekritiseren|-0.98
p:niet verbetert|ik-boodschap|-1.0
p:niet verbetert|parafrase|-1.0
p:niet verbetert|waarschuwen|1.0
p:niet verder|samenvatting|-0.83
p:niet vertrouwt|jij-boodschap|-0.94
p:niet volgen|ik-boodschap|1.0
p:niet voor|argumenteren|0.99
p:niet waar|samenvatting|-1.0
p:niet waar|waarschuwen|-0.98
p:niet waar|argumenteren|0.69
p:niet waar|bekritiseren|-0.98
p:niet wakker|waarschuwen|-1.0
p:niet wakker|geruststellen|1.0
p:niet wakker|afleiden|-0.56
p:niet was|ik-boodschap|1.0
p:niet wat|samenvatting|0.66
p:niet wat|open-vraag|0.66
p:niet wat|adviseren|0.93
p:niet wat|argumenteren|0.97
p:niet wat|geruststellen|-0.97
p:niet weet|jij-boodschap|0.94
p:niet wegstopt|ik-boodschap|-0.86
p:niet wegstopt|waarschuwen|0.91
p:niet werken|open-vraag|-0.99
p:niet wist|ik-boodschap|-0.99
p:niet zeggen|geruststellen|-0.92
p:niet zien|ik-boodschap|0.99
p:niet zien|afleiden|-0.99
p:niet zo|jij-boodschap|-2.68
p:niet zo|bevelen|1.73
p:niet zo|moraliseren|-0.9
p:niet zo|argumenteren|-0.96
p:niet zo|etiketteren|1.69
p:niet zo|interpreteren|-1.0
p:niet zo|geruststellen|0.44
p:niet zo|afleiden|0.96
p:niet zo'n|etiketteren|0.99
p:niets aan|jij-boodschap|0.98
p:niets aan|bevelen|-1.0
p:niets aan|bekritiseren|1.53
p:niets aan|etiketteren|-1.0
p:niets aan|geruststellen|-0.84
p:niets afspreken|ik-boodschap|0.99
p:niets afspreken|vervolgafspraak|-0.99
p:niets doet|samenvatting|-0.97
p:niets eet|open-vraag|0.99
p:niets hoe|gevoelsreflectie|-0.96
p:niets terughoor|vervolgafspraak|-0.95
p:niets van|ondervragen|1.0
p:niets verandert|waarschuwen|1.0
p:niets verandert|adviseren|-1.0
p:niets verandert|afronding-aankondigen|-1.0
p:niets verkeerd|geruststellen|2.15
p:niets vertelt|open-vraag|-0.97
p:nieuw gesprek|adviseren|-0.97
p:nieuw gesprek|vervolgafspraak|0.99
p:nieuw tijdstip|afronding-aankondigen|0.95
p:nieuw tijdstip|vervolgafspraak|0.95
p:nieuw tijdstip|bedanken|-0.61
p:nieuwe afspraak|argumenteren|-0.99
p:nieuwe afspraak|afronding-aankondigen|0.86
p:nieuwe datum|ik-boodschap|-0.99
p:nieuwe datum|afronding-aankondigen|-0.98
p:nieuwe datum|vervolgafspraak|0.99
p:nieuwe gebouw|afleiden|0.98
p:nieuwe huis|gevoelsreflectie|-0.99
p:nieuwe huis|open-vraag|-1.62
p:nieuwe huis|afleiden|0.84
p:nieuwe mentor|etiketteren|-0.96
p:nieuwe school|afleiden|-0.98
p:nieuwe stof|ik-boodschap|0.76
p:nieuws over|afleiden|-0.98
p:nieuwsbrief wel|jij-boodschap|0.91
p:nieuwsbrief wel|bekritiseren|0.66
p:niks ?|jij-boodschap|1.0
p:niks ?|adviseren|-1.0
p:niks ?|bekritiseren|1.0
p:niks aan|ik-boodschap|-0.97
p:niks aan|argumenteren|1.0
p:niks in|bekritiseren|0.12
p:niks mee|ik-boodschap|0.27
p:niks mee|jij-boodschap|1.71
p:niks mee|bekritiseren|0.98
p:niks mee|afronding-aankondigen|1.0
p:niks meer|interpreteren|-0.93
p:niks schelen|bekritiseren|0.87
p:niks van|bekritiseren|0.63
p:niks voor|bekritiseren|-0.97
p:niks voor|geruststellen|-0.83
p:niks voor|afleiden|1.93
p:nina de|ik-boodschap|0.78
p:nina in|ik-boodschap|-0.63
p:noah de|adviseren|0.97
p:noah de|vervolgafspraak|0.97
p:noah in|open-vraag|0.82
p:nodig dat|afleiden|-0.29
p:nodig om|samenvatting|-0.91
p:noemt waar|samenvatting|-0.93
p:nog aan|ik-boodschap|1.0
p:nog aan|samenvatting|0.94
p:nog aan|open-vraag|0.94
p:nog bespreken|samenvatting|0.6
p:nog een|ik-boodschap|-1.0
p:nog een|samenvatting|-0.89
p:nog een|waarschuwen|1.0
p:nog een|bedanken|0.84
p:nog eens|bevelen|-0.74
p:nog eens|moraliseren|0.95
p:nog even|samenvatting|-0.99
p:nog even|waarschuwen|-0.97
p:nog even|etiketteren|-0.91
p:nog even|bedanken|-0.99
p:nog geen|ik-boodschap|0.98
p:nog geen|bekritiseren|-0.84
p:nog mee|interpreteren|0.93
p:nog meedoet|open-vraag|-0.99
p:nog meer|moraliseren|-1.0
p:nog meer|afleiden|1.0
p:nog niet|ik-boodschap|0.91
p:nog niet|parafrase|-1.99
p:nog niet|bevelen|0.97
p:nog niet|adviseren|-1.0
p:nog praat|bekritiseren|-0.89
p:nog steeds|ik-boodschap|-0.73
p:nog steeds|jij-boodschap|0.76
p:nog steeds|bekritiseren|0.98
p:nog van|waarschuwen|-0.63
p:nog wel|prijzen|0.93
p:nog zit|jij-boodschap|1.66
p:nog zit|parafrase|-0.97
p:nog zit|bekritiseren|0.97
p:nog zo'n|waarschuwen|1.81
p:nog één|ik-boodschap|-0.96
p:nog één|aanmoediging|-0.99
p:nog één|bevelen|-0.96
p:nog één|argumenteren|-0.99
p:nogal kortzichtig|afleiden|-0.99
p:nogal onverschillig|bekritiseren|0.41
p:nooit aan|jij-boodschap|1.0
p:nooit aan|waarschuwen|-0.74
p:nooit aan|argumenteren|-1.0
p:nooit aan|bekritiseren|1.0
p:nooit als|jij-boodschap|-1.67
p:nooit als|bekritiseren|-0.95
p:nooit als|ondervragen|0.95
p:nooit bereikbaar|bekritiseren|-1.38
p:nooit bij|bekritiseren|0.98
p:nooit even|jij-boodschap|0.94
p:nooit gezien|aanmoediging|-0.94
p:nooit gezien|bekritiseren|-0.87
p:nooit haar|bekritiseren|0.29
p:nooit iets|waarschuwen|0.84
p:nooit iets|bekritiseren|0.95
p:nooit in|adviseren|0.91
p:nooit in|bekritiseren|0.91
p:nooit je|bekritiseren|0.71
p:nooit misschien|adviseren|0.98
p:nooit misschien|bekritiseren|0.98
p:nooit na|ik-boodschap|-0.95
p:nooit na|jij-boodschap|0.95
p:nooit na|bekritiseren|0.95
p:nooit op|bekritiseren|0.91
p:nooit te|bekritiseren|-0.91
p:nooit uitpraten|bekritiseren|0.84
p:nooit wat|bevelen|0.98
p:nooit zijn|jij-boodschap|0.17
p:nooit zo|bekritiseren|-0.98
p:noor dat|prijzen|-0.82
p:noor dat|bedanken|0.91
p:noor deze|ik-boodschap|1.0
p:noor in|jij-boodschap|-0.92
p:noor in|bekritiseren|-0.92
p:noor over|bedanken|-0.78
p:nooti op|jij-boodschap|1.86
p:nooti op|bekritiseren|1.69
p:norm voor|ik-boodschap|0.86
p:normaal dat|ik-boodschap|-1.0
p:normaal dat|moraliseren|1.0
p:normaal dat|afleiden|-1.0
p:normaal om|jij-boodschap|1.9
p:normaal om|parafrase|-0.98
p:normaal om|open-vraag|-0.87
p:normaal om|bekritiseren|1.9
p:normaal op|bekritiseren|-0.96
p:normering is|jij-boodschap|-0.73
p:normering is|parafrase|0.9
p:normering is|argumenteren|0.9
p:nou altijd|jij-boodschap|0.86
p:nou daar|bevelen|-1.0
p:nou daar|etiketteren|1.0
p:nou eenmaal|moraliseren|0.82
p:nou eenmaal|argumenteren|-0.28
p:nou eenmaal|afleiden|-0.95
p:nou fijn|waarschuwen|-1.0
p:nou fijn|bekritiseren|1.0
p:nou fijn|afleiden|-1.0
p:nou fijn|bedanken|-1.61
p:nou heel|bekritiseren|0.97
p:nou heel|vervolgafspraak|-0.97
p:nou heel|bedanken|-2.5
p:nou ja|bekritiseren|-0.98
p:nou ja|afleiden|0.98
p:nou kijk|ik-boodschap|0.76
p:nou laten|afleiden|0.98
p:nou lekker|bekritiseren|1.34
p:nou lekker|etiketteren|-0.95
p:nou maar|geruststellen|0.98
p:nou mevrouw|etiketteren|0.91
p:nou niet|jij-boodschap|-1.68
p:nou nou|etiketteren|0.91
p:nu aan|bevelen|0.93
p:nu aan|waarschuwen|0.86
p:nu achterloopt|bekritiseren|0.96
p:nu af|samenvatting|-0.93
p:nu afronden|bevelen|-0.99
p:nu afronden|vervolgafspraak|0.96
p:nu al|waarschuwen|-0.98
p:nu al|bekritiseren|-0.47
p:nu amira|jij-boodschap|-0.68
p:nu besproken|ik-boodschap|-0.9
p:nu besproken|gevoelsreflectie|-1.0
p:nu besproken|open-vraag|-0.93
p:nu doet|etiketteren|-0.64
p:nu drie|samenvatting|1.0
p:nu drie|vervolgafspraak|-0.76
p:nu echt|jij-boodschap|-1.0
p:nu echt|bevelen|1.0
p:nu echt|moraliseren|-1.0
p:nu echt|bekritiseren|-1.0
p:nu echt|afronding-aankondigen|0.98
p:nu echt|vervolgafspraak|-1.94
p:nu een|vervolgafspraak|-0.96
p:nu eenmaal|bevelen|-0.98
p:nu eenmaal|waarschuwen|-0.98
p:nu eenmaal|interpreteren|-0.97
p:nu eenmaal|geruststellen|-0.96
p:nu eerst|geruststellen|-0.34
p:nu er|ik-boodschap|0.77
p:nu even|aanmoediging|-0.86
p:nu even|bevelen|0.86
p:nu even|bekritiseren|0.84
p:nu even|prijzen|0.83
p:nu even|afleiden|0.99
p:nu gehad|jij-boodschap|-0.95
p:nu gehad|bekritiseren|-0.91
p:nu je|ik-boodschap|1.0
p:nu maar|afleiden|0.98
p:nu mee|ik-boodschap|-0.97
p:nu mee|gevoelsreflectie|0.84
p:nu mee|bevelen|1.0
p:nu mee|bekritiseren|0.85
p:nu mee|afronding-aankondigen|0.97
p:nu mee|vervolgafspraak|0.97
p:nu mee|bedanken|0.54
p:nu met|ik-boodschap|0.93
p:nu met|gevoelsreflectie|0.99
p:nu meteen|geruststellen|-1.0
p:nu niet|bevelen|-0.88
p:nu pas|bevelen|-0.78
p:nu stoppen|vervolgafspraak|0.78
p:nu stopt|bevelen|1.0
p:nu toe|parafrase|-0.91
p:nu toe|samenvatting|0.94
p:nu toe|open-vraag|0.94
p:nu toe|bevelen|-0.84
p:nu weer|bevelen|0.85
p:nu zitten|bevelen|0.98
p:och dat|jij-boodschap|-0.86
p:och dat|bekritiseren|-0.86
p:och dat|geruststellen|-0.96
p:och dat|afleiden|1.73
p:ochtend te|ik-boodschap|0.96
p:ochtend te|moraliseren|-0.87
p:ochtends ?|parafrase|0.91
p:ochtends ?|gevoelsreflectie|-0.69
p:ochtends vaak|samenvatting|-0.99
p:oefenen haalt|waarschuwen|-0.87
p:oefenen haalt|geruststellen|-0.67
p:oefeningen niet|gevoelsreflectie|-0.71
p:oefeningen niet|open-vraag|0.97
p:oefent haalt|argumenteren|1.74
p:oefent haalt|geruststellen|-0.71
p:of hij|bekritiseren|0.13
p:of hij|ondervragen|-0.97
p:of ik|waarschuwen|1.64
p:of je|ik-boodschap|0.83
p:of je|open-vraag|-0.99
p:of je|adviseren|1.0
p:of je|argumenteren|-1.0
p:of je|bekritiseren|-1.0
p:of u|adviseren|-1.0
p:ogen te|bevelen|1.0
p:ogen te|bekritiseren|0.85
p:ok ga|aanmoediging|0.99
p:oke dus|ik-boodschap|-0.88
p:oke ik|afleiden|-0.87
p:oke ik|afronding-aankondigen|0.97
p:oké ?|aanmoediging|-0.99
p:oké dat|jij-boodschap|0.81
p:oké dat|parafrase|-0.81
p:oké dat|bekritiseren|0.9
p:oké dus|parafrase|0.99
p:oké ik|aanmoediging|0.94
p:om ?|gevoelsreflectie|0.84
p:om aan|vervolgafspraak|0.91
p:om acht|ik-boodschap|-0.96
p:om acht|argumenteren|-0.99
p:om acht|vervolgafspraak|-0.82
p:om af|afronding-aankondigen|-0.97
p:om bent|vervolgafspraak|-0.92
p:om dat|jij-boodschap|-0.98
p:om dat|bekritiseren|-0.98
p:om de|ik-boodschap|-0.86
p:om de|parafrase|0.98
p:om de|samenvatting|0.1
p:om de|open-vraag|1.88
p:om de|vervolgafspraak|-0.94
p:om de|bedanken|-0.68
p:om dit|jij-boodschap|-0.93
p:om drie|jij-boodschap|0.97
p:om drie|parafrase|-0.97
p:om drie|argumenteren|-0.89
p:om drie|bekritiseren|0.97
p:om een|jij-boodschap|0.91
p:om een|open-vraag|-0.87
p:om een|adviseren|0.97
p:om een|bekritiseren|0.91
p:om een|geruststellen|-0.73
p:om elke|open-vraag|-0.96
p:om elke|prijzen|1.0
p:om ervoor|moraliseren|0.92
p:om haar|jij-boodschap|-0.78
p:om haar|gevoelsreflectie|1.0
p:om haar|samenvatting|-0.92
p:om haar|open-vraag|-1.0
p:om half|ik-boodschap|-0.97
p:om half|afronding-aankondigen|0.97
p:om half|vervolgafspraak|0.97
p:om half|bedanken|0.54
p:om hem|gevoelsreflectie|-0.71
p:om hem|open-vraag|0.97
p:om hem|moraliseren|-0.92
p:om hem|bekritiseren|-1.73
p:om hem|prijzen|0.94
p:om hem|interpreteren|0.94
p:om het|parafrase|0.98
p:om het|bevelen|0.86
p:om het|bekritiseren|-0.96
p:om het|interpreteren|-0.93
p:om het|vervolgafspraak|-1.04
p:om hier|gevoelsreflectie|-1.0
p:om je|ik-boodschap|-0.96
p:om je|jij-boodschap|0.98
p:om je|parafrase|-0.98
p:om je|bekritiseren|0.98
p:om kwart|bevelen|0.91
p:om langs|bedanken|0.99
p:om mee|moraliseren|-0.68
p:om met|bekritiseren|0.76
p:om negen|parafrase|0.91
p:om negen|adviseren|0.96
p:om samen|jij-boodschap|-1.0
p:om samen|adviseren|1.0
p:om samen|afleiden|-1.0
p:om samen|vervolgafspraak|-1.0
p:om school|bekritiseren|0.41
p:om stoer|prijzen|-0.94
p:om tafel|samenvatting|0.92
p:om tafel|vervolgafspraak|0.98
p:om tafel|bedanken|0.69
p:om te|ik-boodschap|1.74
p:om te|gevoelsreflectie|-1.0
p:om te|samenvatting|-0.93
p:om te|adviseren|-0.83
p:om te|bekritiseren|-0.49
p:om te|etiketteren|0.76
p:om te|interpreteren|0.97
p:om te|vervolgafspraak|1.08
p:om tien|ik-boodschap|0.95
p:om tien|gevoelsreflectie|-0.92
p:om tien|waarschuwen|-0.95
p:om tien|ondervragen|-0.94
p:om twee|jij-boodschap|0.69
p:om vier|parafrase|-1.0
p:om vier|open-vraag|-1.0
p:om vier|bekritiseren|-1.0
p:om vier|prijzen|-1.0
p:om vier|afronding-aankondigen|-0.98
p:om vier|vervolgafspraak|1.0
p:om zijn|samenvatting|1.92
p:om zijn|open-vraag|0.94
p:omdat het|argumenteren|-0.68
p:omdat het|interpreteren|0.93
p:omdat hij|waarschuwen|-1.0
p:omdat hij|ondervragen|-1.0
p:omdat iris|open-vraag|0.99
p:omdat je|ik-boodschap|1.0
p:omdat je|jij-boodschap|-0.94
p:omdat je|interpreteren|0.9
p:omdat je|afronding-aankondigen|-0.97
p:omdat niemand|parafrase|0.83
p:omdat niemand|gevoelsreflectie|0.97
p:omdat niemand|open-vraag|-0.99
p:omdat sanne|argumenteren|-1.0
p:omdat sanne|vervolgafspraak|-1.0
p:omdat tess|vervolgafspraak|0.81
p:omdat u|jij-boodschap|-0.8
p:omdat u|parafrase|-0.96
p:omdat u|bevelen|-1.0
p:omdat u|moraliseren|-1.0
p:omdat u|bekritiseren|-1.0
p:omdat u|interpreteren|2.03
p:omdat ze|ik-boodschap|0.88
p:omdat ze|interpreteren|1.0
p:onacceptabel gedrag|bekritiseren|0.99
p:onbeleefd gedraagt|jij-boodschap|1.0
p:onbeleefd gedraagt|gevoelsreflectie|-1.0
p:onbeleefd gedraagt|bekritiseren|1.0
p:onbeleefd tegen|bevelen|-0.93
p:onbeleefd tegen|bekritiseren|-1.31
p:onbetrouwbare jongen|moraliseren|-0.98
p:onbetrouwbare jongen|bekritiseren|-1.6
p:onbetrouwbare jongen|etiketteren|0.98
p:onder de|jij-boodschap|-0.94
p:onder de|gevoelsreflectie|-1.0
p:onder de|vervolgafspraak|1.0
p:onder tafel|ik-boodschap|0.83
p:onder tafel|vervolgafspraak|-0.98
p:onderbreekt me|bekritiseren|0.84
p:onderbreken en|open-vraag|-0.66
p:onderschat dit|jij-boodschap|0.71
p:onderzoek blijkt|argumenteren|1.96
p:oneerlijk over|jij-boodschap|0.71
p:oneerlijk over|gevoelsreflectie|-0.88
p:oneerlijk over|bekritiseren|0.88
p:ongemakkelijk bij|interpreteren|-0.93
p:ongeoorloofd afwezig|gevoelsreflectie|-0.84
p:ongeoorloofd afwezig|etiketteren|-0.75
p:ongepaste vraag|bekritiseren|0.57
p:ongerust bent|gevoelsreflectie|1.0
p:ongerust bent|open-vraag|1.0
p:ongerust bent|interpreteren|-1.0
p:ongerust bent|geruststellen|0.91
p:ongerust bent|afronding-aankondigen|-1.0
p:ongerust hoe|open-vraag|1.0
p:ongerust hoor|gevoelsreflectie|0.71
p:ongerust maakt|open-vraag|-0.91
p:ongerust te|geruststellen|0.96
p:ongerust wat|etiketteren|-1.0
p:ongerust wat|ondervragen|-1.0
p:ongeïnteresseerd dat|bekritiseren|-1.28
p:onhandig geweest|bekritiseren|0.98
p:online doet|bekritiseren|0.31
p:online is|jij-boodschap|-0.97
p:onredelijke opmerking|bekritiseren|0.92
p:onrustig en|parafrase|-0.94
p:onrustig is|ik-boodschap|-0.99
p:onrustig van|prijzen|-1.0
p:onrustig van|geruststellen|-1.0
p:onrustige periode|open-vraag|-0.98
p:ons allebei|open-vraag|-0.59
p:ons niet|argumenteren|0.98
p:ontvangen ?|ondervragen|-0.95
p:ontvangt het|bekritiseren|-0.99
p:ontzettend aanstelt|jij-boodschap|2.42
p:ontzettend aanstelt|bekritiseren|2.51
p:ontzettend onbeleefd|bevelen|-0.93
p:ontzettende betweter|etiketteren|0.88
p:ontzettende zeur|geruststellen|-0.96
p:onverschillig als|bekritiseren|0.41
p:onvoldoende dat|afleiden|0.99
p:onvoldoende in|gevoelsreflectie|0.96
p:onvoldoende in|afleiden|0.96
p:onvoldoende op|samenvatting|-0.94
p:onvoldoende zo|interpreteren|-0.97
p:onvoldoende zo|afleiden|-0.97
p:onvoldoendes op|ik-boodschap|0.77
p:onvoldoendes op|argumenteren|0.97
p:onze beste|moraliseren|0.69
p:onze tijd|samenvatting|-0.99
p:onze tijd|aanmoediging|-0.99
p:onze tijd|afronding-aankondigen|0.99
p:onze tijd|vervolgafspraak|-0.99
p:onze tijd|bedanken|-0.96
p:onzeker is|bekritiseren|-0.95
p:onzeker van|ik-boodschap|-0.99
p:onzin als|argumenteren|-0.99
p:onzinnige opmerking|bekritiseren|0.97
p:onzinnige opmerking|prijzen|-0.97
p:oog binnenkwam|ik-boodschap|0.94
p:ooit gereageerd|jij-boodschap|1.81
p:ooit gereageerd|bekritiseren|1.53
p:ook akkoord|bekritiseren|-0.92
p:ook altijd|bekritiseren|0.83
p:ook bij|jij-boodschap|-0.94
p:ook bij|bekritiseren|-0.76
p:ook bij|prijzen|-0.94
p:ook bij|vervolgafspraak|0.94
p:ook dat|moraliseren|1.56
p:ook dat|argumenteren|-1.78
p:ook de|vervolgafspraak|0.99
p:ook eens|jij-boodschap|1.82
p:ook eens|gevoelsreflectie|-0.99
p:ook eens|bekritiseren|2.04
p:ook eens|bedanken|-0.99
p:ook even|moraliseren|-0.68
p:ook hebben|afleiden|0.91
p:ook in|ondervragen|0.96
p:ook in|vervolgafspraak|-0.95
p:ook lastig|jij-boodschap|-0.8
p:ook meekwam|prijzen|-0.82
p:ook meekwam|bedanken|0.91
p:ook met|moraliseren|0.98
p:ook met|afleiden|-0.98
p:ook naar|gevoelsreflectie|0.85
p:ook niet|ik-boodschap|-0.97
p:ook niet|jij-boodschap|-1.0
p:ook niet|waarschuwen|-0.98
p:ook niet|etiketteren|-1.0
p:ook niet|interpreteren|-1.0
p:ook niet|geruststellen|0.97
p:ook niet|afleiden|1.0
p:ook niks|ik-boodschap|-0.97
p:ook nog|prijzen|0.93
p:ook nooit|bevelen|0.98
p:ook om|prijzen|1.0
p:ook op|argumenteren|0.95
p:ook thuis|adviseren|-0.96
p:ook uit|bekritiseren|-0.99
p:ook van|bekritiseren|-0.81
p:ook wel|moraliseren|-0.99
p:ook wel|prijzen|0.99
p:ook wel|geruststellen|-0.99
p:ook wel|ondervragen|-0.96
p:ook wel|afleiden|-0.74
p:ook zo|moraliseren|0.69
p:oortjes zit|ik-boodschap|-0.76
p:op 12|argumenteren|0.69
p:op 14|samenvatting|0.94
p:op 14|vervolgafspraak|0.94
p:op anders|ondervragen|-0.91
p:op bij|samenvatting|-1.0
p:op bram|ik-boodschap|-0.96
p:op bram|bevelen|-0.96
p:op dat|ik-boodschap|-1.76
p:op dat|open-vraag|-1.0
p:op de|ik-boodschap|-1.8
p:op de|jij-boodschap|0.86
p:op de|parafrase|-1.97
p:op de|open-vraag|-1.0
p:op de|aanmoediging|-1.0
p:op de|bevelen|-1.0
p:op de|waarschuwen|1.73
p:op de|adviseren|-1.0
p:op de|bekritiseren|1.75
p:op de|prijzen|-1.0
p:op de|etiketteren|-1.91
p:op de|interpreteren|-1.0
p:op de|geruststellen|-1.0
p:op de|afleiden|-1.0
p:op de|afronding-aankondigen|-1.0
p:op de|vervolgafspraak|-1.0
p:op deze|bekritiseren|-0.96
p:op deze|geruststellen|0.99
p:op die|bekritiseren|-0.96
p:op die|geruststellen|-0.87
p:op die|afleiden|0.94
p:op dinsdag|vervolgafspraak|-0.66
p:op drie|waarschuwen|-0.86
p:op drie|argumenteren|0.86
p:op een|jij-boodschap|-1.0
p:op een|parafrase|-0.98
p:op een|samenvatting|2.97
p:op een|bekritiseren|-1.84
p:op een|afleiden|-1.0
p:op een|vervolgafspraak|-0.94
p:op een|bedanken|-0.78
p:op excursie|prijzen|0.83
p:op geen|jij-boodschap|1.81
p:op geen|bekritiseren|1.53
p:op haar|bevelen|-0.99
p:op haar|bekritiseren|-2.1
p:op haar|ondervragen|0.91
p:op hem|jij-boodschap|1.0
p:op hem|bekritiseren|0.1
p:op het|ik-boodschap|0.77
p:op het|gevoelsreflectie|-0.7
p:op het|waarschuwen|0.95
p:op het|bekritiseren|-0.54
p:op het|ondervragen|-1.0
p:op het|afleiden|0.84
p:op instagram|vervolgafspraak|-0.94
p:op je|prijzen|0.82
p:op jouw|moraliseren|0.86
p:op jullie|jij-boodschap|-0.84
p:op kamp|gevoelsreflectie|0.64
p:op kamp|waarschuwen|0.91
p:op kantoor|afronding-aankondigen|-0.95
p:op laten|ik-boodschap|1.0
p:op laten|afronding-aankondigen|1.0
p:op maandag|ik-boodschap|1.0
p:op maandag|parafrase|0.99
p:op maar|jij-boodschap|1.0
p:op maar|adviseren|-1.0
p:op maar|bekritiseren|1.0
p:op mijn|bevelen|1.99
p:op mijn|bekritiseren|1.8
p:op mijn|vervolgafspraak|-0.95
p:op mijn|bedanken|1.0
p:op of|bekritiseren|0.13
p:op of|ondervragen|-0.97
p:op rij|argumenteren|0.97
p:op school|ik-boodschap|0.94
p:op school|jij-boodschap|-0.8
p:op school|parafrase|-0.91
p:op school|open-vraag|0.66
p:op school|moraliseren|0.8
p:op school|geruststellen|-0.97
p:op straks|geruststellen|-0.95
p:op tafel|samenvatting|-0.99
p:op tafel|open-vraag|-0.99
p:op terug|afleiden|1.0
p:op tijd|moraliseren|0.32
p:op tijd|prijzen|0.14
p:op tijd|ondervragen|0.97
p:op tijd|afleiden|-1.0
p:op voetbal|parafrase|1.0
p:op voetbal|waarschuwen|-1.0
p:op wat|bevelen|-0.99
p:op wat|bekritiseren|-0.98
p:op wat|interpreteren|-0.99
p:op welke|jij-boodschap|-0.91
p:op werkweek|waarschuwen|-0.97
p:op wit|bedanken|-0.99
p:op woensdag|samenvatting|0.75
p:op zijn|samenvatting|-0.94
p:op zijn|open-vraag|0.6
p:op zijn|geruststellen|0.82
p:op zijn|ondervragen|0.97
p:op zondag|adviseren|0.93
p:opdracht doen|adviseren|-0.83
p:opdracht doen|prijzen|0.94
p:opdracht in|ik-boodschap|0.96
p:opdracht in|jij-boodschap|-0.96
p:opdracht in|bekritiseren|-0.96
p:opdracht snapt|ik-boodschap|0.83
p:opdracht staat|ik-boodschap|-1.0
p:opdracht staat|jij-boodschap|-1.0
p:opdracht staat|parafrase|-1.0
p:opdracht staat|gevoelsreflectie|-1.0
p:opdracht staat|samenvatting|-1.0
p:opdracht staat|open-vraag|-1.0
p:opdracht staat|aanmoediging|-1.0
p:opdracht staat|bevelen|-1.0
p:opdracht staat|waarschuwen|-1.0
p:opdracht staat|moraliseren|-1.0
p:opdracht staat|adviseren|-1.0
p:opdracht staat|argumenteren|1.89
p:opdracht staat|bekritiseren|1.0
p:opdracht staat|prijzen|-1.0
p:opdracht staat|etiketteren|-1.0
p:opdracht staat|interpreteren|-1.0
p:opdracht staat|geruststellen|-1.0
p:opdracht staat|ondervragen|-1.0
p:opdracht staat|afleiden|-1.0
p:opdracht staat|afronding-aankondigen|-1.0
p:opdracht staat|vervolgafspraak|-1.0
p:opdracht staat|bedanken|-1.0
p:opdrachten en|open-vraag|0.99
p:opdrachten toe|ik-boodschap|0.99
p:opdrachten toe|parafrase|-0.99
p:opdrachten toekomt|ik-boodschap|1.0
p:open bent|bedanken|0.99
p:open was|interpreteren|-0.98
p:opgaven niet|vervolgafspraak|0.95
p:opgelucht dat|ik-boodschap|0.99
p:opgevallen dat|ik-boodschap|-0.91
p:opgevangen ?|prijzen|-0.76
p:opgevat ?|afleiden|-0.98
p:ophaalt gaat|waarschuwen|0.99
p:ophaalt gaat|moraliseren|-0.99
p:oplaadt kun|ik-boodschap|0.89
p:oplossen ?|open-vraag|0.99
p:opmerking en|waarschuwen|1.81
p:opmerking is|jij-boodschap|-0.94
p:opmerking is|bekritiseren|0.97
p:opmerking is|prijzen|-0.97
p:opneemt hoe|parafrase|0.79
p:opneemt hoe|open-vraag|0.79
p:oprecht van|open-vraag|0.99
p:opruimen nu|geruststellen|-1.0
p:opschrijft dus|ik-boodschap|0.91
p:opschrijft dus|jij-boodschap|-0.86
p:opschrijft dus|bekritiseren|-0.86
p:opstaat kunnen|ik-boodschap|0.99
p:opstaat kunnen|vervolgafspraak|-0.99
p:opvoeden doe|moraliseren|0.97
p:opvoeden doe|argumenteren|-0.97
p:opvoeden doe|afleiden|-0.64
p:orthopedagoog gewoon|jij-boodschap|0.96
p:orthopedagoog gewoon|bekritiseren|1.82
p:oude school|samenvatting|0.92
p:oude school|open-vraag|0.92
p:oude school|geruststellen|0.93
p:ouder als|prijzen|0.77
p:ouder bent|geruststellen|2.48
p:ouder die|prijzen|-0.96
p:ouder die|etiketteren|0.96
p:ouder dus|prijzen|1.0
p:ouder dus|bedanken|-1.0
p:ouder heb|ik-boodschap|-0.96
p:ouder hoort|moraliseren|1.0
p:ouder hoort|prijzen|-0.99
p:ouder om|moraliseren|-0.68
p:ouder toch|adviseren|-0.99
p:ouder weet|moraliseren|1.0
p:ouder weet|etiketteren|-0.88
p:ouder weet|geruststellen|-1.0
p:ouder weet|ondervragen|-0.94
p:ouderavond gekomen|ondervragen|0.98
p:ouderavond is|waarschuwen|-0.97
p:ouderavond ontvangen|parafrase|-0.99
p:ouders dat|bekritiseren|-0.99
p:ouders dat|etiketteren|0.99
p:ouders hebben|argumenteren|-0.89
p:ouders hebben|etiketteren|-0.96
p:ouders horen|bevelen|-1.0
p:ouders horen|moraliseren|0.99
p:ouders horen|argumenteren|-1.0
p:ouders lezen|jij-boodschap|0.91
p:ouders lezen|bekritiseren|0.66
p:ouders moeten|moraliseren|0.98
p:ouders moeten|afleiden|-0.98
p:ouders tekortgeschoten|moraliseren|-0.86
p:ouders veel|bekritiseren|-1.72
p:ouders wachten|afronding-aankondigen|0.98
p:ouders wachten|vervolgafspraak|-0.98
p:ouders wat|moraliseren|0.87
p:over ?|ik-boodschap|-1.0
p:over ?|jij-boodschap|-1.0
p:over acht|bevelen|0.91
p:over buikpijn|parafrase|0.91
p:over buikpijn|gevoelsreflectie|-0.69
p:over dat|geruststellen|-0.9
p:over dat|ondervragen|-1.0
p:over dat|afleiden|0.84
p:over de|ik-boodschap|-1.72
p:over de|gevoelsreflectie|0.91
p:over de|samenvatting|-1.12
p:over de|bevelen|-1.0
p:over de|bekritiseren|-1.02
p:over de|interpreteren|0.98
p:over de|ondervragen|0.86
p:over de|afleiden|-0.66
p:over de|vervolgafspraak|-0.97
p:over drie|samenvatting|0.92
p:over drie|argumenteren|-0.99
p:over drie|afronding-aankondigen|-0.99
p:over drie|vervolgafspraak|0.99
p:over drie|bedanken|0.69
p:over een|adviseren|-0.97
p:over een|geruststellen|0.99
p:over een|vervolgafspraak|0.93
p:over haar|bedanken|-0.78
p:over hebben|afleiden|0.98
p:over hetzelfde|ik-boodschap|1.0
p:over hetzelfde|afronding-aankondigen|1.0
p:over ik|gevoelsreflectie|-1.0
p:over ik|vervolgafspraak|1.0
p:over je|ik-boodschap|0.96
p:over je|jij-boodschap|-0.95
p:over je|bekritiseren|-0.91
p:over je|geruststellen|-0.87
p:over je|afleiden|1.52
p:over jesse|interpreteren|-0.93
p:over klopt|gevoelsreflectie|0.89
p:over klopt|open-vraag|0.99
p:over moet|geruststellen|-0.93
p:over school|gevoelsreflectie|0.84
p:over school|open-vraag|-0.97
p:over school|ondervragen|-1.0
p:over school|vervolgafspraak|-1.0
p:over te|argumenteren|0.97
p:over twee|samenvatting|0.11
p:over twee|vervolgafspraak|1.95
p:over twee|bedanken|-0.78
p:over u|interpreteren|0.97
p:over uw|geruststellen|-0.99
p:over vertellen|parafrase|-0.97
p:over vertellen|open-vraag|0.97
p:over vijf|vervolgafspraak|-0.96
p:over wat|jij-boodschap|0.71
p:over wat|gevoelsreflectie|-0.88
p:over wat|bekritiseren|0.88
p:over wat|afleiden|-0.96
p:over zijn|ik-boodschap|-0.86
p:over zijn|argumenteren|-0.98
p:over zijn|bekritiseren|0.39
p:over zijn|afleiden|-0.83
p:over zijn|bedanken|0.3
p:overal een|prijzen|-0.96
p:overal een|etiketteren|0.96
p:overal kritiek|jij-boodschap|1.0
p:overal kritiek|adviseren|-1.0
p:overal kritiek|bekritiseren|1.0
p:overal mee|gevoelsreflectie|-0.85
p:overal mee|bevelen|0.93
p:overal mee|bekritiseren|0.85
p:overdrijft echt|bekritiseren|1.04
p:overgangsnormen daar|ik-boodschap|-0.97
p:overhoort ?|bevelen|-0.94
p:overhoort ?|prijzen|-0.94
p:overkomt de|geruststellen|1.19
p:overkomt iedereen|geruststellen|-2.29
p:overkomt iedereen|afleiden|1.19
p:overleg met|samenvatting|0.94
p:overleg met|vervolgafspraak|0.94
p:overleg met|bedanken|-0.78
p:overslaat waardoor|ik-boodschap|0.78
p:overstap zwaar|open-vraag|-0.92
p:overstapt naar|parafrase|0.99
p:paar punten|geruststellen|-0.73
p:paar weken|geruststellen|0.96
p:pak ik|ik-boodschap|-0.86
p:pak ik|waarschuwen|0.91
p:pak je|bevelen|0.95
p:pak je|waarschuwen|-0.95
p:pakt moet|open-vraag|0.16
p:pakt sem|samenvatting|-0.91
p:pas ?|bevelen|-0.78
p:pas als|bekritiseren|0.93
p:pas maar|geruststellen|-0.95
p:pas na|parafrase|0.75
p:pas om|ik-boodschap|0.95
p:pas om|waarschuwen|-0.95
p:pas op|ondervragen|-0.91
p:pasje weer|ik-boodschap|-0.89
p:pasje weer|geruststellen|-0.93
p:pauze alleen|ik-boodschap|1.0
p:pauze hebt|ik-boodschap|1.62
p:pauze hebt|gevoelsreflectie|-0.96
p:pauze niet|ik-boodschap|-0.94
p:pauze tegenwoordig|ik-boodschap|-0.76
p:pauze vaak|ik-boodschap|0.99
p:pauze wat|open-vraag|0.99
p:pauze zit|argumenteren|-1.0
p:pauze zit|vervolgafspraak|-1.0
p:per post|bekritiseren|-0.99
p:periode al|ik-boodschap|0.93
p:periode even|ik-boodschap|-0.95
p:periode hoe|gevoelsreflectie|0.99
p:periode niet|waarschuwen|-0.98
p:periode niet|bekritiseren|-0.47
p:pest andere|bekritiseren|0.94
p:pest niet|jij-boodschap|1.84
p:pesten op|vervolgafspraak|-0.94
p:pesterijen stoppen|gevoelsreflectie|-0.9
p:pet af|geruststellen|-0.98
p:pet naar|jij-boodschap|0.96
p:pieter vos|ik-boodschap|-1.0
p:pijn hebt|waarschuwen|-0.98
p:pijn om|bekritiseren|-0.54
p:plaats gewoon|adviseren|0.94
p:plaats van|adviseren|-1.0
p:plan dat|gevoelsreflectie|0.92
p:plan dat|vervolgafspraak|0.76
p:plan een|afronding-aankondigen|-0.92
p:plan een|vervolgafspraak|0.99
p:plan over|adviseren|-0.97
p:plannen ?|jij-boodschap|-2.67
p:plannen ?|adviseren|1.0
p:plannen ?|bekritiseren|-0.95
p:plannen ?|ondervragen|0.95
p:plannen ?|afleiden|-1.0
p:plannen ?|vervolgafspraak|-1.0
p:plannen daan|bevelen|0.79
p:plannen daan|adviseren|-0.79
p:plannen daan|geruststellen|0.96
p:plannen een|afronding-aankondigen|0.92
p:plannen en|ik-boodschap|0.99
p:plannen en|argumenteren|-0.71
p:plannen lukt|geruststellen|-0.98
p:plannen voor|jij-boodschap|-0.95
p:plannen voor|afleiden|0.91
p:planner bijhoudt|samenvatting|0.99
p:planner bijhoudt|bevelen|-0.99
p:planner geen|ik-boodschap|0.91
p:planner geen|jij-boodschap|-0.86
p:planner geen|bekritiseren|-0.86
p:planner in|ik-boodschap|0.9
p:planner te|jij-boodschap|0.79
p:planner te|bekritiseren|0.99
p:planner van|ik-boodschap|-0.95
p:planning controleert|vervolgafspraak|0.93
p:planning en|jij-boodschap|0.7
p:planning en|samenvatting|0.99
p:planning en|bedanken|0.99
p:planning ik|bedanken|-0.78
p:planning maakt|moraliseren|-1.0
p:planning maakt|adviseren|1.0
p:planning voor|interpreteren|-0.99
p:planning voor|afleiden|-0.99
p:playstation gewoon|adviseren|0.91
p:playstation gewoon|bekritiseren|0.91
p:playstation uit|adviseren|0.78
p:plek in|parafrase|-0.94
p:plek op|waarschuwen|0.92
p:plezier krijgt|parafrase|-0.98
p:plezier naar|samenvatting|0.95
p:plicht om|ik-boodschap|-0.96
p:plicht om|samenvatting|-0.97
p:plicht om|moraliseren|0.92
p:pootjes terecht|geruststellen|0.82
p:potje van|bekritiseren|0.9
p:praat je|jij-boodschap|-1.0
p:praat je|moraliseren|1.0
p:praat je|interpreteren|-1.0
p:praat met|samenvatting|0.75
p:praat thuis|samenvatting|0.99
p:praat thuis|bedanken|0.21
p:praat u|ondervragen|-0.91
p:praat veel|open-vraag|-0.99
p:praat volgende|samenvatting|0.99
p:praat volgende|bevelen|-0.99
p:praten ?|afronding-aankondigen|-0.98
p:praten dat|gevoelsreflectie|0.84
p:praten dat|moraliseren|0.8
p:praten en|open-vraag|-0.59
p:praten kan|ik-boodschap|1.0
p:praten kan|afronding-aankondigen|-1.0
p:praten komen|samenvatting|-0.83
p:praten want|ik-boodschap|1.0
p:praten want|afronding-aankondigen|1.0
p:praten we|vervolgafspraak|0.78
p:precies ?|moraliseren|-1.0
p:precies gebeurd|bekritiseren|-0.91
p:prikkelbaar is|open-vraag|-0.92
p:prima dat|jij-boodschap|1.66
p:prima dat|parafrase|-0.97
p:prima dat|bekritiseren|0.97
p:prima doen|adviseren|-0.94
p:prima doen|geruststellen|1.31
p:prima maar|samenvatting|0.66
p:prima maar|open-vraag|0.66
p:privénummer belt|jij-boodschap|0.97
p:privénummer belt|bekritiseren|1.8
p:probleem dat|bekritiseren|-0.28
p:probleem dat|prijzen|0.95
p:probleem in|interpreteren|0.93
p:probleem klopt|samenvatting|0.93
p:probleem klopt|open-vraag|-0.93
p:probleem van|prijzen|-0.96
p:probleem van|etiketteren|0.96
p:profiel wat|parafrase|1.0
p:profiel wat|gevoelsreflectie|-1.0
p:profiel wat|samenvatting|-0.88
p:profiel wat|geruststellen|-1.0
p:profielwerkstuk haalde|parafrase|-0.99
p:programma van|afleiden|-0.84
p:projecteert uw|bekritiseren|-0.9
p:protocol staat|argumenteren|-1.85
p:pta dus|moraliseren|-0.85
p:puber heeft|geruststellen|0.83
p:puber heeft|afleiden|-0.83
p:puber wel|jij-boodschap|-0.86
p:puber wel|bekritiseren|-0.86
p:puber wel|geruststellen|-0.96
p:puber wel|afleiden|1.73
p:pubers he|afleiden|0.81
p:puberteit daar|moraliseren|-0.9
p:puberteit daar|argumenteren|-0.96
p:puberteit daar|geruststellen|-0.96
p:puberteit daar|afleiden|1.61
p:puberteit zit|interpreteren|0.99
p:puinhoop van|jij-boodschap|0.98
p:puinhoop van|bekritiseren|0.71
p:puinhoop van|etiketteren|-0.77
p:punt achter|vervolgafspraak|-0.96
p:punt blijven|ik-boodschap|1.0
p:punt blijven|afronding-aankondigen|1.0
p:punt hebt|jij-boodschap|-0.7
p:punt heeft|bekritiseren|-0.98
p:punten verliest|ik-boodschap|0.78
p:pushende ouders|bekritiseren|-0.99
p:pushende ouders|etiketteren|0.99
p:pushy ouder|etiketteren|1.0
p:pws niet|ik-boodschap|1.0
p:raak ik|afronding-aankondigen|-1.0
p:raakt me|parafrase|-0.96
p:raakt me|waarschuwen|-0.91
p:raakt me|ondervragen|-0.91
p:raakt neem|aanmoediging|0.96
p:raakt u|parafrase|-0.97
p:raakt u|open-vraag|0.97
p:raken en|ik-boodschap|0.81
p:rapport reken|samenvatting|-0.94
p:rapport staan|ik-boodschap|0.77
p:rapport vrijdag|bekritiseren|-0.99
p:ravi deze|ik-boodschap|-0.99
p:reactie slaat|argumenteren|-1.0
p:reageert hij|ondervragen|-1.0
p:reageert hij|vervolgafspraak|-1.0
p:reageert snel|bedanken|1.0
p:reageren nooti|jij-boodschap|1.86
p:reageren nooti|bekritiseren|1.69
p:recht heeft|bekritiseren|-0.85
p:redelijk dus|vervolgafspraak|-0.81
p:redelijk op|parafrase|-0.91
p:regel daar|argumenteren|1.0
p:regelen we|geruststellen|0.97
p:regelmatig vergeet|ik-boodschap|-0.99
p:regelmatig vergeet|vervolgafspraak|0.81
p:regels een|argumenteren|0.97
p:regels een|vervolgafspraak|-0.97
p:regels houden|waarschuwen|0.86
p:regels zijn|argumenteren|1.97
p:regels zijn|vervolgafspraak|-0.97
p:regelt dan|prijzen|0.93
p:regen vandaag|afleiden|0.92
p:reglement is|moraliseren|-0.99
p:reglement is|argumenteren|0.99
p:reglement staat|bekritiseren|-0.94
p:reken daar|samenvatting|-0.94
p:reken op|prijzen|0.82
p:rekenen dat|argumenteren|-0.88
p:rekenmachine niet|vervolgafspraak|0.95
p:rekenmachine vergeten|gevoelsreflectie|-0.71
p:rekenmachine vergeten|open-vraag|0.97
p:rekentoets en|samenvatting|0.6
p:respect voor|moraliseren|0.97
p:respect voor|bekritiseren|0.98
p:respectloze reactie|jij-boodschap|-0.79
p:rest van|parafrase|0.94
p:rest van|argumenteren|0.94
p:rest van|vervolgafspraak|0.81
p:rij daar|argumenteren|0.97
p:rij de|samenvatting|1.0
p:rij het|vervolgafspraak|-0.94
p:rij wat|jij-boodschap|-1.0
p:rij wat|samenvatting|1.0
p:rij wat|bekritiseren|-1.0
p:rij wat|afleiden|-1.0
p:rijtje u|bedanken|-0.78
p:rijtje zet|parafrase|-0.98
p:rijtje zet|samenvatting|0.97
p:rik zit|ik-boodschap|1.0
p:roep ik|adviseren|-0.97
p:roept kunnen|ik-boodschap|1.52
p:rollen bram|bevelen|1.0
p:rollen bram|bekritiseren|0.85
p:ronden af|afronding-aankondigen|1.92
p:ronden af|bedanken|0.94
p:ronden het|samenvatting|-0.93
p:ronden we|etiketteren|-0.97
p:ronden we|vervolgafspraak|-0.74
p:rondmaken en|vervolgafspraak|-0.95
p:ronduit onbeschoft|bekritiseren|0.93
p:rooster de|ik-boodschap|-0.98
p:rooster de|prijzen|-0.98
p:rooster dit|parafrase|0.99
p:rot voor|gevoelsreflectie|0.97
p:rotmoment zijn|gevoelsreflectie|0.98
p:ruben het|afleiden|-0.98
p:ruimt vast|jij-boodschap|-0.97
p:rust komt|parafrase|0.91
p:rusten kijk|afleiden|0.8
p:rustig even|aanmoediging|0.96
p:rustig met|open-vraag|-0.59
p:rustig worden|jij-boodschap|-1.0
p:rustig worden|bevelen|1.0
p:rustig worden|moraliseren|-1.0
p:rustig worden|bekritiseren|-1.0
p:ruzie begon|parafrase|1.0
p:ruzie begon|samenvatting|-1.0
p:ruzie in|samenvatting|0.94
p:ruzie in|open-vraag|0.94
p:ruzie met|parafrase|0.99
p:ruzie met|samenvatting|0.97
p:ruzie wil|afleiden|0.99
p:ruzietjes hebben|geruststellen|-0.87
p:ruzietjes hebben|afleiden|0.94
p:ruzietjes zijn|afleiden|0.91
p:samen de|open-vraag|-0.96
p:samen gekeken|jij-boodschap|0.7
p:samen hoe|samenvatting|0.99
p:samen hoe|bevelen|-0.99
p:samen kijken|adviseren|-0.97
p:samen met|adviseren|0.96
p:samen met|argumenteren|-0.97
p:samen met|afleiden|-0.64
p:samen met|vervolgafspraak|0.81
p:samen oplossen|open-vraag|0.99
p:samen te|jij-boodschap|-1.0
p:samen te|moraliseren|-0.68
p:samen te|adviseren|1.0
p:samen te|interpreteren|-0.93
p:samen te|afleiden|-1.0
p:samen te|vervolgafspraak|-1.0
p:samen uit|jij-boodschap|-0.97
p:samen uit|afronding-aankondigen|-0.97
p:samen wat|samenvatting|0.94
p:samen wat|vervolgafspraak|0.94
p:samen zijn|adviseren|0.97
p:samengevat de|gevoelsreflectie|0.92
p:samengevat de|vervolgafspraak|0.76
p:samengevat gaat|argumenteren|-0.89
p:samengevat het|jij-boodschap|-0.91
p:samengevat het|samenvatting|0.91
p:samengevat komt|jij-boodschap|0.92
p:samengevat komt|samenvatting|-0.8
p:samengevat komt|bekritiseren|0.92
p:samengevat lieke|open-vraag|-0.92
p:samengevat u|jij-boodschap|1.0
p:samengevat u|adviseren|-1.0
p:samengevat u|bekritiseren|1.0
p:samengevat willen|parafrase|-0.98
p:samenvat in|samenvatting|0.87
p:samenvat jayden|parafrase|-0.99
p:samenvat jayden|samenvatting|0.99
p:samenvat je|gevoelsreflectie|-0.97
p:samenvat je|samenvatting|0.7
p:samenvat je|open-vraag|-0.97
p:samenvat wat|parafrase|0.94
p:samenvat wat|samenvatting|-0.94
p:samenvatten je|parafrase|-0.94
p:samenvatten u|samenvatting|0.99
p:samenvatten u|bedanken|0.99
p:samenvatten ze|ik-boodschap|-0.88
p:samenvattend de|samenvatting|0.93
p:samenvattend de|open-vraag|-0.93
p:samenvattend de|argumenteren|-0.96
p:samenvattend het|ik-boodschap|-0.98
p:samenvattend het|prijzen|-0.98
p:samenvattend je|samenvatting|0.94
p:samenvattend je|bekritiseren|-0.94
p:sanne de|argumenteren|-1.0
p:sanne de|vervolgafspraak|-1.0
p:sanne is|etiketteren|1.0
p:schaamt je|ik-boodschap|-0.88
p:schakel ik|waarschuwen|1.0
p:scheiding daar|interpreteren|0.93
p:scheiding dat|waarschuwen|-0.91
p:scheikunde een|waarschuwen|-0.99
p:schelden ?|jij-boodschap|0.91
p:schelden ?|open-vraag|-0.87
p:schelden ?|bekritiseren|0.91
p:schermgebruik vlak|argumenteren|0.96
p:schieten en|waarschuwen|-0.98
p:schieten en|bekritiseren|-0.47
p:schieten we|ik-boodschap|1.0
p:schieten we|afronding-aankondigen|1.0
p:school ?|bekritiseren|-0.57
p:school ?|etiketteren|-0.99
p:school bent|ik-boodschap|0.99
p:school daaraan|parafrase|-0.99
p:school daaraan|samenvatting|0.99
p:school daarom|afleiden|-0.98
p:school dat|moraliseren|0.97
p:school dat|argumenteren|-0.97
p:school dat|geruststellen|0.93
p:school dat|afleiden|-0.64
p:school een|bedanken|-0.7
p:school eerder|open-vraag|-0.8
p:school en|gevoelsreflectie|-0.9
p:school en|samenvatting|0.92
p:school en|open-vraag|0.92
p:school gaat|samenvatting|0.95
p:school gaat|bekritiseren|0.41
p:school gaat|ondervragen|-1.0
p:school gaat|vervolgafspraak|-1.0
p:school gestuurd|waarschuwen|0.84
p:school ik|samenvatting|0.84
p:school ik|bedanken|0.75
p:school is|ik-boodschap|0.93
p:school is|bekritiseren|0.95
p:school je|adviseren|0.97
p:school komen|interpreteren|-0.98
p:school moet|argumenteren|0.96
p:school niet|open-vraag|0.66
p:school niet|bekritiseren|-0.91
p:school niet|geruststellen|-0.97
p:school niet|ondervragen|0.86
p:school onrustig|ik-boodschap|-0.99
p:school op|samenvatting|-0.97
p:school over|bevelen|0.93
p:school te|parafrase|0.96
p:school te|argumenteren|-0.99
p:school te|bekritiseren|-0.84
p:school toch|bekritiseren|-0.9
p:school trekt|parafrase|-0.91
p:school wil|gevoelsreflectie|0.84
p:schoolarts kijken|vervolgafspraak|0.81
p:schoolavond er|gevoelsreflectie|-0.96
p:schoolplein wil|ondervragen|-1.0
p:schoolplein wil|afleiden|0.84
p:schoolreis hebben|samenvatting|-0.99
p:schoolreis hebben|afleiden|0.99
p:schoolreisje ?|parafrase|0.97
p:schooltijd even|vervolgafspraak|0.85
p:schooltijd op|bekritiseren|-0.9
p:schorsing heeft|gevoelsreflectie|0.91
p:schreef dat|waarschuwen|-0.91
p:schreef dat|geruststellen|-0.96
p:schreef dat|ondervragen|-0.91
p:schreeuwen alstublieft|bevelen|0.99
p:schreeuwen roep|adviseren|-0.97
p:schreeuwt kan|prijzen|-1.0
p:schreeuwt kan|geruststellen|-1.0
p:schrijfopdracht schreef|waarschuwen|-0.91
p:schrijfopdracht schreef|ondervragen|-0.91
p:schrik voor|gevoelsreflectie|0.86
p:schrikt maar|gevoelsreflectie|0.97
p:schrok de|ik-boodschap|0.93
p:schrok de|parafrase|-0.89
p:schrok de|gevoelsreflectie|-0.75
p:schrok de|samenvatting|-0.95
p:schrok de|bekritiseren|-1.0
p:schrok ik|ik-boodschap|1.62
p:schrok ik|gevoelsreflectie|-0.96
p:schrok ik|interpreteren|-1.0
p:schuift ook|vervolgafspraak|0.99
p:schuld aan|jij-boodschap|0.95
p:schuld aan|samenvatting|-0.95
p:schuld aan|open-vraag|-0.95
p:schuld aan|bekritiseren|0.95
p:schuld dat|bekritiseren|0.96
p:schuld van|bekritiseren|0.95
p:schuldig voelt|jij-boodschap|-0.97
p:schuldig voelt|bevelen|-1.0
p:schuldig voelt|bekritiseren|-1.27
p:schuldig voelt|interpreteren|1.0
p:schuldige omdat|parafrase|-1.0
p:schuldige omdat|moraliseren|-1.0
p:schuldige omdat|interpreteren|1.0
p:sectie ik|gevoelsreflectie|0.92
p:sectie ik|vervolgafspraak|0.76
p:sem als|bevelen|0.85
p:sem een|etiketteren|-0.99
p:sem in|ik-boodschap|0.77
p:sem is|moraliseren|-0.98
p:sem is|bekritiseren|-1.6
p:sem is|etiketteren|0.98
p:sem maakt|etiketteren|-0.77
p:sem of|adviseren|1.0
p:sem of|argumenteren|-1.0
p:sem of|bekritiseren|-1.0
p:september in|jij-boodschap|-0.92
p:september in|argumenteren|0.88
p:serieus en|samenvatting|-0.93
p:serieus genomen|adviseren|-1.0
p:serieus genomen|geruststellen|-0.92
p:sfeer in|jij-boodschap|0.95
p:sfeer in|samenvatting|0.93
p:sfeer in|open-vraag|-0.93
p:sfeer in|waarschuwen|0.95
p:sfeer in|argumenteren|-0.89
p:sfeer in|bekritiseren|1.44
p:simpel is|moraliseren|-0.93
p:simpel wie|argumenteren|1.74
p:simpel wie|geruststellen|-0.71
p:sinds bas|ik-boodschap|1.0
p:sinds de|ik-boodschap|0.99
p:sinds de|jij-boodschap|-1.67
p:sinds de|open-vraag|1.0
p:sinds de|argumenteren|-0.94
p:sinds de|bekritiseren|-2.72
p:sinds hij|parafrase|1.0
p:sinds hij|waarschuwen|-1.0
p:sinds je|ik-boodschap|0.99
p:sinds je|parafrase|-0.99
p:sinds september|jij-boodschap|-0.92
p:situatie voor|argumenteren|-0.98
p:slaap en|samenvatting|0.94
p:slaap en|open-vraag|0.94
p:slaap je|ik-boodschap|0.96
p:slaap je|moraliseren|-0.87
p:slaapt en|ik-boodschap|0.88
p:slaapt slecht|ik-boodschap|-0.88
p:slaapt slecht|parafrase|-0.98
p:slaapt slecht|gevoelsreflectie|-0.97
p:slaapt slecht|samenvatting|0.92
p:slaapt slecht|interpreteren|-0.93
p:slaat nergens|ik-boodschap|-1.0
p:slaat nergens|jij-boodschap|-1.0
p:slaat nergens|parafrase|-1.0
p:slaat nergens|gevoelsreflectie|-1.0
p:slaat nergens|samenvatting|-1.0
p:slaat nergens|open-vraag|-1.0
p:slaat nergens|aanmoediging|-1.0
p:slaat nergens|bevelen|-1.0
p:slaat nergens|waarschuwen|-1.0
p:slaat nergens|moraliseren|-1.0
p:slaat nergens|adviseren|-1.0
p:slaat nergens|argumenteren|0.89
p:slaat nergens|bekritiseren|1.0
p:slaat nergens|prijzen|-1.0
p:slaat nergens|etiketteren|-1.0
p:slaat nergens|interpreteren|-1.0
p:slaat nergens|geruststellen|-1.0
p:slaat nergens|ondervragen|-1.0
p:slaat nergens|afleiden|-1.0
p:slaat nergens|afronding-aankondigen|-1.0
p:slaat nergens|vervolgafspraak|-1.0
p:slaat nergens|bedanken|-1.0
p:slapen de|argumenteren|0.96
p:slecht aflopen|waarschuwen|1.0
p:slecht aflopen|adviseren|-1.0
p:slecht aflopen|afronding-aankondigen|-1.0
p:slecht concentreren|vervolgafspraak|0.81
p:slecht en|open-vraag|-0.92
p:slecht hij|parafrase|-0.98
p:slecht hij|interpreteren|-0.93
p:slecht je|samenvatting|0.92
p:slecht je|open-vraag|0.92
p:slechte beslissing|bekritiseren|1.0
p:slechte beslissing|geruststellen|-0.75
p:slechte nachtrust|samenvatting|0.97
p:slechte ouder|geruststellen|2.48
p:slechter presteren|argumenteren|1.0
p:slim om|jij-boodschap|-0.78
p:slim om|gevoelsreflectie|1.0
p:slim om|open-vraag|-1.0
p:slim om|adviseren|1.0
p:slimme jongen|bekritiseren|-0.94
p:slimme jongen|prijzen|0.97
p:slimme meid|etiketteren|-0.99
p:slimme meid|ondervragen|-0.96
p:slimme meid|afleiden|-0.74
p:slimme vrouw|prijzen|0.97
p:slimste van|moraliseren|-0.99
p:slimste van|adviseren|-0.83
p:slimste van|prijzen|1.93
p:slimste van|geruststellen|-0.99
p:slordig verslag|bekritiseren|0.99
p:slordige meid|bekritiseren|-0.9
p:slordige meid|etiketteren|0.65
p:sluit af|bedanken|0.84
p:sluiten bij|vervolgafspraak|0.91
p:sluiten we|afronding-aankondigen|0.98
p:smit en|bevelen|0.64
p:smit en|moraliseren|-0.9
p:smit en|interpreteren|-0.9
p:snap dat|jij-boodschap|-0.78
p:snap dat|gevoelsreflectie|2.96
p:snap dat|adviseren|1.02
p:snap dat|interpreteren|-1.0
p:snap dat|geruststellen|0.96
p:snap dat|afronding-aankondigen|-1.0
p:snap had|parafrase|0.99
p:snap het|gevoelsreflectie|-0.98
p:snap ik|geruststellen|0.95
p:snap ik|vervolgafspraak|-0.92
p:snap uw|geruststellen|-0.92
p:snapchat en|jij-boodschap|-0.91
p:snapchat en|samenvatting|0.91
p:snapt de|ik-boodschap|0.76
p:snapt het|bekritiseren|0.99
p:snapt hier|parafrase|-0.96
p:snapt natuurlijk|prijzen|0.97
p:snapt vast|argumenteren|-0.98
p:snapt vast|prijzen|0.83
p:snapt vast|etiketteren|-0.99
p:snapt wel|geruststellen|-0.82
p:snel gaat|parafrase|0.99
p:snel gaat|prijzen|-0.97
p:snel gereageerd|jij-boodschap|-0.96
p:snel kon|gevoelsreflectie|-0.81
p:snel op|bedanken|1.0
p:soms net|jij-boodschap|1.77
p:soms net|etiketteren|0.97
p:soms zijn|bevelen|-0.99
p:soms zijn|moraliseren|-0.99
p:soort mails|bekritiseren|1.78
p:soort mails|geruststellen|-0.93
p:soort ruzietjes|afleiden|0.91
p:sophie de|ik-boodschap|-0.98
p:sorry zegt|prijzen|-1.0
p:spannend ?|gevoelsreflectie|0.89
p:spannend ?|open-vraag|0.99
p:spannend om|bekritiseren|-0.72
p:spelcomputer doordeweeks|interpreteren|-0.93
p:spijbelt en|jij-boodschap|0.98
p:spijbelt en|bekritiseren|0.98
p:spijbelt en|geruststellen|-0.84
p:spreek de|ik-boodschap|-0.95
p:spreek de|samenvatting|0.95
p:spreek wat|ik-boodschap|-0.96
p:spreken ?|jij-boodschap|0.98
p:spreken ?|parafrase|-0.98
p:spreken ?|bekritiseren|0.98
p:spreken af|vervolgafspraak|0.93
p:spreken dus|samenvatting|0.99
p:spreken dus|bevelen|-0.99
p:spreken elkaar|afronding-aankondigen|-0.98
p:spreker en|ik-boodschap|1.0
p:spullen en|bevelen|0.95
p:spullen en|waarschuwen|-0.95
p:spullen vergeet|ik-boodschap|1.0
p:spullen vergeet|moraliseren|-1.0
p:spullen vergeet|vervolgafspraak|-1.0
p:staan kan|open-vraag|-0.59
p:staan moet|ik-boodschap|0.77
p:staat al|ik-boodschap|-1.0
p:staat al|jij-boodschap|-1.0
p:staat al|parafrase|-1.0
p:staat al|gevoelsreflectie|-1.0
p:staat al|samenvatting|-1.0
p:staat al|open-vraag|-1.0
p:staat al|aanmoediging|-1.0
p:staat al|bevelen|-1.0
p:staat al|waarschuwen|-1.0
p:staat al|moraliseren|-1.0
p:staat al|adviseren|-1.0
p:staat al|argumenteren|1.89
p:staat al|prijzen|-1.0
p:staat al|etiketteren|-1.0
p:staat al|interpreteren|-1.0
p:staat al|geruststellen|-1.0
p:staat al|ondervragen|-1.0
p:staat al|afleiden|-1.0
p:staat al|afronding-aankondigen|-1.0
p:staat al|vervolgafspraak|-1.0
p:staat al|bedanken|-1.0
p:staat allemaal|argumenteren|1.0
p:staat allemaal|bekritiseren|-1.0
p:staat het|ik-boodschap|-0.97
p:staat in|moraliseren|-0.85
p:staat op|waarschuwen|1.9
p:staat op|argumenteren|-0.99
p:stage en|bekritiseren|-0.91
p:stage hebben|geruststellen|-0.87
p:stage hebben|afleiden|1.52
p:stage je|jij-boodschap|-0.95
p:steeds ?|ondervragen|0.95
p:steeds als|ik-boodschap|-0.91
p:steeds apart|ik-boodschap|0.99
p:steeds apart|gevoelsreflectie|-0.89
p:steeds apart|afleiden|-0.99
p:steeds door|ik-boodschap|0.91
p:steeds door|jij-boodschap|-0.86
p:steeds door|bekritiseren|-0.86
p:steeds en|bekritiseren|0.84
p:steeds het|jij-boodschap|1.0
p:steeds het|bekritiseren|1.0
p:steeds in|bekritiseren|-0.54
p:steeds mee|jij-boodschap|1.8
p:steeds mee|bekritiseren|-0.95
p:steeds naast|ik-boodschap|-1.0
p:steeds naast|open-vraag|-1.0
p:steeds niks|ik-boodschap|-0.73
p:steeds niks|jij-boodschap|1.71
p:steeds niks|bekritiseren|0.98
p:steeds over|ik-boodschap|1.0
p:steeds over|afronding-aankondigen|1.0
p:steeds stoppen|open-vraag|0.82
p:steeds stoppen|vervolgafspraak|-0.98
p:steeds te|open-vraag|0.96
p:steeds te|bekritiseren|0.65
p:steeds te|geruststellen|-0.96
p:steeds vaker|gevoelsreflectie|-0.91
p:steeds van|jij-boodschap|-0.95
p:steeds ziek|afleiden|-0.98
p:steeds zijn|open-vraag|-0.66
p:steek gelaten|gevoelsreflectie|0.97
p:stelt echt|bekritiseren|-0.97
p:stelt echt|geruststellen|-0.83
p:stelt echt|afleiden|0.97
p:stelt toch|afleiden|0.96
p:stelt u|jij-boodschap|1.0
p:stelt u|bekritiseren|1.0
p:stelt weet|waarschuwen|-0.98
p:stemming ?|aanmoediging|-0.99
p:sterk omdat|interpreteren|0.98
p:steunen bij|ik-boodschap|-0.96
p:stil is|ondervragen|-0.95
p:stiller bent|ik-boodschap|-0.96
p:stiller bent|gevoelsreflectie|-0.96
p:stiller is|open-vraag|1.0
p:stoeien kan|ik-boodschap|0.81
p:stoer is|jij-boodschap|-0.71
p:stoer omdat|afronding-aankondigen|-0.97
p:stoer te|prijzen|-0.94
p:stof niet|ik-boodschap|0.76
p:stof voor|ik-boodschap|1.0
p:stond al|ik-boodschap|-0.91
p:stond al|argumenteren|0.99
p:stoort me|open-vraag|0.82
p:stop daarmee|bekritiseren|-0.95
p:stop met|jij-boodschap|-0.86
p:stoppen donderdag|vervolgafspraak|0.78
p:stoppen en|open-vraag|0.82
p:stoppen er|ik-boodschap|-0.97
p:stoppen er|afronding-aankondigen|0.97
p:stoppen er|vervolgafspraak|0.97
p:stoppen er|bedanken|0.54
p:stoppen met|adviseren|-0.85
p:stoppen met|vervolgafspraak|-0.98
p:stoppen onze|samenvatting|-0.99
p:stoppen voor|ik-boodschap|-0.99
p:stoppen voor|gevoelsreflectie|-1.0
p:stoppen voor|vervolgafspraak|0.99
p:stoppen voor|bedanken|-0.85
p:stopt ga|bevelen|-0.88
p:stopt ga|afleiden|-0.96
p:stopt met|bevelen|1.0
p:storend dat|jij-boodschap|0.97
p:storend dat|bekritiseren|1.8
p:strafwerk geven|waarschuwen|-0.98
p:straks blijft|geruststellen|-0.95
p:straks een|samenvatting|-0.94
p:straks even|vervolgafspraak|-1.57
p:straks even|bedanken|-1.0
p:straks gewoon|adviseren|-0.97
p:straks zijn|waarschuwen|0.92
p:straks zit|waarschuwen|0.98
p:streng moeten|prijzen|1.0
p:streng moeten|bedanken|-1.0
p:strenger aanpakken|adviseren|1.0
p:strenger zijn|adviseren|-0.96
p:stress voor|geruststellen|-0.97
p:structuur heeft|geruststellen|-0.84
p:structuur nodig|afleiden|-0.29
p:structuur thuis|samenvatting|0.84
p:stuk beter|argumenteren|-1.0
p:stuk beter|geruststellen|1.0
p:stuk chagrijn|etiketteren|0.91
p:sturen dat|bekritiseren|0.98
p:sturen is|bekritiseren|1.78
p:sturen is|geruststellen|-0.93
p:stuur en|ik-boodschap|0.99
p:stuur en|argumenteren|-0.71
p:stuur ik|bedanken|0.84
p:stuur je|waarschuwen|1.64
p:stuur u|samenvatting|-0.99
p:stuur u|adviseren|-0.99
p:stuur u|vervolgafspraak|0.95
p:stuur u|bedanken|-0.61
p:stuurde was|bekritiseren|0.93
p:super betrokken|etiketteren|-0.89
p:sven gaan|adviseren|0.94
p:tafel dank|samenvatting|0.92
p:tafel dank|bedanken|0.69
p:tafel houdt|ik-boodschap|0.83
p:tafel houdt|gevoelsreflectie|-1.0
p:tafel legt|samenvatting|-0.99
p:tafel legt|open-vraag|-0.99
p:te bespreken|moraliseren|-1.0
p:te bespreken|bekritiseren|-0.72
p:te bespreken|afleiden|1.0
p:te bieden|waarschuwen|-0.98
p:te controleren|jij-boodschap|0.79
p:te controleren|bekritiseren|0.99
p:te controleren|prijzen|1.0
p:te discussieren|argumenteren|0.97
p:te doen|prijzen|-0.94
p:te druk|ik-boodschap|-0.88
p:te druk|samenvatting|0.94
p:te druk|argumenteren|-0.68
p:te druk|bekritiseren|-0.94
p:te gaan|jij-boodschap|0.7
p:te gaan|afronding-aankondigen|-0.97
p:te gamen|jij-boodschap|0.76
p:te gamen|parafrase|-0.97
p:te gamen|bekritiseren|0.97
p:te gamen|ondervragen|-1.0
p:te gapen|ik-boodschap|0.96
p:te gapen|moraliseren|-0.87
p:te gedragen|moraliseren|0.69
p:te geven|adviseren|-0.99
p:te halen|bekritiseren|-0.96
p:te hoog|bekritiseren|0.92
p:te horen|gevoelsreflectie|-1.0
p:te horen|samenvatting|-0.93
p:te horen|adviseren|0.97
p:te horen|vervolgafspraak|1.08
p:te houden|samenvatting|-0.97
p:te houden|moraliseren|0.86
p:te houden|argumenteren|0.97
p:te houden|vervolgafspraak|-0.97
p:te kennen|moraliseren|1.0
p:te kennen|argumenteren|1.0
p:te kommen|bedanken|0.99
p:te krijgen|prijzen|0.94
p:te laag|jij-boodschap|-0.73
p:te laag|parafrase|0.9
p:te laag|argumenteren|0.9
p:te laat|gevoelsreflectie|-0.97
p:te laat|samenvatting|1.69
p:te laat|open-vraag|0.86
p:te laat|bevelen|-0.96
p:te laat|waarschuwen|1.0
p:te laat|moraliseren|-0.99
p:te laat|argumenteren|0.98
p:te laat|bekritiseren|-1.15
p:te laat|etiketteren|-0.99
p:te laat|geruststellen|-0.96
p:te laat|vervolgafspraak|-0.97
p:te laten|ik-boodschap|0.84
p:te laten|moraliseren|-0.92
p:te laten|bekritiseren|-1.73
p:te laten|interpreteren|0.94
p:te leggen|jij-boodschap|-0.78
p:te leggen|gevoelsreflectie|1.0
p:te leggen|open-vraag|-1.0
p:te leggen|bevelen|0.86
p:te leggen|adviseren|1.0
p:te leren|adviseren|-0.95
p:te leren|bekritiseren|0.77
p:te leren|etiketteren|0.76
p:te lichten|bekritiseren|-0.96
p:te lichten|vervolgafspraak|0.84
p:te liggen|gevoelsreflectie|-0.92
p:te liggen|waarschuwen|-1.0
p:te liggen|geruststellen|1.0
p:te liggen|afleiden|-0.56
p:te luchtig|bekritiseren|0.39
p:te lui|bekritiseren|1.62
p:te lui|etiketteren|0.76
p:te maken|samenvatting|-0.91
p:te maken|bekritiseren|-0.98
p:te makkelijk|bekritiseren|-1.53
p:te makkelijk|interpreteren|0.93
p:te melden|samenvatting|-1.0
p:te moeilijk|gevoelsreflectie|0.92
p:te moeilijk|argumenteren|0.94
p:te moeilijk|vervolgafspraak|0.76
p:te nemen|gevoelsreflectie|-0.71
p:te nemen|bevelen|-0.95
p:te nemen|moraliseren|0.9
p:te nemen|geruststellen|-0.95
p:te plannen|jij-boodschap|-1.0
p:te plannen|adviseren|1.0
p:te plannen|afleiden|-1.0
p:te plannen|vervolgafspraak|-1.0
p:te praten|bekritiseren|0.76
p:te regelen|bedanken|-0.68
p:te rollen|bevelen|1.0
p:te rollen|bekritiseren|0.85
p:te schelden|jij-boodschap|0.91
p:te schelden|open-vraag|-0.87
p:te schelden|bekritiseren|0.91
p:te sluiten|vervolgafspraak|0.91
p:te snel|parafrase|0.99
p:te spelen|jij-boodschap|0.93
p:te spelen|adviseren|-0.93
p:te spelen|bekritiseren|1.42
p:te spreken|jij-boodschap|0.98
p:te spreken|parafrase|-0.98
p:te spreken|bekritiseren|0.98
p:te staan|argumenteren|-0.99
p:te stellen|moraliseren|0.96
p:te stellen|afleiden|-0.96
p:te steunen|ik-boodschap|-0.96
p:te stoppen|gevoelsreflectie|-1.0
p:te stoppen|adviseren|-0.85
p:te sturen|bevelen|-1.0
p:te sturen|argumenteren|-1.0
p:te tillen|moraliseren|-0.9
p:te tillen|argumenteren|-0.96
p:te tillen|geruststellen|-0.96
p:te tillen|afleiden|1.61
p:te tornen|argumenteren|0.68
p:te tornen|afleiden|-0.95
p:te vatten|interpreteren|-0.93
p:te veel|ik-boodschap|-0.74
p:te veel|jij-boodschap|-0.83
p:te veel|bekritiseren|0.15
p:te veel|bedanken|-0.99
p:te verbergen|ik-boodschap|-0.8
p:te verbergen|interpreteren|0.97
p:te verdoen|jij-boodschap|0.94
p:te verdoen|samenvatting|-0.72
p:te verdoen|bevelen|-0.86
p:te verdoen|bekritiseren|1.24
p:te vertrouwen|bekritiseren|0.96
p:te vol|parafrase|0.99
p:te vragen|geruststellen|-0.98
p:te weinig|jij-boodschap|-0.97
p:te weinig|parafrase|0.79
p:te weinig|argumenteren|-0.9
p:te weinig|prijzen|-0.93
p:te werken|moraliseren|-0.68
p:te weten|moraliseren|0.99
p:te weten|prijzen|-0.99
p:te zeggen|jij-boodschap|-1.84
p:te zeggen|samenvatting|0.91
p:te zeggen|aanmoediging|-0.96
p:te zeggen|interpreteren|-0.93
p:te zien|ik-boodschap|1.7
p:te zien|bekritiseren|-0.54
p:te zijn|jij-boodschap|-0.6
p:te zijn|moraliseren|0.99
p:te zijn|geruststellen|0.96
p:te zorgen|moraliseren|0.92
p:team een|ik-boodschap|1.0
p:teamleider erbij|ik-boodschap|-0.99
p:teamleider erbij|afronding-aankondigen|0.93
p:teamleider erbij|vervolgafspraak|0.99
p:teamleider erbij|bedanken|-0.85
p:teamleider meldt|bevelen|0.98
p:teamleider meldt|vervolgafspraak|-0.82
p:teamleider van|ik-boodschap|-1.0
p:teamleider vindt|samenvatting|-0.95
p:tegelijk praten|ik-boodschap|1.0
p:tegelijk tegen|afronding-aankondigen|-1.0
p:tegen de|bevelen|-0.93
p:tegen een|jij-boodschap|-1.0
p:tegen een|moraliseren|1.0
p:tegen een|interpreteren|-1.0
p:tegen haar|gevoelsreflectie|0.96
p:tegen haar|adviseren|0.96
p:tegen iedereen|bekritiseren|0.56
p:tegen je|jij-boodschap|-0.6
p:tegen je|bevelen|0.99
p:tegen je|adviseren|-0.99
p:tegen jou|jij-boodschap|0.95
p:tegen jou|samenvatting|-0.95
p:tegen jou|open-vraag|-0.95
p:tegen jou|bekritiseren|0.95
p:tegen me|afronding-aankondigen|-1.0
p:tegen mevrouw|bekritiseren|-1.31
p:tegen mij|open-vraag|-0.59
p:tegen mij|prijzen|-1.0
p:tegen mij|geruststellen|-1.0
p:tegen mij|ondervragen|0.91
p:tegen mijn|bekritiseren|-1.89
p:tegen uw|bevelen|0.94
p:tegenaan ?|open-vraag|0.99
p:tegenover de|argumenteren|0.95
p:tegenover je|jij-boodschap|1.0
p:tegenover je|gevoelsreflectie|-1.0
p:tegenover je|bekritiseren|1.0
p:tegenovergestelde van|jij-boodschap|1.0
p:tegenovergestelde van|bekritiseren|1.0
p:tegenwoordig veel|ik-boodschap|-0.76
p:tekent u|moraliseren|-0.68
p:telefoon 's|jij-boodschap|-0.78
p:telefoon 's|open-vraag|-1.0
p:telefoon 's|adviseren|1.99
p:telefoon doet|bevelen|-0.99
p:telefoon doet|bekritiseren|-2.1
p:telefoon doet|interpreteren|-0.99
p:telefoon eens|ik-boodschap|0.96
p:telefoon eens|moraliseren|-0.87
p:telefoon maar|waarschuwen|-0.83
p:telefoon meeneemt|jij-boodschap|-0.81
p:telefoon niet|ik-boodschap|-0.86
p:telefoon niet|waarschuwen|1.82
p:telefoon om|parafrase|0.91
p:telefoon onder|ik-boodschap|0.83
p:telefoon onder|gevoelsreflectie|-1.0
p:telefoon op|bevelen|1.0
p:telefoon op|ondervragen|0.97
p:telefoon pakt|samenvatting|-0.91
p:telefoon pakt|open-vraag|0.16
p:telefoon te|jij-boodschap|0.93
p:telefoon te|adviseren|-0.93
p:telefoon te|bekritiseren|1.42
p:telefoon weg|bevelen|0.9
p:telefoon weg|etiketteren|-0.94
p:telefoon zit|open-vraag|0.6
p:telefoonnummer kan|open-vraag|-1.55
p:telefoons in|bevelen|0.87
p:teleur u|jij-boodschap|1.0
p:teleur u|bekritiseren|1.0
p:teleurgesteld bent|open-vraag|-0.8
p:teleurgesteld bent|aanmoediging|-0.96
p:teleurgesteld dat|gevoelsreflectie|0.91
p:teleurgesteld dat|open-vraag|-0.98
p:teleurgesteld in|ik-boodschap|-0.95
p:teleurgesteld in|jij-boodschap|0.24
p:teleurgesteld in|gevoelsreflectie|0.99
p:teleurgesteld in|bekritiseren|0.95
p:teleurgesteld samengevat|gevoelsreflectie|0.92
p:teleurgesteld samengevat|vervolgafspraak|0.76
p:teleurgesteld want|vervolgafspraak|-0.77
p:teleurgesteld wat|parafrase|-0.75
p:telkens te|ik-boodschap|0.95
p:telkens te|jij-boodschap|-0.95
p:tenminste goed|geruststellen|-0.87
p:tenminste goed|afleiden|1.52
p:terecht echt|geruststellen|0.82
p:terug eerst|afleiden|1.0
p:terug en|parafrase|-0.91
p:terug hij|parafrase|-0.99
p:terug hij|samenvatting|0.99
p:terug op|gevoelsreflectie|-0.7
p:terug van|jij-boodschap|-0.98
p:terug van|vervolgafspraak|-1.85
p:terughoor kan|vervolgafspraak|-0.95
p:terwijl er|open-vraag|-0.59
p:terwijl ik|bekritiseren|-0.98
p:terwijl u|moraliseren|0.96
p:terwijl u|bekritiseren|0.95
p:terwijl u|afleiden|-0.96
p:tess haar|vervolgafspraak|0.81
p:tess rondgaan|ik-boodschap|1.0
p:tevoren was|jij-boodschap|-0.98
p:tevoren was|bekritiseren|-0.98
p:thijs de|ik-boodschap|0.84
p:thuis ?|ik-boodschap|0.99
p:thuis ?|open-vraag|2.58
p:thuis ?|ondervragen|1.97
p:thuis als|ondervragen|-1.0
p:thuis als|vervolgafspraak|-1.0
p:thuis bent|parafrase|0.97
p:thuis bent|bekritiseren|-0.97
p:thuis beter|parafrase|1.0
p:thuis beter|waarschuwen|-1.0
p:thuis echt|bekritiseren|-2.69
p:thuis een|adviseren|0.97
p:thuis een|vervolgafspraak|0.97
p:thuis eigenlijk|open-vraag|0.96
p:thuis en|jij-boodschap|-1.0
p:thuis en|samenvatting|1.84
p:thuis en|bekritiseren|-1.0
p:thuis en|afleiden|-1.0
p:thuis gaat|parafrase|-0.91
p:thuis gebeurd|open-vraag|0.92
p:thuis gebeurd|geruststellen|0.92
p:thuis gebeurt|jij-boodschap|0.71
p:thuis gebeurt|gevoelsreflectie|-0.88
p:thuis gebeurt|bekritiseren|0.88
p:thuis gewoon|jij-boodschap|1.0
p:thuis gewoon|bevelen|-0.91
p:thuis gewoon|bekritiseren|-0.66
p:thuis gewoon|ondervragen|-0.97
p:thuis hard|gevoelsreflectie|-0.98
p:thuis helemaal|gevoelsreflectie|0.98
p:thuis helemaal|open-vraag|-0.11
p:thuis helpt|bekritiseren|0.96
p:thuis in|parafrase|0.98
p:thuis is|parafrase|-0.94
p:thuis lukt|geruststellen|-0.97
p:thuis merkt|open-vraag|-0.92
p:thuis met|parafrase|-1.0
p:thuis met|open-vraag|1.0
p:thuis met|afleiden|-0.92
p:thuis met|bedanken|0.21
p:thuis niet|jij-boodschap|-0.91
p:thuis niet|gevoelsreflectie|0.84
p:thuis niet|samenvatting|0.91
p:thuis niet|argumenteren|-0.68
p:thuis niets|samenvatting|-0.97
p:thuis nooit|waarschuwen|0.84
p:thuis nooit|adviseren|0.91
p:thuis nooit|bekritiseren|0.91
p:thuis op|ik-boodschap|-0.95
p:thuis op|samenvatting|0.95
p:thuis opgevangen|prijzen|-0.76
p:thuis uit|gevoelsreflectie|-0.96
p:thuis vaak|parafrase|0.91
p:thuis vaak|gevoelsreflectie|-0.69
p:thuis van|open-vraag|-0.93
p:thuis van|aanmoediging|-0.99
p:thuis veel|ik-boodschap|-0.74
p:thuis veel|bekritiseren|1.09
p:thuis verveelt|ik-boodschap|-0.99
p:thuis verveelt|waarschuwen|-1.0
p:thuis verveelt|ondervragen|-1.0
p:thuis wat|adviseren|-0.96
p:thuis wat|interpreteren|0.93
p:thuis weinig|geruststellen|-0.84
p:thuis wel|open-vraag|-0.17
p:thuis wel|bevelen|-0.99
p:thuis zit|open-vraag|-0.96
p:thuis zit|moraliseren|-0.96
p:thuis zonder|waarschuwen|0.94
p:thuis zwaar|bekritiseren|-0.99
p:thuisblijven ?|adviseren|-0.98
p:thuisblijven ?|bekritiseren|-0.98
p:thuisgehouden ?|bekritiseren|0.98
p:thuiskomt ?|jij-boodschap|0.92
p:thuiskomt ?|bekritiseren|0.92
p:tien minuten|open-vraag|0.87
p:tien uur|ik-boodschap|0.95
p:tien uur|gevoelsreflectie|-0.92
p:tien uur|waarschuwen|-0.95
p:tien uur|ondervragen|-0.94
p:tijd ?|open-vraag|1.0
p:tijd bent|afleiden|-1.0
p:tijd brengt|bevelen|0.99
p:tijd dat|open-vraag|0.87
p:tijd deed|moraliseren|0.48
p:tijd heen|vervolgafspraak|-0.99
p:tijd hoe|bekritiseren|-0.98
p:tijd hoe|afleiden|0.98
p:tijd hoor|aanmoediging|0.99
p:tijd hoor|bevelen|-0.99
p:tijd ik|aanmoediging|0.96
p:tijd ingeleverd|argumenteren|0.95
p:tijd is|samenvatting|-0.99
p:tijd is|aanmoediging|-0.99
p:tijd is|afronding-aankondigen|0.99
p:tijd is|bedanken|-0.99
p:tijd komt|moraliseren|0.92
p:tijd met|bevelen|1.0
p:tijd met|bekritiseren|0.85
p:tijd naar|bevelen|-1.0
p:tijd naar|argumenteren|-1.0
p:tijd naar|ondervragen|0.97
p:tijd te|jij-boodschap|0.94
p:tijd te|samenvatting|-0.72
p:tijd te|bevelen|-0.86
p:tijd te|bekritiseren|1.24
p:tijd uit|prijzen|0.94
p:tijd vaak|open-vraag|-0.92
p:tijd voor|ik-boodschap|-0.72
p:tijden thuis|jij-boodschap|-1.0
p:tijden thuis|samenvatting|1.0
p:tijden thuis|bekritiseren|-1.0
p:tijden thuis|afleiden|-1.0
p:tijdens het|open-vraag|-0.99
p:timo zijn|parafrase|-1.0
p:tip haal|adviseren|0.78
p:tja bedankt|bekritiseren|1.75
p:tja bedankt|bedanken|-1.64
p:tja maar|gevoelsreflectie|-0.99
p:tja maar|open-vraag|-1.62
p:tja maar|afleiden|0.84
p:toch ?|jij-boodschap|-0.85
p:toch ?|bekritiseren|-0.9
p:toch ?|ondervragen|-0.96
p:toch ?|afleiden|-0.74
p:toch akkoord|prijzen|0.77
p:toch begrijpen|argumenteren|0.99
p:toch beter|bekritiseren|0.95
p:toch dat|jij-boodschap|-0.6
p:toch de|ik-boodschap|-0.96
p:toch de|moraliseren|-0.99
p:toch de|prijzen|0.99
p:toch de|geruststellen|-0.99
p:toch een|jij-boodschap|2.69
p:toch een|gevoelsreflectie|-0.9
p:toch een|moraliseren|-0.68
p:toch een|etiketteren|0.78
p:toch geen|argumenteren|-0.88
p:toch geen|afleiden|0.99
p:toch het|adviseren|-0.99
p:toch logisch|moraliseren|-0.89
p:toch logisch|argumenteren|0.89
p:toch makkelijk|bekritiseren|-0.94
p:toch makkelijk|prijzen|0.97
p:toch moeten|moraliseren|1.9
p:toch moeten|bekritiseren|-1.0
p:toch niet|gevoelsreflectie|0.45
p:toch niet|bevelen|-0.93
p:toch niet|waarschuwen|-1.0
p:toch niet|geruststellen|-0.97
p:toch niet|afleiden|0.96
p:toch niks|afleiden|0.96
p:toch onze|moraliseren|0.69
p:toch ook|moraliseren|1.56
p:toch ook|argumenteren|-1.78
p:toch te|prijzen|-0.99
p:toch vertelt|gevoelsreflectie|0.9
p:toch zelf|moraliseren|0.86
p:toch zo'n|ondervragen|-0.96
p:toch zo'n|afleiden|-0.74
p:toe gaat|samenvatting|0.94
p:toe gaat|open-vraag|0.94
p:toe kwam|ik-boodschap|0.95
p:toe te|jij-boodschap|0.98
p:toe te|parafrase|-0.98
p:toe te|vervolgafspraak|0.84
p:toe thuis|parafrase|-0.91
p:toe weinig|bevelen|-0.84
p:toegeven dat|interpreteren|0.99
p:toen ?|samenvatting|-0.56
p:toen ?|open-vraag|-0.99
p:toen ?|aanmoediging|1.96
p:toen ?|ondervragen|-0.97
p:toen hij|ik-boodschap|-0.77
p:toen hij|parafrase|-0.89
p:toen hij|bekritiseren|-1.0
p:toen ik|interpreteren|-1.0
p:toen je|ik-boodschap|0.78
p:toen je|gevoelsreflectie|-0.75
p:toen je|samenvatting|-1.95
p:toen je|aanmoediging|-0.96
p:toen je|vervolgafspraak|-0.97
p:toen leek|jij-boodschap|0.7
p:toen voor|parafrase|0.75
p:toets dat|argumenteren|-0.7
p:toets en|ik-boodschap|1.0
p:toets maar|ik-boodschap|-0.72
p:toets mist|argumenteren|0.7
p:toets niet|jij-boodschap|-0.98
p:toets niet|adviseren|0.97
p:toets niet|bekritiseren|-0.98
p:toets niet|vervolgafspraak|0.97
p:toets te|parafrase|0.94
p:toets te|argumenteren|0.94
p:toets vandaag|ik-boodschap|-0.99
p:toets was|gevoelsreflectie|0.92
p:toets was|vervolgafspraak|0.76
p:toets wel|samenvatting|-0.98
p:toets zelf|interpreteren|-0.97
p:toetsdatum stond|argumenteren|0.99
p:toetsen opschrijft|ik-boodschap|0.91
p:toetsen opschrijft|jij-boodschap|-0.86
p:toetsen opschrijft|bekritiseren|-0.86
p:toetsen punten|ik-boodschap|0.78
p:toetsen te|parafrase|-0.94
p:toetsstof mist|open-vraag|-1.0
p:toetsweek al|argumenteren|0.88
p:toetsweek contact|vervolgafspraak|0.97
p:toetsweek en|afleiden|-0.83
p:toetsweek heel|ik-boodschap|0.77
p:toetsweek nauwelijks|bekritiseren|-0.89
p:toetsweek niet|argumenteren|-0.94
p:toetsweek zijn|ik-boodschap|-0.98
p:toetsweek zijn|prijzen|-0.98
p:toevoegen ?|samenvatting|0.94
p:toevoegen ?|open-vraag|0.94
p:tof dat|ik-boodschap|0.95
p:tolk en|ik-boodschap|1.0
p:tolk goed|ik-boodschap|-1.72
p:tolk goed|parafrase|1.0
p:tolk het|ik-boodschap|-0.96
p:toont in|jij-boodschap|1.71
p:toont in|bekritiseren|1.88
p:top dat|bedanken|1.0
p:tot het|ik-boodschap|-0.86
p:tot het|waarschuwen|0.91
p:tot hoe|jij-boodschap|-0.91
p:tot hoe|adviseren|-0.91
p:tot hoe|afleiden|-0.91
p:tot ik|bevelen|0.97
p:tot middernacht|moraliseren|0.96
p:tot middernacht|afleiden|-0.96
p:tot nu|parafrase|-0.91
p:tot nu|samenvatting|0.94
p:tot nu|open-vraag|0.94
p:tot nu|bevelen|-0.84
p:tot rust|parafrase|0.91
p:tot twee|jij-boodschap|-0.97
p:tot ziens|samenvatting|-0.94
p:tot ziens|bedanken|0.84
p:totaal niet|bekritiseren|0.96
p:totaal ongemotiveerd|bekritiseren|0.77
p:trainer ?|ondervragen|-0.91
p:trainingen van|ik-boodschap|1.0
p:trap was|ik-boodschap|0.96
p:trap zat|ik-boodschap|-0.63
p:trekt je|parafrase|1.0
p:trekt je|gevoelsreflectie|-1.0
p:trekt je|samenvatting|-0.88
p:trekt je|geruststellen|-1.0
p:trekt na|ik-boodschap|-0.96
p:trekt wel|geruststellen|1.0
p:trekt ze|parafrase|-0.91
p:trots hij|jij-boodschap|-0.84
p:trouwens met|open-vraag|-0.96
p:twee herkansingen|waarschuwen|-0.98
p:twee herkansingen|bekritiseren|-0.47
p:twee keer|ik-boodschap|1.0
p:twee keer|gevoelsreflectie|-0.71
p:twee keer|open-vraag|0.97
p:twee uur|jij-boodschap|-0.29
p:twee weken|ik-boodschap|0.95
p:twee weken|jij-boodschap|-1.96
p:twee weken|parafrase|-1.0
p:twee weken|gevoelsreflectie|-1.0
p:twee weken|samenvatting|-0.89
p:twee weken|open-vraag|-1.0
p:twee weken|aanmoediging|-1.0
p:twee weken|bevelen|-1.0
p:twee weken|waarschuwen|-1.0
p:twee weken|moraliseren|-1.0
p:twee weken|adviseren|-1.0
p:twee weken|argumenteren|1.89
p:twee weken|prijzen|-1.0
p:twee weken|etiketteren|-1.0
p:twee weken|interpreteren|-1.0
p:twee weken|geruststellen|-1.0
p:twee weken|ondervragen|-1.0
p:twee weken|afleiden|-1.0
p:twee weken|afronding-aankondigen|-1.0
p:twee weken|vervolgafspraak|0.95
p:twee weken|bedanken|-1.78
p:tweede is|gevoelsreflectie|0.96
p:tweede is|afleiden|0.96
p:tweede klas|geruststellen|0.76
p:tweede klas|afleiden|-0.84
p:tweede stelt|afleiden|0.96
p:tweede uur|afronding-aankondigen|-0.95
p:typisch zo'n|etiketteren|0.81
p:typisch zweverig|moraliseren|-0.94
p:u achter|argumenteren|-0.99
p:u al|jij-boodschap|-1.0
p:u al|adviseren|1.0
p:u al|afleiden|-1.0
p:u al|vervolgafspraak|-1.0
p:u alles|prijzen|1.0
p:u als|parafrase|-0.91
p:u als|moraliseren|0.96
p:u als|afleiden|-0.96
p:u altijd|bekritiseren|0.93
p:u bang|parafrase|-0.9
p:u bedoelt|parafrase|0.99
p:u bedoelt|samenvatting|-0.94
p:u begrijpt|prijzen|1.0
p:u begrijpt|bedanken|-1.0
p:u belt|samenvatting|0.92
p:u belt|bekritiseren|-0.38
p:u belt|bedanken|0.69
p:u bemoeit|jij-boodschap|0.95
p:u bemoeit|gevoelsreflectie|-0.85
p:u bemoeit|bekritiseren|0.85
p:u bent|parafrase|-0.17
p:u bent|gevoelsreflectie|2.54
p:u bent|open-vraag|-1.99
p:u bent|aanmoediging|-0.97
p:u bent|bevelen|-1.99
p:u bent|waarschuwen|-0.98
p:u bent|argumenteren|-0.98
p:u bent|bekritiseren|-0.12
p:u bent|prijzen|-0.72
p:u bent|etiketteren|0.98
p:u bent|geruststellen|-0.9
p:u beschermt|interpreteren|0.98
p:u blijft|adviseren|-0.97
p:u blijkbaar|bekritiseren|0.87
p:u boos|gevoelsreflectie|1.81
p:u boos|open-vraag|-0.91
p:u boos|afleiden|0.96
p:u controleert|adviseren|0.98
p:u controleert|bekritiseren|0.98
p:u daar|gevoelsreflectie|0.84
p:u daar|samenvatting|0.94
p:u daar|aanmoediging|-0.99
p:u daar|bekritiseren|-0.98
p:u daar|ondervragen|1.0
p:u daartegenaan|jij-boodschap|-0.93
p:u daartegenaan|open-vraag|0.93
p:u daartegenaan|bekritiseren|-0.93
p:u daarvan|ik-boodschap|0.94
p:u daarvan|open-vraag|0.99
p:u dan|gevoelsreflectie|0.98
p:u dan|open-vraag|0.86
p:u dan|interpreteren|0.97
p:u dankbaar|bedanken|0.99
p:u dat|ik-boodschap|0.99
p:u dat|parafrase|-0.18
p:u dat|gevoelsreflectie|0.71
p:u dat|samenvatting|0.66
p:u dat|open-vraag|1.62
p:u dat|bevelen|0.21
p:u dat|prijzen|0.17
p:u dat|ondervragen|-0.95
p:u dat|afleiden|-0.91
p:u de|ik-boodschap|-1.72
p:u de|parafrase|1.0
p:u de|bekritiseren|-0.91
p:u de|interpreteren|-0.93
p:u de|bedanken|0.99
p:u delen|open-vraag|0.96
p:u denkt|geruststellen|0.97
p:u die|moraliseren|1.0
p:u die|argumenteren|1.0
p:u dinsdag|bedanken|0.94
p:u dit|jij-boodschap|-0.8
p:u dit|gevoelsreflectie|0.82
p:u dit|moraliseren|-0.68
p:u dit|bekritiseren|-1.0
p:u dit|prijzen|-1.0
p:u dit|bedanken|0.99
p:u doet|jij-boodschap|1.0
p:u doet|gevoelsreflectie|-0.97
p:u doet|bekritiseren|0.98
p:u doet|geruststellen|2.58
p:u donderdag|afronding-aankondigen|-0.97
p:u door|waarschuwen|0.96
p:u een|geruststellen|1.66
p:u een|bedanken|0.84
p:u eens|ik-boodschap|0.88
p:u eens|bekritiseren|-0.99
p:u eerlijk|bedanken|0.85
p:u eerst|jij-boodschap|-1.0
p:u eerst|parafrase|1.0
p:u eigenlijk|jij-boodschap|0.92
p:u eigenlijk|bekritiseren|0.92
p:u eindelijk|jij-boodschap|1.82
p:u eindelijk|gevoelsreflectie|-0.99
p:u eindelijk|bekritiseren|2.04
p:u eindelijk|bedanken|-0.99
p:u er|ik-boodschap|-0.73
p:u er|jij-boodschap|-0.94
p:u er|parafrase|-0.97
p:u er|gevoelsreflectie|-0.81
p:u er|open-vraag|0.97
p:u er|bekritiseren|-1.93
p:u er|ondervragen|0.95
p:u er|vervolgafspraak|-0.92
p:u ervan|gevoelsreflectie|-0.98
p:u ervan|open-vraag|-0.96
p:u gaat|parafrase|-0.97
p:u gaat|prijzen|0.77
p:u gaat|vervolgafspraak|-0.81
p:u gebeld|parafrase|0.83
p:u gebeld|open-vraag|-0.99
p:u geeft|parafrase|0.91
p:u geeft|gevoelsreflectie|-0.69
p:u geeft|bekritiseren|0.7
p:u geen|adviseren|0.78
p:u gekomen|gevoelsreflectie|-0.83
p:u gekomen|bedanken|0.97
p:u gelijk|jij-boodschap|-0.95
p:u gelijk|bekritiseren|-0.95
p:u gemerkt|open-vraag|1.0
p:u geschrokken|argumenteren|0.68
p:u geschrokken|afleiden|-0.95
p:u gewoon|bekritiseren|0.52
p:u geïrriteerd|geruststellen|-0.91
p:u goed|jij-boodschap|-1.0
p:u goed|parafrase|2.98
p:u goed|gevoelsreflectie|0.97
p:u goed|waarschuwen|-1.0
p:u graag|gevoelsreflectie|-1.0
p:u gunt|bekritiseren|0.91
p:u had|jij-boodschap|-0.86
p:u had|open-vraag|-0.8
p:u had|bekritiseren|1.72
p:u had|vervolgafspraak|-0.97
p:u halverwege|ik-boodschap|0.99
p:u halverwege|vervolgafspraak|-0.99
p:u heeft|jij-boodschap|2.64
p:u heeft|parafrase|-1.82
p:u heeft|gevoelsreflectie|-0.86
p:u heeft|adviseren|-1.0
p:u heeft|argumenteren|0.97
p:u heeft|bekritiseren|3.42
p:u heeft|prijzen|0.94
p:u heeft|geruststellen|-0.67
p:u helpen|etiketteren|-1.0
p:u helpen|ondervragen|-1.0
p:u hem|jij-boodschap|-1.81
p:u hem|bevelen|0.95
p:u hem|bekritiseren|-0.47
p:u hem|prijzen|-0.94
p:u hem|interpreteren|0.93
p:u hem|ondervragen|-0.97
p:u hem|vervolgafspraak|-0.82
p:u hem|bedanken|-0.99
p:u het|gevoelsreflectie|0.98
p:u het|open-vraag|2.63
p:u het|aanmoediging|1.76
p:u het|moraliseren|-1.0
p:u het|bekritiseren|-1.73
p:u het|afleiden|0.98
p:u het|afronding-aankondigen|-1.0
p:u het|vervolgafspraak|0.99
p:u het|bedanken|-0.96
p:u hier|gevoelsreflectie|0.9
p:u hoe|ik-boodschap|-0.95
p:u hoe|samenvatting|0.95
p:u hoeft|geruststellen|0.96
p:u hoor|bevelen|-0.84
p:u hoort|adviseren|-0.99
p:u hoort|bekritiseren|-1.79
p:u iets|open-vraag|-0.99
p:u iets|geruststellen|-0.79
p:u iets|afleiden|-0.96
p:u in|open-vraag|-0.59
p:u is|parafrase|0.97
p:u is|bekritiseren|0.82
p:u is|etiketteren|-0.92
p:u kijkt|bekritiseren|0.94
p:u klinkt|parafrase|-0.75
p:u klinkt|ondervragen|-1.0
p:u komt|jij-boodschap|-0.85
p:u komt|prijzen|0.77
p:u kon|jij-boodschap|-0.98
p:u kunt|adviseren|0.86
p:u kunt|interpreteren|-0.98
p:u laat|bevelen|-1.88
p:u laat|moraliseren|0.96
p:u laat|adviseren|-0.97
p:u laat|bekritiseren|-0.86
p:u laat|interpreteren|-0.98
p:u laat|afleiden|-0.96
p:u legt|bekritiseren|0.92
p:u let|ik-boodschap|-0.95
p:u let|samenvatting|0.95
p:u let|bekritiseren|0.31
p:u ligt|aanmoediging|-0.95
p:u lijkt|geruststellen|-0.99
p:u luisteren|prijzen|-1.0
p:u luisteren|geruststellen|-1.0
p:u luistert|bekritiseren|0.7
p:u luistert|bedanken|-0.96
p:u maakt|samenvatting|0.94
p:u maakt|adviseren|-0.98
p:u maakt|bekritiseren|1.56
p:u maakt|vervolgafspraak|0.94
p:u maandag|samenvatting|-0.99
p:u maandag|adviseren|-0.99
p:u maandag|afronding-aankondigen|0.95
p:u maandag|vervolgafspraak|0.95
p:u maandag|bedanken|-1.6
p:u maar|parafrase|-0.93
p:u mag|aanmoediging|0.96
p:u me|bevelen|0.86
p:u merkt|parafrase|0.91
p:u met|adviseren|0.96
p:u meteen|jij-boodschap|-0.86
p:u mij|jij-boodschap|1.03
p:u mij|gevoelsreflectie|-0.98
p:u mij|bevelen|0.81
p:u mij|bekritiseren|2.29
p:u moet|jij-boodschap|-1.0
p:u moet|bevelen|1.98
p:u moet|moraliseren|-1.0
p:u moet|argumenteren|0.99
p:u moet|bekritiseren|-1.0
p:u morgen|ik-boodschap|-0.99
p:u morgen|waarschuwen|-0.92
p:u morgen|bekritiseren|-0.96
p:u morgen|vervolgafspraak|1.83
p:u morgen|bedanken|-1.84
p:u naar|bekritiseren|-0.38
p:u nauwelijks|jij-boodschap|1.71
p:u nauwelijks|bekritiseren|1.88
p:u neemt|jij-boodschap|1.0
p:u neemt|moraliseren|-0.91
p:u neemt|bekritiseren|-1.22
p:u niet|jij-boodschap|0.91
p:u niet|moraliseren|-0.9
p:u niet|adviseren|0.99
p:u niet|argumenteren|-0.96
p:u niet|bekritiseren|-0.33
p:u niet|ondervragen|0.12
p:u niet|afleiden|1.05
p:u niets|gevoelsreflectie|-0.96
p:u niks|jij-boodschap|1.0
p:u niks|adviseren|-1.0
p:u niks|bekritiseren|1.0
p:u nodig|samenvatting|-0.91
p:u nog|samenvatting|0.6
p:u nooit|jij-boodschap|0.94
p:u nou|jij-boodschap|-1.68
p:u nu|etiketteren|-0.64
p:u om|samenvatting|0.99
p:u om|open-vraag|-1.0
p:u om|prijzen|-1.0
p:u om|bedanken|0.99
p:u onderbreekt|bekritiseren|0.84
p:u onderschat|jij-boodschap|0.71
p:u ongerust|gevoelsreflectie|1.0
p:u ongerust|open-vraag|1.0
p:u ongerust|interpreteren|-1.0
p:u ongerust|geruststellen|0.91
p:u ongerust|afronding-aankondigen|-1.0
p:u ontvangt|bekritiseren|-0.99
p:u op|gevoelsreflectie|0.97
p:u op|argumenteren|0.69
p:u op|vervolgafspraak|0.97
p:u over|gevoelsreflectie|0.91
p:u over|adviseren|0.97
p:u over|vervolgafspraak|0.97
p:u overdrijft|bekritiseren|-3.92
p:u praat|samenvatting|0.99
p:u praat|bedanken|0.21
p:u praten|open-vraag|-0.59
p:u projecteert|bekritiseren|-0.9
p:u raakt|gevoelsreflectie|0.99
p:u raakt|aanmoediging|0.96
p:u reageert|bedanken|1.0
p:u recht|bekritiseren|-0.85
p:u roep|bevelen|0.97
p:u samen|moraliseren|-1.0
p:u samen|adviseren|1.0
p:u schrikt|gevoelsreflectie|0.97
p:u snapt|argumenteren|-0.98
p:u snapt|bekritiseren|0.99
p:u snapt|prijzen|0.97
p:u snapt|geruststellen|-0.82
p:u stuurde|bekritiseren|0.93
p:u tegen|bevelen|0.94
p:u tegen|prijzen|-1.0
p:u tegen|geruststellen|-1.0
p:u tegenaan|open-vraag|0.99
p:u teleurgesteld|open-vraag|-0.8
p:u teleurgesteld|aanmoediging|-0.96
p:u thuis|aanmoediging|-0.99
p:u thuis|adviseren|0.97
p:u thuis|vervolgafspraak|0.97
p:u toch|jij-boodschap|1.69
p:u toch|gevoelsreflectie|-0.9
p:u toch|moraliseren|0.32
p:u toch|bekritiseren|-1.0
p:u toch|prijzen|-0.99
p:u toch|etiketteren|0.78
p:u toen|samenvatting|-0.56
p:u uit|argumenteren|0.96
p:u uitzien|gevoelsreflectie|-0.84
p:u vandaag|afronding-aankondigen|-0.92
p:u vast|ik-boodschap|-1.0
p:u vast|adviseren|-0.96
p:u vast|bekritiseren|-0.92
p:u vast|prijzen|1.0
p:u vast|etiketteren|-0.91
p:u veel|bekritiseren|0.39
p:u verder|parafrase|-0.99
p:u verder|open-vraag|-0.99
p:u verder|aanmoediging|0.99
p:u verdriet|gevoelsreflectie|0.82
p:u verdriet|bedanken|0.99
p:u vergeet|jij-boodschap|0.79
p:u vergeet|argumenteren|0.88
p:u vergeet|bekritiseren|0.99
p:u vergeet|interpreteren|-0.97
p:u vergist|bekritiseren|-0.94
p:u vertelde|jij-boodschap|-0.81
p:u vertelt|parafrase|-0.93
p:u verwacht|parafrase|-0.75
p:u verwent|bekritiseren|-1.18
p:u vind|bekritiseren|-0.84
p:u vindt|jij-boodschap|0.93
p:u vindt|parafrase|0.89
p:u vindt|waarschuwen|-0.98
p:u vindt|argumenteren|0.9
p:u vindt|bekritiseren|0.97
p:u voelt|gevoelsreflectie|0.97
p:u voelt|geruststellen|-0.92
p:u volgende|gevoelsreflectie|-1.0
p:u volgende|samenvatting|-0.99
p:u volgende|vervolgafspraak|1.0
p:u volgende|bedanken|-0.99
p:u voor|samenvatting|-0.99
p:u vooral|gevoelsreflectie|0.97
p:u vooral|samenvatting|-0.92
p:u vrijdag|samenvatting|-2.87
p:u vrijdag|adviseren|-0.99
p:u vroeger|interpreteren|0.98
p:u wacht|bevelen|0.97
p:u was|jij-boodschap|-0.9
p:u was|parafrase|-0.99
p:u was|adviseren|0.99
p:u weet|parafrase|-0.91
p:u weet|moraliseren|0.63
p:u weet|argumenteren|-1.78
p:u weet|bekritiseren|-0.14
p:u wel|gevoelsreflectie|-0.83
p:u wel|samenvatting|0.84
p:u wel|waarschuwen|0.98
p:u wel|bekritiseren|0.13
p:u wel|vervolgafspraak|-1.96
p:u wel|bedanken|-0.1
p:u werkt|bevelen|-0.91
p:u werkt|vervolgafspraak|-0.95
p:u wilt|ik-boodschap|-0.95
p:u wilt|gevoelsreflectie|-0.87
p:u wilt|samenvatting|1.87
p:u wilt|waarschuwen|-0.92
p:u wilt|bekritiseren|-1.79
p:u wilt|interpreteren|0.99
p:u wilt|vervolgafspraak|0.76
p:u wist|parafrase|0.98
p:u wist|gevoelsreflectie|-0.98
p:u zeggen|samenvatting|-0.97
p:u zegt|parafrase|1.02
p:u zegt|gevoelsreflectie|-1.04
p:u zegt|samenvatting|-0.94
p:u zegt|open-vraag|-0.94
p:u zegt|bevelen|-0.99
p:u zegt|argumenteren|-0.61
p:u zegt|geruststellen|-0.97
p:u zegt|bedanken|-0.96
p:u zelf|gevoelsreflectie|-0.7
p:u zelf|bekritiseren|0.95
p:u zich|jij-boodschap|-0.83
p:u zich|samenvatting|-1.74
p:u zich|bevelen|-1.0
p:u zich|bekritiseren|-0.34
p:u zich|interpreteren|1.0
p:u zich|geruststellen|1.51
p:u zijn|gevoelsreflectie|-0.1
p:u zijn|aanmoediging|0.95
p:u zijn|geruststellen|-0.97
p:u zijn|ondervragen|0.96
p:u zit|ik-boodschap|-0.95
p:u zit|bekritiseren|0.26
p:u zitten|aanmoediging|-0.96
p:u zitten|waarschuwen|0.96
p:u zo|gevoelsreflectie|-0.92
p:u zo|adviseren|-0.96
p:u zo|interpreteren|-0.98
p:u zo|bedanken|0.99
p:u zoekt|parafrase|-1.0
p:u zoekt|moraliseren|-1.0
p:u zoekt|interpreteren|1.0
p:u zou|interpreteren|-1.0
p:uit ?|gevoelsreflectie|-0.96
p:uit ?|ondervragen|-0.94
p:uit bed|prijzen|0.94
p:uit de|argumenteren|-1.0
p:uit groningen|jij-boodschap|-0.85
p:uit jezelf|ik-boodschap|0.95
p:uit meekrijgen|moraliseren|0.99
p:uit moeten|jij-boodschap|-0.97
p:uit moeten|afronding-aankondigen|-0.97
p:uit onderzoek|argumenteren|1.96
p:uit onzekerheid|interpreteren|0.99
p:uit te|jij-boodschap|0.91
p:uit te|open-vraag|-0.87
p:uit te|bevelen|0.86
p:uit te|bekritiseren|0.91
p:uit zijn|adviseren|0.78
p:uit zijn|bekritiseren|-0.99
p:uitdaging geven|interpreteren|0.93
p:uitdaging krijgt|prijzen|-0.93
p:uiterlijk maandag|bevelen|0.99
p:uitgelachen daar|ik-boodschap|1.62
p:uitgelachen daar|gevoelsreflectie|-0.96
p:uitlachen doe|moraliseren|0.91
p:uitleg bij|parafrase|0.99
p:uitleg en|parafrase|-0.99
p:uitleg en|samenvatting|0.99
p:uitleg niet|ik-boodschap|1.0
p:uitleg voor|open-vraag|0.87
p:uitleggen en|vervolgafspraak|-0.98
p:uitleggen waarom|open-vraag|-0.87
p:uitleggen waarom|bevelen|-1.0
p:uitleggen waarom|waarschuwen|-1.0
p:uitnodiging ontvangen|ondervragen|-0.95
p:uitpraten laat|bekritiseren|0.84
p:uitschelden doe|jij-boodschap|-1.85
p:uitschelden doe|moraliseren|1.85
p:uitschelden doe|bekritiseren|-1.85
p:uitvalt terwijl|open-vraag|-0.59
p:uitzien als|gevoelsreflectie|-0.84
p:uitzondering kunnen|argumenteren|0.99
p:uren bijna|jij-boodschap|-0.97
p:uren je|jij-boodschap|0.93
p:uren je|bekritiseren|0.93
p:uur 's|jij-boodschap|1.66
p:uur 's|parafrase|-0.97
p:uur 's|bekritiseren|0.97
p:uur ?|ik-boodschap|-0.99
p:uur afspreken|parafrase|-1.0
p:uur afspreken|bekritiseren|-1.0
p:uur afspreken|vervolgafspraak|1.0
p:uur beneden|parafrase|0.91
p:uur bij|ik-boodschap|-0.96
p:uur bij|vervolgafspraak|-0.82
p:uur dicht|adviseren|0.96
p:uur doorgeven|ik-boodschap|0.95
p:uur doorgeven|waarschuwen|-0.95
p:uur een|open-vraag|-1.0
p:uur een|prijzen|-1.0
p:uur even|afronding-aankondigen|-0.95
p:uur gemist|geruststellen|-0.99
p:uur in|gevoelsreflectie|-0.92
p:uur komen|argumenteren|-0.99
p:uur nablijven|moraliseren|-0.99
p:uur nablijven|argumenteren|0.99
p:uur niet|ik-boodschap|0.89
p:uur online|jij-boodschap|-0.97
p:uur uit|ondervragen|-0.94
p:uur verder|afronding-aankondigen|-0.98
p:uur zie|vervolgafspraak|0.92
p:uurtje leren|adviseren|0.83
p:uw andere|bekritiseren|-0.98
p:uw andere|afleiden|0.98
p:uw begrip|afronding-aankondigen|-1.0
p:uw begrip|bedanken|1.0
p:uw dochter|jij-boodschap|0.97
p:uw dochter|adviseren|-0.93
p:uw dochter|argumenteren|-0.88
p:uw dochter|bekritiseren|1.02
p:uw eigen|geruststellen|-0.99
p:uw ervaring|ik-boodschap|-1.0
p:uw ervaring|prijzen|1.0
p:uw geduld|bedanken|0.94
p:uw geweldige|waarschuwen|-1.0
p:uw geweldige|bekritiseren|1.0
p:uw geweldige|afleiden|-1.0
p:uw geweldige|bedanken|-1.61
p:uw kind|prijzen|-0.99
p:uw komst|samenvatting|0.84
p:uw komst|bekritiseren|-0.84
p:uw komst|afronding-aankondigen|0.93
p:uw komst|vervolgafspraak|-0.99
p:uw komst|bedanken|0.75
p:uw mail|jij-boodschap|0.95
p:uw mail|gevoelsreflectie|-0.85
p:uw mail|bekritiseren|0.85
p:uw man|ik-boodschap|1.0
p:uw plicht|samenvatting|-0.97
p:uw plicht|moraliseren|0.92
p:uw tijd|bedanken|0.99
p:uw vakantie|open-vraag|-0.99
p:uw verantwoordelijkheid|moraliseren|-0.91
p:uw verhaal|open-vraag|0.74
p:uw vraag|geruststellen|-0.92
p:uw zoon|jij-boodschap|-0.16
p:uw zoon|adviseren|-1.0
p:uw zoon|bekritiseren|-1.02
p:vaak alleen|gevoelsreflectie|-1.0
p:vaak alleen|waarschuwen|-0.91
p:vaak alleen|argumenteren|-1.0
p:vaak alleen|ondervragen|-0.91
p:vaak alleen|vervolgafspraak|-1.0
p:vaak als|adviseren|0.93
p:vaak gaapt|samenvatting|-0.99
p:vaak over|parafrase|0.91
p:vaak over|gevoelsreflectie|-0.69
p:vaak te|parafrase|-0.99
p:vaak te|samenvatting|0.99
p:vaak zonder|open-vraag|-0.92
p:vaart zal|geruststellen|0.97
p:vader bent|geruststellen|-0.82
p:vader dan|etiketteren|-0.89
p:vader die|parafrase|-0.97
p:vader dus|argumenteren|-0.98
p:vader het|adviseren|-0.96
p:vader komt|bevelen|-1.84
p:vader toch|bekritiseren|0.95
p:vader vanavond|vervolgafspraak|0.7
p:vak heb|parafrase|-0.99
p:vak heb|open-vraag|-1.86
p:vakantie ?|afleiden|0.91
p:vakantie eigenlijk|open-vraag|-0.99
p:vakdocenten aan|ik-boodschap|-0.95
p:vakdocenten aan|samenvatting|0.95
p:vakdocenten niet|vervolgafspraak|-0.95
p:vaker alleen|ik-boodschap|-0.98
p:vaker blijven|geruststellen|-0.68
p:vaker hardop|geruststellen|0.62
p:vaker met|samenvatting|0.94
p:vaker met|bekritiseren|-0.94
p:vaker naar|gevoelsreflectie|-0.91
p:vaker zelf|adviseren|0.93
p:vaker zelf|geruststellen|-0.55
p:vakken ?|samenvatting|-0.66
p:vakken ?|open-vraag|0.97
p:valt me|ik-boodschap|-1.76
p:valt me|open-vraag|-1.0
p:valt niet|argumenteren|1.65
p:valt niet|afleiden|-0.95
p:valt ze|jij-boodschap|-0.97
p:van ?|jij-boodschap|-0.95
p:van ?|bekritiseren|-0.95
p:van ?|ondervragen|1.0
p:van aantrekt|jij-boodschap|0.92
p:van aantrekt|samenvatting|-0.8
p:van aantrekt|bekritiseren|0.92
p:van afmaakt|jij-boodschap|0.97
p:van afmaakt|bekritiseren|1.7
p:van afmaakt|geruststellen|-0.97
p:van baalt|bekritiseren|-0.81
p:van bram|waarschuwen|-0.97
p:van daan|open-vraag|-0.98
p:van dat|ik-boodschap|1.0
p:van dat|gevoelsreflectie|0.13
p:van dat|afronding-aankondigen|1.0
p:van de|ik-boodschap|-1.48
p:van de|jij-boodschap|-1.02
p:van de|parafrase|0.94
p:van de|gevoelsreflectie|0.96
p:van de|waarschuwen|0.91
p:van de|adviseren|-0.83
p:van de|bekritiseren|-0.68
p:van de|prijzen|2.72
p:van de|geruststellen|-0.99
p:van de|afleiden|0.12
p:van de|vervolgafspraak|0.81
p:van de|bedanken|0.94
p:van deze|ik-boodschap|-0.95
p:van die|bekritiseren|-0.99
p:van die|etiketteren|0.99
p:van een|open-vraag|0.99
p:van een|moraliseren|0.91
p:van een|bekritiseren|-0.97
p:van een|geruststellen|-1.71
p:van engels|bekritiseren|-0.96
p:van engels|vervolgafspraak|0.84
p:van gemaakt|bekritiseren|0.9
p:van gemengde|adviseren|-1.0
p:van geschrokken|samenvatting|-1.0
p:van geschrokken|open-vraag|0.99
p:van geschrokken|prijzen|-0.76
p:van het|bekritiseren|-0.92
p:van het|ondervragen|-1.0
p:van het|afleiden|0.84
p:van huis|moraliseren|0.99
p:van hè|open-vraag|-0.97
p:van in|jij-boodschap|0.98
p:van in|bekritiseren|0.71
p:van in|geruststellen|0.93
p:van in|afleiden|-0.93
p:van internet|open-vraag|-0.98
p:van je|samenvatting|0.92
p:van je|open-vraag|1.9
p:van jesse|bekritiseren|-0.84
p:van jullie|bekritiseren|1.0
p:van jullie|geruststellen|-0.75
p:van ligt|geruststellen|0.99
p:van ligt|bedanken|-0.99
p:van lotte|gevoelsreflectie|-0.7
p:van luuk|ik-boodschap|0.97
p:van luuk|jij-boodschap|-0.97
p:van luuk|argumenteren|-0.97
p:van luuk|bekritiseren|-0.97
p:van maakt|prijzen|-0.96
p:van maakt|etiketteren|0.96
p:van merken|bekritiseren|0.63
p:van merkt|open-vraag|-0.93
p:van mij|jij-boodschap|1.81
p:van mij|bekritiseren|1.53
p:van mijn|bevelen|-0.95
p:van ondersteboven|jij-boodschap|-0.95
p:van overtuigd|geruststellen|0.97
p:van school|gevoelsreflectie|-0.9
p:van school|waarschuwen|0.2
p:van school|bekritiseren|0.93
p:van school|etiketteren|-0.99
p:van slag|parafrase|-1.0
p:van te|waarschuwen|-1.0
p:van te|geruststellen|1.0
p:van te|afleiden|-0.56
p:van tess|ik-boodschap|1.0
p:van tevoren|jij-boodschap|-0.98
p:van tevoren|bekritiseren|-0.98
p:van thuis|bekritiseren|0.96
p:van tijd|geruststellen|0.7
p:van u|jij-boodschap|-0.9
p:van u|bevelen|0.15
p:van u|bekritiseren|0.82
p:van u|etiketteren|-0.92
p:van vakantie|jij-boodschap|-0.98
p:van vakantie|vervolgafspraak|-1.85
p:van veertien|gevoelsreflectie|-0.92
p:van vorige|bekritiseren|0.84
p:van vorige|ondervragen|0.96
p:van wat|ik-boodschap|0.93
p:van wat|jij-boodschap|1.0
p:van wat|bekritiseren|1.0
p:van werd|gevoelsreflectie|1.0
p:van werd|open-vraag|-1.0
p:van werd|moraliseren|-1.0
p:van werd|vervolgafspraak|-1.0
p:van wordt|ik-boodschap|-0.99
p:van wordt|gevoelsreflectie|0.9
p:van zijn|aanmoediging|-0.99
p:vanaf gemaakt|bekritiseren|0.99
p:vanaf morgen|waarschuwen|-0.86
p:vanaf nu|waarschuwen|0.86
p:vanaf vandaag|bevelen|0.94
p:vanaf volgende|vervolgafspraak|-0.66
p:vanavond even|vervolgafspraak|0.7
p:vanavond geen|waarschuwen|-1.0
p:vanavond geen|prijzen|-1.0
p:vandaag bent|afronding-aankondigen|-0.92
p:vandaag bij|open-vraag|-0.99
p:vandaag bij|prijzen|-0.82
p:vandaag bij|afronding-aankondigen|0.93
p:vandaag bij|vervolgafspraak|-0.99
p:vandaag bij|bedanken|0.91
p:vandaag een|samenvatting|-0.99
p:vandaag een|afleiden|-0.99
p:vandaag een|afronding-aankondigen|-0.99
p:vandaag gewoon|bevelen|0.94
p:vandaag gezegd|jij-boodschap|-1.0
p:vandaag gezegd|samenvatting|1.0
p:vandaag gezegd|bekritiseren|-1.0
p:vandaag gezegd|afleiden|-1.0
p:vandaag hè|jij-boodschap|-1.0
p:vandaag hè|etiketteren|-1.0
p:vandaag hè|interpreteren|-1.0
p:vandaag hè|afleiden|1.0
p:vandaag ik|ik-boodschap|-0.99
p:vandaag ik|vervolgafspraak|0.99
p:vandaag ik|bedanken|0.1
p:vandaag je|ik-boodschap|-0.89
p:vandaag je|geruststellen|-0.93
p:vandaag mee|geruststellen|-0.99
p:vandaag nog|waarschuwen|-0.63
p:vandaag stoppen|ik-boodschap|1.0
p:vandaag stoppen|afronding-aankondigen|1.0
p:vandaag was|ik-boodschap|-0.99
p:vandaag wat|ik-boodschap|-0.96
p:vandaag wat|gevoelsreflectie|-0.96
p:vandaag wil|samenvatting|-0.72
p:vanmiddag gewoon|bevelen|1.75
p:vanochtend ayoub|ik-boodschap|0.74
p:vanochtend zonder|aanmoediging|-0.96
p:vanzelf over|gevoelsreflectie|-0.99
p:vanzelf over|geruststellen|0.93
p:vanzelf weer|afleiden|-0.38
p:vast aanspreekpunt|bedanken|-0.7
p:vast akkoord|parafrase|-0.97
p:vast akkoord|etiketteren|-0.89
p:vast akkoord|vervolgafspraak|-0.81
p:vast dat|prijzen|1.0
p:vast dat|bedanken|-1.0
p:vast doordat|geruststellen|-0.84
p:vast een|argumenteren|-1.0
p:vast een|geruststellen|1.0
p:vast enorm|prijzen|-0.76
p:vast geen|bekritiseren|-0.28
p:vast geen|prijzen|0.95
p:vast goed|waarschuwen|-0.98
p:vast goed|prijzen|-0.16
p:vast huiswerkuur|adviseren|0.99
p:vast meteen|ik-boodschap|-1.0
p:vast meteen|prijzen|1.0
p:vast nog|etiketteren|-0.91
p:vast ook|gevoelsreflectie|-1.0
p:vast ook|open-vraag|-1.0
p:vast ook|moraliseren|-0.68
p:vast ook|adviseren|-0.96
p:vast ook|bekritiseren|-0.92
p:vast ook|prijzen|2.0
p:vast ook|interpreteren|-1.0
p:vast wel|jij-boodschap|-0.97
p:vast wel|argumenteren|-0.98
p:vast wel|prijzen|1.76
p:vast wel|etiketteren|-0.99
p:vaste huiswerktijd|adviseren|0.97
p:vaste huiswerktijd|vervolgafspraak|0.97
p:vaste tijden|jij-boodschap|-1.0
p:vaste tijden|samenvatting|1.0
p:vaste tijden|bekritiseren|-1.0
p:vaste tijden|afleiden|-1.0
p:vastloopt en|waarschuwen|-0.98
p:vatten hij|interpreteren|-0.93
p:veel beschermt|jij-boodschap|-0.83
p:veel beschermt|bekritiseren|-1.38
p:veel beschermt|bedanken|-0.99
p:veel eerder|bekritiseren|0.83
p:veel in|ik-boodschap|-0.76
p:veel in|open-vraag|-0.99
p:veel in|bekritiseren|0.92
p:veel inhalen|ik-boodschap|0.77
p:veel laten|ik-boodschap|-0.74
p:veel laten|bekritiseren|0.91
p:veel leerlingen|geruststellen|0.93
p:veel leerlingen|afleiden|-0.93
p:veel pubers|bekritiseren|-0.98
p:veel te|ik-boodschap|-0.74
p:veel te|jij-boodschap|-0.91
p:veel te|bekritiseren|-1.32
p:veel vrijheid|bekritiseren|0.7
p:veel vrijhied|bekritiseren|0.18
p:veertien hoort|gevoelsreflectie|-0.92
p:ver laten|jij-boodschap|0.85
p:ver onder|jij-boodschap|-0.94
p:veranderde er|parafrase|0.75
p:verantwoordelijk voor|ik-boodschap|-0.99
p:verantwoordelijk voor|bekritiseren|-0.98
p:verantwoordelijkheid namen|moraliseren|0.87
p:verantwoordelijkheid niet|moraliseren|-0.91
p:verantwoordelijkheid te|bevelen|-0.95
p:verantwoordelijkheid te|moraliseren|0.9
p:verantwoordelijkheid te|geruststellen|-0.95
p:verbergen dat|ik-boodschap|-0.8
p:verbergen dat|interpreteren|0.97
p:verbetert zal|ik-boodschap|-1.0
p:verbetert zal|parafrase|-1.0
p:verbetert zal|waarschuwen|1.0
p:verbouwing ?|afleiden|0.81
p:verder en|samenvatting|-0.83
p:verder met|vervolgafspraak|0.78
p:verder praten|afronding-aankondigen|-0.98
p:verder praten|vervolgafspraak|0.96
p:verdriet doet|gevoelsreflectie|0.82
p:verdriet doet|bedanken|0.99
p:verdrietig bij|gevoelsreflectie|1.66
p:verdrietig van|gevoelsreflectie|-0.51
p:verdrietig voor|samenvatting|-1.0
p:verdrietig voor|aanmoediging|0.95
p:verdrietig voor|bedanken|-1.0
p:vergeet dat|argumenteren|0.88
p:vergeet dat|interpreteren|-0.97
p:vergeet elke|jij-boodschap|0.79
p:vergeet elke|bekritiseren|0.99
p:vergeet kan|ik-boodschap|1.0
p:vergeet kan|moraliseren|-1.0
p:vergeet kan|vervolgafspraak|-1.0
p:vergeet soms|bevelen|-0.99
p:vergeet soms|moraliseren|-0.99
p:vergeet want|vervolgafspraak|0.81
p:vergeten hoe|parafrase|0.97
p:vergeten hoe|bekritiseren|-0.97
p:vergeten waardoor|gevoelsreflectie|-0.71
p:vergeten waardoor|open-vraag|0.97
p:vergist je|ik-boodschap|-0.91
p:vergist je|argumenteren|1.97
p:vergist zich|bekritiseren|-0.94
p:verhaal afmaken|bekritiseren|0.84
p:verhaal dat|afleiden|0.34
p:verhuizing ?|ondervragen|0.86
p:verhuizing wat|parafrase|0.75
p:verkeerd doet|geruststellen|-0.79
p:verkeerd gedaan|geruststellen|-0.67
p:verleden tijd|bekritiseren|-0.98
p:verleden tijd|afleiden|0.98
p:verontrust me|samenvatting|-0.99
p:verpest de|jij-boodschap|1.92
p:verpest de|waarschuwen|1.92
p:verpest de|bekritiseren|2.41
p:verpest het|waarschuwen|-0.94
p:verpest het|bekritiseren|-0.99
p:verpleegkundige ziet|ik-boodschap|-1.0
p:verpleegkundige ziet|prijzen|1.0
p:verschil maakt|samenvatting|0.66
p:verschil maakt|open-vraag|0.66
p:verschil van|geruststellen|-0.73
p:verslag binnengekregen|bekritiseren|-0.84
p:verslag is|bekritiseren|0.99
p:verslag twee|ik-boodschap|1.0
p:verstaan en|afronding-aankondigen|-1.0
p:verstandig om|adviseren|0.97
p:verstandige vader|argumenteren|-0.98
p:vertel eens|moraliseren|-1.0
p:vertelde dat|jij-boodschap|-0.81
p:vertellen ?|parafrase|-0.97
p:vertellen ?|open-vraag|0.97
p:vertellen over|afleiden|-0.96
p:vertellen yusuf|open-vraag|-0.99
p:vertelt dank|gevoelsreflectie|0.9
p:vertelt ik|gevoelsreflectie|0.82
p:vertelt ik|bedanken|0.99
p:vertelt over|open-vraag|-0.97
p:vertelt u|parafrase|-0.93
p:vertrouwenspersoon er|vervolgafspraak|0.94
p:verveelt en|ik-boodschap|-0.99
p:verveelt zich|interpreteren|0.93
p:vervelend dat|ik-boodschap|1.0
p:vervelend hoe|open-vraag|1.47
p:vervelend voor|open-vraag|-0.59
p:verwacht ?|parafrase|-0.75
p:verwacht dat|jij-boodschap|-0.86
p:verwacht dat|open-vraag|-0.8
p:verwacht van|bevelen|0.99
p:verwend ventje|adviseren|-1.0
p:verwend ventje|bekritiseren|-1.0
p:verwent haar|bekritiseren|-1.81
p:verwent hem|bekritiseren|0.62
p:verwijt u|gevoelsreflectie|-0.96
p:verwoorden mevrouw|bekritiseren|-0.92
p:verzint gewoon|bekritiseren|-1.75
p:verzuim achterloopt|moraliseren|-0.89
p:verzuim achterloopt|argumenteren|0.89
p:verzuim de|samenvatting|1.0
p:verzuim de|vervolgafspraak|-0.76
p:verzuim doet|bekritiseren|0.39
p:verzuim en|jij-boodschap|-0.95
p:verzuim en|bedanken|-0.68
p:verzuim in|samenvatting|0.92
p:verzuim in|bedanken|0.69
p:verzuim je|bekritiseren|-0.91
p:verzuim zijn|argumenteren|-0.96
p:verzuim zit|open-vraag|-0.93
p:via een|parafrase|0.94
p:via een|interpreteren|-0.94
p:via instagram|ik-boodschap|1.0
p:via snapchat|jij-boodschap|-0.91
p:via snapchat|samenvatting|0.91
p:vier dagen|vervolgafspraak|-0.97
p:vier keer|ik-boodschap|1.0
p:vier uur|parafrase|-1.0
p:vier uur|open-vraag|-1.0
p:vier uur|bekritiseren|-1.0
p:vier uur|prijzen|-1.0
p:vier uur|afronding-aankondigen|-0.98
p:vier uur|vervolgafspraak|1.0
p:vierde mag|moraliseren|0.91
p:vierde niet|ik-boodschap|0.86
p:vijf minuten|vervolgafspraak|-0.96
p:vind dat|ik-boodschap|0.99
p:vind dat|jij-boodschap|1.67
p:vind dat|gevoelsreflectie|-1.89
p:vind dat|bekritiseren|0.6
p:vind dat|geruststellen|-0.97
p:vind dat|afleiden|-0.99
p:vind dat|afronding-aankondigen|-0.97
p:vind dat|bedanken|-0.99
p:vind dit|ik-boodschap|-1.0
p:vind dit|bekritiseren|-0.72
p:vind het|ik-boodschap|0.84
p:vind het|gevoelsreflectie|0.85
p:vind het|adviseren|-1.0
p:vind het|bekritiseren|1.65
p:vind ik|ik-boodschap|2.28
p:vind ik|jij-boodschap|1.71
p:vind ik|gevoelsreflectie|-0.71
p:vind ik|samenvatting|-0.83
p:vind ik|open-vraag|0.32
p:vind ik|bevelen|-1.0
p:vind ik|waarschuwen|-1.0
p:vind ik|argumenteren|-0.71
p:vind ik|bekritiseren|1.89
p:vind ik|vervolgafspraak|0.97
p:vind je|open-vraag|0.98
p:vind jij|jij-boodschap|-0.95
p:vind jij|bekritiseren|-0.95
p:vinden jullie|bekritiseren|-0.28
p:vinden jullie|prijzen|0.95
p:vindt de|ik-boodschap|-0.88
p:vindt de|parafrase|-0.94
p:vindt de|samenvatting|0.94
p:vindt de|open-vraag|-0.92
p:vindt de|bekritiseren|-0.94
p:vindt dus|parafrase|0.96
p:vindt dus|prijzen|-0.93
p:vindt het|jij-boodschap|3.64
p:vindt het|parafrase|-1.87
p:vindt het|open-vraag|-0.87
p:vindt het|waarschuwen|-0.98
p:vindt het|argumenteren|0.9
p:vindt het|bekritiseren|3.78
p:vindt maar|gevoelsreflectie|0.96
p:vindt maar|adviseren|0.96
p:vindt om|bekritiseren|-0.83
p:vindt u|jij-boodschap|-0.97
p:vindt u|parafrase|0.79
p:vindt u|gevoelsreflectie|-0.98
p:vindt u|bekritiseren|-0.9
p:vindt u|interpreteren|0.94
p:vindt vast|prijzen|0.94
p:vlak voor|argumenteren|0.96
p:voel dat|jij-boodschap|-0.94
p:voel ik|ik-boodschap|0.81
p:voel jij|open-vraag|1.0
p:voel jij|adviseren|-1.0
p:voel me|ik-boodschap|-0.99
p:voel me|bekritiseren|-0.98
p:voel me|interpreteren|-0.93
p:voelen als|gevoelsreflectie|1.0
p:voelen als|argumenteren|-1.0
p:voelt door|samenvatting|-0.94
p:voelt door|interpreteren|-0.94
p:voelt in|ik-boodschap|-0.9
p:voelt in|gevoelsreflectie|-1.0
p:voelt je|ik-boodschap|-1.0
p:voelt je|parafrase|-1.0
p:voelt je|gevoelsreflectie|1.0
p:voelt over|bevelen|-1.0
p:voelt over|bekritiseren|-1.0
p:voelt over|interpreteren|1.0
p:voelt zich|gevoelsreflectie|0.97
p:voelt zich|samenvatting|1.65
p:voelt zich|open-vraag|0.66
p:voelt zich|geruststellen|-0.92
p:voetbal zit|parafrase|1.0
p:voetbal zit|waarschuwen|-1.0
p:voetbaltrainer praten|parafrase|-0.99
p:voetbalwedstrijd zaterdag|open-vraag|-0.83
p:voetbalwedstrijd zaterdag|afleiden|1.52
p:vol is|parafrase|0.99
p:voldoende maar|argumenteren|-0.96
p:voldoende voor|bevelen|-0.98
p:voldoende voor|waarschuwen|-0.98
p:voldoende voor|argumenteren|0.98
p:volg u|parafrase|-0.93
p:volg wilt|jij-boodschap|-1.0
p:volg wilt|parafrase|1.0
p:volgend jaar|jij-boodschap|-0.95
p:volgend jaar|waarschuwen|0.98
p:volgende dag|argumenteren|0.96
p:volgende incident|waarschuwen|0.87
p:volgende keer|vervolgafspraak|0.99
p:volgende ouders|afronding-aankondigen|0.98
p:volgende ouders|vervolgafspraak|-0.98
p:volgende week|jij-boodschap|-0.98
p:volgende week|parafrase|-1.0
p:volgende week|samenvatting|0.99
p:volgende week|bevelen|-0.99
p:volgende week|bekritiseren|-1.0
p:volgende week|interpreteren|-0.99
p:volgende week|afleiden|-0.99
p:volgende week|afronding-aankondigen|-0.93
p:volgende week|vervolgafspraak|2.95
p:volgens het|argumenteren|0.94
p:volgens jou|open-vraag|0.96
p:volgens jou|argumenteren|-1.0
p:volgens mij|waarschuwen|-1.0
p:volgens mij|interpreteren|1.93
p:volgens mij|geruststellen|-0.97
p:volgens mij|ondervragen|-1.0
p:volgens mij|afronding-aankondigen|-0.97
p:volgens u|parafrase|0.97
p:volgens u|gevoelsreflectie|-0.84
p:volgens u|samenvatting|-0.91
p:volgens u|open-vraag|0.99
p:volgens u|aanmoediging|-0.95
p:volgt een|bevelen|-0.9
p:volgt een|waarschuwen|0.87
p:volgt een|moraliseren|-0.99
p:volgt een|argumenteren|0.99
p:volgt er|moraliseren|0.95
p:volwassen dus|prijzen|0.83
p:vond dat|bekritiseren|0.84
p:vond het|ik-boodschap|2.65
p:vond hij|ondervragen|-1.0
p:vond hij|afleiden|0.84
p:vond ik|ik-boodschap|1.0
p:vond ik|aanmoediging|-0.96
p:vond ik|vervolgafspraak|-0.97
p:vond op|jij-boodschap|-0.8
p:voor aardrijkskunde|ik-boodschap|0.96
p:voor aardrijkskunde|jij-boodschap|-0.96
p:voor aardrijkskunde|bekritiseren|-0.96
p:voor biologie|bekritiseren|-0.84
p:voor biologie|afleiden|0.8
p:voor de|ik-boodschap|0.11
p:voor de|jij-boodschap|0.24
p:voor de|parafrase|0.9
p:voor de|gevoelsreflectie|0.88
p:voor de|open-vraag|-0.98
p:voor de|argumenteren|0.9
p:voor de|bekritiseren|0.96
p:voor de|etiketteren|-0.96
p:voor de|geruststellen|-0.97
p:voor de|afleiden|0.91
p:voor dit|afronding-aankondigen|-0.97
p:voor dit|vervolgafspraak|-0.74
p:voor elkaar|moraliseren|0.96
p:voor engels|samenvatting|0.94
p:voor engels|open-vraag|0.94
p:voor finn|samenvatting|-0.83
p:voor frans|ik-boodschap|0.78
p:voor geloof|ik-boodschap|-0.88
p:voor gym|argumenteren|-0.98
p:voor haar|parafrase|-0.99
p:voor haar|gevoelsreflectie|-0.98
p:voor haar|bekritiseren|-2.22
p:voor half|samenvatting|0.92
p:voor half|bedanken|0.69
p:voor hem|ik-boodschap|0.77
p:voor hem|parafrase|1.74
p:voor hem|samenvatting|-0.91
p:voor hem|waarschuwen|1.0
p:voor hem|adviseren|-1.0
p:voor hem|bekritiseren|-0.98
p:voor hem|afronding-aankondigen|-1.0
p:voor het|samenvatting|-0.93
p:voor het|argumenteren|0.96
p:voor het|afronding-aankondigen|-1.85
p:voor het|bedanken|1.48
p:voor iedereen|moraliseren|-0.96
p:voor je|ik-boodschap|1.0
p:voor je|gevoelsreflectie|0.27
p:voor je|waarschuwen|0.94
p:voor je|moraliseren|-0.96
p:voor je|bekritiseren|1.75
p:voor je|bedanken|-1.64
p:voor jou|ik-boodschap|0.99
p:voor jou|open-vraag|0.87
p:voor jou|afleiden|-0.99
p:voor jullie|samenvatting|-1.0
p:voor jullie|bedanken|-1.0
p:voor natuurkunde|jij-boodschap|-0.98
p:voor natuurkunde|bekritiseren|-0.78
p:voor nederlands|bevelen|-0.98
p:voor nederlands|waarschuwen|-1.88
p:voor nederlands|bekritiseren|-0.91
p:voor nu|ik-boodschap|-0.97
p:voor nu|afleiden|-0.87
p:voor nu|afronding-aankondigen|1.94
p:voor nu|vervolgafspraak|0.97
p:voor nu|bedanken|0.54
p:voor ons|open-vraag|-0.59
p:voor parijs|parafrase|-1.0
p:voor rekenen|argumenteren|-0.88
p:voor school|bekritiseren|1.55
p:voor turnen|ik-boodschap|0.98
p:voor u|open-vraag|-0.98
p:voor uw|samenvatting|0.84
p:voor uw|waarschuwen|-1.0
p:voor uw|bekritiseren|0.16
p:voor uw|afleiden|-1.0
p:voor uw|vervolgafspraak|-0.99
p:voor uw|bedanken|2.07
p:voor vandaag|gevoelsreflectie|-1.0
p:voor vandaag|open-vraag|-0.99
p:voor vandaag|prijzen|-0.82
p:voor vandaag|afleiden|-0.53
p:voor vandaag|afronding-aankondigen|1.92
p:voor vandaag|vervolgafspraak|-0.93
p:voor vandaag|bedanken|0.16
p:voor volgend|jij-boodschap|-0.95
p:voor volgende|gevoelsreflectie|0.92
p:voor volgende|interpreteren|-0.99
p:voor volgende|afleiden|-0.99
p:voor volgende|vervolgafspraak|0.76
p:voor wiskunde|jij-boodschap|-0.98
p:voor wiskunde|bekritiseren|-0.78
p:voor zijn|gevoelsreflectie|1.0
p:voor zijn|prijzen|-1.0
p:voor zijn|etiketteren|0.81
p:vooral angst|gevoelsreflectie|0.73
p:vooral angst|interpreteren|0.95
p:vooral bij|samenvatting|-0.66
p:vooral bij|open-vraag|0.97
p:vooral boos|gevoelsreflectie|0.97
p:vooral dat|interpreteren|-0.94
p:vooral om|jij-boodschap|-0.98
p:vooral om|samenvatting|-0.92
p:vooral om|bekritiseren|-0.98
p:vooral online|parafrase|-0.99
p:vooral online|samenvatting|0.99
p:vooral via|jij-boodschap|-0.91
p:vooral via|samenvatting|0.91
p:voorbeeld geven|moraliseren|0.98
p:voorbeeld geven|afleiden|-0.98
p:voorbeeld moeten|adviseren|-0.96
p:voorbeeld te|adviseren|-0.99
p:voordat u|bekritiseren|-0.38
p:voorin zitten|waarschuwen|-0.86
p:voorstel van|bekritiseren|-0.92
p:voorstellen dat|ik-boodschap|-0.76
p:voorstellen dat|gevoelsreflectie|1.88
p:voorstellen dat|open-vraag|-1.0
p:voorstellen dat|moraliseren|-1.0
p:voorstellen dat|geruststellen|-0.91
p:voorstellen dat|vervolgafspraak|-1.0
p:voort uit|interpreteren|0.99
p:voortaan eerst|bekritiseren|-0.38
p:voortaan elke|adviseren|0.98
p:voortaan elke|bekritiseren|0.98
p:voortaan op|bevelen|0.99
p:vorige keer|bekritiseren|0.84
p:vorige week|ik-boodschap|0.96
p:vorige week|jij-boodschap|0.7
p:vorige week|samenvatting|-1.0
p:vorige week|adviseren|-1.0
p:vorige week|ondervragen|0.96
p:vorige week|vervolgafspraak|-0.97
p:vos ik|ik-boodschap|-1.0
p:vraag ga|bevelen|0.98
p:vraag gesteld|etiketteren|-0.96
p:vraag je|adviseren|1.0
p:vraag je|argumenteren|-1.0
p:vraag je|bekritiseren|-1.0
p:vraag maar|geruststellen|-0.92
p:vraag niet|ik-boodschap|1.52
p:vragen niet|waarschuwen|-0.98
p:vragen om|vervolgafspraak|0.91
p:vrienden van|samenvatting|0.92
p:vrienden van|open-vraag|0.92
p:vriendengroep wat|samenvatting|0.6
p:vriendinnen staat|ik-boodschap|-0.94
p:vriendinnen van|ik-boodschap|-0.88
p:vrijdag een|samenvatting|-0.99
p:vrijdag een|adviseren|-0.99
p:vrijdag even|vervolgafspraak|0.95
p:vrijdag kijken|samenvatting|0.99
p:vrijdag kijken|bevelen|-0.99
p:vrijdag mail|ik-boodschap|-0.95
p:vrijdag mail|samenvatting|0.95
p:vrijdag niet|etiketteren|-0.99
p:vrijdag om|samenvatting|-0.93
p:vrijdag om|bedanken|-0.68
p:vrijdag op|bevelen|0.99
p:vrijdag over|bedanken|0.64
p:vrijdag per|bekritiseren|-0.99
p:vrijdag weer|afronding-aankondigen|-0.98
p:vrijdag weer|vervolgafspraak|0.98
p:vrijdag weten|samenvatting|-0.95
p:vroeger zelf|interpreteren|0.98
p:vrolijke jongen|etiketteren|-0.98
p:vrouw als|prijzen|0.97
p:waait wel|geruststellen|0.86
p:waait wel|afleiden|-0.97
p:waar de|samenvatting|-0.93
p:waar hij|ik-boodschap|1.9
p:waar hij|bekritiseren|-0.98
p:waar hij|afleiden|-0.99
p:waar je|samenvatting|-1.0
p:waar loopt|open-vraag|0.99
p:waar uw|prijzen|-0.99
p:waar want|argumenteren|0.69
p:waar was|ik-boodschap|-0.99
p:waar ze|waarschuwen|-0.98
p:waar zijn|moraliseren|1.0
p:waar zijn|etiketteren|-0.88
p:waar zijn|geruststellen|-1.0
p:waardeer het|bedanken|0.85
p:waardoor hij|ik-boodschap|0.99
p:waardoor hij|open-vraag|-1.0
p:waardoor hij|adviseren|0.97
p:waardoor hij|vervolgafspraak|0.97
p:waardoor ik|ik-boodschap|0.91
p:waardoor ik|bekritiseren|-0.84
p:waardoor je|gevoelsreflectie|-0.71
p:waardoor je|open-vraag|0.97
p:waardoor ze|ik-boodschap|0.78
p:waarom belt|jij-boodschap|0.94
p:waarom belt|bekritiseren|0.93
p:waarom ben|ik-boodschap|-0.99
p:waarom bent|jij-boodschap|-1.67
p:waarom bent|bekritiseren|-0.95
p:waarom bent|ondervragen|1.92
p:waarom denkt|ondervragen|-0.95
p:waarom doe|ondervragen|0.95
p:waarom gaat|ondervragen|-0.86
p:waarom heb|ondervragen|1.86
p:waarom heeft|gevoelsreflectie|0.71
p:waarom heeft|adviseren|-0.98
p:waarom heeft|bekritiseren|-0.91
p:waarom heeft|ondervragen|1.86
p:waarom ik|open-vraag|-0.87
p:waarom ik|bevelen|-1.0
p:waarom ik|waarschuwen|-1.0
p:waarom kom|jij-boodschap|0.86
p:waarom laat|jij-boodschap|-0.97
p:waarom laat|adviseren|0.93
p:waarom meldt|ondervragen|-0.97
p:waarom niet|bekritiseren|0.98
p:waarom praat|ondervragen|-0.91
p:waarom vraag|adviseren|1.0
p:waarom vraag|argumenteren|-1.0
p:waarom vraag|bekritiseren|-1.0
p:waarom was|adviseren|-0.99
p:waarom zegt|bevelen|-0.78
p:waarom zegt|ondervragen|1.0
p:waarom zet|adviseren|0.99
p:waarom zet|ondervragen|-0.94
p:waarop het|samenvatting|-0.92
p:wacht buiten|bevelen|0.97
p:wacht ik|bevelen|0.97
p:wachten op|etiketteren|-0.91
p:wakker van|waarschuwen|-1.0
p:wakker van|geruststellen|1.99
p:wakker van|afleiden|-0.56
p:wakker van|bedanken|-0.99
p:wanneer ?|bedanken|-0.99
p:wanneer de|ik-boodschap|1.0
p:wanneer is|bekritiseren|-0.91
p:wanneer je|samenvatting|-0.93
p:wanneer je|open-vraag|-0.99
p:wanneer jullie|ik-boodschap|0.95
p:wanneer jullie|waarschuwen|-0.95
p:wanneer jullie|afronding-aankondigen|-1.0
p:wanneer kan|open-vraag|0.84
p:wanneer u|prijzen|-1.0
p:wanneer u|geruststellen|-1.0
p:want als|ik-boodschap|1.0
p:want als|jij-boodschap|-0.97
p:want als|interpreteren|-0.93
p:want dan|ik-boodschap|0.95
p:want dan|jij-boodschap|-0.95
p:want dan|vervolgafspraak|0.81
p:want fleur|open-vraag|-0.92
p:want hamza|bekritiseren|-0.96
p:want het|bekritiseren|-0.94
p:want hierdoor|vervolgafspraak|-0.77
p:want ik|argumenteren|1.65
p:want ik|afleiden|-0.96
p:want je|jij-boodschap|0.95
p:want je|waarschuwen|-0.98
p:want je|bekritiseren|0.47
p:want we|samenvatting|-0.83
p:want ze|open-vraag|0.96
p:want zo|ik-boodschap|2.69
p:want zo|afronding-aankondigen|1.0
p:waren dank|bedanken|0.98
p:waren erbij|bekritiseren|-0.91
p:was aangekondigd|jij-boodschap|-0.98
p:was aangekondigd|bekritiseren|-0.98
p:was bedankt|bekritiseren|-0.99
p:was behoorlijk|jij-boodschap|-0.9
p:was dankjewel|bedanken|1.0
p:was de|ik-boodschap|-0.77
p:was de|parafrase|-0.89
p:was de|bekritiseren|-1.0
p:was dit|bekritiseren|-0.67
p:was dit|etiketteren|-0.65
p:was dus|argumenteren|0.96
p:was echt|bekritiseren|1.0
p:was echt|geruststellen|-0.75
p:was een|bedanken|-1.0
p:was en|samenvatting|-1.0
p:was er|ik-boodschap|-0.99
p:was er|argumenteren|0.97
p:was er|geruststellen|-0.97
p:was er|ondervragen|0.97
p:was gevallen|ik-boodschap|0.96
p:was het|argumenteren|-1.0
p:was je|ik-boodschap|-0.99
p:was je|open-vraag|-0.83
p:was je|adviseren|-0.99
p:was je|afleiden|1.52
p:was maar|parafrase|0.94
p:was maar|argumenteren|0.94
p:was mis|ik-boodschap|1.0
p:was ronduit|bekritiseren|0.93
p:was te|gevoelsreflectie|0.92
p:was te|vervolgafspraak|0.76
p:was u|ondervragen|0.91
p:was uw|open-vraag|-0.99
p:was vorige|adviseren|-1.0
p:was zou|ik-boodschap|-0.83
p:was zou|parafrase|-0.99
p:was zou|adviseren|1.9
p:was zou|bekritiseren|0.91
p:wat als|ik-boodschap|1.63
p:wat als|bevelen|-0.94
p:wat als|adviseren|1.93
p:wat als|prijzen|-0.94
p:wat ben|jij-boodschap|0.99
p:wat ben|bekritiseren|-0.69
p:wat bent|jij-boodschap|1.69
p:wat bent|gevoelsreflectie|-0.9
p:wat bent|moraliseren|-0.68
p:wat bent|etiketteren|0.78
p:wat beter|bevelen|0.79
p:wat beter|adviseren|-0.79
p:wat beter|geruststellen|0.96
p:wat dacht|open-vraag|-0.96
p:wat de|samenvatting|-0.95
p:wat de|moraliseren|0.48
p:wat deed|samenvatting|-0.56
p:wat denkt|samenvatting|0.66
p:wat denkt|open-vraag|0.66
p:wat doet|gevoelsreflectie|0.98
p:wat doet|open-vraag|-0.14
p:wat doet|ondervragen|1.0
p:wat een|jij-boodschap|-0.79
p:wat een|argumenteren|-0.99
p:wat een|bekritiseren|4.43
p:wat een|prijzen|-0.97
p:wat een|etiketteren|0.98
p:wat een|afleiden|0.96
p:wat eerder|waarschuwen|-0.99
p:wat er|ik-boodschap|0.93
p:wat er|jij-boodschap|-0.21
p:wat er|gevoelsreflectie|-0.88
p:wat er|samenvatting|-0.91
p:wat er|moraliseren|-0.93
p:wat er|bekritiseren|0.74
p:wat er|afleiden|-0.96
p:wat eruit|samenvatting|0.94
p:wat eruit|vervolgafspraak|0.94
p:wat extra|interpreteren|0.93
p:wat fijn|vervolgafspraak|-0.89
p:wat ga|open-vraag|-1.65
p:wat ga|afleiden|0.99
p:wat gaat|gevoelsreflectie|1.66
p:wat gebeurde|moraliseren|-1.0
p:wat geweldig|adviseren|-0.96
p:wat ging|ik-boodschap|-0.92
p:wat goed|parafrase|-0.99
p:wat had|parafrase|-0.75
p:wat heeft|open-vraag|1.0
p:wat helpt|vervolgafspraak|0.81
p:wat hij|ik-boodschap|0.84
p:wat hij|bekritiseren|1.12
p:wat hij|etiketteren|-0.73
p:wat ik|open-vraag|-0.91
p:wat ik|bevelen|0.14
p:wat ik|bekritiseren|0.7
p:wat is|gevoelsreflectie|-0.92
p:wat is|samenvatting|-1.57
p:wat is|open-vraag|1.88
p:wat is|geruststellen|0.92
p:wat is|ondervragen|-0.96
p:wat jullie|adviseren|-0.89
p:wat knap|prijzen|1.0
p:wat kunt|bekritiseren|-0.92
p:wat langzamer|ik-boodschap|-0.96
p:wat maakt|gevoelsreflectie|1.89
p:wat maakt|open-vraag|1.99
p:wat maakt|interpreteren|-1.0
p:wat maakt|afronding-aankondigen|-1.0
p:wat meer|moraliseren|0.87
p:wat meer|adviseren|0.86
p:wat merkt|open-vraag|0.99
p:wat merkt|aanmoediging|-0.99
p:wat minder|jij-boodschap|-1.0
p:wat minder|samenvatting|1.0
p:wat minder|bekritiseren|-1.0
p:wat minder|afleiden|-1.0
p:wat naar|open-vraag|-0.98
p:wat rot|gevoelsreflectie|0.97
p:wat school|parafrase|-0.99
p:wat school|samenvatting|0.99
p:wat stiller|ik-boodschap|-0.96
p:wat stiller|gevoelsreflectie|-0.96
p:wat trekt|parafrase|1.0
p:wat trekt|gevoelsreflectie|-1.0
p:wat trekt|samenvatting|-0.88
p:wat trekt|geruststellen|-1.0
p:wat u|parafrase|0.94
p:wat u|samenvatting|-0.94
p:wat u|open-vraag|-0.93
p:wat u|bekritiseren|-1.79
p:wat u|etiketteren|-0.64
p:wat u|geruststellen|-0.97
p:wat vaker|adviseren|0.93
p:wat veranderde|parafrase|0.75
p:wat verdrietig|samenvatting|-1.0
p:wat verdrietig|bedanken|-1.0
p:wat vind|jij-boodschap|-0.95
p:wat vind|open-vraag|0.98
p:wat vind|bekritiseren|-0.95
p:wat vindt|gevoelsreflectie|-0.98
p:wat vond|ondervragen|-1.0
p:wat vond|afleiden|0.84
p:wat we|ik-boodschap|-0.95
p:wat we|samenvatting|1.95
p:wat we|moraliseren|0.96
p:wat we|afleiden|-1.0
p:wat weet|ik-boodschap|0.94
p:wat wil|samenvatting|0.92
p:wat wil|open-vraag|0.92
p:wat wilt|parafrase|-0.91
p:wat wilt|samenvatting|1.54
p:wat wilt|open-vraag|0.94
p:wat ze|bevelen|-0.99
p:wat ze|bekritiseren|-2.1
p:wat ze|interpreteren|-0.99
p:wat zou|gevoelsreflectie|-1.71
p:wat zou|open-vraag|0.97
p:wat zou|etiketteren|-1.0
p:wat zou|ondervragen|-1.0
p:watje zeg|bekritiseren|-0.69
p:wc gaat|gevoelsreflectie|-0.91
p:we afspreken|ik-boodschap|-0.95
p:we afspreken|jij-boodschap|1.0
p:we afspreken|samenvatting|0.95
p:we afspreken|bekritiseren|1.0
p:we allebei|parafrase|-0.98
p:we bellen|bekritiseren|-2.17
p:we dat|open-vraag|0.99
p:we dat|afleiden|0.8
p:we de|bevelen|-1.0
p:we de|etiketteren|1.95
p:we de|afleiden|-0.95
p:we de|vervolgafspraak|-0.77
p:we dit|afronding-aankondigen|-0.98
p:we door|samenvatting|-0.83
p:we een|jij-boodschap|-1.67
p:we een|bekritiseren|-0.95
p:we een|ondervragen|0.95
p:we een|afronding-aankondigen|0.93
p:we elkaar|samenvatting|-0.64
p:we elkaar|bedanken|-0.78
p:we er|ik-boodschap|1.0
p:we er|afronding-aankondigen|1.0
p:we even|afleiden|0.34
p:we gaan|bedanken|-0.91
p:we hebben|ik-boodschap|-0.9
p:we hebben|jij-boodschap|-0.26
p:we hebben|gevoelsreflectie|-1.0
p:we hebben|samenvatting|0.61
p:we hebben|open-vraag|-0.93
p:we hebben|moraliseren|-1.0
p:we hebben|bekritiseren|-0.91
p:we hebben|etiketteren|-0.96
p:we hebben|afleiden|-0.82
p:we hebben|afronding-aankondigen|-0.99
p:we hebben|vervolgafspraak|-0.76
p:we hebben|bedanken|-0.68
p:we hem|waarschuwen|-0.98
p:we het|samenvatting|-0.99
p:we het|open-vraag|-0.99
p:we het|argumenteren|-0.98
p:we het|prijzen|-0.82
p:we het|etiketteren|-0.97
p:we het|interpreteren|-0.99
p:we het|geruststellen|-0.87
p:we het|afleiden|1.12
p:we het|afronding-aankondigen|1.01
p:we het|vervolgafspraak|-1.71
p:we het|bedanken|-1.05
p:we hier|ik-boodschap|-0.99
p:we hier|jij-boodschap|-0.97
p:we hier|afronding-aankondigen|-0.97
p:we hier|bedanken|0.15
p:we hoe|samenvatting|0.11
p:we houden|samenvatting|0.92
p:we houden|aanmoediging|-0.99
p:we houden|bedanken|0.69
p:we maar|afleiden|-0.58
p:we moeten|samenvatting|-0.99
p:we moeten|afronding-aankondigen|0.98
p:we moeten|vervolgafspraak|-0.98
p:we mogen|moraliseren|0.96
p:we niet|samenvatting|-0.83
p:we niet|argumenteren|0.99
p:we niets|ik-boodschap|0.99
p:we niets|vervolgafspraak|-0.99
p:we over|adviseren|-0.97
p:we over|argumenteren|-0.99
p:we over|afronding-aankondigen|-0.99
p:we plannen|afronding-aankondigen|0.92
p:we ronden|samenvatting|-0.93
p:we ronden|afronding-aankondigen|1.92
p:we ronden|bedanken|0.94
p:we samen|samenvatting|1.93
p:we samen|bevelen|-0.99
p:we samen|vervolgafspraak|1.86
p:we spreken|samenvatting|0.99
p:we spreken|bevelen|-0.99
p:we spreken|afronding-aankondigen|-0.98
p:we spreken|vervolgafspraak|0.94
p:we steeds|ik-boodschap|1.0
p:we steeds|afronding-aankondigen|1.0
p:we stoppen|ik-boodschap|-0.97
p:we stoppen|afronding-aankondigen|0.97
p:we stoppen|vervolgafspraak|0.97
p:we stoppen|bedanken|0.54
p:we streng|prijzen|1.0
p:we streng|bedanken|-1.0
p:we vandaag|jij-boodschap|-1.0
p:we vandaag|samenvatting|1.0
p:we vandaag|bekritiseren|-1.0
p:we vandaag|afleiden|-1.0
p:we verder|vervolgafspraak|0.78
p:we volgende|parafrase|-1.0
p:we volgende|bekritiseren|-1.0
p:we volgende|afronding-aankondigen|-0.98
p:we volgende|vervolgafspraak|1.81
p:we voor|ik-boodschap|1.0
p:we voor|afronding-aankondigen|1.0
p:we vrijdag|vervolgafspraak|0.95
p:we weer|samenvatting|0.92
p:we weer|vervolgafspraak|0.98
p:we weer|bedanken|0.69
p:we wel|geruststellen|0.97
p:we willen|samenvatting|0.12
p:we zijn|vervolgafspraak|-0.99
p:week bel|samenvatting|0.99
p:week bel|bedanken|0.99
p:week dinsdag|parafrase|-1.0
p:week dinsdag|bekritiseren|-1.0
p:week dinsdag|afronding-aankondigen|0.98
p:week dinsdag|vervolgafspraak|1.95
p:week donderdag|gevoelsreflectie|-1.0
p:week donderdag|vervolgafspraak|1.0
p:week doorneemt|adviseren|0.93
p:week drie|ik-boodschap|-0.23
p:week drie|jij-boodschap|-0.91
p:week een|afronding-aankondigen|-0.93
p:week gelezen|ondervragen|0.96
p:week ging|ik-boodschap|-0.95
p:week ging|samenvatting|0.95
p:week hebben|interpreteren|-0.99
p:week hebben|afleiden|-0.99
p:week is|vervolgafspraak|-0.66
p:week maandag|gevoelsreflectie|0.92
p:week maandag|vervolgafspraak|0.76
p:week mee|waarschuwen|-0.97
p:week niet|vervolgafspraak|-0.97
p:week samen|jij-boodschap|0.7
p:week terug|jij-boodschap|-0.98
p:week terug|vervolgafspraak|-1.85
p:week twee|gevoelsreflectie|-0.71
p:week twee|open-vraag|0.97
p:week vier|vervolgafspraak|-0.97
p:week vrijdag|samenvatting|0.99
p:week vrijdag|bevelen|-0.99
p:week weer|jij-boodschap|0.79
p:week weer|bekritiseren|0.99
p:week woensdag|samenvatting|-0.99
p:week woensdag|afronding-aankondigen|-0.98
p:week woensdag|vervolgafspraak|0.81
p:week woensdag|bedanken|-0.99
p:week zijn|ik-boodschap|0.96
p:week zit|vervolgafspraak|0.94
p:week zonder|samenvatting|-1.0
p:weekend ?|ondervragen|0.96
p:weekend ?|vervolgafspraak|-0.95
p:weekend niet|ik-boodschap|0.9
p:weekplanner gebruiken|adviseren|0.78
p:weer beter|etiketteren|0.97
p:weer dan|samenvatting|-0.64
p:weer dank|ik-boodschap|-0.97
p:weer dank|bekritiseren|0.97
p:weer dank|afronding-aankondigen|0.97
p:weer dank|bedanken|-1.97
p:weer een|etiketteren|-0.77
p:weer elke|ik-boodschap|0.93
p:weer gebeurt|jij-boodschap|0.97
p:weer gebeurt|waarschuwen|0.97
p:weer gebeurt|bekritiseren|0.97
p:weer gesproken|afleiden|0.92
p:weer goed|afleiden|-0.38
p:weer helemaal|bekritiseren|-0.92
p:weer in|waarschuwen|0.98
p:weer in|argumenteren|-0.7
p:weer is|jij-boodschap|-1.0
p:weer is|etiketteren|-1.0
p:weer is|interpreteren|-1.0
p:weer is|afleiden|1.0
p:weer leuk|samenvatting|-0.91
p:weer mee|adviseren|-0.97
p:weer met|samenvatting|0.95
p:weer naar|bekritiseren|-0.57
p:weer niet|ik-boodschap|-0.89
p:weer niet|geruststellen|-0.93
p:weer om|samenvatting|0.92
p:weer om|vervolgafspraak|0.98
p:weer om|bedanken|0.69
p:weer op|ik-boodschap|0.99
p:weer plezier|parafrase|-0.98
p:weer spijbelt|jij-boodschap|-0.92
p:weer spijbelt|moraliseren|-0.93
p:weer spijbelt|bekritiseren|-0.14
p:weer wegloopt|bevelen|0.85
p:weer zijn|jij-boodschap|0.79
p:weer zijn|bekritiseren|0.99
p:wees gerust|geruststellen|0.84
p:wees gewaarschuwd|waarschuwen|0.87
p:weet ?|jij-boodschap|0.94
p:weet dat|jij-boodschap|0.79
p:weet dat|bekritiseren|0.99
p:weet dat|geruststellen|-0.82
p:weet het|etiketteren|0.97
p:weet iedereen|afleiden|-0.29
p:weet ik|open-vraag|-0.99
p:weet ik|waarschuwen|-0.98
p:weet ik|bekritiseren|-0.98
p:weet je|ik-boodschap|1.63
p:weet je|jij-boodschap|0.93
p:weet je|moraliseren|0.91
p:weet je|bekritiseren|0.93
p:weet met|ondervragen|-0.94
p:weet niet|parafrase|-0.91
p:weet niet|gevoelsreflectie|-0.97
p:weet niet|samenvatting|0.7
p:weet niet|open-vraag|-0.97
p:weet toch|jij-boodschap|-0.6
p:weet toch|moraliseren|1.56
p:weet toch|argumenteren|-1.78
p:weet u|ik-boodschap|0.94
p:weet u|jij-boodschap|0.92
p:weet u|argumenteren|0.96
p:weet u|bekritiseren|0.92
p:weet waar|moraliseren|1.0
p:weet waar|etiketteren|-0.88
p:weet waar|geruststellen|-1.0
p:weet wat|jij-boodschap|-0.92
p:weet wat|samenvatting|-0.91
p:weet wat|moraliseren|-0.93
p:weet wat|bekritiseren|-0.14
p:weet zeker|geruststellen|0.86
p:weet zit|waarschuwen|0.94
p:weg als|bevelen|0.9
p:weg bram|etiketteren|-0.94
p:weg en|bekritiseren|-0.98
p:wegbleef zonder|vervolgafspraak|-0.97
p:wegblijft ?|jij-boodschap|0.81
p:wegblijft ?|parafrase|-0.81
p:wegblijft ?|bekritiseren|0.9
p:wegliep kon|aanmoediging|-0.96
p:wegloopt haal|bevelen|0.85
p:wegloopt kan|open-vraag|-0.87
p:wegloopt kan|bevelen|-1.0
p:wegloopt kan|waarschuwen|-1.0
p:wegstopt pak|ik-boodschap|-0.86
p:wegstopt pak|waarschuwen|0.91
p:wegzakt misschien|ik-boodschap|0.88
p:weinig aansluiting|ik-boodschap|0.99
p:weinig begeleiding|argumenteren|-0.9
p:weinig contact|jij-boodschap|-0.97
p:weinig contact|parafrase|0.79
p:weinig en|interpreteren|-0.93
p:weinig oplevert|bevelen|-0.84
p:weinig slaapt|ik-boodschap|0.88
p:weinig structuur|geruststellen|-0.84
p:weinig uitdaging|prijzen|-0.93
p:weinig vrienden|samenvatting|0.97
p:weken bellen|bedanken|-0.78
p:weken bijna|open-vraag|0.99
p:weken echt|geruststellen|0.96
p:weken een|argumenteren|-0.99
p:weken een|afronding-aankondigen|-0.99
p:weken geen|ik-boodschap|0.96
p:weken geen|jij-boodschap|-0.96
p:weken geen|bekritiseren|-1.93
p:weken in|ik-boodschap|-1.91
p:weken in|jij-boodschap|-1.0
p:weken in|parafrase|-1.0
p:weken in|gevoelsreflectie|-1.0
p:weken in|samenvatting|-1.0
p:weken in|open-vraag|-1.0
p:weken in|aanmoediging|-1.0
p:weken in|bevelen|-1.0
p:weken in|waarschuwen|-1.0
p:weken in|moraliseren|-1.0
p:weken in|adviseren|-1.0
p:weken in|argumenteren|2.88
p:weken in|bekritiseren|1.0
p:weken in|prijzen|-1.0
p:weken in|etiketteren|-1.0
p:weken in|interpreteren|-1.0
p:weken in|geruststellen|-1.0
p:weken in|ondervragen|-1.0
p:weken in|afleiden|-1.0
p:weken in|afronding-aankondigen|-1.0
p:weken in|vervolgafspraak|-1.0
p:weken in|bedanken|-1.0
p:weken niet|open-vraag|-1.0
p:weken om|adviseren|0.97
p:weken om|vervolgafspraak|0.97
p:weken op|samenvatting|0.75
p:weken samen|adviseren|-0.97
p:weken steeds|ik-boodschap|-0.91
p:weken thuis|ik-boodschap|0.99
p:weken vaak|argumenteren|-1.0
p:weken vaak|vervolgafspraak|-1.0
p:weken vaker|ik-boodschap|-0.98
p:weken weer|ik-boodschap|0.93
p:weken zien|samenvatting|-0.64
p:weken zitten|samenvatting|0.92
p:weken zitten|vervolgafspraak|0.98
p:weken zitten|bedanken|0.69
p:wekker dan|prijzen|-0.8
p:wel ?|adviseren|-0.91
p:wel ?|afleiden|-0.91
p:wel aan|parafrase|0.99
p:wel aan|open-vraag|-0.83
p:wel bij|ik-boodschap|-0.96
p:wel bij|prijzen|0.93
p:wel bij|geruststellen|1.0
p:wel bij|afleiden|-0.96
p:wel bram|open-vraag|-1.65
p:wel bram|afleiden|0.99
p:wel dan|afronding-aankondigen|0.98
p:wel dat|gevoelsreflectie|-0.83
p:wel dat|argumenteren|-0.98
p:wel dat|prijzen|0.83
p:wel dat|etiketteren|-0.99
p:wel dat|geruststellen|-0.82
p:wel dat|afronding-aankondigen|-0.92
p:wel dat|bedanken|0.97
p:wel doorheen|geruststellen|1.89
p:wel doorheen|bedanken|-0.99
p:wel echt|geruststellen|1.8
p:wel een|prijzen|0.94
p:wel eens|jij-boodschap|-0.86
p:wel eens|argumenteren|-0.96
p:wel eens|bekritiseren|-0.86
p:wel eens|prijzen|-1.0
p:wel eens|etiketteren|-0.69
p:wel eens|geruststellen|-0.74
p:wel eens|afleiden|1.4
p:wel even|jij-boodschap|-0.97
p:wel even|ondervragen|-0.96
p:wel even|afleiden|-0.74
p:wel gemaakt|samenvatting|-0.98
p:wel goed|parafrase|-0.95
p:wel goed|samenvatting|-0.68
p:wel goed|adviseren|-0.83
p:wel goed|geruststellen|0.62
p:wel had|parafrase|0.97
p:wel had|bekritiseren|-0.97
p:wel heel|jij-boodschap|0.97
p:wel heel|bekritiseren|1.7
p:wel heel|geruststellen|-0.97
p:wel hoe|jij-boodschap|0.92
p:wel hoe|open-vraag|0.96
p:wel hoe|bekritiseren|0.92
p:wel hoeveel|jij-boodschap|0.93
p:wel hoeveel|bekritiseren|0.93
p:wel in|geruststellen|0.96
p:wel je|gevoelsreflectie|-0.97
p:wel je|samenvatting|0.7
p:wel je|open-vraag|-0.97
p:wel leert|ik-boodschap|0.78
p:wel leert|bevelen|-0.99
p:wel maar|geruststellen|-1.96
p:wel meevalt|bekritiseren|-0.77
p:wel meevalt|interpreteren|-0.97
p:wel noor|prijzen|-0.82
p:wel noor|bedanken|0.91
p:wel over|geruststellen|0.86
p:wel over|afleiden|-0.97
p:wel prima|samenvatting|0.66
p:wel prima|open-vraag|0.66
p:wel u|jij-boodschap|0.91
p:wel u|bekritiseren|0.66
p:wel van|ik-boodschap|-0.72
p:wel verantwoordelijk|bekritiseren|-0.98
p:wel vertellen|waarschuwen|0.98
p:wel voor|bekritiseren|-0.84
p:wel voor|afronding-aankondigen|-0.98
p:wel voor|vervolgafspraak|-0.99
p:wel voor|bedanken|0.75
p:wel we|afronding-aankondigen|0.93
p:weleens een|afleiden|0.99
p:welk telefoonnummer|open-vraag|-1.55
p:welk vak|parafrase|-0.99
p:welk vak|open-vraag|-1.86
p:welke afspraken|parafrase|-0.95
p:welke dagen|jij-boodschap|-0.91
p:werk heel|jij-boodschap|-0.98
p:werk na|jij-boodschap|0.98
p:werk niet|interpreteren|-0.97
p:werk voor|open-vraag|-0.96
p:werk voor|moraliseren|-0.96
p:werken blijft|prijzen|-0.97
p:werken dan|moraliseren|-0.68
p:werken dat|open-vraag|-0.99
p:werken thuis|parafrase|-0.95
p:werkmap heeft|geruststellen|-0.97
p:werkstuk krijgt|argumenteren|0.97
p:werkstuk krijgt|vervolgafspraak|-0.97
p:werkstuk morgen|waarschuwen|0.98
p:werkstuk nog|adviseren|-1.0
p:werkstuk uiterlijk|bevelen|0.99
p:werkstuk van|open-vraag|-0.98
p:werkstuk vrijdag|etiketteren|-0.99
p:werkt ?|vervolgafspraak|-0.95
p:werkt dat|argumenteren|0.97
p:werkt het|interpreteren|-0.97
p:werkt het|afleiden|-0.97
p:werkt in|bevelen|-0.91
p:werkt voor|gevoelsreflectie|-0.98
p:werkweek met|waarschuwen|-0.97
p:werkweek niet|ik-boodschap|-1.72
p:werkweek niet|parafrase|1.0
p:weten als|vervolgafspraak|0.99
p:weten dat|open-vraag|-0.96
p:weten dat|moraliseren|-0.96
p:weten hoe|moraliseren|1.0
p:weten hoe|bekritiseren|-1.0
p:weten waar|prijzen|-0.99
p:weten wat|parafrase|-0.99
p:wie doet|vervolgafspraak|-0.95
p:wie een|argumenteren|0.7
p:wie heeft|bedanken|-0.99
p:wie is|open-vraag|-1.94
p:wie is|ondervragen|1.0
p:wie kijkt|open-vraag|-1.0
p:wie kijkt|ondervragen|1.0
p:wie niet|argumenteren|1.74
p:wie niet|geruststellen|-0.71
p:wie waren|bekritiseren|-0.91
p:wie was|ik-boodschap|-0.99
p:wie zijn|ondervragen|-0.94
p:wifi niet|ondervragen|-0.94
p:wij u|jij-boodschap|-0.86
p:wijkteam ?|open-vraag|-0.94
p:wijze vader|geruststellen|-0.82
p:wil dat|bevelen|1.0
p:wil eerlijk|open-vraag|0.6
p:wil eigenlijk|parafrase|1.0
p:wil eigenlijk|gevoelsreflectie|-1.0
p:wil eigenlijk|samenvatting|-0.88
p:wil eigenlijk|geruststellen|-1.0
p:wil gaan|vervolgafspraak|-0.99
p:wil gaan|bedanken|-0.81
p:wil gewoon|jij-boodschap|-0.71
p:wil graag|parafrase|-0.94
p:wil graag|open-vraag|0.96
p:wil hebben|ik-boodschap|-0.95
p:wil hebben|jij-boodschap|0.95
p:wil hebben|bekritiseren|1.66
p:wil het|samenvatting|1.77
p:wil het|bevelen|-0.99
p:wil het|afronding-aankondigen|1.88
p:wil het|vervolgafspraak|0.95
p:wil het|bedanken|0.83
p:wil hij|afleiden|-0.98
p:wil ik|samenvatting|-0.72
p:wil ik|bevelen|0.91
p:wil ik|ondervragen|-1.0
p:wil ik|afleiden|1.82
p:wil je|samenvatting|0.92
p:wil je|open-vraag|0.92
p:wil je|moraliseren|-0.72
p:wil maken|interpreteren|1.0
p:wil naast|samenvatting|0.94
p:wil naast|bekritiseren|-0.94
p:wil praten|gevoelsreflectie|0.84
p:wil u|open-vraag|-0.99
p:wil vaker|samenvatting|0.94
p:wil vaker|bekritiseren|-0.94
p:wil wel|gevoelsreflectie|-0.97
p:wil wel|samenvatting|0.7
p:wil wel|open-vraag|-0.97
p:wil wel|geruststellen|-0.98
p:wilde delen|bekritiseren|-1.0
p:wilde delen|prijzen|-1.0
p:willen allebei|samenvatting|0.12
p:willen we|parafrase|-0.98
p:willen zien|adviseren|-0.89
p:wilt bel|waarschuwen|-0.92
p:wilt dat|parafrase|0.99
p:wilt dat|gevoelsreflectie|-0.9
p:wilt dat|samenvatting|0.87
p:wilt een|gevoelsreflectie|0.92
p:wilt een|vervolgafspraak|0.76
p:wilt gewoon|interpreteren|0.99
p:wilt horen|bekritiseren|-1.79
p:wilt kan|ik-boodschap|-0.95
p:wilt meer|gevoelsreflectie|-0.9
p:wilt u|jij-boodschap|-1.0
p:wilt u|parafrase|-0.88
p:wilt u|samenvatting|1.54
p:wilt u|open-vraag|1.91
p:wilt weten|parafrase|-0.99
p:wilt weten|samenvatting|0.99
p:wiskunde dat|bekritiseren|0.29
p:wiskunde doen|bevelen|-0.63
p:wiskunde en|jij-boodschap|-0.98
p:wiskunde en|bekritiseren|-0.78
p:wiskunde ravi|jij-boodschap|-0.94
p:wiskunde steeds|gevoelsreflectie|-0.91
p:wist dat|ik-boodschap|-0.99
p:wist ik|samenvatting|-1.0
p:wist ik|vervolgafspraak|-0.97
p:wist niet|parafrase|0.98
p:wist niet|gevoelsreflectie|-0.98
p:wist wel|ik-boodschap|-0.72
p:wit ?|bedanken|-0.99
p:woensdag bijles|bekritiseren|-0.28
p:woensdag bijles|prijzen|0.95
p:woensdag het|afronding-aankondigen|-0.95
p:woensdag kijken|samenvatting|0.75
p:woensdag nog|samenvatting|-0.99
p:woensdag nog|bedanken|-0.99
p:woensdag om|afronding-aankondigen|-0.98
p:woensdag samen|vervolgafspraak|0.81
p:wonen dichtbij|bekritiseren|-0.9
p:woord wil|ik-boodschap|-0.95
p:woord wil|jij-boodschap|0.95
p:woord wil|bekritiseren|1.66
p:woorden het|samenvatting|-0.68
p:woorden hij|parafrase|0.98
p:woorden je|ik-boodschap|-0.72
p:woorden thuis|geruststellen|-0.97
p:woorden u|parafrase|0.98
p:woorden u|gevoelsreflectie|-0.98
p:woorden u|samenvatting|0.87
p:woorden u|bekritiseren|-0.84
p:woorden volgens|argumenteren|-1.0
p:woordjes voor|ik-boodschap|0.78
p:word er|ik-boodschap|1.0
p:word er|gevoelsreflectie|-0.51
p:word er|afronding-aankondigen|1.0
p:word ik|ik-boodschap|0.97
p:word ik|jij-boodschap|-0.97
p:word ik|argumenteren|-0.97
p:word ik|bekritiseren|-0.97
p:word ik|prijzen|-1.0
p:word ik|geruststellen|-1.0
p:word ik|vervolgafspraak|-0.98
p:worden gewogen|argumenteren|0.97
p:wordt bij|argumenteren|0.98
p:wordt buitengesloten|parafrase|0.94
p:wordt buitengesloten|samenvatting|-0.94
p:wordt er|ik-boodschap|0.91
p:wordt er|jij-boodschap|-0.86
p:wordt er|bekritiseren|-0.86
p:wordt fijn|gevoelsreflectie|0.9
p:wordt hij|waarschuwen|1.7
p:yusuf praat|open-vraag|-0.99
p:zag ?|ik-boodschap|-0.92
p:zag dat|ik-boodschap|-0.63
p:zag dat|interpreteren|-1.0
p:zakken wat|samenvatting|0.92
p:zakken wat|open-vraag|0.92
p:zal het|geruststellen|0.97
p:zal ik|ik-boodschap|-1.0
p:zal ik|parafrase|-1.0
p:zal ik|waarschuwen|1.0
p:zal ik|vervolgafspraak|0.91
p:zaterdag ?|open-vraag|-0.83
p:zaterdag ?|afleiden|1.52
p:ze alsof|jij-boodschap|0.98
p:ze alsof|bekritiseren|0.98
p:ze alsof|geruststellen|-0.84
p:ze blaast|samenvatting|-1.0
p:ze de|gevoelsreflectie|-1.0
p:ze de|interpreteren|1.0
p:ze de|vervolgafspraak|1.0
p:ze doet|bekritiseren|0.73
p:ze een|etiketteren|-0.99
p:ze eigenlijk|interpreteren|1.0
p:ze elke|adviseren|-0.91
p:ze elke|afleiden|-0.91
p:ze gewoon|geruststellen|0.93
p:ze haar|etiketteren|-0.99
p:ze heeft|jij-boodschap|-0.99
p:ze heeft|bevelen|-1.0
p:ze heeft|moraliseren|-0.98
p:ze heeft|bekritiseren|0.13
p:ze het|interpreteren|1.0
p:ze huilde|interpreteren|-1.0
p:ze in|jij-boodschap|-0.97
p:ze is|moraliseren|-0.94
p:ze is|bekritiseren|-2.21
p:ze is|interpreteren|-0.98
p:ze kan|open-vraag|0.96
p:ze komt|geruststellen|0.91
p:ze mist|ik-boodschap|-0.88
p:ze niet|ik-boodschap|1.0
p:ze niet|open-vraag|0.99
p:ze niet|moraliseren|-1.0
p:ze niet|vervolgafspraak|-1.0
p:ze op|ik-boodschap|0.78
p:ze op|bevelen|-0.99
p:ze op|bekritiseren|-2.1
p:ze op|interpreteren|-0.99
p:ze op|geruststellen|-0.87
p:ze op|afleiden|0.94
p:ze prikkelbaar|open-vraag|-0.92
p:ze slaapt|ik-boodschap|-0.88
p:ze slaapt|open-vraag|-0.92
p:ze steeds|geruststellen|-0.96
p:ze thuis|parafrase|0.91
p:ze thuis|gevoelsreflectie|0.15
p:ze thuiskomt|moraliseren|1.0
p:ze thuiskomt|bekritiseren|-1.0
p:ze vastloopt|waarschuwen|-0.98
p:ze vindt|ik-boodschap|-0.88
p:ze weer|samenvatting|0.95
p:ze zich|ik-boodschap|-0.9
p:ze zich|parafrase|-0.91
p:ze zich|gevoelsreflectie|-1.0
p:ze zich|bevelen|0.94
p:ze zich|vervolgafspraak|0.81
p:ze ziek|jij-boodschap|0.94
p:ze zo|ik-boodschap|0.88
p:ze zo|interpreteren|1.0
p:ze zo|ondervragen|-0.95
p:zeg het|samenvatting|0.97
p:zeg je|jij-boodschap|-0.94
p:zeg niet|interpreteren|-0.97
p:zeg niet|geruststellen|1.31
p:zeggen dat|samenvatting|-0.97
p:zeggen wegliep|aanmoediging|-0.96
p:zegt als|prijzen|-1.0
p:zegt dat|ik-boodschap|-0.99
p:zegt dat|jij-boodschap|-0.75
p:zegt dat|gevoelsreflectie|-0.58
p:zegt dat|open-vraag|-0.11
p:zegt dat|bevelen|-0.99
p:zegt dat|argumenteren|0.94
p:zegt dat|bekritiseren|-0.97
p:zegt dat|interpreteren|0.9
p:zegt dat|geruststellen|1.36
p:zegt dus|parafrase|0.99
p:zegt dus|samenvatting|-0.66
p:zegt dus|open-vraag|0.14
p:zegt eigenlijk|argumenteren|-0.68
p:zegt eigenlijk|bedanken|-0.96
p:zegt hij|parafrase|0.94
p:zegt hij|gevoelsreflectie|-0.97
p:zegt hij|samenvatting|-0.94
p:zegt hij|geruststellen|-0.97
p:zegt meer|interpreteren|0.97
p:zegt omdat|jij-boodschap|-0.8
p:zegt u|aanmoediging|1.76
p:zegt u|bevelen|1.14
p:zegt u|bekritiseren|-0.98
p:zegt u|ondervragen|1.0
p:zegt u|vervolgafspraak|-0.82
p:zegt weinig|interpreteren|-0.93
p:zei u|bevelen|-0.91
p:zeker dat|geruststellen|0.86
p:zeker van|bevelen|-0.95
p:zelf doet|jij-boodschap|1.0
p:zelf doet|adviseren|-1.0
p:zelf doet|bekritiseren|1.0
p:zelf gepest|interpreteren|0.98
p:zelf heeft|interpreteren|-0.97
p:zelf je|bevelen|0.93
p:zelf je|moraliseren|0.86
p:zelf je|vervolgafspraak|-0.81
p:zelf kiezen|adviseren|0.93
p:zelf laten|adviseren|0.86
p:zelf naar|aanmoediging|-0.99
p:zelf niet|parafrase|-1.0
p:zelf niet|moraliseren|-1.0
p:zelf niet|interpreteren|1.0
p:zelf nooit|bekritiseren|0.95
p:zelf ook|jij-boodschap|-0.8
p:zelf ook|gevoelsreflectie|0.85
p:zelf ook|prijzen|-0.82
p:zelf ook|bedanken|0.91
p:zelf over|ik-boodschap|-1.0
p:zelf over|jij-boodschap|-1.0
p:zelf plannen|geruststellen|-0.55
p:zelf praten|jij-boodschap|-1.0
p:zelf praten|parafrase|1.0
p:zelf steeds|jij-boodschap|1.8
p:zelf steeds|bekritiseren|-0.95
p:zelf terug|gevoelsreflectie|-0.7
p:zelf van|jij-boodschap|-0.95
p:zelf van|open-vraag|0.98
p:zelf van|bekritiseren|-0.95
p:zelf zo|jij-boodschap|0.85
p:zenuwachtig bent|ik-boodschap|-0.76
p:zenuwachtig bent|gevoelsreflectie|0.88
p:zenuwachtig bent|adviseren|-0.94
p:zenuwachtig bent|geruststellen|1.31
p:zenuwachtig over|gevoelsreflectie|0.89
p:zenuwachtig over|open-vraag|0.99
p:zenuwachtig van|gevoelsreflectie|1.0
p:zenuwachtig van|open-vraag|-1.0
p:zenuwachtig van|moraliseren|-1.0
p:zenuwachtig van|vervolgafspraak|-1.0
p:zes keer|ik-boodschap|0.93
p:zet die|geruststellen|-0.98
p:zet een|prijzen|-0.8
p:zet het|samenvatting|1.97
p:zet hij|parafrase|-0.98
p:zet ik|bedanken|-0.78
p:zet u|adviseren|0.99
p:zet u|ondervragen|-0.94
p:zetten over|vervolgafspraak|-0.96
p:zich buitengesloten|parafrase|-0.99
p:zich buitengesloten|samenvatting|0.99
p:zich de|vervolgafspraak|0.81
p:zich deze|jij-boodschap|-0.91
p:zich echt|open-vraag|0.92
p:zich echt|geruststellen|-0.41
p:zich eigenlijk|jij-boodschap|-0.97
p:zich eigenlijk|bekritiseren|-0.27
p:zich er|jij-boodschap|0.97
p:zich er|bekritiseren|1.7
p:zich er|geruststellen|-0.97
p:zich geen|gevoelsreflectie|-0.99
p:zich genegeerd|samenvatting|-0.94
p:zich gewoon|interpreteren|0.93
p:zich heeft|bevelen|0.99
p:zich heeft|vervolgafspraak|0.95
p:zich in|gevoelsreflectie|0.97
p:zich morgen|bevelen|1.92
p:zich morgen|vervolgafspraak|-0.82
p:zich nergens|jij-boodschap|0.92
p:zich nergens|samenvatting|-0.8
p:zich nergens|bekritiseren|0.92
p:zich niet|jij-boodschap|-0.93
p:zich niet|parafrase|0.98
p:zich niet|open-vraag|0.93
p:zich niet|adviseren|-1.0
p:zich niet|bekritiseren|-0.93
p:zich niet|interpreteren|-0.94
p:zich nooit|jij-boodschap|1.0
p:zich nooit|waarschuwen|-0.74
p:zich nooit|argumenteren|-1.0
p:zich nooit|bekritiseren|1.0
p:zich nou|geruststellen|0.98
p:zich ongerust|open-vraag|-0.91
p:zich ontzettend|jij-boodschap|0.95
p:zich ontzettend|bekritiseren|0.95
p:zich overal|jij-boodschap|0.95
p:zich overal|gevoelsreflectie|-0.85
p:zich overal|bekritiseren|0.85
p:zich schuldig|bevelen|-1.0
p:zich schuldig|bekritiseren|-1.0
p:zich schuldig|interpreteren|1.0
p:zich terug|parafrase|-0.91
p:zich thuis|ik-boodschap|-0.99
p:zich thuis|parafrase|0.99
p:zich thuis|samenvatting|0.66
p:zich thuis|open-vraag|-0.17
p:zich thuis|waarschuwen|-1.0
p:zich thuis|ondervragen|-1.0
p:zich vaak|ik-boodschap|-0.9
p:zich vaak|gevoelsreflectie|-1.0
p:zich vanaf|waarschuwen|0.86
p:zich want|bekritiseren|-0.94
p:zich zorgen|jij-boodschap|-0.78
p:zich zorgen|gevoelsreflectie|1.0
p:zichtbaar geschrokken|parafrase|-0.94
p:zie alleen|interpreteren|-0.97
p:zie dat|ik-boodschap|1.56
p:zie dat|gevoelsreflectie|1.42
p:zie dat|adviseren|0.83
p:zie dat|bekritiseren|-0.81
p:zie dat|geruststellen|-0.92
p:zie dat|afleiden|-0.99
p:zie dat|vervolgafspraak|-0.92
p:zie heeft|samenvatting|-0.98
p:zie ik|ik-boodschap|-1.97
p:zie ik|jij-boodschap|-1.0
p:zie ik|parafrase|-0.97
p:zie ik|gevoelsreflectie|-1.0
p:zie ik|adviseren|-1.0
p:zie ik|bekritiseren|-1.8
p:zie ik|afronding-aankondigen|0.97
p:zie ik|vervolgafspraak|1.9
p:zie ik|bedanken|0.54
p:zie je|afronding-aankondigen|-0.95
p:zie neem|bevelen|0.9
p:ziek bent|ik-boodschap|-1.0
p:ziek bent|moraliseren|1.0
p:ziek gemeld|jij-boodschap|-0.91
p:ziek is|ik-boodschap|1.0
p:ziek is|jij-boodschap|0.94
p:ziekmelding pas|ik-boodschap|0.95
p:ziekmelding pas|waarschuwen|-0.95
p:ziekte herkansen|argumenteren|0.94
p:ziekte voor|samenvatting|0.92
p:ziekte voor|bedanken|0.69
p:zien ?|gevoelsreflectie|-1.0
p:zien ?|open-vraag|0.79
p:zien alleen|adviseren|-0.89
p:zien dat|ik-boodschap|0.74
p:zien dat|jij-boodschap|-0.71
p:zien dat|bekritiseren|-0.54
p:zien hoe|ik-boodschap|0.96
p:zien waar|ik-boodschap|0.99
p:zien waar|afleiden|-0.99
p:zien wat|ik-boodschap|0.84
p:zien we|samenvatting|-0.64
p:ziet dat|bevelen|-0.99
p:ziet een|gevoelsreflectie|-0.96
p:ziet iedereen|bekritiseren|-1.28
p:ziet u|ik-boodschap|-1.0
p:ziet u|open-vraag|0.82
p:ziet u|prijzen|1.0
p:zij doet|bekritiseren|0.29
p:zij heeft|geruststellen|-0.99
p:zij neemt|jij-boodschap|-0.98
p:zij spijbelt|jij-boodschap|0.98
p:zij spijbelt|bekritiseren|0.98
p:zij spijbelt|geruststellen|-0.84
p:zijn agenda|adviseren|0.97
p:zijn als|open-vraag|0.6
p:zijn als|bekritiseren|-1.72
p:zijn best|ik-boodschap|-1.0
p:zijn best|jij-boodschap|-1.0
p:zijn best|gevoelsreflectie|-1.0
p:zijn best|adviseren|-1.0
p:zijn best|bekritiseren|-0.95
p:zijn bijna|vervolgafspraak|-0.99
p:zijn bijna|bedanken|-0.81
p:zijn boeken|moraliseren|-0.99
p:zijn boeken|ondervragen|-0.96
p:zijn broertje|samenvatting|-0.99
p:zijn broertje|afleiden|-0.81
p:zijn cijfers|samenvatting|-0.72
p:zijn cijfers|waarschuwen|0.1
p:zijn cijfers|moraliseren|-0.99
p:zijn daden|moraliseren|0.95
p:zijn de|ik-boodschap|-0.98
p:zijn de|prijzen|-0.98
p:zijn diploma|jij-boodschap|0.71
p:zijn dit|waarschuwen|-0.9
p:zijn door|bedanken|0.84
p:zijn duidelijk|moraliseren|1.0
p:zijn duidelijk|argumenteren|1.0
p:zijn dyslexie|afleiden|-0.83
p:zijn echt|bekritiseren|-0.99
p:zijn echt|etiketteren|0.99
p:zijn er|afleiden|0.91
p:zijn erg|bekritiseren|0.91
p:zijn excursieformulier|parafrase|-1.0
p:zijn gang|bevelen|-0.91
p:zijn gang|bekritiseren|-0.92
p:zijn gedrag|ik-boodschap|-0.86
p:zijn gedrag|samenvatting|-0.86
p:zijn gedrag|waarschuwen|0.84
p:zijn gemiddelde|ik-boodschap|0.96
p:zijn gemiddelde|jij-boodschap|-0.96
p:zijn gemiddelde|bekritiseren|-0.96
p:zijn geweest|gevoelsreflectie|1.84
p:zijn gewoon|bekritiseren|0.74
p:zijn gewoon|etiketteren|-0.99
p:zijn hoofd|samenvatting|-0.99
p:zijn hoor|geruststellen|0.96
p:zijn huiswerk|ik-boodschap|-0.99
p:zijn huiswerk|open-vraag|-1.0
p:zijn huiswerk|bekritiseren|1.11
p:zijn huiswerk|prijzen|1.0
p:zijn huiswerk|ondervragen|0.99
p:zijn huiswerk|afleiden|-0.99
p:zijn huiswerk|vervolgafspraak|-0.91
p:zijn kamer|adviseren|0.78
p:zijn kamer|ondervragen|0.97
p:zijn kansen|bekritiseren|0.76
p:zijn kind|moraliseren|1.0
p:zijn kind|geruststellen|-1.0
p:zijn kind|ondervragen|-0.94
p:zijn klasgenoot|ik-boodschap|0.96
p:zijn kleren|interpreteren|-0.93
p:zijn laars|jij-boodschap|0.7
p:zijn laatste|bekritiseren|-0.93
p:zijn leeftijd|bevelen|-0.99
p:zijn leeftijd|moraliseren|-0.99
p:zijn mentor|ik-boodschap|-0.99
p:zijn mooie|argumenteren|-0.98
p:zijn opdrachten|ik-boodschap|1.0
p:zijn planner|ik-boodschap|0.9
p:zijn planner|jij-boodschap|0.79
p:zijn planner|bekritiseren|0.99
p:zijn planning|samenvatting|0.99
p:zijn planning|vervolgafspraak|0.93
p:zijn planning|bedanken|0.99
p:zijn plek|waarschuwen|0.92
p:zijn pootjes|geruststellen|0.82
p:zijn rapport|samenvatting|-0.94
p:zijn regels|argumenteren|0.97
p:zijn regels|vervolgafspraak|-0.97
p:zijn rekenmachine|vervolgafspraak|0.95
p:zijn resultaten|bekritiseren|-0.99
p:zijn rooster|ik-boodschap|0.74
p:zijn slaap|samenvatting|0.94
p:zijn slaap|open-vraag|0.94
p:zijn slechte|samenvatting|0.97
p:zijn stemming|aanmoediging|-0.99
p:zijn tegen|jij-boodschap|-0.6
p:zijn telefoon|jij-boodschap|-0.81
p:zijn telefoon|gevoelsreflectie|-0.96
p:zijn telefoon|open-vraag|0.75
p:zijn telefoon|ondervragen|0.97
p:zijn toekomst|gevoelsreflectie|1.0
p:zijn toekomst|prijzen|-1.0
p:zijn trainer|ondervragen|-0.91
p:zijn van|moraliseren|0.99
p:zijn vanavond|waarschuwen|-1.0
p:zijn vanavond|prijzen|-1.0
p:zijn verzuim|samenvatting|0.92
p:zijn verzuim|open-vraag|-0.93
p:zijn verzuim|bekritiseren|0.39
p:zijn voetbaltrainer|parafrase|-0.99
p:zijn voldoende|argumenteren|-0.96
p:zijn voor|moraliseren|-0.96
p:zijn vriendengroep|samenvatting|0.6
p:zijn werk|jij-boodschap|0.98
p:zijn werkmap|geruststellen|-0.97
p:zijn zorgpunten|argumenteren|-0.96
p:zin afmaken|bevelen|1.78
p:zin afmaken|bekritiseren|-0.51
p:zin hebt|jij-boodschap|-0.94
p:zin hebt|interpreteren|0.9
p:zin in|jij-boodschap|1.81
p:zin in|bekritiseren|1.21
p:zin in|interpreteren|-0.96
p:zin wegloopt|open-vraag|-0.87
p:zin wegloopt|bevelen|-1.0
p:zin wegloopt|waarschuwen|-1.0
p:zin wil|interpreteren|1.0
p:zit alleen|ondervragen|-1.0
p:zit altijd|jij-boodschap|0.93
p:zit altijd|adviseren|-0.93
p:zit altijd|bekritiseren|1.42
p:zit de|bevelen|1.0
p:zit de|bekritiseren|0.85
p:zit de|vervolgafspraak|0.94
p:zit elke|ik-boodschap|0.96
p:zit elke|moraliseren|-0.87
p:zit en|open-vraag|-0.93
p:zit er|ik-boodschap|-0.95
p:zit er|bekritiseren|0.26
p:zit het|interpreteren|0.93
p:zit hier|ik-boodschap|-0.98
p:zit hier|jij-boodschap|0.94
p:zit hier|samenvatting|-0.72
p:zit hier|bevelen|-0.86
p:zit hier|bekritiseren|1.24
p:zit hij|jij-boodschap|-0.91
p:zit hij|waarschuwen|0.98
p:zit in|bekritiseren|-0.43
p:zit in|geruststellen|-0.96
p:zit kan|open-vraag|-0.36
p:zit kan|moraliseren|-0.96
p:zit kom|ik-boodschap|0.99
p:zit kom|parafrase|-0.99
p:zit me|ik-boodschap|1.76
p:zit merk|ik-boodschap|1.0
p:zit naast|jij-boodschap|-0.92
p:zit naast|bekritiseren|-0.92
p:zit sinds|jij-boodschap|-0.92
p:zit te|jij-boodschap|1.66
p:zit te|parafrase|-0.97
p:zit te|bekritiseren|0.97
p:zit waardoor|ik-boodschap|0.99
p:zit ze|adviseren|-0.91
p:zit ze|afleiden|-0.91
p:zitten anders|aanmoediging|-0.96
p:zitten anders|waarschuwen|0.96
p:zitten daardoor|ik-boodschap|0.99
p:zitten daardoor|gevoelsreflectie|-0.89
p:zitten daardoor|afleiden|-0.99
p:zitten dat|waarschuwen|0.98
p:zitten dat|geruststellen|0.97
p:zitten en|samenvatting|0.94
p:zitten en|bekritiseren|-0.94
p:zitten jayden|waarschuwen|-0.98
p:zitten je|bevelen|-1.84
p:zitten kevin|waarschuwen|-0.86
p:zitten of|waarschuwen|1.64
p:zitten opgevat|afleiden|-0.98
p:zitten sem|bevelen|0.85
p:zitten snap|geruststellen|0.95
p:zitten we|samenvatting|0.92
p:zitten we|vervolgafspraak|0.98
p:zitten we|bedanken|0.69
p:zo babyachtig|etiketteren|1.7
p:zo behulpzaam|jij-boodschap|-0.97
p:zo betrokken|adviseren|-0.96
p:zo blijft|samenvatting|-0.94
p:zo blijft|waarschuwen|0.84
p:zo boos|bevelen|-1.0
p:zo boos|bekritiseren|-1.0
p:zo boos|interpreteren|1.0
p:zo bouwt|bekritiseren|-0.96
p:zo dat|prijzen|-1.0
p:zo doorgaat|ik-boodschap|0.2
p:zo doorgaat|jij-boodschap|1.65
p:zo doorgaat|samenvatting|-0.94
p:zo doorgaat|waarschuwen|1.94
p:zo doorgaat|bekritiseren|0.96
p:zo dramatisch|bevelen|-0.93
p:zo dramatisch|geruststellen|0.73
p:zo eerlijk|gevoelsreflectie|-0.92
p:zo erg|argumenteren|-0.96
p:zo erg|geruststellen|0.68
p:zo erg|afleiden|-0.68
p:zo fijn|jij-boodschap|-1.0
p:zo fijn|etiketteren|-1.0
p:zo fijn|interpreteren|-1.0
p:zo fijn|afleiden|1.0
p:zo gaat|bevelen|-0.95
p:zo gaat|moraliseren|0.9
p:zo gaat|geruststellen|-0.95
p:zo gezien|bekritiseren|-0.98
p:zo goed|parafrase|-0.97
p:zo goed|bekritiseren|-0.28
p:zo goed|prijzen|1.95
p:zo haal|ik-boodschap|0.86
p:zo hoog|interpreteren|1.0
p:zo hysterisch|bevelen|1.67
p:zo kan|ik-boodschap|-0.99
p:zo lang|jij-boodschap|-0.97
p:zo meedenkend|waarschuwen|-0.98
p:zo mist|ik-boodschap|0.84
p:zo moeilijk|etiketteren|0.99
p:zo negatief|bekritiseren|0.81
p:zo niet|etiketteren|-0.99
p:zo ongeïnteresseerd|bekritiseren|0.83
p:zo ook|bevelen|-1.84
p:zo open|interpreteren|-0.98
p:zo open|bedanken|0.99
p:zo overdreven|jij-boodschap|-1.68
p:zo praat|jij-boodschap|-1.0
p:zo praat|moraliseren|1.0
p:zo praat|interpreteren|-1.0
p:zo reageert|waarschuwen|-0.91
p:zo redelijk|vervolgafspraak|-0.81
p:zo schieten|ik-boodschap|1.0
p:zo schieten|afronding-aankondigen|1.0
p:zo schreeuwen|bevelen|0.99
p:zo simpel|moraliseren|-0.93
p:zo snel|gevoelsreflectie|-0.81
p:zo staat|ik-boodschap|-0.97
p:zo sterk|interpreteren|0.98
p:zo stil|ondervragen|-0.95
p:zo stoer|afronding-aankondigen|-0.97
p:zo stoppen|samenvatting|-0.99
p:zo te|moraliseren|0.69
p:zo toe|jij-boodschap|0.98
p:zo toe|parafrase|-0.98
p:zo toe|bekritiseren|0.98
p:zo uit|jij-boodschap|0.91
p:zo uit|open-vraag|-0.87
p:zo uit|bekritiseren|0.91
p:zo ver|jij-boodschap|0.85
p:zo volwassen|prijzen|0.83
p:zo want|argumenteren|0.96
p:zo want|afleiden|-0.96
p:zo weer|argumenteren|-0.7
p:zo weinig|ik-boodschap|0.88
p:zo werkt|argumenteren|0.97
p:zo werkt|interpreteren|-0.97
p:zo werkt|afleiden|-0.97
p:zo zegt|jij-boodschap|-0.8
p:zo zwaar|moraliseren|-0.9
p:zo zwaar|argumenteren|-0.96
p:zo zwaar|geruststellen|-0.96
p:zo zwaar|afleiden|1.61
p:zo'n baby|etiketteren|0.99
p:zo'n betrokken|bevelen|-0.99
p:zo'n betrokken|prijzen|1.0
p:zo'n betrokken|bedanken|-1.0
p:zo'n curlingouder|etiketteren|0.81
p:zo'n fijne|prijzen|0.77
p:zo'n goede|gevoelsreflectie|-1.0
p:zo'n goede|open-vraag|-1.0
p:zo'n goede|waarschuwen|-1.0
p:zo'n goede|prijzen|1.0
p:zo'n goede|interpreteren|-1.0
p:zo'n mail|bekritiseren|0.98
p:zo'n mooi|parafrase|-0.99
p:zo'n opmerking|jij-boodschap|-0.94
p:zo'n opmerking|waarschuwen|1.81
p:zo'n ouder|prijzen|-0.96
p:zo'n ouder|etiketteren|0.96
p:zo'n reactie|argumenteren|-1.0
p:zo'n slimme|bekritiseren|-0.94
p:zo'n slimme|prijzen|1.94
p:zo'n slimme|etiketteren|-0.99
p:zo'n slimme|ondervragen|-0.96
p:zo'n slimme|afleiden|-0.74
p:zo'n typisch|moraliseren|-0.94
p:zo'n vaart|geruststellen|0.97
p:zo'n verstandige|argumenteren|-0.98
p:zoekt een|parafrase|-1.0
p:zoekt een|moraliseren|-1.0
p:zoekt een|interpreteren|1.0
p:zoekt gewoon|interpreteren|0.95
p:zomaar drie|jij-boodschap|0.81
p:zomaar drie|parafrase|-0.81
p:zomaar drie|bekritiseren|0.9
p:zomer eigenlijk|open-vraag|-1.65
p:zomer eigenlijk|afleiden|0.99
p:zondag samen|adviseren|1.9
p:zonde want|ik-boodschap|0.84
p:zonde zullen|vervolgafspraak|0.95
p:zonder bericht|argumenteren|0.7
p:zonder bericht|vervolgafspraak|-0.97
p:zonder boeken|ik-boodschap|0.97
p:zonder boeken|jij-boodschap|-0.97
p:zonder boeken|argumenteren|-0.97
p:zonder boeken|bekritiseren|-0.97
p:zonder diploma|waarschuwen|0.94
p:zonder gymkleren|ik-boodschap|0.98
p:zonder huiswerk|moraliseren|-0.93
p:zonder iets|aanmoediging|-0.96
p:zonder je|samenvatting|-1.0
p:zonder voldoende|bevelen|-0.98
p:zonder voldoende|waarschuwen|-0.98
p:zonder voldoende|argumenteren|0.98
p:zooitje van|bekritiseren|0.87
p:zoon doet|bekritiseren|-3.36
p:zoon heeft|bekritiseren|0.56
p:zoon is|jij-boodschap|0.76
p:zoon is|adviseren|-1.0
p:zoon is|bekritiseren|-1.0
p:zoon pest|bekritiseren|0.94
p:zoon verpest|bekritiseren|1.83
p:zoon zit|jij-boodschap|-0.92
p:zorg dat|bevelen|0.99
p:zorg zei|bevelen|-0.91
p:zorgcoördinator aan|vervolgafspraak|0.99
p:zorgcoördinator en|samenvatting|0.94
p:zorgcoördinator en|vervolgafspraak|0.94
p:zorgcoördinator niet|ik-boodschap|0.99
p:zorgcoördinator niet|argumenteren|-0.71
p:zorgcoördinator vragen|vervolgafspraak|0.91
p:zorgelijk dat|bekritiseren|-0.89
p:zorgelijk wat|gevoelsreflectie|0.98
p:zorgelijk wat|open-vraag|0.86
p:zorgen ?|gevoelsreflectie|1.0
p:zorgen ?|open-vraag|1.0
p:zorgen ?|interpreteren|-1.0
p:zorgen ?|afronding-aankondigen|-1.0
p:zorgen dat|gevoelsreflectie|-0.99
p:zorgen dat|moraliseren|0.92
p:zorgen ervoor|bevelen|0.99
p:zorgen het|open-vraag|0.92
p:zorgen het|geruststellen|0.92
p:zorgen hoor|ik-boodschap|-0.96
p:zorgen laat|adviseren|0.78
p:zorgen maakt|jij-boodschap|-0.78
p:zorgen maakt|gevoelsreflectie|1.0
p:zorgen maakt|samenvatting|-0.92
p:zorgen maakt|adviseren|1.0
p:zorgen maakt|geruststellen|-0.4
p:zorgen nu|jij-boodschap|-0.68
p:zorgen om|adviseren|-0.98
p:zorgen omdat|ik-boodschap|0.88
p:zorgen omdat|open-vraag|0.99
p:zorgen omdat|argumenteren|-1.0
p:zorgen omdat|vervolgafspraak|-1.0
p:zorgen over|ik-boodschap|0.1
p:zorgen over|gevoelsreflectie|-1.0
p:zorgen over|samenvatting|-0.86
p:zorgen over|bevelen|-0.97
p:zorgen over|moraliseren|-0.87
p:zorgen over|etiketteren|-0.97
p:zorgen over|vervolgafspraak|1.0
p:zorgen te|adviseren|-0.97
p:zorgen want|ik-boodschap|1.93
p:zorgen want|jij-boodschap|-0.97
p:zorgen want|open-vraag|-0.92
p:zorgen want|waarschuwen|-0.98
p:zorgen want|bekritiseren|-1.44
p:zou als|adviseren|-0.96
p:zou bellen|open-vraag|-0.8
p:zou eens|adviseren|1.0
p:zou eens|interpreteren|-1.0
p:zou goed|moraliseren|0.87
p:zou helpen|moraliseren|-1.0
p:zou helpen|adviseren|1.0
p:zou het|gevoelsreflectie|-0.84
p:zou hij|moraliseren|0.9
p:zou ik|ik-boodschap|-0.83
p:zou ik|adviseren|1.9
p:zou ik|bekritiseren|0.91
p:zou in|adviseren|0.94
p:zou je|gevoelsreflectie|-0.71
p:zou je|open-vraag|0.97
p:zou kunnen|waarschuwen|-0.99
p:zou u|gevoelsreflectie|-1.0
p:zou u|open-vraag|0.79
p:zou u|moraliseren|1.0
p:zou u|bekritiseren|-1.99
p:zou u|etiketteren|-1.0
p:zou u|ondervragen|-1.0
p:zouden bellen|jij-boodschap|-0.86
p:zoveel grapjes|ik-boodschap|-0.8
p:zoveel grapjes|interpreteren|0.97
p:zoveel kinderen|geruststellen|1.71
p:zoveel missen|geruststellen|-0.68
p:zoveel verzuim|moraliseren|-0.89
p:zoveel verzuim|argumenteren|0.89
p:zoë de|ik-boodschap|0.93
p:zoë haar|gevoelsreflectie|-1.0
p:zoë haar|vervolgafspraak|1.0
p:zoë in|open-vraag|0.99
p:zoë te|prijzen|-0.93
p:zulke goede|prijzen|0.94
p:zulke ruzietjes|geruststellen|-0.87
p:zulke ruzietjes|afleiden|0.94
p:zullen we|parafrase|-1.0
p:zullen we|open-vraag|-0.99
p:zullen we|adviseren|-0.97
p:zullen we|argumenteren|-0.98
p:zullen we|bekritiseren|-1.0
p:zullen we|geruststellen|-0.87
p:zullen we|afleiden|0.94
p:zullen we|vervolgafspraak|0.96
p:zusje daarom|interpreteren|1.0
p:zwaar aan|moraliseren|-0.9
p:zwaar aan|argumenteren|-0.96
p:zwaar aan|geruststellen|-0.96
p:zwaar aan|afleiden|1.61
p:zwaar heeft|bekritiseren|-0.99
p:zwaar voor|ik-boodschap|0.77
p:zwaar ze|open-vraag|-0.92
p:zware periode|gevoelsreflectie|0.99
p:zwart op|bedanken|-0.99
p:zweverig kind|moraliseren|-0.94
p:één keer|ik-boodschap|-0.96
p:één keer|aanmoediging|-0.99
p:één keer|bevelen|-0.96
p:één keer|argumenteren|-0.99
p:één maand|open-vraag|0.99
regel:aanmoediging|parafrase|-1.93
regel:aanmoediging|gevoelsreflectie|-2.94
regel:aanmoediging|samenvatting|-0.56
regel:aanmoediging|open-vraag|-1.98
regel:aanmoediging|aanmoediging|7.76
regel:aanmoediging|bevelen|-0.99
regel:aanmoediging|etiketteren|-0.96
regel:aanmoediging|ondervragen|-0.97
regel:adviseren|ik-boodschap|1.01
regel:adviseren|jij-boodschap|-1.0
regel:adviseren|open-vraag|-0.96
regel:adviseren|bevelen|-2.56
regel:adviseren|waarschuwen|-0.99
regel:adviseren|moraliseren|-1.92
regel:adviseren|adviseren|15.18
regel:adviseren|argumenteren|-1.0
regel:adviseren|bekritiseren|-0.1
regel:adviseren|prijzen|-0.8
regel:adviseren|interpreteren|-0.99
regel:adviseren|ondervragen|-3.68
regel:adviseren|afleiden|-1.0
regel:afleiden|jij-boodschap|-1.0
regel:afleiden|samenvatting|-0.99
regel:afleiden|open-vraag|-1.95
regel:afleiden|moraliseren|-1.0
regel:afleiden|argumenteren|-1.86
regel:afleiden|bekritiseren|-1.95
regel:afleiden|etiketteren|-1.0
regel:afleiden|interpreteren|-1.0
regel:afleiden|geruststellen|-1.8
regel:afleiden|afleiden|13.83
regel:afleiden|afronding-aankondigen|-0.94
regel:afronding-aankondigen|ik-boodschap|-1.0
regel:afronding-aankondigen|gevoelsreflectie|-2.0
regel:afronding-aankondigen|samenvatting|-0.15
regel:afronding-aankondigen|open-vraag|-0.99
regel:afronding-aankondigen|aanmoediging|-0.99
regel:afronding-aankondigen|bevelen|-0.99
regel:afronding-aankondigen|etiketteren|-0.97
regel:afronding-aankondigen|afleiden|-0.53
regel:afronding-aankondigen|afronding-aankondigen|7.79
regel:afronding-aankondigen|vervolgafspraak|-4.75
regel:afronding-aankondigen|bedanken|-2.13
regel:argumenteren|ik-boodschap|-0.13
regel:argumenteren|jij-boodschap|-1.96
regel:argumenteren|bevelen|-0.98
regel:argumenteren|waarschuwen|-1.84
regel:argumenteren|moraliseren|-0.13
regel:argumenteren|argumenteren|14.33
regel:argumenteren|bekritiseren|-3.71
regel:argumenteren|interpreteren|-1.94
regel:argumenteren|geruststellen|-1.65
regel:argumenteren|afleiden|-3.53
regel:argumenteren|vervolgafspraak|-0.97
regel:bedanken|ik-boodschap|-0.97
regel:bedanken|gevoelsreflectie|-0.84
regel:bedanken|samenvatting|-0.1
regel:bedanken|waarschuwen|-1.0
regel:bedanken|bekritiseren|0.89
regel:bedanken|prijzen|-1.82
regel:bedanken|interpreteren|-0.98
regel:bedanken|geruststellen|-0.99
regel:bedanken|afleiden|-1.0
regel:bedanken|afronding-aankondigen|-0.94
regel:bedanken|vervolgafspraak|-1.72
regel:bedanken|bedanken|10.15
regel:bekritiseren|ik-boodschap|-0.71
regel:bekritiseren|jij-boodschap|4.57
regel:bekritiseren|parafrase|-1.0
regel:bekritiseren|gevoelsreflectie|-3.73
regel:bekritiseren|samenvatting|-1.0
regel:bekritiseren|aanmoediging|-1.0
regel:bekritiseren|bevelen|-2.89
regel:bekritiseren|waarschuwen|-0.88
regel:bekritiseren|moraliseren|-1.91
regel:bekritiseren|adviseren|-0.98
regel:bekritiseren|argumenteren|-2.07
regel:bekritiseren|bekritiseren|17.64
regel:bekritiseren|prijzen|-1.97
regel:bekritiseren|etiketteren|-4.64
regel:bekritiseren|interpreteren|-1.99
regel:bekritiseren|geruststellen|-2.59
regel:bekritiseren|ondervragen|-2.02
regel:bekritiseren|afleiden|-2.95
regel:bekritiseren|afronding-aankondigen|-1.0
regel:bekritiseren|vervolgafspraak|-1.0
regel:bekritiseren|bedanken|-1.0
regel:bevelen|jij-boodschap|-0.92
regel:bevelen|samenvatting|-0.72
regel:bevelen|bevelen|13.42
regel:bevelen|waarschuwen|-1.74
regel:bevelen|moraliseren|-1.06
regel:bevelen|adviseren|-2.73
regel:bevelen|argumenteren|-0.99
regel:bevelen|bekritiseren|-2.04
regel:bevelen|etiketteren|-0.94
regel:bevelen|interpreteren|-0.98
regel:bevelen|geruststellen|-2.31
regel:bevelen|afleiden|-1.97
regel:etiketteren|jij-boodschap|1.97
regel:etiketteren|bevelen|-0.25
regel:etiketteren|waarschuwen|-0.99
regel:etiketteren|moraliseren|-1.92
regel:etiketteren|adviseren|-1.0
regel:etiketteren|argumenteren|-1.84
regel:etiketteren|bekritiseren|-5.22
regel:etiketteren|prijzen|-0.85
regel:etiketteren|etiketteren|11.88
regel:etiketteren|geruststellen|-1.93
regel:geen|ik-boodschap|-6.78
regel:geen|jij-boodschap|-0.2
regel:geen|parafrase|-2.96
regel:geen|gevoelsreflectie|-0.56
regel:geen|samenvatting|-4.51
regel:geen|open-vraag|-2.0
regel:geen|aanmoediging|0.89
regel:geen|bevelen|-0.19
regel:geen|waarschuwen|-1.08
regel:geen|moraliseren|-1.68
regel:geen|adviseren|-1.84
regel:geen|argumenteren|-2.35
regel:geen|bekritiseren|-0.73
regel:geen|prijzen|-1.08
regel:geen|etiketteren|0.2
regel:geen|geruststellen|-0.81
regel:geen|ondervragen|-1.95
regel:geen|afleiden|-1.01
regel:geen|afronding-aankondigen|-1.96
regel:geen|vervolgafspraak|-2.45
regel:geen|bedanken|-2.98
regel:geruststellen|ik-boodschap|-1.93
regel:geruststellen|jij-boodschap|0.98
regel:geruststellen|open-vraag|0.92
regel:geruststellen|bevelen|-0.2
regel:geruststellen|waarschuwen|-1.0
regel:geruststellen|moraliseren|-1.89
regel:geruststellen|adviseren|-0.95
regel:geruststellen|argumenteren|-3.62
regel:geruststellen|bekritiseren|-1.73
regel:geruststellen|prijzen|-1.94
regel:geruststellen|etiketteren|-0.99
regel:geruststellen|interpreteren|-1.95
regel:geruststellen|geruststellen|16.88
regel:geruststellen|afleiden|-2.56
regel:gevoelsreflectie|ik-boodschap|0.67
regel:gevoelsreflectie|jij-boodschap|-0.78
regel:gevoelsreflectie|parafrase|-3.71
regel:gevoelsreflectie|gevoelsreflectie|16.49
regel:gevoelsreflectie|samenvatting|-3.11
regel:gevoelsreflectie|open-vraag|-2.82
regel:gevoelsreflectie|aanmoediging|-1.87
regel:gevoelsreflectie|moraliseren|-1.0
regel:gevoelsreflectie|adviseren|-0.13
regel:gevoelsreflectie|argumenteren|0.68
regel:gevoelsreflectie|bekritiseren|-0.49
regel:gevoelsreflectie|prijzen|-1.76
regel:gevoelsreflectie|etiketteren|-1.0
regel:gevoelsreflectie|interpreteren|-0.99
regel:gevoelsreflectie|geruststellen|-1.26
regel:gevoelsreflectie|afronding-aankondigen|-1.0
regel:gevoelsreflectie|vervolgafspraak|-1.16
regel:gevoelsreflectie|bedanken|-0.99
regel:ik-boodschap|ik-boodschap|5.96
regel:ik-boodschap|jij-boodschap|-0.97
regel:ik-boodschap|parafrase|-0.96
regel:ik-boodschap|gevoelsreflectie|-0.65
regel:ik-boodschap|samenvatting|-2.82
regel:ik-boodschap|open-vraag|-0.75
regel:ik-boodschap|aanmoediging|-0.96
regel:ik-boodschap|bevelen|-1.0
regel:ik-boodschap|waarschuwen|-2.89
regel:ik-boodschap|moraliseren|-0.96
regel:ik-boodschap|adviseren|-1.0
regel:ik-boodschap|argumenteren|-1.94
regel:ik-boodschap|bekritiseren|-0.75
regel:ik-boodschap|prijzen|-1.0
regel:ik-boodschap|interpreteren|-1.93
regel:ik-boodschap|geruststellen|-1.0
regel:ik-boodschap|ondervragen|-0.91
regel:ik-boodschap|afleiden|-0.99
regel:ik-boodschap|afronding-aankondigen|-1.0
regel:ik-boodschap|vervolgafspraak|-1.92
regel:interpreteren|ik-boodschap|-0.99
regel:interpreteren|jij-boodschap|-0.8
regel:interpreteren|parafrase|-1.9
regel:interpreteren|gevoelsreflectie|0.73
regel:interpreteren|bevelen|-1.0
regel:interpreteren|waarschuwen|-1.9
regel:interpreteren|moraliseren|-2.62
regel:interpreteren|argumenteren|-0.96
regel:interpreteren|bekritiseren|-1.08
regel:interpreteren|prijzen|-0.94
regel:interpreteren|interpreteren|11.71
regel:interpreteren|geruststellen|-2.84
regel:interpreteren|ondervragen|-1.0
regel:interpreteren|afleiden|0.62
regel:interpreteren|afronding-aankondigen|-0.97
regel:jij-boodschap|ik-boodschap|0.29
regel:jij-boodschap|jij-boodschap|11.11
regel:jij-boodschap|gevoelsreflectie|-2.73
regel:jij-boodschap|open-vraag|0.93
regel:jij-boodschap|bevelen|-1.89
regel:jij-boodschap|waarschuwen|-0.87
regel:jij-boodschap|moraliseren|-1.86
regel:jij-boodschap|adviseren|-0.97
regel:jij-boodschap|argumenteren|-2.91
regel:jij-boodschap|bekritiseren|2.28
regel:jij-boodschap|prijzen|-0.85
regel:jij-boodschap|etiketteren|2.06
regel:jij-boodschap|interpreteren|-0.99
regel:jij-boodschap|geruststellen|-1.8
regel:jij-boodschap|ondervragen|-1.02
regel:jij-boodschap|afleiden|-0.96
regel:moraliseren|ik-boodschap|-1.96
regel:moraliseren|jij-boodschap|-1.6
regel:moraliseren|gevoelsreflectie|-0.92
regel:moraliseren|samenvatting|-0.97
regel:moraliseren|bevelen|-1.94
regel:moraliseren|waarschuwen|-0.98
regel:moraliseren|moraliseren|13.97
regel:moraliseren|adviseren|-1.96
regel:moraliseren|argumenteren|-1.96
regel:moraliseren|prijzen|-1.98
regel:moraliseren|etiketteren|-0.88
regel:moraliseren|interpreteren|-1.0
regel:moraliseren|geruststellen|-2.91
regel:moraliseren|ondervragen|-0.94
regel:moraliseren|afleiden|-0.4
regel:moraliseren|vervolgafspraak|-0.97
regel:ondervragen|ik-boodschap|-0.99
regel:ondervragen|jij-boodschap|-1.88
regel:ondervragen|gevoelsreflectie|0.71
regel:ondervragen|open-vraag|-1.0
regel:ondervragen|bevelen|-0.78
regel:ondervragen|adviseren|-2.87
regel:ondervragen|bekritiseren|-0.91
regel:ondervragen|ondervragen|8.53
regel:ondervragen|afleiden|-0.91
regel:ondervragen|vervolgafspraak|-0.95
regel:ondervragen|bedanken|-0.99
regel:open-vraag|ik-boodschap|0.94
regel:open-vraag|jij-boodschap|-2.88
regel:open-vraag|parafrase|-1.93
regel:open-vraag|gevoelsreflectie|-2.41
regel:open-vraag|samenvatting|-1.87
regel:open-vraag|open-vraag|17.2
regel:open-vraag|aanmoediging|-1.98
regel:open-vraag|bevelen|-0.99
regel:open-vraag|moraliseren|-1.0
regel:open-vraag|adviseren|-1.0
regel:open-vraag|bekritiseren|-2.86
regel:open-vraag|prijzen|-0.76
regel:open-vraag|etiketteren|-1.0
regel:open-vraag|interpreteren|-1.0
regel:open-vraag|ondervragen|-2.95
regel:open-vraag|afleiden|-0.32
regel:open-vraag|afronding-aankondigen|-1.0
regel:open-vraag|vervolgafspraak|-1.0
regel:parafrase|ik-boodschap|-1.71
regel:parafrase|jij-boodschap|0.57
regel:parafrase|parafrase|14.32
regel:parafrase|gevoelsreflectie|-2.69
regel:parafrase|samenvatting|-3.5
regel:parafrase|open-vraag|-1.63
regel:parafrase|aanmoediging|-1.89
regel:parafrase|bevelen|-1.83
regel:parafrase|waarschuwen|-1.0
regel:parafrase|argumenteren|-1.63
regel:parafrase|bekritiseren|0.1
regel:parafrase|prijzen|-0.93
regel:parafrase|interpreteren|-0.94
regel:parafrase|geruststellen|-1.0
regel:parafrase|bedanken|-0.96
regel:prijzen|jij-boodschap|-0.97
regel:prijzen|parafrase|-0.97
regel:prijzen|gevoelsreflectie|-1.0
regel:prijzen|open-vraag|-1.0
regel:prijzen|bevelen|-0.99
regel:prijzen|waarschuwen|-1.97
regel:prijzen|moraliseren|-0.98
regel:prijzen|adviseren|-1.8
regel:prijzen|argumenteren|-0.98
regel:prijzen|bekritiseren|-1.86
regel:prijzen|prijzen|9.35
regel:prijzen|etiketteren|-2.79
regel:prijzen|interpreteren|-1.0
regel:prijzen|geruststellen|-1.81
regel:prijzen|ondervragen|-0.96
regel:prijzen|afleiden|-0.74
regel:prijzen|vervolgafspraak|-0.81
regel:prijzen|bedanken|-1.0
regel:samenvatting|ik-boodschap|-3.71
regel:samenvatting|jij-boodschap|0.95
regel:samenvatting|parafrase|-3.87
regel:samenvatting|gevoelsreflectie|-1.95
regel:samenvatting|samenvatting|12.8
regel:samenvatting|open-vraag|-4.05
regel:samenvatting|aanmoediging|-0.95
regel:samenvatting|bevelen|-0.86
regel:samenvatting|adviseren|-1.0
regel:samenvatting|argumenteren|-1.85
regel:samenvatting|bekritiseren|1.27
regel:samenvatting|prijzen|-0.98
regel:samenvatting|interpreteren|-0.93
regel:samenvatting|geruststellen|-0.98
regel:samenvatting|afleiden|-1.82
regel:samenvatting|bedanken|0.27
regel:vervolgafspraak|ik-boodschap|-1.04
regel:vervolgafspraak|jij-boodschap|-0.98
regel:vervolgafspraak|parafrase|-1.0
regel:vervolgafspraak|samenvatting|0.11
regel:vervolgafspraak|waarschuwen|-0.92
regel:vervolgafspraak|adviseren|-1.96
regel:vervolgafspraak|argumenteren|-0.99
regel:vervolgafspraak|bekritiseren|-1.96
regel:vervolgafspraak|afronding-aankondigen|-2.0
regel:vervolgafspraak|vervolgafspraak|12.14
regel:vervolgafspraak|bedanken|-2.78
regel:waarschuwen|ik-boodschap|-2.0
regel:waarschuwen|jij-boodschap|0.85
regel:waarschuwen|parafrase|-1.0
regel:waarschuwen|samenvatting|-1.86
regel:waarschuwen|aanmoediging|-0.99
regel:waarschuwen|bevelen|-1.73
regel:waarschuwen|waarschuwen|13.38
regel:waarschuwen|moraliseren|-0.97
regel:waarschuwen|adviseren|-1.97
regel:waarschuwen|argumenteren|-0.99
regel:waarschuwen|bekritiseren|0.39
regel:waarschuwen|prijzen|-0.97
regel:waarschuwen|etiketteren|-0.99
regel:waarschuwen|geruststellen|-0.95
regel:waarschuwen|ondervragen|-0.91
regel:waarschuwen|afleiden|-0.96
regel:waarschuwen|afronding-aankondigen|-1.0
vraag|jij-boodschap|1.69
vraag|parafrase|-2.9
vraag|gevoelsreflectie|-1.06
vraag|samenvatting|-1.97
vraag|open-vraag|3.92
vraag|aanmoediging|-1.01
vraag|bevelen|-1.84
vraag|waarschuwen|-1.0
vraag|moraliseren|-1.0
vraag|argumenteren|-1.98
vraag|bekritiseren|-1.01
vraag|prijzen|-1.92
vraag|etiketteren|-1.99
vraag|interpreteren|-1.0
vraag|geruststellen|-1.0
vraag|ondervragen|-1.03
vraag|afleiden|0.99
vraag|afronding-aankondigen|-1.98
vraag|vervolgafspraak|0.72
vraag|bedanken|-1.98
w:'ouwe'|samenvatting|-0.93
w:'s|jij-boodschap|0.83
w:'s|parafrase|0.84
w:'s|gevoelsreflectie|-0.66
w:'s|samenvatting|-0.99
w:'s|open-vraag|-1.0
w:'s|adviseren|1.99
w:'s|bekritiseren|1.89
w:'s|prijzen|-0.99
w:1|waarschuwen|0.98
w:1|argumenteren|0.97
w:1|etiketteren|-0.99
w:1|vervolgafspraak|-0.97
w:12|argumenteren|0.69
w:14|samenvatting|0.94
w:14|argumenteren|0.96
w:14|vervolgafspraak|1.86
w:2|jij-boodschap|-0.98
w:2|bekritiseren|-0.78
w:2b|bekritiseren|-0.43
w:4|jij-boodschap|-0.98
w:4|open-vraag|0.99
w:4|argumenteren|1.35
w:4|bekritiseren|-0.78
w:4|interpreteren|-0.97
w:4|afleiden|-1.91
w:5|jij-boodschap|-0.98
w:5|argumenteren|1.08
w:5|bekritiseren|-0.78
w:5|interpreteren|-0.97
w:5|afleiden|-0.97
w:6|parafrase|0.94
w:7|open-vraag|0.99
w:7|prijzen|0.97
w:8|parafrase|0.94
w:9|jij-boodschap|-0.98
w:9|bekritiseren|-0.78
w:?|ik-boodschap|-2.02
w:?|jij-boodschap|-0.12
w:?|parafrase|-2.9
w:?|gevoelsreflectie|-1.15
w:?|samenvatting|-1.97
w:?|open-vraag|2.84
w:?|bevelen|-1.84
w:?|waarschuwen|-1.0
w:?|moraliseren|-1.3
w:?|adviseren|-0.84
w:?|argumenteren|-1.98
w:?|bekritiseren|-0.88
w:?|prijzen|-0.94
w:?|etiketteren|-1.99
w:?|interpreteren|-1.0
w:?|geruststellen|-1.07
w:?|ondervragen|4.88
w:?|afleiden|-0.82
w:?|afronding-aankondigen|-1.05
w:?|vervolgafspraak|-1.16
w:?|bedanken|-3.96
w:aan|ik-boodschap|-0.93
w:aan|jij-boodschap|0.79
w:aan|parafrase|0.91
w:aan|samenvatting|0.94
w:aan|open-vraag|1.02
w:aan|aanmoediging|-0.9
w:aan|bevelen|1.64
w:aan|moraliseren|-1.8
w:aan|argumenteren|-1.26
w:aan|bekritiseren|-1.26
w:aan|interpreteren|-0.9
w:aan|geruststellen|-1.8
w:aan|afleiden|0.66
w:aanbieden|bevelen|0.99
w:aandacht|moraliseren|-0.72
w:aangekondigd|jij-boodschap|-0.98
w:aangekondigd|bekritiseren|-0.98
w:aanmodderen|bevelen|-0.97
w:aanmodderen|adviseren|-0.97
w:aanpak|ik-boodschap|-1.0
w:aanpak|prijzen|1.0
w:aanpakken|parafrase|-0.91
w:aanpakken|samenvatting|0.92
w:aanpakken|open-vraag|0.92
w:aanpakken|adviseren|1.0
w:aansluiting|ik-boodschap|0.2
w:aansluiting|samenvatting|-0.94
w:aanspreekpunt|bedanken|-0.7
w:aanstelt|jij-boodschap|2.42
w:aanstelt|bekritiseren|2.51
w:aantrekt|jij-boodschap|0.92
w:aantrekt|samenvatting|-0.8
w:aantrekt|bekritiseren|0.92
w:aardrijkskunde|ik-boodschap|0.96
w:aardrijkskunde|jij-boodschap|-0.96
w:aardrijkskunde|bekritiseren|-0.96
w:absenties|samenvatting|-0.72
w:accepteren|parafrase|-1.0
w:accepteren|moraliseren|-1.0
w:accepteren|interpreteren|1.0
w:ach|gevoelsreflectie|0.96
w:ach|argumenteren|-0.88
w:ach|prijzen|-0.96
w:ach|etiketteren|1.03
w:ach|geruststellen|-1.82
w:ach|afleiden|2.97
w:acht|ik-boodschap|-0.96
w:acht|bevelen|0.94
w:acht|argumenteren|-0.99
w:acht|vervolgafspraak|-0.82
w:achter|waarschuwen|-0.99
w:achter|adviseren|-0.91
w:achter|argumenteren|-0.99
w:achter|afleiden|-0.91
w:achter|vervolgafspraak|-0.96
w:achterin|bevelen|0.94
w:achterloopt|moraliseren|-0.89
w:achterloopt|argumenteren|0.89
w:achterloopt|bekritiseren|0.96
w:achterstand|bekritiseren|-0.96
w:actie|bekritiseren|-1.72
w:administratie|ik-boodschap|0.95
w:administratie|waarschuwen|-0.95
w:advies|moraliseren|-0.92
w:advies|adviseren|-1.0
w:advocaat|etiketteren|0.91
w:af|ik-boodschap|-0.86
w:af|samenvatting|-0.94
w:af|bevelen|-0.99
w:af|waarschuwen|0.91
w:af|moraliseren|-0.96
w:af|etiketteren|-0.97
w:af|interpreteren|-0.97
w:af|geruststellen|-0.98
w:af|afronding-aankondigen|2.84
w:af|vervolgafspraak|0.19
w:af|bedanken|1.81
w:afdelingsleider|bevelen|0.85
w:afgelopen|ik-boodschap|1.72
w:afgelopen|jij-boodschap|-0.96
w:afgelopen|open-vraag|1.0
w:afgelopen|bekritiseren|-1.93
w:afgerond|argumenteren|0.98
w:aflopen|waarschuwen|1.0
w:aflopen|adviseren|-1.0
w:aflopen|afronding-aankondigen|-1.0
w:afmaakt|jij-boodschap|0.97
w:afmaakt|bekritiseren|1.7
w:afmaakt|geruststellen|-0.97
w:afmaken|aanmoediging|-0.96
w:afmaken|bevelen|1.78
w:afmaken|bekritiseren|0.33
w:afmeldt|ik-boodschap|-1.0
w:afmeldt|moraliseren|1.0
w:afronden|ik-boodschap|0.91
w:afronden|samenvatting|0.92
w:afronden|bevelen|-0.99
w:afronden|bedanken|-1.02
w:afsluiten|waarschuwen|-0.98
w:afsluiten|bekritiseren|-0.47
w:afsluiten|afronding-aankondigen|0.98
w:afsluiten|vervolgafspraak|-0.98
w:afspraak|ik-boodschap|0.99
w:afspraak|jij-boodschap|1.9
w:afspraak|samenvatting|0.94
w:afspraak|open-vraag|-1.0
w:afspraak|adviseren|0.97
w:afspraak|argumenteren|-1.7
w:afspraak|bekritiseren|1.0
w:afspraak|prijzen|-1.0
w:afspraak|afronding-aankondigen|0.86
w:afspraak|vervolgafspraak|0.17
w:afspraken|ik-boodschap|-0.95
w:afspraken|jij-boodschap|0.71
w:afspraken|samenvatting|-0.99
w:afspraken|open-vraag|0.1
w:afspraken|adviseren|-0.99
w:afspraken|bekritiseren|1.77
w:afspraken|vervolgafspraak|-0.95
w:afspraken|bedanken|-0.99
w:afspreekt|adviseren|0.96
w:afspreken|jij-boodschap|1.0
w:afspreken|parafrase|-1.0
w:afspreken|samenvatting|0.95
w:afspreken|adviseren|0.97
w:afspreken|vervolgafspraak|0.98
w:afwezig|ik-boodschap|0.95
w:afwezig|gevoelsreflectie|-0.84
w:afwezig|waarschuwen|-0.95
w:afwezig|argumenteren|0.96
w:afwezig|etiketteren|-0.75
w:afzet|bevelen|0.91
w:agenda|open-vraag|-0.96
w:agenda|moraliseren|0.86
w:agenda|adviseren|0.97
w:ah|open-vraag|-0.99
w:ah|aanmoediging|0.99
w:akkoord|parafrase|-0.97
w:akkoord|bekritiseren|-0.92
w:akkoord|prijzen|0.77
w:akkoord|etiketteren|-0.89
w:akkoord|vervolgafspraak|-0.81
w:al|ik-boodschap|0.22
w:al|jij-boodschap|-1.26
w:al|gevoelsreflectie|-1.0
w:al|samenvatting|-2.0
w:al|open-vraag|-1.0
w:al|aanmoediging|-1.0
w:al|bevelen|-1.0
w:al|waarschuwen|-2.93
w:al|moraliseren|-1.0
w:al|argumenteren|1.9
w:al|bekritiseren|0.52
w:al|prijzen|-1.0
w:al|etiketteren|-1.0
w:al|interpreteren|-1.0
w:al|geruststellen|-1.0
w:al|ondervragen|-1.96
w:al|afleiden|-1.02
w:al|afronding-aankondigen|-1.0
w:al|vervolgafspraak|-2.0
w:al|bedanken|-1.0
w:alle|jij-boodschap|1.61
w:alle|aanmoediging|0.91
w:alle|bevelen|-0.8
w:alle|bekritiseren|0.66
w:alle|etiketteren|-0.92
w:allebei|ik-boodschap|1.0
w:allebei|parafrase|-0.98
w:allebei|samenvatting|0.12
w:allebei|open-vraag|-0.59
w:alleen|ik-boodschap|0.12
w:alleen|jij-boodschap|-1.94
w:alleen|parafrase|-0.9
w:alleen|bevelen|-1.0
w:alleen|waarschuwen|-0.91
w:alleen|moraliseren|-1.0
w:alleen|adviseren|-0.89
w:alleen|bekritiseren|-3.79
w:alleen|prijzen|-0.94
w:alleen|interpreteren|0.93
w:alleen|ondervragen|-1.9
w:alleen|vervolgafspraak|-1.0
w:allemaal|ik-boodschap|0.84
w:allemaal|argumenteren|1.0
w:allemaal|bekritiseren|-0.91
w:allemaal|prijzen|0.93
w:allemaal|geruststellen|0.92
w:allemaal|afleiden|0.94
w:alles|ik-boodschap|0.99
w:alles|parafrase|-0.98
w:alles|gevoelsreflectie|-0.89
w:alles|samenvatting|0.97
w:alles|prijzen|1.0
w:alles|etiketteren|1.07
w:alles|afleiden|-0.99
w:als|ik-boodschap|2.5
w:als|jij-boodschap|-1.95
w:als|parafrase|-0.14
w:als|gevoelsreflectie|0.14
w:als|samenvatting|-1.09
w:als|open-vraag|-0.94
w:als|waarschuwen|0.87
w:als|moraliseren|0.99
w:als|adviseren|0.77
w:als|argumenteren|-2.68
w:als|bekritiseren|-0.82
w:als|prijzen|0.79
w:als|interpreteren|-0.93
w:als|afleiden|-2.91
w:als|afronding-aankondigen|-1.0
w:als|vervolgafspraak|-3.9
w:alsof|gevoelsreflectie|1.87
w:alsof|moraliseren|-1.0
w:alsof|bekritiseren|0.93
w:alsof|geruststellen|-0.84
w:alstublieft|bevelen|0.99
w:altijd|ik-boodschap|-0.95
w:altijd|jij-boodschap|0.84
w:altijd|bevelen|-0.87
w:altijd|waarschuwen|-0.98
w:altijd|moraliseren|-0.6
w:altijd|adviseren|-0.93
w:altijd|bekritiseren|1.23
w:altijd|prijzen|2.72
w:altijd|interpreteren|-0.98
w:altijd|geruststellen|-1.0
w:altijd|vervolgafspraak|-0.81
w:amira|ik-boodschap|1.62
w:amira|jij-boodschap|-0.68
w:amira|gevoelsreflectie|-0.96
w:amira|bekritiseren|1.55
w:ander|parafrase|1.0
w:ander|gevoelsreflectie|-1.0
w:ander|samenvatting|-0.88
w:ander|geruststellen|-1.0
w:ander|afleiden|0.34
w:andere|ik-boodschap|-0.72
w:andere|jij-boodschap|0.91
w:andere|parafrase|1.96
w:andere|gevoelsreflectie|-0.98
w:andere|samenvatting|-1.34
w:andere|argumenteren|-0.94
w:andere|bekritiseren|0.72
w:andere|etiketteren|-0.96
w:andere|interpreteren|-0.94
w:andere|geruststellen|-0.97
w:andere|afleiden|0.98
w:anderen|ik-boodschap|2.51
w:anderen|gevoelsreflectie|-0.89
w:anderen|samenvatting|-0.93
w:anderen|afleiden|-0.99
w:anders|jij-boodschap|-0.86
w:anders|gevoelsreflectie|-1.0
w:anders|samenvatting|0.28
w:anders|open-vraag|0.97
w:anders|aanmoediging|-0.96
w:anders|waarschuwen|0.85
w:anders|bekritiseren|-1.89
w:anders|prijzen|0.97
w:anders|ondervragen|-0.91
w:anders|afleiden|1.0
w:andersom|jij-boodschap|1.84
w:angst|gevoelsreflectie|0.73
w:angst|interpreteren|0.95
w:antwoord|ik-boodschap|0.99
w:antwoord|argumenteren|-0.71
w:apart|ik-boodschap|0.99
w:apart|gevoelsreflectie|-0.89
w:apart|afleiden|-0.99
w:app|gevoelsreflectie|-0.92
w:app|vervolgafspraak|0.7
w:artis|prijzen|-0.92
w:avond|open-vraag|-0.96
w:avond|bevelen|-0.94
w:avond|adviseren|1.07
w:avond|bekritiseren|0.98
w:avond|afleiden|-0.91
w:avonds|jij-boodschap|0.14
w:avonds|parafrase|0.91
w:avonds|open-vraag|-1.0
w:avonds|adviseren|1.0
w:avonds|bekritiseren|0.92
w:avonds|prijzen|-0.99
w:ayoub|ik-boodschap|0.74
w:baalt|gevoelsreflectie|0.64
w:baalt|open-vraag|-0.97
w:baalt|bekritiseren|-0.81
w:baalt|afleiden|0.96
w:baby|etiketteren|1.76
w:baby|afleiden|-0.77
w:babyachtig|etiketteren|1.7
w:bak|argumenteren|-0.99
w:balen|gevoelsreflectie|-0.71
w:balen|open-vraag|0.97
w:ballon|samenvatting|-1.0
w:bang|parafrase|-0.9
w:bang|samenvatting|0.7
w:bang|open-vraag|-0.97
w:bang|prijzen|-1.0
w:bang|interpreteren|0.96
w:bang|geruststellen|0.95
w:bang|afronding-aankondigen|-0.97
w:bankje|bekritiseren|-0.54
w:bas|ik-boodschap|1.0
w:basisschool|ik-boodschap|-0.88
w:bed|gevoelsreflectie|-0.92
w:bed|bevelen|-1.0
w:bed|waarschuwen|-0.99
w:bed|argumenteren|-1.0
w:bed|prijzen|0.94
w:bed|ondervragen|0.97
w:bedankt|gevoelsreflectie|-0.92
w:bedankt|waarschuwen|-1.0
w:bedankt|bekritiseren|1.76
w:bedankt|interpreteren|-0.98
w:bedankt|geruststellen|-0.99
w:bedankt|afleiden|-1.0
w:bedankt|afronding-aankondigen|-0.95
w:bedankt|vervolgafspraak|-0.74
w:bedankt|bedanken|1.21
w:bedoelt|parafrase|1.98
w:bedoelt|samenvatting|-0.94
w:bedtijd|ik-boodschap|-0.95
w:bedtijd|samenvatting|0.95
w:beetje|ik-boodschap|-0.89
w:beetje|jij-boodschap|-0.97
w:beetje|gevoelsreflectie|2.53
w:beetje|bevelen|-0.91
w:beetje|argumenteren|-0.97
w:beetje|bekritiseren|-0.97
w:beetje|geruststellen|0.12
w:beetje|afronding-aankondigen|-0.94
w:begeleiden|ik-boodschap|-0.82
w:begeleiden|aanmoediging|-0.96
w:begeleiden|waarschuwen|0.96
w:begeleiding|argumenteren|-0.9
w:begin|jij-boodschap|-0.95
w:beginnen|afleiden|-0.58
w:begint|jij-boodschap|1.8
w:begint|bekritiseren|-3.38
w:begint|vervolgafspraak|-0.96
w:begon|jij-boodschap|-0.91
w:begon|parafrase|0.76
w:begon|samenvatting|0.9
w:begonnen|parafrase|0.97
w:begonnen|bekritiseren|0.74
w:begonnen|etiketteren|-0.99
w:begrijp|ik-boodschap|-1.72
w:begrijp|jij-boodschap|0.24
w:begrijp|parafrase|2.98
w:begrijp|gevoelsreflectie|1.09
w:begrijp|open-vraag|-0.99
w:begrijp|argumenteren|0.68
w:begrijp|geruststellen|0.91
w:begrijpen|argumenteren|0.99
w:begrijpt|gevoelsreflectie|-0.98
w:begrijpt|prijzen|1.0
w:begrijpt|bedanken|-1.0
w:begrip|afronding-aankondigen|-1.0
w:begrip|bedanken|1.0
w:behoorlijk|jij-boodschap|-0.9
w:behoorlijk|bekritiseren|0.92
w:behulpzaam|jij-boodschap|-0.97
w:behulpzaam|bekritiseren|0.97
w:behulpzaam|vervolgafspraak|-0.97
w:behulpzaam|bedanken|-2.5
w:behulpzame|etiketteren|-0.91
w:bel|ik-boodschap|-1.0
w:bel|gevoelsreflectie|-1.0
w:bel|samenvatting|-0.93
w:bel|waarschuwen|2.05
w:bel|vervolgafspraak|2.82
w:belachelijke|bekritiseren|0.95
w:belangrijk|afleiden|0.99
w:belangrijkste|gevoelsreflectie|-0.92
w:bellen|jij-boodschap|-0.86
w:bellen|samenvatting|-0.99
w:bellen|bekritiseren|-2.17
w:bellen|vervolgafspraak|0.95
w:bellen|bedanken|-1.76
w:belt|jij-boodschap|1.91
w:belt|samenvatting|0.92
w:belt|bevelen|0.93
w:belt|bekritiseren|1.38
w:belt|bedanken|0.69
w:bemoeien|bevelen|0.93
w:bemoeit|jij-boodschap|0.95
w:bemoeit|gevoelsreflectie|-0.85
w:bemoeit|bekritiseren|0.85
w:ben|ik-boodschap|0.86
w:ben|jij-boodschap|0.95
w:ben|parafrase|0.99
w:ben|samenvatting|-1.0
w:ben|open-vraag|0.75
w:ben|bevelen|-0.89
w:ben|bekritiseren|-1.71
w:ben|prijzen|-0.8
w:ben|geruststellen|1.15
w:ben|bedanken|0.99
w:beneden|jij-boodschap|-0.78
w:beneden|parafrase|0.91
w:beneden|gevoelsreflectie|1.0
w:beneden|open-vraag|-1.0
w:beneden|adviseren|1.0
w:benieuwd|open-vraag|0.74
w:bent|ik-boodschap|-0.79
w:bent|jij-boodschap|-0.87
w:bent|gevoelsreflectie|1.78
w:bent|samenvatting|0.7
w:bent|open-vraag|-1.8
w:bent|aanmoediging|-1.94
w:bent|bevelen|-1.99
w:bent|waarschuwen|-1.97
w:bent|adviseren|-1.91
w:bent|argumenteren|-0.3
w:bent|bekritiseren|-3.15
w:bent|prijzen|1.06
w:bent|etiketteren|1.77
w:bent|interpreteren|-0.99
w:bent|geruststellen|0.73
w:bent|ondervragen|1.88
w:bent|afleiden|-1.72
w:bent|afronding-aankondigen|-2.9
w:bent|vervolgafspraak|-0.97
w:bent|bedanken|2.77
w:bereikbaar|bekritiseren|-1.38
w:bereiken|open-vraag|0.6
w:bericht|jij-boodschap|1.81
w:bericht|argumenteren|0.7
w:bericht|bekritiseren|1.53
w:bericht|vervolgafspraak|-0.97
w:berichten|jij-boodschap|0.9
w:berichten|argumenteren|-0.94
w:berichten|bekritiseren|1.69
w:berichten|vervolgafspraak|-0.95
w:bescherming|bekritiseren|0.92
w:beschermt|jij-boodschap|-0.83
w:beschermt|bekritiseren|-1.38
w:beschermt|interpreteren|0.98
w:beschermt|bedanken|-0.99
w:beslissing|bekritiseren|1.0
w:beslissing|geruststellen|-0.75
w:besloten|geruststellen|-0.93
w:besluit|bedanken|0.94
w:bespreken|ik-boodschap|0.9
w:bespreken|samenvatting|1.54
w:bespreken|moraliseren|-1.0
w:bespreken|bekritiseren|-0.72
w:bespreken|afleiden|1.0
w:bespreken|vervolgafspraak|0.94
w:besproken|ik-boodschap|-0.9
w:besproken|gevoelsreflectie|-1.0
w:besproken|samenvatting|1.0
w:besproken|open-vraag|-0.93
w:besproken|vervolgafspraak|-0.76
w:best|jij-boodschap|-2.92
w:best|gevoelsreflectie|-0.1
w:best|open-vraag|0.99
w:best|moraliseren|0.91
w:best|adviseren|-2.83
w:best|bekritiseren|-1.65
w:best|prijzen|0.94
w:beste|ik-boodschap|-1.0
w:beste|samenvatting|-0.83
w:beste|open-vraag|-0.72
w:beste|moraliseren|0.69
w:beste|prijzen|1.0
w:beste|interpreteren|-0.93
w:beste|geruststellen|0.37
w:beter|parafrase|1.0
w:beter|samenvatting|0.93
w:beter|open-vraag|-0.93
w:beter|bevelen|1.14
w:beter|waarschuwen|-1.0
w:beter|adviseren|1.18
w:beter|argumenteren|-1.0
w:beter|bekritiseren|-0.91
w:beter|etiketteren|0.97
w:beter|geruststellen|1.96
w:betrokken|gevoelsreflectie|-0.83
w:betrokken|bevelen|-0.99
w:betrokken|adviseren|-0.96
w:betrokken|prijzen|1.0
w:betrokken|etiketteren|-0.89
w:betweter|etiketteren|0.88
w:bevalt|gevoelsreflectie|-0.99
w:bevalt|open-vraag|-1.62
w:bevalt|afleiden|0.84
w:bezig|bekritiseren|1.34
w:bezig|etiketteren|-0.95
w:bezig|interpreteren|0.93
w:bezorgd|ik-boodschap|1.85
w:bezorgd|jij-boodschap|-0.99
w:bezorgd|bekritiseren|-0.99
w:bezorgd|vervolgafspraak|0.81
w:beëindigen|ik-boodschap|-1.0
w:beëindigen|gevoelsreflectie|-1.0
w:beëindigen|afronding-aankondigen|1.0
w:bibliotheek|ondervragen|-0.86
w:bieden|waarschuwen|-0.98
w:biedt|bevelen|0.64
w:biedt|moraliseren|-0.9
w:biedt|interpreteren|-0.9
w:bij|ik-boodschap|-1.13
w:bij|jij-boodschap|-2.85
w:bij|parafrase|1.98
w:bij|gevoelsreflectie|-1.09
w:bij|samenvatting|-0.47
w:bij|open-vraag|-0.59
w:bij|bevelen|0.12
w:bij|waarschuwen|-1.07
w:bij|moraliseren|-1.73
w:bij|adviseren|1.0
w:bij|argumenteren|-0.99
w:bij|bekritiseren|-1.45
w:bij|prijzen|-0.84
w:bij|interpreteren|-0.93
w:bij|geruststellen|-0.9
w:bij|ondervragen|-0.97
w:bij|afleiden|-0.18
w:bij|afronding-aankondigen|0.95
w:bij|vervolgafspraak|2.85
w:bij|bedanken|1.6
w:bijhoudt|samenvatting|0.99
w:bijhoudt|bevelen|-0.99
w:bijhoudt|prijzen|1.0
w:bijles|samenvatting|1.92
w:bijles|bevelen|0.9
w:bijles|bekritiseren|-0.28
w:bijles|prijzen|0.95
w:bijles|afleiden|-0.83
w:bijles|vervolgafspraak|-0.49
w:bijles|bedanken|-0.68
w:bijlesuren|etiketteren|-0.89
w:bijna|ik-boodschap|0.99
w:bijna|jij-boodschap|-1.92
w:bijna|parafrase|-0.99
w:bijna|open-vraag|0.99
w:bijna|aanmoediging|-0.99
w:bijna|vervolgafspraak|-0.99
w:bijna|bedanken|-1.8
w:bijwerkt|ik-boodschap|0.9
w:binnen|adviseren|-1.0
w:binnengekregen|bekritiseren|-0.84
w:binnenkomt|ik-boodschap|0.95
w:binnenkomt|jij-boodschap|-0.95
w:binnenkomt|open-vraag|0.87
w:binnenkwam|ik-boodschap|0.94
w:biologie|parafrase|0.99
w:biologie|bekritiseren|-0.84
w:biologie|afleiden|0.8
w:blaast|samenvatting|-1.0
w:blauw|ik-boodschap|0.94
w:blij|ik-boodschap|0.93
w:blijft|parafrase|-0.9
w:blijft|samenvatting|0.97
w:blijft|open-vraag|-0.93
w:blijft|adviseren|-0.97
w:blijft|prijzen|-0.97
w:blijft|geruststellen|-0.67
w:blijkbaar|bekritiseren|0.87
w:blijkt|argumenteren|1.96
w:blijkt|bekritiseren|-0.99
w:blijven|ik-boodschap|1.0
w:blijven|geruststellen|0.29
w:blijven|afleiden|-0.98
w:blijven|afronding-aankondigen|1.0
w:boeken|ik-boodschap|0.97
w:boeken|jij-boodschap|-0.97
w:boeken|moraliseren|-0.99
w:boeken|argumenteren|-0.97
w:boeken|bekritiseren|-0.97
w:boeken|ondervragen|-0.96
w:boos|parafrase|0.83
w:boos|gevoelsreflectie|2.78
w:boos|open-vraag|-1.9
w:boos|bevelen|-1.0
w:boos|bekritiseren|-1.0
w:boos|interpreteren|1.0
w:boos|geruststellen|-1.29
w:boos|ondervragen|0.91
w:boos|afleiden|0.96
w:boos|vervolgafspraak|-0.92
w:bouwt|bekritiseren|-0.96
w:bovenbouw|ik-boodschap|-0.8
w:bovenbouw|samenvatting|-0.94
w:bovenop|ik-boodschap|-0.95
w:bovenop|bekritiseren|0.69
w:bram|ik-boodschap|0.98
w:bram|parafrase|-0.99
w:bram|open-vraag|-1.65
w:bram|bevelen|-0.95
w:bram|moraliseren|-0.99
w:bram|adviseren|0.97
w:bram|bekritiseren|1.07
w:bram|prijzen|-1.79
w:bram|interpreteren|-0.97
w:bram|vervolgafspraak|-0.98
w:breek|afronding-aankondigen|0.92
w:brengt|bevelen|0.99
w:brief|ik-boodschap|-1.72
w:brief|etiketteren|-0.92
w:briefje|ondervragen|0.95
w:broertje|samenvatting|-0.99
w:broertje|afleiden|-0.81
w:brutaal|bekritiseren|-1.06
w:brutaal|etiketteren|-0.92
w:buikpijn|parafrase|0.91
w:buikpijn|gevoelsreflectie|-0.69
w:buikpijn|geruststellen|-0.97
w:buiten|ik-boodschap|0.96
w:buiten|aanmoediging|-0.96
w:buiten|bevelen|0.97
w:buiten|waarschuwen|0.96
w:buiten|moraliseren|-0.87
w:buitengesloten|gevoelsreflectie|0.97
w:bureau|bevelen|1.99
w:bus|ik-boodschap|-0.98
w:bus|prijzen|-0.98
w:bus|afleiden|-0.96
w:capuchon|moraliseren|-0.96
w:chagrijn|etiketteren|0.91
w:chagrijnig|vervolgafspraak|-0.98
w:cijfer|ik-boodschap|0.96
w:cijfer|jij-boodschap|-0.73
w:cijfer|parafrase|0.89
w:cijfer|bekritiseren|-1.81
w:cijfer|afleiden|0.8
w:cijfer|vervolgafspraak|0.84
w:cijferlijst|argumenteren|0.97
w:cijfers|ik-boodschap|-0.86
w:cijfers|parafrase|-0.98
w:cijfers|samenvatting|2.24
w:cijfers|open-vraag|1.86
w:cijfers|waarschuwen|-0.76
w:cijfers|moraliseren|-1.92
w:cijfers|bekritiseren|-0.91
w:cijfers|vervolgafspraak|-0.94
w:clown|argumenteren|-0.94
w:clown|bekritiseren|-0.68
w:clown|prijzen|-0.85
w:collega|bekritiseren|-0.96
w:collega|vervolgafspraak|0.84
w:collega's|bekritiseren|-1.89
w:computer|adviseren|-0.91
w:computer|afleiden|-0.91
w:concentratie|argumenteren|0.96
w:concentreren|vervolgafspraak|0.81
w:conciërge|ik-boodschap|-0.96
w:conciërge|aanmoediging|-0.96
w:conciërge|bevelen|-0.96
w:conciërge|waarschuwen|1.95
w:conciërge|adviseren|-0.97
w:consequent|bekritiseren|0.98
w:consequent|etiketteren|-0.98
w:contact|jij-boodschap|-0.97
w:contact|parafrase|1.58
w:contact|open-vraag|0.87
w:contact|aanmoediging|-0.99
w:contact|bekritiseren|0.83
w:contactpersoon|open-vraag|-0.94
w:controleert|bekritiseren|0.98
w:controleert|afleiden|-0.91
w:controleren|jij-boodschap|0.79
w:controleren|bekritiseren|-0.93
w:controleren|prijzen|1.0
w:curlingouder|etiketteren|0.81
w:daan|jij-boodschap|-2.95
w:daan|parafrase|1.0
w:daan|gevoelsreflectie|0.89
w:daan|open-vraag|-0.36
w:daan|bevelen|0.79
w:daan|moraliseren|-0.96
w:daan|adviseren|-1.76
w:daan|bekritiseren|-0.57
w:daan|ondervragen|-0.96
w:daan|vervolgafspraak|0.95
w:daar|ik-boodschap|0.65
w:daar|gevoelsreflectie|-0.11
w:daar|samenvatting|-1.66
w:daar|aanmoediging|-0.99
w:daar|bevelen|-0.97
w:daar|waarschuwen|-1.0
w:daar|moraliseren|-0.94
w:daar|argumenteren|1.01
w:daar|bekritiseren|0.51
w:daar|prijzen|-1.76
w:daar|etiketteren|0.98
w:daar|interpreteren|0.93
w:daar|ondervragen|1.0
w:daar|afleiden|0.76
w:daar|vervolgafspraak|-0.98
w:daaraan|parafrase|-0.99
w:daaraan|samenvatting|0.99
w:daardoor|ik-boodschap|0.17
w:daardoor|parafrase|-0.99
w:daardoor|gevoelsreflectie|-0.89
w:daardoor|samenvatting|0.99
w:daardoor|afleiden|-0.99
w:daarin|parafrase|1.0
w:daarin|gevoelsreflectie|-1.0
w:daarin|samenvatting|-0.88
w:daarin|geruststellen|-1.0
w:daarmee|bekritiseren|-0.95
w:daarnaar|open-vraag|-1.0
w:daarnaar|ondervragen|1.0
w:daarom|ik-boodschap|-0.99
w:daarom|parafrase|0.99
w:daarom|moraliseren|-0.72
w:daarom|interpreteren|1.96
w:daarom|afleiden|-0.98
w:daaronder|gevoelsreflectie|0.73
w:daaronder|interpreteren|0.95
w:daarop|ondervragen|-0.96
w:daartegenaan|jij-boodschap|-0.93
w:daartegenaan|open-vraag|1.8
w:daartegenaan|bekritiseren|-0.93
w:daarvan|ik-boodschap|0.94
w:daarvan|open-vraag|0.99
w:daarvoor|bekritiseren|-1.0
w:daarvoor|prijzen|-1.0
w:daarvoor|bedanken|1.0
w:dacht|open-vraag|-0.96
w:daden|moraliseren|0.95
w:dag|bevelen|0.99
w:dag|waarschuwen|0.91
w:dag|adviseren|0.83
w:dag|argumenteren|0.96
w:dag|ondervragen|0.96
w:dag|vervolgafspraak|-0.14
w:dagen|jij-boodschap|-0.1
w:dagen|parafrase|-0.81
w:dagen|bekritiseren|0.9
w:dagen|vervolgafspraak|-0.97
w:dalen|vervolgafspraak|-0.94
w:dan|ik-boodschap|2.64
w:dan|jij-boodschap|-1.85
w:dan|parafrase|1.82
w:dan|gevoelsreflectie|0.29
w:dan|samenvatting|-1.3
w:dan|open-vraag|-0.16
w:dan|waarschuwen|1.0
w:dan|adviseren|-0.96
w:dan|argumenteren|-1.68
w:dan|bekritiseren|-1.19
w:dan|prijzen|1.31
w:dan|etiketteren|-1.8
w:dan|interpreteren|0.97
w:dan|geruststellen|-1.83
w:dan|afleiden|-0.82
w:dan|afronding-aankondigen|-1.0
w:dan|bedanken|0.16
w:dank|ik-boodschap|-0.97
w:dank|samenvatting|-0.15
w:dank|bekritiseren|-0.87
w:dank|prijzen|-1.82
w:dank|afronding-aankondigen|0.93
w:dank|vervolgafspraak|-0.98
w:dank|bedanken|5.26
w:dankbaar|bedanken|0.99
w:dankjewel|afronding-aankondigen|-0.92
w:dankjewel|bedanken|1.84
w:dat|ik-boodschap|-1.55
w:dat|jij-boodschap|-0.81
w:dat|parafrase|0.14
w:dat|samenvatting|-1.96
w:dat|open-vraag|-0.1
w:dat|aanmoediging|-2.85
w:dat|bevelen|-0.59
w:dat|waarschuwen|-0.97
w:dat|moraliseren|-0.14
w:dat|adviseren|-1.04
w:dat|argumenteren|-0.64
w:dat|bekritiseren|-0.79
w:dat|prijzen|0.19
w:dat|etiketteren|-1.0
w:dat|interpreteren|-1.03
w:dat|geruststellen|-0.38
w:dat|ondervragen|-2.9
w:dat|afleiden|0.6
w:dat|afronding-aankondigen|-2.9
w:dat|vervolgafspraak|-2.92
w:dat|bedanken|-0.19
w:datum|ik-boodschap|-0.99
w:datum|afronding-aankondigen|-0.98
w:datum|vervolgafspraak|0.99
w:de|ik-boodschap|1.64
w:de|jij-boodschap|-2.8
w:de|parafrase|1.63
w:de|gevoelsreflectie|-2.71
w:de|samenvatting|1.09
w:de|open-vraag|-0.61
w:de|aanmoediging|-2.94
w:de|bevelen|-0.99
w:de|waarschuwen|-0.18
w:de|moraliseren|-2.98
w:de|adviseren|-1.71
w:de|argumenteren|-0.58
w:de|bekritiseren|-1.15
w:de|prijzen|-1.07
w:de|interpreteren|-1.92
w:de|geruststellen|-1.83
w:de|ondervragen|-1.15
w:de|afleiden|-0.17
w:de|afronding-aankondigen|-1.06
w:de|vervolgafspraak|0.9
w:de|bedanken|-1.65
w:deadline|adviseren|-1.0
w:deadline|argumenteren|0.97
w:deadline|vervolgafspraak|-0.97
w:deadlines|bekritiseren|-1.53
w:debatclub|ik-boodschap|1.0
w:deed|samenvatting|-0.56
w:deed|moraliseren|0.48
w:degene|jij-boodschap|1.84
w:degene|bekritiseren|-2.43
w:delen|open-vraag|0.96
w:delen|bekritiseren|-1.0
w:delen|prijzen|-1.0
w:denk|ik-boodschap|-0.99
w:denk|jij-boodschap|0.85
w:denk|gevoelsreflectie|-0.27
w:denk|waarschuwen|1.03
w:denk|bekritiseren|1.01
w:denk|interpreteren|2.92
w:denk|geruststellen|0.93
w:denk|afleiden|-0.87
w:denk|afronding-aankondigen|0.97
w:denken|bekritiseren|-0.28
w:denken|prijzen|0.95
w:denkt|ik-boodschap|-1.0
w:denkt|jij-boodschap|-1.0
w:denkt|samenvatting|0.66
w:denkt|open-vraag|0.66
w:denkt|geruststellen|0.97
w:denkt|ondervragen|-0.95
w:derde|ik-boodschap|-0.1
w:derde|waarschuwen|-0.97
w:deur|ik-boodschap|0.93
w:deur|parafrase|-0.89
w:deur|gevoelsreflectie|-0.75
w:deur|samenvatting|-0.95
w:deur|bekritiseren|-1.0
w:deze|jij-boodschap|-0.91
w:deze|parafrase|0.98
w:deze|gevoelsreflectie|-0.71
w:deze|open-vraag|0.33
w:deze|waarschuwen|-0.97
w:deze|adviseren|-1.0
w:deze|bekritiseren|-0.96
w:deze|geruststellen|0.99
w:deze|afleiden|0.99
w:dezelfde|etiketteren|-0.96
w:dicht|adviseren|0.96
w:dichtbij|bekritiseren|-0.9
w:dichtklapt|gevoelsreflectie|0.98
w:dichtklapt|open-vraag|0.86
w:dichtsloeg|ik-boodschap|-0.77
w:dichtsloeg|parafrase|-0.89
w:dichtsloeg|bekritiseren|-1.0
w:dichtsmeet|ik-boodschap|1.7
w:dichtsmeet|gevoelsreflectie|-0.75
w:dichtsmeet|samenvatting|-0.95
w:die|ik-boodschap|1.95
w:die|jij-boodschap|1.86
w:die|parafrase|0.93
w:die|open-vraag|-0.87
w:die|aanmoediging|-0.94
w:die|bevelen|-0.88
w:die|waarschuwen|-1.0
w:die|moraliseren|1.0
w:die|adviseren|0.91
w:die|argumenteren|1.95
w:die|bekritiseren|-1.24
w:die|prijzen|-0.96
w:die|interpreteren|0.9
w:die|geruststellen|-0.87
w:die|afleiden|-0.88
w:die|vervolgafspraak|-0.94
w:dingen|samenvatting|1.0
w:dingen|argumenteren|-0.89
w:dingen|vervolgafspraak|-0.76
w:dinsdag|samenvatting|0.75
w:dinsdag|bekritiseren|-1.0
w:dinsdag|afronding-aankondigen|0.98
w:dinsdag|vervolgafspraak|1.3
w:dinsdag|bedanken|0.94
w:dipje|geruststellen|1.71
w:diploma|jij-boodschap|0.71
w:diploma|waarschuwen|0.94
w:directeur|bekritiseren|0.6
w:directie|bedanken|0.94
w:discussieren|argumenteren|0.97
w:dit|ik-boodschap|-2.73
w:dit|parafrase|-1.95
w:dit|gevoelsreflectie|0.87
w:dit|open-vraag|-0.94
w:dit|aanmoediging|0.96
w:dit|bevelen|-0.99
w:dit|moraliseren|-0.72
w:dit|adviseren|-1.0
w:dit|bekritiseren|0.3
w:dit|prijzen|1.02
w:dit|etiketteren|-1.65
w:dit|interpreteren|-1.0
w:dit|geruststellen|-2.73
w:dit|ondervragen|-1.0
w:dit|afleiden|-0.74
w:dit|afronding-aankondigen|-1.96
w:dit|vervolgafspraak|-1.72
w:dit|bedanken|0.99
w:docent|parafrase|-0.98
w:docent|samenvatting|1.74
w:docent|aanmoediging|-0.95
w:docent|bevelen|-0.99
w:docent|moraliseren|1.98
w:docent|bekritiseren|1.74
w:docent|interpreteren|-1.0
w:docent|bedanken|-0.78
w:docenten|jij-boodschap|-0.6
w:docenten|moraliseren|-0.98
w:docenten|bekritiseren|0.98
w:dochter|ik-boodschap|0.91
w:dochter|jij-boodschap|0.97
w:dochter|adviseren|-0.93
w:dochter|argumenteren|-0.88
w:dochter|bekritiseren|1.02
w:doe|jij-boodschap|-1.85
w:doe|moraliseren|2.06
w:doe|argumenteren|-0.97
w:doe|bekritiseren|-1.85
w:doe|etiketteren|1.75
w:doe|ondervragen|0.95
w:doe|afleiden|-0.64
w:doe|afronding-aankondigen|-0.97
w:doen|gevoelsreflectie|-0.89
w:doen|open-vraag|-1.65
w:doen|bevelen|-0.63
w:doen|waarschuwen|0.84
w:doen|adviseren|-0.8
w:doen|argumenteren|1.0
w:doen|etiketteren|0.27
w:doen|geruststellen|0.38
w:doet|ik-boodschap|-0.1
w:doet|jij-boodschap|-0.8
w:doet|parafrase|-1.99
w:doet|gevoelsreflectie|-0.17
w:doet|open-vraag|-0.14
w:doet|bevelen|-0.99
w:doet|waarschuwen|-1.0
w:doet|moraliseren|0.95
w:doet|adviseren|-2.0
w:doet|bekritiseren|0.52
w:doet|prijzen|-0.94
w:doet|etiketteren|-0.64
w:doet|interpreteren|0.97
w:doet|afleiden|1.73
w:doet|vervolgafspraak|-0.95
w:doet|bedanken|0.99
w:donderdag|ik-boodschap|-0.97
w:donderdag|gevoelsreflectie|-1.0
w:donderdag|vervolgafspraak|2.75
w:donderdag|bedanken|0.54
w:door|ik-boodschap|1.51
w:door|parafrase|-1.0
w:door|gevoelsreflectie|1.66
w:door|samenvatting|-1.77
w:door|open-vraag|-0.96
w:door|aanmoediging|0.99
w:door|bekritiseren|0.11
w:door|geruststellen|-0.92
w:door|vervolgafspraak|-0.99
w:doordat|ik-boodschap|0.98
w:doordat|bekritiseren|-0.95
w:doordat|interpreteren|0.99
w:doordat|geruststellen|-0.84
w:doordeweeks|interpreteren|-0.93
w:doorgaan|samenvatting|-0.94
w:doorgaat|ik-boodschap|0.2
w:doorgaat|jij-boodschap|1.65
w:doorgaat|samenvatting|-0.94
w:doorgaat|waarschuwen|1.94
w:doorgaat|bekritiseren|0.96
w:doorgeven|ik-boodschap|0.95
w:doorgeven|waarschuwen|-0.95
w:doorheen|geruststellen|1.89
w:doorheen|bedanken|-0.99
w:doorneemt|adviseren|0.93
w:doornemen|adviseren|0.97
w:draait|adviseren|-0.97
w:draait|afleiden|-0.96
w:drama|bekritiseren|-2.01
w:drama|afleiden|0.99
w:dramatisch|bevelen|-0.93
w:dramatisch|geruststellen|0.73
w:drie|ik-boodschap|0.87
w:drie|jij-boodschap|1.61
w:drie|parafrase|-1.79
w:drie|gevoelsreflectie|-0.84
w:drie|samenvatting|1.92
w:drie|open-vraag|-1.0
w:drie|waarschuwen|-0.86
w:drie|moraliseren|-0.99
w:drie|adviseren|0.97
w:drie|argumenteren|0.96
w:drie|bekritiseren|0.92
w:drie|prijzen|-0.98
w:drie|etiketteren|-0.75
w:drie|afronding-aankondigen|-0.99
w:drie|vervolgafspraak|1.21
w:drie|bedanken|0.69
w:dromer|moraliseren|-0.94
w:druk|ik-boodschap|-0.88
w:druk|jij-boodschap|0.79
w:druk|samenvatting|0.94
w:druk|bevelen|0.79
w:druk|adviseren|-0.79
w:druk|argumenteren|-0.68
w:druk|bekritiseren|-0.93
w:druk|geruststellen|1.94
w:drukke|bedanken|-1.0
w:duidelijk|gevoelsreflectie|0.92
w:duidelijk|aanmoediging|-0.97
w:duidelijk|bevelen|0.87
w:duidelijk|argumenteren|2.69
w:duidelijk|vervolgafspraak|0.76
w:duidelijke|bekritiseren|-0.85
w:duits|samenvatting|-0.66
w:duits|open-vraag|0.97
w:durft|jij-boodschap|-0.91
w:durft|samenvatting|0.91
w:durft|interpreteren|-0.93
w:durft|geruststellen|-0.98
w:dus|ik-boodschap|-0.22
w:dus|jij-boodschap|-0.24
w:dus|parafrase|2.88
w:dus|gevoelsreflectie|-1.1
w:dus|samenvatting|0.13
w:dus|open-vraag|-1.63
w:dus|aanmoediging|-0.94
w:dus|bevelen|-1.98
w:dus|waarschuwen|-0.98
w:dus|moraliseren|-0.85
w:dus|adviseren|-0.83
w:dus|argumenteren|-1.85
w:dus|prijzen|3.6
w:dus|interpreteren|-1.94
w:dus|geruststellen|-0.84
w:dus|afleiden|-0.99
w:dus|afronding-aankondigen|-0.99
w:dus|vervolgafspraak|-0.87
w:dus|bedanken|-0.96
w:duurt|moraliseren|0.9
w:dwingen|adviseren|-0.95
w:dwingen|bekritiseren|-0.85
w:dyslexie|afleiden|-0.83
w:echt|ik-boodschap|3.31
w:echt|jij-boodschap|-2.59
w:echt|parafrase|-1.0
w:echt|gevoelsreflectie|1.64
w:echt|samenvatting|-0.92
w:echt|moraliseren|-1.0
w:echt|adviseren|-2.77
w:echt|argumenteren|-0.94
w:echt|bekritiseren|0.33
w:echt|prijzen|0.91
w:echt|etiketteren|1.3
w:echt|interpreteren|-0.98
w:echt|geruststellen|2.6
w:echt|vervolgafspraak|-2.92
w:echt|bedanken|-0.99
w:echte|argumenteren|-0.9
w:een|ik-boodschap|-1.93
w:een|jij-boodschap|-0.79
w:een|gevoelsreflectie|1.66
w:een|samenvatting|1.02
w:een|open-vraag|-1.81
w:een|bevelen|-1.8
w:een|waarschuwen|-0.11
w:een|moraliseren|-0.68
w:een|adviseren|0.77
w:een|argumenteren|1.67
w:een|bekritiseren|-1.86
w:een|etiketteren|0.97
w:een|interpreteren|-0.93
w:een|geruststellen|0.31
w:een|ondervragen|-0.91
w:een|afleiden|-0.65
w:een|afronding-aankondigen|-1.02
w:een|vervolgafspraak|1.88
w:een|bedanken|-0.5
w:eenmaal|bevelen|-0.98
w:eenmaal|waarschuwen|-0.98
w:eenmaal|moraliseren|0.89
w:eenmaal|argumenteren|-0.27
w:eenmaal|interpreteren|-0.97
w:eenmaal|geruststellen|-0.96
w:eenmaal|afleiden|-0.95
w:eens|ik-boodschap|1.84
w:eens|parafrase|-0.99
w:eens|gevoelsreflectie|-0.99
w:eens|samenvatting|-0.99
w:eens|bevelen|-0.74
w:eens|moraliseren|-0.92
w:eens|adviseren|1.99
w:eens|argumenteren|-0.96
w:eens|bekritiseren|0.2
w:eens|prijzen|-1.0
w:eens|etiketteren|-0.69
w:eens|interpreteren|-1.0
w:eens|geruststellen|-0.74
w:eens|ondervragen|-1.76
w:eens|afleiden|2.2
w:eens|vervolgafspraak|-1.0
w:eens|bedanken|-0.99
w:eentje|ik-boodschap|-0.76
w:eentje|bekritiseren|-0.54
w:eerder|gevoelsreflectie|0.71
w:eerder|open-vraag|-0.8
w:eerder|waarschuwen|-0.99
w:eerder|bekritiseren|0.83
w:eerlijk|ik-boodschap|-0.66
w:eerlijk|jij-boodschap|-0.58
w:eerlijk|open-vraag|0.6
w:eerlijk|bevelen|-0.91
w:eerlijk|moraliseren|0.9
w:eerlijk|adviseren|0.96
w:eerlijk|bekritiseren|0.94
w:eerlijk|etiketteren|0.91
w:eerlijk|geruststellen|-0.81
w:eerlijk|bedanken|0.85
w:eerst|jij-boodschap|-1.0
w:eerst|parafrase|1.0
w:eerst|bevelen|1.2
w:eerst|argumenteren|-0.98
w:eerst|bekritiseren|-0.38
w:eerst|geruststellen|-0.34
w:eerst|afleiden|1.0
w:eerste|ik-boodschap|-0.97
w:eerste|jij-boodschap|-0.97
w:eerste|parafrase|-0.91
w:eerste|gevoelsreflectie|-0.7
w:eerste|samenvatting|0.92
w:eerste|open-vraag|0.92
w:eerste|geruststellen|1.9
w:eerste|afleiden|-0.93
w:eerste|vervolgafspraak|0.92
w:eet|open-vraag|0.99
w:eet|interpreteren|-0.93
w:eigen|samenvatting|0.87
w:eigen|geruststellen|-0.99
w:eigenlijk|jij-boodschap|-0.1
w:eigenlijk|parafrase|1.0
w:eigenlijk|gevoelsreflectie|-1.99
w:eigenlijk|samenvatting|-0.88
w:eigenlijk|open-vraag|-4.02
w:eigenlijk|bevelen|-0.97
w:eigenlijk|moraliseren|-0.72
w:eigenlijk|argumenteren|-0.68
w:eigenlijk|bekritiseren|0.68
w:eigenlijk|etiketteren|-0.97
w:eigenlijk|interpreteren|1.94
w:eigenlijk|geruststellen|-1.99
w:eigenlijk|ondervragen|-1.0
w:eigenlijk|afleiden|1.69
w:eigenlijk|afronding-aankondigen|-0.97
w:eigenlijk|bedanken|-0.96
w:eind|ik-boodschap|-0.86
w:eind|waarschuwen|0.91
w:eind|vervolgafspraak|-0.96
w:einde|gevoelsreflectie|0.96
w:einde|afleiden|0.96
w:eindelijk|jij-boodschap|1.82
w:eindelijk|gevoelsreflectie|-0.99
w:eindelijk|bekritiseren|2.04
w:eindelijk|bedanken|-0.99
w:elf|jij-boodschap|-0.73
w:elf|parafrase|0.9
w:elf|argumenteren|0.9
w:elk|prijzen|-1.0
w:elk|geruststellen|1.0
w:elkaar|samenvatting|-1.48
w:elkaar|moraliseren|0.96
w:elkaar|afronding-aankondigen|-0.98
w:elkaar|bedanken|-0.78
w:elke|ik-boodschap|1.89
w:elke|samenvatting|0.75
w:elke|open-vraag|-0.96
w:elke|moraliseren|-0.87
w:elke|adviseren|2.87
w:elke|bekritiseren|1.11
w:elke|etiketteren|-0.77
w:elke|geruststellen|-0.13
w:elke|ondervragen|0.96
w:elke|afleiden|0.9
w:elke|vervolgafspraak|-0.95
w:emma|ik-boodschap|-0.9
w:emma|gevoelsreflectie|-1.98
w:emotioneel|gevoelsreflectie|0.9
w:en|ik-boodschap|1.77
w:en|jij-boodschap|0.68
w:en|parafrase|-2.81
w:en|gevoelsreflectie|-4.48
w:en|samenvatting|5.56
w:en|open-vraag|-1.75
w:en|bevelen|0.46
w:en|waarschuwen|-0.16
w:en|moraliseren|-1.86
w:en|adviseren|-1.96
w:en|argumenteren|-2.37
w:en|bekritiseren|0.64
w:en|prijzen|-1.98
w:en|interpreteren|-1.83
w:en|geruststellen|-1.85
w:en|afleiden|-3.62
w:en|afronding-aankondigen|0.89
w:en|vervolgafspraak|-0.96
w:en|bedanken|-0.49
w:eng|gevoelsreflectie|0.96
w:eng|adviseren|0.96
w:eng|vervolgafspraak|-0.97
w:engels|samenvatting|0.94
w:engels|open-vraag|0.94
w:engels|bekritiseren|-0.96
w:engels|vervolgafspraak|0.84
w:enige|interpreteren|-0.98
w:enige|geruststellen|0.98
w:enkel|jij-boodschap|1.81
w:enkel|moraliseren|-0.98
w:enkel|bekritiseren|1.66
w:enkele|ik-boodschap|1.95
w:enkele|jij-boodschap|-2.64
w:enkele|bekritiseren|-0.46
w:enorm|jij-boodschap|0.71
w:enorm|bekritiseren|0.54
w:enorm|prijzen|-0.76
w:enorme|gevoelsreflectie|0.86
w:er|ik-boodschap|0.3
w:er|jij-boodschap|-0.27
w:er|parafrase|-0.23
w:er|gevoelsreflectie|0.38
w:er|samenvatting|-1.82
w:er|open-vraag|2.31
w:er|aanmoediging|-0.97
w:er|bevelen|-1.91
w:er|moraliseren|-0.18
w:er|adviseren|-1.99
w:er|argumenteren|-0.72
w:er|bekritiseren|0.48
w:er|prijzen|-1.01
w:er|etiketteren|-1.76
w:er|interpreteren|-0.9
w:er|geruststellen|-0.88
w:er|ondervragen|0.96
w:er|afronding-aankondigen|1.97
w:er|vervolgafspraak|0.36
w:er|bedanken|0.54
w:erbij|ik-boodschap|-0.99
w:erbij|bevelen|0.85
w:erbij|adviseren|-0.97
w:erbij|bekritiseren|-0.91
w:erbij|vervolgafspraak|1.77
w:erbij|bedanken|-0.85
w:erg|argumenteren|-0.96
w:erg|bekritiseren|-1.9
w:erg|geruststellen|0.68
w:erg|afleiden|-0.68
w:erg|afronding-aankondigen|-1.0
w:erg|bedanken|1.0
w:erom|waarschuwen|0.95
w:erop|jij-boodschap|0.92
w:erop|samenvatting|-0.8
w:erop|bekritiseren|0.92
w:eruit|jij-boodschap|1.06
w:eruit|samenvatting|0.94
w:eruit|aanmoediging|-0.99
w:eruit|bevelen|-1.87
w:eruit|waarschuwen|1.92
w:eruit|bekritiseren|1.46
w:eruit|afleiden|-0.96
w:eruit|vervolgafspraak|0.94
w:ervan|gevoelsreflectie|-0.98
w:ervan|open-vraag|-0.96
w:ervan|afleiden|0.96
w:ervaring|ik-boodschap|-1.0
w:ervaring|prijzen|1.0
w:ervoor|bevelen|0.99
w:ervoor|moraliseren|0.92
w:eva|ik-boodschap|-0.94
w:evalueren|vervolgafspraak|0.93
w:even|ik-boodschap|-2.81
w:even|jij-boodschap|-2.03
w:even|parafrase|-2.92
w:even|samenvatting|2.98
w:even|aanmoediging|0.13
w:even|bevelen|2.7
w:even|waarschuwen|-1.92
w:even|moraliseren|-1.68
w:even|adviseren|-0.99
w:even|argumenteren|-1.94
w:even|bekritiseren|-1.67
w:even|prijzen|-0.1
w:even|etiketteren|-0.91
w:even|interpreteren|-0.93
w:even|ondervragen|-0.96
w:even|afleiden|0.4
w:even|afronding-aankondigen|-0.95
w:even|bedanken|-1.77
w:examenreglement|argumenteren|1.64
w:examens|jij-boodschap|-0.99
w:examens|bevelen|-0.78
w:examens|geruststellen|0.99
w:examens|afleiden|-0.84
w:excursie|prijzen|0.83
w:excursieformulier|parafrase|-1.0
w:excuses|bevelen|1.63
w:excuses|waarschuwen|-0.98
w:excuses|moraliseren|-0.9
w:excuses|interpreteren|-0.9
w:extra|samenvatting|0.87
w:extra|adviseren|-0.83
w:extra|prijzen|0.94
w:extra|etiketteren|-0.89
w:extra|interpreteren|0.93
w:extra|vervolgafspraak|-0.81
w:fatima|waarschuwen|-1.91
w:fatsoenlijk|moraliseren|0.8
w:feest|samenvatting|-1.0
w:feit|argumenteren|0.96
w:feit|geruststellen|-0.68
w:fenna|bekritiseren|-0.9
w:fenna|etiketteren|0.65
w:fijn|ik-boodschap|0.74
w:fijn|jij-boodschap|-0.15
w:fijn|waarschuwen|-1.0
w:fijn|bekritiseren|-0.6
w:fijn|prijzen|-1.0
w:fijn|etiketteren|-1.65
w:fijn|interpreteren|-1.0
w:fijn|vervolgafspraak|-0.89
w:fijn|bedanken|-1.61
w:fijne|moraliseren|-0.68
w:fijne|prijzen|0.77
w:fijne|afronding-aankondigen|-0.93
w:filmpjes|ik-boodschap|1.0
w:finn|samenvatting|-0.83
w:finn|prijzen|0.97
w:fleur|open-vraag|-0.92
w:formulier|bevelen|0.99
w:formulier|argumenteren|-0.89
w:fouten|jij-boodschap|-0.73
w:fouten|parafrase|0.9
w:fouten|argumenteren|0.9
w:frans|ik-boodschap|-0.11
w:frans|gevoelsreflectie|-1.0
w:frans|samenvatting|1.74
w:frans|bevelen|-0.99
w:frans|bedanken|-0.78
w:frustrerend|parafrase|-0.83
w:frustrerend|aanmoediging|-0.96
w:ga|jij-boodschap|0.12
w:ga|gevoelsreflectie|-0.99
w:ga|open-vraag|-1.65
w:ga|aanmoediging|0.99
w:ga|bevelen|2.61
w:ga|waarschuwen|0.69
w:ga|etiketteren|-1.85
w:ga|afleiden|-0.96
w:ga|vervolgafspraak|-1.76
w:ga|bedanken|-1.0
w:gaan|jij-boodschap|0.7
w:gaan|bevelen|-0.91
w:gaan|adviseren|0.94
w:gaan|bekritiseren|-0.92
w:gaan|prijzen|-0.92
w:gaan|afronding-aankondigen|-0.97
w:gaan|vervolgafspraak|-0.99
w:gaan|bedanken|-1.71
w:gaapt|samenvatting|-0.99
w:gaat|ik-boodschap|-0.87
w:gaat|jij-boodschap|-1.17
w:gaat|gevoelsreflectie|-2.34
w:gaat|samenvatting|0.25
w:gaat|waarschuwen|-0.9
w:gaat|moraliseren|-1.0
w:gaat|argumenteren|-1.89
w:gaat|bekritiseren|-0.97
w:gaat|prijzen|-0.19
w:gaat|interpreteren|-0.9
w:gaat|geruststellen|2.26
w:gaat|ondervragen|-1.86
w:gaat|afleiden|-0.24
w:gaat|vervolgafspraak|-0.78
w:gaat|bedanken|-0.91
w:gaf|ik-boodschap|-0.99
w:gaf|jij-boodschap|-0.93
w:gaf|open-vraag|0.93
w:gaf|bekritiseren|-0.93
w:gamen|jij-boodschap|-0.22
w:gamen|parafrase|-0.97
w:gamen|bekritiseren|0.97
w:gamen|ondervragen|-1.0
w:gamen|afleiden|-0.96
w:gamet|adviseren|0.91
w:gamet|bekritiseren|0.91
w:gang|open-vraag|-0.59
w:gang|waarschuwen|0.86
w:gang|bekritiseren|-0.92
w:gapen|ik-boodschap|0.96
w:gapen|moraliseren|-0.87
w:gaten|samenvatting|0.92
w:gaten|bevelen|0.98
w:gaten|geruststellen|0.84
w:gaten|bedanken|0.69
w:gebeld|parafrase|0.83
w:gebeld|open-vraag|-0.99
w:gebeld|vervolgafspraak|-0.97
w:gebeurd|ik-boodschap|0.93
w:gebeurd|open-vraag|0.92
w:gebeurd|bekritiseren|-0.85
w:gebeurd|geruststellen|0.92
w:gebeurd|ondervragen|-0.96
w:gebeurde|moraliseren|-1.0
w:gebeurde|afleiden|-0.96
w:gebeuren|waarschuwen|-1.0
w:gebeuren|geruststellen|1.92
w:gebeurt|jij-boodschap|0.76
w:gebeurt|parafrase|-0.99
w:gebeurt|gevoelsreflectie|-0.88
w:gebeurt|waarschuwen|0.97
w:gebeurt|moraliseren|-0.93
w:gebeurt|argumenteren|-0.96
w:gebeurt|bekritiseren|1.71
w:gebeurt|geruststellen|0.68
w:gebeurt|afleiden|-0.68
w:gebouw|afleiden|0.98
w:gebracht|samenvatting|-0.92
w:gebruiken|open-vraag|-1.55
w:gebruiken|adviseren|0.78
w:gecontroleerd|argumenteren|0.96
w:gecontroleerd|ondervragen|0.96
w:gecontroleerd|afleiden|-0.96
w:gedaan|ik-boodschap|-1.0
w:gedaan|bevelen|-1.99
w:gedaan|waarschuwen|-0.98
w:gedaan|bekritiseren|0.55
w:gedaan|etiketteren|-1.0
w:gedaan|geruststellen|-0.67
w:gedoe|parafrase|0.97
w:gedoe|open-vraag|-1.65
w:gedoe|bekritiseren|-0.97
w:gedoe|etiketteren|1.66
w:gedoe|geruststellen|-0.83
w:gedoe|afleiden|1.96
w:gedraagt|jij-boodschap|1.0
w:gedraagt|gevoelsreflectie|-1.0
w:gedraagt|bekritiseren|1.0
w:gedrag|ik-boodschap|-0.86
w:gedrag|samenvatting|0.13
w:gedrag|waarschuwen|0.84
w:gedrag|argumenteren|-0.96
w:gedrag|interpreteren|0.99
w:gedrag|geruststellen|-0.97
w:gedragen|moraliseren|0.69
w:geduld|bedanken|0.94
w:geduldige|etiketteren|-0.91
w:geduwd|gevoelsreflectie|0.85
w:geef|waarschuwen|-0.83
w:geeft|parafrase|0.91
w:geeft|gevoelsreflectie|-0.69
w:geeft|bevelen|0.86
w:geeft|bekritiseren|0.7
w:geen|ik-boodschap|2.16
w:geen|jij-boodschap|-1.66
w:geen|samenvatting|-0.86
w:geen|bevelen|-0.1
w:geen|waarschuwen|-1.0
w:geen|moraliseren|-2.87
w:geen|adviseren|-0.19
w:geen|argumenteren|0.85
w:geen|bekritiseren|-0.63
w:geen|etiketteren|-1.96
w:geen|geruststellen|1.2
w:geen|afronding-aankondigen|-0.98
w:geen|vervolgafspraak|0.76
w:gegaan|ik-boodschap|-0.99
w:gegeven|ondervragen|0.95
w:gegooid|jij-boodschap|0.96
w:gehad|ik-boodschap|0.76
w:gehad|jij-boodschap|-0.95
w:gehad|gevoelsreflectie|0.87
w:gehad|samenvatting|0.6
w:gehad|bekritiseren|-0.91
w:gehad|afleiden|-0.83
w:gehad|bedanken|-0.68
w:geholpen|jij-boodschap|-0.99
w:gehoord|ik-boodschap|-1.0
w:gehoord|parafrase|-1.0
w:gehoord|gevoelsreflectie|1.0
w:gehouden|gevoelsreflectie|0.97
w:gekeken|jij-boodschap|0.7
w:gekomen|ik-boodschap|1.91
w:gekomen|jij-boodschap|-0.97
w:gekomen|parafrase|0.99
w:gekomen|gevoelsreflectie|-0.83
w:gekomen|samenvatting|0.94
w:gekomen|argumenteren|-0.97
w:gekomen|bekritiseren|-2.69
w:gekomen|geruststellen|-0.99
w:gekomen|ondervragen|0.98
w:gekomen|afronding-aankondigen|-0.92
w:gekomen|vervolgafspraak|0.94
w:gekomen|bedanken|0.97
w:gekopieerd|open-vraag|-0.98
w:gekozen|parafrase|-0.99
w:gekozen|open-vraag|-1.86
w:gekwetst|parafrase|0.94
w:gekwetst|interpreteren|-0.94
w:gelaten|gevoelsreflectie|0.97
w:gelezen|jij-boodschap|0.95
w:gelezen|gevoelsreflectie|-0.85
w:gelezen|bekritiseren|0.85
w:gelezen|ondervragen|0.96
w:gelijk|jij-boodschap|-1.68
w:gelijk|parafrase|0.9
w:gelijk|argumenteren|0.9
w:gelijk|bekritiseren|-0.95
w:geloof|ik-boodschap|-0.88
w:gelopen|jij-boodschap|-0.71
w:gelopen|gevoelsreflectie|0.99
w:gemaakt|parafrase|0.97
w:gemaakt|samenvatting|-0.98
w:gemaakt|bekritiseren|0.92
w:gemaakt|ondervragen|1.0
w:gemaild|argumenteren|0.69
w:gemeld|ik-boodschap|0.26
w:gemeld|jij-boodschap|0.8
w:gemeld|gevoelsreflectie|0.71
w:gemeld|bekritiseren|0.98
w:gemengde|adviseren|-1.0
w:gemerkt|ik-boodschap|0.91
w:gemerkt|jij-boodschap|-0.86
w:gemerkt|parafrase|-1.0
w:gemerkt|open-vraag|1.0
w:gemerkt|bekritiseren|-0.86
w:gemiddeld|parafrase|0.94
w:gemiddeld|argumenteren|0.97
w:gemiddelde|ik-boodschap|0.96
w:gemiddelde|jij-boodschap|-0.96
w:gemiddelde|bekritiseren|-0.96
w:gemist|ik-boodschap|0.91
w:gemist|jij-boodschap|0.93
w:gemist|bekritiseren|0.93
w:gemist|geruststellen|-0.99
w:gemotiveerd|bekritiseren|-0.75
w:genegeerd|samenvatting|-0.94
w:genomen|adviseren|-1.0
w:genomen|geruststellen|-0.92
w:gepast|bekritiseren|1.78
w:gepast|geruststellen|-0.93
w:gepest|interpreteren|0.98
w:geprobeerd|jij-boodschap|-1.0
w:geprobeerd|adviseren|1.0
w:geprobeerd|afleiden|-1.0
w:geprobeerd|vervolgafspraak|-1.0
w:geraakt|ik-boodschap|0.94
w:gereageerd|jij-boodschap|0.85
w:gereageerd|bekritiseren|0.69
w:gereageerd|ondervragen|-0.96
w:gerust|ik-boodschap|-0.91
w:gerust|aanmoediging|0.96
w:gerust|adviseren|0.86
w:gerust|geruststellen|0.84
w:geschorst|waarschuwen|0.86
w:geschrokken|ik-boodschap|0.93
w:geschrokken|parafrase|-0.94
w:geschrokken|gevoelsreflectie|1.38
w:geschrokken|samenvatting|-1.0
w:geschrokken|open-vraag|0.99
w:geschrokken|argumenteren|0.68
w:geschrokken|prijzen|-0.76
w:geschrokken|afleiden|-0.95
w:geslagen|prijzen|-1.0
w:gesprek|ik-boodschap|-1.01
w:gesprek|jij-boodschap|-1.67
w:gesprek|open-vraag|-0.99
w:gesprek|aanmoediging|-0.96
w:gesprek|bevelen|-0.99
w:gesprek|adviseren|-0.97
w:gesprek|bekritiseren|-1.68
w:gesprek|etiketteren|-0.65
w:gesprek|ondervragen|0.95
w:gesprek|afronding-aankondigen|-0.84
w:gesprek|vervolgafspraak|0.68
w:gesprek|bedanken|1.33
w:gesproken|afleiden|0.92
w:gestegen|waarschuwen|-0.9
w:gesteld|etiketteren|-0.96
w:gestrest|adviseren|0.83
w:gestrest|afronding-aankondigen|-1.0
w:gestuurd|waarschuwen|0.84
w:getik|jij-boodschap|-0.86
w:gevallen|ik-boodschap|0.96
w:geven|waarschuwen|-0.98
w:geven|moraliseren|0.98
w:geven|adviseren|-1.96
w:geven|bekritiseren|-0.67
w:geven|interpreteren|0.93
w:geven|afleiden|-0.98
w:gevoel|gevoelsreflectie|-0.86
w:gevoel|bedanken|-0.96
w:gevolgen|moraliseren|0.95
w:gewaarschuwd|waarschuwen|0.87
w:geweest|gevoelsreflectie|1.0
w:geweest|bekritiseren|-0.27
w:geweest|etiketteren|-0.75
w:geweest|bedanken|-0.84
w:geweldig|adviseren|-0.96
w:geweldige|waarschuwen|-1.0
w:geweldige|bekritiseren|2.74
w:geweldige|afleiden|-1.0
w:geweldige|bedanken|-3.25
w:gewend|geruststellen|0.99
w:gewerkt|jij-boodschap|-0.76
w:gewerkt|bevelen|-0.99
w:gewerkt|bekritiseren|-0.88
w:gewogen|argumenteren|0.97
w:gewond|ik-boodschap|0.81
w:gewone|gevoelsreflectie|-0.96
w:gewoon|ik-boodschap|-0.97
w:gewoon|jij-boodschap|1.23
w:gewoon|parafrase|0.9
w:gewoon|samenvatting|-0.72
w:gewoon|waarschuwen|-0.86
w:gewoon|moraliseren|0.1
w:gewoon|adviseren|2.66
w:gewoon|argumenteren|1.82
w:gewoon|bekritiseren|-2.85
w:gewoon|prijzen|-1.0
w:gewoon|etiketteren|-0.24
w:gewoon|interpreteren|1.94
w:gewoon|geruststellen|0.33
w:gewoon|ondervragen|-0.97
w:gewoon|afleiden|-0.92
w:geworden|jij-boodschap|0.81
w:geworden|interpreteren|0.98
w:geworden|ondervragen|-0.95
w:gezakt|open-vraag|0.99
w:gezegd|ik-boodschap|-0.66
w:gezegd|jij-boodschap|-0.97
w:gezegd|samenvatting|1.0
w:gezegd|bevelen|-0.91
w:gezegd|argumenteren|-1.97
w:gezegd|bekritiseren|-1.06
w:gezegd|etiketteren|0.91
w:gezegd|geruststellen|-0.81
w:gezegd|ondervragen|0.91
w:gezegd|afleiden|-1.0
w:gezegd|bedanken|-0.99
w:gezien|ik-boodschap|-0.97
w:gezien|jij-boodschap|-0.96
w:gezien|aanmoediging|-0.94
w:gezien|argumenteren|-0.94
w:gezien|bekritiseren|-2.81
w:gezien|interpreteren|-0.94
w:gezien|afleiden|0.98
w:gezocht|jij-boodschap|-0.97
w:gezocht|open-vraag|-0.71
w:geïrriteerd|geruststellen|-0.91
w:gijs|ik-boodschap|0.9
w:ging|ik-boodschap|-1.88
w:ging|ondervragen|0.97
w:ging|vervolgafspraak|-0.97
w:gisteren|ik-boodschap|2.82
w:gisteren|parafrase|-0.89
w:gisteren|gevoelsreflectie|-0.75
w:gisteren|samenvatting|-0.95
w:gisteren|adviseren|-0.99
w:gisteren|bekritiseren|-1.0
w:gisteren|geruststellen|-0.99
w:goed|ik-boodschap|-4.49
w:goed|jij-boodschap|-1.02
w:goed|parafrase|2.77
w:goed|gevoelsreflectie|-0.85
w:goed|samenvatting|-2.66
w:goed|open-vraag|-2.1
w:goed|bevelen|-1.0
w:goed|waarschuwen|-1.97
w:goed|moraliseren|-0.13
w:goed|adviseren|-0.82
w:goed|bekritiseren|-1.2
w:goed|prijzen|0.79
w:goed|etiketteren|-0.99
w:goed|interpreteren|-0.99
w:goed|geruststellen|2.23
w:goed|afleiden|0.75
w:goed|afronding-aankondigen|-1.0
w:goed|vervolgafspraak|-1.0
w:goede|gevoelsreflectie|-1.0
w:goede|open-vraag|-1.0
w:goede|waarschuwen|-1.0
w:goede|moraliseren|1.05
w:goede|adviseren|-1.96
w:goede|prijzen|1.94
w:goede|etiketteren|-0.88
w:goede|interpreteren|-1.0
w:goede|geruststellen|-1.0
w:goede|ondervragen|-0.94
w:goede|afleiden|-0.98
w:goedemorgen|jij-boodschap|-0.98
w:goedenavond|aanmoediging|-0.91
w:goedenavond|etiketteren|-0.76
w:goedkomt|geruststellen|0.86
w:graag|parafrase|-0.94
w:graag|gevoelsreflectie|-1.0
w:graag|open-vraag|1.75
w:grammatica|ik-boodschap|0.78
w:grapje|argumenteren|-1.0
w:grapjes|ik-boodschap|-0.8
w:grapjes|interpreteren|0.97
w:grappen|interpreteren|-0.93
w:grens|interpreteren|0.95
w:grenzen|moraliseren|0.96
w:grenzen|afleiden|-0.96
w:grijpen|adviseren|0.91
w:grijpen|bekritiseren|0.91
w:groep|jij-boodschap|1.56
w:groep|gevoelsreflectie|0.87
w:groep|bekritiseren|0.71
w:groepje|adviseren|1.0
w:groepje|argumenteren|-1.0
w:groepje|bekritiseren|-1.0
w:groepsapp|samenvatting|0.94
w:groepsapp|open-vraag|0.94
w:groepsapp|bekritiseren|-0.97
w:groepsapp|geruststellen|-0.83
w:groepsapp|afleiden|0.97
w:groepsgenoten|jij-boodschap|1.0
w:groepsgenoten|gevoelsreflectie|-1.0
w:groepsgenoten|bekritiseren|1.0
w:groepsopdracht|ik-boodschap|0.99
w:groepsopdracht|gevoelsreflectie|-0.89
w:groepsopdracht|afleiden|-0.99
w:groningen|jij-boodschap|-0.85
w:grote|bekritiseren|0.56
w:grote|etiketteren|0.95
w:grote|afleiden|-0.95
w:gunt|bekritiseren|0.91
w:gym|ik-boodschap|1.0
w:gym|jij-boodschap|-0.68
w:gym|moraliseren|-1.0
w:gym|argumenteren|-0.98
w:gym|vervolgafspraak|-1.0
w:gymdocent|jij-boodschap|-0.93
w:gymdocent|open-vraag|0.93
w:gymdocent|bekritiseren|-0.93
w:gymkleren|ik-boodschap|0.98
w:gymles|ik-boodschap|0.93
w:gymles|gevoelsreflectie|0.85
w:haal|ik-boodschap|1.86
w:haal|bevelen|0.85
w:haal|waarschuwen|-0.63
w:haal|adviseren|0.78
w:haalde|argumenteren|0.94
w:haalt|jij-boodschap|0.71
w:haalt|samenvatting|0.97
w:haalt|waarschuwen|-0.87
w:haalt|argumenteren|1.05
w:haalt|etiketteren|-0.69
w:haalt|geruststellen|3.02
w:haalt|afleiden|0.99
w:haar|ik-boodschap|1.08
w:haar|jij-boodschap|0.15
w:haar|parafrase|-0.99
w:haar|samenvatting|-1.92
w:haar|open-vraag|0.92
w:haar|bevelen|-0.99
w:haar|waarschuwen|-1.96
w:haar|moraliseren|-1.0
w:haar|bekritiseren|-4.41
w:haar|etiketteren|-0.99
w:haar|interpreteren|0.98
w:haar|geruststellen|0.93
w:haar|ondervragen|0.91
w:haar|vervolgafspraak|0.81
w:haar|bedanken|-0.78
w:had|ik-boodschap|-1.7
w:had|jij-boodschap|-1.59
w:had|parafrase|2.12
w:had|open-vraag|-1.8
w:had|moraliseren|-0.85
w:had|argumenteren|0.9
w:had|bekritiseren|0.74
w:had|prijzen|-1.0
w:had|ondervragen|0.97
w:had|vervolgafspraak|-0.97
w:hadden|bekritiseren|0.83
w:haha|afleiden|0.81
w:halen|jij-boodschap|-0.99
w:halen|gevoelsreflectie|-0.51
w:halen|bevelen|-0.78
w:halen|bekritiseren|-0.96
w:halen|prijzen|0.97
w:halen|geruststellen|0.99
w:halen|afleiden|-0.84
w:half|ik-boodschap|-0.97
w:half|gevoelsreflectie|-0.7
w:half|samenvatting|0.92
w:half|adviseren|0.83
w:half|afronding-aankondigen|0.97
w:half|vervolgafspraak|0.97
w:half|bedanken|1.23
w:halverwege|ik-boodschap|0.99
w:halverwege|vervolgafspraak|-0.99
w:hamza|bekritiseren|-0.96
w:hand|jij-boodschap|0.98
w:hand|argumenteren|-1.0
w:hand|bekritiseren|0.98
w:hand|geruststellen|-0.84
w:handige|bekritiseren|0.84
w:hard|jij-boodschap|-0.76
w:hard|gevoelsreflectie|-0.98
w:hard|bevelen|-0.99
w:hard|bekritiseren|-0.88
w:hardop|geruststellen|0.62
w:hassan|aanmoediging|-0.91
w:hassan|etiketteren|-0.76
w:havo|parafrase|0.99
w:havo|waarschuwen|0.92
w:he|afleiden|0.81
w:heb|ik-boodschap|-0.77
w:heb|jij-boodschap|0.84
w:heb|parafrase|-1.2
w:heb|gevoelsreflectie|-0.85
w:heb|open-vraag|-1.07
w:heb|aanmoediging|0.91
w:heb|bevelen|-0.8
w:heb|waarschuwen|-0.95
w:heb|moraliseren|0.96
w:heb|argumenteren|-0.27
w:heb|bekritiseren|-1.83
w:heb|interpreteren|0.97
w:heb|ondervragen|0.95
w:heb|afleiden|-0.96
w:hebben|ik-boodschap|-1.85
w:hebben|jij-boodschap|-0.18
w:hebben|gevoelsreflectie|-1.0
w:hebben|samenvatting|-0.12
w:hebben|open-vraag|-0.93
w:hebben|bevelen|-1.0
w:hebben|argumenteren|-0.92
w:hebben|bekritiseren|0.59
w:hebben|interpreteren|-0.99
w:hebben|ondervragen|-1.0
w:hebben|afleiden|2.19
w:hebben|afronding-aankondigen|-1.97
w:hebben|vervolgafspraak|-0.76
w:hebben|bedanken|-0.68
w:hebt|ik-boodschap|2.49
w:hebt|jij-boodschap|1.28
w:hebt|gevoelsreflectie|-0.3
w:hebt|samenvatting|-0.95
w:hebt|bevelen|-1.99
w:hebt|waarschuwen|-1.95
w:hebt|argumenteren|-0.95
w:hebt|bekritiseren|3.13
w:hebt|prijzen|-1.0
w:hebt|etiketteren|-1.0
w:hebt|geruststellen|-0.93
w:heeft|ik-boodschap|1.18
w:heeft|jij-boodschap|-2.08
w:heeft|gevoelsreflectie|0.74
w:heeft|open-vraag|-0.7
w:heeft|aanmoediging|-0.94
w:heeft|moraliseren|-0.98
w:heeft|adviseren|-0.98
w:heeft|bekritiseren|-1.5
w:heeft|prijzen|0.18
w:heeft|etiketteren|-0.99
w:heeft|interpreteren|-0.97
w:heeft|geruststellen|-1.71
w:heeft|ondervragen|0.91
w:heeft|afleiden|-1.03
w:heeft|afronding-aankondigen|-0.98
w:heeft|bedanken|-2.94
w:heel|ik-boodschap|1.77
w:heel|aanmoediging|-0.9
w:heel|waarschuwen|-0.99
w:heel|moraliseren|-1.0
w:heel|argumenteren|0.75
w:heel|bekritiseren|1.72
w:heel|etiketteren|-0.91
w:heel|afleiden|-0.93
w:heel|afronding-aankondigen|-1.0
w:heel|vervolgafspraak|-0.97
w:heel|bedanken|-1.51
w:heen|ik-boodschap|-0.92
w:heen|gevoelsreflectie|1.66
w:heen|samenvatting|-0.83
w:heen|vervolgafspraak|-0.99
w:heimwee|geruststellen|0.93
w:hek|bevelen|0.91
w:helaas|ik-boodschap|-1.0
w:helaas|gevoelsreflectie|-1.0
w:helaas|afronding-aankondigen|1.0
w:held|etiketteren|0.95
w:held|afleiden|-0.95
w:hele|ik-boodschap|0.93
w:hele|jij-boodschap|0.24
w:hele|gevoelsreflectie|-0.75
w:hele|samenvatting|-0.95
w:hele|open-vraag|-0.98
w:hele|bevelen|1.0
w:hele|argumenteren|0.9
w:hele|etiketteren|0.97
w:hele|vervolgafspraak|-0.97
w:helemaal|jij-boodschap|0.81
w:helemaal|parafrase|-0.81
w:helemaal|gevoelsreflectie|1.85
w:helemaal|open-vraag|-0.11
w:helemaal|aanmoediging|-0.97
w:helemaal|bevelen|-1.0
w:helemaal|bekritiseren|-2.04
w:helemaal|etiketteren|-1.0
w:helemaal|geruststellen|0.32
w:helft|open-vraag|-0.98
w:helikopterouder|bevelen|-1.0
w:helikopterouder|etiketteren|1.0
w:helpen|gevoelsreflectie|-0.71
w:helpen|open-vraag|1.93
w:helpen|bevelen|-0.99
w:helpen|waarschuwen|-1.97
w:helpen|moraliseren|-1.0
w:helpen|etiketteren|-1.0
w:helpen|ondervragen|-1.0
w:helpt|adviseren|0.93
w:helpt|bekritiseren|0.96
w:helpt|vervolgafspraak|0.81
w:hem|ik-boodschap|-0.88
w:hem|jij-boodschap|0.87
w:hem|parafrase|0.75
w:hem|gevoelsreflectie|0.28
w:hem|open-vraag|1.57
w:hem|bevelen|1.85
w:hem|waarschuwen|1.22
w:hem|moraliseren|-0.96
w:hem|adviseren|2.61
w:hem|argumenteren|-1.0
w:hem|bekritiseren|0.16
w:hem|etiketteren|-0.73
w:hem|interpreteren|0.89
w:hem|geruststellen|0.91
w:hem|ondervragen|-1.83
w:hem|afleiden|-0.96
w:hem|afronding-aankondigen|-1.0
w:hem|vervolgafspraak|-0.82
w:herfstvakantie|ik-boodschap|0.99
w:herfstvakantie|jij-boodschap|-1.67
w:herfstvakantie|bekritiseren|-1.83
w:herhalen|open-vraag|0.87
w:herkansen|argumenteren|0.94
w:herkansing|ik-boodschap|0.15
w:herkansing|parafrase|0.98
w:herkansing|gevoelsreflectie|0.81
w:herkansing|argumenteren|0.7
w:herkansing|geruststellen|1.64
w:herkansing|vervolgafspraak|0.76
w:herkansingen|waarschuwen|-0.98
w:herkansingen|bekritiseren|-0.47
w:het|ik-boodschap|-1.21
w:het|jij-boodschap|0.58
w:het|parafrase|-0.18
w:het|gevoelsreflectie|-0.75
w:het|samenvatting|1.89
w:het|open-vraag|-1.95
w:het|aanmoediging|-0.16
w:het|bevelen|-1.23
w:het|waarschuwen|-1.94
w:het|adviseren|0.1
w:het|argumenteren|0.19
w:het|bekritiseren|-0.95
w:het|prijzen|-1.02
w:het|etiketteren|-1.0
w:het|interpreteren|-0.93
w:het|geruststellen|-0.5
w:het|ondervragen|-3.94
w:het|afleiden|1.5
w:het|vervolgafspraak|-1.84
w:het|bedanken|-0.21
w:hetzelfde|ik-boodschap|1.0
w:hetzelfde|moraliseren|-0.96
w:hetzelfde|afronding-aankondigen|1.0
w:heus|geruststellen|2.37
w:hielp|ik-boodschap|1.7
w:hier|ik-boodschap|-2.97
w:hier|parafrase|-0.96
w:hier|gevoelsreflectie|-0.1
w:hier|samenvatting|0.21
w:hier|open-vraag|-0.99
w:hier|bevelen|-0.86
w:hier|waarschuwen|-0.96
w:hier|argumenteren|0.97
w:hier|bekritiseren|0.43
w:hier|prijzen|-0.82
w:hier|etiketteren|-0.97
w:hier|geruststellen|-0.73
w:hier|afleiden|-1.85
w:hier|afronding-aankondigen|3.78
w:hier|vervolgafspraak|-1.65
w:hier|bedanken|0.17
w:hierbij|samenvatting|0.84
w:hierbij|afleiden|-0.53
w:hierbij|vervolgafspraak|-0.93
w:hierbij|bedanken|-0.24
w:hierdoor|vervolgafspraak|-0.77
w:hiermee|waarschuwen|0.99
w:hij|jij-boodschap|-0.86
w:hij|parafrase|-0.99
w:hij|gevoelsreflectie|-0.98
w:hij|samenvatting|1.61
w:hij|open-vraag|-2.31
w:hij|aanmoediging|-0.94
w:hij|bevelen|-0.98
w:hij|waarschuwen|0.17
w:hij|moraliseren|-0.74
w:hij|adviseren|-1.02
w:hij|argumenteren|-1.51
w:hij|bekritiseren|-1.27
w:hij|etiketteren|-0.73
w:hij|interpreteren|0.12
w:hij|geruststellen|-3.14
w:hij|ondervragen|-0.98
w:hij|afleiden|-1.32
w:hij|afronding-aankondigen|-0.98
w:hij|vervolgafspraak|-0.99
w:hij|bedanken|0.69
w:hm|samenvatting|-1.13
w:hoe|ik-boodschap|0.93
w:hoe|jij-boodschap|-0.82
w:hoe|gevoelsreflectie|-3.33
w:hoe|samenvatting|-0.17
w:hoe|open-vraag|3.6
w:hoe|aanmoediging|-0.99
w:hoe|bevelen|-1.98
w:hoe|moraliseren|1.0
w:hoe|adviseren|-1.9
w:hoe|bekritiseren|-0.45
w:hoe|prijzen|0.17
w:hoe|ondervragen|-0.96
w:hoe|afleiden|1.45
w:hoeft|waarschuwen|-1.0
w:hoeft|moraliseren|-0.9
w:hoeft|adviseren|-0.97
w:hoeft|argumenteren|-0.96
w:hoeft|geruststellen|1.0
w:hoeft|afleiden|1.05
w:hoeveel|jij-boodschap|0.93
w:hoeveel|bekritiseren|0.93
w:hoezo|ondervragen|0.91
w:hoi|jij-boodschap|-0.94
w:hoi|bevelen|-1.84
w:hoi|bekritiseren|-0.76
w:hoi|prijzen|-0.94
w:hond|open-vraag|-0.96
w:hoofd|samenvatting|-0.99
w:hoofd|open-vraag|-0.99
w:hoofd|bekritiseren|0.98
w:hoofdstuk|waarschuwen|-0.99
w:hoog|bekritiseren|0.92
w:hoog|interpreteren|1.0
w:hoogte|parafrase|-0.97
w:hoogte|gevoelsreflectie|0.97
w:hoogte|moraliseren|0.99
w:hoogte|ondervragen|0.91
w:hoogte|bedanken|0.99
w:hoor|ik-boodschap|-0.96
w:hoor|parafrase|1.0
w:hoor|gevoelsreflectie|2.53
w:hoor|samenvatting|-1.89
w:hoor|open-vraag|-0.8
w:hoor|aanmoediging|1.89
w:hoor|bevelen|-2.63
w:hoor|waarschuwen|-1.0
w:hoor|moraliseren|1.56
w:hoor|adviseren|-0.83
w:hoor|argumenteren|0.95
w:hoor|bekritiseren|-0.99
w:hoor|prijzen|0.93
w:hoor|geruststellen|3.21
w:hoor|ondervragen|0.91
w:hoor|afleiden|-2.62
w:hoor|vervolgafspraak|-0.97
w:hoort|jij-boodschap|-0.6
w:hoort|gevoelsreflectie|-0.92
w:hoort|bevelen|-0.99
w:hoort|waarschuwen|-0.98
w:hoort|moraliseren|2.88
w:hoort|adviseren|-0.99
w:hoort|argumenteren|-3.72
w:hoort|bekritiseren|-2.77
w:hoort|prijzen|-1.98
w:hoort|geruststellen|-0.96
w:hoort|afleiden|1.04
w:horen|ik-boodschap|1.0
w:horen|parafrase|0.94
w:horen|gevoelsreflectie|-1.0
w:horen|samenvatting|-0.93
w:horen|bevelen|-1.0
w:horen|moraliseren|0.99
w:horen|adviseren|0.97
w:horen|argumenteren|-1.0
w:horen|bekritiseren|-1.79
w:horen|interpreteren|-0.94
w:horen|vervolgafspraak|1.08
w:hou|bevelen|1.0
w:hou|bekritiseren|0.85
w:houd|samenvatting|0.99
w:houd|bedanken|0.99
w:houden|aanmoediging|-0.99
w:houden|bevelen|0.98
w:houden|waarschuwen|0.86
w:houden|moraliseren|0.86
w:houden|argumenteren|0.97
w:houden|afronding-aankondigen|-0.94
w:houden|vervolgafspraak|-0.97
w:houden|bedanken|0.69
w:houding|bekritiseren|0.96
w:houdt|ik-boodschap|0.83
w:houdt|parafrase|0.99
w:houdt|gevoelsreflectie|-1.0
w:houdt|open-vraag|0.1
w:houdt|waarschuwen|-0.74
w:houdt|argumenteren|-1.0
w:houdt|geruststellen|0.84
w:huilde|interpreteren|-1.0
w:huis|gevoelsreflectie|-0.99
w:huis|samenvatting|-1.0
w:huis|open-vraag|-1.62
w:huis|moraliseren|0.99
w:huis|afleiden|0.84
w:huisarts|ik-boodschap|0.88
w:huisarts|samenvatting|0.94
w:huisarts|adviseren|1.96
w:huisarts|bekritiseren|-0.99
w:huisarts|interpreteren|-1.0
w:huisarts|vervolgafspraak|0.94
w:huiswerk|ik-boodschap|-0.23
w:huiswerk|samenvatting|0.91
w:huiswerk|open-vraag|0.99
w:huiswerk|moraliseren|-0.93
w:huiswerk|adviseren|1.02
w:huiswerk|bekritiseren|-0.84
w:huiswerk|prijzen|1.0
w:huiswerk|geruststellen|-0.97
w:huiswerk|ondervragen|0.99
w:huiswerk|afleiden|-1.92
w:huiswerk|vervolgafspraak|-0.91
w:huiswerkbegeleiding|ondervragen|-0.97
w:huiswerkklas|ik-boodschap|-0.83
w:huiswerkklas|samenvatting|0.75
w:huiswerkopdracht|ik-boodschap|0.99
w:huiswerkopdracht|jij-boodschap|-0.99
w:huiswerkopdracht|bekritiseren|-1.95
w:huiswerkritme|prijzen|0.93
w:huiswerktijd|adviseren|0.97
w:huiswerktijd|vervolgafspraak|0.97
w:huiswerkuur|adviseren|0.99
w:hun|ik-boodschap|1.52
w:hun|bevelen|-1.0
w:hun|moraliseren|0.98
w:hun|argumenteren|-1.0
w:hun|afleiden|-0.98
w:hysterisch|bevelen|1.67
w:hè|jij-boodschap|-1.0
w:hè|gevoelsreflectie|0.64
w:hè|open-vraag|-0.97
w:hè|etiketteren|-1.0
w:hè|interpreteren|-1.0
w:hè|afleiden|1.0
w:hé|afleiden|-0.93
w:idee|jij-boodschap|-0.84
w:idee|interpreteren|0.97
w:idee|afronding-aankondigen|-0.98
w:ideeen|prijzen|0.94
w:iedereen|jij-boodschap|0.95
w:iedereen|samenvatting|-0.95
w:iedereen|open-vraag|-0.95
w:iedereen|moraliseren|-0.96
w:iedereen|argumenteren|-0.95
w:iedereen|bekritiseren|0.23
w:iedereen|etiketteren|-0.69
w:iedereen|geruststellen|-1.61
w:iedereen|afleiden|1.2
w:iemand|ik-boodschap|0.81
w:iemand|jij-boodschap|-1.85
w:iemand|samenvatting|0.94
w:iemand|waarschuwen|-0.98
w:iemand|moraliseren|2.77
w:iemand|bekritiseren|-2.79
w:iemand|prijzen|-1.0
w:iemand|ondervragen|0.97
w:iets|jij-boodschap|0.92
w:iets|parafrase|-0.97
w:iets|samenvatting|-0.8
w:iets|open-vraag|0.94
w:iets|aanmoediging|-0.96
w:iets|waarschuwen|-0.13
w:iets|bekritiseren|1.87
w:iets|geruststellen|-1.79
w:iets|vervolgafspraak|0.99
w:ik|ik-boodschap|2.23
w:ik|jij-boodschap|-0.25
w:ik|parafrase|-1.26
w:ik|gevoelsreflectie|-2.16
w:ik|samenvatting|-0.2
w:ik|open-vraag|-3.62
w:ik|waarschuwen|-0.26
w:ik|moraliseren|-2.8
w:ik|adviseren|0.7
w:ik|argumenteren|-1.75
w:ik|bekritiseren|-2.05
w:ik|prijzen|-1.18
w:ik|etiketteren|-0.97
w:ik|interpreteren|-1.98
w:ik|geruststellen|-2.67
w:ik|afleiden|-1.97
w:ik|afronding-aankondigen|0.9
w:ik|vervolgafspraak|1.64
w:ik|bedanken|-0.99
w:in|ik-boodschap|1.62
w:in|parafrase|-0.98
w:in|gevoelsreflectie|-0.1
w:in|samenvatting|0.81
w:in|open-vraag|1.91
w:in|aanmoediging|-1.94
w:in|bevelen|-0.12
w:in|waarschuwen|-0.92
w:in|moraliseren|0.43
w:in|argumenteren|0.17
w:in|bekritiseren|0.48
w:in|etiketteren|-1.0
w:in|interpreteren|-1.05
w:in|geruststellen|1.67
w:in|ondervragen|-0.95
w:in|afleiden|0.9
w:in|afronding-aankondigen|-1.0
w:in|vervolgafspraak|-0.28
w:in|bedanken|-0.31
w:incident|jij-boodschap|-0.86
w:incident|bevelen|-0.9
w:incident|waarschuwen|0.87
w:incident|ondervragen|-1.0
w:incident|afleiden|0.84
w:informatie|gevoelsreflectie|-0.9
w:ingegrepen|parafrase|0.96
w:ingeleverd|ik-boodschap|1.96
w:ingeleverd|jij-boodschap|-0.96
w:ingeleverd|parafrase|-1.0
w:ingeleverd|argumenteren|1.03
w:ingeleverd|bekritiseren|-1.93
w:ingeleverd|interpreteren|-0.97
w:ingeleverd|vervolgafspraak|-0.97
w:ingelevert|ik-boodschap|0.99
w:ingelevert|jij-boodschap|-0.99
w:ingelevert|bekritiseren|-0.99
w:ingelicht|gevoelsreflectie|0.91
w:ingelicht|ondervragen|0.86
w:ingrijpen|bekritiseren|0.74
w:ingrijpen|etiketteren|-0.99
w:inhalen|ik-boodschap|0.77
w:inhalen|ondervragen|-0.96
w:inhalen|afleiden|-0.74
w:inlevert|ik-boodschap|0.99
w:inlevert|waarschuwen|1.89
w:inlevert|etiketteren|-0.99
w:inlevert|afleiden|-0.99
w:inlogt|argumenteren|-0.94
w:innemen|gevoelsreflectie|-0.96
w:inschrijven|parafrase|-1.0
w:instagram|ik-boodschap|1.0
w:instagram|vervolgafspraak|-0.94
w:instructie|ik-boodschap|0.95
w:instructie|jij-boodschap|-0.95
w:instructie|gevoelsreflectie|-1.0
w:instructie|vervolgafspraak|1.0
w:interesse|jij-boodschap|1.71
w:interesse|bekritiseren|1.88
w:interesseert|bekritiseren|0.52
w:internet|open-vraag|-0.98
w:invallers|bevelen|-0.93
w:inzet|bekritiseren|1.75
w:inzet|bedanken|-1.64
w:iris|ik-boodschap|-0.8
w:iris|samenvatting|-0.94
w:iris|open-vraag|0.99
w:irritant|ik-boodschap|-0.95
w:irritant|jij-boodschap|0.95
w:irritant|bekritiseren|1.66
w:is|ik-boodschap|-1.1
w:is|jij-boodschap|-2.19
w:is|parafrase|1.12
w:is|samenvatting|-1.88
w:is|open-vraag|-2.17
w:is|aanmoediging|-0.99
w:is|bevelen|-0.9
w:is|waarschuwen|-1.94
w:is|moraliseren|-1.76
w:is|adviseren|-2.85
w:is|argumenteren|1.57
w:is|bekritiseren|-2.23
w:is|prijzen|-0.95
w:is|etiketteren|-0.9
w:is|interpreteren|0.9
w:is|geruststellen|-1.19
w:is|ondervragen|-0.91
w:is|afleiden|-1.27
w:is|vervolgafspraak|1.27
w:is|bedanken|-1.83
w:ja|parafrase|-0.93
w:ja|gevoelsreflectie|-0.99
w:ja|aanmoediging|0.94
w:ja|bekritiseren|-0.98
w:ja|etiketteren|0.97
w:ja|ondervragen|-0.97
w:ja|afleiden|0.84
w:jaar|parafrase|0.99
w:jaar|gevoelsreflectie|-0.7
w:jaar|bekritiseren|0.93
w:jaar|geruststellen|-0.93
w:jaarplanning|argumenteren|0.88
w:jade|jij-boodschap|-0.97
w:jaloers|interpreteren|1.0
w:jammer|ik-boodschap|1.98
w:jammer|gevoelsreflectie|-0.89
w:jammer|samenvatting|-0.83
w:jammer|open-vraag|1.08
w:jammer|bevelen|-1.0
w:jammer|waarschuwen|-1.0
w:jammer|bekritiseren|-0.92
w:jammer|afleiden|-0.99
w:jammer|vervolgafspraak|0.97
w:jansen|bekritiseren|-1.31
w:jayden|jij-boodschap|-0.93
w:jayden|parafrase|-0.99
w:jayden|gevoelsreflectie|0.85
w:jayden|samenvatting|0.99
w:jayden|open-vraag|0.93
w:jayden|waarschuwen|-0.98
w:jayden|bekritiseren|-0.93
w:je|ik-boodschap|2.38
w:je|jij-boodschap|-1.35
w:je|parafrase|-3.66
w:je|gevoelsreflectie|-1.41
w:je|samenvatting|1.48
w:je|open-vraag|-0.66
w:je|aanmoediging|-0.96
w:je|bevelen|-0.29
w:je|waarschuwen|0.58
w:je|moraliseren|0.53
w:je|argumenteren|-1.96
w:je|bekritiseren|-2.16
w:je|prijzen|-0.16
w:je|etiketteren|-1.9
w:je|interpreteren|-0.92
w:je|geruststellen|-1.59
w:je|ondervragen|-0.82
w:je|afleiden|-1.12
w:je|afronding-aankondigen|-0.95
w:je|vervolgafspraak|-2.28
w:je|bedanken|0.27
w:jelle|bekritiseren|-0.89
w:jesse|ik-boodschap|0.99
w:jesse|bekritiseren|-0.84
w:jesse|interpreteren|-0.93
w:jesse|afleiden|-0.99
w:jeugd|geruststellen|-0.99
w:jezelf|ik-boodschap|0.95
w:jij|ik-boodschap|-0.42
w:jij|jij-boodschap|3.99
w:jij|parafrase|-0.82
w:jij|gevoelsreflectie|0.64
w:jij|bevelen|-0.85
w:jij|waarschuwen|-1.84
w:jij|moraliseren|-0.3
w:jij|adviseren|-2.67
w:jij|bekritiseren|1.17
w:jij|prijzen|0.96
w:jij|interpreteren|-1.91
w:jij|geruststellen|0.37
w:jij|ondervragen|-0.96
w:jij|afleiden|-0.74
w:jij|vervolgafspraak|-0.98
w:joep|ik-boodschap|-0.91
w:joep|jij-boodschap|0.95
w:joep|waarschuwen|0.95
w:joep|bekritiseren|1.44
w:joh|argumenteren|-1.0
w:joh|bekritiseren|-0.97
w:joh|geruststellen|1.15
w:joh|afleiden|0.59
w:jongen|moraliseren|-0.98
w:jongen|bekritiseren|-1.72
w:jongen|prijzen|0.97
w:jongen|etiketteren|-0.93
w:jou|ik-boodschap|0.16
w:jou|jij-boodschap|0.95
w:jou|samenvatting|-0.95
w:jou|open-vraag|0.88
w:jou|argumenteren|-1.0
w:jou|bekritiseren|0.95
w:jou|afleiden|-0.99
w:jouw|moraliseren|0.86
w:jouw|adviseren|0.94
w:julian|jij-boodschap|-0.95
w:julian|bekritiseren|-1.76
w:jullie|ik-boodschap|1.03
w:jullie|jij-boodschap|1.15
w:jullie|gevoelsreflectie|-0.96
w:jullie|samenvatting|-1.0
w:jullie|waarschuwen|-0.12
w:jullie|moraliseren|-0.86
w:jullie|bekritiseren|2.58
w:jullie|prijzen|0.98
w:jullie|etiketteren|-0.73
w:jullie|geruststellen|-0.75
w:jullie|ondervragen|-0.97
w:jullie|afleiden|0.91
w:jullie|afronding-aankondigen|-1.0
w:jullie|bedanken|0.97
w:kader|adviseren|-1.0
w:kamer|ik-boodschap|0.96
w:kamer|moraliseren|-0.87
w:kamer|adviseren|0.78
w:kamer|ondervragen|0.97
w:kamp|jij-boodschap|-0.91
w:kamp|gevoelsreflectie|0.64
w:kamp|samenvatting|0.91
w:kamp|waarschuwen|0.91
w:kamp|ondervragen|-1.0
w:kamp|afleiden|0.84
w:kampweek|parafrase|-0.99
w:kampweek|samenvatting|0.99
w:kan|ik-boodschap|3.95
w:kan|parafrase|-1.0
w:kan|open-vraag|-0.63
w:kan|aanmoediging|-0.95
w:kan|bevelen|-1.98
w:kan|moraliseren|-2.96
w:kan|adviseren|-1.0
w:kan|argumenteren|-1.36
w:kan|bekritiseren|-1.89
w:kan|prijzen|1.87
w:kan|etiketteren|-0.99
w:kan|geruststellen|-1.91
w:kan|afleiden|-0.99
w:kan|afronding-aankondigen|-1.99
w:kan|vervolgafspraak|-1.19
w:kans|ik-boodschap|0.84
w:kans|samenvatting|0.87
w:kans|bevelen|0.86
w:kansen|bekritiseren|0.76
w:kant|bekritiseren|0.94
w:kantoor|afronding-aankondigen|-0.95
w:kast|interpreteren|-0.93
w:keer|ik-boodschap|0.99
w:keer|jij-boodschap|-0.86
w:keer|gevoelsreflectie|-1.55
w:keer|samenvatting|-0.89
w:keer|open-vraag|0.97
w:keer|aanmoediging|-0.99
w:keer|waarschuwen|1.0
w:keer|moraliseren|-0.99
w:keer|bekritiseren|0.85
w:keer|etiketteren|-0.75
w:keer|vervolgafspraak|0.99
w:keer|bedanken|0.84
w:kennen|moraliseren|1.0
w:kennen|argumenteren|1.0
w:kerst|ik-boodschap|-0.96
w:kerst|argumenteren|-1.0
w:kerst|geruststellen|1.0
w:keuken|adviseren|0.99
w:keus|geruststellen|-0.82
w:keuze|open-vraag|-0.87
w:keuze|bevelen|-1.0
w:keuze|waarschuwen|-1.0
w:keuze|bekritiseren|0.84
w:keuzevak|parafrase|-0.99
w:keuzevak|open-vraag|-1.86
w:kevin|ik-boodschap|0.96
w:kevin|waarschuwen|-0.86
w:kevin|bekritiseren|-0.96
w:kevin|afleiden|-0.99
w:kiezen|adviseren|0.93
w:kijk|ik-boodschap|0.78
w:kijk|jij-boodschap|-0.98
w:kijk|open-vraag|0.87
w:kijk|waarschuwen|-0.98
w:kijk|moraliseren|-1.82
w:kijk|adviseren|-0.99
w:kijk|argumenteren|1.15
w:kijk|bekritiseren|-0.78
w:kijk|interpreteren|-0.97
w:kijk|afleiden|-0.17
w:kijken|samenvatting|1.1
w:kijken|aanmoediging|-0.94
w:kijken|bevelen|-0.99
w:kijken|adviseren|-0.97
w:kijken|vervolgafspraak|-0.76
w:kijken|bedanken|-1.0
w:kijkt|gevoelsreflectie|2.34
w:kijkt|aanmoediging|-0.99
w:kijkt|ondervragen|1.0
w:kind|ik-boodschap|-0.96
w:kind|gevoelsreflectie|-0.92
w:kind|bevelen|-1.0
w:kind|moraliseren|1.01
w:kind|argumenteren|-1.0
w:kind|prijzen|-1.99
w:kind|ondervragen|-0.94
w:kinderen|open-vraag|-0.99
w:kinderen|geruststellen|1.71
w:kinderen|afleiden|0.69
w:klaagt|parafrase|0.91
w:klaagt|gevoelsreflectie|-0.69
w:klaar|aanmoediging|-0.97
w:klaarzetten|open-vraag|-0.96
w:klaarzetten|moraliseren|-0.96
w:klager|etiketteren|0.91
w:klas|ik-boodschap|0.71
w:klas|jij-boodschap|-1.31
w:klas|parafrase|0.96
w:klas|gevoelsreflectie|-0.75
w:klas|samenvatting|-0.87
w:klas|open-vraag|0.94
w:klas|bevelen|0.87
w:klas|moraliseren|-0.99
w:klas|adviseren|-1.83
w:klas|argumenteren|1.01
w:klas|bekritiseren|-2.12
w:klas|prijzen|0.97
w:klas|etiketteren|-0.96
w:klas|interpreteren|-1.0
w:klas|geruststellen|0.7
w:klas|afleiden|-0.86
w:klasgenoot|ik-boodschap|0.96
w:klasgenoot|jij-boodschap|0.91
w:klasgenoot|open-vraag|-0.87
w:klasgenoot|bekritiseren|0.91
w:klasgenoten|moraliseren|0.8
w:klassen|waarschuwen|-0.97
w:klassieke|etiketteren|1.0
w:kleren|interpreteren|-0.93
w:kletst|bekritiseren|0.97
w:kleuter|jij-boodschap|1.77
w:kleuter|bekritiseren|-0.97
w:kleuter|etiketteren|0.97
w:kleuter|geruststellen|-0.97
w:kleuterachtig|etiketteren|1.66
w:klinkt|jij-boodschap|-1.0
w:klinkt|parafrase|-0.75
w:klinkt|gevoelsreflectie|4.68
w:klinkt|open-vraag|-0.12
w:klinkt|moraliseren|-1.0
w:klinkt|bekritiseren|-1.0
w:klinkt|ondervragen|-1.0
w:klopt|gevoelsreflectie|0.89
w:klopt|samenvatting|0.93
w:klopt|argumenteren|0.97
w:klopt|geruststellen|-0.97
w:kluisjes|ik-boodschap|1.63
w:knap|prijzen|1.93
w:knelpunten|ik-boodschap|-0.98
w:knelpunten|prijzen|-0.98
w:kom|ik-boodschap|0.99
w:kom|jij-boodschap|-0.12
w:kom|parafrase|-0.99
w:kom|moraliseren|-1.0
w:kom|bekritiseren|-0.78
w:kom|afleiden|1.02
w:komen|jij-boodschap|-1.09
w:komen|samenvatting|-0.83
w:komen|argumenteren|-1.93
w:komen|interpreteren|-0.98
w:komen|afronding-aankondigen|-0.97
w:kommen|bedanken|0.99
w:komst|samenvatting|0.84
w:komst|bekritiseren|-0.84
w:komst|afronding-aankondigen|0.93
w:komst|vervolgafspraak|-0.99
w:komst|bedanken|0.75
w:komt|ik-boodschap|0.11
w:komt|jij-boodschap|1.87
w:komt|parafrase|-1.0
w:komt|samenvatting|0.2
w:komt|open-vraag|-0.69
w:komt|bevelen|-1.84
w:komt|waarschuwen|-0.91
w:komt|moraliseren|0.32
w:komt|argumenteren|-1.7
w:komt|bekritiseren|2.39
w:komt|prijzen|-0.16
w:komt|etiketteren|-0.99
w:komt|interpreteren|1.98
w:komt|geruststellen|4.41
w:komt|ondervragen|1.0
w:komt|afleiden|-1.31
w:komt|vervolgafspraak|-1.85
w:komt|bedanken|-1.98
w:kon|jij-boodschap|-0.98
w:kon|gevoelsreflectie|-1.51
w:kon|open-vraag|0.97
w:kon|aanmoediging|-0.96
w:kon|adviseren|0.97
w:kon|vervolgafspraak|0.97
w:kort|samenvatting|0.97
w:kortom|jij-boodschap|1.89
w:kortom|gevoelsreflectie|-0.9
w:kortom|samenvatting|1.71
w:kortom|open-vraag|-0.29
w:kortom|aanmoediging|-0.95
w:kortom|bevelen|-0.86
w:kortom|bekritiseren|2.2
w:kortom|geruststellen|-0.98
w:kortzichtig|afleiden|-0.99
w:kost|open-vraag|0.87
w:kosten|waarschuwen|0.92
w:kreeg|gevoelsreflectie|0.92
w:kreeg|vervolgafspraak|0.76
w:krijg|waarschuwen|0.98
w:krijgen|prijzen|0.94
w:krijgen|etiketteren|-0.92
w:krijgt|parafrase|-0.98
w:krijgt|samenvatting|0.86
w:krijgt|argumenteren|0.78
w:krijgt|bekritiseren|-0.28
w:krijgt|etiketteren|-0.99
w:krijgt|bedanken|0.69
w:kritiek|jij-boodschap|1.0
w:kritiek|adviseren|-1.0
w:kritiek|bekritiseren|1.0
w:kun|ik-boodschap|0.89
w:kun|waarschuwen|-0.98
w:kun|moraliseren|-0.99
w:kun|adviseren|0.83
w:kun|bekritiseren|-0.47
w:kun|prijzen|0.99
w:kun|geruststellen|-0.99
w:kun|ondervragen|-0.96
w:kun|afleiden|-0.74
w:kunnen|ik-boodschap|0.79
w:kunnen|jij-boodschap|-0.99
w:kunnen|parafrase|1.0
w:kunnen|bevelen|-0.87
w:kunnen|waarschuwen|-0.99
w:kunnen|moraliseren|-0.85
w:kunnen|adviseren|1.0
w:kunnen|argumenteren|0.99
w:kunnen|bekritiseren|-0.99
w:kunnen|interpreteren|-1.0
w:kunnen|vervolgafspraak|-0.95
w:kunt|ik-boodschap|0.88
w:kunt|parafrase|-1.0
w:kunt|bevelen|-1.62
w:kunt|moraliseren|-1.0
w:kunt|adviseren|2.01
w:kunt|prijzen|1.77
w:kunt|etiketteren|-0.91
w:kunt|afleiden|-0.96
w:kunt|vervolgafspraak|0.97
w:kwaad|gevoelsreflectie|0.73
w:kwaad|interpreteren|0.95
w:kwaad|geruststellen|-0.9
w:kwam|ik-boodschap|1.92
w:kwam|parafrase|0.97
w:kwam|bekritiseren|-0.97
w:kwart|bevelen|0.91
w:kwartaal|jij-boodschap|-0.76
w:kwartaal|bevelen|-0.99
w:kwartaal|bekritiseren|-0.88
w:kwartier|samenvatting|-0.99
w:kwartier|afleiden|-0.99
w:kwartier|afronding-aankondigen|-0.99
w:kwestie|geruststellen|0.7
w:kwetst|samenvatting|-0.93
w:laag|jij-boodschap|-0.73
w:laag|parafrase|0.9
w:laag|argumenteren|0.9
w:laars|jij-boodschap|0.7
w:laat|ik-boodschap|-0.95
w:laat|jij-boodschap|-1.05
w:laat|gevoelsreflectie|-0.97
w:laat|samenvatting|0.74
w:laat|open-vraag|-1.1
w:laat|aanmoediging|-0.96
w:laat|bevelen|-0.13
w:laat|waarschuwen|0.96
w:laat|adviseren|-0.17
w:laat|argumenteren|0.98
w:laat|bekritiseren|-1.07
w:laat|etiketteren|-0.99
w:laat|interpreteren|-0.98
w:laat|geruststellen|-0.89
w:laat|ondervragen|1.0
w:laat|afleiden|-1.86
w:laatste|ik-boodschap|-1.81
w:laatste|jij-boodschap|0.95
w:laatste|open-vraag|-0.92
w:laatste|argumenteren|-1.0
w:laatste|bekritiseren|0.73
w:laatste|vervolgafspraak|-0.96
w:lage|samenvatting|0.97
w:laks|bekritiseren|0.91
w:lang|jij-boodschap|-0.97
w:langs|bedanken|0.99
w:langst|moraliseren|0.9
w:langzamer|ik-boodschap|-0.96
w:lapt|jij-boodschap|0.7
w:laptop|ik-boodschap|0.89
w:laptop|adviseren|0.96
w:laptop|etiketteren|-0.99
w:last|geruststellen|0.93
w:last|afleiden|-0.93
w:lastig|ik-boodschap|0.94
w:lastig|jij-boodschap|-0.8
w:lastig|gevoelsreflectie|-0.85
w:lastig|open-vraag|-1.95
w:lastig|moraliseren|-0.96
w:lastig|adviseren|-1.0
w:lastig|argumenteren|-0.71
w:lastig|bekritiseren|-0.94
w:lastige|jij-boodschap|0.95
w:lastige|argumenteren|-0.98
w:lastpak|etiketteren|0.93
w:lat|bekritiseren|0.92
w:lat|interpreteren|1.0
w:laten|ik-boodschap|-0.84
w:laten|jij-boodschap|2.05
w:laten|parafrase|0.91
w:laten|samenvatting|-0.15
w:laten|open-vraag|-0.99
w:laten|waarschuwen|-0.98
w:laten|moraliseren|-0.92
w:laten|adviseren|-0.12
w:laten|argumenteren|-0.99
w:laten|bekritiseren|-0.4
w:laten|prijzen|-0.82
w:laten|etiketteren|-0.73
w:laten|afleiden|1.02
w:laten|afronding-aankondigen|1.92
w:laten|vervolgafspraak|-0.91
w:laten|bedanken|-1.77
w:later|open-vraag|-1.65
w:later|afleiden|1.99
w:leeftijd|bevelen|-0.99
w:leeftijd|moraliseren|-0.12
w:leeftijd|bekritiseren|-0.96
w:leeftijd|geruststellen|-0.87
w:leeftijd|afleiden|0.94
w:leek|jij-boodschap|0.7
w:leerling|waarschuwen|-1.0
w:leerling|moraliseren|1.67
w:leerling|argumenteren|0.9
w:leerling|etiketteren|-0.91
w:leerling|vervolgafspraak|-0.97
w:leerlingen|open-vraag|-0.59
w:leerlingen|argumenteren|1.95
w:leerlingen|prijzen|0.82
w:leerlingen|etiketteren|-0.92
w:leerlingen|geruststellen|0.25
w:leerlingen|afleiden|-0.93
w:leerplichtambtenaar|waarschuwen|1.0
w:leert|ik-boodschap|0.78
w:leert|bevelen|-0.99
w:leerweg|adviseren|-1.0
w:leg|bevelen|1.9
w:leggen|ik-boodschap|0.96
w:leggen|jij-boodschap|-0.78
w:leggen|gevoelsreflectie|1.0
w:leggen|open-vraag|-1.0
w:leggen|bevelen|0.86
w:leggen|moraliseren|-0.87
w:leggen|adviseren|1.99
w:legt|samenvatting|-0.99
w:legt|open-vraag|-0.99
w:legt|bekritiseren|0.92
w:legt|interpreteren|1.0
w:lekker|ik-boodschap|1.76
w:lekker|bekritiseren|1.34
w:lekker|etiketteren|-0.95
w:leraar|moraliseren|0.48
w:leraren|geruststellen|-0.93
w:leren|bevelen|-0.95
w:leren|moraliseren|1.85
w:leren|adviseren|-0.12
w:leren|argumenteren|-0.68
w:leren|bekritiseren|0.77
w:leren|etiketteren|0.76
w:leren|geruststellen|-0.95
w:les|ik-boodschap|-1.87
w:les|jij-boodschap|0.97
w:les|parafrase|-0.89
w:les|open-vraag|0.72
w:les|argumenteren|-0.96
w:les|prijzen|-0.93
w:les|etiketteren|-0.77
w:lessen|ik-boodschap|1.97
w:lessen|waarschuwen|-1.0
w:lessen|prijzen|-1.0
w:let|ik-boodschap|-1.91
w:let|jij-boodschap|-0.99
w:let|samenvatting|0.95
w:let|bevelen|-1.74
w:let|bekritiseren|1.22
w:let|geruststellen|0.99
w:let|afleiden|-0.84
w:letten|jij-boodschap|1.0
w:letten|bevelen|-0.99
w:letten|bekritiseren|-0.16
w:letten|interpreteren|-0.99
w:letten|ondervragen|-0.97
w:leuk|jij-boodschap|-0.94
w:leuk|samenvatting|-0.91
w:leuk|bekritiseren|-0.76
w:leuk|prijzen|-0.94
w:leuke|afleiden|0.91
w:leukste|prijzen|0.82
w:leven|bevelen|-0.95
w:leven|moraliseren|0.9
w:leven|geruststellen|-0.95
w:lever|bevelen|0.99
w:lezen|ik-boodschap|-1.72
w:lezen|jij-boodschap|0.91
w:lezen|parafrase|1.0
w:lezen|bekritiseren|0.66
w:lezen|geruststellen|0.62
w:lichten|bekritiseren|-0.96
w:lichten|vervolgafspraak|0.84
w:liegen|waarschuwen|-0.86
w:liegen|moraliseren|1.56
w:liegen|argumenteren|-0.92
w:lieke|open-vraag|-0.92
w:liep|argumenteren|-1.0
w:liever|ondervragen|-1.0
w:liever|afleiden|0.84
w:lig|jij-boodschap|0.95
w:lig|waarschuwen|0.95
w:lig|bekritiseren|1.44
w:liggen|parafrase|0.91
w:liggen|gevoelsreflectie|-0.92
w:liggen|samenvatting|0.97
w:liggen|waarschuwen|-1.0
w:liggen|geruststellen|1.0
w:liggen|afleiden|-0.22
w:ligt|aanmoediging|-0.95
w:ligt|bevelen|0.99
w:ligt|geruststellen|0.99
w:ligt|bedanken|-0.99
w:lijkt|gevoelsreflectie|0.89
w:lijkt|open-vraag|0.99
w:lijkt|aanmoediging|-0.96
w:lijkt|geruststellen|-0.26
w:loes|parafrase|-0.99
w:logisch|moraliseren|-0.89
w:logisch|argumenteren|0.89
w:lokaal|ik-boodschap|-0.1
w:lokaal|vervolgafspraak|0.92
w:loop|waarschuwen|-0.99
w:loopt|open-vraag|0.99
w:loopt|bekritiseren|-0.98
w:lopen|geruststellen|0.97
w:los|bekritiseren|-1.73
w:los|interpreteren|0.94
w:lotte|ik-boodschap|1.0
w:lotte|gevoelsreflectie|-0.7
w:lotte|open-vraag|1.0
w:lotte|moraliseren|-1.0
w:lotte|vervolgafspraak|-1.0
w:lucas|waarschuwen|0.91
w:luchtig|bekritiseren|0.39
w:luchtig|afronding-aankondigen|-0.94
w:lui|argumenteren|-1.0
w:lui|bekritiseren|0.62
w:lui|etiketteren|1.76
w:lui|interpreteren|0.97
w:lui|geruststellen|0.98
w:luister|aanmoediging|1.91
w:luisteren|prijzen|-1.0
w:luisteren|geruststellen|-1.0
w:luistert|gevoelsreflectie|-0.86
w:luistert|bekritiseren|0.7
w:luistert|bedanken|-0.96
w:luiwammes|waarschuwen|-0.99
w:lukt|gevoelsreflectie|-1.0
w:lukt|open-vraag|-1.0
w:lukt|prijzen|2.0
w:lukt|interpreteren|-1.0
w:lukt|geruststellen|-1.96
w:luuk|ik-boodschap|0.97
w:luuk|jij-boodschap|0.8
w:luuk|argumenteren|-0.97
w:luuk|bekritiseren|-0.97
w:luuk|etiketteren|0.97
w:maak|ik-boodschap|1.03
w:maak|jij-boodschap|-1.66
w:maak|gevoelsreflectie|-1.0
w:maak|samenvatting|-0.86
w:maak|bevelen|-0.18
w:maak|waarschuwen|-0.98
w:maak|moraliseren|-0.87
w:maak|argumenteren|-1.0
w:maak|bekritiseren|-2.42
w:maak|etiketteren|-0.97
w:maak|geruststellen|0.96
w:maakt|ik-boodschap|-0.8
w:maakt|jij-boodschap|0.2
w:maakt|gevoelsreflectie|1.9
w:maakt|samenvatting|0.68
w:maakt|open-vraag|0.67
w:maakt|moraliseren|-1.0
w:maakt|bekritiseren|-0.29
w:maakt|prijzen|-1.96
w:maakt|etiketteren|0.19
w:maakt|interpreteren|-0.96
w:maakt|geruststellen|0.53
w:maakt|ondervragen|-0.97
w:maakt|afronding-aankondigen|-1.0
w:maakt|vervolgafspraak|0.98
w:maakte|open-vraag|-0.87
w:maakte|bevelen|-1.0
w:maakte|waarschuwen|-1.0
w:maand|ik-boodschap|1.0
w:maand|open-vraag|0.99
w:maand|adviseren|-0.97
w:maand|vervolgafspraak|0.93
w:maandag|ik-boodschap|1.9
w:maandag|parafrase|0.99
w:maandag|gevoelsreflectie|0.92
w:maandag|samenvatting|-0.99
w:maandag|bevelen|0.99
w:maandag|adviseren|-0.99
w:maandag|afronding-aankondigen|0.95
w:maandag|vervolgafspraak|2.63
w:maandag|bedanken|-0.75
w:maanden|bekritiseren|-0.94
w:maandje|geruststellen|0.99
w:maar|jij-boodschap|0.94
w:maar|parafrase|2.86
w:maar|gevoelsreflectie|2.57
w:maar|open-vraag|-3.79
w:maar|aanmoediging|1.76
w:maar|bevelen|-1.68
w:maar|waarschuwen|0.16
w:maar|adviseren|-0.12
w:maar|argumenteren|2.85
w:maar|bekritiseren|0.27
w:maar|prijzen|-0.94
w:maar|interpreteren|0.95
w:maar|geruststellen|2.87
w:maar|afleiden|2.85
w:maar|afronding-aankondigen|0.97
w:maar|vervolgafspraak|-0.82
w:maar|bedanken|-0.99
w:maart|samenvatting|0.94
w:maart|vervolgafspraak|0.94
w:maat|jij-boodschap|-0.94
w:maatregelen|ik-boodschap|-1.0
w:maatregelen|parafrase|-1.0
w:maatregelen|waarschuwen|1.0
w:machteloos|gevoelsreflectie|1.84
w:machteloos|argumenteren|-1.0
w:machteloos|bekritiseren|-0.98
w:mag|gevoelsreflectie|0.64
w:mag|samenvatting|-0.99
w:mag|aanmoediging|0.96
w:mag|waarschuwen|0.91
w:mag|moraliseren|0.91
w:mag|adviseren|1.0
w:mag|bekritiseren|-1.0
w:mag|geruststellen|-0.92
w:mag|bedanken|-0.99
w:magister|jij-boodschap|0.9
w:magister|aanmoediging|-0.94
w:magister|bekritiseren|0.73
w:mail|ik-boodschap|-0.96
w:mail|gevoelsreflectie|-0.85
w:mail|aanmoediging|-0.94
w:mail|adviseren|-0.99
w:mail|argumenteren|-0.71
w:mail|bekritiseren|1.89
w:mail|ondervragen|0.96
w:mail|vervolgafspraak|1.95
w:mail|bedanken|-1.6
w:mailen|interpreteren|-0.98
w:mails|bekritiseren|1.78
w:mails|geruststellen|-0.93
w:mails|bedanken|1.0
w:maken|gevoelsreflectie|-0.71
w:maken|samenvatting|-0.91
w:maken|open-vraag|0.97
w:maken|adviseren|1.94
w:maken|bekritiseren|-0.98
w:maken|interpreteren|1.0
w:maken|vervolgafspraak|0.96
w:makkelijk|jij-boodschap|0.97
w:makkelijk|bekritiseren|0.22
w:makkelijk|prijzen|0.97
w:makkelijk|interpreteren|0.93
w:makkelijk|geruststellen|-0.97
w:man|ik-boodschap|1.0
w:manier|parafrase|0.98
w:manier|samenvatting|-0.92
w:manier|bekritiseren|0.76
w:manier|prijzen|0.94
w:me|ik-boodschap|2.7
w:me|jij-boodschap|-1.66
w:me|parafrase|-0.96
w:me|gevoelsreflectie|-0.11
w:me|samenvatting|-4.64
w:me|open-vraag|-2.05
w:me|aanmoediging|-0.96
w:me|bevelen|0.88
w:me|waarschuwen|-1.89
w:me|moraliseren|-2.83
w:me|argumenteren|-1.0
w:me|bekritiseren|-0.43
w:me|etiketteren|-0.97
w:me|interpreteren|-0.93
w:me|geruststellen|-1.89
w:me|ondervragen|-0.91
w:me|afronding-aankondigen|-1.0
w:me|vervolgafspraak|-1.0
w:medewerking|waarschuwen|-1.0
w:medewerking|bekritiseren|1.0
w:medewerking|afleiden|-1.0
w:medewerking|bedanken|-1.61
w:medicijnen|vervolgafspraak|0.81
w:mee|ik-boodschap|-1.69
w:mee|jij-boodschap|2.49
w:mee|gevoelsreflectie|0.42
w:mee|open-vraag|0.97
w:mee|aanmoediging|-0.97
w:mee|bevelen|-0.71
w:mee|moraliseren|-0.68
w:mee|adviseren|-0.97
w:mee|prijzen|0.78
w:mee|etiketteren|-0.92
w:mee|interpreteren|0.93
w:mee|afronding-aankondigen|1.97
w:mee|vervolgafspraak|0.97
w:mee|bedanken|0.54
w:meedenken|bedanken|0.84
w:meedenkend|waarschuwen|-0.98
w:meedoen|ik-boodschap|2.86
w:meedoen|jij-boodschap|-0.97
w:meedoen|open-vraag|0.99
w:meedoen|moraliseren|-1.0
w:meedoen|argumenteren|-0.97
w:meedoen|bekritiseren|-0.97
w:meedoen|vervolgafspraak|-1.0
w:meedoet|open-vraag|-0.99
w:meegedaan|jij-boodschap|-0.68
w:meegenomen|geruststellen|-0.97
w:meekrijgen|moraliseren|0.99
w:meekwam|prijzen|-0.82
w:meekwam|bedanken|0.91
w:meeneemt|jij-boodschap|-0.81
w:meeneemt|open-vraag|0.96
w:meer|jij-boodschap|-1.68
w:meer|parafrase|-0.99
w:meer|gevoelsreflectie|-0.9
w:meer|samenvatting|1.84
w:meer|waarschuwen|-0.98
w:meer|moraliseren|1.78
w:meer|adviseren|0.86
w:meer|argumenteren|-0.94
w:meer|bekritiseren|-2.42
w:meer|afleiden|-1.95
w:mees|samenvatting|0.97
w:mees|open-vraag|1.0
w:mees|adviseren|-1.0
w:meest|gevoelsreflectie|1.0
w:meest|open-vraag|1.0
w:meest|interpreteren|-1.0
w:meest|afronding-aankondigen|-1.0
w:meevalt|bekritiseren|-0.77
w:meevalt|interpreteren|-0.97
w:meewerkt|waarschuwen|1.0
w:mei|argumenteren|0.69
w:meid|bekritiseren|-0.9
w:meid|etiketteren|-0.34
w:meid|ondervragen|-0.96
w:meid|afleiden|-0.74
w:meivakantie|open-vraag|1.0
w:melden|ik-boodschap|0.95
w:melden|samenvatting|-1.0
w:melden|waarschuwen|-0.95
w:meldt|ik-boodschap|-0.96
w:meldt|bevelen|0.97
w:meldt|ondervragen|-0.97
w:meldt|vervolgafspraak|-0.82
w:meneer|aanmoediging|-0.91
w:meneer|bekritiseren|-0.75
w:meneer|etiketteren|0.21
w:mentor|ik-boodschap|-0.99
w:mentor|jij-boodschap|-0.97
w:mentor|parafrase|0.79
w:mentor|gevoelsreflectie|0.71
w:mentor|samenvatting|0.99
w:mentor|bevelen|-0.87
w:mentor|waarschuwen|-0.97
w:mentor|etiketteren|-0.96
w:mentor|interpreteren|-0.94
w:mentor|geruststellen|-0.13
w:mentor|afronding-aankondigen|-0.92
w:mentor|vervolgafspraak|0.78
w:mentor|bedanken|0.99
w:merk|ik-boodschap|-0.99
w:merk|parafrase|-1.0
w:merk|gevoelsreflectie|0.99
w:merk|samenvatting|-0.99
w:merk|aanmoediging|0.96
w:merk|bekritiseren|-0.99
w:merk|etiketteren|0.99
w:merk|geruststellen|-0.9
w:merken|bekritiseren|0.63
w:merkt|ik-boodschap|0.99
w:merkt|parafrase|0.91
w:merkt|open-vraag|0.12
w:merkt|aanmoediging|-0.99
w:met|ik-boodschap|3.07
w:met|parafrase|0.99
w:met|gevoelsreflectie|0.8
w:met|samenvatting|1.94
w:met|open-vraag|-0.53
w:met|bevelen|-0.85
w:met|waarschuwen|-0.97
w:met|moraliseren|-0.92
w:met|adviseren|2.07
w:met|argumenteren|-1.77
w:met|bekritiseren|0.42
w:met|prijzen|-0.15
w:met|etiketteren|-1.88
w:met|interpreteren|-1.0
w:met|geruststellen|-0.97
w:met|ondervragen|-1.71
w:met|afleiden|-1.56
w:met|vervolgafspraak|-0.26
w:met|bedanken|-0.23
w:meteen|ik-boodschap|-1.0
w:meteen|jij-boodschap|-0.86
w:meteen|adviseren|0.97
w:meteen|bekritiseren|-0.91
w:meteen|prijzen|1.0
w:meteen|geruststellen|-1.0
w:meteen|ondervragen|0.91
w:mevrouw|bevelen|1.63
w:mevrouw|moraliseren|-0.9
w:mevrouw|bekritiseren|-2.23
w:mevrouw|etiketteren|0.91
w:mevrouw|interpreteren|-0.9
w:mevrouw|geruststellen|-0.99
w:middag|parafrase|0.99
w:midden|open-vraag|-0.87
w:midden|bevelen|-1.0
w:midden|waarschuwen|-1.0
w:midden|bekritiseren|-0.98
w:middernacht|moraliseren|0.96
w:middernacht|afleiden|-0.96
w:mij|jij-boodschap|1.85
w:mij|gevoelsreflectie|-0.98
w:mij|samenvatting|0.94
w:mij|open-vraag|-0.59
w:mij|bevelen|1.85
w:mij|waarschuwen|-1.82
w:mij|bekritiseren|1.5
w:mij|prijzen|-1.99
w:mij|interpreteren|0.94
w:mij|geruststellen|-1.97
w:mij|afronding-aankondigen|-1.92
w:mij|vervolgafspraak|1.91
w:mijn|ik-boodschap|-1.99
w:mijn|samenvatting|0.87
w:mijn|open-vraag|-0.87
w:mijn|bevelen|1.82
w:mijn|waarschuwen|-1.0
w:mijn|moraliseren|-0.44
w:mijn|adviseren|0.78
w:mijn|argumenteren|-0.94
w:mijn|bekritiseren|-0.72
w:mijn|vervolgafspraak|-1.07
w:mijn|bedanken|1.0
w:mila|open-vraag|1.95
w:mila|moraliseren|0.69
w:mila|prijzen|0.82
w:milan|jij-boodschap|-0.96
w:milan|open-vraag|-1.66
w:milan|bevelen|-0.63
w:milan|bekritiseren|-0.96
w:minder|jij-boodschap|-1.0
w:minder|moraliseren|-0.92
w:minder|bekritiseren|-1.0
w:minder|afleiden|-1.0
w:minste|moraliseren|0.96
w:minuten|open-vraag|0.87
w:minuten|vervolgafspraak|-0.96
w:mis|ik-boodschap|1.0
w:mis|jij-boodschap|-0.98
w:mis|argumenteren|0.97
w:misgaat|samenvatting|-0.66
w:misgaat|open-vraag|0.97
w:misschien|ik-boodschap|1.84
w:misschien|jij-boodschap|-0.78
w:misschien|gevoelsreflectie|1.0
w:misschien|open-vraag|-1.0
w:misschien|bevelen|-0.99
w:misschien|moraliseren|-0.87
w:misschien|adviseren|4.74
w:misschien|interpreteren|0.93
w:misschien|vervolgafspraak|0.97
w:missen|gevoelsreflectie|-0.92
w:missen|geruststellen|-0.68
w:mist|ik-boodschap|0.18
w:mist|jij-boodschap|-0.95
w:mist|parafrase|-1.97
w:mist|gevoelsreflectie|-1.0
w:mist|samenvatting|0.98
w:mist|argumenteren|0.7
w:mist|vervolgafspraak|1.0
w:mm|aanmoediging|0.99
w:mo|ik-boodschap|0.95
w:mo|waarschuwen|-0.95
w:moe|ik-boodschap|1.0
w:moe|samenvatting|0.97
w:moe|afronding-aankondigen|1.0
w:moedeloos|ik-boodschap|0.97
w:moedeloos|jij-boodschap|-0.97
w:moedeloos|argumenteren|-0.97
w:moedeloos|bekritiseren|-0.97
w:moeder|parafrase|0.94
w:moeder|gevoelsreflectie|-1.82
w:moeder|open-vraag|-1.0
w:moeder|bevelen|-0.99
w:moeder|moraliseren|2.95
w:moeder|bekritiseren|-1.0
w:moeder|prijzen|1.0
w:moeder|etiketteren|-0.91
w:moeder|interpreteren|-1.94
w:moeder|ondervragen|0.95
w:moeder|afleiden|-0.96
w:moeder|vervolgafspraak|0.85
w:moeder|bedanken|0.97
w:moeilijk|jij-boodschap|-0.93
w:moeilijk|gevoelsreflectie|1.41
w:moeilijk|aanmoediging|-0.89
w:moeilijk|argumenteren|0.94
w:moeilijk|bekritiseren|-0.9
w:moeilijk|etiketteren|0.99
w:moeilijk|interpreteren|0.94
w:moeilijk|vervolgafspraak|0.76
w:moeite|ik-boodschap|-0.9
w:moeite|gevoelsreflectie|-1.0
w:moeite|bekritiseren|-1.81
w:moeite|bedanken|0.99
w:moest|ik-boodschap|1.0
w:moest|parafrase|0.94
w:moest|interpreteren|-0.94
w:moet|ik-boodschap|0.73
w:moet|jij-boodschap|-1.0
w:moet|gevoelsreflectie|1.84
w:moet|open-vraag|1.03
w:moet|aanmoediging|-0.88
w:moet|bevelen|1.82
w:moet|waarschuwen|0.86
w:moet|moraliseren|0.97
w:moet|adviseren|0.17
w:moet|bekritiseren|-1.94
w:moet|afronding-aankondigen|1.0
w:moet|vervolgafspraak|-1.93
w:moeten|jij-boodschap|-0.97
w:moeten|parafrase|-1.0
w:moeten|samenvatting|-0.99
w:moeten|moraliseren|2.88
w:moeten|adviseren|-1.92
w:moeten|bekritiseren|-0.24
w:moeten|prijzen|1.0
w:moeten|afleiden|-1.85
w:moeten|afronding-aankondigen|0.99
w:moeten|vervolgafspraak|-0.98
w:moeten|bedanken|-1.0
w:mogelijk|bekritiseren|0.63
w:mogen|moraliseren|0.96
w:mohammed|jij-boodschap|1.84
w:mohammed|open-vraag|-1.0
w:momentje|aanmoediging|-0.94
w:mond|bekritiseren|0.56
w:mooi|ik-boodschap|0.96
w:mooi|parafrase|-0.99
w:mooi|afleiden|0.8
w:mooi|bedanken|-0.84
w:mooie|argumenteren|-0.98
w:moois|geruststellen|-1.0
w:morgen|ik-boodschap|-0.99
w:morgen|jij-boodschap|0.97
w:morgen|bevelen|3.54
w:morgen|waarschuwen|0.17
w:morgen|moraliseren|-0.9
w:morgen|bekritiseren|-0.56
w:morgen|prijzen|-0.92
w:morgen|interpreteren|-1.88
w:morgen|vervolgafspraak|1.06
w:morgen|bedanken|-1.84
w:musical|jij-boodschap|-0.98
w:musical|bevelen|-0.98
w:musical|bekritiseren|-0.98
w:na|ik-boodschap|-0.91
w:na|jij-boodschap|1.07
w:na|parafrase|0.74
w:na|waarschuwen|-0.96
w:na|moraliseren|-0.99
w:na|bekritiseren|0.95
w:na|geruststellen|1.0
w:na|vervolgafspraak|1.82
w:naam|ik-boodschap|-1.0
w:naar|ik-boodschap|1.01
w:naar|jij-boodschap|1.66
w:naar|parafrase|0.99
w:naar|samenvatting|0.71
w:naar|open-vraag|-0.17
w:naar|aanmoediging|-1.95
w:naar|bevelen|1.61
w:naar|waarschuwen|0.65
w:naar|moraliseren|-0.9
w:naar|bekritiseren|0.73
w:naar|prijzen|-1.92
w:naar|interpreteren|-0.88
w:naar|ondervragen|1.09
w:naar|afleiden|-0.98
w:naar|bedanken|-0.96
w:naast|ik-boodschap|0.99
w:naast|jij-boodschap|-0.92
w:naast|parafrase|-0.99
w:naast|samenvatting|0.94
w:naast|open-vraag|-1.0
w:naast|waarschuwen|-0.93
w:naast|bekritiseren|-1.86
w:nablijven|moraliseren|-0.99
w:nablijven|argumenteren|0.99
w:nachtrust|samenvatting|0.97
w:nachts|jij-boodschap|0.69
w:nachts|parafrase|-0.97
w:nachts|adviseren|0.99
w:nachts|bekritiseren|0.97
w:nadenken|aanmoediging|0.96
w:nagekomen|bekritiseren|0.84
w:nakomen|vervolgafspraak|-0.77
w:nam|bedanken|0.99
w:namen|moraliseren|0.87
w:natuurkunde|jij-boodschap|-0.98
w:natuurkunde|bekritiseren|-0.78
w:natuurlijk|prijzen|0.97
w:nauwelijks|ik-boodschap|1.0
w:nauwelijks|jij-boodschap|1.71
w:nauwelijks|bekritiseren|0.99
w:nederlands|bevelen|-0.98
w:nederlands|waarschuwen|-1.88
w:nederlands|bekritiseren|-0.91
w:nee|bevelen|0.97
w:nee|argumenteren|0.94
w:neem|aanmoediging|1.96
w:neem|vervolgafspraak|0.97
w:neemt|moraliseren|-0.91
w:neemt|bekritiseren|-0.3
w:neer|jij-boodschap|0.92
w:neer|samenvatting|-0.8
w:neer|bekritiseren|0.92
w:negatief|bekritiseren|0.81
w:negen|parafrase|0.91
w:negen|samenvatting|0.92
w:negen|adviseren|0.96
w:negen|bedanken|0.69
w:nemen|ik-boodschap|-1.0
w:nemen|parafrase|-1.0
w:nemen|gevoelsreflectie|-0.71
w:nemen|samenvatting|-0.93
w:nemen|bevelen|-0.95
w:nemen|waarschuwen|1.0
w:nemen|moraliseren|0.9
w:nemen|geruststellen|-0.95
w:nergens|ik-boodschap|-1.0
w:nergens|jij-boodschap|0.88
w:nergens|parafrase|-1.0
w:nergens|gevoelsreflectie|-1.0
w:nergens|samenvatting|-2.75
w:nergens|open-vraag|-1.95
w:nergens|aanmoediging|-1.0
w:nergens|bevelen|-1.0
w:nergens|waarschuwen|-1.0
w:nergens|moraliseren|-1.0
w:nergens|adviseren|-1.0
w:nergens|argumenteren|0.89
w:nergens|bekritiseren|2.88
w:nergens|prijzen|-1.0
w:nergens|etiketteren|-1.0
w:nergens|interpreteren|-1.0
w:nergens|geruststellen|-1.0
w:nergens|ondervragen|-1.0
w:nergens|afleiden|-1.0
w:nergens|afronding-aankondigen|-1.0
w:nergens|vervolgafspraak|-1.0
w:nergens|bedanken|-1.0
w:net|jij-boodschap|1.77
w:net|etiketteren|0.97
w:niemand|jij-boodschap|-0.75
w:niemand|parafrase|-0.96
w:niemand|gevoelsreflectie|1.02
w:niemand|open-vraag|-0.99
w:niemand|geruststellen|1.36
w:niemand|afronding-aankondigen|-1.0
w:niemand|bedanken|-0.96
w:niet|ik-boodschap|4.24
w:niet|jij-boodschap|-3.88
w:niet|parafrase|-1.05
w:niet|samenvatting|-0.24
w:niet|open-vraag|-0.31
w:niet|aanmoediging|-0.96
w:niet|bevelen|-0.36
w:niet|moraliseren|-0.42
w:niet|adviseren|-1.78
w:niet|argumenteren|0.81
w:niet|prijzen|-0.17
w:niet|etiketteren|-0.91
w:niet|interpreteren|-2.94
w:niet|geruststellen|0.22
w:niet|afleiden|-0.72
w:niet|vervolgafspraak|-0.78
w:niets|ik-boodschap|0.99
w:niets|jij-boodschap|0.98
w:niets|gevoelsreflectie|-0.96
w:niets|samenvatting|-0.97
w:niets|bevelen|-1.0
w:niets|waarschuwen|1.0
w:niets|adviseren|-1.0
w:niets|bekritiseren|1.53
w:niets|etiketteren|-1.0
w:niets|geruststellen|1.31
w:niets|ondervragen|1.0
w:niets|afronding-aankondigen|-1.0
w:niets|vervolgafspraak|-1.94
w:nieuw|adviseren|-0.97
w:nieuw|afronding-aankondigen|0.95
w:nieuw|vervolgafspraak|1.95
w:nieuw|bedanken|-0.61
w:nieuwe|ik-boodschap|-0.23
w:nieuwe|gevoelsreflectie|-0.99
w:nieuwe|open-vraag|-1.62
w:nieuwe|argumenteren|-0.99
w:nieuwe|etiketteren|-0.96
w:nieuwe|afleiden|0.84
w:nieuwe|afronding-aankondigen|-0.13
w:nieuwe|vervolgafspraak|0.99
w:nieuws|afleiden|-0.98
w:nieuwsbrief|jij-boodschap|0.91
w:nieuwsbrief|bekritiseren|0.66
w:niks|ik-boodschap|-0.7
w:niks|jij-boodschap|2.71
w:niks|adviseren|-1.0
w:niks|argumenteren|1.0
w:niks|geruststellen|-0.83
w:niks|afleiden|1.93
w:niks|afronding-aankondigen|1.0
w:nina|ik-boodschap|0.16
w:noah|open-vraag|0.82
w:noah|adviseren|0.97
w:noah|vervolgafspraak|0.97
w:nodig|samenvatting|-0.91
w:nodig|afleiden|-0.29
w:noemt|samenvatting|-0.93
w:nog|ik-boodschap|0.2
w:nog|jij-boodschap|2.42
w:nog|parafrase|-2.97
w:nog|samenvatting|-0.33
w:nog|aanmoediging|-0.99
w:nog|bevelen|-0.72
w:nog|waarschuwen|1.21
w:nog|adviseren|-1.0
w:nog|argumenteren|-0.99
w:nog|bekritiseren|0.22
w:nog|prijzen|0.93
w:nog|etiketteren|-0.91
w:nog|interpreteren|0.93
w:nog|afleiden|1.0
w:nog|vervolgafspraak|-0.97
w:nog|bedanken|-0.14
w:nogal|bekritiseren|0.41
w:nogal|afleiden|-0.99
w:nooit|ik-boodschap|-0.95
w:nooit|jij-boodschap|1.38
w:nooit|aanmoediging|-0.94
w:nooit|bevelen|0.98
w:nooit|adviseren|1.89
w:nooit|argumenteren|-1.0
w:nooit|bekritiseren|3.43
w:nooit|ondervragen|0.95
w:noor|ik-boodschap|1.0
w:noor|jij-boodschap|-0.92
w:noor|waarschuwen|-0.98
w:noor|bekritiseren|-0.92
w:noor|prijzen|-0.82
w:noor|bedanken|0.13
w:nooti|jij-boodschap|1.86
w:nooti|bekritiseren|1.69
w:norm|ik-boodschap|0.86
w:normaal|ik-boodschap|-1.0
w:normaal|jij-boodschap|1.9
w:normaal|parafrase|-0.98
w:normaal|open-vraag|-0.87
w:normaal|moraliseren|1.0
w:normaal|bekritiseren|0.94
w:normaal|geruststellen|1.71
w:normaal|afleiden|-1.0
w:normering|jij-boodschap|-0.73
w:normering|parafrase|0.9
w:normering|argumenteren|0.9
w:nou|ik-boodschap|0.76
w:nou|jij-boodschap|-0.81
w:nou|bevelen|-1.0
w:nou|waarschuwen|-1.0
w:nou|moraliseren|0.82
w:nou|argumenteren|-0.28
w:nou|bekritiseren|2.31
w:nou|etiketteren|1.86
w:nou|geruststellen|0.98
w:nou|vervolgafspraak|-0.97
w:nou|bedanken|-4.11
w:nu|ik-boodschap|0.82
w:nu|jij-boodschap|-2.64
w:nu|parafrase|-0.91
w:nu|gevoelsreflectie|0.84
w:nu|samenvatting|1.01
w:nu|aanmoediging|-0.86
w:nu|bevelen|2.13
w:nu|waarschuwen|-1.09
w:nu|moraliseren|-0.93
w:nu|argumenteren|-0.97
w:nu|bekritiseren|0.28
w:nu|prijzen|0.83
w:nu|etiketteren|-0.64
w:nu|interpreteren|-0.97
w:nu|geruststellen|-2.31
w:nu|afleiden|1.12
w:nu|afronding-aankondigen|2.93
w:nu|vervolgafspraak|-0.95
w:nu|bedanken|0.54
w:och|jij-boodschap|-0.86
w:och|bekritiseren|-0.86
w:och|geruststellen|-0.96
w:och|afleiden|1.73
w:ochtend|ik-boodschap|0.96
w:ochtend|moraliseren|-0.87
w:ochtends|parafrase|0.91
w:ochtends|gevoelsreflectie|-0.69
w:ochtends|samenvatting|-0.99
w:oefenen|waarschuwen|-0.87
w:oefenen|geruststellen|-0.67
w:oefeningen|gevoelsreflectie|-0.71
w:oefeningen|open-vraag|0.97
w:oefent|argumenteren|1.74
w:oefent|geruststellen|-0.71
w:of|ik-boodschap|0.83
w:of|open-vraag|-0.99
w:of|waarschuwen|1.64
w:of|argumenteren|-1.0
w:of|bekritiseren|-0.87
w:of|ondervragen|-0.97
w:ogen|bevelen|1.0
w:ogen|bekritiseren|0.85
w:ok|aanmoediging|0.99
w:oke|ik-boodschap|-0.88
w:oke|afleiden|-0.87
w:oke|afronding-aankondigen|0.97
w:oké|jij-boodschap|0.81
w:oké|parafrase|0.18
w:oké|bekritiseren|0.9
w:oké|etiketteren|-0.64
w:om|ik-boodschap|-1.07
w:om|jij-boodschap|-0.13
w:om|gevoelsreflectie|-1.78
w:om|samenvatting|0.17
w:om|aanmoediging|-0.99
w:om|bevelen|1.8
w:om|waarschuwen|-0.95
w:om|moraliseren|-0.68
w:om|adviseren|2.1
w:om|argumenteren|-1.88
w:om|bekritiseren|-1.11
w:om|etiketteren|0.76
w:om|interpreteren|0.98
w:om|geruststellen|-0.73
w:om|ondervragen|-0.94
w:om|afleiden|-1.0
w:om|vervolgafspraak|0.22
w:om|bedanken|0.54
w:omdat|ik-boodschap|1.88
w:omdat|jij-boodschap|-1.74
w:omdat|parafrase|-0.13
w:omdat|gevoelsreflectie|0.97
w:omdat|bevelen|-1.0
w:omdat|waarschuwen|-1.0
w:omdat|moraliseren|-1.0
w:omdat|argumenteren|-1.67
w:omdat|bekritiseren|-1.0
w:omdat|interpreteren|4.87
w:omdat|ondervragen|-1.0
w:omdat|afronding-aankondigen|-0.97
w:omdat|vervolgafspraak|-0.19
w:omgaat|ondervragen|-0.94
w:onacceptabel|bekritiseren|0.99
w:onbeleefd|jij-boodschap|1.0
w:onbeleefd|gevoelsreflectie|-1.0
w:onbeleefd|bevelen|-0.93
w:onbeleefd|bekritiseren|-0.32
w:onbeschoft|jij-boodschap|-0.9
w:onbeschoft|bekritiseren|0.93
w:onbetrouwbare|moraliseren|-0.98
w:onbetrouwbare|bekritiseren|-1.6
w:onbetrouwbare|etiketteren|0.98
w:onder|ik-boodschap|0.83
w:onder|jij-boodschap|-0.94
w:onder|gevoelsreflectie|-1.0
w:onderbouw|ik-boodschap|-1.0
w:onderbreekt|bekritiseren|0.84
w:onderbreken|open-vraag|-0.66
w:ondernomen|bekritiseren|0.95
w:onderschat|jij-boodschap|0.71
w:ondersteboven|jij-boodschap|-0.95
w:onderzoek|argumenteren|1.96
w:oneerlijk|jij-boodschap|0.71
w:oneerlijk|gevoelsreflectie|-0.88
w:oneerlijk|bekritiseren|0.88
w:ongemakkelijk|interpreteren|-0.93
w:ongemotiveerd|bekritiseren|0.77
w:ongeoorloofd|gevoelsreflectie|-0.84
w:ongeoorloofd|etiketteren|-0.75
w:ongepast|bekritiseren|0.98
w:ongepaste|bekritiseren|0.57
w:ongerust|gevoelsreflectie|1.71
w:ongerust|open-vraag|1.09
w:ongerust|etiketteren|-1.0
w:ongerust|interpreteren|-1.0
w:ongerust|geruststellen|1.87
w:ongerust|ondervragen|-1.0
w:ongerust|afronding-aankondigen|-1.0
w:ongeïnteresseerd|bekritiseren|-0.45
w:onhandig|bekritiseren|0.98
w:online|jij-boodschap|-0.97
w:online|parafrase|-0.99
w:online|samenvatting|0.99
w:online|bekritiseren|0.31
w:onredelijke|bekritiseren|0.92
w:onrustig|ik-boodschap|-0.99
w:onrustig|parafrase|-0.94
w:onrustig|prijzen|-1.0
w:onrustig|geruststellen|-1.0
w:onrustige|open-vraag|-0.98
w:ons|open-vraag|-0.59
w:ons|argumenteren|0.98
w:ons|geruststellen|-0.92
w:ontdaan|geruststellen|-0.99
w:ontvangen|parafrase|-0.99
w:ontvangen|ondervragen|-0.95
w:ontvangt|bekritiseren|-0.99
w:ontzettend|jij-boodschap|2.42
w:ontzettend|bevelen|-0.93
w:ontzettend|bekritiseren|2.51
w:ontzettende|etiketteren|0.88
w:ontzettende|geruststellen|-0.96
w:onverschillig|bekritiseren|0.41
w:onvoldoende|gevoelsreflectie|0.96
w:onvoldoende|samenvatting|-0.94
w:onvoldoende|etiketteren|-0.69
w:onvoldoende|interpreteren|-0.97
w:onvoldoende|afleiden|0.97
w:onvoldoendes|ik-boodschap|0.77
w:onvoldoendes|waarschuwen|-0.86
w:onvoldoendes|argumenteren|1.83
w:onze|samenvatting|-0.99
w:onze|aanmoediging|-0.99
w:onze|moraliseren|0.69
w:onze|afronding-aankondigen|0.99
w:onze|vervolgafspraak|-0.99
w:onze|bedanken|-0.96
w:onzeker|ik-boodschap|-0.99
w:onzeker|open-vraag|-0.99
w:onzeker|bekritiseren|-0.95
w:onzekerheid|interpreteren|0.99
w:onzin|argumenteren|-0.99
w:onzinnige|bekritiseren|0.97
w:onzinnige|prijzen|-0.97
w:onzinverhaal|bekritiseren|3.2
w:onzinverhaal|etiketteren|-0.79
w:oog|ik-boodschap|0.94
w:ooit|jij-boodschap|1.81
w:ooit|bekritiseren|1.53
w:ook|ik-boodschap|-0.24
w:ook|jij-boodschap|-0.92
w:ook|gevoelsreflectie|-1.88
w:ook|samenvatting|-0.95
w:ook|open-vraag|-1.0
w:ook|bevelen|-0.86
w:ook|waarschuwen|-0.98
w:ook|moraliseren|1.57
w:ook|adviseren|-0.96
w:ook|argumenteren|-0.83
w:ook|bekritiseren|-0.6
w:ook|prijzen|2.15
w:ook|etiketteren|-1.0
w:ook|interpreteren|-2.0
w:ook|afleiden|0.19
w:ook|vervolgafspraak|0.97
w:oortjes|ik-boodschap|-0.76
w:op|ik-boodschap|-1.72
w:op|jij-boodschap|-0.82
w:op|parafrase|-1.87
w:op|samenvatting|0.67
w:op|open-vraag|-1.73
w:op|aanmoediging|-1.0
w:op|bevelen|-1.75
w:op|waarschuwen|0.77
w:op|moraliseren|1.98
w:op|adviseren|-1.06
w:op|argumenteren|1.52
w:op|bekritiseren|-0.59
w:op|prijzen|0.78
w:op|etiketteren|-1.91
w:op|interpreteren|-1.04
w:op|geruststellen|-0.99
w:op|ondervragen|-0.12
w:op|afleiden|-1.06
w:op|afronding-aankondigen|-0.95
w:op|vervolgafspraak|-1.74
w:op|bedanken|-0.73
w:opdagen|jij-boodschap|1.82
w:opdagen|gevoelsreflectie|-0.99
w:opdagen|bekritiseren|2.04
w:opdagen|bedanken|-0.99
w:opdracht|ik-boodschap|1.76
w:opdracht|jij-boodschap|-2.93
w:opdracht|parafrase|-1.0
w:opdracht|gevoelsreflectie|-1.0
w:opdracht|samenvatting|-1.0
w:opdracht|open-vraag|-1.0
w:opdracht|aanmoediging|-1.0
w:opdracht|bevelen|-1.0
w:opdracht|waarschuwen|-1.0
w:opdracht|moraliseren|-1.0
w:opdracht|adviseren|-1.83
w:opdracht|argumenteren|0.92
w:opdracht|bekritiseren|-0.93
w:opdracht|etiketteren|-1.0
w:opdracht|interpreteren|-1.0
w:opdracht|geruststellen|-1.0
w:opdracht|ondervragen|-1.0
w:opdracht|afleiden|-1.0
w:opdracht|afronding-aankondigen|-1.0
w:opdracht|vervolgafspraak|-1.0
w:opdracht|bedanken|-1.0
w:opdrachten|ik-boodschap|1.99
w:opdrachten|parafrase|-0.99
w:opdrachten|open-vraag|0.99
w:open|interpreteren|-0.98
w:open|bedanken|0.99
w:opgaven|vervolgafspraak|0.95
w:opgelucht|ik-boodschap|0.99
w:opgevallen|ik-boodschap|-0.91
w:opgevangen|prijzen|-0.76
w:opgevat|afleiden|-0.98
w:opgevoed|jij-boodschap|0.96
w:opgevoed|bekritiseren|0.96
w:ophaalt|waarschuwen|0.99
w:ophaalt|moraliseren|-0.99
w:oplaadt|ik-boodschap|0.89
w:opletten|bekritiseren|-0.93
w:oplevert|bevelen|-0.84
w:oplossen|open-vraag|0.99
w:opmerking|jij-boodschap|-0.94
w:opmerking|waarschuwen|1.81
w:opmerking|bekritiseren|1.89
w:opmerking|prijzen|-0.97
w:opneemt|parafrase|0.79
w:opneemt|open-vraag|0.79
w:opnemen|bekritiseren|0.83
w:oprecht|open-vraag|0.99
w:opruimen|geruststellen|-1.0
w:opschrijft|ik-boodschap|0.91
w:opschrijft|jij-boodschap|-0.86
w:opschrijft|bekritiseren|-0.86
w:opstaat|ik-boodschap|0.99
w:opstaat|vervolgafspraak|-0.99
w:opvoeden|moraliseren|0.97
w:opvoeden|argumenteren|-0.97
w:opvoeden|afleiden|-0.64
w:orthopedagoog|jij-boodschap|0.96
w:orthopedagoog|bekritiseren|1.82
w:oude|samenvatting|0.92
w:oude|open-vraag|0.92
w:oude|geruststellen|0.93
w:ouder|ik-boodschap|-0.96
w:ouder|jij-boodschap|0.95
w:ouder|gevoelsreflectie|1.0
w:ouder|moraliseren|1.31
w:ouder|adviseren|-0.99
w:ouder|argumenteren|-0.99
w:ouder|prijzen|-0.18
w:ouder|etiketteren|1.08
w:ouder|geruststellen|1.48
w:ouder|ondervragen|-0.94
w:ouder|bedanken|-1.0
w:ouderavond|parafrase|-0.99
w:ouderavond|waarschuwen|-0.97
w:ouderavond|ondervragen|0.98
w:ouders|ik-boodschap|-1.0
w:ouders|jij-boodschap|0.91
w:ouders|bevelen|-1.0
w:ouders|waarschuwen|1.0
w:ouders|moraliseren|1.98
w:ouders|argumenteren|-1.89
w:ouders|bekritiseren|-2.05
w:ouders|afleiden|-0.98
w:ouders|afronding-aankondigen|0.98
w:ouders|vervolgafspraak|-0.98
w:over|ik-boodschap|-1.62
w:over|jij-boodschap|-2.22
w:over|gevoelsreflectie|-0.92
w:over|open-vraag|0.99
w:over|bevelen|-1.11
w:over|moraliseren|-1.06
w:over|adviseren|-0.97
w:over|bekritiseren|-1.35
w:over|etiketteren|-0.97
w:over|interpreteren|1.03
w:over|geruststellen|-0.92
w:over|ondervragen|-1.13
w:over|afleiden|-0.13
w:over|vervolgafspraak|1.95
w:over|bedanken|-0.6
w:overal|jij-boodschap|0.96
w:overal|gevoelsreflectie|-0.85
w:overal|bevelen|0.93
w:overal|adviseren|-1.0
w:overal|bekritiseren|1.85
w:overal|prijzen|-0.96
w:overal|etiketteren|0.96
w:overdreven|jij-boodschap|-1.68
w:overdrijft|bekritiseren|-3.92
w:overgangsnormen|ik-boodschap|-0.97
w:overhoort|bevelen|-0.94
w:overhoort|prijzen|-0.94
w:overkomt|geruststellen|-1.11
w:overkomt|afleiden|1.19
w:overleg|samenvatting|0.94
w:overleg|vervolgafspraak|0.94
w:overleg|bedanken|-0.78
w:overslaat|ik-boodschap|0.78
w:overstap|open-vraag|-0.92
w:overstapt|parafrase|0.99
w:overtuigd|geruststellen|0.97
w:paar|geruststellen|0.23
w:pak|ik-boodschap|-0.86
w:pak|bevelen|0.95
w:pakt|samenvatting|-0.91
w:pakt|open-vraag|0.16
w:parijs|parafrase|-1.0
w:pas|ik-boodschap|0.95
w:pas|parafrase|0.75
w:pas|bevelen|-0.78
w:pas|waarschuwen|-0.95
w:pas|bekritiseren|0.93
w:pas|geruststellen|-0.95
w:pas|ondervragen|-0.91
w:pasje|ik-boodschap|-0.89
w:pasje|geruststellen|-0.93
w:pauze|ik-boodschap|1.01
w:pauze|gevoelsreflectie|-1.95
w:pauze|open-vraag|0.99
w:pauze|argumenteren|-1.0
w:pauze|vervolgafspraak|-1.0
w:per|bekritiseren|-0.99
w:periode|gevoelsreflectie|0.99
w:periode|open-vraag|-0.98
w:periode|waarschuwen|-0.98
w:periode|bekritiseren|-0.47
w:pest|jij-boodschap|1.84
w:pest|bekritiseren|0.94
w:pesten|vervolgafspraak|-0.94
w:pesterijen|gevoelsreflectie|-0.9
w:pestkop|argumenteren|-0.9
w:pet|jij-boodschap|0.96
w:pet|geruststellen|-0.98
w:pieter|ik-boodschap|-1.0
w:pijn|waarschuwen|-0.98
w:pijn|bekritiseren|-0.54
w:plan|parafrase|-0.97
w:plan|gevoelsreflectie|0.92
w:plan|adviseren|-0.97
w:plan|afronding-aankondigen|-0.92
w:plan|vervolgafspraak|1.75
w:plannen|ik-boodschap|0.99
w:plannen|jij-boodschap|-3.62
w:plannen|bevelen|-0.2
w:plannen|adviseren|1.07
w:plannen|argumenteren|-0.71
w:plannen|bekritiseren|-0.95
w:plannen|geruststellen|-0.57
w:plannen|ondervragen|0.95
w:plannen|afronding-aankondigen|0.92
w:plannen|vervolgafspraak|-1.0
w:planner|ik-boodschap|0.87
w:planner|samenvatting|0.99
w:planner|bevelen|-0.99
w:planner|bekritiseren|0.13
w:planning|jij-boodschap|0.7
w:planning|samenvatting|0.99
w:planning|moraliseren|-1.0
w:planning|adviseren|1.0
w:planning|interpreteren|-0.99
w:planning|afleiden|-0.99
w:planning|vervolgafspraak|0.93
w:planning|bedanken|0.21
w:playstation|adviseren|1.69
w:playstation|bekritiseren|0.91
w:plek|parafrase|-0.94
w:plek|waarschuwen|0.92
w:plezier|parafrase|-0.98
w:plezier|samenvatting|0.95
w:plicht|ik-boodschap|-0.96
w:plicht|samenvatting|-0.97
w:plicht|moraliseren|0.92
w:plichten|moraliseren|0.96
w:plichten|argumenteren|-0.96
w:pootjes|geruststellen|0.82
w:post|bekritiseren|-0.99
w:potje|bekritiseren|0.9
w:praat|jij-boodschap|-1.0
w:praat|samenvatting|2.73
w:praat|open-vraag|-0.99
w:praat|moraliseren|1.0
w:praat|adviseren|-0.99
w:praat|bekritiseren|-0.89
w:praat|interpreteren|-1.0
w:praat|ondervragen|-0.91
w:praat|bedanken|0.21
w:praten|ik-boodschap|2.0
w:praten|jij-boodschap|-1.0
w:praten|gevoelsreflectie|0.84
w:praten|samenvatting|0.1
w:praten|open-vraag|-0.59
w:praten|bevelen|1.0
w:praten|moraliseren|0.8
w:praten|adviseren|1.94
w:praten|bekritiseren|-1.17
w:praten|interpreteren|-1.0
w:praten|afronding-aankondigen|-0.98
w:praten|vervolgafspraak|1.73
w:precies|moraliseren|-1.0
w:precies|bekritiseren|-0.91
w:presteren|argumenteren|1.0
w:prikkelbaar|open-vraag|-0.92
w:prima|jij-boodschap|1.66
w:prima|parafrase|-0.97
w:prima|samenvatting|0.66
w:prima|open-vraag|0.66
w:prima|adviseren|-0.94
w:prima|bekritiseren|0.97
w:prima|geruststellen|1.31
w:privénummer|jij-boodschap|0.97
w:privénummer|bekritiseren|1.8
w:probleem|samenvatting|0.93
w:probleem|open-vraag|-0.93
w:probleem|etiketteren|0.96
w:probleem|interpreteren|0.97
w:probleem|ondervragen|-0.91
w:profiel|parafrase|1.0
w:profiel|gevoelsreflectie|-1.0
w:profiel|samenvatting|-0.88
w:profiel|geruststellen|-1.0
w:profielwerkstuk|parafrase|-0.99
w:programma|afleiden|-0.84
w:projecteert|bekritiseren|-0.9
w:protocol|argumenteren|-1.85
w:pta|moraliseren|-0.85
w:pta|argumenteren|1.0
w:pta|bekritiseren|-1.0
w:puber|jij-boodschap|-0.86
w:puber|bekritiseren|-0.86
w:puber|geruststellen|-0.13
w:puber|afleiden|0.9
w:pubers|bekritiseren|-0.98
w:pubers|afleiden|0.81
w:puberteit|moraliseren|-0.9
w:puberteit|argumenteren|-0.96
w:puberteit|interpreteren|0.99
w:puberteit|geruststellen|-0.96
w:puberteit|afleiden|1.61
w:pubertijd|moraliseren|-1.52
w:pubertijd|afleiden|1.87
w:puinhoop|jij-boodschap|0.98
w:puinhoop|bekritiseren|0.71
w:puinhoop|etiketteren|-0.77
w:punt|ik-boodschap|1.0
w:punt|jij-boodschap|-0.7
w:punt|bekritiseren|-0.98
w:punt|afronding-aankondigen|1.0
w:punt|vervolgafspraak|-0.96
w:punten|ik-boodschap|0.78
w:punten|geruststellen|-0.73
w:pushende|bekritiseren|-0.99
w:pushende|etiketteren|0.99
w:pushy|etiketteren|1.0
w:pws|ik-boodschap|1.0
w:raak|afronding-aankondigen|-1.0
w:raakt|parafrase|-1.93
w:raakt|gevoelsreflectie|0.99
w:raakt|open-vraag|0.97
w:raakt|aanmoediging|0.96
w:raakt|waarschuwen|-0.91
w:raakt|ondervragen|-0.91
w:raken|ik-boodschap|0.81
w:ramp|argumenteren|-0.88
w:randje|waarschuwen|0.95
w:rapport|ik-boodschap|0.77
w:rapport|samenvatting|-0.94
w:rapport|open-vraag|0.98
w:rapport|bekritiseren|-0.99
w:ravi|ik-boodschap|-0.99
w:ravi|jij-boodschap|-0.94
w:reactie|jij-boodschap|-0.79
w:reactie|argumenteren|-1.0
w:reactie|bekritiseren|0.95
w:reageert|waarschuwen|-0.91
w:reageert|ondervragen|-1.0
w:reageert|vervolgafspraak|-1.0
w:reageert|bedanken|1.0
w:reageren|jij-boodschap|1.86
w:reageren|bekritiseren|1.69
w:recht|bekritiseren|-0.85
w:redelijk|parafrase|-0.91
w:redelijk|vervolgafspraak|-0.81
w:regel|argumenteren|1.0
w:regelen|geruststellen|0.97
w:regelen|bedanken|-0.68
w:regelmatig|ik-boodschap|-0.99
w:regelmatig|vervolgafspraak|0.81
w:regels|jij-boodschap|1.0
w:regels|waarschuwen|0.12
w:regels|argumenteren|1.94
w:regels|bekritiseren|1.0
w:regels|vervolgafspraak|-1.95
w:regelt|prijzen|0.93
w:regelt|etiketteren|0.81
w:regen|afleiden|0.92
w:reglement|moraliseren|-0.99
w:reglement|argumenteren|0.99
w:reglement|bekritiseren|-0.94
w:reistijd|argumenteren|-0.89
w:reken|samenvatting|-0.94
w:reken|prijzen|0.82
w:rekenen|argumenteren|-0.88
w:rekenmachine|gevoelsreflectie|-0.71
w:rekenmachine|open-vraag|0.97
w:rekenmachine|vervolgafspraak|0.95
w:rekentoets|samenvatting|0.6
w:respect|moraliseren|0.97
w:respect|bekritiseren|0.98
w:respectloze|jij-boodschap|-0.79
w:rest|parafrase|0.94
w:rest|argumenteren|0.94
w:rest|vervolgafspraak|0.81
w:resultaten|bekritiseren|-0.99
w:rij|jij-boodschap|-1.0
w:rij|samenvatting|1.99
w:rij|argumenteren|0.97
w:rij|bekritiseren|-1.0
w:rij|afleiden|-1.0
w:rij|vervolgafspraak|-0.94
w:rijtje|parafrase|-0.98
w:rijtje|samenvatting|0.97
w:rijtje|bedanken|-0.78
w:rik|ik-boodschap|1.0
w:roep|bevelen|0.97
w:roep|adviseren|-0.97
w:roept|ik-boodschap|1.52
w:roken|adviseren|-0.85
w:rollen|bevelen|1.0
w:rollen|bekritiseren|0.85
w:ronden|samenvatting|-0.93
w:ronden|etiketteren|-0.97
w:ronden|afronding-aankondigen|1.92
w:ronden|vervolgafspraak|-0.74
w:ronden|bedanken|0.97
w:rondgaan|ik-boodschap|1.0
w:rondmaken|vervolgafspraak|-0.95
w:ronduit|bekritiseren|0.93
w:rooster|ik-boodschap|-0.25
w:rooster|parafrase|0.99
w:rooster|prijzen|-0.98
w:rot|gevoelsreflectie|0.97
w:rotmoment|gevoelsreflectie|0.98
w:ruben|afleiden|-0.98
w:ruimt|jij-boodschap|-0.97
w:ruimte|ik-boodschap|-0.95
w:ruimte|bekritiseren|0.69
w:rust|parafrase|0.91
w:rusten|afleiden|0.8
w:rustig|jij-boodschap|-1.0
w:rustig|open-vraag|-0.59
w:rustig|aanmoediging|1.01
w:rustig|bevelen|1.06
w:rustig|moraliseren|-1.0
w:rustig|bekritiseren|-1.0
w:ruzie|parafrase|1.99
w:ruzie|samenvatting|1.92
w:ruzie|open-vraag|0.94
w:ruzie|afleiden|0.99
w:ruzie|vervolgafspraak|-0.76
w:ruzietjes|geruststellen|-0.87
w:ruzietjes|afleiden|1.85
w:samen|jij-boodschap|-1.27
w:samen|samenvatting|1.93
w:samen|bevelen|-0.99
w:samen|moraliseren|-0.71
w:samen|adviseren|1.96
w:samen|argumenteren|-0.97
w:samen|interpreteren|-0.93
w:samen|afleiden|-1.64
w:samen|afronding-aankondigen|-0.97
w:samen|vervolgafspraak|1.68
w:samengevat|jij-boodschap|1.01
w:samengevat|parafrase|-0.98
w:samengevat|gevoelsreflectie|0.92
w:samengevat|samenvatting|0.12
w:samengevat|open-vraag|-0.92
w:samengevat|adviseren|-1.0
w:samengevat|argumenteren|-0.89
w:samengevat|bekritiseren|1.92
w:samengevat|vervolgafspraak|0.76
w:samenvat|gevoelsreflectie|-0.97
w:samenvat|samenvatting|1.62
w:samenvat|open-vraag|-0.97
w:samenvatten|ik-boodschap|-0.88
w:samenvatten|parafrase|-0.94
w:samenvatten|samenvatting|0.99
w:samenvatten|bedanken|0.99
w:samenvattend|ik-boodschap|-0.98
w:samenvattend|samenvatting|1.87
w:samenvattend|open-vraag|-0.93
w:samenvattend|argumenteren|-0.96
w:samenvattend|bekritiseren|-0.94
w:samenvattend|prijzen|-0.98
w:sanne|argumenteren|-1.0
w:sanne|etiketteren|1.0
w:sanne|vervolgafspraak|-1.0
w:sara|gevoelsreflectie|0.49
w:schaamt|ik-boodschap|-0.88
w:schakel|waarschuwen|1.0
w:schandalig|jij-boodschap|-0.94
w:scheiding|bevelen|-1.0
w:scheiding|waarschuwen|-0.91
w:scheiding|bekritiseren|-1.0
w:scheiding|interpreteren|1.93
w:scheikunde|waarschuwen|-0.99
w:schelden|jij-boodschap|0.91
w:schelden|open-vraag|-0.87
w:schelden|bekritiseren|0.91
w:schelen|bekritiseren|0.87
w:schermgebruik|argumenteren|0.96
w:schermtijd|jij-boodschap|-1.0
w:schermtijd|samenvatting|1.0
w:schermtijd|bekritiseren|-1.0
w:schermtijd|afleiden|-1.0
w:schieten|ik-boodschap|1.0
w:schieten|jij-boodschap|1.9
w:schieten|waarschuwen|-0.98
w:schieten|bekritiseren|0.53
w:schieten|afronding-aankondigen|1.0
w:school|jij-boodschap|-0.8
w:school|parafrase|-1.92
w:school|samenvatting|0.88
w:school|open-vraag|-1.1
w:school|bevelen|0.93
w:school|waarschuwen|0.2
w:school|moraliseren|1.78
w:school|adviseren|0.97
w:school|argumenteren|-1.0
w:school|bekritiseren|-0.25
w:school|etiketteren|-0.99
w:school|geruststellen|0.94
w:school|ondervragen|-0.13
w:school|afleiden|-1.63
w:school|vervolgafspraak|-1.94
w:schoolarts|vervolgafspraak|0.81
w:schoolavond|gevoelsreflectie|-0.96
w:schoolplein|ondervragen|-1.0
w:schoolplein|afleiden|0.84
w:schoolreis|samenvatting|-0.99
w:schoolreis|afleiden|0.99
w:schoolreisje|parafrase|0.97
w:schoolresultaten|moraliseren|0.99
w:schooltijd|bekritiseren|-0.9
w:schooltijd|vervolgafspraak|0.85
w:schorsing|gevoelsreflectie|0.91
w:schorsing|bevelen|-0.9
w:schorsing|waarschuwen|0.87
w:schorsing|moraliseren|0.95
w:schreef|waarschuwen|-0.91
w:schreef|geruststellen|-0.96
w:schreef|ondervragen|-0.91
w:schreeuwen|bevelen|0.99
w:schreeuwen|adviseren|-0.97
w:schreeuwt|prijzen|-1.0
w:schreeuwt|geruststellen|-1.0
w:schrijfopdracht|waarschuwen|-0.91
w:schrijfopdracht|ondervragen|-0.91
w:schrik|gevoelsreflectie|0.86
w:schrikt|gevoelsreflectie|0.97
w:schrok|ik-boodschap|2.55
w:schrok|parafrase|-0.89
w:schrok|gevoelsreflectie|-1.71
w:schrok|samenvatting|-0.95
w:schrok|bekritiseren|-1.0
w:schrok|interpreteren|-1.0
w:schuift|vervolgafspraak|0.99
w:schuld|jij-boodschap|0.95
w:schuld|samenvatting|-0.95
w:schuld|open-vraag|-0.95
w:schuld|bekritiseren|2.87
w:schuldig|jij-boodschap|-0.97
w:schuldig|bevelen|-1.0
w:schuldig|bekritiseren|-1.27
w:schuldig|interpreteren|1.0
w:schuldige|parafrase|-1.0
w:schuldige|moraliseren|-1.0
w:schuldige|interpreteren|1.0
w:sectie|gevoelsreflectie|0.92
w:sectie|etiketteren|0.97
w:sectie|vervolgafspraak|0.76
w:sem|ik-boodschap|0.77
w:sem|samenvatting|-0.91
w:sem|bevelen|0.85
w:sem|moraliseren|-0.98
w:sem|adviseren|1.0
w:sem|argumenteren|-1.0
w:sem|bekritiseren|-2.6
w:sem|etiketteren|-0.78
w:september|jij-boodschap|-0.92
w:september|argumenteren|0.88
w:serieus|samenvatting|-0.93
w:serieus|adviseren|-1.0
w:serieus|bekritiseren|1.0
w:serieus|geruststellen|-0.92
w:sfeer|jij-boodschap|0.95
w:sfeer|samenvatting|0.93
w:sfeer|open-vraag|-0.93
w:sfeer|waarschuwen|0.95
w:sfeer|argumenteren|-0.89
w:sfeer|bekritiseren|1.44
w:simpel|moraliseren|-0.93
w:simpel|argumenteren|1.74
w:simpel|geruststellen|-0.71
w:sinds|ik-boodschap|2.98
w:sinds|jij-boodschap|-2.59
w:sinds|open-vraag|1.0
w:sinds|waarschuwen|-1.0
w:sinds|argumenteren|-0.94
w:sinds|bekritiseren|-2.72
w:situatie|argumenteren|-0.98
w:slaap|ik-boodschap|0.96
w:slaap|jij-boodschap|-0.97
w:slaap|samenvatting|0.94
w:slaap|open-vraag|0.94
w:slaap|moraliseren|-0.87
w:slaapt|parafrase|-0.98
w:slaapt|gevoelsreflectie|-0.97
w:slaapt|samenvatting|0.92
w:slaapt|interpreteren|-0.93
w:slaat|ik-boodschap|-1.0
w:slaat|jij-boodschap|-1.0
w:slaat|parafrase|-1.0
w:slaat|gevoelsreflectie|-1.0
w:slaat|samenvatting|-1.0
w:slaat|open-vraag|-1.0
w:slaat|aanmoediging|-1.0
w:slaat|bevelen|-1.0
w:slaat|waarschuwen|-1.0
w:slaat|moraliseren|-1.0
w:slaat|adviseren|-1.0
w:slaat|argumenteren|0.89
w:slaat|bekritiseren|1.0
w:slaat|prijzen|-1.0
w:slaat|etiketteren|-1.0
w:slaat|interpreteren|-1.0
w:slaat|geruststellen|-1.0
w:slaat|ondervragen|-1.0
w:slaat|afleiden|-1.0
w:slaat|afronding-aankondigen|-1.0
w:slaat|vervolgafspraak|-1.0
w:slaat|bedanken|-1.0
w:slag|parafrase|-1.0
w:slapen|argumenteren|0.96
w:slecht|ik-boodschap|-0.88
w:slecht|parafrase|-0.98
w:slecht|gevoelsreflectie|-0.97
w:slecht|samenvatting|0.92
w:slecht|waarschuwen|1.0
w:slecht|adviseren|-1.0
w:slecht|interpreteren|-0.93
w:slecht|afronding-aankondigen|-1.0
w:slecht|vervolgafspraak|0.81
w:slechte|samenvatting|0.97
w:slechte|bekritiseren|1.0
w:slechte|geruststellen|1.73
w:slechter|argumenteren|1.0
w:slim|jij-boodschap|-0.78
w:slim|gevoelsreflectie|1.0
w:slim|open-vraag|-1.0
w:slim|adviseren|1.0
w:slimme|bekritiseren|-0.94
w:slimme|prijzen|1.94
w:slimme|etiketteren|-0.99
w:slimme|ondervragen|-0.96
w:slimme|afleiden|-0.74
w:slimste|moraliseren|-0.99
w:slimste|adviseren|-0.83
w:slimste|prijzen|1.93
w:slimste|geruststellen|-0.99
w:slordig|bekritiseren|0.99
w:slordige|bekritiseren|-0.9
w:slordige|etiketteren|0.65
w:sluit|bedanken|0.84
w:sluiten|afronding-aankondigen|0.98
w:sluiten|vervolgafspraak|0.91
w:smit|bevelen|0.64
w:smit|moraliseren|-0.9
w:smit|interpreteren|-0.9
w:smoesjes|bekritiseren|-1.75
w:snap|jij-boodschap|-0.78
w:snap|parafrase|0.99
w:snap|gevoelsreflectie|1.98
w:snap|adviseren|1.02
w:snap|interpreteren|-1.0
w:snap|geruststellen|1.0
w:snap|afronding-aankondigen|-1.0
w:snap|vervolgafspraak|-0.92
w:snapchat|jij-boodschap|-0.91
w:snapchat|samenvatting|0.91
w:snapt|ik-boodschap|0.78
w:snapt|parafrase|-0.96
w:snapt|argumenteren|-0.98
w:snapt|bekritiseren|0.99
w:snapt|prijzen|1.8
w:snapt|etiketteren|-0.99
w:snapt|interpreteren|0.97
w:snapt|geruststellen|-0.82
w:snel|jij-boodschap|-0.96
w:snel|parafrase|0.99
w:snel|gevoelsreflectie|-0.81
w:snel|prijzen|-0.97
w:snel|bedanken|1.0
w:soms|jij-boodschap|1.77
w:soms|bevelen|-0.99
w:soms|moraliseren|-0.99
w:soms|etiketteren|0.97
w:soort|bekritiseren|1.78
w:soort|geruststellen|-0.93
w:soort|afleiden|0.91
w:sophie|ik-boodschap|-0.98
w:sorry|prijzen|-1.0
w:spannend|gevoelsreflectie|0.89
w:spannend|open-vraag|0.99
w:spannend|bekritiseren|-0.72
w:spelcomputer|interpreteren|-0.93
w:spelen|jij-boodschap|0.93
w:spelen|adviseren|-0.93
w:spelen|bekritiseren|1.42
w:spijbelt|moraliseren|-0.93
w:spijbelt|bekritiseren|0.83
w:spijbelt|geruststellen|-0.84
w:spreek|ik-boodschap|-1.91
w:spreek|samenvatting|0.95
w:spreken|jij-boodschap|0.98
w:spreken|parafrase|-0.98
w:spreken|samenvatting|0.99
w:spreken|bevelen|-0.99
w:spreken|bekritiseren|0.98
w:spreken|afronding-aankondigen|-0.98
w:spreken|vervolgafspraak|0.94
w:spreker|ik-boodschap|1.0
w:spullen|ik-boodschap|1.0
w:spullen|bevelen|0.95
w:spullen|waarschuwen|-0.95
w:spullen|moraliseren|-1.0
w:spullen|vervolgafspraak|-1.0
w:staan|ik-boodschap|0.77
w:staan|open-vraag|-0.59
w:staan|argumenteren|-0.99
w:staat|ik-boodschap|-0.38
w:staat|jij-boodschap|-1.0
w:staat|parafrase|-1.0
w:staat|gevoelsreflectie|-1.0
w:staat|samenvatting|-1.0
w:staat|open-vraag|-1.0
w:staat|aanmoediging|-1.0
w:staat|bevelen|-1.0
w:staat|waarschuwen|0.9
w:staat|moraliseren|-1.85
w:staat|adviseren|-1.0
w:staat|argumenteren|1.9
w:staat|bekritiseren|-0.94
w:staat|prijzen|-1.0
w:staat|etiketteren|-1.0
w:staat|interpreteren|-1.0
w:staat|geruststellen|-1.0
w:staat|ondervragen|-1.0
w:staat|afleiden|-1.0
w:staat|afronding-aankondigen|-1.0
w:staat|vervolgafspraak|-1.0
w:staat|bedanken|-1.0
w:stage|jij-boodschap|-0.95
w:stage|bekritiseren|-0.91
w:stage|geruststellen|-0.87
w:stage|afleiden|1.52
w:stagebegeleider|bevelen|0.93
w:stagebegeleider|vervolgafspraak|-0.81
w:steeds|ik-boodschap|0.26
w:steeds|jij-boodschap|2.71
w:steeds|gevoelsreflectie|-1.8
w:steeds|open-vraag|0.12
w:steeds|bekritiseren|1.12
w:steeds|geruststellen|-0.96
w:steeds|ondervragen|0.95
w:steeds|afleiden|-1.97
w:steeds|afronding-aankondigen|1.0
w:steeds|vervolgafspraak|-0.98
w:steek|gevoelsreflectie|0.97
w:stellen|ik-boodschap|1.52
w:stellen|moraliseren|0.96
w:stellen|afleiden|-0.96
w:stelt|jij-boodschap|1.0
w:stelt|waarschuwen|-0.98
w:stelt|geruststellen|-0.83
w:stelt|afleiden|1.93
w:stemming|aanmoediging|-0.99
w:sterk|interpreteren|0.98
w:steunen|ik-boodschap|-0.96
w:stil|ondervragen|-0.95
w:stiller|ik-boodschap|-0.96
w:stiller|gevoelsreflectie|-0.96
w:stiller|open-vraag|1.0
w:stoeien|ik-boodschap|0.81
w:stoer|jij-boodschap|-0.71
w:stoer|prijzen|-0.94
w:stoer|afronding-aankondigen|-0.97
w:stof|ik-boodschap|1.76
w:stond|ik-boodschap|-0.91
w:stond|argumenteren|1.87
w:stoort|open-vraag|0.82
w:stop|jij-boodschap|-0.86
w:stop|bekritiseren|-0.95
w:stoppen|ik-boodschap|-0.97
w:stoppen|gevoelsreflectie|-1.89
w:stoppen|samenvatting|-0.99
w:stoppen|open-vraag|0.82
w:stoppen|adviseren|-0.85
w:stoppen|afronding-aankondigen|1.97
w:stoppen|vervolgafspraak|0.86
w:stoppen|bedanken|-0.31
w:stopt|bevelen|0.12
w:stopt|afleiden|-0.96
w:storend|jij-boodschap|0.97
w:storend|bekritiseren|1.8
w:strafwerk|waarschuwen|-0.98
w:straks|samenvatting|-0.94
w:straks|waarschuwen|1.9
w:straks|adviseren|-0.97
w:straks|geruststellen|-0.95
w:straks|vervolgafspraak|-1.57
w:straks|bedanken|-1.0
w:streng|prijzen|1.0
w:streng|bedanken|-1.0
w:stress|etiketteren|-0.99
w:stress|afleiden|-0.99
w:structuur|samenvatting|0.84
w:structuur|geruststellen|-0.84
w:structuur|afleiden|-0.29
w:studiewijzer|ik-boodschap|-1.0
w:studiewijzer|jij-boodschap|-1.0
w:studiewijzer|parafrase|-1.0
w:studiewijzer|gevoelsreflectie|-1.0
w:studiewijzer|samenvatting|-1.0
w:studiewijzer|open-vraag|-1.0
w:studiewijzer|aanmoediging|-1.0
w:studiewijzer|bevelen|-1.0
w:studiewijzer|waarschuwen|-1.0
w:studiewijzer|moraliseren|-1.0
w:studiewijzer|adviseren|-1.0
w:studiewijzer|argumenteren|1.89
w:studiewijzer|bekritiseren|1.0
w:studiewijzer|prijzen|-1.0
w:studiewijzer|etiketteren|-1.0
w:studiewijzer|interpreteren|-1.0
w:studiewijzer|geruststellen|-1.0
w:studiewijzer|ondervragen|-1.0
w:studiewijzer|afleiden|-1.0
w:studiewijzer|afronding-aankondigen|-1.0
w:studiewijzer|vervolgafspraak|-1.0
w:studiewijzer|bedanken|-1.0
w:stuk|argumenteren|-1.0
w:stuk|etiketteren|0.91
w:stuk|geruststellen|1.0
w:sturen|bevelen|-1.0
w:sturen|argumenteren|-1.0
w:sturen|bekritiseren|2.77
w:sturen|geruststellen|-0.93
w:stuur|ik-boodschap|0.99
w:stuur|samenvatting|-0.99
w:stuur|waarschuwen|1.64
w:stuur|adviseren|-0.99
w:stuur|argumenteren|-0.71
w:stuur|vervolgafspraak|0.95
w:stuur|bedanken|0.24
w:stuurde|bekritiseren|0.93
w:super|etiketteren|-0.89
w:sven|adviseren|0.94
w:tafel|ik-boodschap|0.83
w:tafel|gevoelsreflectie|-1.0
w:tafel|open-vraag|-0.99
w:tafel|vervolgafspraak|1.0
w:tafel|bedanken|0.69
w:te|ik-boodschap|0.11
w:te|jij-boodschap|-0.84
w:te|parafrase|1.69
w:te|gevoelsreflectie|-2.68
w:te|samenvatting|-0.98
w:te|open-vraag|-0.92
w:te|aanmoediging|-0.96
w:te|bevelen|-1.9
w:te|waarschuwen|-0.98
w:te|moraliseren|1.95
w:te|adviseren|-0.76
w:te|argumenteren|1.91
w:te|bekritiseren|3.44
w:te|prijzen|-0.92
w:te|etiketteren|0.52
w:te|interpreteren|0.98
w:te|geruststellen|-1.9
w:te|ondervragen|-1.0
w:te|afleiden|-0.86
w:te|afronding-aankondigen|-0.97
w:te|vervolgafspraak|0.64
w:te|bedanken|-0.68
w:team|ik-boodschap|1.0
w:team|bekritiseren|-0.92
w:teamleider|ik-boodschap|-1.99
w:teamleider|samenvatting|-0.95
w:teamleider|bevelen|0.24
w:teamleider|waarschuwen|1.64
w:teamleider|afronding-aankondigen|0.93
w:teamleider|vervolgafspraak|0.18
w:teamleider|bedanken|-0.85
w:tegelijk|ik-boodschap|1.0
w:tegelijk|afronding-aankondigen|-1.0
w:tegen|jij-boodschap|-0.65
w:tegen|gevoelsreflectie|0.96
w:tegen|samenvatting|-0.95
w:tegen|open-vraag|-1.55
w:tegen|bevelen|1.01
w:tegen|moraliseren|1.0
w:tegen|bekritiseren|-1.69
w:tegen|prijzen|-1.0
w:tegen|interpreteren|-1.0
w:tegen|geruststellen|-1.0
w:tegen|ondervragen|0.91
w:tegen|afronding-aankondigen|-1.0
w:tegenaan|open-vraag|0.99
w:tegenover|jij-boodschap|1.0
w:tegenover|gevoelsreflectie|-1.0
w:tegenover|argumenteren|0.95
w:tegenover|bekritiseren|1.0
w:tegenovergestelde|jij-boodschap|1.0
w:tegenovergestelde|bekritiseren|1.0
w:tegenwoordig|ik-boodschap|-0.76
w:tekent|moraliseren|-0.68
w:tekortgeschoten|moraliseren|-0.86
w:telefoon|ik-boodschap|0.92
w:telefoon|jij-boodschap|-0.66
w:telefoon|parafrase|0.91
w:telefoon|gevoelsreflectie|-0.96
w:telefoon|samenvatting|-0.91
w:telefoon|open-vraag|-0.25
w:telefoon|bevelen|0.91
w:telefoon|waarschuwen|1.0
w:telefoon|moraliseren|0.11
w:telefoon|adviseren|1.06
w:telefoon|bekritiseren|-0.68
w:telefoon|etiketteren|-0.94
w:telefoon|interpreteren|-0.99
w:telefoon|ondervragen|0.97
w:telefoon|afleiden|-0.98
w:telefoonnummer|open-vraag|-1.55
w:telefoons|bevelen|0.87
w:teleur|jij-boodschap|1.0
w:teleur|bekritiseren|1.0
w:teleurgesteld|ik-boodschap|-0.95
w:teleurgesteld|jij-boodschap|0.24
w:teleurgesteld|parafrase|-0.75
w:teleurgesteld|gevoelsreflectie|2.82
w:teleurgesteld|open-vraag|-1.78
w:teleurgesteld|aanmoediging|-0.96
w:teleurgesteld|bekritiseren|0.95
w:teleurgesteld|geruststellen|-0.81
w:telkens|ik-boodschap|0.95
w:telkens|jij-boodschap|-0.95
w:tenminste|geruststellen|-0.87
w:tenminste|afleiden|1.52
w:terecht|jij-boodschap|-0.99
w:terecht|bevelen|-0.87
w:terecht|geruststellen|0.82
w:terug|jij-boodschap|-0.98
w:terug|parafrase|-1.9
w:terug|gevoelsreflectie|-0.7
w:terug|samenvatting|0.99
w:terug|afleiden|1.0
w:terug|afronding-aankondigen|-0.97
w:terug|vervolgafspraak|-1.85
w:terug|bedanken|-0.99
w:teruggebeld|parafrase|-0.83
w:terughoor|vervolgafspraak|-0.95
w:terwijl|open-vraag|-0.59
w:terwijl|moraliseren|0.96
w:terwijl|afleiden|-0.96
w:tess|ik-boodschap|1.0
w:tess|vervolgafspraak|0.81
w:tevoren|jij-boodschap|-0.98
w:tevoren|bekritiseren|-0.98
w:thijs|ik-boodschap|0.84
w:thuis|ik-boodschap|-0.69
w:thuis|jij-boodschap|-0.2
w:thuis|parafrase|1.05
w:thuis|gevoelsreflectie|-1.69
w:thuis|samenvatting|2.71
w:thuis|open-vraag|2.36
w:thuis|aanmoediging|-0.99
w:thuis|bevelen|-1.9
w:thuis|waarschuwen|-0.22
w:thuis|moraliseren|-0.96
w:thuis|adviseren|0.91
w:thuis|argumenteren|-0.68
w:thuis|bekritiseren|-2.4
w:thuis|prijzen|-0.76
w:thuis|interpreteren|0.93
w:thuis|geruststellen|-0.9
w:thuis|ondervragen|-1.0
w:thuis|afleiden|-1.92
w:thuis|bedanken|0.26
w:thuisblijven|adviseren|-0.98
w:thuisblijven|bekritiseren|-0.98
w:thuisgehouden|bekritiseren|0.98
w:thuiskomt|jij-boodschap|0.92
w:thuiskomt|moraliseren|1.0
w:thuissituatie|samenvatting|1.0
w:tien|ik-boodschap|0.95
w:tien|gevoelsreflectie|-0.92
w:tien|open-vraag|0.87
w:tien|waarschuwen|-0.95
w:tien|ondervragen|-0.94
w:tijd|ik-boodschap|-0.72
w:tijd|jij-boodschap|0.94
w:tijd|samenvatting|-1.71
w:tijd|open-vraag|0.96
w:tijd|aanmoediging|1.87
w:tijd|bevelen|-1.66
w:tijd|moraliseren|0.8
w:tijd|bekritiseren|1.11
w:tijd|prijzen|0.14
w:tijd|geruststellen|0.7
w:tijd|ondervragen|0.97
w:tijd|afronding-aankondigen|0.99
w:tijd|vervolgafspraak|-0.99
w:tijden|jij-boodschap|-1.0
w:tijden|samenvatting|1.0
w:tijden|bekritiseren|-1.0
w:tijden|afleiden|-1.0
w:tijdens|open-vraag|-0.99
w:tijdstip|afronding-aankondigen|0.95
w:tijdstip|vervolgafspraak|0.95
w:tijdstip|bedanken|-0.61
w:tillen|moraliseren|-0.9
w:tillen|argumenteren|-0.96
w:tillen|geruststellen|-0.96
w:tillen|afleiden|1.61
w:timo|parafrase|-1.0
w:tip|adviseren|0.78
w:tja|gevoelsreflectie|-0.99
w:tja|open-vraag|-1.62
w:tja|bekritiseren|1.75
w:tja|afleiden|0.84
w:tja|bedanken|-1.64
w:toch|ik-boodschap|-0.96
w:toch|jij-boodschap|1.24
w:toch|gevoelsreflectie|0.45
w:toch|bevelen|-0.93
w:toch|waarschuwen|-1.0
w:toch|moraliseren|2.46
w:toch|adviseren|-0.99
w:toch|argumenteren|-0.79
w:toch|bekritiseren|-1.89
w:toch|prijzen|1.75
w:toch|etiketteren|0.78
w:toch|geruststellen|-1.96
w:toch|ondervragen|-1.91
w:toch|afleiden|1.44
w:toe|ik-boodschap|1.93
w:toe|jij-boodschap|0.98
w:toe|parafrase|-2.88
w:toe|samenvatting|0.94
w:toe|open-vraag|0.94
w:toe|bevelen|-0.84
w:toe|vervolgafspraak|0.84
w:toegeven|interpreteren|0.99
w:toekomst|gevoelsreflectie|1.0
w:toekomst|adviseren|-0.98
w:toekomst|prijzen|-1.0
w:toekomt|ik-boodschap|1.0
w:toen|jij-boodschap|0.7
w:toen|parafrase|-0.14
w:toen|gevoelsreflectie|-0.75
w:toen|samenvatting|-2.51
w:toen|open-vraag|-0.99
w:toen|aanmoediging|1.0
w:toen|bekritiseren|-1.0
w:toen|interpreteren|-1.0
w:toen|ondervragen|-0.97
w:toen|vervolgafspraak|-0.97
w:toets|ik-boodschap|0.18
w:toets|jij-boodschap|-0.98
w:toets|parafrase|0.94
w:toets|gevoelsreflectie|0.92
w:toets|samenvatting|-0.98
w:toets|adviseren|0.97
w:toets|argumenteren|0.94
w:toets|bekritiseren|-0.98
w:toets|vervolgafspraak|0.76
w:toetsdatum|argumenteren|0.99
w:toetsen|ik-boodschap|1.7
w:toetsen|jij-boodschap|-0.86
w:toetsen|parafrase|-0.94
w:toetsen|gevoelsreflectie|-0.98
w:toetsen|bekritiseren|-0.86
w:toetsstof|open-vraag|-1.0
w:toetsweek|ik-boodschap|-0.21
w:toetsweek|bekritiseren|-0.89
w:toetsweek|prijzen|-0.98
w:toetsweek|geruststellen|-0.97
w:toetsweek|afleiden|-0.83
w:toetsweek|vervolgafspraak|0.97
w:toevoegen|samenvatting|0.94
w:toevoegen|open-vraag|0.94
w:tof|ik-boodschap|0.95
w:tolk|ik-boodschap|-1.68
w:tolk|parafrase|1.0
w:toont|jij-boodschap|1.71
w:toont|bekritiseren|1.88
w:top|bedanken|1.0
w:tornen|argumenteren|0.68
w:tornen|afleiden|-0.95
w:tot|ik-boodschap|-0.86
w:tot|jij-boodschap|-1.88
w:tot|open-vraag|0.94
w:tot|bevelen|0.13
w:tot|waarschuwen|0.91
w:tot|moraliseren|0.96
w:tot|adviseren|-0.91
w:tot|afleiden|-1.86
w:tot|bedanken|0.84
w:totaal|bekritiseren|1.73
w:trainer|ondervragen|-0.91
w:trainingen|ik-boodschap|1.0
w:trap|ik-boodschap|0.33
w:trekt|ik-boodschap|-0.96
w:trekt|gevoelsreflectie|-1.0
w:trekt|samenvatting|-0.88
w:trots|jij-boodschap|-0.84
w:trouwens|open-vraag|-0.96
w:turnen|ik-boodschap|0.98
w:twee|ik-boodschap|1.95
w:twee|jij-boodschap|-2.25
w:twee|parafrase|-1.0
w:twee|gevoelsreflectie|-1.71
w:twee|samenvatting|-0.89
w:twee|aanmoediging|-1.0
w:twee|bevelen|-1.0
w:twee|waarschuwen|-1.98
w:twee|moraliseren|-1.0
w:twee|adviseren|-1.0
w:twee|argumenteren|1.89
w:twee|bekritiseren|-0.43
w:twee|prijzen|-1.0
w:twee|etiketteren|-1.0
w:twee|interpreteren|-1.0
w:twee|geruststellen|-1.0
w:twee|ondervragen|-1.0
w:twee|afleiden|-1.0
w:twee|afronding-aankondigen|-1.0
w:twee|vervolgafspraak|0.95
w:twee|bedanken|-1.78
w:tweede|gevoelsreflectie|0.96
w:tweede|waarschuwen|0.98
w:tweede|geruststellen|0.76
w:tweede|afleiden|1.08
w:tweede|afronding-aankondigen|-0.95
w:typerend|ik-boodschap|-0.73
w:typerend|jij-boodschap|1.71
w:typerend|bekritiseren|0.98
w:typisch|moraliseren|-0.94
w:typisch|etiketteren|0.81
w:u|ik-boodschap|-4.44
w:u|jij-boodschap|0.83
w:u|parafrase|-0.75
w:u|samenvatting|-2.15
w:u|open-vraag|0.32
w:u|aanmoediging|-0.22
w:u|bevelen|-0.83
w:u|waarschuwen|-1.9
w:u|moraliseren|-2.62
w:u|adviseren|-0.28
w:u|argumenteren|0.76
w:u|bekritiseren|0.12
w:u|etiketteren|-1.8
w:u|geruststellen|-1.32
w:u|ondervragen|-0.96
w:u|afleiden|-2.74
w:u|afronding-aankondigen|-2.98
w:u|vervolgafspraak|0.89
w:u|bedanken|1.0
w:uit|ik-boodschap|0.95
w:uit|jij-boodschap|-0.9
w:uit|gevoelsreflectie|-0.96
w:uit|open-vraag|-0.87
w:uit|bevelen|0.86
w:uit|moraliseren|0.99
w:uit|adviseren|0.78
w:uit|argumenteren|0.96
w:uit|prijzen|0.94
w:uit|interpreteren|0.99
w:uit|geruststellen|-0.97
w:uit|ondervragen|-0.94
w:uit|afronding-aankondigen|-0.97
w:uitdaging|prijzen|-0.93
w:uitdaging|interpreteren|0.93
w:uiterlijk|bevelen|0.99
w:uitgelachen|ik-boodschap|1.62
w:uitgelachen|gevoelsreflectie|-0.96
w:uitlachen|moraliseren|0.91
w:uitleg|samenvatting|0.99
w:uitleg|open-vraag|0.87
w:uitleg|bekritiseren|-0.85
w:uitleggen|open-vraag|-0.87
w:uitleggen|bevelen|-1.0
w:uitleggen|waarschuwen|-1.0
w:uitleggen|vervolgafspraak|-0.98
w:uitnodiging|ondervragen|-0.95
w:uitpraten|bekritiseren|0.84
w:uitschelden|jij-boodschap|-1.85
w:uitschelden|moraliseren|1.85
w:uitschelden|bekritiseren|-1.85
w:uitslag|etiketteren|-0.91
w:uitslag|bedanken|0.64
w:uitvalt|open-vraag|-0.59
w:uitzien|gevoelsreflectie|-0.84
w:uitzondering|argumenteren|0.99
w:uren|bekritiseren|0.93
w:uur|ik-boodschap|-0.1
w:uur|jij-boodschap|0.69
w:uur|parafrase|-1.07
w:uur|gevoelsreflectie|-0.92
w:uur|open-vraag|-1.0
w:uur|waarschuwen|-0.95
w:uur|moraliseren|-0.99
w:uur|adviseren|0.96
w:uur|prijzen|-1.0
w:uur|geruststellen|-0.99
w:uur|ondervragen|-0.94
w:uur|afronding-aankondigen|-1.93
w:uur|vervolgafspraak|1.1
w:uurtje|adviseren|0.83
w:uw|jij-boodschap|1.76
w:uw|gevoelsreflectie|-0.85
w:uw|samenvatting|-0.13
w:uw|open-vraag|-0.25
w:uw|waarschuwen|-1.0
w:uw|adviseren|-1.93
w:uw|argumenteren|-0.88
w:uw|geruststellen|-1.91
w:uw|vervolgafspraak|-0.99
w:uw|bedanken|2.07
w:vaak|gevoelsreflectie|-1.69
w:vaak|open-vraag|-0.92
w:vaak|waarschuwen|-0.91
w:vaak|adviseren|0.93
w:vaak|argumenteren|-1.0
w:vaak|ondervragen|-0.91
w:vaak|vervolgafspraak|-1.0
w:vaart|geruststellen|0.97
w:vader|bevelen|-1.84
w:vader|waarschuwen|0.98
w:vader|adviseren|-0.96
w:vader|argumenteren|-0.98
w:vader|bekritiseren|0.95
w:vader|etiketteren|-0.89
w:vader|geruststellen|-0.82
w:vader|vervolgafspraak|0.7
w:vak|parafrase|-0.99
w:vak|open-vraag|-1.86
w:vakantie|jij-boodschap|-0.17
w:vakantie|open-vraag|-0.99
w:vakantie|adviseren|-0.83
w:vakantie|prijzen|0.94
w:vakantie|interpreteren|0.98
w:vakantie|afleiden|0.91
w:vakantie|afronding-aankondigen|-0.94
w:vakantie|vervolgafspraak|-1.85
w:vakdocenten|ik-boodschap|-0.95
w:vakdocenten|samenvatting|0.95
w:vakdocenten|vervolgafspraak|-0.95
w:vaker|ik-boodschap|-0.98
w:vaker|gevoelsreflectie|-0.91
w:vaker|samenvatting|0.94
w:vaker|adviseren|0.93
w:vaker|bekritiseren|-0.94
w:vaker|geruststellen|-0.61
w:vakken|samenvatting|-0.66
w:vakken|open-vraag|0.97
w:valt|ik-boodschap|-1.76
w:valt|jij-boodschap|-0.97
w:valt|open-vraag|-1.0
w:valt|argumenteren|1.65
w:valt|afleiden|-0.95
w:van|ik-boodschap|2.09
w:van|jij-boodschap|-1.07
w:van|gevoelsreflectie|-0.48
w:van|samenvatting|-0.87
w:van|open-vraag|-0.99
w:van|aanmoediging|-0.99
w:van|bevelen|-0.8
w:van|waarschuwen|-0.86
w:van|moraliseren|0.9
w:van|adviseren|-1.83
w:van|argumenteren|-0.97
w:van|bekritiseren|1.73
w:van|etiketteren|-0.73
w:van|geruststellen|-1.83
w:van|ondervragen|0.96
w:van|afleiden|-0.53
w:van|afronding-aankondigen|1.0
w:van|vervolgafspraak|-2.18
w:vanaf|bevelen|0.98
w:vanaf|bekritiseren|0.99
w:vanaf|vervolgafspraak|-0.66
w:vanavond|waarschuwen|-1.0
w:vanavond|prijzen|-1.0
w:vanavond|vervolgafspraak|0.7
w:vandaag|ik-boodschap|-3.83
w:vandaag|jij-boodschap|-2.0
w:vandaag|gevoelsreflectie|-1.95
w:vandaag|samenvatting|-0.72
w:vandaag|open-vraag|-0.99
w:vandaag|waarschuwen|-0.63
w:vandaag|bekritiseren|-1.0
w:vandaag|prijzen|-0.82
w:vandaag|interpreteren|-1.0
w:vandaag|geruststellen|-1.91
w:vandaag|afleiden|-0.6
w:vandaag|vervolgafspraak|-0.93
w:vandaag|bedanken|0.16
w:vanmiddag|bevelen|1.75
w:vanochtend|ik-boodschap|0.74
w:vanochtend|aanmoediging|-0.96
w:vanzelf|gevoelsreflectie|-0.99
w:vanzelf|geruststellen|0.93
w:vanzelf|afleiden|-0.38
w:vast|ik-boodschap|-1.0
w:vast|jij-boodschap|-0.97
w:vast|parafrase|-0.97
w:vast|gevoelsreflectie|-1.0
w:vast|open-vraag|-1.0
w:vast|waarschuwen|-0.98
w:vast|moraliseren|-0.68
w:vast|argumenteren|-1.97
w:vast|bekritiseren|-1.2
w:vast|prijzen|5.78
w:vast|etiketteren|-2.79
w:vast|interpreteren|-1.0
w:vast|geruststellen|0.15
w:vast|vervolgafspraak|-0.81
w:vast|bedanken|-1.7
w:vaste|jij-boodschap|-1.0
w:vaste|samenvatting|1.0
w:vaste|adviseren|0.97
w:vaste|bekritiseren|-1.0
w:vaste|afleiden|-1.0
w:vaste|vervolgafspraak|0.97
w:vastloopt|ik-boodschap|0.99
w:vastloopt|waarschuwen|-0.98
w:vastloopt|afleiden|-0.99
w:vatten|interpreteren|-0.93
w:veel|ik-boodschap|-1.47
w:veel|jij-boodschap|-1.74
w:veel|open-vraag|-0.99
w:veel|bekritiseren|-1.33
w:veel|geruststellen|0.93
w:veel|afleiden|-0.93
w:veel|bedanken|-0.99
w:veertien|gevoelsreflectie|-0.92
w:ventje|adviseren|-1.0
w:ventje|bekritiseren|-1.0
w:veranderde|parafrase|0.75
w:verandert|waarschuwen|1.0
w:verandert|adviseren|-1.0
w:verandert|afronding-aankondigen|-1.0
w:verantwoordelijk|ik-boodschap|-0.18
w:verantwoordelijk|bekritiseren|-0.98
w:verantwoordelijkheid|bevelen|-0.95
w:verantwoordelijkheid|moraliseren|0.86
w:verantwoordelijkheid|geruststellen|-0.95
w:verbergen|ik-boodschap|-0.8
w:verbergen|interpreteren|0.97
w:verbetert|ik-boodschap|-1.0
w:verbetert|parafrase|-1.0
w:verbetert|waarschuwen|1.0
w:verbouwing|afleiden|0.81
w:verder|parafrase|-1.93
w:verder|gevoelsreflectie|-0.99
w:verder|samenvatting|-0.83
w:verder|open-vraag|-0.99
w:verder|aanmoediging|0.99
w:verder|etiketteren|-0.96
w:verder|afronding-aankondigen|-0.98
w:verder|vervolgafspraak|1.73
w:verdoen|jij-boodschap|0.94
w:verdoen|samenvatting|-0.72
w:verdoen|bevelen|-0.86
w:verdoen|bekritiseren|1.24
w:verdriet|gevoelsreflectie|0.82
w:verdriet|bedanken|0.99
w:verdrietig|gevoelsreflectie|1.15
w:verdrietig|samenvatting|-1.0
w:verdrietig|aanmoediging|0.95
w:verdrietig|bedanken|-1.0
w:vergeet|jij-boodschap|0.79
w:vergeet|bevelen|-0.99
w:vergeet|moraliseren|-1.98
w:vergeet|argumenteren|0.88
w:vergeet|bekritiseren|0.99
w:vergeet|interpreteren|-0.97
w:vergeet|vervolgafspraak|-0.19
w:vergeten|parafrase|0.97
w:vergeten|gevoelsreflectie|-0.71
w:vergeten|open-vraag|0.97
w:vergeten|bekritiseren|-0.97
w:vergist|ik-boodschap|-0.91
w:vergist|argumenteren|1.97
w:vergist|bekritiseren|-0.94
w:verhaal|open-vraag|0.74
w:verhaal|afleiden|0.34
w:verhuizing|parafrase|0.75
w:verhuizing|ondervragen|0.86
w:verkeerd|geruststellen|1.36
w:verlaagt|argumenteren|0.96
w:verlaat|ik-boodschap|-0.91
w:verleden|bekritiseren|-0.98
w:verleden|afleiden|0.98
w:verliest|ik-boodschap|0.78
w:verlof|bevelen|-0.87
w:verontrust|samenvatting|-0.99
w:verpest|jij-boodschap|1.92
w:verpest|waarschuwen|0.97
w:verpest|bekritiseren|1.42
w:verplaatst|waarschuwen|-0.97
w:verpleegkundige|ik-boodschap|-1.0
w:verpleegkundige|prijzen|1.0
w:verrast|ik-boodschap|0.91
w:verrast|jij-boodschap|-0.86
w:verrast|bekritiseren|-0.86
w:verschil|samenvatting|0.66
w:verschil|open-vraag|0.66
w:verschil|geruststellen|-0.73
w:verslag|ik-boodschap|1.0
w:verslag|bekritiseren|0.15
w:verspeeld|bekritiseren|0.76
w:verstaan|afronding-aankondigen|-1.0
w:verstandig|adviseren|0.97
w:verstandige|argumenteren|-0.98
w:vertalen|ik-boodschap|-0.96
w:vertel|aanmoediging|0.92
w:vertel|moraliseren|-1.0
w:vertelde|jij-boodschap|-0.81
w:vertellen|parafrase|-0.97
w:vertellen|waarschuwen|0.98
w:vertellen|afleiden|-0.96
w:vertelt|parafrase|-0.93
w:vertelt|gevoelsreflectie|1.71
w:vertelt|open-vraag|-0.97
w:vertelt|bedanken|0.99
w:vertrouwen|bekritiseren|0.96
w:vertrouwenspersoon|vervolgafspraak|0.94
w:vertrouwt|jij-boodschap|-0.94
w:verveelt|ik-boodschap|-0.99
w:verveelt|waarschuwen|-1.0
w:verveelt|interpreteren|0.93
w:verveelt|ondervragen|-1.0
w:vervelend|ik-boodschap|1.0
w:vervelend|open-vraag|0.21
w:vervelend|aanmoediging|-0.96
w:vervelend|vervolgafspraak|-0.95
w:verwacht|jij-boodschap|-0.86
w:verwacht|parafrase|-0.75
w:verwacht|open-vraag|-0.8
w:verwacht|bevelen|0.99
w:verwachten|moraliseren|0.91
w:verwend|jij-boodschap|0.97
w:verwend|adviseren|-1.0
w:verwend|bekritiseren|-1.0
w:verwend|interpreteren|-0.97
w:verwent|bekritiseren|-1.18
w:verwijt|gevoelsreflectie|-0.96
w:verwoorden|bekritiseren|-0.92
w:verzint|bekritiseren|-1.75
w:verzuim|jij-boodschap|-0.95
w:verzuim|samenvatting|1.92
w:verzuim|open-vraag|-0.93
w:verzuim|moraliseren|-0.89
w:verzuim|bekritiseren|-0.52
w:verzuim|vervolgafspraak|-0.76
w:via|ik-boodschap|1.0
w:via|jij-boodschap|-0.91
w:via|parafrase|0.94
w:via|samenvatting|0.91
w:via|interpreteren|-0.94
w:vier|ik-boodschap|1.0
w:vier|parafrase|-1.0
w:vier|open-vraag|-1.0
w:vier|bekritiseren|-1.0
w:vier|prijzen|-1.0
w:vier|afronding-aankondigen|-0.98
w:vierde|ik-boodschap|0.86
w:vierde|moraliseren|0.91
w:vijf|vervolgafspraak|-0.96
w:vind|ik-boodschap|3.11
w:vind|jij-boodschap|2.47
w:vind|gevoelsreflectie|-1.74
w:vind|samenvatting|-0.83
w:vind|open-vraag|1.3
w:vind|bevelen|-1.0
w:vind|waarschuwen|-1.0
w:vind|adviseren|-1.0
w:vind|argumenteren|-0.71
w:vind|bekritiseren|2.47
w:vind|geruststellen|-0.97
w:vind|afleiden|-0.99
w:vind|afronding-aankondigen|-0.97
w:vind|vervolgafspraak|0.97
w:vind|bedanken|-0.99
w:vinden|bekritiseren|-0.28
w:vinden|prijzen|0.95
w:vindt|ik-boodschap|-0.88
w:vindt|jij-boodschap|2.67
w:vindt|parafrase|-1.05
w:vindt|open-vraag|-1.72
w:vindt|waarschuwen|-0.98
w:vindt|adviseren|0.96
w:vindt|argumenteren|0.9
w:vindt|bekritiseren|1.11
w:vindt|interpreteren|0.94
w:vlak|argumenteren|0.96
w:voel|ik-boodschap|-0.18
w:voel|jij-boodschap|-0.94
w:voel|open-vraag|1.0
w:voel|adviseren|-1.0
w:voel|bekritiseren|-0.98
w:voel|interpreteren|-0.93
w:voelen|gevoelsreflectie|1.0
w:voelen|argumenteren|-1.0
w:voelt|ik-boodschap|-1.89
w:voelt|jij-boodschap|-1.97
w:voelt|parafrase|-1.01
w:voelt|gevoelsreflectie|1.97
w:voelt|samenvatting|0.71
w:voelt|open-vraag|0.66
w:voelt|bevelen|-1.0
w:voelt|waarschuwen|-0.91
w:voelt|moraliseren|-1.0
w:voelt|adviseren|-1.0
w:voelt|bekritiseren|-2.26
w:voelt|geruststellen|-0.92
w:voelt|ondervragen|-0.91
w:voetbal|parafrase|1.0
w:voetbal|waarschuwen|-1.0
w:voetbaltrainer|parafrase|-0.99
w:voetbalwedstrijd|open-vraag|-0.83
w:voetbalwedstrijd|afleiden|1.52
w:vol|parafrase|0.99
w:voldoende|bevelen|-0.98
w:voldoende|waarschuwen|-0.98
w:voldoende|argumenteren|0.89
w:voldoende|geruststellen|-0.71
w:volg|jij-boodschap|-1.0
w:volgen|ik-boodschap|1.0
w:volgend|jij-boodschap|-0.95
w:volgend|waarschuwen|0.98
w:volgende|jij-boodschap|-0.98
w:volgende|parafrase|-1.0
w:volgende|samenvatting|0.99
w:volgende|bevelen|-0.99
w:volgende|waarschuwen|0.87
w:volgende|argumenteren|0.96
w:volgende|bekritiseren|-1.0
w:volgende|interpreteren|-0.99
w:volgende|afleiden|-0.99
w:volgende|vervolgafspraak|2.91
w:volgens|parafrase|0.97
w:volgens|gevoelsreflectie|-0.84
w:volgens|samenvatting|-0.91
w:volgens|open-vraag|1.95
w:volgens|aanmoediging|-0.95
w:volgens|waarschuwen|-1.0
w:volgens|interpreteren|1.93
w:volgens|geruststellen|-0.97
w:volgens|ondervragen|-1.0
w:volgens|afronding-aankondigen|-0.97
w:volgt|bevelen|-0.9
w:volgt|waarschuwen|0.87
w:volgt|argumenteren|0.99
w:volwassen|prijzen|0.83
w:vond|ik-boodschap|3.65
w:vond|jij-boodschap|-0.8
w:vond|aanmoediging|-0.96
w:vond|bekritiseren|0.84
w:vond|ondervragen|-1.0
w:vond|afleiden|0.84
w:vond|vervolgafspraak|-0.97
w:voor|ik-boodschap|3.01
w:voor|jij-boodschap|-3.63
w:voor|parafrase|0.66
w:voor|gevoelsreflectie|1.11
w:voor|samenvatting|-0.96
w:voor|open-vraag|-1.71
w:voor|bevelen|-0.98
w:voor|waarschuwen|-0.91
w:voor|moraliseren|-0.95
w:voor|adviseren|-1.0
w:voor|bekritiseren|-4.03
w:voor|prijzen|-1.82
w:voor|etiketteren|-0.15
w:voor|interpreteren|-0.99
w:voor|geruststellen|-1.8
w:voor|afleiden|-0.72
w:voor|vervolgafspraak|-0.89
w:voor|bedanken|2.3
w:vooral|jij-boodschap|-1.89
w:vooral|parafrase|-0.99
w:vooral|gevoelsreflectie|1.69
w:vooral|samenvatting|0.32
w:vooral|open-vraag|0.97
w:vooral|bekritiseren|-0.98
w:voorbeeld|moraliseren|0.98
w:voorbeeld|adviseren|-1.96
w:voorbeeld|afleiden|-0.98
w:voorbij|ik-boodschap|-0.77
w:voorbij|parafrase|-0.89
w:voorbij|bekritiseren|-1.0
w:voordat|bekritiseren|-0.38
w:voorin|waarschuwen|-0.86
w:voorstel|bekritiseren|-0.92
w:voorstellen|ik-boodschap|-0.76
w:voorstellen|gevoelsreflectie|0.89
w:voorstellen|open-vraag|-1.0
w:voorstellen|moraliseren|-1.0
w:voorstellen|geruststellen|-0.91
w:voorstellen|vervolgafspraak|-1.0
w:voort|interpreteren|0.99
w:voortaan|bevelen|0.99
w:voortaan|adviseren|0.98
w:voortaan|bekritiseren|0.6
w:vorige|ik-boodschap|0.96
w:vorige|jij-boodschap|0.7
w:vorige|samenvatting|-1.0
w:vorige|adviseren|-1.0
w:vorige|bekritiseren|0.84
w:vorige|ondervragen|0.96
w:vorige|vervolgafspraak|-0.97
w:vos|ik-boodschap|-1.0
w:vraag|ik-boodschap|1.52
w:vraag|bevelen|0.98
w:vraag|adviseren|1.0
w:vraag|argumenteren|-1.0
w:vraag|bekritiseren|-0.43
w:vraag|etiketteren|-0.96
w:vraag|geruststellen|-0.92
w:vragen|waarschuwen|-0.98
w:vragen|moraliseren|0.96
w:vragen|geruststellen|-0.98
w:vragen|vervolgafspraak|0.91
w:vrienden|samenvatting|1.89
w:vrienden|open-vraag|0.92
w:vriendengroep|samenvatting|0.6
w:vriendinnen|ik-boodschap|-1.82
w:vries|bevelen|0.99
w:vrijdag|ik-boodschap|-0.95
w:vrijdag|samenvatting|-0.92
w:vrijdag|adviseren|-0.99
w:vrijdag|bekritiseren|-0.99
w:vrijdag|etiketteren|-0.99
w:vrijdag|afronding-aankondigen|-0.98
w:vrijdag|vervolgafspraak|1.94
w:vrijheid|bekritiseren|0.7
w:vrijhied|bekritiseren|0.18
w:vroeger|interpreteren|0.98
w:vrolijke|etiketteren|-0.98
w:vrouw|prijzen|0.97
w:waait|geruststellen|0.86
w:waait|afleiden|-0.97
w:waar|ik-boodschap|0.91
w:waar|samenvatting|-1.93
w:waar|open-vraag|0.99
w:waar|waarschuwen|-0.98
w:waar|moraliseren|1.0
w:waar|argumenteren|0.69
w:waar|bekritiseren|-0.98
w:waar|prijzen|-0.99
w:waar|etiketteren|-0.88
w:waar|geruststellen|-1.0
w:waar|afleiden|-0.99
w:waardeer|bedanken|0.85
w:waardoor|ik-boodschap|2.68
w:waardoor|gevoelsreflectie|-0.71
w:waardoor|adviseren|0.97
w:waardoor|bekritiseren|-0.84
w:waardoor|vervolgafspraak|0.97
w:waarom|ik-boodschap|-0.99
w:waarom|jij-boodschap|-0.85
w:waarom|gevoelsreflectie|0.71
w:waarom|open-vraag|-0.87
w:waarom|bevelen|-1.78
w:waarom|waarschuwen|-1.0
w:waarom|adviseren|0.95
w:waarom|argumenteren|-1.0
w:waarom|bekritiseren|-0.95
w:waarom|ondervragen|2.96
w:waarop|parafrase|0.98
w:waarop|samenvatting|-0.92
w:wacht|bevelen|1.94
w:wachten|etiketteren|-0.91
w:wachten|afronding-aankondigen|0.98
w:wachten|vervolgafspraak|-0.98
w:wakker|waarschuwen|-1.0
w:wakker|geruststellen|1.99
w:wakker|afleiden|-0.56
w:wakker|bedanken|-0.99
w:wanneer|ik-boodschap|1.95
w:wanneer|samenvatting|-0.93
w:wanneer|open-vraag|-0.15
w:wanneer|waarschuwen|-0.95
w:wanneer|bekritiseren|-0.91
w:wanneer|prijzen|-1.0
w:wanneer|geruststellen|-1.0
w:wanneer|afronding-aankondigen|-1.0
w:wanneer|bedanken|-0.99
w:want|ik-boodschap|4.63
w:want|jij-boodschap|-0.98
w:want|samenvatting|-0.83
w:want|waarschuwen|-0.98
w:want|argumenteren|1.65
w:want|bekritiseren|-1.43
w:want|interpreteren|-0.93
w:want|afleiden|-0.96
w:want|afronding-aankondigen|1.0
w:waren|bekritiseren|-0.91
w:waren|bedanken|0.98
w:was|ik-boodschap|-2.61
w:was|jij-boodschap|-1.87
w:was|samenvatting|-1.0
w:was|open-vraag|-2.8
w:was|argumenteren|1.87
w:was|bekritiseren|-0.75
w:was|etiketteren|-0.65
w:was|interpreteren|-0.98
w:was|geruststellen|-1.72
w:was|ondervragen|1.88
w:was|afleiden|1.52
w:was|vervolgafspraak|0.76
w:wat|ik-boodschap|0.55
w:wat|jij-boodschap|-0.27
w:wat|parafrase|-0.96
w:wat|gevoelsreflectie|-1.83
w:wat|samenvatting|1.2
w:wat|open-vraag|4.79
w:wat|aanmoediging|-0.99
w:wat|bevelen|-1.0
w:wat|waarschuwen|-0.99
w:wat|moraliseren|-0.3
w:wat|adviseren|1.1
w:wat|argumenteren|-0.92
w:wat|bekritiseren|-0.17
w:wat|prijzen|-0.91
w:wat|etiketteren|-0.6
w:wat|interpreteren|-1.06
w:wat|ondervragen|-1.95
w:wat|afleiden|-0.17
w:wat|afronding-aankondigen|-1.0
w:wat|vervolgafspraak|0.86
w:wat|bedanken|-1.0
w:watje|bekritiseren|-0.69
w:wc|gevoelsreflectie|-0.91
w:we|ik-boodschap|0.16
w:we|jij-boodschap|-2.89
w:we|parafrase|-1.98
w:we|gevoelsreflectie|-1.0
w:we|samenvatting|2.33
w:we|open-vraag|-0.93
w:we|aanmoediging|-0.99
w:we|bevelen|-2.97
w:we|waarschuwen|-0.98
w:we|adviseren|-0.97
w:we|argumenteren|-0.98
w:we|bekritiseren|-5.03
w:we|prijzen|0.17
w:we|interpreteren|-0.99
w:we|geruststellen|0.11
w:we|ondervragen|0.95
w:we|afleiden|-1.08
w:we|afronding-aankondigen|3.84
w:we|vervolgafspraak|2.17
w:we|bedanken|-1.37
w:website|argumenteren|-1.85
w:website|bekritiseren|-0.94
w:week|ik-boodschap|-0.22
w:week|jij-boodschap|-0.4
w:week|gevoelsreflectie|-0.79
w:week|open-vraag|0.97
w:week|bevelen|-0.99
w:week|waarschuwen|-0.97
w:week|interpreteren|-0.99
w:week|ondervragen|0.96
w:week|afleiden|-0.99
w:week|afronding-aankondigen|-0.93
w:week|vervolgafspraak|1.01
w:week|bedanken|-1.0
w:weekend|ik-boodschap|0.9
w:weekend|ondervragen|0.96
w:weekend|vervolgafspraak|-0.95
w:weekplanner|adviseren|0.78
w:weer|jij-boodschap|-0.15
w:weer|parafrase|-0.98
w:weer|samenvatting|0.33
w:weer|bevelen|-0.15
w:weer|waarschuwen|1.95
w:weer|moraliseren|-0.93
w:weer|adviseren|-0.97
w:weer|argumenteren|-0.7
w:weer|bekritiseren|2.62
w:weer|etiketteren|0.2
w:weer|interpreteren|-1.0
w:weer|geruststellen|-0.93
w:weer|afleiden|0.59
w:weer|vervolgafspraak|1.97
w:weer|bedanken|-1.28
w:wees|waarschuwen|0.87
w:wees|geruststellen|0.84
w:weet|ik-boodschap|2.57
w:weet|jij-boodschap|2.05
w:weet|parafrase|-0.91
w:weet|gevoelsreflectie|-0.97
w:weet|samenvatting|-0.22
w:weet|open-vraag|-1.97
w:weet|moraliseren|2.54
w:weet|argumenteren|-0.83
w:weet|bekritiseren|1.71
w:weet|geruststellen|-0.96
w:weet|ondervragen|-0.94
w:weet|afleiden|-0.29
w:weg|bevelen|0.9
w:weg|bekritiseren|-0.98
w:weg|etiketteren|-0.94
w:wegbleef|vervolgafspraak|-0.97
w:wegblijft|jij-boodschap|0.81
w:wegblijft|parafrase|-0.81
w:wegblijft|bekritiseren|0.9
w:wegkomen|ik-boodschap|-0.74
w:wegkomen|bekritiseren|0.91
w:wegkomt|waarschuwen|0.99
w:wegliep|aanmoediging|-0.96
w:wegloopt|open-vraag|-0.87
w:wegloopt|bevelen|-0.15
w:wegloopt|waarschuwen|-1.0
w:wegstopt|ik-boodschap|-0.86
w:wegstopt|waarschuwen|0.91
w:wegzakt|ik-boodschap|0.88
w:wegzetten|adviseren|0.91
w:wegzetten|bekritiseren|0.91
w:weinig|ik-boodschap|1.87
w:weinig|jij-boodschap|-0.97
w:weinig|parafrase|0.79
w:weinig|samenvatting|0.97
w:weinig|bevelen|-0.84
w:weinig|argumenteren|-0.9
w:weinig|prijzen|-0.93
w:weinig|interpreteren|-1.86
w:weinig|geruststellen|-0.84
w:weken|ik-boodschap|-0.91
w:weken|jij-boodschap|-1.96
w:weken|parafrase|-1.0
w:weken|gevoelsreflectie|-1.0
w:weken|open-vraag|-1.0
w:weken|aanmoediging|-1.0
w:weken|bevelen|-1.0
w:weken|waarschuwen|-1.0
w:weken|moraliseren|-1.0
w:weken|adviseren|-0.96
w:weken|argumenteren|0.9
w:weken|bekritiseren|-0.93
w:weken|prijzen|-1.0
w:weken|etiketteren|-1.0
w:weken|interpreteren|-1.0
w:weken|ondervragen|-1.0
w:weken|afleiden|-1.0
w:weken|afronding-aankondigen|-1.99
w:weken|vervolgafspraak|0.99
w:weken|bedanken|-1.09
w:wekker|prijzen|-0.8
w:wel|ik-boodschap|-1.87
w:wel|jij-boodschap|1.9
w:wel|parafrase|1.01
w:wel|gevoelsreflectie|-1.8
w:wel|samenvatting|0.53
w:wel|open-vraag|-1.83
w:wel|bevelen|-0.99
w:wel|waarschuwen|0.12
w:wel|moraliseren|-0.99
w:wel|adviseren|-1.73
w:wel|argumenteren|-1.94
w:wel|bekritiseren|0.75
w:wel|prijzen|1.86
w:wel|etiketteren|-1.69
w:wel|interpreteren|-0.97
w:wel|geruststellen|2.62
w:wel|ondervragen|-0.96
w:wel|afleiden|-1.17
w:wel|afronding-aankondigen|0.98
w:wel|vervolgafspraak|-0.98
w:wel|bedanken|1.34
w:weleens|afleiden|0.99
w:welk|parafrase|-0.99
w:welk|open-vraag|-3.42
w:welke|jij-boodschap|-0.91
w:welke|parafrase|-0.95
w:welkom|aanmoediging|-0.91
w:welkom|etiketteren|-0.76
w:werd|gevoelsreflectie|1.0
w:werd|samenvatting|-0.92
w:werd|open-vraag|-1.0
w:werd|moraliseren|-1.0
w:werd|vervolgafspraak|-1.0
w:wereld|gevoelsreflectie|0.96
w:wereld|afleiden|0.96
w:werk|open-vraag|-0.96
w:werk|moraliseren|-0.96
w:werk|interpreteren|-0.97
w:werken|parafrase|-0.95
w:werken|open-vraag|-0.99
w:werken|moraliseren|-0.68
w:werken|prijzen|-0.97
w:werkmap|geruststellen|-0.97
w:werkstuk|open-vraag|-0.98
w:werkstuk|bevelen|0.99
w:werkstuk|waarschuwen|0.98
w:werkstuk|adviseren|-1.0
w:werkstuk|argumenteren|0.97
w:werkstuk|etiketteren|-0.99
w:werkstuk|vervolgafspraak|-0.97
w:werkt|gevoelsreflectie|-0.98
w:werkt|bevelen|-0.91
w:werkt|argumenteren|0.97
w:werkt|interpreteren|-0.97
w:werkt|afleiden|-0.97
w:werkt|vervolgafspraak|-0.95
w:werkweek|ik-boodschap|-1.72
w:werkweek|parafrase|1.0
w:werkweek|waarschuwen|-0.97
w:weten|parafrase|-0.99
w:weten|open-vraag|-0.96
w:weten|moraliseren|1.08
w:weten|prijzen|-0.99
w:weten|vervolgafspraak|0.99
w:wie|ik-boodschap|-0.99
w:wie|open-vraag|-2.94
w:wie|argumenteren|2.44
w:wie|bekritiseren|-0.91
w:wie|geruststellen|-0.71
w:wie|ondervragen|1.05
w:wie|vervolgafspraak|-0.95
w:wie|bedanken|-0.99
w:wifi|ondervragen|-0.94
w:wij|jij-boodschap|-0.86
w:wijkteam|open-vraag|-0.94
w:wijsneus|jij-boodschap|1.69
w:wijsneus|gevoelsreflectie|-0.9
w:wijsneus|etiketteren|1.69
w:wijze|geruststellen|-0.82
w:wil|ik-boodschap|-0.95
w:wil|jij-boodschap|0.24
w:wil|gevoelsreflectie|-1.13
w:wil|samenvatting|3.66
w:wil|open-vraag|0.51
w:wil|bevelen|0.92
w:wil|moraliseren|-0.72
w:wil|bekritiseren|-0.22
w:wil|prijzen|0.97
w:wil|etiketteren|-0.73
w:wil|interpreteren|1.0
w:wil|geruststellen|-1.98
w:wil|ondervragen|-1.0
w:wil|afleiden|0.84
w:wil|afronding-aankondigen|1.88
w:wilde|bekritiseren|-1.0
w:wilde|prijzen|-1.0
w:willen|parafrase|-0.98
w:willen|samenvatting|0.12
w:willen|adviseren|-0.89
w:wilt|ik-boodschap|-0.95
w:wilt|jij-boodschap|-1.0
w:wilt|parafrase|-0.88
w:wilt|gevoelsreflectie|-0.87
w:wilt|samenvatting|3.41
w:wilt|open-vraag|1.91
w:wilt|waarschuwen|-0.92
w:wilt|bekritiseren|-1.79
w:wilt|interpreteren|0.99
w:wilt|vervolgafspraak|0.76
w:wiskunde|jij-boodschap|-1.92
w:wiskunde|gevoelsreflectie|-0.91
w:wiskunde|bevelen|-0.63
w:wiskunde|bekritiseren|-0.49
w:wist|ik-boodschap|-1.71
w:wist|parafrase|0.98
w:wist|gevoelsreflectie|-0.98
w:wist|samenvatting|-1.0
w:wist|vervolgafspraak|-0.97
w:wit|bedanken|-0.99
w:woensdag|samenvatting|-0.24
w:woensdag|bekritiseren|-0.28
w:woensdag|prijzen|0.95
w:woensdag|afronding-aankondigen|-1.93
w:woensdag|vervolgafspraak|0.81
w:woensdag|bedanken|-0.99
w:wonen|bekritiseren|-0.9
w:woord|ik-boodschap|-0.95
w:woord|jij-boodschap|0.95
w:woord|bekritiseren|1.66
w:woorden|ik-boodschap|-0.72
w:woorden|parafrase|1.96
w:woorden|gevoelsreflectie|-0.98
w:woorden|samenvatting|0.19
w:woorden|argumenteren|-1.0
w:woorden|bekritiseren|-0.84
w:woorden|geruststellen|-0.97
w:woordjes|ik-boodschap|0.78
w:word|ik-boodschap|1.97
w:word|jij-boodschap|-0.97
w:word|gevoelsreflectie|-0.51
w:word|argumenteren|-0.97
w:word|bekritiseren|-0.97
w:word|prijzen|-1.0
w:word|geruststellen|-1.0
w:word|afronding-aankondigen|1.0
w:word|vervolgafspraak|-0.98
w:worden|jij-boodschap|-1.0
w:worden|bevelen|1.0
w:worden|moraliseren|-1.0
w:worden|argumenteren|0.97
w:worden|bekritiseren|-1.0
w:wordt|jij-boodschap|-0.86
w:wordt|parafrase|0.94
w:wordt|gevoelsreflectie|0.9
w:wordt|samenvatting|-0.94
w:wordt|waarschuwen|1.7
w:wordt|argumenteren|0.98
w:wordt|bekritiseren|-0.86
w:yusuf|open-vraag|-0.99
w:zaak|bevelen|-0.95
w:zag|ik-boodschap|-1.55
w:zag|interpreteren|-1.0
w:zakken|parafrase|-0.98
w:zakken|samenvatting|0.92
w:zakken|open-vraag|0.92
w:zakt|ik-boodschap|0.96
w:zakt|jij-boodschap|-0.96
w:zakt|bekritiseren|-0.96
w:zal|ik-boodschap|-1.0
w:zal|parafrase|-1.0
w:zal|waarschuwen|1.0
w:zal|geruststellen|0.97
w:zal|vervolgafspraak|0.91
w:zat|ik-boodschap|-0.63
w:zaterdag|open-vraag|-0.83
w:zaterdag|afleiden|1.52
w:ze|ik-boodschap|-0.88
w:ze|gevoelsreflectie|-1.85
w:ze|open-vraag|0.11
w:ze|bevelen|-1.05
w:ze|waarschuwen|-0.98
w:ze|moraliseren|-1.92
w:ze|adviseren|-0.91
w:ze|bekritiseren|-3.46
w:ze|etiketteren|-1.97
w:ze|interpreteren|1.02
w:ze|geruststellen|-0.81
w:ze|ondervragen|-0.95
w:ze|vervolgafspraak|0.81
w:zeg|jij-boodschap|-0.94
w:zeg|samenvatting|0.97
w:zeg|interpreteren|-0.97
w:zeg|geruststellen|1.31
w:zeggen|jij-boodschap|-1.84
w:zeggen|gevoelsreflectie|0.96
w:zeggen|aanmoediging|-0.96
w:zeggen|adviseren|0.96
w:zeggen|interpreteren|-0.93
w:zeggen|geruststellen|-0.92
w:zegt|ik-boodschap|-0.99
w:zegt|jij-boodschap|-1.55
w:zegt|parafrase|1.98
w:zegt|gevoelsreflectie|-1.55
w:zegt|samenvatting|-1.6
w:zegt|aanmoediging|1.76
w:zegt|bevelen|0.15
w:zegt|argumenteren|0.34
w:zegt|bekritiseren|-1.95
w:zegt|prijzen|-1.0
w:zegt|interpreteren|0.95
w:zegt|geruststellen|0.39
w:zegt|ondervragen|1.0
w:zegt|vervolgafspraak|-0.82
w:zegt|bedanken|-0.96
w:zei|bevelen|-0.91
w:zei|moraliseren|0.48
w:zeker|bevelen|-0.95
w:zeker|geruststellen|0.86
w:zelf|ik-boodschap|-1.0
w:zelf|jij-boodschap|-0.1
w:zelf|gevoelsreflectie|0.16
w:zelf|open-vraag|0.98
w:zelf|aanmoediging|-0.99
w:zelf|bevelen|0.93
w:zelf|moraliseren|-0.13
w:zelf|adviseren|0.79
w:zelf|prijzen|-0.82
w:zelf|interpreteren|1.01
w:zelf|geruststellen|-0.55
w:zelf|vervolgafspraak|-0.81
w:zelf|bedanken|0.91
w:zenuwachtig|ik-boodschap|-0.76
w:zenuwachtig|gevoelsreflectie|2.77
w:zenuwachtig|moraliseren|-1.0
w:zenuwachtig|adviseren|-0.94
w:zenuwachtig|geruststellen|1.31
w:zenuwachtig|vervolgafspraak|-1.0
w:zes|ik-boodschap|0.93
w:zet|parafrase|-0.98
w:zet|samenvatting|1.97
w:zet|adviseren|0.99
w:zet|prijzen|-0.8
w:zet|geruststellen|-0.98
w:zet|ondervragen|-0.94
w:zet|bedanken|-0.78
w:zetten|interpreteren|-0.93
w:zetten|vervolgafspraak|-0.96
w:zeur|jij-boodschap|0.99
w:zeur|geruststellen|-0.96
w:zeven|jij-boodschap|-0.92
w:zich|ik-boodschap|-1.88
w:zich|jij-boodschap|1.19
w:zich|gevoelsreflectie|-0.88
w:zich|open-vraag|0.69
w:zich|bevelen|1.92
w:zich|waarschuwen|-0.87
w:zich|adviseren|-0.98
w:zich|argumenteren|-1.0
w:zich|bekritiseren|2.29
w:zich|interpreteren|0.99
w:zich|geruststellen|-0.39
w:zich|ondervragen|-1.0
w:zich|vervolgafspraak|0.94
w:zichtbaar|parafrase|-0.94
w:zie|ik-boodschap|-0.41
w:zie|jij-boodschap|-1.0
w:zie|parafrase|-0.97
w:zie|gevoelsreflectie|0.42
w:zie|samenvatting|-0.98
w:zie|bevelen|0.9
w:zie|adviseren|-0.17
w:zie|bekritiseren|-2.61
w:zie|interpreteren|-0.97
w:zie|geruststellen|-0.92
w:zie|afleiden|-0.99
w:zie|vervolgafspraak|0.98
w:zie|bedanken|0.54
w:ziek|moraliseren|1.0
w:ziek|afleiden|-0.98
w:ziekmelding|ik-boodschap|0.95
w:ziekmelding|waarschuwen|-0.95
w:ziekte|samenvatting|0.92
w:ziekte|argumenteren|0.94
w:ziekte|bedanken|0.69
w:zien|ik-boodschap|2.59
w:zien|jij-boodschap|-0.71
w:zien|gevoelsreflectie|-1.0
w:zien|samenvatting|-0.64
w:zien|open-vraag|0.79
w:zien|adviseren|-1.78
w:zien|bekritiseren|-0.54
w:zien|afleiden|-0.99
w:ziens|samenvatting|-0.94
w:ziens|bedanken|0.84
w:ziet|ik-boodschap|-1.0
w:ziet|gevoelsreflectie|-0.96
w:ziet|open-vraag|0.82
w:ziet|bevelen|-0.99
w:ziet|bekritiseren|-1.28
w:ziet|prijzen|1.0
w:zij|bekritiseren|1.27
w:zij|geruststellen|-1.82
w:zijn|ik-boodschap|-0.26
w:zijn|jij-boodschap|-0.19
w:zijn|parafrase|-1.98
w:zijn|open-vraag|0.36
w:zijn|aanmoediging|-0.93
w:zijn|bevelen|-1.89
w:zijn|adviseren|-0.16
w:zijn|argumenteren|-0.92
w:zijn|bekritiseren|-2.56
w:zijn|prijzen|-0.99
w:zijn|interpreteren|-0.93
w:zijn|geruststellen|-0.18
w:zijn|ondervragen|0.12
w:zijn|afleiden|-1.72
w:zijn|vervolgafspraak|-1.0
w:zin|jij-boodschap|0.87
w:zin|open-vraag|-0.87
w:zin|bevelen|0.78
w:zin|waarschuwen|-1.0
w:zin|bekritiseren|0.7
w:zin|interpreteren|0.95
w:zit|ik-boodschap|2.01
w:zit|jij-boodschap|0.79
w:zit|parafrase|-0.97
w:zit|gevoelsreflectie|0.73
w:zit|samenvatting|-0.72
w:zit|open-vraag|-1.3
w:zit|bevelen|0.14
w:zit|moraliseren|-1.83
w:zit|adviseren|-1.84
w:zit|argumenteren|-1.0
w:zit|bekritiseren|2.86
w:zit|interpreteren|2.87
w:zit|geruststellen|-0.96
w:zit|ondervragen|-1.0
w:zit|afleiden|-0.91
w:zitten|parafrase|-0.9
w:zitten|gevoelsreflectie|-0.89
w:zitten|samenvatting|1.86
w:zitten|open-vraag|-1.0
w:zitten|aanmoediging|-0.96
w:zitten|bevelen|3.48
w:zitten|waarschuwen|1.74
w:zitten|bekritiseren|-0.94
w:zitten|prijzen|-0.97
w:zitten|afleiden|-2.96
w:zitten|vervolgafspraak|0.98
w:zitten|bedanken|0.69
w:zo|ik-boodschap|1.82
w:zo|jij-boodschap|-2.01
w:zo|parafrase|-1.95
w:zo|gevoelsreflectie|-1.72
w:zo|samenvatting|-2.87
w:zo|open-vraag|-0.87
w:zo|bevelen|-2.05
w:zo|waarschuwen|0.89
w:zo|moraliseren|1.01
w:zo|adviseren|-0.96
w:zo|argumenteren|-1.66
w:zo|bekritiseren|-0.52
w:zo|prijzen|1.78
w:zo|etiketteren|0.7
w:zo|geruststellen|-0.51
w:zo|ondervragen|-0.95
w:zo|afleiden|-0.65
w:zo|vervolgafspraak|-0.81
w:zo'n|jij-boodschap|-0.94
w:zo'n|parafrase|-0.99
w:zo'n|gevoelsreflectie|-1.0
w:zo'n|open-vraag|-1.0
w:zo'n|bevelen|-0.99
w:zo'n|waarschuwen|0.81
w:zo'n|moraliseren|-0.94
w:zo'n|argumenteren|-1.98
w:zo'n|prijzen|3.75
w:zo'n|etiketteren|1.77
w:zo'n|interpreteren|-1.0
w:zo'n|geruststellen|0.97
w:zo'n|ondervragen|-0.96
w:zo'n|afleiden|-0.74
w:zo'n|bedanken|-1.0
w:zoekt|parafrase|-1.0
w:zoekt|moraliseren|-1.0
w:zoekt|interpreteren|1.94
w:zomaar|jij-boodschap|0.81
w:zomaar|parafrase|-0.81
w:zomaar|bekritiseren|0.9
w:zomer|open-vraag|-1.65
w:zomer|afleiden|0.99
w:zondag|adviseren|1.9
w:zonde|ik-boodschap|1.84
w:zonde|vervolgafspraak|0.95
w:zonder|ik-boodschap|1.95
w:zonder|jij-boodschap|-0.97
w:zonder|samenvatting|-1.0
w:zonder|aanmoediging|-0.96
w:zonder|bevelen|-0.98
w:zonder|moraliseren|-0.93
w:zonder|argumenteren|0.71
w:zonder|bekritiseren|-0.97
w:zonder|vervolgafspraak|-0.97
w:zooitje|bekritiseren|0.87
w:zoon|jij-boodschap|-0.16
w:zoon|adviseren|-1.0
w:zoon|bekritiseren|-1.02
w:zorgcoordinator|adviseren|-0.97
w:zorgcoördinator|ik-boodschap|0.99
w:zorgcoördinator|samenvatting|0.94
w:zorgcoördinator|argumenteren|-0.71
w:zorgcoördinator|vervolgafspraak|2.03
w:zorgelijk|gevoelsreflectie|0.98
w:zorgelijk|open-vraag|0.86
w:zorgelijk|bekritiseren|-0.89
w:zorgen|jij-boodschap|-2.44
w:zorgen|samenvatting|-1.78
w:zorgen|open-vraag|1.91
w:zorgen|waarschuwen|-0.98
w:zorgen|adviseren|-0.17
w:zorgen|argumenteren|-1.0
w:zorgen|bekritiseren|-1.44
w:zorgen|etiketteren|-0.97
w:zorgen|interpreteren|-1.0
w:zorgen|geruststellen|0.52
w:zorgen|afronding-aankondigen|-1.0
w:zorgpunten|argumenteren|-0.96
w:zou|ik-boodschap|-0.83
w:zou|gevoelsreflectie|-2.55
w:zou|open-vraag|0.96
w:zou|waarschuwen|-0.99
w:zou|moraliseren|1.77
w:zou|adviseren|3.87
w:zou|bekritiseren|-1.08
w:zou|etiketteren|-1.0
w:zou|interpreteren|-1.0
w:zou|ondervragen|-1.0
w:zouden|jij-boodschap|-0.86
w:zoveel|ik-boodschap|-0.8
w:zoveel|moraliseren|-0.89
w:zoveel|argumenteren|0.89
w:zoveel|interpreteren|0.97
w:zoveel|geruststellen|1.03
w:zoë|ik-boodschap|0.93
w:zoë|gevoelsreflectie|-1.0
w:zoë|open-vraag|0.99
w:zoë|prijzen|-0.93
w:zoë|vervolgafspraak|1.0
w:zulke|prijzen|0.94
w:zulke|geruststellen|-0.87
w:zulke|afleiden|0.94
w:zullen|parafrase|-1.0
w:zullen|open-vraag|-0.99
w:zullen|adviseren|-0.97
w:zullen|argumenteren|-0.98
w:zullen|bekritiseren|-1.0
w:zullen|geruststellen|-0.87
w:zullen|afleiden|0.94
w:zullen|vervolgafspraak|0.96
w:zusje|interpreteren|1.0
w:zwaar|ik-boodschap|0.77
w:zwaar|open-vraag|-0.92
w:zwaar|moraliseren|-0.9
w:zwaar|argumenteren|-0.96
w:zwaar|bekritiseren|-0.99
w:zwaar|geruststellen|-0.96
w:zwaar|afleiden|1.61
w:zware|gevoelsreflectie|0.99
w:zwart|bedanken|-0.99
w:zweverig|moraliseren|-0.94
w:één|ik-boodschap|-0.96
w:één|open-vraag|0.99
w:één|aanmoediging|-0.99
w:één|bevelen|-0.96
w:één|argumenteren|-0.99
"""#
}
