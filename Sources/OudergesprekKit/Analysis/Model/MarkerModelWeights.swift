// swift-format-ignore-file
// Written by `oudergesprek leer` (scripts/train-analyser-model); do not edit by hand.

/// The weights of the shipped marker model, one `feature|marker|weight` per line.
enum MarkerModelWeights {
  static let text = #"""
basis|ik-boodschap|-13.07
basis|jij-boodschap|-7.95
basis|parafrase|-8.69
basis|gevoelsreflectie|-10.2
basis|samenvatting|-15.86
basis|open-vraag|-16.13
basis|aanmoediging|-4.7
basis|bevelen|-6.3
basis|waarschuwen|-7.78
basis|moraliseren|-6.21
basis|adviseren|-8.7
basis|argumenteren|-7.92
basis|bekritiseren|-7.26
basis|prijzen|-8.66
basis|etiketteren|-4.94
basis|interpreteren|-6.77
basis|geruststellen|-6.69
basis|ondervragen|-7.77
basis|afleiden|-8.21
basis|afronding-aankondigen|-11.21
basis|vervolgafspraak|-13.28
basis|bedanken|-8.7
begin:ach|moraliseren|-0.99
begin:ach|prijzen|-0.99
begin:ach|etiketteren|0.99
begin:ach|geruststellen|-1.76
begin:ach|afleiden|2.01
begin:alle|etiketteren|-0.98
begin:als|ik-boodschap|0.49
begin:als|jij-boodschap|-1.03
begin:als|parafrase|0.99
begin:als|gevoelsreflectie|-1.3
begin:als|samenvatting|-2.81
begin:als|open-vraag|-0.74
begin:als|bevelen|-1.0
begin:als|waarschuwen|2.12
begin:als|moraliseren|0.73
begin:als|adviseren|-1.13
begin:als|argumenteren|-1.86
begin:als|bekritiseren|-1.76
begin:als|prijzen|-1.98
begin:als|etiketteren|-1.0
begin:als|interpreteren|-1.0
begin:als|geruststellen|-1.95
begin:als|afronding-aankondigen|-0.97
begin:als|vervolgafspraak|-1.0
begin:als|bedanken|-0.93
begin:andere|bekritiseren|-0.99
begin:bedankt|gevoelsreflectie|-0.86
begin:bedankt|samenvatting|-0.78
begin:bedankt|bekritiseren|-0.97
begin:bedankt|afronding-aankondigen|-1.94
begin:bedankt|vervolgafspraak|-0.88
begin:bedankt|bedanken|0.97
begin:begrijp|open-vraag|-0.91
begin:bent|afleiden|-0.91
begin:bram|ik-boodschap|-0.98
begin:bram|jij-boodschap|0.48
begin:bram|gevoelsreflectie|-0.91
begin:bram|moraliseren|-0.98
begin:bram|prijzen|-0.97
begin:bram|geruststellen|0.94
begin:controleert|bekritiseren|-0.88
begin:daan|jij-boodschap|-0.92
begin:daan|moraliseren|-0.74
begin:daan|argumenteren|-0.8
begin:daan|etiketteren|-0.98
begin:daar|moraliseren|-0.98
begin:daar|argumenteren|0.98
begin:daar|ondervragen|-0.93
begin:daar|afleiden|-0.87
begin:dan|waarschuwen|0.86
begin:dan|prijzen|-0.89
begin:dan|vervolgafspraak|-0.93
begin:dank|ik-boodschap|-0.99
begin:dank|jij-boodschap|-0.95
begin:dank|gevoelsreflectie|-0.96
begin:dank|samenvatting|-0.96
begin:dank|bekritiseren|-0.98
begin:dank|prijzen|-0.99
begin:dank|ondervragen|-0.93
begin:dank|afronding-aankondigen|-1.79
begin:dank|vervolgafspraak|-1.96
begin:dank|bedanken|1.98
begin:dat|ik-boodschap|0.93
begin:dat|jij-boodschap|-1.19
begin:dat|parafrase|-1.0
begin:dat|gevoelsreflectie|3.45
begin:dat|open-vraag|-0.99
begin:dat|aanmoediging|-0.97
begin:dat|bevelen|-0.64
begin:dat|waarschuwen|-0.98
begin:dat|moraliseren|-2.86
begin:dat|adviseren|-0.98
begin:dat|argumenteren|1.06
begin:dat|bekritiseren|1.43
begin:dat|prijzen|-0.99
begin:dat|interpreteren|1.95
begin:dat|geruststellen|0.54
begin:dat|afleiden|0.34
begin:de|ik-boodschap|-0.76
begin:de|jij-boodschap|-0.82
begin:de|gevoelsreflectie|-1.0
begin:de|open-vraag|-0.43
begin:de|argumenteren|2.82
begin:de|bekritiseren|-0.92
begin:de|etiketteren|-0.98
begin:de|ondervragen|-1.0
begin:de|afleiden|-1.0
begin:denk|waarschuwen|0.95
begin:die|jij-boodschap|-0.91
begin:die|ondervragen|-0.79
begin:dit|gevoelsreflectie|0.99
begin:dit|bevelen|-1.0
begin:dit|moraliseren|-0.99
begin:dit|bekritiseren|2.61
begin:dit|prijzen|-1.0
begin:dit|interpreteren|0.98
begin:dit|ondervragen|-1.0
begin:doe|etiketteren|0.8
begin:doe|geruststellen|-0.96
begin:doe|afleiden|-0.96
begin:doet|jij-boodschap|-2.39
begin:doordat|samenvatting|-0.94
begin:dus|ik-boodschap|-1.74
begin:dus|jij-boodschap|0.99
begin:dus|parafrase|0.99
begin:dus|gevoelsreflectie|-0.9
begin:dus|samenvatting|1.05
begin:dus|open-vraag|0.81
begin:dus|aanmoediging|-1.0
begin:dus|adviseren|-0.97
begin:dus|bekritiseren|0.21
begin:dus|afronding-aankondigen|-0.93
begin:dus|vervolgafspraak|0.97
begin:echt|adviseren|0.83
begin:een|ik-boodschap|-0.98
begin:een|parafrase|-0.96
begin:een|gevoelsreflectie|-0.9
begin:een|waarschuwen|0.98
begin:een|moraliseren|1.88
begin:een|adviseren|-0.98
begin:een|argumenteren|0.82
begin:een|prijzen|1.0
begin:een|etiketteren|-0.96
begin:een|geruststellen|-0.98
begin:eerlijk|jij-boodschap|0.99
begin:eerlijk|gevoelsreflectie|-0.82
begin:eerlijk|moraliseren|0.93
begin:eigenlijk|moraliseren|-0.52
begin:eigenlijk|interpreteren|0.97
begin:eigenlijk|afleiden|-0.52
begin:elk|geruststellen|0.77
begin:en|samenvatting|-1.0
begin:en|open-vraag|1.0
begin:enfin|afleiden|1.0
begin:er|etiketteren|-1.0
begin:er|geruststellen|1.0
begin:even|gevoelsreflectie|-1.0
begin:even|samenvatting|1.11
begin:even|open-vraag|-1.02
begin:even|argumenteren|-0.92
begin:even|vervolgafspraak|-0.98
begin:even|bedanken|0.94
begin:feit|ik-boodschap|-0.83
begin:feit|argumenteren|0.92
begin:fenna|bekritiseren|-0.94
begin:fijn|jij-boodschap|1.66
begin:fijn|bekritiseren|0.12
begin:fijn|geruststellen|-0.94
begin:fijn|afronding-aankondigen|-0.99
begin:fijn|bedanken|-1.0
begin:ga|bevelen|1.0
begin:gaat|bevelen|0.95
begin:geeft|bevelen|1.0
begin:geen|bevelen|0.88
begin:geen|argumenteren|-1.63
begin:ging|samenvatting|-0.93
begin:goed|afleiden|-0.35
begin:had|bekritiseren|0.99
begin:haha|afleiden|0.91
begin:heeft|adviseren|0.99
begin:heeft|ondervragen|-0.91
begin:heeft|afleiden|-0.66
begin:heel|geruststellen|0.99
begin:het|ik-boodschap|-1.0
begin:het|jij-boodschap|-1.77
begin:het|parafrase|-0.93
begin:het|open-vraag|-0.15
begin:het|waarschuwen|-1.0
begin:het|moraliseren|1.91
begin:het|adviseren|-0.15
begin:het|argumenteren|-1.06
begin:het|bekritiseren|-2.63
begin:het|prijzen|-0.99
begin:het|interpreteren|-0.83
begin:het|geruststellen|-1.8
begin:het|ondervragen|-1.0
begin:het|afleiden|-0.96
begin:het|afronding-aankondigen|-0.97
begin:het|vervolgafspraak|-0.82
begin:het|bedanken|-0.95
begin:hij|parafrase|-1.0
begin:hij|samenvatting|-0.99
begin:hij|aanmoediging|-1.0
begin:hij|bevelen|-0.95
begin:hij|waarschuwen|-0.92
begin:hij|moraliseren|-0.97
begin:hij|argumenteren|-0.97
begin:hij|interpreteren|0.85
begin:hij|geruststellen|-0.74
begin:hij|afleiden|-1.86
begin:hij|vervolgafspraak|-2.77
begin:hm|gevoelsreflectie|-0.98
begin:hm|aanmoediging|0.98
begin:hoe|ik-boodschap|-1.9
begin:hoe|parafrase|-1.9
begin:hoe|gevoelsreflectie|-2.92
begin:hoe|samenvatting|-0.96
begin:hoe|open-vraag|0.94
begin:hoe|ondervragen|0.79
begin:hoe|afleiden|-0.91
begin:hoe|vervolgafspraak|-0.97
begin:hoeveel|bevelen|-0.88
begin:hoezo|open-vraag|-1.0
begin:hoezo|ondervragen|1.97
begin:hoi|jij-boodschap|-0.15
begin:hoi|bevelen|-1.77
begin:hoi|geruststellen|-0.84
begin:hou|samenvatting|-1.0
begin:hou|bevelen|1.0
begin:hé|afleiden|-0.76
begin:iemand|ik-boodschap|-0.97
begin:iemand|jij-boodschap|-2.27
begin:iemand|moraliseren|2.71
begin:iemand|bekritiseren|-2.47
begin:ik|ik-boodschap|-1.75
begin:ik|jij-boodschap|-2.18
begin:ik|parafrase|-1.84
begin:ik|gevoelsreflectie|-0.48
begin:ik|samenvatting|-1.76
begin:ik|bevelen|-0.87
begin:ik|waarschuwen|-0.99
begin:ik|moraliseren|-1.9
begin:ik|adviseren|-0.76
begin:ik|argumenteren|0.95
begin:ik|bekritiseren|-0.98
begin:ik|etiketteren|-1.0
begin:ik|interpreteren|-1.16
begin:ik|geruststellen|-0.91
begin:ik|ondervragen|-0.96
begin:ik|afronding-aankondigen|0.77
begin:ik|vervolgafspraak|-1.84
begin:ik|bedanken|-2.9
begin:ilias|moraliseren|0.97
begin:ja|gevoelsreflectie|-0.93
begin:ja|open-vraag|-1.0
begin:ja|aanmoediging|0.97
begin:ja|waarschuwen|-1.0
begin:ja|etiketteren|0.1
begin:ja|ondervragen|-0.98
begin:je|ik-boodschap|-1.92
begin:je|jij-boodschap|0.96
begin:je|parafrase|0.84
begin:je|gevoelsreflectie|4.53
begin:je|samenvatting|-0.99
begin:je|open-vraag|0.96
begin:je|bevelen|2.7
begin:je|waarschuwen|-0.92
begin:je|moraliseren|0.99
begin:je|adviseren|1.0
begin:je|argumenteren|0.96
begin:je|bekritiseren|0.74
begin:je|prijzen|1.0
begin:je|etiketteren|-0.96
begin:je|geruststellen|1.8
begin:je|vervolgafspraak|-0.94
begin:jesse|jij-boodschap|-0.99
begin:jesse|etiketteren|-0.99
begin:jesse|afleiden|-0.99
begin:jij|jij-boodschap|0.9
begin:jij|open-vraag|-0.63
begin:jij|adviseren|-0.85
begin:jij|prijzen|1.02
begin:jij|etiketteren|1.11
begin:jij|geruststellen|-1.82
begin:joh|geruststellen|1.96
begin:joh|afronding-aankondigen|-1.0
begin:julian|jij-boodschap|-0.89
begin:jullie|ik-boodschap|-0.86
begin:jullie|jij-boodschap|0.82
begin:jullie|bevelen|-0.25
begin:jullie|waarschuwen|-0.89
begin:jullie|moraliseren|-1.89
begin:jullie|bekritiseren|1.8
begin:jullie|prijzen|0.92
begin:jullie|interpreteren|-0.94
begin:k|interpreteren|-0.95
begin:kijk|ik-boodschap|-0.17
begin:kijk|jij-boodschap|-0.98
begin:kijk|moraliseren|-1.77
begin:kijk|adviseren|-0.97
begin:kijk|argumenteren|2.69
begin:kijk|bekritiseren|-1.97
begin:kijk|afleiden|-0.84
begin:kinderen|bevelen|-0.82
begin:klinkt|gevoelsreflectie|0.93
begin:klopt|geruststellen|-0.99
begin:knap|ondervragen|-0.9
begin:komt|bevelen|-1.0
begin:komt|geruststellen|1.0
begin:komt|ondervragen|-0.97
begin:kort|bevelen|-0.97
begin:kortom|jij-boodschap|1.81
begin:kortom|samenvatting|1.81
begin:kortom|open-vraag|-1.0
begin:kortom|bevelen|-0.9
begin:kortom|moraliseren|-0.96
begin:kortom|bekritiseren|1.79
begin:kortom|interpreteren|-0.91
begin:kortom|afleiden|-0.99
begin:kortom|afronding-aankondigen|-1.05
begin:kortom|vervolgafspraak|-0.73
begin:kunt|parafrase|-1.0
begin:kunt|open-vraag|0.96
begin:kunt|adviseren|-0.93
begin:laat|jij-boodschap|-1.93
begin:laat|moraliseren|-1.0
begin:laat|bekritiseren|-1.81
begin:laat|vervolgafspraak|0.95
begin:laten|samenvatting|-0.95
begin:laten|afleiden|0.98
begin:laten|afronding-aankondigen|0.19
begin:laten|bedanken|-0.96
begin:leg|bevelen|0.83
begin:leg|adviseren|-0.98
begin:lever|bevelen|1.83
begin:luister|bekritiseren|-0.73
begin:maak|geruststellen|0.96
begin:maak|afleiden|-0.99
begin:maakt|open-vraag|-1.0
begin:maakt|bekritiseren|-0.82
begin:maakt|etiketteren|-0.92
begin:maakt|interpreteren|-1.0
begin:maandag|afronding-aankondigen|-1.0
begin:maandag|vervolgafspraak|1.92
begin:maar|open-vraag|-1.42
begin:maar|afleiden|1.94
begin:mees|bekritiseren|-0.98
begin:met|parafrase|0.95
begin:met|gevoelsreflectie|-0.6
begin:met|samenvatting|-0.97
begin:met|open-vraag|-1.0
begin:met|aanmoediging|-0.98
begin:met|prijzen|0.91
begin:met|geruststellen|-0.86
begin:mijn|vervolgafspraak|0.92
begin:misschien|bevelen|-0.89
begin:misschien|moraliseren|-0.93
begin:misschien|prijzen|-0.96
begin:misschien|interpreteren|-0.8
begin:mm|aanmoediging|0.99
begin:mohammed|jij-boodschap|1.74
begin:mohammed|bekritiseren|0.98
begin:nee|waarschuwen|-0.94
begin:nee|argumenteren|0.87
begin:neem|aanmoediging|0.97
begin:neem|bevelen|-0.98
begin:niemand|bekritiseren|-0.85
begin:niemand|geruststellen|1.77
begin:niet|afronding-aankondigen|-0.94
begin:niks|geruststellen|0.87
begin:nog|samenvatting|-0.92
begin:nog|waarschuwen|0.96
begin:nog|bekritiseren|-0.68
begin:nog|prijzen|-0.91
begin:nou|ik-boodschap|0.93
begin:nou|bevelen|-0.94
begin:nou|argumenteren|-0.88
begin:nou|bekritiseren|2.72
begin:nou|etiketteren|0.86
begin:nou|geruststellen|-1.0
begin:nou|vervolgafspraak|-0.98
begin:nou|bedanken|-1.91
begin:nu|ik-boodschap|0.92
begin:och|argumenteren|-0.96
begin:och|geruststellen|-0.81
begin:och|afleiden|1.61
begin:oke|jij-boodschap|-0.99
begin:oké|parafrase|0.95
begin:omdat|open-vraag|-0.98
begin:omdat|argumenteren|-0.99
begin:omdat|vervolgafspraak|-0.97
begin:op|argumenteren|-0.85
begin:op|etiketteren|-0.97
begin:opvoeden|moraliseren|0.88
begin:opvoeden|argumenteren|-0.77
begin:ouders|moraliseren|0.93
begin:ouders|argumenteren|-0.83
begin:ouders|afleiden|-0.93
begin:over|samenvatting|-1.85
begin:over|argumenteren|-0.92
begin:over|afleiden|1.86
begin:over|afronding-aankondigen|-0.83
begin:over|bedanken|-0.98
begin:pak|waarschuwen|-0.86
begin:pas|moraliseren|-0.94
begin:probeer|adviseren|0.97
begin:regels|argumenteren|0.85
begin:respect|moraliseren|1.42
begin:rustig|aanmoediging|0.12
begin:rustig|bevelen|0.1
begin:samengevat|jij-boodschap|0.96
begin:samengevat|bekritiseren|0.96
begin:samengevat|bedanken|-0.93
begin:samenvattend|samenvatting|1.95
begin:samenvattend|open-vraag|-0.98
begin:samenvattend|aanmoediging|-0.96
begin:samenvattend|argumenteren|-0.96
begin:samenvattend|geruststellen|-0.96
begin:samenvattend|afronding-aankondigen|0.98
begin:samenvattend|bedanken|0.98
begin:schrijf|adviseren|0.95
begin:sem|bekritiseren|-1.43
begin:sinds|ik-boodschap|2.63
begin:sinds|open-vraag|0.95
begin:sinds|waarschuwen|-0.98
begin:sinds|interpreteren|-0.9
begin:sinds|vervolgafspraak|-0.95
begin:stel|etiketteren|1.0
begin:stel|interpreteren|-1.0
begin:stop|adviseren|-0.99
begin:straks|waarschuwen|1.8
begin:tess|ik-boodschap|-1.0
begin:thanks|bedanken|1.0
begin:thnx|afronding-aankondigen|-0.93
begin:tja|open-vraag|-0.93
begin:tja|adviseren|-1.0
begin:tja|bekritiseren|1.03
begin:tja|etiketteren|-1.0
begin:tja|afleiden|1.74
begin:tja|bedanken|-0.98
begin:tot|samenvatting|0.95
begin:trouwens|bevelen|-1.0
begin:typisch|waarschuwen|-1.0
begin:typisch|etiketteren|1.0
begin:u|ik-boodschap|-1.0
begin:u|jij-boodschap|0.97
begin:u|parafrase|1.1
begin:u|gevoelsreflectie|0.86
begin:u|samenvatting|-2.04
begin:u|open-vraag|-2.96
begin:u|aanmoediging|-0.9
begin:u|bevelen|-0.86
begin:u|waarschuwen|-1.07
begin:u|adviseren|-0.14
begin:u|argumenteren|-1.43
begin:u|bekritiseren|1.47
begin:u|prijzen|-0.14
begin:u|etiketteren|0.81
begin:u|interpreteren|-0.15
begin:u|geruststellen|0.74
begin:u|vervolgafspraak|-1.88
begin:u|bedanken|-0.99
begin:uw|afleiden|-0.99
begin:uw|vervolgafspraak|-1.0
begin:van|moraliseren|0.54
begin:vanaf|bevelen|0.97
begin:vandaag|samenvatting|-0.94
begin:vertel|samenvatting|-0.98
begin:vertel|adviseren|-0.99
begin:vertelt|parafrase|-0.98
begin:vertelt|aanmoediging|-0.8
begin:vindt|parafrase|-0.9
begin:volgende|vervolgafspraak|1.94
begin:volgens|bevelen|-0.97
begin:volgens|argumenteren|-0.89
begin:volgens|interpreteren|0.93
begin:waarom|ik-boodschap|-1.0
begin:waarom|open-vraag|-1.0
begin:waarom|waarschuwen|-1.0
begin:waarom|adviseren|1.95
begin:waarom|bekritiseren|-0.79
begin:waarom|prijzen|-0.74
begin:waarom|ondervragen|1.81
begin:waarom|afleiden|-1.0
begin:waarom|vervolgafspraak|-1.0
begin:waarover|gevoelsreflectie|-0.43
begin:wanneer|ik-boodschap|0.96
begin:wanneer|samenvatting|-0.98
begin:wanneer|open-vraag|0.76
begin:wanneer|waarschuwen|-0.96
begin:wanneer|adviseren|-0.98
begin:wanneer|argumenteren|-0.96
begin:wanneer|vervolgafspraak|-0.98
begin:wanneer|bedanken|-0.99
begin:wat|jij-boodschap|0.7
begin:wat|parafrase|-1.21
begin:wat|gevoelsreflectie|-2.06
begin:wat|open-vraag|-0.5
begin:wat|aanmoediging|-0.9
begin:wat|bevelen|-1.0
begin:wat|adviseren|-1.58
begin:wat|argumenteren|-1.0
begin:wat|bekritiseren|1.49
begin:wat|etiketteren|1.18
begin:wat|geruststellen|-0.73
begin:wat|afleiden|-2.94
begin:wat|vervolgafspraak|0.98
begin:we|ik-boodschap|-1.89
begin:we|jij-boodschap|-1.12
begin:we|parafrase|-1.0
begin:we|gevoelsreflectie|-1.0
begin:we|samenvatting|0.9
begin:we|open-vraag|-0.46
begin:we|aanmoediging|-1.97
begin:we|bevelen|-1.0
begin:we|waarschuwen|-1.0
begin:we|moraliseren|-1.0
begin:we|adviseren|-1.0
begin:we|argumenteren|-1.99
begin:we|bekritiseren|-1.02
begin:we|prijzen|-2.0
begin:we|etiketteren|-1.0
begin:we|interpreteren|-1.96
begin:we|geruststellen|-1.0
begin:we|ondervragen|-1.0
begin:we|afleiden|-1.9
begin:we|afronding-aankondigen|1.17
begin:we|vervolgafspraak|0.8
begin:wees|geruststellen|0.94
begin:weet|ik-boodschap|0.77
begin:weet|argumenteren|0.89
begin:welk|open-vraag|-3.39
begin:welk|geruststellen|-1.0
begin:welke|parafrase|-0.82
begin:welke|gevoelsreflectie|-1.0
begin:welke|aanmoediging|-0.98
begin:welke|ondervragen|-1.0
begin:welke|bedanken|-0.99
begin:wie|afleiden|-0.99
begin:ze|jij-boodschap|1.36
begin:ze|parafrase|-0.95
begin:ze|bevelen|-0.99
begin:ze|moraliseren|-1.58
begin:ze|bekritiseren|-0.99
begin:ze|interpreteren|0.99
begin:ze|geruststellen|-0.91
begin:zeg|ondervragen|-0.97
begin:zeg|afleiden|0.76
begin:zegt|aanmoediging|1.78
begin:zeker|gevoelsreflectie|-0.97
begin:zet|gevoelsreflectie|-1.0
begin:zet|bevelen|1.0
begin:zet|interpreteren|-0.91
begin:zet|geruststellen|-1.0
begin:zit|ondervragen|0.94
begin:zo|moraliseren|1.0
begin:zo|argumenteren|-1.0
begin:zo|interpreteren|-0.94
begin:zo|vervolgafspraak|0.98
begin:zo'n|jij-boodschap|-0.8
begin:zo'n|waarschuwen|-0.96
begin:zo'n|prijzen|0.96
begin:zorg|bevelen|0.99
begin:zorg|prijzen|-0.99
begin:zorgt|vervolgafspraak|-0.97
begin:zoveel|geruststellen|0.92
begin:zullen|ik-boodschap|-0.98
begin:zullen|samenvatting|-0.92
begin:zullen|afleiden|0.95
begin:zullen|afronding-aankondigen|-0.98
begin:zullen|vervolgafspraak|-0.22
deel:gedrag|ik-boodschap|3.15
deel:gedrag|jij-boodschap|-0.92
deel:gedrag|parafrase|-1.93
deel:gedrag|gevoelsreflectie|-2.1
deel:gedrag|samenvatting|-1.96
deel:gedrag|open-vraag|0.83
deel:gedrag|bevelen|-1.0
deel:gedrag|moraliseren|-1.9
deel:gedrag|adviseren|-1.95
deel:gedrag|argumenteren|-0.99
deel:gedrag|bekritiseren|-1.93
deel:gedrag|prijzen|-1.0
deel:gedrag|geruststellen|-1.87
deel:gedrag|ondervragen|-1.96
deel:gedrag|afleiden|-1.0
deel:gedrag|afronding-aankondigen|-1.2
deel:gedrag|vervolgafspraak|-2.9
deel:gedrag|bedanken|-0.99
deel:gevoel|ik-boodschap|6.66
deel:gevoel|jij-boodschap|-1.91
deel:gevoel|parafrase|-2.89
deel:gevoel|gevoelsreflectie|-1.11
deel:gevoel|samenvatting|-1.93
deel:gevoel|open-vraag|-1.97
deel:gevoel|aanmoediging|-1.0
deel:gevoel|bevelen|-1.0
deel:gevoel|waarschuwen|-0.98
deel:gevoel|moraliseren|-0.98
deel:gevoel|adviseren|-1.95
deel:gevoel|argumenteren|-0.99
deel:gevoel|bekritiseren|-1.97
deel:gevoel|interpreteren|-1.73
deel:gevoel|geruststellen|-2.82
deel:gevoel|ondervragen|-0.96
deel:gevoel|afleiden|-1.0
deel:gevoel|afronding-aankondigen|-1.2
deel:gevoel|vervolgafspraak|-1.91
deel:gevoel|bedanken|-0.99
deel:gevolg|ik-boodschap|3.8
deel:gevolg|jij-boodschap|-1.0
deel:gevolg|gevoelsreflectie|-0.87
deel:gevolg|samenvatting|-1.94
deel:gevolg|open-vraag|1.95
deel:gevolg|aanmoediging|-1.0
deel:gevolg|bevelen|-1.0
deel:gevolg|waarschuwen|-1.98
deel:gevolg|moraliseren|-0.98
deel:gevolg|adviseren|-0.95
deel:gevolg|prijzen|-1.0
deel:gevolg|geruststellen|-0.99
deel:gevolg|afronding-aankondigen|-0.2
deel:gevolg|vervolgafspraak|-0.98
deel:gevolg|bedanken|-0.99
familie:afronding|ik-boodschap|-3.82
familie:afronding|jij-boodschap|-1.95
familie:afronding|parafrase|-1.9
familie:afronding|gevoelsreflectie|-2.46
familie:afronding|samenvatting|-1.0
familie:afronding|open-vraag|-1.97
familie:afronding|aanmoediging|-2.0
familie:afronding|bevelen|-1.81
familie:afronding|waarschuwen|-1.95
familie:afronding|moraliseren|-1.0
familie:afronding|adviseren|-1.88
familie:afronding|argumenteren|-1.0
familie:afronding|bekritiseren|-1.03
familie:afronding|prijzen|-1.99
familie:afronding|etiketteren|-1.93
familie:afronding|interpreteren|-1.99
familie:afronding|geruststellen|-1.0
familie:afronding|ondervragen|-1.93
familie:afronding|afleiden|-2.86
familie:afronding|afronding-aankondigen|5.64
familie:afronding|vervolgafspraak|5.56
familie:afronding|bedanken|3.91
familie:blokkade|ik-boodschap|-5.55
familie:blokkade|jij-boodschap|-0.9
familie:blokkade|parafrase|-3.91
familie:blokkade|gevoelsreflectie|-4.88
familie:blokkade|samenvatting|-4.58
familie:blokkade|open-vraag|-4.35
familie:blokkade|aanmoediging|-1.03
familie:blokkade|bevelen|0.19
familie:blokkade|waarschuwen|0.85
familie:blokkade|moraliseren|-1.75
familie:blokkade|adviseren|-0.12
familie:blokkade|argumenteren|-0.37
familie:blokkade|prijzen|-0.93
familie:blokkade|etiketteren|-0.99
familie:blokkade|interpreteren|0.79
familie:blokkade|geruststellen|-0.93
familie:blokkade|afleiden|0.16
familie:blokkade|afronding-aankondigen|-3.88
familie:blokkade|vervolgafspraak|-4.66
familie:blokkade|bedanken|-1.98
familie:ik-boodschap|ik-boodschap|7.67
familie:ik-boodschap|jij-boodschap|-1.91
familie:ik-boodschap|parafrase|-1.93
familie:ik-boodschap|gevoelsreflectie|-1.16
familie:ik-boodschap|samenvatting|-2.92
familie:ik-boodschap|aanmoediging|-1.0
familie:ik-boodschap|bevelen|-1.0
familie:ik-boodschap|waarschuwen|-1.98
familie:ik-boodschap|moraliseren|-0.98
familie:ik-boodschap|adviseren|-1.95
familie:ik-boodschap|argumenteren|-0.99
familie:ik-boodschap|bekritiseren|-0.98
familie:ik-boodschap|prijzen|-1.0
familie:ik-boodschap|interpreteren|-1.73
familie:ik-boodschap|geruststellen|-1.87
familie:ik-boodschap|ondervragen|-0.96
familie:ik-boodschap|afleiden|-1.0
familie:ik-boodschap|afronding-aankondigen|-1.2
familie:ik-boodschap|vervolgafspraak|-1.96
familie:ik-boodschap|bedanken|-0.99
familie:jij-boodschap|ik-boodschap|-1.87
familie:jij-boodschap|jij-boodschap|10.02
familie:jij-boodschap|gevoelsreflectie|-1.83
familie:jij-boodschap|samenvatting|-0.79
familie:jij-boodschap|open-vraag|0.57
familie:jij-boodschap|bevelen|-1.07
familie:jij-boodschap|waarschuwen|-0.14
familie:jij-boodschap|moraliseren|-0.77
familie:jij-boodschap|adviseren|-1.72
familie:jij-boodschap|argumenteren|-1.15
familie:jij-boodschap|bekritiseren|2.88
familie:jij-boodschap|prijzen|-2.9
familie:jij-boodschap|etiketteren|1.92
familie:jij-boodschap|interpreteren|-0.99
familie:jij-boodschap|geruststellen|-0.99
familie:jij-boodschap|ondervragen|-0.21
familie:jij-boodschap|afleiden|-0.99
familie:jij-boodschap|vervolgafspraak|-1.95
familie:jij-boodschap|bedanken|-0.99
familie:luisteren|ik-boodschap|-2.94
familie:luisteren|jij-boodschap|-2.78
familie:luisteren|parafrase|3.08
familie:luisteren|gevoelsreflectie|5.48
familie:luisteren|samenvatting|4.87
familie:luisteren|open-vraag|5.41
familie:luisteren|aanmoediging|1.03
familie:luisteren|bevelen|-3.86
familie:luisteren|waarschuwen|-0.99
familie:luisteren|moraliseren|-1.96
familie:luisteren|adviseren|-3.73
familie:luisteren|argumenteren|-1.91
familie:luisteren|bekritiseren|-2.73
familie:luisteren|prijzen|-1.99
familie:luisteren|etiketteren|-1.99
familie:luisteren|interpreteren|-3.91
familie:luisteren|geruststellen|-2.82
familie:luisteren|ondervragen|-2.07
familie:luisteren|afleiden|-2.04
familie:luisteren|afronding-aankondigen|-0.88
familie:luisteren|vervolgafspraak|-1.22
familie:luisteren|bedanken|-0.96
p:'s avonds|adviseren|1.92
p:'s nachts|bevelen|-0.88
p:'s nachts|waarschuwen|-0.92
p:'s nachts|adviseren|-0.98
p:'s nachts|bekritiseren|0.81
p:'s ochtends|parafrase|1.0
p:'s ochtends|gevoelsreflectie|-1.0
p:'s ochtends|open-vraag|0.95
p:'s ochtends|vervolgafspraak|-0.95
p:1 0|argumenteren|1.0
p:1 en|argumenteren|1.83
p:12 mei|argumenteren|0.78
p:14 keer|argumenteren|0.92
p:14 maart|ik-boodschap|-0.97
p:14 maart|samenvatting|0.97
p:14 maart|adviseren|-0.97
p:14 maart|vervolgafspraak|0.97
p:2 staat|argumenteren|-0.85
p:2 staat|etiketteren|-0.97
p:2 voor|jij-boodschap|-0.98
p:2 voor|argumenteren|0.81
p:2 voor|bekritiseren|-0.98
p:3 afronden|argumenteren|0.82
p:3 februari|argumenteren|0.84
p:4 1|argumenteren|0.97
p:4 8|argumenteren|1.0
p:4 8|ondervragen|-1.0
p:4 8|afleiden|-1.0
p:4 9|ik-boodschap|-0.92
p:4 9|jij-boodschap|-0.98
p:4 9|argumenteren|0.81
p:4 9|bekritiseren|-0.98
p:4 en|argumenteren|-0.85
p:4 en|etiketteren|-0.97
p:4 gemiddeld|argumenteren|-0.8
p:4e en|samenvatting|-0.99
p:4e en|interpreteren|-0.99
p:5 2|jij-boodschap|-0.98
p:5 2|argumenteren|0.81
p:5 2|bekritiseren|-0.98
p:5 3|argumenteren|0.82
p:5 4|argumenteren|-0.8
p:5e uur|samenvatting|-0.99
p:5e uur|interpreteren|-0.99
p:6 4|argumenteren|-0.85
p:6 4|etiketteren|-0.97
p:6 kan|argumenteren|0.82
p:7 1|argumenteren|-0.85
p:7 1|etiketteren|-0.97
p:7 halen|waarschuwen|-0.96
p:7 halen|prijzen|0.96
p:8 gehaald|bekritiseren|-1.0
p:8 gehaald|vervolgafspraak|-1.0
p:8 gemiddeld|argumenteren|1.0
p:8 gemiddeld|ondervragen|-1.0
p:8 gemiddeld|afleiden|-1.0
p:8 voor|argumenteren|-0.96
p:9 voor|ik-boodschap|-0.92
p:9 voor|jij-boodschap|-0.98
p:9 voor|argumenteren|0.81
p:9 voor|bekritiseren|-0.98
p:? controleert|ondervragen|0.94
p:? dan|ondervragen|-0.97
p:? dank|afronding-aankondigen|0.94
p:? dank|vervolgafspraak|0.94
p:? dat|bekritiseren|1.9
p:? elke|bekritiseren|-0.88
p:? en|parafrase|-0.99
p:? en|samenvatting|-0.93
p:? en|open-vraag|-1.0
p:? en|bevelen|-0.88
p:? en|adviseren|-0.98
p:? en|ondervragen|1.81
p:? had|samenvatting|-0.93
p:? heeft|ondervragen|0.98
p:? hoe|afleiden|-0.99
p:? ik|open-vraag|-0.97
p:? ik|adviseren|0.97
p:? ik|vervolgafspraak|0.97
p:? maar|open-vraag|1.0
p:? maar|geruststellen|0.86
p:? met|open-vraag|-0.96
p:? met|vervolgafspraak|-0.97
p:? ook|bevelen|-0.88
p:? ook|bekritiseren|-0.88
p:? tot|ik-boodschap|-0.9
p:? tot|ondervragen|0.94
p:? van|adviseren|-0.98
p:? waarom|jij-boodschap|-0.97
p:? waarom|moraliseren|-0.98
p:? waarom|vervolgafspraak|-0.97
p:? was|ik-boodschap|-0.9
p:? was|ondervragen|0.82
p:? wat|jij-boodschap|-0.97
p:? wat|open-vraag|-0.96
p:? wat|afleiden|-0.99
p:? wie|open-vraag|-1.96
p:? wie|moraliseren|-0.98
p:? wie|ondervragen|1.0
p:aan alles|open-vraag|-1.0
p:aan bij|bekritiseren|-1.0
p:aan bij|ondervragen|-1.0
p:aan dat|jij-boodschap|-0.82
p:aan dat|parafrase|1.0
p:aan dat|gevoelsreflectie|-1.0
p:aan dat|open-vraag|0.57
p:aan dat|bekritiseren|-0.92
p:aan de|jij-boodschap|-0.37
p:aan de|gevoelsreflectie|0.96
p:aan de|samenvatting|0.9
p:aan de|open-vraag|0.57
p:aan de|bevelen|0.97
p:aan de|bekritiseren|-0.58
p:aan de|interpreteren|0.95
p:aan de|geruststellen|0.87
p:aan de|ondervragen|0.91
p:aan denken|afronding-aankondigen|-0.94
p:aan doen|argumenteren|0.79
p:aan doen|geruststellen|-0.99
p:aan een|argumenteren|0.85
p:aan en|jij-boodschap|0.9
p:aan en|samenvatting|-0.9
p:aan en|bekritiseren|0.89
p:aan gedacht|adviseren|0.99
p:aan het|ik-boodschap|-0.9
p:aan het|parafrase|-1.0
p:aan het|aanmoediging|-1.0
p:aan het|afleiden|-1.0
p:aan het|vervolgafspraak|-1.0
p:aan hoor|aanmoediging|0.99
p:aan hoor|bevelen|-0.41
p:aan je|ik-boodschap|1.69
p:aan maken|ik-boodschap|-1.0
p:aan maken|afronding-aankondigen|1.0
p:aan maken|vervolgafspraak|-1.0
p:aan maken|bedanken|-0.96
p:aan mevrouw|bevelen|0.94
p:aan nu|aanmoediging|-0.87
p:aan nu|bevelen|0.51
p:aan onze|samenvatting|-0.98
p:aan te|waarschuwen|-0.96
p:aan te|moraliseren|-0.89
p:aan te|argumenteren|-0.8
p:aan te|interpreteren|-0.93
p:aan te|geruststellen|-0.93
p:aan te|afleiden|1.83
p:aan toevoegen|samenvatting|0.95
p:aan uzelf|etiketteren|-0.94
p:aan vrijdag|samenvatting|0.98
p:aan vrijdag|vervolgafspraak|0.98
p:aan zijn|ik-boodschap|0.94
p:aan zijn|jij-boodschap|0.82
p:aan zijn|open-vraag|-0.99
p:aan zijn|waarschuwen|0.92
p:aan zijn|bekritiseren|0.95
p:aan zijn|interpreteren|-0.9
p:aanbieden aan|bevelen|0.94
p:aandacht daarom|moraliseren|-0.52
p:aandacht krijgt|etiketteren|-1.0
p:aandacht krijgt|interpreteren|1.0
p:aanpakken ?|ik-boodschap|-0.77
p:aanpakken ?|parafrase|-1.73
p:aanpakken ?|samenvatting|1.95
p:aanpakken ?|open-vraag|0.77
p:aansprak ?|gevoelsreflectie|-0.91
p:aardrijkskunde zakt|ik-boodschap|0.92
p:aardrijkskunde zakt|jij-boodschap|-0.92
p:aardrijkskunde zakt|bekritiseren|-0.92
p:ach dat|moraliseren|-0.99
p:ach dat|geruststellen|-1.78
p:ach dat|afleiden|2.78
p:ach een|gevoelsreflectie|0.91
p:ach een|afleiden|0.91
p:ach elke|geruststellen|0.92
p:ach elke|afleiden|-0.92
p:ach het|geruststellen|0.95
p:ach iedereen|afleiden|0.88
p:ach joh|afleiden|-0.96
p:ach u|prijzen|-0.99
p:ach u|etiketteren|0.99
p:ach wat|afleiden|-0.78
p:ach zulke|geruststellen|-1.85
p:ach zulke|afleiden|0.96
p:acht bij|bevelen|0.97
p:acht binnenkomt|ik-boodschap|0.88
p:achter de|bekritiseren|0.78
p:achter de|ondervragen|0.94
p:achter zetten|bevelen|-0.87
p:achter zetten|afronding-aankondigen|0.75
p:achter zetten|vervolgafspraak|-0.95
p:achterloopt zullen|adviseren|-0.96
p:achterstand op|jij-boodschap|-1.0
p:achterstand op|aanmoediging|-1.0
p:actie gekomen|waarschuwen|-0.93
p:advies ?|parafrase|-1.0
p:advies ?|gevoelsreflectie|-1.0
p:advies is|adviseren|-0.87
p:advies van|ik-boodschap|-0.93
p:af bedankt|samenvatting|0.98
p:af bedankt|afronding-aankondigen|0.98
p:af bedankt|bedanken|0.98
p:af dat|ik-boodschap|-0.89
p:af dat|samenvatting|0.96
p:af dat|vervolgafspraak|0.96
p:af dat|bedanken|-0.95
p:af en|samenvatting|-0.96
p:af heeft|bevelen|0.71
p:af heeft|waarschuwen|-0.87
p:af ik|afronding-aankondigen|0.91
p:af maandag|bedanken|0.93
p:af op|argumenteren|-0.96
p:af te|interpreteren|-0.96
p:af te|bedanken|-0.95
p:af tot|waarschuwen|0.99
p:af voor|vervolgafspraak|0.8
p:af we|afronding-aankondigen|0.81
p:afdelingsleider nooit|gevoelsreflectie|-0.9
p:afdelingsleider volgende|samenvatting|-0.9
p:afgelopen twee|ik-boodschap|0.92
p:afgelopen twee|jij-boodschap|-0.92
p:afgelopen twee|bekritiseren|-0.92
p:afgelopen week|ik-boodschap|0.93
p:afgelopen week|argumenteren|-0.88
p:afheeft waardoor|ik-boodschap|1.0
p:afheeft waardoor|open-vraag|1.0
p:afleiding misschien|argumenteren|-0.89
p:aflopen voor|waarschuwen|1.0
p:aflopen voor|prijzen|-1.0
p:aflopen voor|ondervragen|-1.0
p:afmaakt omdat|afronding-aankondigen|-0.99
p:afronden bedankt|bedanken|0.9
p:afronden de|ik-boodschap|-1.0
p:afronden de|jij-boodschap|-1.0
p:afronden de|parafrase|-1.0
p:afronden de|gevoelsreflectie|-1.0
p:afronden de|samenvatting|-1.0
p:afronden de|open-vraag|-1.0
p:afronden de|aanmoediging|-1.0
p:afronden de|bevelen|-1.0
p:afronden de|waarschuwen|-1.0
p:afronden de|moraliseren|-1.0
p:afronden de|adviseren|-1.0
p:afronden de|argumenteren|-1.0
p:afronden de|bekritiseren|-1.0
p:afronden de|prijzen|-1.0
p:afronden de|etiketteren|-1.0
p:afronden de|interpreteren|-1.0
p:afronden de|geruststellen|-1.0
p:afronden de|ondervragen|-1.0
p:afronden de|afleiden|-1.0
p:afronden de|afronding-aankondigen|1.0
p:afronden de|vervolgafspraak|-1.0
p:afronden de|bedanken|-1.0
p:afronden en|vervolgafspraak|1.0
p:afronden naar|argumenteren|0.82
p:afronden over|samenvatting|0.8
p:afronden over|afronding-aankondigen|0.86
p:afronden over|vervolgafspraak|0.98
p:afronden over|bedanken|0.98
p:afsluiten de|vervolgafspraak|-0.91
p:afsluiten voor|vervolgafspraak|-0.98
p:afsluiten voor|bedanken|-0.98
p:afspraak bij|ik-boodschap|-0.97
p:afspraak bij|samenvatting|0.97
p:afspraak bij|adviseren|-0.97
p:afspraak bij|vervolgafspraak|0.97
p:afspraak gehouden|jij-boodschap|0.45
p:afspraak maken|afronding-aankondigen|0.14
p:afspraak maken|vervolgafspraak|0.94
p:afspraak met|ik-boodschap|0.75
p:afspraak met|adviseren|0.99
p:afspraak met|argumenteren|-1.8
p:afspraak met|afronding-aankondigen|0.81
p:afspraak met|vervolgafspraak|-0.82
p:afspraken ?|jij-boodschap|1.0
p:afspraken aan|jij-boodschap|0.82
p:afspraken aan|bekritiseren|0.95
p:afspraken hebben|gevoelsreflectie|-1.0
p:afspraken hebben|ondervragen|-1.0
p:afspraken houdt|jij-boodschap|-0.82
p:afspraken houdt|open-vraag|0.57
p:afspraken houdt|bekritiseren|-0.92
p:afspraken met|bekritiseren|0.92
p:afspraken nooit|ik-boodschap|-0.91
p:afspraken nooit|bekritiseren|0.73
p:afspraken op|samenvatting|-0.84
p:afspraken te|bevelen|0.97
p:afspraken te|bekritiseren|-0.57
p:afspraken werken|parafrase|-0.82
p:afspreekt dat|adviseren|0.96
p:afspreken ?|ik-boodschap|-0.98
p:afspreken ?|open-vraag|-0.97
p:afspreken ?|adviseren|0.97
p:afspreken ?|vervolgafspraak|0.97
p:afspreken dat|samenvatting|-0.92
p:afspreken en|afronding-aankondigen|0.75
p:afspreken u|samenvatting|0.98
p:afspreken u|vervolgafspraak|0.98
p:afwezig geweest|etiketteren|-0.87
p:afwezig is|interpreteren|-0.95
p:afwezig moeten|ik-boodschap|0.96
p:afwezig moeten|waarschuwen|-0.96
p:afwezig moeten|argumenteren|-0.96
p:afwezig was|argumenteren|0.92
p:agenda door|adviseren|0.74
p:agenda van|etiketteren|-0.96
p:akkoord met|prijzen|1.97
p:akkoord met|vervolgafspraak|-0.92
p:al ?|ondervragen|-0.97
p:al als|ik-boodschap|0.96
p:al als|waarschuwen|-0.96
p:al als|argumenteren|-0.96
p:al begrijpt|afronding-aankondigen|-0.99
p:al drie|ik-boodschap|-1.76
p:al drie|jij-boodschap|0.77
p:al drie|adviseren|-0.96
p:al drie|argumenteren|1.0
p:al drie|bekritiseren|-1.0
p:al drie|vervolgafspraak|-1.0
p:al eens|adviseren|0.99
p:al geprobeerd|gevoelsreflectie|0.97
p:al gezien|bekritiseren|-0.95
p:al gezien|ondervragen|-0.93
p:al gezien|afleiden|1.04
p:al maanden|argumenteren|1.0
p:al oor|gevoelsreflectie|-1.0
p:al oor|aanmoediging|1.0
p:al oor|geruststellen|-1.0
p:al sinds|bevelen|-0.83
p:al sinds|prijzen|-0.9
p:al sinds|afleiden|-0.93
p:al twee|gevoelsreflectie|-0.94
p:al twee|argumenteren|1.53
p:al twee|bekritiseren|0.67
p:alle afspraken|jij-boodschap|0.82
p:alle afspraken|bekritiseren|0.95
p:alle leerlingen|etiketteren|-0.98
p:alle tijd|aanmoediging|0.99
p:alle tijd|bevelen|-0.41
p:allebei boos|vervolgafspraak|-0.97
p:allebei dat|samenvatting|0.89
p:allebei dat|afleiden|-0.99
p:allebei niks|ik-boodschap|0.95
p:allebei niks|vervolgafspraak|-0.95
p:allebei wat|vervolgafspraak|0.96
p:allebei zorgen|open-vraag|-1.0
p:allebei zorgen|afronding-aankondigen|-1.0
p:alleen aan|etiketteren|-0.94
p:alleen bij|ik-boodschap|0.77
p:alleen bij|argumenteren|0.87
p:alleen loopt|ik-boodschap|-0.99
p:alleen maar|jij-boodschap|-0.73
p:alleen maar|bekritiseren|-0.92
p:alleen nog|waarschuwen|0.99
p:alleen omdat|jij-boodschap|-1.0
p:alleen omdat|parafrase|-1.0
p:alleen omdat|bekritiseren|-1.0
p:alleen omdat|interpreteren|1.0
p:alleen op|vervolgafspraak|-0.97
p:alleen thuis|moraliseren|1.0
p:alleen thuis|geruststellen|-1.0
p:alleen voelt|gevoelsreflectie|1.0
p:alleen voelt|moraliseren|-1.0
p:alleen voelt|interpreteren|-0.78
p:alleen voelt|geruststellen|-0.88
p:alleen voor|ik-boodschap|0.98
p:allemaal kan|ik-boodschap|0.55
p:allemaal op|geruststellen|0.96
p:allemaal regelt|ondervragen|-0.9
p:alles beter|bekritiseren|1.82
p:alles dat|open-vraag|-1.0
p:alles en|ik-boodschap|0.94
p:alles en|gevoelsreflectie|-0.94
p:alles op|ik-boodschap|-0.94
p:alles op|samenvatting|0.99
p:alles op|waarschuwen|-0.99
p:alles op|adviseren|-0.99
p:alles voor|waarschuwen|-1.0
p:alles voor|etiketteren|1.0
p:alles zo|adviseren|-0.81
p:als afwezig|ik-boodschap|0.96
p:als afwezig|waarschuwen|-0.96
p:als afwezig|argumenteren|-0.96
p:als daan|open-vraag|0.95
p:als daan|moraliseren|-0.98
p:als daan|vervolgafspraak|0.98
p:als dat|jij-boodschap|1.64
p:als dat|bevelen|-0.93
p:als dat|waarschuwen|1.85
p:als dat|bekritiseren|0.99
p:als dit|waarschuwen|-0.83
p:als een|jij-boodschap|1.0
p:als een|open-vraag|-0.96
p:als een|etiketteren|0.97
p:als eerste|ik-boodschap|-0.77
p:als eerste|parafrase|-1.73
p:als eerste|samenvatting|1.95
p:als eerste|open-vraag|0.77
p:als er|waarschuwen|1.0
p:als er|prijzen|-1.0
p:als er|ondervragen|-1.0
p:als er|vervolgafspraak|0.95
p:als finn|waarschuwen|-0.96
p:als finn|prijzen|0.96
p:als gijs|ik-boodschap|0.98
p:als gijs|vervolgafspraak|-0.98
p:als het|jij-boodschap|0.85
p:als het|samenvatting|-1.0
p:als het|waarschuwen|-0.15
p:als het|bekritiseren|2.76
p:als het|geruststellen|1.0
p:als het|afleiden|-0.91
p:als hij|jij-boodschap|-1.03
p:als hij|parafrase|-0.99
p:als hij|gevoelsreflectie|-0.9
p:als hij|waarschuwen|1.03
p:als hij|moraliseren|0.93
p:als hij|adviseren|0.76
p:als hij|argumenteren|0.91
p:als hij|bekritiseren|-0.8
p:als hij|prijzen|0.96
p:als hij|geruststellen|-0.99
p:als iets|jij-boodschap|-0.85
p:als ik|ik-boodschap|-3.09
p:als ik|parafrase|2.94
p:als ik|gevoelsreflectie|-1.3
p:als ik|samenvatting|0.15
p:als ik|open-vraag|-0.79
p:als ik|bevelen|-0.17
p:als ik|waarschuwen|-1.91
p:als ik|adviseren|-0.16
p:als ik|argumenteren|-0.81
p:als ik|etiketteren|-0.98
p:als ik|geruststellen|-0.96
p:als ik|vervolgafspraak|-1.0
p:als jade|ik-boodschap|0.99
p:als je|ik-boodschap|0.98
p:als je|samenvatting|-1.0
p:als je|open-vraag|-0.95
p:als je|waarschuwen|1.95
p:als je|moraliseren|-0.95
p:als je|adviseren|0.92
p:als je|prijzen|-1.0
p:als je|afronding-aankondigen|-1.0
p:als je|vervolgafspraak|-1.0
p:als jij|ik-boodschap|0.95
p:als jullie|ik-boodschap|0.91
p:als jullie|waarschuwen|0.99
p:als keuzevak|open-vraag|-1.65
p:als leerling|waarschuwen|-0.96
p:als leerling|moraliseren|1.61
p:als lotte|ik-boodschap|0.97
p:als lucas|waarschuwen|0.95
p:als milan|adviseren|-0.96
p:als moeder|jij-boodschap|0.8
p:als moeder|waarschuwen|-0.97
p:als moeder|moraliseren|0.8
p:als noah|open-vraag|0.99
p:als noor|ik-boodschap|1.0
p:als noor|vervolgafspraak|1.0
p:als ouder|jij-boodschap|-0.99
p:als ouder|gevoelsreflectie|0.95
p:als ouder|moraliseren|0.98
p:als ouder|argumenteren|0.87
p:als ouder|bekritiseren|-0.2
p:als ouders|waarschuwen|-0.93
p:als ouders|prijzen|-0.99
p:als ouders|etiketteren|-0.94
p:als thijs|moraliseren|-0.9
p:als u|ik-boodschap|0.29
p:als u|jij-boodschap|-0.99
p:als u|waarschuwen|1.88
p:als u|adviseren|0.96
p:als u|bekritiseren|-1.65
p:als u|prijzen|1.0
p:als u|bedanken|-0.93
p:als vader|adviseren|-0.98
p:als verpleegkundige|prijzen|0.91
p:als we|jij-boodschap|-1.76
p:als we|parafrase|-0.96
p:als we|waarschuwen|-0.93
p:als we|bekritiseren|-1.62
p:als we|ondervragen|1.62
p:als we|vervolgafspraak|0.96
p:als ze|ik-boodschap|-1.95
p:als ze|samenvatting|-0.97
p:als ze|etiketteren|-1.0
p:als ze|interpreteren|-1.0
p:als ze|afleiden|-0.96
p:als ze|vervolgafspraak|-1.0
p:alsof er|bekritiseren|0.91
p:alsof je|gevoelsreflectie|1.93
p:alsof je|moraliseren|-1.0
p:alstublieft wat|bevelen|0.95
p:altijd begint|parafrase|-0.96
p:altijd bij|jij-boodschap|-0.96
p:altijd onderbreken|jij-boodschap|-0.85
p:altijd snel|bekritiseren|-0.92
p:altijd te|jij-boodschap|1.92
p:altijd te|bevelen|-0.99
p:altijd te|bekritiseren|0.92
p:altijd te|ondervragen|-0.85
p:altijd welkom|etiketteren|-1.0
p:altijd zo|waarschuwen|-0.93
p:altijd zo|moraliseren|-1.0
p:altijd zo|bekritiseren|-0.94
p:altijd zo|prijzen|1.89
p:altijd zo|etiketteren|0.9
p:altijd zo|interpreteren|-0.95
p:altijd zo|vervolgafspraak|-0.92
p:amira in|ik-boodschap|0.83
p:amira in|gevoelsreflectie|-0.97
p:ander groepje|bevelen|-0.93
p:ander profiel|parafrase|0.97
p:andere maatregelen|waarschuwen|0.86
p:andere mentor|samenvatting|-0.96
p:andere moeder|parafrase|0.9
p:andere moeder|interpreteren|-0.9
p:andere ouders|interpreteren|0.9
p:andere plek|samenvatting|-0.82
p:andere plek|open-vraag|-0.53
p:andere woorden|parafrase|0.95
p:andere woorden|gevoelsreflectie|-0.6
p:andere woorden|samenvatting|-0.97
p:andere woorden|open-vraag|-1.0
p:andere woorden|aanmoediging|-0.98
p:andere woorden|geruststellen|-0.86
p:anderen alles|ik-boodschap|0.94
p:anderen alles|gevoelsreflectie|-0.94
p:anderen hun|ik-boodschap|0.95
p:anders de|afleiden|0.63
p:anders even|adviseren|0.95
p:anders ga|adviseren|-0.99
p:anders heb|moraliseren|-0.94
p:anders laat|waarschuwen|0.92
p:anders stop|aanmoediging|-1.0
p:anders stop|bevelen|1.0
p:angst zit|gevoelsreflectie|0.94
p:angst zit|interpreteren|0.94
p:antwoord dan|ik-boodschap|0.75
p:antwoord dan|argumenteren|-0.81
p:apart gaat|ik-boodschap|0.94
p:apart gaat|gevoelsreflectie|-0.94
p:app je|aanmoediging|-1.0
p:app je|vervolgafspraak|1.0
p:arabisch tegen|gevoelsreflectie|-1.0
p:arabisch tegen|open-vraag|-1.0
p:aula al|bekritiseren|-0.95
p:aula al|afleiden|0.95
p:auto gekomen|afleiden|-0.91
p:avond ?|adviseren|-0.93
p:avond achter|ondervragen|0.94
p:avond doen|adviseren|0.98
p:avond een|adviseren|0.99
p:avond een|prijzen|-0.74
p:avond een|ondervragen|-0.74
p:avond even|adviseren|-0.81
p:avond samen|adviseren|0.74
p:avond tot|argumenteren|0.96
p:avond tot|afleiden|-0.96
p:avonds beneden|adviseren|0.93
p:avonds niet|adviseren|0.99
p:ayoub hielp|ik-boodschap|0.95
p:ayoub is|samenvatting|0.97
p:baalt er|ik-boodschap|-1.0
p:baalt er|gevoelsreflectie|1.0
p:baalt er|open-vraag|-0.63
p:balen voor|gevoelsreflectie|-0.87
p:balen voor|open-vraag|0.96
p:balie ?|bevelen|-0.97
p:bang bent|geruststellen|-0.94
p:bang dat|ik-boodschap|-0.97
p:bang dat|gevoelsreflectie|-0.83
p:bang dat|geruststellen|0.88
p:bang is|bevelen|-0.97
p:bang is|interpreteren|0.93
p:bang om|gevoelsreflectie|0.98
p:bang om|adviseren|-0.97
p:bank bent|gevoelsreflectie|-0.94
p:bas naast|ik-boodschap|0.94
p:bas naast|interpreteren|-0.9
p:basisschool en|jij-boodschap|-0.99
p:bed ?|samenvatting|-0.93
p:bed ?|ondervragen|0.98
p:bed gaat|jij-boodschap|0.26
p:bed gaat|bekritiseren|0.46
p:bed gegaan|ik-boodschap|-0.9
p:bed moeten|bekritiseren|0.99
p:bed te|jij-boodschap|-0.78
p:bed te|moraliseren|0.99
p:bed te|bekritiseren|-0.78
p:bedankt dat|gevoelsreflectie|-0.86
p:bedankt dat|bekritiseren|-0.97
p:bedankt dat|bedanken|0.9
p:bedankt en|waarschuwen|-0.95
p:bedankt voor|samenvatting|1.14
p:bedankt voor|bekritiseren|2.74
p:bedankt voor|etiketteren|-0.93
p:bedankt voor|afronding-aankondigen|-0.96
p:bedankt voor|vervolgafspraak|-0.88
p:bedankt voor|bedanken|0.99
p:bedoeld dat|parafrase|0.95
p:bedoelt dat|parafrase|0.84
p:bedoelt dat|open-vraag|-0.91
p:bedoelt dus|argumenteren|-0.97
p:bedtijd en|samenvatting|0.98
p:bedtijd en|vervolgafspraak|0.98
p:beetje geschrokken|gevoelsreflectie|0.91
p:beetje teleurgesteld|gevoelsreflectie|-0.82
p:beetje van|bekritiseren|-1.0
p:beetje verdrietig|gevoelsreflectie|1.76
p:beetje voor|gevoelsreflectie|0.97
p:begin van|moraliseren|-0.98
p:beginnen ?|afleiden|-0.84
p:begint er|jij-boodschap|1.04
p:begint er|bekritiseren|0.93
p:begint mijn|bevelen|-0.87
p:begint mijn|vervolgafspraak|-0.95
p:begint om|interpreteren|0.72
p:begint wat|parafrase|-0.96
p:begon bij|samenvatting|0.83
p:begon na|parafrase|-0.97
p:begon na|samenvatting|0.97
p:begon pas|parafrase|0.9
p:begon pas|samenvatting|-0.88
p:begonnen na|parafrase|0.96
p:begonnen na|open-vraag|-0.96
p:begrijp dat|jij-boodschap|0.93
p:begrijp dat|parafrase|-0.84
p:begrijp dat|gevoelsreflectie|1.02
p:begrijp dat|bekritiseren|0.93
p:begrijp dat|etiketteren|-1.0
p:begrijp dat|geruststellen|0.98
p:begrijp dat|afleiden|0.91
p:begrijp heeft|ik-boodschap|-0.96
p:begrijp heeft|parafrase|0.96
p:begrijp heeft|gevoelsreflectie|-0.9
p:begrijp het|aanmoediging|0.82
p:begrijp het|interpreteren|-0.92
p:begrijp ik|parafrase|0.98
p:begrijp ik|open-vraag|-0.91
p:begrijp komt|open-vraag|-0.99
p:begrijp vindt|parafrase|0.97
p:begrijp vindt|open-vraag|0.97
p:begrijp voelt|gevoelsreflectie|0.43
p:begrijp wil|ik-boodschap|-0.98
p:begrijp wilt|samenvatting|-0.96
p:begrijpen dat|argumenteren|0.91
p:begrijpt er|geruststellen|-0.99
p:begrijpt vast|prijzen|0.99
p:behandeld door|gevoelsreflectie|0.86
p:behoorlijk aangrijpt|geruststellen|-0.88
p:behulpzaam weer|bekritiseren|1.78
p:behulpzaam weer|vervolgafspraak|-0.98
p:behulpzaam weer|bedanken|-0.98
p:bel gaat|ik-boodschap|-1.0
p:bel gaat|jij-boodschap|-1.0
p:bel gaat|parafrase|-1.0
p:bel gaat|gevoelsreflectie|-1.0
p:bel gaat|samenvatting|-1.0
p:bel gaat|open-vraag|-1.0
p:bel gaat|aanmoediging|-1.0
p:bel gaat|bevelen|-1.0
p:bel gaat|waarschuwen|-1.0
p:bel gaat|moraliseren|-1.0
p:bel gaat|adviseren|-1.0
p:bel gaat|argumenteren|-1.0
p:bel gaat|bekritiseren|-1.0
p:bel gaat|prijzen|-1.0
p:bel gaat|etiketteren|-1.0
p:bel gaat|interpreteren|-1.0
p:bel gaat|geruststellen|-1.0
p:bel gaat|ondervragen|-1.0
p:bel gaat|afleiden|-1.0
p:bel gaat|afronding-aankondigen|1.0
p:bel gaat|vervolgafspraak|-1.0
p:bel gaat|bedanken|-1.0
p:bel ik|samenvatting|0.94
p:bel ik|waarschuwen|1.0
p:bel ik|afronding-aankondigen|-1.0
p:bel je|vervolgafspraak|0.99
p:bel u|samenvatting|-0.84
p:bel u|open-vraag|-0.97
p:bel u|vervolgafspraak|2.72
p:belabberde inzet|afleiden|-1.0
p:belachelijke reactie|bekritiseren|0.98
p:belachelijke vergelijking|argumenteren|-0.81
p:belachelijke vergelijking|bekritiseren|0.98
p:belangrijkste om|interpreteren|-0.96
p:bellen ?|open-vraag|0.76
p:bellen ?|vervolgafspraak|0.98
p:beloof ik|prijzen|-0.91
p:belt bij|samenvatting|0.8
p:belt bij|afronding-aankondigen|0.86
p:belt bij|vervolgafspraak|0.98
p:belt bij|bedanken|0.98
p:belt morgen|bevelen|0.94
p:belt morgen|vervolgafspraak|-0.94
p:belt u|ik-boodschap|-1.0
p:bemoeit zich|jij-boodschap|0.93
p:bemoeit zich|gevoelsreflectie|-0.87
p:bemoeit zich|bekritiseren|0.93
p:ben benieuwd|open-vraag|0.99
p:ben best|ik-boodschap|0.91
p:ben best|jij-boodschap|-0.82
p:ben best|bekritiseren|-0.91
p:ben bezorgd|jij-boodschap|-1.0
p:ben bezorgd|aanmoediging|-1.0
p:ben echt|ik-boodschap|1.83
p:ben een|gevoelsreflectie|-1.0
p:ben een|aanmoediging|1.0
p:ben een|geruststellen|-1.0
p:ben er|bekritiseren|-1.0
p:ben ik|gevoelsreflectie|-0.82
p:ben je|ik-boodschap|-0.9
p:ben je|jij-boodschap|0.99
p:ben je|parafrase|0.96
p:ben je|moraliseren|-0.98
p:ben je|bekritiseren|-0.99
p:ben je|etiketteren|0.99
p:ben nog|waarschuwen|-0.94
p:ben teleurgesteld|ik-boodschap|-0.91
p:ben teleurgesteld|bekritiseren|0.73
p:beneden laten|adviseren|0.99
p:beneden peil|bekritiseren|0.99
p:beneden te|adviseren|0.93
p:beneden te|bekritiseren|-0.9
p:benieuwd hoe|open-vraag|0.99
p:bent ?|jij-boodschap|-0.9
p:bent altijd|waarschuwen|-0.93
p:bent altijd|interpreteren|-0.95
p:bent altijd|vervolgafspraak|-0.92
p:bent bang|ik-boodschap|-0.97
p:bent bang|gevoelsreflectie|-0.83
p:bent bang|geruststellen|0.88
p:bent boos|parafrase|0.98
p:bent boos|gevoelsreflectie|0.9
p:bent boos|adviseren|0.98
p:bent de|parafrase|-1.0
p:bent de|bekritiseren|-0.97
p:bent denk|interpreteren|0.96
p:bent deze|open-vraag|-0.95
p:bent drie|etiketteren|-0.87
p:bent duidelijk|gevoelsreflectie|0.91
p:bent duidelijk|samenvatting|0.86
p:bent duidelijk|vervolgafspraak|0.73
p:bent dus|parafrase|0.96
p:bent dus|gevoelsreflectie|1.57
p:bent echt|jij-boodschap|0.48
p:bent echt|adviseren|-0.85
p:bent echt|etiketteren|0.91
p:bent echt|geruststellen|-0.9
p:bent echt|bedanken|-0.99
p:bent een|gevoelsreflectie|-0.69
p:bent een|open-vraag|-1.0
p:bent een|bekritiseren|-0.99
p:bent een|prijzen|1.8
p:bent een|vervolgafspraak|-0.69
p:bent eigenlijk|adviseren|-0.97
p:bent er|parafrase|-0.97
p:bent er|bekritiseren|0.98
p:bent er|prijzen|-0.99
p:bent gekomen|prijzen|-0.99
p:bent gekomen|bedanken|0.95
p:bent gekwetst|parafrase|0.9
p:bent gekwetst|interpreteren|-0.9
p:bent gelopen|gevoelsreflectie|-0.94
p:bent gewoon|bekritiseren|0.62
p:bent gewoon|etiketteren|0.98
p:bent gewoon|interpreteren|0.9
p:bent ik|gevoelsreflectie|0.7
p:bent kwaad|gevoelsreflectie|0.94
p:bent kwaad|interpreteren|0.94
p:bent maar|gevoelsreflectie|1.91
p:bent maar|adviseren|-0.82
p:bent maar|geruststellen|1.64
p:bent met|jij-boodschap|0.96
p:bent milan|waarschuwen|0.97
p:bent net|aanmoediging|-0.92
p:bent niet|gevoelsreflectie|-0.9
p:bent niet|etiketteren|-0.98
p:bent nogal|bekritiseren|0.92
p:bent oneerlijk|gevoelsreflectie|-0.96
p:bent ongerust|ondervragen|0.91
p:bent op|jij-boodschap|-0.93
p:bent op|interpreteren|0.87
p:bent soms|jij-boodschap|1.73
p:bent soms|etiketteren|0.91
p:bent toch|prijzen|0.96
p:bent u|jij-boodschap|-0.15
p:bent u|open-vraag|-0.77
p:bent u|adviseren|-0.73
p:bent u|bekritiseren|-1.62
p:bent u|etiketteren|0.88
p:bent u|geruststellen|-0.73
p:bent u|ondervragen|1.62
p:bent u|afleiden|-0.91
p:bent van|gevoelsreflectie|0.97
p:bent vergeten|samenvatting|-0.95
p:bent voor|ik-boodschap|-0.92
p:bent vorig|open-vraag|-0.97
p:bent vorige|prijzen|-0.95
p:bent wat|gevoelsreflectie|0.98
p:bent wat|open-vraag|1.0
p:bent zo'n|jij-boodschap|-0.99
p:bent zo'n|parafrase|-0.95
p:bent zo'n|gevoelsreflectie|-1.0
p:bent zo'n|bevelen|-0.92
p:bent zo'n|moraliseren|-1.0
p:bent zo'n|adviseren|0.74
p:bent zo'n|argumenteren|-1.0
p:bent zo'n|prijzen|1.94
p:bent zo'n|etiketteren|-0.79
p:bent zo'n|interpreteren|-1.0
p:bent zo'n|geruststellen|-1.0
p:bent zo'n|afleiden|-0.99
p:bereiken en|open-vraag|0.95
p:bericht krijgt|argumenteren|0.78
p:bericht van|jij-boodschap|1.49
p:bericht van|bekritiseren|0.97
p:berichten in|jij-boodschap|1.78
p:berichten in|bevelen|-0.97
p:berichten in|bekritiseren|1.78
p:berichten reageert|bedanken|-0.99
p:bescherming neemt|adviseren|-0.97
p:beschermt haar|interpreteren|0.96
p:besluit van|vervolgafspraak|0.8
p:bespreken ?|open-vraag|0.98
p:bespreken waar|ik-boodschap|0.98
p:bespreken waar|vervolgafspraak|-0.98
p:bespreken we|ik-boodschap|-0.97
p:bespreken we|samenvatting|0.97
p:bespreken we|adviseren|-0.97
p:bespreken we|afronding-aankondigen|-0.83
p:bespreken we|vervolgafspraak|0.97
p:besproken dan|vervolgafspraak|-0.98
p:besproken dan|bedanken|-0.98
p:besproken het|afronding-aankondigen|-0.8
p:besproken hoe|open-vraag|-0.44
p:best bezorgd|ik-boodschap|0.91
p:best bezorgd|jij-boodschap|-0.82
p:best bezorgd|bekritiseren|-0.91
p:best een|adviseren|-0.85
p:best een|prijzen|0.9
p:best een|geruststellen|-0.9
p:best kunnen|open-vraag|0.93
p:beste bellen|open-vraag|0.76
p:beste gebruiken|open-vraag|-1.74
p:beste gebruiken|geruststellen|-1.0
p:beste is|adviseren|0.76
p:beste is|bekritiseren|-0.9
p:beste is|prijzen|0.98
p:beter dan|etiketteren|0.98
p:beter kan|parafrase|0.78
p:beter maar|samenvatting|0.96
p:beter maar|aanmoediging|-0.96
p:beter maar|geruststellen|-0.96
p:beter meteen|ik-boodschap|-0.98
p:beter moet|gevoelsreflectie|-0.49
p:beter moeten|bekritiseren|-0.95
p:beter plannen|geruststellen|0.96
p:beter wat|adviseren|1.0
p:beter weet|bekritiseren|1.82
p:betrokken dus|interpreteren|-0.95
p:betrokken moeder|gevoelsreflectie|-0.69
p:betrokken moeder|adviseren|0.74
p:betrokken moeder|prijzen|0.95
p:betrokken moeder|vervolgafspraak|-0.69
p:bevalt het|open-vraag|-0.93
p:bevalt het|afleiden|0.74
p:bevorderen zit|ik-boodschap|-0.83
p:bezig weer|bekritiseren|0.96
p:bezig weer|etiketteren|-0.81
p:bezorgd want|jij-boodschap|-1.0
p:bezorgd want|aanmoediging|-1.0
p:bezorgd ze|ik-boodschap|0.91
p:bezorgd ze|jij-boodschap|-0.82
p:bezorgd ze|bekritiseren|-0.91
p:beëindig dit|vervolgafspraak|0.98
p:beëindigen ik|vervolgafspraak|0.96
p:bieden als|waarschuwen|-0.96
p:biedt je|bevelen|0.81
p:bij ?|afleiden|-0.99
p:bij bent|jij-boodschap|-0.15
p:bij bent|geruststellen|-0.84
p:bij de|ik-boodschap|2.7
p:bij de|gevoelsreflectie|-0.94
p:bij de|moraliseren|-1.86
p:bij de|argumenteren|-0.96
p:bij de|interpreteren|-0.93
p:bij de|geruststellen|-0.93
p:bij de|ondervragen|-1.0
p:bij de|afleiden|1.92
p:bij de|vervolgafspraak|0.97
p:bij elkaar|afronding-aankondigen|-0.98
p:bij haar|ik-boodschap|-0.93
p:bij het|samenvatting|0.83
p:bij het|afleiden|-0.61
p:bij je|ik-boodschap|-0.97
p:bij je|waarschuwen|-0.98
p:bij je|moraliseren|-0.98
p:bij jullie|ik-boodschap|1.0
p:bij jullie|open-vraag|1.0
p:bij kan|ik-boodschap|-0.91
p:bij kan|vervolgafspraak|0.91
p:bij kinderen|geruststellen|0.93
p:bij laten|afronding-aankondigen|0.94
p:bij mij|jij-boodschap|-0.96
p:bij mij|bevelen|0.99
p:bij mij|vervolgafspraak|0.93
p:bij scheikunde|bevelen|-0.93
p:bij school|moraliseren|0.98
p:bij toch|ondervragen|-0.9
p:bij u|open-vraag|0.95
p:bij u|vervolgafspraak|-0.95
p:bij wat|gevoelsreflectie|1.76
p:bij wiskunde|gevoelsreflectie|-0.92
p:bij zich|vervolgafspraak|0.98
p:bij ziekte|samenvatting|0.8
p:bij ziekte|argumenteren|0.87
p:bij ziekte|afronding-aankondigen|0.86
p:bij ziekte|vervolgafspraak|0.98
p:bij ziekte|bedanken|0.98
p:bij zijn|parafrase|0.95
p:bij zijn|adviseren|0.84
p:bijhoudt dan|adviseren|-0.81
p:bijhoudt en|ik-boodschap|-0.89
p:bijhoudt en|samenvatting|0.96
p:bijhoudt en|vervolgafspraak|0.96
p:bijles besproken|vervolgafspraak|-0.98
p:bijles besproken|bedanken|-0.98
p:bijles daarmee|samenvatting|0.92
p:bijles daarmee|afronding-aankondigen|0.92
p:bijles en|samenvatting|0.8
p:bijles en|vervolgafspraak|0.98
p:bijles en|bedanken|0.98
p:bijles ik|afronding-aankondigen|-0.92
p:bijles krijgt|prijzen|0.92
p:bijles krijgt|bedanken|-0.95
p:bijles te|afronding-aankondigen|-0.92
p:bijlesdocent te|moraliseren|-0.93
p:bijna door|bedanken|-0.9
p:bijna in|ik-boodschap|0.99
p:bijna niet|ik-boodschap|1.69
p:bijna niets|open-vraag|0.98
p:bijvoorbeeld bij|bevelen|-0.95
p:bijwerkt kan|ik-boodschap|0.98
p:bijwerkt kan|vervolgafspraak|-0.98
p:binnen en|waarschuwen|-0.98
p:binnenkomen weet|argumenteren|-0.99
p:binnenkomt waardoor|ik-boodschap|0.88
p:binnenkomt want|moraliseren|-0.98
p:binnenkomt wat|gevoelsreflectie|0.96
p:binnenkwam wat|ik-boodschap|1.62
p:binnenkwam wat|open-vraag|0.84
p:biologie heeft|afleiden|0.98
p:blauw oog|ik-boodschap|1.62
p:blauw oog|open-vraag|0.84
p:blijft een|samenvatting|0.96
p:blijft uitschelden|waarschuwen|0.96
p:blijft wordt|waarschuwen|0.92
p:blijft zitten|ik-boodschap|-0.97
p:blijft zitten|geruststellen|0.88
p:blijkbaar heel|etiketteren|1.75
p:blijkbaar niet|bekritiseren|0.95
p:blijkt gewoon|argumenteren|0.89
p:blijven onderbreken|afronding-aankondigen|0.99
p:blijven praten|ik-boodschap|0.95
p:blijven praten|afronding-aankondigen|0.75
p:blijven praten|vervolgafspraak|-0.95
p:blijven zitten|argumenteren|0.99
p:blijven zitten|bekritiseren|-0.64
p:blijven zitten|geruststellen|0.99
p:blijven zorgpunten|aanmoediging|-0.96
p:blijven zorgpunten|geruststellen|-0.96
p:bo jouw|samenvatting|-0.98
p:bo jouw|vervolgafspraak|-0.98
p:boek thuis|parafrase|0.92
p:boeken al|ondervragen|-0.97
p:boeken dat|geruststellen|0.94
p:boeken thuis|adviseren|-0.96
p:boos bent|gevoelsreflectie|1.61
p:boos bent|interpreteren|0.87
p:boos binnenkomt|gevoelsreflectie|0.96
p:boos dat|adviseren|0.98
p:boos omdat|parafrase|0.98
p:boos omdat|open-vraag|-0.77
p:boos op|gevoelsreflectie|0.9
p:boos over|adviseren|-0.86
p:boos te|geruststellen|0.98
p:boos toch|gevoelsreflectie|-0.9
p:boos worden|vervolgafspraak|-0.97
p:boosheid in|gevoelsreflectie|0.94
p:boze gedrag|afleiden|-0.96
p:bram als|bevelen|-0.93
p:bram als|waarschuwen|0.93
p:bram dat|afleiden|-0.76
p:bram gisteren|ik-boodschap|1.62
p:bram gisteren|open-vraag|0.84
p:bram hou|bevelen|0.95
p:bram je|ik-boodschap|-0.98
p:bram jij|jij-boodschap|0.48
p:bram jij|prijzen|-0.97
p:bram leuk|jij-boodschap|-0.15
p:bram leuk|geruststellen|-0.84
p:bram vergeet|geruststellen|0.94
p:bram waar|moraliseren|-0.98
p:bram wat|gevoelsreflectie|-0.91
p:bram wat|open-vraag|-0.99
p:bram wat|afleiden|0.99
p:bram zit|ik-boodschap|1.69
p:breek het|afronding-aankondigen|0.81
p:brief over|ik-boodschap|-0.96
p:brief over|parafrase|0.96
p:brief vorige|etiketteren|-0.98
p:broer hierin|aanmoediging|-0.98
p:broertje ook|adviseren|0.82
p:brood de|ik-boodschap|-1.0
p:brugklas van|afleiden|-0.86
p:buikpijn klaagt|parafrase|1.0
p:buikpijn klaagt|gevoelsreflectie|-1.0
p:buiten begeleiden|waarschuwen|0.92
p:buiten je|ik-boodschap|0.98
p:buiten op|jij-boodschap|-0.97
p:buiten zit|ik-boodschap|-0.95
p:buitengesloten het|parafrase|-0.97
p:buitengesloten het|samenvatting|0.97
p:buitengesloten voelt|open-vraag|-0.91
p:bus gaan|ondervragen|-0.93
p:capuchon af|moraliseren|-0.74
p:chagrijn vandaag|prijzen|-0.87
p:chagrijn vandaag|etiketteren|0.91
p:checken of|parafrase|0.94
p:checken of|samenvatting|-0.82
p:cijfer dit|waarschuwen|-0.98
p:cijfer dit|interpreteren|0.98
p:cijfer hij|afleiden|0.98
p:cijfer nog|ik-boodschap|0.97
p:cijfer te|samenvatting|-0.97
p:cijfer te|argumenteren|0.97
p:cijfer toe|vervolgafspraak|0.92
p:cijfer voor|interpreteren|-0.91
p:cijfer voor|vervolgafspraak|-0.73
p:cijfers en|open-vraag|-1.98
p:cijfers en|argumenteren|-0.96
p:cijfers en|afleiden|-0.9
p:cijfers hebben|afleiden|-0.89
p:cijfers het|vervolgafspraak|-0.98
p:cijfers het|bedanken|-0.98
p:cijfers hier|afronding-aankondigen|-1.0
p:cijfers hij|samenvatting|0.97
p:cijfers niet|parafrase|-0.99
p:cijfers niet|waarschuwen|0.99
p:cijfers niet|geruststellen|-0.99
p:cijfers spreken|argumenteren|0.95
p:cijfers voor|bekritiseren|-0.97
p:cijfers zakken|ik-boodschap|-0.77
p:cijfers zakken|parafrase|-0.95
p:cijfers zakken|samenvatting|1.94
p:cijfers zakken|open-vraag|0.77
p:cijfers zakken|waarschuwen|-0.99
p:cijfers zakken|adviseren|-0.99
p:cijfers zijn|ondervragen|-1.0
p:cijfers zijn|afleiden|-1.0
p:cijfers zo|bekritiseren|-0.99
p:clown van|jij-boodschap|0.31
p:clown van|prijzen|-0.97
p:clown van|etiketteren|0.94
p:collega van|vervolgafspraak|0.92
p:communicatie beter|parafrase|0.78
p:communicatie beter|gevoelsreflectie|-0.49
p:communicatie liep|open-vraag|-1.0
p:computer ?|ondervragen|0.94
p:concentratie de|argumenteren|0.89
p:conciërge naar|waarschuwen|0.92
p:contact en|jij-boodschap|-0.77
p:contact met|parafrase|-0.95
p:contact met|bedanken|-0.93
p:contact oké|aanmoediging|-0.97
p:controleert dat|ondervragen|0.98
p:controleert de|etiketteren|-0.96
p:controleert het|moraliseren|0.89
p:controleert over|bedanken|-0.95
p:controleert u|bekritiseren|-0.88
p:controleert u|ondervragen|0.94
p:controleert zijn|adviseren|0.98
p:controleren in|bevelen|0.99
p:curlingouder die|waarschuwen|-1.0
p:curlingouder die|etiketteren|1.0
p:daan daarop|parafrase|-0.99
p:daan doe|moraliseren|-0.74
p:daan heeft|argumenteren|-0.8
p:daan in|ik-boodschap|-0.99
p:daan in|open-vraag|0.95
p:daan jij|etiketteren|-0.98
p:daan komt|jij-boodschap|-0.92
p:daan niet|gevoelsreflectie|-0.98
p:daan om|gevoelsreflectie|-0.97
p:daan telkens|moraliseren|-0.98
p:daan thuis|geruststellen|-0.9
p:daan zijn|vervolgafspraak|0.98
p:daar bij|afleiden|-0.99
p:daar ga|ondervragen|-0.93
p:daar gaat|adviseren|0.82
p:daar gaat|afleiden|0.85
p:daar grenzen|jij-boodschap|0.8
p:daar grenzen|moraliseren|0.8
p:daar groeit|geruststellen|0.99
p:daar hebben|etiketteren|1.86
p:daar hebben|afleiden|-0.95
p:daar heeft|afleiden|0.93
p:daar hoeft|moraliseren|-0.89
p:daar hoeft|interpreteren|-0.93
p:daar hoeft|afleiden|0.95
p:daar iets|parafrase|-1.0
p:daar is|interpreteren|0.91
p:daar kan|argumenteren|0.79
p:daar kan|geruststellen|-0.99
p:daar last|geruststellen|0.99
p:daar niet|afleiden|1.0
p:daar nog|samenvatting|0.95
p:daar nu|parafrase|0.83
p:daar nu|gevoelsreflectie|1.0
p:daar nu|open-vraag|1.0
p:daar nu|aanmoediging|-1.0
p:daar nu|bevelen|0.95
p:daar ongerust|gevoelsreflectie|0.98
p:daar schrok|ik-boodschap|1.78
p:daar schrok|gevoelsreflectie|-0.97
p:daar slaat|geruststellen|-0.95
p:daar staat|afleiden|-0.84
p:daar te|interpreteren|-0.83
p:daar thuis|gevoelsreflectie|-0.91
p:daar thuis|open-vraag|-0.44
p:daar valt|moraliseren|-0.98
p:daar valt|argumenteren|0.98
p:daar voel|samenvatting|-0.98
p:daar voel|vervolgafspraak|-0.98
p:daar zelf|gevoelsreflectie|-0.98
p:daar zelf|samenvatting|-1.0
p:daar zelf|open-vraag|1.0
p:daardoor de|geruststellen|-0.99
p:daardoor doen|ik-boodschap|0.94
p:daardoor doen|gevoelsreflectie|-0.94
p:daardoor dom|samenvatting|0.98
p:daardoor dom|afronding-aankondigen|0.98
p:daardoor dom|bedanken|0.98
p:daarin ?|parafrase|0.97
p:daarmee anders|adviseren|-0.99
p:daarmee wil|samenvatting|0.92
p:daarmee wil|afronding-aankondigen|0.92
p:daarnaar ?|open-vraag|-0.96
p:daarom doe|moraliseren|-0.52
p:daarom is|afleiden|-0.52
p:daarom niet|parafrase|0.96
p:daarom niet|geruststellen|-0.96
p:daarom niks|parafrase|0.92
p:daarom op|interpreteren|0.93
p:daarom zo|interpreteren|0.99
p:daarom zoekt|argumenteren|-0.89
p:daaronder vooral|gevoelsreflectie|0.94
p:daaronder vooral|interpreteren|0.94
p:daarop gereageerd|parafrase|-0.99
p:daarover heeft|bekritiseren|-0.95
p:daarover heeft|afleiden|0.95
p:daartegenaan ?|jij-boodschap|-0.82
p:daartegenaan ?|open-vraag|0.57
p:daartegenaan ?|bekritiseren|-0.92
p:daarvan ?|ik-boodschap|1.62
p:daarvan ?|open-vraag|0.84
p:daarvan thuis|open-vraag|0.98
p:daden gevolgen|gevoelsreflectie|-0.9
p:daden gevolgen|moraliseren|0.93
p:dag ?|bekritiseren|-0.88
p:dag controleren|bevelen|0.99
p:dag op|bevelen|-0.88
p:dag te|jij-boodschap|-0.92
p:dag verlaagt|argumenteren|0.89
p:dagen woensdag|ik-boodschap|-0.76
p:dagopening mist|ik-boodschap|0.88
p:dan 's|parafrase|1.0
p:dan 's|gevoelsreflectie|-1.0
p:dan ?|ik-boodschap|-0.9
p:dan ?|open-vraag|-0.96
p:dan bespreken|afronding-aankondigen|-0.83
p:dan de|etiketteren|0.98
p:dan doet|bekritiseren|-0.62
p:dan gaat|bekritiseren|-0.94
p:dan gaat|prijzen|0.97
p:dan in|ik-boodschap|0.92
p:dan kan|ik-boodschap|0.75
p:dan kan|argumenteren|-0.81
p:dan kan|ondervragen|-0.9
p:dan kijken|samenvatting|-0.88
p:dan komen|prijzen|0.96
p:dan komt|prijzen|-0.89
p:dan komt|geruststellen|0.91
p:dan kunt|jij-boodschap|-0.73
p:dan kunt|adviseren|-0.73
p:dan kunt|etiketteren|-0.91
p:dan lukt|adviseren|-0.81
p:dan met|afronding-aankondigen|-0.89
p:dan mist|moraliseren|-0.98
p:dan moet|ondervragen|-0.97
p:dan niet|afronding-aankondigen|-0.99
p:dan normaal|moraliseren|0.97
p:dan over|interpreteren|0.9
p:dan ronden|vervolgafspraak|-0.93
p:dan sluiten|samenvatting|0.98
p:dan sluiten|afronding-aankondigen|1.89
p:dan sluiten|bedanken|0.98
p:dan sta|ik-boodschap|0.98
p:dan thuisgehouden|bekritiseren|0.9
p:dan u|geruststellen|-0.93
p:dan vinden|prijzen|0.92
p:dan voel|ik-boodschap|0.91
p:dan wil|vervolgafspraak|-0.98
p:dan wil|bedanken|-0.98
p:dan zal|waarschuwen|0.86
p:dan zie|samenvatting|-0.95
p:dan zie|afronding-aankondigen|0.95
p:dan zou|adviseren|0.99
p:dank daarvoor|bekritiseren|-0.93
p:dank daarvoor|interpreteren|-0.99
p:dank daarvoor|afronding-aankondigen|-0.99
p:dank daarvoor|bedanken|0.99
p:dank je|ik-boodschap|-0.99
p:dank je|vervolgafspraak|0.95
p:dank je|bedanken|1.94
p:dank jullie|bekritiseren|-0.76
p:dank u|jij-boodschap|-0.95
p:dank u|gevoelsreflectie|-0.81
p:dank u|samenvatting|-0.16
p:dank u|bekritiseren|0.81
p:dank u|prijzen|-0.99
p:dank u|ondervragen|-0.93
p:dank u|afronding-aankondigen|1.81
p:dank u|vervolgafspraak|-0.72
p:dank u|bedanken|1.0
p:dank voor|afronding-aankondigen|-0.95
p:dank voor|vervolgafspraak|-0.19
p:dankjewel voor|bedanken|0.93
p:dat ?|ik-boodschap|-1.0
p:dat ?|jij-boodschap|-1.0
p:dat ?|gevoelsreflectie|-1.0
p:dat ?|samenvatting|0.96
p:dat ?|bevelen|-0.88
p:dat ?|ondervragen|1.97
p:dat ?|afleiden|-0.99
p:dat ?|vervolgafspraak|-1.0
p:dat advies|geruststellen|-0.96
p:dat allemaal|ondervragen|-0.9
p:dat als|bekritiseren|-0.88
p:dat amira|ik-boodschap|-0.95
p:dat beloof|prijzen|-0.91
p:dat bij|ik-boodschap|1.0
p:dat bij|open-vraag|1.0
p:dat boze|afleiden|-0.96
p:dat bram|ik-boodschap|1.62
p:dat bram|open-vraag|0.84
p:dat daan|ik-boodschap|-0.99
p:dat daan|geruststellen|-0.9
p:dat daaronder|gevoelsreflectie|0.94
p:dat daaronder|interpreteren|0.94
p:dat dan|parafrase|1.0
p:dat dan|gevoelsreflectie|-1.0
p:dat de|jij-boodschap|-0.58
p:dat de|parafrase|2.58
p:dat de|gevoelsreflectie|-0.49
p:dat de|open-vraag|0.97
p:dat de|argumenteren|1.64
p:dat de|bekritiseren|-0.95
p:dat ding|gevoelsreflectie|-1.0
p:dat dit|jij-boodschap|-0.99
p:dat dit|parafrase|-0.95
p:dat dit|open-vraag|-1.0
p:dat dit|aanmoediging|0.9
p:dat dit|prijzen|0.99
p:dat dit|etiketteren|-0.99
p:dat dit|afleiden|-0.99
p:dat doet|interpreteren|0.99
p:dat doet|geruststellen|-0.81
p:dat doet|afleiden|1.61
p:dat duidelijk|bevelen|0.88
p:dat duidelijk|argumenteren|-0.65
p:dat een|moraliseren|0.2
p:dat een|geruststellen|-1.0
p:dat er|gevoelsreflectie|-0.6
p:dat er|bekritiseren|-0.98
p:dat er|afleiden|-0.94
p:dat ergert|open-vraag|-0.98
p:dat ervaren|ik-boodschap|-1.0
p:dat ervaren|ondervragen|-1.0
p:dat eva|ik-boodschap|-0.93
p:dat even|afleiden|0.98
p:dat frustreert|waarschuwen|-0.98
p:dat frustreert|afronding-aankondigen|0.75
p:dat gaat|ik-boodschap|-0.97
p:dat gaat|bekritiseren|-0.64
p:dat gaat|geruststellen|1.87
p:dat gaat|afleiden|-0.95
p:dat gebeurt|geruststellen|0.64
p:dat gebeurt|afleiden|-0.91
p:dat gedoe|open-vraag|-0.99
p:dat gedoe|afleiden|0.99
p:dat gedrag|bekritiseren|0.96
p:dat geen|bekritiseren|0.92
p:dat gehoord|adviseren|-0.98
p:dat gesprek|gevoelsreflectie|0.91
p:dat gesprek|samenvatting|0.86
p:dat gesprek|vervolgafspraak|0.73
p:dat gezeur|samenvatting|-1.0
p:dat gezeur|bevelen|1.0
p:dat goed|parafrase|0.98
p:dat haalt|argumenteren|-0.73
p:dat haalt|geruststellen|0.81
p:dat had|moraliseren|-0.55
p:dat had|bekritiseren|0.99
p:dat heeft|bekritiseren|0.95
p:dat heel|geruststellen|-0.8
p:dat het|parafrase|-0.84
p:dat het|bevelen|-0.97
p:dat het|etiketteren|-1.0
p:dat het|geruststellen|-0.88
p:dat het|afleiden|-0.99
p:dat het|afronding-aankondigen|0.97
p:dat hij|jij-boodschap|0.26
p:dat hij|gevoelsreflectie|-0.91
p:dat hij|samenvatting|0.91
p:dat hij|bevelen|1.71
p:dat hij|waarschuwen|-1.87
p:dat hij|moraliseren|-0.93
p:dat hij|adviseren|0.99
p:dat hij|bekritiseren|-0.3
p:dat hij|interpreteren|-0.95
p:dat hij|vervolgafspraak|-0.93
p:dat hij|bedanken|-0.95
p:dat hoort|moraliseren|-0.98
p:dat hoort|argumenteren|-0.77
p:dat hoort|interpreteren|-0.93
p:dat hoort|afleiden|1.23
p:dat huiswerkritme|ondervragen|-0.9
p:dat ik|ik-boodschap|-1.73
p:dat ik|jij-boodschap|0.77
p:dat ik|samenvatting|0.96
p:dat ik|bekritiseren|-0.98
p:dat ik|vervolgafspraak|0.96
p:dat in|bevelen|-1.0
p:dat in|moraliseren|1.0
p:dat incident|afleiden|0.9
p:dat is|ik-boodschap|-0.92
p:dat is|jij-boodschap|-0.96
p:dat is|bevelen|-0.64
p:dat is|moraliseren|-0.97
p:dat is|adviseren|-0.97
p:dat is|argumenteren|-1.17
p:dat is|bekritiseren|0.99
p:dat is|prijzen|-0.99
p:dat is|geruststellen|1.57
p:dat jammer|ik-boodschap|0.94
p:dat jammer|gevoelsreflectie|-0.94
p:dat jayden|ik-boodschap|-0.97
p:dat jayden|jij-boodschap|-0.82
p:dat jayden|gevoelsreflectie|0.7
p:dat jayden|open-vraag|0.57
p:dat jayden|bekritiseren|-0.92
p:dat je|ik-boodschap|0.8
p:dat je|parafrase|0.92
p:dat je|gevoelsreflectie|-1.84
p:dat je|samenvatting|-0.95
p:dat je|open-vraag|-0.63
p:dat je|waarschuwen|0.95
p:dat je|moraliseren|0.92
p:dat je|argumenteren|-1.0
p:dat je|bekritiseren|-0.67
p:dat je|prijzen|1.0
p:dat je|interpreteren|0.89
p:dat je|ondervragen|-1.0
p:dat je|afleiden|-0.89
p:dat je|afronding-aankondigen|-0.86
p:dat je|bedanken|0.99
p:dat jens|bevelen|-1.0
p:dat jens|vervolgafspraak|-1.0
p:dat jesse|samenvatting|-0.82
p:dat jesse|bekritiseren|-0.95
p:dat jij|ik-boodschap|-0.89
p:dat jij|jij-boodschap|0.9
p:dat jij|parafrase|-0.96
p:dat jij|gevoelsreflectie|-0.94
p:dat jij|samenvatting|0.96
p:dat jij|bekritiseren|2.01
p:dat jij|interpreteren|-1.89
p:dat jij|geruststellen|0.92
p:dat jij|vervolgafspraak|0.96
p:dat jullie|ik-boodschap|-0.94
p:dat jullie|bekritiseren|-1.71
p:dat kan|aanmoediging|-0.83
p:dat kan|waarschuwen|-0.98
p:dat kan|argumenteren|0.99
p:dat klinkt|parafrase|0.83
p:dat klinkt|gevoelsreflectie|2.97
p:dat klinkt|aanmoediging|-1.0
p:dat klinkt|moraliseren|-1.0
p:dat klopt|open-vraag|-1.0
p:dat klopt|waarschuwen|-1.0
p:dat klopt|argumenteren|0.84
p:dat klopt|afleiden|-0.93
p:dat komt|parafrase|-0.78
p:dat komt|afleiden|-0.96
p:dat laten|afleiden|0.92
p:dat leerlingen|argumenteren|0.99
p:dat liegen|moraliseren|0.91
p:dat liegen|argumenteren|-1.46
p:dat lotte|ik-boodschap|0.93
p:dat lotte|open-vraag|-0.99
p:dat lotte|adviseren|-0.99
p:dat maakt|ik-boodschap|0.93
p:dat maakt|aanmoediging|-0.98
p:dat maakt|argumenteren|-0.99
p:dat maakt|bedanken|-0.99
p:dat marit|ik-boodschap|0.97
p:dat merk|parafrase|-0.97
p:dat merk|open-vraag|0.92
p:dat milan|ik-boodschap|0.92
p:dat milan|jij-boodschap|-0.92
p:dat milan|bekritiseren|-0.92
p:dat moet|gevoelsreflectie|2.45
p:dat moet|adviseren|-0.98
p:dat moet|argumenteren|-0.85
p:dat mohammed|afleiden|-1.0
p:dat morgen|bevelen|-0.93
p:dat morgen|waarschuwen|0.93
p:dat niemand|parafrase|0.12
p:dat niemand|gevoelsreflectie|0.6
p:dat niemand|etiketteren|-1.0
p:dat niet|jij-boodschap|0.84
p:dat niet|gevoelsreflectie|0.9
p:dat niet|open-vraag|-1.0
p:dat niet|waarschuwen|0.98
p:dat niet|moraliseren|0.98
p:dat niet|ondervragen|1.91
p:dat nieuwe|afleiden|0.76
p:dat nina|vervolgafspraak|-0.97
p:dat noah|open-vraag|-0.97
p:dat noah|adviseren|0.97
p:dat noah|vervolgafspraak|0.97
p:dat nog|open-vraag|-1.0
p:dat nog|bevelen|-0.88
p:dat nog|waarschuwen|0.99
p:dat nog|ondervragen|1.0
p:dat noor|ik-boodschap|0.97
p:dat noor|ondervragen|-0.96
p:dat om|moraliseren|-0.97
p:dat ouders|argumenteren|-0.93
p:dat overkomt|ik-boodschap|-0.99
p:dat overkomt|geruststellen|-0.79
p:dat overkomt|afleiden|1.02
p:dat pas|ondervragen|0.82
p:dat schermgebruik|argumenteren|0.89
p:dat school|parafrase|0.95
p:dat sem|open-vraag|1.0
p:dat slaat|argumenteren|1.08
p:dat slaat|bekritiseren|0.67
p:dat snap|adviseren|0.98
p:dat soort|afleiden|0.96
p:dat stelt|moraliseren|-0.99
p:dat stelt|afleiden|0.99
p:dat stoort|open-vraag|0.99
p:dat tess|ik-boodschap|-0.79
p:dat thuis|ik-boodschap|0.14
p:dat thuis|open-vraag|0.95
p:dat tom|interpreteren|0.72
p:dat u|jij-boodschap|1.67
p:dat u|gevoelsreflectie|2.75
p:dat u|samenvatting|-1.71
p:dat u|open-vraag|0.11
p:dat u|aanmoediging|-0.9
p:dat u|bevelen|0.97
p:dat u|adviseren|-1.67
p:dat u|bekritiseren|1.46
p:dat u|prijzen|-0.92
p:dat u|interpreteren|-1.08
p:dat u|ondervragen|-0.93
p:dat u|afleiden|0.91
p:dat u|afronding-aankondigen|-0.99
p:dat u|vervolgafspraak|-0.69
p:dat u|bedanken|1.89
p:dat vandaan|open-vraag|0.92
p:dat vind|ik-boodschap|3.66
p:dat vind|parafrase|-0.96
p:dat vind|gevoelsreflectie|-0.87
p:dat vind|samenvatting|-0.94
p:dat vind|open-vraag|0.94
p:dat vind|bevelen|-1.0
p:dat vind|argumenteren|-0.81
p:dat vind|bekritiseren|0.79
p:dat voor|parafrase|-0.9
p:dat voor|gevoelsreflectie|-0.1
p:dat voor|afronding-aankondigen|-0.93
p:dat voortaan|adviseren|0.98
p:dat was|geruststellen|-0.99
p:dat we|open-vraag|0.93
p:dat we|argumenteren|1.68
p:dat we|prijzen|0.76
p:dat we|vervolgafspraak|-0.94
p:dat weet|ik-boodschap|-0.97
p:dat weet|moraliseren|0.97
p:dat wel|geruststellen|0.92
p:dat wel|ondervragen|0.94
p:dat wel|afleiden|-0.92
p:dat werkstuk|bevelen|1.83
p:dat ze|ik-boodschap|-0.83
p:dat ze|parafrase|1.78
p:dat ze|gevoelsreflectie|-0.98
p:dat ze|open-vraag|-0.99
p:dat ze|aanmoediging|-1.0
p:dat ze|moraliseren|0.55
p:dat ze|adviseren|-0.99
p:dat ze|argumenteren|0.96
p:dat ze|bekritiseren|-0.87
p:dat ze|prijzen|0.91
p:dat ze|ondervragen|-1.79
p:dat ze|afleiden|-0.96
p:dat ze|afronding-aankondigen|-1.0
p:dat ze|vervolgafspraak|-0.97
p:dat ze|bedanken|-0.93
p:dat zeg|jij-boodschap|-1.0
p:dat zeg|parafrase|-1.0
p:dat zeg|bekritiseren|-1.0
p:dat zeg|interpreteren|1.0
p:dat zeg|geruststellen|-0.94
p:dat zegt|interpreteren|0.9
p:dat zie|geruststellen|0.95
p:dat zijn|gevoelsreflectie|-0.9
p:dat zijn|moraliseren|0.93
p:dat zit|ik-boodschap|0.93
p:dat zit|argumenteren|-0.88
p:dat zo|jij-boodschap|1.64
p:dat zo|waarschuwen|0.92
p:dat zo|bekritiseren|0.99
p:dat zou|moraliseren|0.93
p:datum dan|afronding-aankondigen|-0.89
p:datum dankjewel|bedanken|0.93
p:datum met|afleiden|-0.93
p:de aansluiting|waarschuwen|-0.83
p:de absenties|samenvatting|-0.94
p:de administratie|ik-boodschap|0.96
p:de administratie|waarschuwen|-0.96
p:de administratie|argumenteren|-0.96
p:de advocaat|bevelen|-0.94
p:de advocaat|etiketteren|1.65
p:de afdelingsleider|gevoelsreflectie|-0.9
p:de afdelingsleider|samenvatting|-0.9
p:de afgelopen|ik-boodschap|1.86
p:de afgelopen|jij-boodschap|-0.92
p:de afgelopen|argumenteren|-0.88
p:de afgelopen|bekritiseren|-0.92
p:de afspraak|ik-boodschap|0.75
p:de afspraak|jij-boodschap|0.45
p:de afspraak|argumenteren|-0.81
p:de afspraken|jij-boodschap|-0.82
p:de afspraken|samenvatting|-1.8
p:de afspraken|open-vraag|0.57
p:de afspraken|bevelen|0.97
p:de afspraken|bekritiseren|-0.57
p:de afspraken|afronding-aankondigen|0.96
p:de agenda|etiketteren|-0.96
p:de andere|bekritiseren|1.0
p:de andere|interpreteren|0.9
p:de anderen|ik-boodschap|1.89
p:de anderen|gevoelsreflectie|-0.94
p:de auto|aanmoediging|-0.78
p:de auto|afleiden|-0.91
p:de balie|bevelen|-0.97
p:de basisschool|jij-boodschap|-0.99
p:de bedtijd|samenvatting|0.98
p:de bedtijd|vervolgafspraak|0.98
p:de bel|ik-boodschap|-1.0
p:de bel|jij-boodschap|-1.0
p:de bel|parafrase|-1.0
p:de bel|gevoelsreflectie|-1.0
p:de bel|samenvatting|-1.0
p:de bel|open-vraag|-1.0
p:de bel|aanmoediging|-1.0
p:de bel|bevelen|-1.0
p:de bel|waarschuwen|-1.0
p:de bel|moraliseren|-1.0
p:de bel|adviseren|-1.0
p:de bel|argumenteren|-1.0
p:de bel|bekritiseren|-1.0
p:de bel|prijzen|-1.0
p:de bel|etiketteren|-1.0
p:de bel|interpreteren|-1.0
p:de bel|geruststellen|-1.0
p:de bel|ondervragen|-1.0
p:de bel|afleiden|-1.0
p:de bel|afronding-aankondigen|1.0
p:de bel|vervolgafspraak|-1.0
p:de bel|bedanken|-1.0
p:de berichten|jij-boodschap|1.78
p:de berichten|bevelen|-0.97
p:de berichten|bekritiseren|1.78
p:de beste|ik-boodschap|-0.99
p:de beste|geruststellen|0.99
p:de bijles|gevoelsreflectie|-0.98
p:de bijles|samenvatting|0.92
p:de bijles|bevelen|1.84
p:de bijles|afronding-aankondigen|-1.71
p:de bijles|vervolgafspraak|-0.98
p:de bijles|bedanken|-0.98
p:de boer|gevoelsreflectie|0.86
p:de brief|ik-boodschap|-1.72
p:de brief|parafrase|0.96
p:de brief|etiketteren|-0.98
p:de brugklas|bekritiseren|-0.99
p:de bus|ondervragen|-0.93
p:de cijfers|ik-boodschap|-0.92
p:de cijfers|samenvatting|1.94
p:de cijfers|waarschuwen|-0.99
p:de cijfers|adviseren|-0.99
p:de cijfers|ondervragen|-1.0
p:de cijfers|afleiden|-1.9
p:de cijfers|afronding-aankondigen|-1.0
p:de cijfers|vervolgafspraak|-0.98
p:de cijfers|bedanken|-0.98
p:de clown|jij-boodschap|0.31
p:de clown|prijzen|-0.97
p:de clown|etiketteren|0.94
p:de communicatie|parafrase|0.78
p:de communicatie|gevoelsreflectie|-0.49
p:de communicatie|open-vraag|-1.0
p:de computer|ondervragen|0.94
p:de concentratie|argumenteren|0.89
p:de conciërge|bevelen|0.92
p:de conciërge|waarschuwen|0.92
p:de dag|waarschuwen|0.99
p:de dagopening|ik-boodschap|0.88
p:de deadline|argumenteren|1.0
p:de debatclub|ik-boodschap|0.92
p:de directie|waarschuwen|0.96
p:de directie|vervolgafspraak|0.8
p:de docent|samenvatting|0.9
p:de docent|moraliseren|0.51
p:de docenten|moraliseren|-0.59
p:de docentenvergadering|ik-boodschap|-0.93
p:de eerste|ik-boodschap|0.99
p:de eerste|samenvatting|-0.98
p:de eerste|bekritiseren|-0.97
p:de eerste|geruststellen|1.98
p:de eerste|vervolgafspraak|-0.95
p:de extra|prijzen|0.97
p:de familie|geruststellen|-1.0
p:de familie|afleiden|1.0
p:de fiets|waarschuwen|-0.87
p:de fietsenstalling|afleiden|-1.0
p:de gang|samenvatting|-0.92
p:de gang|bekritiseren|0.28
p:de gang|geruststellen|-0.99
p:de gaten|samenvatting|0.8
p:de gaten|afronding-aankondigen|0.86
p:de gaten|vervolgafspraak|0.98
p:de gaten|bedanken|0.98
p:de groep|jij-boodschap|2.56
p:de groep|etiketteren|0.94
p:de groepsapp|samenvatting|0.95
p:de groepsopdracht|ik-boodschap|0.94
p:de groepsopdracht|gevoelsreflectie|-0.94
p:de groepsopdracht|samenvatting|-0.98
p:de groepsopdracht|vervolgafspraak|-0.98
p:de grote|etiketteren|0.91
p:de gymdocent|jij-boodschap|-1.74
p:de gymdocent|open-vraag|0.57
p:de gymdocent|bekritiseren|-0.92
p:de gymles|ik-boodschap|0.86
p:de gymles|gevoelsreflectie|1.68
p:de hand|gevoelsreflectie|0.96
p:de hand|bekritiseren|0.91
p:de hand|geruststellen|0.87
p:de havo|ik-boodschap|-0.93
p:de havo|waarschuwen|0.99
p:de hele|samenvatting|-0.97
p:de hele|bevelen|-0.98
p:de hele|argumenteren|0.97
p:de hele|etiketteren|0.98
p:de hele|geruststellen|-0.99
p:de hele|vervolgafspraak|-1.0
p:de helikopterouder|etiketteren|0.95
p:de helikopterouder|afleiden|-0.95
p:de herfstvakantie|ik-boodschap|0.91
p:de herfstvakantie|jij-boodschap|-0.82
p:de herfstvakantie|bekritiseren|-0.91
p:de herkansing|argumenteren|0.84
p:de herkansingsdata|afleiden|-0.93
p:de hoogte|samenvatting|0.94
p:de hoogte|moraliseren|0.93
p:de hoogte|argumenteren|-0.99
p:de hoogte|prijzen|1.0
p:de hoogte|ondervragen|0.97
p:de hoogte|bedanken|0.94
p:de huisarts|ik-boodschap|-0.79
p:de huisarts|samenvatting|0.97
p:de huisarts|bevelen|-0.99
p:de huisarts|waarschuwen|-0.99
p:de huisarts|adviseren|1.02
p:de huisarts|argumenteren|-0.99
p:de huisarts|prijzen|-0.98
p:de huisarts|interpreteren|-1.0
p:de huisarts|geruststellen|0.91
p:de huisarts|vervolgafspraak|0.15
p:de huiswerkbegeleiding|bekritiseren|-1.0
p:de huiswerkbegeleiding|ondervragen|-1.0
p:de huiswerkklas|parafrase|-1.86
p:de huiswerkklas|samenvatting|0.9
p:de huiswerkklas|adviseren|0.98
p:de informatieavond|open-vraag|-0.97
p:de informatieavond|prijzen|-0.95
p:de instructie|moraliseren|-0.98
p:de jaarplanning|bevelen|-0.83
p:de jaarplanning|prijzen|-0.9
p:de kampweek|parafrase|-0.97
p:de kampweek|samenvatting|0.97
p:de kans|ik-boodschap|0.55
p:de kans|bevelen|1.0
p:de kans|adviseren|-0.74
p:de kerst|geruststellen|1.0
p:de kerst|afronding-aankondigen|-1.0
p:de keuken|waarschuwen|-0.92
p:de klas|jij-boodschap|-1.6
p:de klas|parafrase|0.98
p:de klas|samenvatting|0.14
p:de klas|open-vraag|-1.51
p:de klas|bevelen|0.88
p:de klas|adviseren|-1.85
p:de klas|argumenteren|0.31
p:de klas|prijzen|0.92
p:de klas|etiketteren|-0.93
p:de klas|interpreteren|-0.91
p:de klas|geruststellen|-0.9
p:de klas|vervolgafspraak|-1.69
p:de kluisjes|ik-boodschap|0.77
p:de koelkast|adviseren|0.97
p:de kritiek|bekritiseren|-0.94
p:de laatste|ik-boodschap|-0.83
p:de laatste|samenvatting|-0.94
p:de laatste|open-vraag|1.01
p:de laatste|moraliseren|-0.93
p:de laatste|adviseren|0.97
p:de laatste|argumenteren|-0.99
p:de laatste|geruststellen|0.99
p:de laptop|adviseren|0.96
p:de leerplichtambtenaar|samenvatting|-0.97
p:de leerplichtambtenaar|waarschuwen|0.99
p:de les|jij-boodschap|-0.98
p:de les|open-vraag|0.96
p:de les|bevelen|-0.89
p:de les|waarschuwen|0.93
p:de les|moraliseren|-0.98
p:de les|argumenteren|-0.92
p:de leukste|prijzen|0.99
p:de mail|gevoelsreflectie|-0.9
p:de mail|samenvatting|-0.84
p:de mail|argumenteren|0.84
p:de mail|ondervragen|0.9
p:de manier|samenvatting|-0.91
p:de meeste|gevoelsreflectie|-0.43
p:de meivakantie|ik-boodschap|0.93
p:de mentor|parafrase|-0.95
p:de mentor|samenvatting|0.94
p:de mentor|waarschuwen|0.99
p:de mentor|adviseren|-0.12
p:de mentor|bekritiseren|0.92
p:de mentor|etiketteren|-0.98
p:de mentor|ondervragen|0.91
p:de mentor|bedanken|0.94
p:de middaglessen|open-vraag|-0.95
p:de moeder|parafrase|-1.0
p:de moeite|vervolgafspraak|-0.95
p:de musical|afleiden|0.93
p:de nabespreking|ik-boodschap|1.0
p:de nabespreking|open-vraag|1.0
p:de nieuwe|ik-boodschap|0.93
p:de nieuwe|argumenteren|-0.88
p:de nieuwe|bekritiseren|-0.95
p:de nieuwe|ondervragen|-0.93
p:de nieuwe|afleiden|0.95
p:de normering|samenvatting|-0.97
p:de normering|argumenteren|0.97
p:de oefeningen|gevoelsreflectie|-0.87
p:de oefeningen|open-vraag|0.96
p:de opdracht|samenvatting|-1.0
p:de opdracht|waarschuwen|-1.0
p:de opdracht|argumenteren|1.53
p:de opdracht|bekritiseren|0.67
p:de opdracht|prijzen|-1.0
p:de opdracht|vervolgafspraak|-1.0
p:de opdrachten|adviseren|-0.96
p:de opgaven|vervolgafspraak|0.98
p:de ouderavond|bevelen|-0.83
p:de ouderavond|prijzen|-0.9
p:de ouderavond|afleiden|0.63
p:de overgang|open-vraag|0.48
p:de overgangsnormen|argumenteren|0.79
p:de overstap|bekritiseren|-0.87
p:de overstap|bedanken|-0.93
p:de pauze|ik-boodschap|0.9
p:de pauze|gevoelsreflectie|-0.97
p:de pauze|open-vraag|0.98
p:de pauze|vervolgafspraak|-0.97
p:de pauzes|ik-boodschap|-0.99
p:de pesterijen|samenvatting|0.92
p:de pesterijen|afronding-aankondigen|0.92
p:de planner|ik-boodschap|-0.62
p:de planning|jij-boodschap|0.82
p:de planning|aanmoediging|-0.96
p:de planning|bekritiseren|0.95
p:de planning|geruststellen|-0.96
p:de planning|afleiden|-0.98
p:de plicht|moraliseren|0.98
p:de plicht|afleiden|-0.93
p:de plusklas|argumenteren|-0.89
p:de positieve|afleiden|0.84
p:de puberteit|moraliseren|-0.89
p:de puberteit|interpreteren|-0.93
p:de puberteit|geruststellen|-0.93
p:de puberteit|afleiden|1.83
p:de pubertijd|moraliseren|-0.97
p:de regel|geruststellen|-0.99
p:de rekentoets|open-vraag|0.98
p:de rest|argumenteren|0.96
p:de ruzie|ik-boodschap|-0.94
p:de ruzie|samenvatting|0.95
p:de ruzie|afleiden|0.96
p:de ruzie|afronding-aankondigen|-0.8
p:de scheiding|interpreteren|1.9
p:de school|jij-boodschap|0.33
p:de school|samenvatting|-0.97
p:de school|open-vraag|-0.77
p:de school|adviseren|0.82
p:de school|bekritiseren|0.78
p:de school|interpreteren|0.9
p:de schoolresultaten|moraliseren|0.93
p:de schorsing|ik-boodschap|-0.76
p:de schorsing|parafrase|0.96
p:de schorsing|gevoelsreflectie|1.57
p:de sectie|gevoelsreflectie|0.91
p:de sectie|samenvatting|0.86
p:de sectie|vervolgafspraak|0.73
p:de sfeer|jij-boodschap|1.64
p:de sfeer|samenvatting|0.96
p:de sfeer|bekritiseren|0.99
p:de slimste|adviseren|-0.85
p:de slimste|prijzen|0.9
p:de slimste|geruststellen|-0.9
p:de steek|samenvatting|-0.95
p:de straf|parafrase|0.1
p:de studiewijzer|argumenteren|1.53
p:de studiewijzer|bekritiseren|0.67
p:de studiewijzer|afleiden|-0.93
p:de teamleider|bevelen|-0.88
p:de teamleider|waarschuwen|0.92
p:de teamleider|ondervragen|-0.86
p:de teamleider|afleiden|-0.93
p:de teamleider|vervolgafspraak|0.94
p:de telefoon|samenvatting|1.0
p:de telefoon|waarschuwen|-0.92
p:de thuissituatie|interpreteren|-0.96
p:de thuissituatie|afleiden|-0.9
p:de tijd|aanmoediging|0.9
p:de toets|gevoelsreflectie|0.91
p:de toets|samenvatting|0.86
p:de toets|argumenteren|1.96
p:de toets|bekritiseren|-0.95
p:de toets|interpreteren|-0.91
p:de toets|vervolgafspraak|1.7
p:de toetsdatum|ik-boodschap|-0.92
p:de toetsen|parafrase|-0.96
p:de toetsen|open-vraag|-0.53
p:de toetsweek|argumenteren|0.68
p:de tolk|ik-boodschap|-0.96
p:de tolk|parafrase|0.96
p:de tolk|gevoelsreflectie|-1.0
p:de tolk|open-vraag|-1.0
p:de trainingen|ik-boodschap|0.92
p:de trap|ik-boodschap|0.98
p:de trap|vervolgafspraak|-0.97
p:de tweede|gevoelsreflectie|0.91
p:de tweede|waarschuwen|1.8
p:de tweede|geruststellen|0.92
p:de tweede|afleiden|0.3
p:de uitleg|ik-boodschap|1.0
p:de uitleg|parafrase|0.84
p:de uitleg|vervolgafspraak|1.0
p:de uitnodiging|bekritiseren|-0.99
p:de uitslag|jij-boodschap|-0.73
p:de uitslag|adviseren|-0.73
p:de uitslag|etiketteren|-0.91
p:de vakantie|adviseren|-0.85
p:de vakantie|prijzen|0.9
p:de vakantie|geruststellen|-0.9
p:de vakdocenten|samenvatting|0.98
p:de vakdocenten|vervolgafspraak|0.98
p:de verantwoordelijkheid|argumenteren|-0.96
p:de verbouwing|afleiden|0.91
p:de verhuizing|parafrase|0.9
p:de verhuizing|samenvatting|-0.88
p:de verhuizing|open-vraag|0.95
p:de verhuizing|adviseren|-0.99
p:de verhuizing|interpreteren|0.95
p:de verhuizing|vervolgafspraak|-0.95
p:de verjaardag|argumenteren|-1.0
p:de verjaardag|afleiden|1.0
p:de vertrouwenspersoon|vervolgafspraak|0.94
p:de vierde|moraliseren|0.54
p:de volgende|ik-boodschap|-0.91
p:de volgende|argumenteren|0.89
p:de vorige|waarschuwen|-0.98
p:de vriendengroep|open-vraag|0.48
p:de vriendschappen|argumenteren|-0.96
p:de vries|bevelen|0.94
p:de war|bekritiseren|0.94
p:de wc|gevoelsreflectie|-0.92
p:de website|argumenteren|-0.74
p:de website|afleiden|-0.84
p:de week|samenvatting|0.98
p:de week|adviseren|1.89
p:de week|geruststellen|-0.98
p:de week|vervolgafspraak|0.98
p:de wereld|gevoelsreflectie|0.91
p:de wereld|afleiden|0.91
p:de werkweek|ik-boodschap|-0.96
p:de werkweek|parafrase|0.96
p:de zes|ik-boodschap|-0.83
p:de ziekmelding|ik-boodschap|0.96
p:de ziekmelding|waarschuwen|-0.96
p:de ziekmelding|argumenteren|-0.96
p:de ziekmeldingen|argumenteren|-0.99
p:de zomer|ik-boodschap|-0.86
p:de zorgcommissie|afronding-aankondigen|-0.95
p:de zorgcoordinator|ik-boodschap|-0.91
p:de zorgcoordinator|gevoelsreflectie|-0.7
p:de zorgcoordinator|vervolgafspraak|0.91
p:de zorgcoördinator|ik-boodschap|-0.22
p:de zorgcoördinator|adviseren|-0.97
p:de zorgcoördinator|argumenteren|-0.81
p:de zorgcoördinator|vervolgafspraak|2.03
p:deadline stond|argumenteren|1.0
p:deadline te|argumenteren|0.85
p:debatclub komt|ik-boodschap|0.92
p:deed u|gevoelsreflectie|-0.98
p:deed u|open-vraag|0.91
p:deed u|aanmoediging|0.98
p:deel doen|samenvatting|-0.98
p:deel doen|vervolgafspraak|-0.98
p:degene die|jij-boodschap|1.74
p:degene die|bekritiseren|0.98
p:delen dank|bekritiseren|-0.93
p:denk dat|jij-boodschap|1.05
p:denk dat|adviseren|-0.97
p:denk dat|bekritiseren|0.9
p:denk dat|afronding-aankondigen|0.97
p:denk eerder|interpreteren|0.72
p:denk ik|adviseren|-0.99
p:denk ik|interpreteren|1.92
p:denk maar|waarschuwen|0.95
p:denken altijd|prijzen|0.92
p:denken laten|afronding-aankondigen|-0.94
p:denkt alleen|etiketteren|-0.94
p:denkt dat|bekritiseren|2.13
p:denkt dat|geruststellen|0.99
p:denkt u|open-vraag|0.93
p:denkt u|aanmoediging|-0.98
p:denkt u|ondervragen|-0.83
p:derde uur|ik-boodschap|0.98
p:derde uur|waarschuwen|-0.98
p:derde uur|moraliseren|-0.98
p:deur dichtsloeg|ik-boodschap|-0.99
p:deur dichtsmeet|ik-boodschap|1.0
p:dex vaak|open-vraag|0.95
p:dex vaak|vervolgafspraak|-0.95
p:deze klas|bekritiseren|-0.98
p:deze manier|jij-boodschap|-1.0
p:deze manier|aanmoediging|-1.0
p:deze periode|ik-boodschap|-0.62
p:deze school|geruststellen|0.96
p:deze week|jij-boodschap|-0.99
p:deze week|gevoelsreflectie|-0.87
p:deze zomer|open-vraag|-0.99
p:deze zomer|afleiden|0.99
p:dezelfde vraag|bekritiseren|-0.99
p:dicht gaat|adviseren|0.96
p:dichtsloeg schrok|ik-boodschap|-0.99
p:dichtsmeet schrok|ik-boodschap|1.0
p:die alles|waarschuwen|-1.0
p:die alles|etiketteren|1.0
p:die avond|adviseren|-0.93
p:die curlingouders|bekritiseren|-0.98
p:die examens|jij-boodschap|-0.78
p:die examens|bevelen|-0.78
p:die examens|geruststellen|0.99
p:die extra|bevelen|-0.92
p:die extra|etiketteren|-0.79
p:die groep|gevoelsreflectie|0.93
p:die helikopterouders|etiketteren|1.0
p:die herkansing|etiketteren|-0.92
p:die herkansing|geruststellen|0.96
p:die het|bekritiseren|-0.97
p:die houding|jij-boodschap|-0.91
p:die leeftijd|geruststellen|-0.92
p:die leeftijd|afleiden|0.96
p:die mail|ondervragen|-0.79
p:die middag|parafrase|0.96
p:die middag|geruststellen|-0.96
p:die nieuwe|afleiden|-0.52
p:die overal|prijzen|-0.99
p:die overal|etiketteren|0.99
p:die pest|jij-boodschap|1.74
p:die pest|bekritiseren|0.98
p:die playstation|bekritiseren|0.99
p:die spanning|etiketteren|-0.99
p:die te|argumenteren|0.87
p:die telefon|bevelen|1.0
p:die telefon|geruststellen|-1.0
p:die telefoon|bevelen|0.83
p:die telefoon|etiketteren|-0.99
p:die van|ik-boodschap|0.98
p:die zo|prijzen|1.0
p:die zoveel|argumenteren|0.99
p:dient zich|bevelen|0.97
p:dient zich|bekritiseren|-0.57
p:ding uit|gevoelsreflectie|-1.0
p:dingen besproken|afronding-aankondigen|-0.8
p:dingen de|argumenteren|-0.96
p:dingen richten|afleiden|0.84
p:dinsdag het|samenvatting|-0.99
p:dinsdag het|interpreteren|-0.99
p:dinsdag in|ik-boodschap|-0.98
p:dinsdag in|bedanken|-0.98
p:dinsdag is|parafrase|0.95
p:dinsdag met|vervolgafspraak|0.8
p:dinsdag naar|parafrase|-0.9
p:dinsdag naar|samenvatting|0.9
p:dinsdag om|ik-boodschap|-0.98
p:dinsdag verder|vervolgafspraak|1.0
p:dipje in|geruststellen|0.92
p:diploma niet|jij-boodschap|0.81
p:diploma niet|waarschuwen|0.85
p:diploma niet|bekritiseren|-0.13
p:directie dank|vervolgafspraak|0.8
p:dit al|ik-boodschap|-0.84
p:dit al|jij-boodschap|0.77
p:dit alleen|jij-boodschap|-0.73
p:dit alleen|bekritiseren|-0.92
p:dit denk|adviseren|-0.99
p:dit durfde|ik-boodschap|-0.99
p:dit durfde|bedanken|0.99
p:dit enorm|jij-boodschap|0.85
p:dit enorm|waarschuwen|0.85
p:dit enorm|bekritiseren|0.85
p:dit gaat|waarschuwen|-1.97
p:dit gaat|interpreteren|1.97
p:dit gesprek|gevoelsreflectie|-0.97
p:dit gesprek|samenvatting|-1.0
p:dit gesprek|open-vraag|1.0
p:dit gesprek|aanmoediging|-1.0
p:dit gesprek|bevelen|1.0
p:dit gesprek|argumenteren|-1.0
p:dit gesprek|bekritiseren|-0.98
p:dit gesprek|vervolgafspraak|-0.9
p:dit in|gevoelsreflectie|-1.0
p:dit in|moraliseren|-1.0
p:dit in|argumenteren|-1.0
p:dit in|prijzen|1.0
p:dit in|interpreteren|-1.0
p:dit in|geruststellen|-1.0
p:dit is|gevoelsreflectie|0.99
p:dit is|bevelen|-1.0
p:dit is|waarschuwen|-0.98
p:dit is|moraliseren|-0.99
p:dit is|bekritiseren|0.99
p:dit jaar|bekritiseren|-1.0
p:dit jaar|vervolgafspraak|-1.0
p:dit kan|waarschuwen|1.99
p:dit kan|prijzen|-1.0
p:dit kan|ondervragen|-1.0
p:dit kwartaal|bekritiseren|-0.92
p:dit kwartaal|geruststellen|-0.92
p:dit lukt|bedanken|-0.99
p:dit melden|argumenteren|1.69
p:dit met|bekritiseren|-0.93
p:dit niet|jij-boodschap|-0.99
p:dit niet|parafrase|-0.95
p:dit niet|prijzen|0.99
p:dit niet|etiketteren|-0.99
p:dit niet|afleiden|-0.99
p:dit nog|gevoelsreflectie|-0.9
p:dit nog|moraliseren|0.93
p:dit nog|afronding-aankondigen|-1.0
p:dit op|waarschuwen|0.96
p:dit plan|prijzen|1.0
p:dit soort|bekritiseren|1.62
p:dit steeds|ondervragen|0.87
p:dit te|gevoelsreflectie|1.0
p:dit thuis|interpreteren|-0.95
p:dit u|open-vraag|-1.0
p:dit u|aanmoediging|0.9
p:dit vast|open-vraag|-1.0
p:dit vast|adviseren|-1.0
p:dit vertelt|jij-boodschap|-0.95
p:dit vertelt|gevoelsreflectie|0.86
p:dit wel|geruststellen|0.77
p:dit zo|waarschuwen|-0.83
p:docent frans|ik-boodschap|-0.89
p:docent frans|parafrase|-0.9
p:docent frans|samenvatting|1.86
p:docent frans|vervolgafspraak|0.96
p:docent moet|moraliseren|0.51
p:docent zo|argumenteren|-0.8
p:docenten bram|jij-boodschap|-0.99
p:docenten bram|samenvatting|-0.99
p:docenten bram|moraliseren|0.99
p:docenten bram|interpreteren|-0.99
p:docentenvergadering is|ik-boodschap|-0.93
p:dochter ?|argumenteren|-1.0
p:dochter ?|afleiden|1.0
p:dochter heeft|ik-boodschap|0.97
p:dochter heeft|jij-boodschap|-0.99
p:dochter laat|afleiden|-0.99
p:dochter op|waarschuwen|-0.97
p:dochter zet|jij-boodschap|1.0
p:dochter zet|bekritiseren|1.0
p:dochter zit|jij-boodschap|-0.8
p:doe dat|bevelen|-0.88
p:doe dat|waarschuwen|0.99
p:doe die|etiketteren|-0.99
p:doe eens|geruststellen|-0.96
p:doe eens|afleiden|-0.96
p:doe je|ik-boodschap|-0.97
p:doe je|jij-boodschap|-1.44
p:doe je|bevelen|-0.92
p:doe je|moraliseren|2.32
p:doe je|argumenteren|-0.77
p:doe je|bekritiseren|-2.47
p:doe je|etiketteren|-0.79
p:doe je|ondervragen|-0.1
p:doe niet|bevelen|0.88
p:doe niet|waarschuwen|-0.99
p:doe niet|etiketteren|1.8
p:doen ?|open-vraag|-0.99
p:doen ?|afleiden|0.99
p:doen dat|ik-boodschap|-0.92
p:doen de|ik-boodschap|0.94
p:doen de|gevoelsreflectie|-0.94
p:doen en|samenvatting|-0.98
p:doen en|vervolgafspraak|-0.98
p:doen hoe|ik-boodschap|1.0
p:doen hoe|open-vraag|1.0
p:doen in|adviseren|-0.85
p:doen in|prijzen|0.9
p:doen in|geruststellen|-0.9
p:doen thuis|waarschuwen|0.92
p:doet bel|afronding-aankondigen|-1.0
p:doet dat|moraliseren|-0.97
p:doet dat|bekritiseren|-0.88
p:doet dat|geruststellen|-0.8
p:doet dit|jij-boodschap|-0.73
p:doet dit|bekritiseren|-0.92
p:doet echt|bevelen|-0.95
p:doet elke|geruststellen|-0.81
p:doet elke|afleiden|1.61
p:doet het|argumenteren|-0.97
p:doet hij|open-vraag|-0.96
p:doet hij|interpreteren|0.99
p:doet me|ik-boodschap|0.77
p:doet mee|parafrase|-1.0
p:doet mee|aanmoediging|-1.0
p:doet mee|afleiden|-1.0
p:doet mee|vervolgafspraak|-1.0
p:doet moet|waarschuwen|0.98
p:doet moet|moraliseren|0.98
p:doet niets|geruststellen|2.52
p:doet ook|bevelen|0.88
p:doet steeds|jij-boodschap|0.99
p:doet steeds|bekritiseren|0.99
p:doet u|jij-boodschap|-0.67
p:doet u|bekritiseren|0.3
p:doet vind|ik-boodschap|-0.84
p:doet vind|jij-boodschap|0.77
p:doet volgt|gevoelsreflectie|-0.9
p:doet volgt|moraliseren|0.93
p:doet ze|bekritiseren|0.91
p:dom en|samenvatting|0.98
p:dom en|afronding-aankondigen|0.98
p:dom en|bedanken|0.98
p:domme vraag|argumenteren|-0.97
p:donderdag na|samenvatting|-0.95
p:donderdag na|afronding-aankondigen|0.95
p:donderdag om|afronding-aankondigen|0.95
p:donderdag om|vervolgafspraak|0.95
p:donderdag om|bedanken|0.95
p:donderdag praten|vervolgafspraak|0.89
p:donderdag praten|bedanken|-0.94
p:donderdag wat|afronding-aankondigen|-0.95
p:donderdag zo|ik-boodschap|-0.76
p:door de|ik-boodschap|0.95
p:door de|samenvatting|-0.97
p:door de|waarschuwen|0.92
p:door je|gevoelsreflectie|0.85
p:door meneer|gevoelsreflectie|0.86
p:door te|adviseren|0.74
p:door te|geruststellen|-0.98
p:door verrast|ik-boodschap|1.72
p:doordat de|argumenteren|-0.98
p:doordat je|samenvatting|-0.94
p:doordat je|afleiden|-0.96
p:doorgaan spreek|waarschuwen|0.99
p:doorgaat bel|waarschuwen|1.0
p:doorgaat haalt|jij-boodschap|0.81
p:doorgaat haalt|waarschuwen|0.85
p:doorgaat haalt|bekritiseren|-0.13
p:doorgaat lig|jij-boodschap|1.64
p:doorgaat lig|bekritiseren|0.99
p:doorgaat mist|waarschuwen|-0.83
p:doorgeven heb|ik-boodschap|0.96
p:doorgeven heb|waarschuwen|-0.96
p:doorgeven heb|argumenteren|-0.96
p:dossier in|jij-boodschap|-0.99
p:dossier in|bekritiseren|-0.99
p:draait straks|waarschuwen|-0.92
p:dramatisch als|waarschuwen|-1.0
p:dramatisch als|geruststellen|1.0
p:dramatisch mevrouw|bevelen|-0.94
p:drie dingen|afronding-aankondigen|-0.8
p:drie keer|ik-boodschap|1.06
p:drie keer|jij-boodschap|-0.21
p:drie keer|open-vraag|-0.95
p:drie keer|argumenteren|-0.88
p:drie keer|bekritiseren|-1.0
p:drie keer|etiketteren|-0.87
p:drie keer|interpreteren|-0.99
p:drie keer|vervolgafspraak|-1.95
p:drie uur|afronding-aankondigen|-1.0
p:drie uur|vervolgafspraak|1.0
p:drie weken|ik-boodschap|-0.92
p:drie weken|samenvatting|0.8
p:drie weken|open-vraag|-0.97
p:drie weken|argumenteren|1.0
p:drie weken|vervolgafspraak|1.95
p:drie weken|bedanken|0.98
p:dromer zo'n|jij-boodschap|0.55
p:druk hij|etiketteren|-0.92
p:druk is|interpreteren|-0.83
p:druk je|geruststellen|0.96
p:druk ze|jij-boodschap|-0.99
p:drukte vandaag|etiketteren|-0.75
p:duidelijk ?|bevelen|0.88
p:duidelijk ?|argumenteren|-0.65
p:duidelijk als|argumenteren|0.87
p:duidelijk een|argumenteren|1.99
p:duidelijk een|ondervragen|-1.0
p:duidelijk een|afleiden|-1.0
p:duidelijk na|interpreteren|-0.99
p:duidelijk teleurgesteld|gevoelsreflectie|0.91
p:duidelijk teleurgesteld|samenvatting|0.86
p:duidelijk teleurgesteld|vervolgafspraak|0.73
p:duidelijk wie|argumenteren|0.78
p:duidelijker in|jij-boodschap|-0.58
p:duits en|samenvatting|-0.94
p:durfde te|ik-boodschap|-0.99
p:durfde te|bedanken|0.99
p:durft het|samenvatting|0.83
p:durft het|moraliseren|-0.96
p:dus af|ik-boodschap|-0.89
p:dus af|samenvatting|0.96
p:dus af|vervolgafspraak|0.96
p:dus bevorderen|ik-boodschap|-0.83
p:dus dat|moraliseren|-0.55
p:dus dat|adviseren|0.99
p:dus dat|argumenteren|-0.97
p:dus de|argumenteren|0.92
p:dus die|bevelen|-0.92
p:dus die|etiketteren|-0.79
p:dus dit|bedanken|-0.99
p:dus even|jij-boodschap|-0.99
p:dus even|parafrase|-0.97
p:dus even|samenvatting|0.97
p:dus het|parafrase|0.9
p:dus het|samenvatting|-1.79
p:dus ik|ik-boodschap|-0.97
p:dus ik|adviseren|-0.97
p:dus ik|prijzen|0.99
p:dus ik|interpreteren|-0.95
p:dus ik|vervolgafspraak|0.97
p:dus je|ik-boodschap|1.88
p:dus je|gevoelsreflectie|-1.0
p:dus je|open-vraag|0.77
p:dus je|moraliseren|-1.0
p:dus je|argumenteren|-1.88
p:dus je|prijzen|1.0
p:dus je|interpreteren|-1.0
p:dus je|geruststellen|-1.0
p:dus jij|jij-boodschap|0.99
p:dus jij|samenvatting|0.9
p:dus jij|adviseren|-0.85
p:dus jij|prijzen|0.9
p:dus jij|geruststellen|-0.9
p:dus op|parafrase|0.95
p:dus samengevat|parafrase|-0.98
p:dus teleurgesteld|parafrase|0.96
p:dus teleurgesteld|gevoelsreflectie|1.57
p:dus tot|parafrase|-0.78
p:dus u|parafrase|-0.12
p:dus u|gevoelsreflectie|-0.9
p:dus u|open-vraag|1.0
p:dus u|aanmoediging|-1.0
p:dus u|waarschuwen|-0.93
p:dus u|bekritiseren|0.17
p:dus u|afronding-aankondigen|-0.93
p:dus u|vervolgafspraak|-0.92
p:dus volgens|parafrase|1.96
p:dus volgens|open-vraag|-0.96
p:dus zijn|ik-boodschap|0.92
p:dus zijn|jij-boodschap|-0.92
p:dus zijn|bekritiseren|-0.92
p:duurt het|moraliseren|0.93
p:dwingen om|interpreteren|-0.94
p:ech nergens|argumenteren|-0.45
p:echt afronden|bedanken|0.9
p:echt afsluiten|vervolgafspraak|-0.91
p:echt beneden|bekritiseren|0.99
p:echt boos|parafrase|-0.97
p:echt de|jij-boodschap|-1.23
p:echt de|adviseren|-0.85
p:echt de|etiketteren|0.94
p:echt de|geruststellen|-0.9
p:echt een|gevoelsreflectie|0.97
p:echt een|aanmoediging|-0.97
p:echt een|bevelen|-0.87
p:echt een|argumenteren|-0.97
p:echt een|prijzen|0.12
p:echt een|etiketteren|0.91
p:echt een|geruststellen|-0.92
p:echt een|vervolgafspraak|-0.95
p:echt een|bedanken|-0.99
p:echt elke|bevelen|0.99
p:echt fijn|ik-boodschap|0.95
p:echt geen|jij-boodschap|-0.96
p:echt geen|open-vraag|1.0
p:echt geen|waarschuwen|-0.92
p:echt geen|moraliseren|-0.99
p:echt geen|geruststellen|0.86
p:echt geschrokken|ik-boodschap|0.86
p:echt goed|parafrase|-0.96
p:echt goed|adviseren|-0.82
p:echt goed|afronding-aankondigen|-0.96
p:echt hard|bekritiseren|-0.92
p:echt hard|geruststellen|-0.92
p:echt heel|bekritiseren|0.9
p:echt helemaal|bevelen|-0.95
p:echt het|adviseren|0.83
p:echt je|bevelen|0.98
p:echt je|bekritiseren|-0.9
p:echt kwaad|parafrase|-0.97
p:echt mee|geruststellen|-0.96
p:echt mooi|ik-boodschap|0.98
p:echt nergens|geruststellen|-0.95
p:echt niet|ik-boodschap|-0.97
p:echt niet|geruststellen|1.83
p:echt niets|etiketteren|-1.0
p:echt onacceptabel|ondervragen|-0.79
p:echt onbeschoft|bekritiseren|0.97
p:echt opgelucht|ik-boodschap|0.97
p:echt rustig|bevelen|1.0
p:echt slecht|jij-boodschap|0.94
p:echt slecht|waarschuwen|1.0
p:echt slecht|prijzen|-1.0
p:echt slecht|ondervragen|-1.0
p:echt teleurgesteld|open-vraag|-0.99
p:echt tof|ik-boodschap|0.93
p:echt van|ik-boodschap|0.79
p:echt van|open-vraag|-0.63
p:echt van|bekritiseren|-0.98
p:echt van|etiketteren|1.0
p:echt vervelend|afleiden|-1.0
p:echt wel|bevelen|-1.0
p:echt wel|adviseren|-0.99
p:echt wel|geruststellen|3.69
p:echt zijn|bevelen|-1.0
p:echt zorgen|ik-boodschap|-0.98
p:echt zorgen|geruststellen|-0.86
p:echte rotzak|etiketteren|0.98
p:een 1|waarschuwen|0.96
p:een 1|argumenteren|0.85
p:een 1|etiketteren|-1.0
p:een 1|interpreteren|-1.0
p:een 4|ik-boodschap|-0.92
p:een 4|jij-boodschap|-0.98
p:een 4|argumenteren|2.78
p:een 4|bekritiseren|-0.98
p:een 4|ondervragen|-1.0
p:een 4|afleiden|-1.0
p:een 5|jij-boodschap|-0.98
p:een 5|argumenteren|0.83
p:een 5|bekritiseren|-0.98
p:een 6|etiketteren|-0.97
p:een 7|waarschuwen|-0.96
p:een 7|argumenteren|-0.85
p:een 7|prijzen|0.96
p:een 7|etiketteren|-0.97
p:een 8|bekritiseren|-1.0
p:een 8|vervolgafspraak|-1.0
p:een afspraak|ik-boodschap|-0.97
p:een afspraak|samenvatting|0.97
p:een afspraak|argumenteren|-0.99
p:een afspraak|vervolgafspraak|0.15
p:een ander|parafrase|0.97
p:een ander|bevelen|-0.93
p:een andere|parafrase|0.88
p:een andere|samenvatting|-1.79
p:een andere|open-vraag|-0.53
p:een andere|interpreteren|-0.9
p:een baby|afleiden|-0.78
p:een beetje|gevoelsreflectie|2.81
p:een beetje|bekritiseren|-1.0
p:een belabberde|afleiden|-1.0
p:een belachelijke|argumenteren|-0.81
p:een belachelijke|bekritiseren|1.96
p:een betrokken|gevoelsreflectie|-0.69
p:een betrokken|vervolgafspraak|-0.69
p:een bijlesdocent|moraliseren|-0.93
p:een blauw|ik-boodschap|1.62
p:een blauw|open-vraag|0.84
p:een cijfer|geruststellen|0.95
p:een cijfer|afleiden|-0.95
p:een deadline|argumenteren|0.85
p:een dipje|geruststellen|0.92
p:een docent|argumenteren|-0.8
p:een domme|argumenteren|-0.97
p:een dromer|jij-boodschap|0.55
p:een drukte|etiketteren|-0.75
p:een echte|etiketteren|0.98
p:een eigen|ondervragen|-0.84
p:een eind|ik-boodschap|-1.0
p:een eind|afronding-aankondigen|1.0
p:een eind|vervolgafspraak|-1.0
p:een eind|bedanken|-0.96
p:een en|gevoelsreflectie|-1.0
p:een en|aanmoediging|1.0
p:een en|geruststellen|-1.0
p:een enorme|gevoelsreflectie|0.53
p:een enorme|argumenteren|-0.85
p:een extra|samenvatting|0.98
p:een extra|adviseren|-0.85
p:een extra|prijzen|0.9
p:een extra|geruststellen|-0.9
p:een extra|vervolgafspraak|-0.92
p:een fase|geruststellen|0.99
p:een feit|argumenteren|0.99
p:een fijne|jij-boodschap|-0.43
p:een fijne|geruststellen|-0.73
p:een flinke|jij-boodschap|-1.0
p:een flinke|aanmoediging|-1.0
p:een geduldige|jij-boodschap|-0.73
p:een geduldige|adviseren|-0.73
p:een geduldige|etiketteren|-0.91
p:een gesprek|jij-boodschap|-1.76
p:een gesprek|gevoelsreflectie|0.91
p:een gesprek|bekritiseren|-1.62
p:een gesprek|ondervragen|1.62
p:een gesprek|afronding-aankondigen|-0.93
p:een gesprek|vervolgafspraak|0.73
p:een goed|adviseren|0.74
p:een goed|bekritiseren|-0.79
p:een goede|gevoelsreflectie|-0.97
p:een goede|samenvatting|-1.0
p:een goede|open-vraag|1.0
p:een goede|moraliseren|0.89
p:een goede|argumenteren|-1.0
p:een goede|etiketteren|-0.96
p:een goede|geruststellen|-0.98
p:een grote|bekritiseren|0.95
p:een hele|open-vraag|-0.96
p:een herkansing|gevoelsreflectie|-0.6
p:een idee|moraliseren|-0.93
p:een keer|bevelen|0.83
p:een keer|adviseren|-0.98
p:een keer|ondervragen|-0.97
p:een kind|ik-boodschap|-0.98
p:een kind|gevoelsreflectie|-0.9
p:een kind|moraliseren|1.93
p:een kind|adviseren|-0.98
p:een kind|geruststellen|-1.0
p:een klasgenoot|jij-boodschap|0.99
p:een klasgenoot|bekritiseren|0.99
p:een kleuter|jij-boodschap|2.73
p:een kleuter|etiketteren|0.91
p:een kleuterachtig|etiketteren|0.97
p:een laptop|etiketteren|-0.98
p:een lastige|moraliseren|-1.0
p:een lastige|geruststellen|-1.0
p:een leerling|waarschuwen|0.98
p:een leerling|moraliseren|0.72
p:een luie|bekritiseren|-0.99
p:een maand|gevoelsreflectie|-0.7
p:een maand|afronding-aankondigen|-0.98
p:een maand|vervolgafspraak|0.68
p:een maand|bedanken|-0.95
p:een maandje|geruststellen|0.96
p:een mail|ik-boodschap|0.75
p:een mail|argumenteren|-0.81
p:een mail|bedanken|0.93
p:een moeder|afleiden|-0.93
p:een mooi|afleiden|0.98
p:een mooie|prijzen|-0.99
p:een mooie|etiketteren|-0.91
p:een mooie|afleiden|0.93
p:een niet|argumenteren|1.0
p:een nieuw|gevoelsreflectie|-0.7
p:een nieuw|vervolgafspraak|0.98
p:een nieuwe|afleiden|-0.93
p:een nieuwe|vervolgafspraak|0.94
p:een nieuwe|bedanken|0.93
p:een nogal|etiketteren|-0.98
p:een onbeschofte|jij-boodschap|-1.0
p:een onbeschofte|gevoelsreflectie|-1.0
p:een onbeschofte|bevelen|-1.0
p:een onbeschofte|bekritiseren|1.0
p:een onbetrouwbare|bekritiseren|-1.43
p:een onruststoker|bekritiseren|-0.99
p:een onvoldoende|gevoelsreflectie|0.91
p:een onvoldoende|afleiden|1.79
p:een onzin|jij-boodschap|-0.9
p:een onzin|bekritiseren|1.73
p:een onzinverhaal|bekritiseren|2.64
p:een optie|parafrase|-0.95
p:een ouder|moraliseren|1.0
p:een ouder|argumenteren|-1.0
p:een paar|parafrase|-0.96
p:een paar|argumenteren|-0.92
p:een paar|geruststellen|0.81
p:een plan|ik-boodschap|1.0
p:een plan|adviseren|-0.96
p:een plan|vervolgafspraak|1.0
p:een planner|adviseren|0.99
p:een planning|jij-boodschap|-0.99
p:een probleem|samenvatting|0.96
p:een probleem|waarschuwen|0.99
p:een probleem|moraliseren|-0.94
p:een probleem|prijzen|-0.99
p:een probleem|etiketteren|0.99
p:een probleemkind|jij-boodschap|0.96
p:een puber|etiketteren|1.0
p:een punt|bevelen|-0.87
p:een punt|afronding-aankondigen|0.75
p:een punt|vervolgafspraak|-0.95
p:een rare|bekritiseren|0.79
p:een redelijk|prijzen|0.96
p:een rij|gevoelsreflectie|-1.0
p:een rij|samenvatting|1.0
p:een rij|open-vraag|-0.98
p:een rij|vervolgafspraak|-0.98
p:een rijtje|ik-boodschap|-0.94
p:een rijtje|samenvatting|0.99
p:een rijtje|open-vraag|0.48
p:een rijtje|waarschuwen|-0.99
p:een rijtje|adviseren|-0.99
p:een rotmoment|gevoelsreflectie|0.97
p:een rotmoment|aanmoediging|-0.97
p:een schorsing|gevoelsreflectie|-0.9
p:een schriftje|adviseren|0.95
p:een schrik|gevoelsreflectie|0.85
p:een schuldige|prijzen|-1.0
p:een schuldige|interpreteren|1.0
p:een slap|geruststellen|-0.92
p:een slechte|geruststellen|1.71
p:een slimme|adviseren|0.99
p:een slimme|bekritiseren|-0.99
p:een slimme|prijzen|0.99
p:een slordige|bekritiseren|-0.94
p:een spreker|ik-boodschap|0.92
p:een sterke|open-vraag|-1.0
p:een sterke|adviseren|-1.0
p:een strafwerk|waarschuwen|-0.93
p:een stuk|prijzen|-0.87
p:een stuk|etiketteren|0.91
p:een stuk|geruststellen|1.0
p:een stuk|afronding-aankondigen|-1.0
p:een te|argumenteren|0.85
p:een telefoongesprek|ik-boodschap|0.99
p:een telefoongesprek|gevoelsreflectie|-0.99
p:een tijdje|adviseren|0.84
p:een timer|interpreteren|-0.91
p:een toets|waarschuwen|-0.99
p:een topmoeder|bedanken|-0.99
p:een tv|ondervragen|0.98
p:een typische|prijzen|-0.94
p:een uitzondering|argumenteren|0.91
p:een update|adviseren|0.87
p:een vader|prijzen|1.0
p:een van|prijzen|0.99
p:een vast|adviseren|0.99
p:een vast|prijzen|-1.7
p:een vast|ondervragen|-0.74
p:een vaste|parafrase|-0.97
p:een vaste|open-vraag|-0.97
p:een vaste|adviseren|0.97
p:een vaste|vervolgafspraak|0.97
p:een verstandige|prijzen|0.99
p:een verwend|etiketteren|0.97
p:een vijf|moraliseren|-0.91
p:een voorbeeld|open-vraag|0.96
p:een vrolijke|jij-boodschap|-0.69
p:een week|samenvatting|-0.97
p:een weekplanner|adviseren|0.97
p:een weer|adviseren|-1.0
p:een weer|bekritiseren|-0.78
p:een weer|etiketteren|-1.0
p:een weer|afleiden|1.0
p:een wijsneus|jij-boodschap|2.77
p:een wijsneus|etiketteren|1.79
p:een wijze|prijzen|0.76
p:een zeur|jij-boodschap|0.99
p:een zeur|bekritiseren|-0.99
p:een zeur|etiketteren|0.99
p:een zeurpiet|etiketteren|1.0
p:een zie|afronding-aankondigen|0.95
p:een zie|vervolgafspraak|0.95
p:een zie|bedanken|0.95
p:een zware|gevoelsreflectie|0.99
p:eenmaal bij|moraliseren|-0.89
p:eenmaal bij|interpreteren|-0.93
p:eenmaal bij|geruststellen|-0.93
p:eenmaal bij|afleiden|1.83
p:eenmaal de|afleiden|-0.93
p:eenmaal een|jij-boodschap|0.55
p:eenmaal gebeurd|argumenteren|-1.0
p:eenmaal gebeurd|afleiden|1.0
p:eenmaal onvoldoende|moraliseren|-0.91
p:eenmaal onvoldoende|argumenteren|1.0
p:eenmaal onvoldoende|ondervragen|-1.0
p:eenmaal onvoldoende|afleiden|-1.0
p:eenmaal plichten|waarschuwen|-0.96
p:eenmaal plichten|moraliseren|1.61
p:eenmaal plichten|argumenteren|-0.87
p:eenmaal regels|bevelen|-0.82
p:eenmaal wiskunde|argumenteren|0.82
p:eenmaal zo|moraliseren|0.88
p:eens aan|adviseren|0.99
p:eens buiten|ik-boodschap|0.98
p:eens de|adviseren|-0.74
p:eens doet|gevoelsreflectie|-0.9
p:eens doet|moraliseren|0.93
p:eens een|afleiden|0.88
p:eens en|bevelen|-0.88
p:eens en|waarschuwen|0.99
p:eens even|bevelen|0.83
p:eens het|afleiden|-0.76
p:eens hoe|samenvatting|-0.98
p:eens komt|jij-boodschap|1.66
p:eens komt|bekritiseren|1.81
p:eens komt|geruststellen|-0.94
p:eens mee|geruststellen|0.77
p:eens met|ik-boodschap|0.18
p:eens met|bevelen|-0.99
p:eens met|waarschuwen|-0.99
p:eens met|adviseren|1.97
p:eens met|prijzen|-0.98
p:eens met|interpreteren|-1.0
p:eens met|geruststellen|0.91
p:eens naar|bekritiseren|-0.73
p:eens niet|geruststellen|-0.96
p:eens niet|afleiden|-0.96
p:eens op|samenvatting|-1.0
p:eens op|bevelen|1.0
p:eens op|afleiden|-0.84
p:eens rechtop|waarschuwen|-0.92
p:eens vragen|adviseren|0.82
p:eens wat|aanmoediging|-0.8
p:eens wat|afleiden|0.98
p:eentje met|ik-boodschap|-0.72
p:eenvoudig is|argumenteren|0.91
p:eerder aan|ondervragen|0.91
p:eerder dat|interpreteren|0.72
p:eerder had|bekritiseren|0.76
p:eerder moeten|bekritiseren|-2.6
p:eerder naar|bekritiseren|0.99
p:eerlijk bent|gevoelsreflectie|-0.86
p:eerlijk bent|afronding-aankondigen|-0.86
p:eerlijk duurt|moraliseren|0.93
p:eerlijk gezegd|ik-boodschap|-0.99
p:eerlijk gezegd|jij-boodschap|0.99
p:eerlijk gezegd|gevoelsreflectie|-0.82
p:eerlijk gezegd|bekritiseren|-0.99
p:eerlijk gezegd|geruststellen|-0.99
p:eerlijk tegen|geruststellen|-0.63
p:eerlijk zijn|open-vraag|0.95
p:eerst de|bevelen|1.0
p:eerst even|waarschuwen|-0.94
p:eerst even|adviseren|0.98
p:eerst over|afleiden|0.93
p:eerst zijn|adviseren|0.76
p:eerst zitten|afleiden|-0.89
p:eerste aanpakken|ik-boodschap|-0.77
p:eerste aanpakken|parafrase|-1.73
p:eerste aanpakken|samenvatting|1.95
p:eerste aanpakken|open-vraag|0.77
p:eerste die|bekritiseren|-0.97
p:eerste en|geruststellen|0.99
p:eerste klas|geruststellen|0.99
p:eerste pauze|open-vraag|-0.95
p:eerste uitleg|open-vraag|0.95
p:eerste uitleg|vervolgafspraak|-0.95
p:eerste uren|ik-boodschap|0.99
p:eerste uur|ik-boodschap|-0.97
p:eerste uur|argumenteren|-0.99
p:eerste uur|vervolgafspraak|0.93
p:eerste week|samenvatting|-0.98
p:eet in|open-vraag|0.98
p:eigen kamer|ondervragen|-0.84
p:eigen schooltijd|waarschuwen|-0.98
p:eigen schooltijd|interpreteren|0.98
p:eigen woorden|samenvatting|0.98
p:eigenlijk ?|jij-boodschap|-0.97
p:eigenlijk ?|open-vraag|-0.93
p:eigenlijk ?|afleiden|0.74
p:eigenlijk bang|adviseren|-0.97
p:eigenlijk bang|geruststellen|-0.94
p:eigenlijk boos|interpreteren|0.87
p:eigenlijk dat|interpreteren|-0.83
p:eigenlijk doen|open-vraag|-0.99
p:eigenlijk doen|afleiden|0.99
p:eigenlijk een|parafrase|0.97
p:eigenlijk helemaal|waarschuwen|-0.98
p:eigenlijk helemaal|interpreteren|0.98
p:eigenlijk van|afleiden|0.9
p:eigenlijk vindt|interpreteren|0.97
p:eigenlijk wil|moraliseren|-0.52
p:eigenlijk wil|afleiden|-0.52
p:eigenlijk zegt|gevoelsreflectie|-0.96
p:eind aan|ik-boodschap|-1.0
p:eind aan|afronding-aankondigen|1.0
p:eind aan|vervolgafspraak|-1.0
p:eind aan|bedanken|-0.96
p:eind van|waarschuwen|0.99
p:einde van|gevoelsreflectie|0.91
p:einde van|afleiden|0.91
p:eindelijk ook|jij-boodschap|1.66
p:eindelijk ook|bekritiseren|1.81
p:eindelijk ook|geruststellen|-0.94
p:elf fouten|samenvatting|-0.97
p:elf fouten|argumenteren|0.97
p:elk kind|geruststellen|0.77
p:elkaar blijven|afronding-aankondigen|0.99
p:elkaar is|moraliseren|0.91
p:elkaar komen|afronding-aankondigen|-0.98
p:elkaar om|interpreteren|-0.94
p:elkaar op|argumenteren|-0.99
p:elkaar vrijdag|afronding-aankondigen|-0.91
p:elkaar weer|samenvatting|-0.88
p:elke avond|adviseren|1.9
p:elke avond|argumenteren|0.96
p:elke avond|prijzen|-0.74
p:elke avond|ondervragen|0.2
p:elke avond|afleiden|-0.96
p:elke dag|jij-boodschap|-0.92
p:elke dag|bevelen|0.99
p:elke dag|bekritiseren|-0.88
p:elke dinsdag|parafrase|-0.9
p:elke dinsdag|samenvatting|0.9
p:elke klas|afleiden|0.96
p:elke ochtend|ik-boodschap|0.98
p:elke puber|geruststellen|0.11
p:elke puber|afleiden|0.7
p:elke week|adviseren|0.87
p:emotioneel van|gevoelsreflectie|0.83
p:en 5e|samenvatting|-0.99
p:en 5e|interpreteren|-0.99
p:en al|gevoelsreflectie|-1.0
p:en al|aanmoediging|1.0
p:en al|geruststellen|-1.0
p:en als|jij-boodschap|1.64
p:en als|argumenteren|0.85
p:en als|bekritiseren|0.99
p:en ben|parafrase|0.96
p:en ben|geruststellen|-0.96
p:en bo|samenvatting|-0.98
p:en bo|vervolgafspraak|-0.98
p:en buitengesloten|samenvatting|-0.95
p:en daar|samenvatting|-0.98
p:en daar|vervolgafspraak|-0.98
p:en daarom|parafrase|0.92
p:en daarom|interpreteren|0.99
p:en dan|ik-boodschap|1.83
p:en dan|bekritiseren|0.91
p:en dat|ik-boodschap|3.64
p:en dat|parafrase|-0.96
p:en dat|bevelen|-1.0
p:en dat|waarschuwen|-0.98
p:en dat|adviseren|-0.96
p:en dat|argumenteren|-1.7
p:en dat|afronding-aankondigen|0.79
p:en dat|vervolgafspraak|0.97
p:en dat|bedanken|-1.94
p:en de|parafrase|-0.95
p:en de|samenvatting|0.99
p:en de|aanmoediging|-0.96
p:en de|waarschuwen|-0.99
p:en de|adviseren|-0.99
p:en de|argumenteren|-0.96
p:en de|geruststellen|-0.96
p:en de|afleiden|-0.9
p:en de|afronding-aankondigen|-0.8
p:en de|vervolgafspraak|-0.98
p:en de|bedanken|-0.98
p:en dinsdag|parafrase|0.95
p:en donderdag|ik-boodschap|-0.76
p:en een|jij-boodschap|-0.98
p:en een|argumenteren|0.81
p:en een|bekritiseren|-0.98
p:en er|ik-boodschap|0.75
p:en er|argumenteren|-0.81
p:en ga|bevelen|1.83
p:en ga|waarschuwen|-0.86
p:en gaat|waarschuwen|0.96
p:en haar|open-vraag|0.48
p:en het|ik-boodschap|-0.94
p:en het|parafrase|-0.97
p:en het|samenvatting|1.96
p:en het|argumenteren|-0.92
p:en hij|jij-boodschap|-0.77
p:en hij|samenvatting|-0.97
p:en hij|argumenteren|0.97
p:en hoe|parafrase|-0.99
p:en iedereen|jij-boodschap|0.9
p:en iedereen|samenvatting|-0.9
p:en iedereen|bekritiseren|0.89
p:en ik|ik-boodschap|1.94
p:en ik|jij-boodschap|0.93
p:en ik|parafrase|-0.9
p:en ik|gevoelsreflectie|-1.82
p:en ik|samenvatting|1.02
p:en ik|waarschuwen|0.99
p:en ik|bekritiseren|0.93
p:en ik|vervolgafspraak|0.98
p:en ik|bedanken|0.94
p:en je|ik-boodschap|-0.77
p:en je|jij-boodschap|-0.93
p:en je|parafrase|-1.91
p:en je|gevoelsreflectie|-0.83
p:en je|samenvatting|0.86
p:en je|open-vraag|0.24
p:en je|waarschuwen|1.91
p:en je|moraliseren|-0.96
p:en je|bekritiseren|-1.65
p:en kijken|afleiden|0.99
p:en luisteren|bevelen|0.98
p:en luisteren|bekritiseren|-0.9
p:en maakt|gevoelsreflectie|0.98
p:en met|ondervragen|0.82
p:en om|samenvatting|0.95
p:en om|interpreteren|-0.91
p:en om|vervolgafspraak|-0.73
p:en ook|geruststellen|0.99
p:en op|afleiden|-0.99
p:en over|samenvatting|0.98
p:en over|open-vraag|-0.99
p:en over|prijzen|-1.0
p:en over|interpreteren|-0.96
p:en over|afronding-aankondigen|-0.99
p:en reageert|interpreteren|0.93
p:en thuis|samenvatting|0.98
p:en thuis|bekritiseren|-0.87
p:en thuis|afronding-aankondigen|0.98
p:en toen|jij-boodschap|0.82
p:en toen|open-vraag|-0.95
p:en toen|bekritiseren|0.95
p:en toen|ondervragen|-0.98
p:en tot|waarschuwen|-0.95
p:en u|ik-boodschap|-1.81
p:en u|jij-boodschap|1.74
p:en u|parafrase|-0.78
p:en u|gevoelsreflectie|0.91
p:en u|samenvatting|2.63
p:en u|bevelen|-0.97
p:en u|adviseren|-0.97
p:en u|bekritiseren|0.82
p:en u|afronding-aankondigen|0.86
p:en u|vervolgafspraak|1.73
p:en u|bedanken|0.98
p:en volgende|vervolgafspraak|1.0
p:en voor|argumenteren|-0.85
p:en voor|etiketteren|-0.97
p:en waarom|adviseren|-0.98
p:en waarom|bekritiseren|0.9
p:en wanneer|open-vraag|-1.0
p:en wanneer|ondervragen|1.0
p:en was|ik-boodschap|-0.99
p:en was|samenvatting|-0.93
p:en wat|gevoelsreflectie|-0.98
p:en wat|samenvatting|-1.0
p:en wat|open-vraag|0.49
p:en wat|aanmoediging|0.98
p:en wat|vervolgafspraak|-0.98
p:en wekelijks|parafrase|-0.98
p:en weten|bevelen|-0.88
p:en wie|bekritiseren|-0.88
p:en wie|ondervragen|0.98
p:en wiskunde|gevoelsreflectie|-1.0
p:en wiskunde|samenvatting|1.0
p:en ze|jij-boodschap|-0.99
p:en ze|prijzen|-0.91
p:en ze|geruststellen|-0.99
p:en zo|open-vraag|-0.95
p:enfin laten|afleiden|1.0
p:eng vindt|geruststellen|-0.63
p:engels belt|vervolgafspraak|0.92
p:engels een|argumenteren|-0.85
p:engels een|etiketteren|-0.97
p:engels en|aanmoediging|-0.96
p:engels en|geruststellen|-0.96
p:engels wat|samenvatting|0.95
p:enkel bericht|jij-boodschap|1.49
p:enkel bericht|bekritiseren|0.97
p:enkel respect|moraliseren|-0.59
p:enkel vak|jij-boodschap|1.0
p:enkel vak|bekritiseren|1.0
p:enkele huiswerkopdracht|ik-boodschap|0.91
p:enkele huiswerkopdracht|jij-boodschap|-0.82
p:enkele huiswerkopdracht|bekritiseren|-0.91
p:enkele opdracht|ik-boodschap|0.92
p:enkele opdracht|jij-boodschap|-0.92
p:enkele opdracht|bekritiseren|-0.92
p:enorm als|jij-boodschap|0.85
p:enorm als|waarschuwen|0.85
p:enorm als|bekritiseren|0.85
p:enorme schrik|gevoelsreflectie|0.53
p:enorme schrik|argumenteren|-0.85
p:er aan|gevoelsreflectie|0.96
p:er al|adviseren|0.99
p:er allebei|ik-boodschap|0.95
p:er allebei|vervolgafspraak|-0.95
p:er bent|gevoelsreflectie|-0.93
p:er bij|moraliseren|-0.98
p:er boos|adviseren|-0.86
p:er de|ik-boodschap|-0.91
p:er de|vervolgafspraak|0.91
p:er door|gevoelsreflectie|0.85
p:er echt|ik-boodschap|-1.0
p:er echt|parafrase|-0.97
p:er echt|gevoelsreflectie|1.0
p:er echt|open-vraag|-0.63
p:er een|gevoelsreflectie|1.23
p:er eerlijk|bekritiseren|-1.0
p:er eerlijk|geruststellen|-0.99
p:er erg|gevoelsreflectie|0.99
p:er filmpjes|bekritiseren|-0.98
p:er gebeurt|waarschuwen|0.97
p:er gebeurt|bekritiseren|-0.81
p:er gewoon|jij-boodschap|1.86
p:er gewoon|bekritiseren|1.89
p:er gewoon|interpreteren|-1.89
p:er helemaal|prijzen|-0.99
p:er iemand|ik-boodschap|0.91
p:er iemand|samenvatting|-0.93
p:er iets|vervolgafspraak|0.95
p:er in|ik-boodschap|0.86
p:er in|afleiden|0.96
p:er is|etiketteren|-1.0
p:er is|geruststellen|1.0
p:er komt|ik-boodschap|0.75
p:er komt|argumenteren|-0.81
p:er maar|bevelen|0.71
p:er maar|waarschuwen|-0.87
p:er moe|ik-boodschap|0.95
p:er moe|parafrase|-0.83
p:er moe|adviseren|0.87
p:er moe|vervolgafspraak|-0.95
p:er niet|ik-boodschap|-0.83
p:er niet|jij-boodschap|0.26
p:er niet|bekritiseren|0.46
p:er niets|waarschuwen|1.0
p:er niets|bekritiseren|0.91
p:er niets|prijzen|-1.0
p:er niets|ondervragen|-1.0
p:er nog|ik-boodschap|-0.84
p:er nog|jij-boodschap|0.77
p:er nooit|jij-boodschap|-1.76
p:er nooit|bekritiseren|-0.63
p:er nooit|ondervragen|1.62
p:er nu|ik-boodschap|-1.0
p:er nu|afronding-aankondigen|1.0
p:er nu|vervolgafspraak|-1.0
p:er ook|jij-boodschap|-0.15
p:er ook|adviseren|0.84
p:er ook|geruststellen|-0.84
p:er ook|ondervragen|-0.9
p:er ook|vervolgafspraak|0.94
p:er samen|ik-boodschap|-0.9
p:er samen|afronding-aankondigen|-0.75
p:er samen|vervolgafspraak|-0.98
p:er steeds|ik-boodschap|1.72
p:er straks|ik-boodschap|0.98
p:er thuis|gevoelsreflectie|-0.96
p:er thuis|open-vraag|1.0
p:er thuis|interpreteren|0.93
p:er thuis|geruststellen|0.86
p:er toen|parafrase|0.9
p:er toen|samenvatting|-0.88
p:er twee|argumenteren|-0.96
p:er vanavond|ondervragen|-0.93
p:er vanuit|afronding-aankondigen|-0.75
p:er verandert|afleiden|-0.94
p:er verdrietig|ondervragen|-0.96
p:er volgens|parafrase|-0.96
p:er volgens|gevoelsreflectie|-0.98
p:er volgens|afleiden|-0.91
p:er voor|afronding-aankondigen|1.71
p:er voor|vervolgafspraak|0.95
p:er vooral|adviseren|-0.94
p:er waren|bekritiseren|-0.76
p:er was|bedanken|1.0
p:er weer|jij-boodschap|-0.96
p:er weer|bekritiseren|-0.86
p:er wel|waarschuwen|-0.99
p:er wel|prijzen|0.96
p:er zelf|jij-boodschap|0.15
p:er zelf|bekritiseren|0.93
p:er zo|gevoelsreflectie|-0.83
p:erbij ?|afronding-aankondigen|0.94
p:erbij ?|vervolgafspraak|0.94
p:erbij ik|afronding-aankondigen|-0.93
p:erg aan|bekritiseren|-0.94
p:erg bezorgd|parafrase|-1.0
p:erg bezorgd|gevoelsreflectie|1.0
p:erg bezorgd|bevelen|-1.0
p:erg bezorgd|moraliseren|-1.0
p:erg geschrokken|gevoelsreflectie|0.97
p:erg hoor|geruststellen|0.64
p:erg hoor|afleiden|-0.91
p:erg jammer|ik-boodschap|-0.54
p:erg onzeker|gevoelsreflectie|0.99
p:erg star|adviseren|-0.99
p:erg star|argumenteren|-0.99
p:ergert me|open-vraag|-0.98
p:erop neer|samenvatting|-0.79
p:eruit gekomen|ik-boodschap|-0.97
p:eruit gekomen|samenvatting|0.97
p:eruit gekomen|adviseren|-0.97
p:eruit gekomen|vervolgafspraak|0.97
p:ervan dat|ik-boodschap|0.97
p:ervan vindt|afronding-aankondigen|-0.95
p:ervaren ?|ik-boodschap|-1.0
p:ervaren ?|ondervragen|-1.0
p:ervaring als|prijzen|0.91
p:ervoor dat|vervolgafspraak|-0.97
p:eva in|ik-boodschap|-0.93
p:evalueren we|samenvatting|-0.97
p:evalueren we|bedanken|-0.95
p:even als|ik-boodschap|-1.0
p:even als|vervolgafspraak|-1.0
p:even bellen|vervolgafspraak|0.98
p:even checken|parafrase|0.94
p:even checken|samenvatting|-0.82
p:even de|aanmoediging|0.9
p:even iets|bevelen|-0.64
p:even kijken|afronding-aankondigen|-0.96
p:even kijken|vervolgafspraak|-1.76
p:even laten|ik-boodschap|-0.62
p:even laten|afleiden|0.98
p:even met|adviseren|0.98
p:even mijn|waarschuwen|-0.94
p:even naar|geruststellen|-0.98
p:even nadenken|aanmoediging|0.92
p:even nadenken|bevelen|-0.98
p:even op|gevoelsreflectie|-1.0
p:even op|samenvatting|1.0
p:even op|open-vraag|-0.49
p:even op|adviseren|0.95
p:even samenvat|parafrase|-0.95
p:even samenvat|samenvatting|0.89
p:even samenvatten|jij-boodschap|-0.99
p:even samenvatten|parafrase|-0.96
p:even samenvatten|samenvatting|0.94
p:even samenvatten|open-vraag|-0.53
p:even samenvatten|bedanken|0.94
p:even samenvattend|argumenteren|-0.92
p:even terug|parafrase|-0.97
p:even terug|samenvatting|0.97
p:even uitpraten|jij-boodschap|-1.0
p:even uitpraten|bevelen|1.0
p:even uitpraten|moraliseren|-1.0
p:even uitpraten|bekritiseren|-1.0
p:even voor|afleiden|0.92
p:even wachten|jij-boodschap|-0.73
p:even wachten|adviseren|-0.73
p:even wachten|etiketteren|-0.91
p:even zijn|adviseren|-0.81
p:examenreglement is|argumenteren|0.78
p:examenreglement mag|argumenteren|0.87
p:examens gewoon|jij-boodschap|-0.78
p:examens gewoon|bevelen|-0.78
p:examens gewoon|geruststellen|0.99
p:excuses aan|bevelen|0.81
p:excuses aan|waarschuwen|-0.96
p:excuses aanbieden|bevelen|0.94
p:excuses aanbiedt|jij-boodschap|0.94
p:extra gesprek|vervolgafspraak|-0.92
p:extra kans|samenvatting|0.98
p:extra lessen|prijzen|0.97
p:extra opdracht|bevelen|-0.92
p:extra opdracht|adviseren|-0.85
p:extra opdracht|prijzen|0.9
p:extra opdracht|etiketteren|-0.79
p:extra opdracht|geruststellen|-0.9
p:extra uitdaging|interpreteren|0.91
p:faalangst hebt|afleiden|-0.96
p:fase daar|geruststellen|0.99
p:feit dat|argumenteren|0.99
p:feit is|ik-boodschap|-0.83
p:feit is|argumenteren|0.92
p:fel omdat|interpreteren|1.0
p:fenna is|bekritiseren|-0.94
p:fiets naar|waarschuwen|-0.87
p:fietsenstalling is|afleiden|-1.0
p:fijn bedankt|bekritiseren|0.93
p:fijn bedankt|etiketteren|-0.93
p:fijn bedankt|bedanken|-0.93
p:fijn dat|jij-boodschap|0.81
p:fijn dat|gevoelsreflectie|-1.09
p:fijn dat|bekritiseren|-0.82
p:fijn dat|geruststellen|-0.94
p:fijn dat|afronding-aankondigen|-0.99
p:fijn om|ik-boodschap|0.95
p:fijn om|adviseren|-1.0
p:fijne moeder|jij-boodschap|-0.43
p:fijne moeder|geruststellen|-0.73
p:filmpje en|prijzen|-0.91
p:filmpjes van|bekritiseren|-0.98
p:finn kan|waarschuwen|-0.96
p:finn kan|prijzen|0.96
p:fleur heeft|samenvatting|0.98
p:fleur heeft|afronding-aankondigen|0.98
p:fleur heeft|bedanken|0.98
p:flinke achterstand|jij-boodschap|-1.0
p:flinke achterstand|aanmoediging|-1.0
p:formulier toch|bevelen|-0.97
p:frans en|interpreteren|-0.91
p:frans en|vervolgafspraak|-0.73
p:frans over|parafrase|-0.9
p:frans over|samenvatting|0.9
p:frans praat|ik-boodschap|-0.89
p:frans praat|samenvatting|0.96
p:frans praat|vervolgafspraak|0.96
p:frustreert me|waarschuwen|-0.98
p:frustreert me|afronding-aankondigen|0.75
p:frustrerend is|parafrase|-0.84
p:frustrerend is|etiketteren|-1.0
p:frustrerend wat|gevoelsreflectie|0.97
p:ga door|aanmoediging|1.0
p:ga eens|waarschuwen|-0.92
p:ga er|ik-boodschap|-1.0
p:ga er|afronding-aankondigen|0.25
p:ga er|vervolgafspraak|-1.0
p:ga het|samenvatting|-0.98
p:ga het|vervolgafspraak|1.84
p:ga het|bedanken|-0.94
p:ga ik|ondervragen|-0.93
p:ga je|open-vraag|-0.99
p:ga je|bevelen|-0.93
p:ga je|waarschuwen|0.93
p:ga je|interpreteren|-0.94
p:ga je|afleiden|0.99
p:ga naar|waarschuwen|-0.86
p:ga nu|bevelen|0.88
p:ga straks|afronding-aankondigen|-0.96
p:ga straks|vervolgafspraak|-1.76
p:ga zitten|aanmoediging|-1.0
p:ga zitten|bevelen|1.06
p:ga zitten|waarschuwen|0.92
p:gaan ?|gevoelsreflectie|-0.97
p:gaan ?|ondervragen|-0.93
p:gaan afronden|ik-boodschap|-1.0
p:gaan afronden|jij-boodschap|-1.0
p:gaan afronden|parafrase|-1.0
p:gaan afronden|gevoelsreflectie|-1.0
p:gaan afronden|samenvatting|-1.0
p:gaan afronden|open-vraag|-1.0
p:gaan afronden|aanmoediging|-1.0
p:gaan afronden|bevelen|-1.0
p:gaan afronden|waarschuwen|-1.0
p:gaan afronden|moraliseren|-1.0
p:gaan afronden|adviseren|-1.0
p:gaan afronden|argumenteren|-1.0
p:gaan afronden|bekritiseren|-1.0
p:gaan afronden|prijzen|-1.0
p:gaan afronden|etiketteren|-1.0
p:gaan afronden|interpreteren|-1.0
p:gaan afronden|geruststellen|-1.0
p:gaan afronden|ondervragen|-1.0
p:gaan afronden|afleiden|-1.0
p:gaan afronden|afronding-aankondigen|1.0
p:gaan afronden|vervolgafspraak|-1.0
p:gaan afronden|bedanken|-1.9
p:gaan dan|geruststellen|0.91
p:gaan en|gevoelsreflectie|0.98
p:gaan maar|jij-boodschap|0.82
p:gaan maar|bekritiseren|0.95
p:gaan praten|ik-boodschap|-0.74
p:gaan praten|bevelen|-0.99
p:gaan praten|waarschuwen|-0.99
p:gaan praten|adviseren|0.97
p:gaan praten|prijzen|-0.98
p:gaan stoeien|ik-boodschap|0.91
p:gaat ?|samenvatting|-0.92
p:gaat ?|adviseren|0.96
p:gaat ?|afleiden|-0.91
p:gaat ?|vervolgafspraak|0.68
p:gaat bedankt|samenvatting|0.94
p:gaat bedankt|bedanken|0.94
p:gaat beter|aanmoediging|-0.96
p:gaat beter|geruststellen|-0.96
p:gaat dat|ik-boodschap|1.0
p:gaat dat|parafrase|1.0
p:gaat dat|gevoelsreflectie|-1.0
p:gaat dat|open-vraag|1.0
p:gaat dat|bevelen|-1.0
p:gaat dat|moraliseren|1.0
p:gaat die|jij-boodschap|-0.78
p:gaat die|bevelen|-0.78
p:gaat die|geruststellen|0.99
p:gaat echt|ik-boodschap|-0.97
p:gaat echt|bekritiseren|-0.64
p:gaat echt|geruststellen|1.87
p:gaat eigenlijk|waarschuwen|-0.98
p:gaat eigenlijk|interpreteren|0.98
p:gaat elke|parafrase|-0.9
p:gaat elke|samenvatting|0.9
p:gaat en|bedanken|-0.99
p:gaat er|gevoelsreflectie|1.76
p:gaat het|parafrase|-0.78
p:gaat het|gevoelsreflectie|1.85
p:gaat het|open-vraag|0.95
p:gaat het|waarschuwen|0.96
p:gaat het|adviseren|-0.99
p:gaat het|geruststellen|2.64
p:gaat het|afleiden|1.77
p:gaat het|afronding-aankondigen|-1.0
p:gaat het|vervolgafspraak|-0.95
p:gaat hij|parafrase|-0.99
p:gaat hij|waarschuwen|0.12
p:gaat hij|geruststellen|-0.99
p:gaat hij|ondervragen|0.98
p:gaat je|bevelen|0.94
p:gaat mee|bevelen|-0.88
p:gaat morgen|bevelen|0.81
p:gaat niet|gevoelsreflectie|-1.0
p:gaat niet|samenvatting|1.0
p:gaat nu|afleiden|-0.89
p:gaat om|ik-boodschap|-0.92
p:gaat om|interpreteren|-0.91
p:gaat om|vervolgafspraak|-0.73
p:gaat over|open-vraag|0.48
p:gaat over|waarschuwen|-0.98
p:gaat over|interpreteren|0.98
p:gaat u|parafrase|0.83
p:gaat u|gevoelsreflectie|0.15
p:gaat u|samenvatting|-0.91
p:gaat u|open-vraag|1.0
p:gaat u|aanmoediging|0.82
p:gaat u|bevelen|0.95
p:gaat u|waarschuwen|0.92
p:gaat u|adviseren|-0.94
p:gaat u|bekritiseren|-0.94
p:gaat u|prijzen|0.97
p:gaat vanmiddag|bevelen|1.84
p:gaat vanzelf|afleiden|-0.95
p:gaat vast|jij-boodschap|-0.43
p:gaat vast|prijzen|1.0
p:gaat vast|geruststellen|-0.73
p:gaat vast|vervolgafspraak|-0.92
p:gaat vooral|samenvatting|0.83
p:gaat zitten|ik-boodschap|0.94
p:gaat zitten|gevoelsreflectie|-0.94
p:gaat zitten|ondervragen|-1.0
p:gaat zo|ik-boodschap|-1.0
p:gaat zo|jij-boodschap|-1.0
p:gaat zo|parafrase|-1.0
p:gaat zo|gevoelsreflectie|-1.0
p:gaat zo|samenvatting|-1.0
p:gaat zo|open-vraag|-1.0
p:gaat zo|aanmoediging|-1.0
p:gaat zo|bevelen|-1.0
p:gaat zo|waarschuwen|-1.0
p:gaat zo|moraliseren|-1.0
p:gaat zo|adviseren|-1.0
p:gaat zo|argumenteren|-1.0
p:gaat zo|bekritiseren|-1.0
p:gaat zo|prijzen|-1.0
p:gaat zo|etiketteren|-1.0
p:gaat zo|interpreteren|-1.0
p:gaat zo|geruststellen|-1.0
p:gaat zo|ondervragen|-1.0
p:gaat zo|afleiden|-1.0
p:gaat zo|afronding-aankondigen|1.0
p:gaat zo|vervolgafspraak|-1.0
p:gaat zo|bedanken|-1.0
p:gaf aan|jij-boodschap|-0.82
p:gaf aan|open-vraag|0.57
p:gaf aan|bekritiseren|-0.92
p:gamen ?|ik-boodschap|-0.9
p:gamen ?|bekritiseren|0.81
p:gamen ?|ondervragen|0.84
p:gamen terwijl|jij-boodschap|0.8
p:gamen terwijl|moraliseren|0.8
p:gamet als|bekritiseren|0.99
p:gang en|geruststellen|-0.99
p:gang gaan|bevelen|-0.87
p:gang was|bekritiseren|0.96
p:gapen misschien|ik-boodschap|0.98
p:gaten hij|samenvatting|0.8
p:gaten hij|afronding-aankondigen|0.86
p:gaten hij|vervolgafspraak|0.98
p:gaten hij|bedanken|0.98
p:gebeld ?|adviseren|-0.98
p:gebeld ?|bekritiseren|0.9
p:gebeld ?|vervolgafspraak|-0.97
p:gebeld hadden|bekritiseren|0.76
p:gebeld heeft|parafrase|0.98
p:gebeld worden|bevelen|-0.97
p:gebeurd ?|parafrase|-1.96
p:gebeurd ?|open-vraag|1.0
p:gebeurd ?|geruststellen|0.86
p:gebeurd hoe|ik-boodschap|0.86
p:gebeurd hoe|argumenteren|-1.0
p:gebeurd hoe|afleiden|1.0
p:gebeurd is|parafrase|1.0
p:gebeuren hoor|bekritiseren|-0.64
p:gebeuren hoor|geruststellen|0.99
p:gebeurt als|waarschuwen|0.97
p:gebeurt als|bekritiseren|-0.81
p:gebeurt ga|bevelen|-0.93
p:gebeurt ga|waarschuwen|0.93
p:gebeurt iedereen|geruststellen|0.64
p:gebeurt iedereen|afleiden|-0.91
p:gebeurt vooral|parafrase|-0.97
p:gebeurt vooral|samenvatting|0.97
p:gebouw al|afleiden|0.76
p:gebracht werd|samenvatting|-0.91
p:gebruiken ?|open-vraag|-1.74
p:gebruiken ?|geruststellen|-1.0
p:gebruikt in|jij-boodschap|-0.98
p:gedaan noor|waarschuwen|-0.96
p:gedacht om|adviseren|0.99
p:gedoe in|parafrase|0.96
p:gedoe in|open-vraag|-0.96
p:gedoe komt|open-vraag|-0.99
p:gedoe komt|afleiden|0.99
p:gedraagt je|jij-boodschap|1.0
p:gedraagt je|etiketteren|-1.0
p:gedraagt je|interpreteren|1.0
p:gedraagt tegenover|bekritiseren|0.97
p:gedraagt zich|etiketteren|0.97
p:gedrag als|waarschuwen|0.92
p:gedrag in|ik-boodschap|-0.92
p:gedrag in|argumenteren|-0.92
p:gedrag in|bekritiseren|0.96
p:gedrag van|afleiden|-0.96
p:geduldige moeder|jij-boodschap|-0.73
p:geduldige moeder|adviseren|-0.73
p:geduldige moeder|etiketteren|-0.91
p:geef jesse|ik-boodschap|-0.98
p:geeft aan|parafrase|1.0
p:geeft aan|gevoelsreflectie|-1.0
p:geeft hem|adviseren|-0.74
p:geeft u|bevelen|1.0
p:geen aandacht|etiketteren|-1.0
p:geen aandacht|interpreteren|1.0
p:geen antwoord|ik-boodschap|0.75
p:geen antwoord|argumenteren|-0.81
p:geen enkel|jij-boodschap|2.49
p:geen enkel|moraliseren|-0.59
p:geen enkel|bekritiseren|1.97
p:geen enkele|ik-boodschap|1.83
p:geen enkele|jij-boodschap|-1.74
p:geen enkele|bekritiseren|-1.83
p:geen herkansing|gevoelsreflectie|0.91
p:geen herkansing|samenvatting|0.86
p:geen herkansing|argumenteren|0.78
p:geen herkansing|vervolgafspraak|0.73
p:geen idee|samenvatting|-1.0
p:geen idee|waarschuwen|-1.0
p:geen idee|prijzen|-1.0
p:geen idee|vervolgafspraak|-1.0
p:geen manier|jij-boodschap|-0.96
p:geen manier|moraliseren|-0.99
p:geen probleem|prijzen|0.92
p:geen telefoons|bevelen|0.88
p:geen telefoons|argumenteren|-0.65
p:geen toetsen|ik-boodschap|1.72
p:geen voldoende|argumenteren|0.95
p:geen voldoende|geruststellen|-0.95
p:geen voldoendes|argumenteren|0.91
p:geen vrienden|parafrase|-0.93
p:geen vrienden|open-vraag|-0.99
p:geen vrienden|adviseren|-0.99
p:geen vwo|ik-boodschap|-0.92
p:geen woordjes|samenvatting|-0.94
p:geen zin|jij-boodschap|0.86
p:geen zin|parafrase|-1.0
p:geen zin|open-vraag|0.97
p:geen zin|bekritiseren|0.89
p:geen zin|interpreteren|-0.89
p:geen zorgen|ik-boodschap|-0.92
p:geen zorgen|waarschuwen|-0.92
p:geen zorgen|argumenteren|-0.97
p:geen zorgen|bekritiseren|-0.82
p:geen zorgen|interpreteren|-1.0
p:geen zorgen|geruststellen|0.86
p:geen zorgen|afleiden|-0.99
p:gegaan ?|ik-boodschap|-0.9
p:gegaan ?|moraliseren|-0.98
p:gegaan en|open-vraag|-0.95
p:gehaald voor|bekritiseren|-1.0
p:gehaald voor|vervolgafspraak|-1.0
p:gehad dus|ik-boodschap|0.93
p:gehad dus|argumenteren|-0.88
p:gehad hebt|gevoelsreflectie|0.93
p:gehad over|jij-boodschap|-0.93
p:gehad over|samenvatting|1.0
p:gehad over|open-vraag|0.98
p:gehad over|bekritiseren|-0.97
p:gehad over|prijzen|-1.0
p:gehad over|interpreteren|-0.96
p:gehad over|afleiden|-0.9
p:gehad over|afronding-aankondigen|-0.92
p:gehoord ?|adviseren|-0.98
p:gekeken naar|jij-boodschap|0.82
p:gekeken naar|bekritiseren|0.95
p:gekomen ?|afleiden|-0.91
p:gekomen bent|gevoelsreflectie|-0.69
p:gekomen bent|vervolgafspraak|-0.69
p:gekomen bent|bedanken|0.9
p:gekomen is|ik-boodschap|-0.97
p:gekomen is|samenvatting|0.97
p:gekomen is|adviseren|-0.97
p:gekomen is|vervolgafspraak|0.97
p:gekozen als|open-vraag|-1.65
p:gekwetst omdat|parafrase|0.9
p:gekwetst omdat|interpreteren|-0.9
p:gelaten en|samenvatting|-0.95
p:geldt voor|ik-boodschap|-0.76
p:gelezen ?|ondervragen|1.79
p:gelezen en|jij-boodschap|0.93
p:gelezen en|gevoelsreflectie|-0.87
p:gelezen en|bekritiseren|0.93
p:gelijk en|samenvatting|-0.97
p:gelijk en|argumenteren|0.97
p:geloof ik|gevoelsreflectie|0.97
p:gelopen luuk|gevoelsreflectie|-0.94
p:gemaakt !|etiketteren|-0.91
p:gemaakt dus|ik-boodschap|-0.83
p:gemaakt hebt|samenvatting|-0.95
p:gemaild en|vervolgafspraak|-0.95
p:gemeld ?|ondervragen|0.91
p:gemeld en|ik-boodschap|-0.84
p:gemeld en|jij-boodschap|0.77
p:gemengde leerweg|adviseren|-0.87
p:gemerkt dat|ik-boodschap|0.73
p:gemiddeld een|argumenteren|0.96
p:gemiddeld is|argumenteren|1.0
p:gemiddeld is|ondervragen|-1.0
p:gemiddeld is|afleiden|-1.0
p:gemiddelde voor|ik-boodschap|0.92
p:gemiddelde voor|jij-boodschap|-0.92
p:gemiddelde voor|bekritiseren|-0.92
p:gemist waardoor|ik-boodschap|0.97
p:gemotiveerd meneer|bekritiseren|0.97
p:genoeg daarover|bekritiseren|-0.95
p:genoeg daarover|afleiden|0.95
p:genomen door|samenvatting|-0.97
p:genomen om|vervolgafspraak|-0.95
p:genomen omdat|gevoelsreflectie|0.43
p:gepakt niet|parafrase|1.0
p:gepest bent|interpreteren|0.96
p:gepest wordt|gevoelsreflectie|-1.9
p:gepest wordt|argumenteren|-0.97
p:gepest wordt|interpreteren|0.72
p:gepraat over|samenvatting|0.92
p:gepraat over|afronding-aankondigen|0.92
p:geprobeerd ?|gevoelsreflectie|0.97
p:geraakt dat|ik-boodschap|1.62
p:geraakt dat|open-vraag|0.84
p:gereageerd ?|parafrase|-0.99
p:gereageerd op|bekritiseren|-0.92
p:gerust even|aanmoediging|0.9
p:gerust wat|adviseren|0.83
p:gerust ze|geruststellen|0.94
p:geschorst dat|prijzen|-0.91
p:geschrokken bent|gevoelsreflectie|0.97
p:geschrokken bent|open-vraag|1.0
p:geschrokken van|ik-boodschap|0.86
p:gesprek afsluiten|samenvatting|0.92
p:gesprek afsluiten|afronding-aankondigen|0.92
p:gesprek helaas|afronding-aankondigen|1.0
p:gesprek hier|samenvatting|0.8
p:gesprek hier|afronding-aankondigen|1.67
p:gesprek hier|bedanken|0.98
p:gesprek hierbij|vervolgafspraak|-0.98
p:gesprek hierbij|bedanken|-0.98
p:gesprek in|gevoelsreflectie|0.21
p:gesprek in|vervolgafspraak|1.71
p:gesprek met|gevoelsreflectie|0.91
p:gesprek met|samenvatting|0.86
p:gesprek met|afronding-aankondigen|-0.93
p:gesprek met|vervolgafspraak|-0.2
p:gesprek nu|afronding-aankondigen|1.97
p:gesprek nu|vervolgafspraak|0.94
p:gesprek opstaat|ik-boodschap|0.91
p:gesprek plannen|jij-boodschap|-1.76
p:gesprek plannen|bekritiseren|-1.62
p:gesprek plannen|ondervragen|1.62
p:gesprek zijn|gevoelsreflectie|-0.97
p:gesprek zijn|samenvatting|-1.0
p:gesprek zijn|open-vraag|1.0
p:gesprek zijn|argumenteren|-1.0
p:gesproken toch|ondervragen|-0.86
p:geven ?|open-vraag|0.96
p:gevoel dat|gevoelsreflectie|-0.91
p:gevolgen hebben|gevoelsreflectie|-0.9
p:gevolgen hebben|moraliseren|0.93
p:geweest ik|aanmoediging|0.98
p:geweest ik|adviseren|-0.98
p:geweest toch|open-vraag|-0.97
p:geweest zijn|gevoelsreflectie|0.85
p:geweldige inzet|bekritiseren|1.81
p:geweldige inzet|bedanken|-0.98
p:geweldige medewerking|bekritiseren|0.93
p:geweldige medewerking|etiketteren|-0.93
p:geweldige medewerking|bedanken|-0.93
p:gewend op|geruststellen|0.96
p:gewerkt dit|bekritiseren|-0.92
p:gewerkt dit|geruststellen|-0.92
p:gewond raken|ik-boodschap|0.91
p:gewoon aan|interpreteren|0.95
p:gewoon aandacht|moraliseren|-0.52
p:gewoon bij|moraliseren|-0.97
p:gewoon dat|argumenteren|0.89
p:gewoon de|geruststellen|-0.99
p:gewoon doordat|afleiden|-0.96
p:gewoon een|jij-boodschap|0.96
p:gewoon een|argumenteren|0.99
p:gewoon een|bekritiseren|-1.93
p:gewoon een|interpreteren|-0.91
p:gewoon eerder|bekritiseren|0.99
p:gewoon eerlijk|geruststellen|-0.63
p:gewoon elf|samenvatting|-0.97
p:gewoon elf|argumenteren|0.97
p:gewoon geen|jij-boodschap|1.86
p:gewoon geen|bekritiseren|1.89
p:gewoon geen|interpreteren|-1.89
p:gewoon halen|jij-boodschap|-0.78
p:gewoon halen|bevelen|-0.78
p:gewoon halen|geruststellen|0.99
p:gewoon jaloers|interpreteren|0.9
p:gewoon je|jij-boodschap|0.9
p:gewoon je|samenvatting|-0.9
p:gewoon je|bevelen|-0.9
p:gewoon je|bekritiseren|0.9
p:gewoon laten|argumenteren|-0.99
p:gewoon maar|bevelen|-0.87
p:gewoon met|adviseren|0.97
p:gewoon met|ondervragen|-0.93
p:gewoon moeilijk|interpreteren|0.97
p:gewoon naar|bevelen|1.84
p:gewoon niet|jij-boodschap|-0.69
p:gewoon niet|moraliseren|1.81
p:gewoon niet|argumenteren|0.84
p:gewoon niet|bekritiseren|-1.53
p:gewoon niet|prijzen|-0.98
p:gewoon niet|interpreteren|0.93
p:gewoon niet|afleiden|-0.52
p:gewoon omdat|interpreteren|0.91
p:gewoon onder|bevelen|-0.99
p:gewoon onder|moraliseren|-0.99
p:gewoon onder|bekritiseren|-0.99
p:gewoon onder|interpreteren|0.99
p:gewoon op|bevelen|0.9
p:gewoon op|moraliseren|-0.96
p:gewoon over|parafrase|0.99
p:gewoon rekenen|ik-boodschap|-0.92
p:gewoon respect|jij-boodschap|-0.99
p:gewoon respect|samenvatting|-0.99
p:gewoon respect|moraliseren|0.99
p:gewoon respect|interpreteren|-0.99
p:gewoon schandalig|jij-boodschap|-0.8
p:gewoon te|argumenteren|-1.72
p:gewoon te|bekritiseren|0.62
p:gewoon te|etiketteren|0.98
p:gewoon wat|adviseren|0.99
p:gewoon wat|bekritiseren|-0.99
p:gewoon wat|prijzen|0.99
p:gewoon wat|geruststellen|0.96
p:gewoon weer|waarschuwen|-0.92
p:gewoon wegzetten|bekritiseren|0.99
p:gewoon zijn|interpreteren|1.0
p:gewoon zo|moraliseren|0.95
p:geworden ?|ondervragen|-0.83
p:gezegd ?|jij-boodschap|-1.0
p:gezegd ?|gevoelsreflectie|0.9
p:gezegd ?|adviseren|-1.0
p:gezegd ?|ondervragen|1.0
p:gezegd ben|gevoelsreflectie|-0.82
p:gezegd hebben|open-vraag|-0.98
p:gezegd hebben|vervolgafspraak|-0.98
p:gezegd stelt|jij-boodschap|0.99
p:gezegd stelt|bekritiseren|0.99
p:gezegd van|geruststellen|-0.99
p:gezegd vond|bekritiseren|-0.98
p:gezegd wel|bekritiseren|-1.0
p:gezegd zorgen|ik-boodschap|-0.99
p:gezien ?|bekritiseren|-0.95
p:gezien ?|ondervragen|-0.93
p:gezien ?|afleiden|1.04
p:gezien dat|jij-boodschap|-0.92
p:gezien dat|bekritiseren|-0.92
p:gijs zijn|ik-boodschap|0.98
p:gijs zijn|vervolgafspraak|-0.98
p:ging er|gevoelsreflectie|-0.91
p:ging hij|samenvatting|-0.93
p:gisteren huilend|geruststellen|-0.99
p:gisteren met|ik-boodschap|1.62
p:gisteren met|jij-boodschap|-0.93
p:gisteren met|open-vraag|0.84
p:gisteren naar|ik-boodschap|-0.9
p:gisteren niet|ondervragen|0.98
p:gisteren uit|ik-boodschap|0.93
p:gisteren was|ondervragen|-0.79
p:goed ?|parafrase|0.15
p:goed als|waarschuwen|-0.93
p:goed begrijp|ik-boodschap|-1.94
p:goed begrijp|parafrase|1.93
p:goed begrijp|gevoelsreflectie|-0.47
p:goed begrijp|samenvatting|-0.96
p:goed begrijpen|parafrase|-0.96
p:goed begrijpen|afronding-aankondigen|-0.96
p:goed bijhoudt|adviseren|-0.81
p:goed dat|open-vraag|-0.91
p:goed dat|argumenteren|-1.0
p:goed dat|afleiden|1.0
p:goed hebt|bekritiseren|-0.74
p:goed heeft|bekritiseren|-0.78
p:goed hoe|parafrase|-0.78
p:goed hoe|open-vraag|-1.42
p:goed hoe|afleiden|0.94
p:goed hoor|ik-boodschap|-0.99
p:goed hoor|parafrase|0.99
p:goed hoor|gevoelsreflectie|0.98
p:goed hoor|samenvatting|-0.99
p:goed hoor|open-vraag|-0.77
p:goed idee|adviseren|0.74
p:goed iets|afleiden|0.63
p:goed is|afronding-aankondigen|0.97
p:goed laten|afleiden|-0.98
p:goed luisteren|afronding-aankondigen|0.99
p:goed mee|prijzen|0.92
p:goed met|bevelen|-1.0
p:goed met|adviseren|-0.98
p:goed met|geruststellen|1.0
p:goed met|bedanken|-0.99
p:goed om|afronding-aankondigen|-0.97
p:goed op|prijzen|1.0
p:goed punt|bekritiseren|-0.79
p:goed samenvat|gevoelsreflectie|-0.98
p:goed snap|parafrase|0.96
p:goed snap|geruststellen|-0.96
p:goed te|jij-boodschap|0.82
p:goed te|bekritiseren|0.95
p:goed verder|vervolgafspraak|-0.97
p:goed voorbereid|parafrase|-0.95
p:goed voorstellen|waarschuwen|-0.98
p:goed ze|argumenteren|-0.97
p:goed zijn|prijzen|-0.99
p:goede cijfers|bekritiseren|-0.99
p:goede handen|geruststellen|0.94
p:goede moeder|prijzen|0.98
p:goede ouder|moraliseren|0.89
p:goede ouder|etiketteren|-0.96
p:goede reactie|bekritiseren|0.92
p:goede tip|geruststellen|-0.98
p:goede uitkomst|gevoelsreflectie|-0.97
p:goede uitkomst|samenvatting|-1.0
p:goede uitkomst|open-vraag|1.0
p:goede uitkomst|argumenteren|-1.0
p:goede voorbeeld|adviseren|-0.98
p:goede vragen|bekritiseren|-0.96
p:goedemiddag fijn|gevoelsreflectie|-0.93
p:goedemiddag meneer|gevoelsreflectie|0.96
p:graag een|parafrase|-0.96
p:graag een|open-vraag|-0.53
p:graag een|afronding-aankondigen|-0.93
p:graag weer|afronding-aankondigen|-0.83
p:graag willen|afleiden|-0.94
p:grapjes maakt|interpreteren|1.73
p:grenzen hoort|jij-boodschap|0.8
p:grenzen hoort|moraliseren|0.8
p:grenzen op|interpreteren|1.0
p:grijpen thuis|bekritiseren|0.99
p:groeit hij|geruststellen|0.99
p:groepje bij|bevelen|-0.93
p:groepsapp om|samenvatting|0.95
p:groepsopdracht niks|samenvatting|-0.98
p:groepsopdracht niks|vervolgafspraak|-0.98
p:groepsopdracht steeds|ik-boodschap|0.94
p:groepsopdracht steeds|gevoelsreflectie|-0.94
p:grote held|etiketteren|0.91
p:grote mond|bekritiseren|0.95
p:gymdocent gaf|jij-boodschap|-0.82
p:gymdocent gaf|open-vraag|0.57
p:gymdocent gaf|bekritiseren|-0.92
p:gymdocent gesproken|jij-boodschap|-0.93
p:gymles is|ik-boodschap|0.86
p:gymles is|gevoelsreflectie|0.7
p:gymles te|gevoelsreflectie|0.98
p:gymspullen vergeten|ik-boodschap|-0.94
p:haalde gemiddeld|argumenteren|0.96
p:haalt die|etiketteren|-0.92
p:haalt die|geruststellen|0.96
p:haalt geen|argumenteren|0.95
p:haalt geen|geruststellen|-0.95
p:haalt het|geruststellen|0.93
p:haalt hij|jij-boodschap|0.81
p:haalt hij|waarschuwen|0.85
p:haalt hij|argumenteren|0.18
p:haalt hij|bekritiseren|-0.13
p:haalt hij|geruststellen|0.81
p:haalt lage|samenvatting|0.97
p:haalt wel|afleiden|0.88
p:haar ?|ik-boodschap|0.86
p:haar agenda|adviseren|0.74
p:haar bij|bekritiseren|1.0
p:haar brood|ik-boodschap|-1.0
p:haar cijfer|ik-boodschap|0.97
p:haar het|open-vraag|0.93
p:haar hoor|gevoelsreflectie|0.9
p:haar huiswerk|afleiden|-0.99
p:haar laptop|bekritiseren|-0.9
p:haar naar|ik-boodschap|0.92
p:haar naar|geruststellen|0.91
p:haar opdrachten|afronding-aankondigen|-0.99
p:haar operatie|ik-boodschap|0.97
p:haar rooster|afleiden|-0.66
p:haar slaap|open-vraag|0.48
p:haar spullen|ik-boodschap|0.97
p:haar telefoon|adviseren|0.93
p:haar veel|bedanken|-0.99
p:haar vriendinnen|ik-boodschap|-0.93
p:haar vriendinnen|jij-boodschap|-0.99
p:haar werk|bevelen|-0.99
p:haar werk|moraliseren|-0.99
p:haar werk|bekritiseren|-0.99
p:haar werk|interpreteren|0.99
p:haar werkstuk|argumenteren|-1.0
p:haar werkstuk|etiketteren|-1.0
p:haar werkstuk|interpreteren|-1.0
p:haar zeggen|geruststellen|-0.63
p:haar zo|interpreteren|0.96
p:had een|argumenteren|0.97
p:had gebeld|bekritiseren|0.76
p:had gewoon|samenvatting|-0.97
p:had gewoon|argumenteren|0.97
p:had hij|samenvatting|-0.93
p:had je|parafrase|0.96
p:had je|moraliseren|-0.55
p:had je|geruststellen|-0.96
p:had laten|parafrase|0.92
p:had meer|aanmoediging|-0.98
p:had u|parafrase|-0.96
p:had u|gevoelsreflectie|0.98
p:had u|bekritiseren|-0.61
p:hadden we|bekritiseren|0.76
p:haha ja|afleiden|0.91
p:halen als|waarschuwen|-0.96
p:halen als|prijzen|0.96
p:halen let|jij-boodschap|-0.78
p:halen let|bevelen|-0.78
p:halen let|geruststellen|0.99
p:half een|afronding-aankondigen|0.95
p:half een|vervolgafspraak|0.95
p:half een|bedanken|0.95
p:half negen|samenvatting|0.8
p:half negen|afronding-aankondigen|0.86
p:half negen|bedanken|0.98
p:half vier|samenvatting|-0.84
p:halverwege het|ik-boodschap|0.91
p:hamza je|parafrase|1.0
p:hand ?|gevoelsreflectie|0.96
p:hand hoor|geruststellen|0.87
p:hand is|bekritiseren|0.91
p:hard gewerkt|bekritiseren|-0.92
p:hard gewerkt|geruststellen|-0.92
p:harde werker|bevelen|-0.92
p:harde werker|etiketteren|-0.79
p:havo gaat|ik-boodschap|-0.93
p:havo kosten|waarschuwen|0.99
p:he maar|afleiden|0.91
p:he wat|adviseren|-1.0
p:he wat|bekritiseren|-0.78
p:he wat|etiketteren|-1.0
p:he wat|afleiden|1.0
p:heb alle|aanmoediging|0.99
p:heb alle|bevelen|-0.41
p:heb de|afronding-aankondigen|-1.0
p:heb gemeld|ik-boodschap|-0.84
p:heb gemeld|jij-boodschap|0.77
p:heb gemerkt|ik-boodschap|0.73
p:heb gezien|jij-boodschap|-0.92
p:heb gezien|bekritiseren|-0.92
p:heb gisteren|jij-boodschap|-0.93
p:heb het|gevoelsreflectie|-0.97
p:heb het|aanmoediging|-0.99
p:heb het|argumenteren|0.95
p:heb het|interpreteren|1.73
p:heb ik|ik-boodschap|0.96
p:heb ik|samenvatting|-1.0
p:heb ik|waarschuwen|-1.96
p:heb ik|argumenteren|-0.96
p:heb ik|prijzen|-1.0
p:heb ik|vervolgafspraak|-1.0
p:heb je|jij-boodschap|-1.0
p:heb je|gevoelsreflectie|0.9
p:heb je|open-vraag|-1.19
p:heb je|waarschuwen|-0.96
p:heb je|moraliseren|1.65
p:heb je|adviseren|-1.0
p:heb je|argumenteren|-0.87
p:heb je|ondervragen|1.0
p:heb jij|ik-boodschap|-0.99
p:heb jij|parafrase|0.99
p:heb jij|samenvatting|-0.99
p:heb u|argumenteren|0.78
p:heb u|vervolgafspraak|-0.95
p:heb uw|jij-boodschap|0.93
p:heb uw|gevoelsreflectie|-0.87
p:heb uw|bekritiseren|0.93
p:heb zijn|bedanken|-1.0
p:hebben als|gevoelsreflectie|-0.9
p:hebben als|moraliseren|0.93
p:hebben daar|geruststellen|0.99
p:hebben daar|afleiden|1.79
p:hebben de|bekritiseren|-0.99
p:hebben de|vervolgafspraak|-0.98
p:hebben de|bedanken|-0.98
p:hebben dezelfde|bekritiseren|-0.99
p:hebben een|etiketteren|-0.98
p:hebben een|geruststellen|0.92
p:hebben gepraat|samenvatting|0.92
p:hebben gepraat|afronding-aankondigen|0.92
p:hebben haar|bekritiseren|1.0
p:hebben hem|etiketteren|-1.0
p:hebben het|jij-boodschap|-0.93
p:hebben het|samenvatting|1.0
p:hebben het|open-vraag|0.98
p:hebben het|bekritiseren|-0.97
p:hebben het|prijzen|-1.0
p:hebben het|interpreteren|-0.96
p:hebben het|afleiden|-0.9
p:hebben het|afronding-aankondigen|-0.92
p:hebben jullie|gevoelsreflectie|-1.0
p:hebben jullie|ondervragen|-1.0
p:hebben meer|open-vraag|-0.98
p:hebben meer|vervolgafspraak|-0.98
p:hebben nu|open-vraag|-0.44
p:hebben nu|bevelen|-0.82
p:hebben nu|afleiden|-0.93
p:hebben nu|afronding-aankondigen|-0.8
p:hebben over|samenvatting|-0.94
p:hebben voor|jij-boodschap|-0.99
p:hebben voor|samenvatting|-0.99
p:hebben voor|moraliseren|0.99
p:hebben voor|interpreteren|-0.99
p:hebben vorige|jij-boodschap|0.82
p:hebben vorige|bekritiseren|0.95
p:hebben wat|afleiden|0.9
p:hebben we|etiketteren|1.86
p:hebben we|afleiden|-0.95
p:hebben ze|geruststellen|-1.85
p:hebben ze|afleiden|0.96
p:hebt bo|afleiden|-0.96
p:hebt de|ik-boodschap|0.93
p:hebt de|argumenteren|-0.88
p:hebt deze|gevoelsreflectie|-0.87
p:hebt deze|open-vraag|0.96
p:hebt echt|bekritiseren|-0.92
p:hebt echt|geruststellen|-0.92
p:hebt een|waarschuwen|0.99
p:hebt gedaan|waarschuwen|-0.96
p:hebt het|bevelen|-0.97
p:hebt het|bekritiseren|0.94
p:hebt in|jij-boodschap|-1.0
p:hebt in|parafrase|-1.0
p:hebt in|bekritiseren|-1.0
p:hebt in|interpreteren|1.0
p:hebt maar|samenvatting|-0.95
p:hebt met|gevoelsreflectie|0.93
p:hebt morgen|waarschuwen|-0.99
p:hebt nergens|jij-boodschap|0.9
p:hebt nergens|samenvatting|-0.9
p:hebt nergens|bekritiseren|0.89
p:hebt uitgelachen|ik-boodschap|1.78
p:hebt uitgelachen|gevoelsreflectie|-0.97
p:hebt voorbereid|bekritiseren|1.08
p:heeft aangepakt|bekritiseren|-0.78
p:heeft altijd|bekritiseren|-0.92
p:heeft begrijp|parafrase|0.98
p:heeft daan|parafrase|-0.99
p:heeft daardoor|geruststellen|-0.99
p:heeft dat|geruststellen|0.92
p:heeft dat|afleiden|-0.92
p:heeft de|ik-boodschap|0.97
p:heeft de|bekritiseren|0.92
p:heeft de|etiketteren|-0.98
p:heeft dinsdag|samenvatting|-0.99
p:heeft dinsdag|interpreteren|-0.99
p:heeft dit|bekritiseren|-1.0
p:heeft dit|vervolgafspraak|-1.0
p:heeft een|argumenteren|-0.96
p:heeft een|bekritiseren|0.95
p:heeft er|jij-boodschap|-0.15
p:heeft er|bekritiseren|-0.86
p:heeft gebeld|open-vraag|-0.91
p:heeft geen|moraliseren|-0.59
p:heeft gemaakt|ik-boodschap|-0.83
p:heeft gereageerd|parafrase|0.95
p:heeft hamza|parafrase|1.0
p:heeft helemaal|jij-boodschap|-2.48
p:heeft helemaal|bekritiseren|-2.75
p:heeft hem|jij-boodschap|-0.5
p:heeft hem|bekritiseren|-0.88
p:heeft het|gevoelsreflectie|-1.9
p:heeft het|bekritiseren|0.99
p:heeft het|interpreteren|-0.99
p:heeft hij|gevoelsreflectie|0.97
p:heeft hij|open-vraag|-1.0
p:heeft hij|ondervragen|0.16
p:heeft in|parafrase|-0.93
p:heeft in|adviseren|-0.99
p:heeft ingeleverd|ik-boodschap|0.92
p:heeft ingeleverd|jij-boodschap|-0.92
p:heeft ingeleverd|argumenteren|0.99
p:heeft ingeleverd|bekritiseren|-0.92
p:heeft ingelicht|parafrase|0.96
p:heeft ingelicht|gevoelsreflectie|1.57
p:heeft kan|vervolgafspraak|0.98
p:heeft me|ik-boodschap|1.62
p:heeft me|open-vraag|0.84
p:heeft meer|parafrase|-0.95
p:heeft met|interpreteren|0.99
p:heeft moeite|samenvatting|0.98
p:heeft moeite|geruststellen|-0.98
p:heeft moeite|afronding-aankondigen|0.98
p:heeft moeite|bedanken|0.98
p:heeft niemand|bekritiseren|0.95
p:heeft nooit|vervolgafspraak|-0.95
p:heeft om|jij-boodschap|-0.99
p:heeft om|bekritiseren|-0.99
p:heeft op|jij-boodschap|1.49
p:heeft op|bekritiseren|0.97
p:heeft opgelet|bekritiseren|2.44
p:heeft overal|jij-boodschap|1.73
p:heeft overal|bekritiseren|1.83
p:heeft sanne|open-vraag|1.0
p:heeft sinds|ik-boodschap|0.91
p:heeft sinds|jij-boodschap|-0.82
p:heeft sinds|bekritiseren|-0.91
p:heeft teruggebeld|parafrase|-0.84
p:heeft teruggebeld|etiketteren|-1.0
p:heeft u|ik-boodschap|-1.96
p:heeft u|parafrase|0.96
p:heeft u|open-vraag|-1.0
p:heeft u|waarschuwen|-1.0
p:heeft u|adviseren|-0.98
p:heeft u|ondervragen|0.88
p:heeft u|afleiden|0.71
p:heeft u|vervolgafspraak|-0.97
p:heeft u|bedanken|-0.99
p:heeft voor|argumenteren|-0.8
p:heeft vorige|adviseren|-0.99
p:heeft vorige|ondervragen|-0.86
p:heeft weinig|samenvatting|0.97
p:heeft ze|gevoelsreflectie|-0.98
p:heeft ze|etiketteren|-0.91
p:heeft ze|afleiden|0.27
p:heeft zich|jij-boodschap|-0.54
p:heeft zich|parafrase|-0.95
p:heeft zijn|jij-boodschap|0.98
p:heel alleen|gevoelsreflectie|1.0
p:heel alleen|moraliseren|-1.0
p:heel anders|bevelen|-0.64
p:heel behulpzaam|bekritiseren|1.78
p:heel behulpzaam|vervolgafspraak|-0.98
p:heel behulpzaam|bedanken|-0.98
p:heel duidelijk|argumenteren|1.0
p:heel goed|geruststellen|-0.8
p:heel machteloos|gevoelsreflectie|0.95
p:heel makkelijk|waarschuwen|-0.99
p:heel normaal|geruststellen|1.85
p:heel onhandig|bekritiseren|0.9
p:heel serieus|bekritiseren|-0.9
p:heel simpel|argumenteren|0.95
p:heel simpel|geruststellen|-0.95
p:heel slim|etiketteren|1.75
p:heel sociaal|etiketteren|-0.93
p:heel veel|geruststellen|0.99
p:heel verdrietig|aanmoediging|0.98
p:heel verdrietig|adviseren|-0.98
p:heel vervelend|bekritiseren|-0.98
p:heen ?|gevoelsreflectie|1.76
p:heen toen|gevoelsreflectie|-0.91
p:hek afzet|bevelen|0.97
p:helaas beëindigen|afronding-aankondigen|1.0
p:helaas stoppen|vervolgafspraak|-0.98
p:held weer|etiketteren|0.91
p:hele klas|samenvatting|-0.97
p:hele klas|bevelen|-0.93
p:hele klas|waarschuwen|0.93
p:hele klas|argumenteren|0.97
p:hele les|waarschuwen|-0.92
p:hele onrustige|open-vraag|-0.96
p:hele project|bekritiseren|0.94
p:hele sectie|etiketteren|0.98
p:hele tijd|bevelen|0.95
p:hele toets|geruststellen|-0.99
p:hele verhaal|bekritiseren|0.97
p:hele week|bevelen|-1.0
p:hele week|vervolgafspraak|-1.0
p:helemaal beter|geruststellen|-0.91
p:helemaal gehad|gevoelsreflectie|0.93
p:helemaal gelijk|bekritiseren|-0.95
p:helemaal gewend|geruststellen|0.96
p:helemaal kapot|prijzen|-0.99
p:helemaal niet|jij-boodschap|0.45
p:helemaal niet|waarschuwen|-0.98
p:helemaal niet|interpreteren|0.98
p:helemaal niets|jij-boodschap|-2.48
p:helemaal niets|bekritiseren|-1.8
p:helemaal niets|geruststellen|-0.9
p:helemaal niks|bevelen|-0.95
p:helikopterouder weer|etiketteren|0.95
p:helikopterouder weer|afleiden|-0.95
p:helpen ?|gevoelsreflectie|0.98
p:helpen als|jij-boodschap|-0.99
p:helpen met|prijzen|0.95
p:helpen om|gevoelsreflectie|-0.87
p:helpen om|open-vraag|0.96
p:helpen om|bekritiseren|-0.95
p:helpt niemand|jij-boodschap|-0.91
p:helpt vaak|adviseren|1.89
p:hem ?|parafrase|0.9
p:hem ?|gevoelsreflectie|0.85
p:hem ?|samenvatting|-0.88
p:hem af|waarschuwen|0.99
p:hem afspreekt|adviseren|0.96
p:hem als|waarschuwen|1.0
p:hem als|prijzen|-1.0
p:hem als|ondervragen|-1.0
p:hem bespreken|ik-boodschap|0.98
p:hem bespreken|vervolgafspraak|-0.98
p:hem beter|adviseren|1.0
p:hem dan|bekritiseren|0.9
p:hem de|adviseren|1.89
p:hem dwingen|interpreteren|-0.94
p:hem echt|bevelen|0.99
p:hem een|jij-boodschap|-0.99
p:hem een|waarschuwen|-0.93
p:hem een|moraliseren|-0.93
p:hem een|adviseren|-0.12
p:hem een|prijzen|-0.96
p:hem gaat|jij-boodschap|0.98
p:hem gerust|adviseren|0.83
p:hem gewoon|bevelen|0.9
p:hem gewoon|adviseren|0.99
p:hem gewoon|argumenteren|-0.89
p:hem gewoon|bekritiseren|-0.99
p:hem gewoon|prijzen|0.99
p:hem helpen|prijzen|0.95
p:hem hoor|adviseren|-0.99
p:hem in|jij-boodschap|-0.98
p:hem in|bevelen|0.83
p:hem in|adviseren|-0.98
p:hem laten|open-vraag|-1.0
p:hem laten|waarschuwen|-1.0
p:hem laten|ondervragen|1.0
p:hem laten|afleiden|-1.0
p:hem los|gevoelsreflectie|-0.98
p:hem los|adviseren|-0.97
p:hem los|interpreteren|0.97
p:hem mee|gevoelsreflectie|-0.87
p:hem mee|open-vraag|0.96
p:hem morgen|moraliseren|-0.96
p:hem niet|open-vraag|0.95
p:hem niet|adviseren|0.97
p:hem niet|ondervragen|-1.92
p:hem nog|samenvatting|0.92
p:hem nog|bevelen|0.83
p:hem nog|adviseren|-0.98
p:hem nooit|adviseren|-0.74
p:hem om|bevelen|0.97
p:hem op|jij-boodschap|-0.78
p:hem op|moraliseren|0.99
p:hem op|bekritiseren|-0.78
p:hem over|samenvatting|0.94
p:hem over|bedanken|0.94
p:hem overal|jij-boodschap|-0.5
p:hem overal|bekritiseren|-0.88
p:hem praten|adviseren|0.98
p:hem sinds|adviseren|-0.99
p:hem straks|waarschuwen|0.99
p:hem thuis|bevelen|-0.87
p:hem thuis|interpreteren|0.91
p:hem tot|jij-boodschap|0.8
p:hem tot|moraliseren|0.8
p:hem u|adviseren|0.83
p:hem veel|etiketteren|-1.0
p:hem wat|bevelen|-0.89
p:hem wat|interpreteren|-0.8
p:hem wilt|adviseren|-0.99
p:hem zo|parafrase|0.97
p:hem zo|open-vraag|0.97
p:hem zo|ondervragen|0.84
p:herfstvakantie geen|ik-boodschap|0.91
p:herfstvakantie geen|jij-boodschap|-0.82
p:herfstvakantie geen|bekritiseren|-0.91
p:herkansing en|gevoelsreflectie|0.91
p:herkansing en|samenvatting|0.86
p:herkansing en|vervolgafspraak|0.73
p:herkansing gemist|ik-boodschap|0.97
p:herkansing heus|etiketteren|-0.92
p:herkansing heus|geruststellen|0.96
p:herkansing stond|argumenteren|0.84
p:herkansing was|gevoelsreflectie|-0.6
p:herkansingsdata staan|afleiden|-0.93
p:het 's|open-vraag|0.95
p:het 's|vervolgafspraak|-0.95
p:het 4e|samenvatting|-0.99
p:het 4e|interpreteren|-0.99
p:het aan|samenvatting|0.9
p:het advies|ik-boodschap|-0.93
p:het advies|parafrase|-1.0
p:het advies|gevoelsreflectie|-1.0
p:het advies|adviseren|-0.87
p:het anders|adviseren|0.95
p:het arabisch|gevoelsreflectie|-1.0
p:het arabisch|open-vraag|-1.0
p:het begin|moraliseren|-0.98
p:het begon|samenvatting|0.92
p:het belangrijkste|interpreteren|-0.96
p:het besluit|vervolgafspraak|0.8
p:het best|open-vraag|0.93
p:het beste|open-vraag|-0.99
p:het beste|adviseren|0.76
p:het beste|bekritiseren|-0.9
p:het beste|prijzen|0.98
p:het beste|geruststellen|-1.0
p:het blijkbaar|bekritiseren|0.95
p:het cijfer|samenvatting|-0.97
p:het cijfer|waarschuwen|-0.98
p:het cijfer|argumenteren|0.97
p:het cijfer|interpreteren|0.98
p:het cijfer|vervolgafspraak|0.92
p:het daar|adviseren|0.82
p:het daar|interpreteren|-0.83
p:het daar|afleiden|1.0
p:het daarom|interpreteren|0.93
p:het dat|jij-boodschap|0.84
p:het dat|geruststellen|-0.99
p:het dat|bedanken|0.95
p:het delen|afronding-aankondigen|-0.97
p:het delen|bedanken|0.97
p:het derde|ik-boodschap|0.98
p:het derde|waarschuwen|-0.98
p:het derde|moraliseren|-0.98
p:het doet|ik-boodschap|0.77
p:het dossier|jij-boodschap|-0.99
p:het dossier|bekritiseren|-0.99
p:het echt|ik-boodschap|2.86
p:het echt|jij-boodschap|0.94
p:het echt|afleiden|-1.0
p:het een|moraliseren|-0.93
p:het eens|adviseren|0.97
p:het eerst|afleiden|0.93
p:het eerste|ik-boodschap|-0.97
p:het eerste|argumenteren|-0.99
p:het eerste|vervolgafspraak|0.93
p:het eind|waarschuwen|0.99
p:het einde|gevoelsreflectie|0.91
p:het einde|afleiden|0.91
p:het eng|geruststellen|-0.63
p:het er|afleiden|-0.91
p:het erg|ik-boodschap|-0.54
p:het erop|samenvatting|-0.79
p:het even|parafrase|-0.95
p:het even|samenvatting|0.89
p:het examenreglement|argumenteren|1.65
p:het fijn|jij-boodschap|-0.84
p:het formulier|bevelen|-0.97
p:het frustrerend|parafrase|-0.84
p:het frustrerend|etiketteren|-1.0
p:het gaat|ik-boodschap|-1.81
p:het gaat|parafrase|-0.9
p:het gaat|gevoelsreflectie|-0.85
p:het gaat|samenvatting|0.93
p:het gaat|open-vraag|-0.49
p:het gaat|aanmoediging|0.82
p:het gaat|adviseren|-0.86
p:het gaat|interpreteren|-0.91
p:het gaat|vervolgafspraak|1.88
p:het gaat|bedanken|0.94
p:het gamen|ik-boodschap|-0.9
p:het gebeurt|parafrase|-0.97
p:het gebeurt|samenvatting|0.97
p:het gebracht|samenvatting|-0.91
p:het gedoe|parafrase|0.96
p:het gedoe|open-vraag|-0.96
p:het gedrag|argumenteren|-0.92
p:het gehad|open-vraag|0.98
p:het gehad|afronding-aankondigen|-0.92
p:het gesprek|ik-boodschap|0.91
p:het gesprek|samenvatting|1.72
p:het gesprek|afronding-aankondigen|3.66
p:het gesprek|vervolgafspraak|0.88
p:het gevoel|gevoelsreflectie|-0.91
p:het gewoon|interpreteren|0.97
p:het gewoon|geruststellen|-0.63
p:het goed|ik-boodschap|-0.99
p:het goed|jij-boodschap|0.82
p:het goed|parafrase|1.95
p:het goed|samenvatting|-0.99
p:het goed|argumenteren|-0.97
p:het goed|bekritiseren|0.17
p:het goed|geruststellen|-0.96
p:het goed|afleiden|-0.91
p:het goed|afronding-aankondigen|0.97
p:het goed|bedanken|-0.99
p:het goede|adviseren|-0.98
p:het hebben|samenvatting|-0.94
p:het heeft|ik-boodschap|1.62
p:het heeft|open-vraag|0.84
p:het heel|bekritiseren|-0.98
p:het hek|bevelen|0.97
p:het hele|bekritiseren|1.92
p:het helemaal|gevoelsreflectie|0.93
p:het helpt|adviseren|1.89
p:het hier|samenvatting|-0.95
p:het hier|argumenteren|0.95
p:het hier|afronding-aankondigen|1.88
p:het hier|vervolgafspraak|-0.9
p:het hierbij|afronding-aankondigen|0.96
p:het hoort|moraliseren|0.95
p:het huiswerk|samenvatting|1.03
p:het huiswerk|moraliseren|0.89
p:het huiswerk|interpreteren|-0.91
p:het huiswerk|geruststellen|-0.86
p:het huiswerk|afronding-aankondigen|0.98
p:het huiswerk|bedanken|0.98
p:het idee|gevoelsreflectie|-0.98
p:het idee|interpreteren|1.73
p:het in|ik-boodschap|-0.76
p:het in|argumenteren|0.79
p:het in|interpreteren|-0.91
p:het in|vervolgafspraak|-0.73
p:het is|jij-boodschap|-0.78
p:het is|waarschuwen|-1.0
p:het is|moraliseren|1.68
p:het is|argumenteren|0.13
p:het is|bekritiseren|-0.78
p:het is|geruststellen|-0.93
p:het is|afronding-aankondigen|-0.97
p:het is|bedanken|-0.95
p:het jammer|bekritiseren|-0.94
p:het je|geruststellen|-0.88
p:het kamp|samenvatting|0.83
p:het kamp|afleiden|0.9
p:het komt|open-vraag|1.0
p:het komt|adviseren|-0.98
p:het komt|argumenteren|-0.98
p:het komt|bekritiseren|-0.82
p:het komt|geruststellen|1.82
p:het komt|afleiden|-1.75
p:het kunnen|bekritiseren|0.76
p:het langst|moraliseren|0.93
p:het lastig|jij-boodschap|0.93
p:het lastig|gevoelsreflectie|-1.86
p:het lastig|moraliseren|-0.98
p:het lastig|bekritiseren|0.93
p:het leven|bevelen|-1.0
p:het leven|moraliseren|1.0
p:het liever|afleiden|0.9
p:het ligt|interpreteren|0.95
p:het lijkt|waarschuwen|-1.0
p:het lijkt|adviseren|0.99
p:het lijkt|argumenteren|-0.99
p:het lijkt|geruststellen|1.0
p:het lijkt|vervolgafspraak|-0.82
p:het lokaal|ik-boodschap|0.91
p:het luchtig|afronding-aankondigen|-0.94
p:het lukt|samenvatting|0.92
p:het maar|aanmoediging|1.78
p:het me|bekritiseren|-0.92
p:het meedenken|bedanken|0.93
p:het meest|aanmoediging|-0.8
p:het melden|samenvatting|-0.97
p:het melden|waarschuwen|0.99
p:het met|jij-boodschap|0.98
p:het met|open-vraag|-0.44
p:het met|adviseren|-0.99
p:het met|afleiden|0.91
p:het mij|vervolgafspraak|0.95
p:het minste|moraliseren|0.91
p:het moeilijk|interpreteren|0.99
p:het moeilijk|afronding-aankondigen|-0.99
p:het naar|waarschuwen|0.96
p:het niet|moraliseren|-0.96
p:het niet|interpreteren|0.8
p:het nieuwe|open-vraag|-0.93
p:het nieuwe|afleiden|0.74
p:het nodig|samenvatting|-1.0
p:het nodig|bekritiseren|0.98
p:het nog|samenvatting|0.97
p:het normaal|jij-boodschap|0.99
p:het normaal|bekritiseren|0.99
p:het nu|ik-boodschap|0.86
p:het nu|jij-boodschap|-0.93
p:het nu|gevoelsreflectie|0.85
p:het nu|samenvatting|1.0
p:het nu|bekritiseren|-0.97
p:het nu|prijzen|-1.0
p:het nu|interpreteren|-0.96
p:het om|samenvatting|0.95
p:het om|bekritiseren|0.92
p:het onrustig|parafrase|-0.96
p:het onrustig|open-vraag|-0.53
p:het ook|moraliseren|-0.97
p:het ook|adviseren|-0.97
p:het op|ondervragen|-0.97
p:het over|afleiden|-1.02
p:het pesten|bevelen|-0.97
p:het plannen|moraliseren|-0.96
p:het positief|afleiden|0.99
p:het prima|gevoelsreflectie|1.0
p:het prima|bekritiseren|0.81
p:het prima|geruststellen|1.64
p:het probleem|interpreteren|0.91
p:het programma|afleiden|-0.61
p:het project|parafrase|-1.0
p:het project|aanmoediging|-1.0
p:het project|afleiden|-1.0
p:het project|vervolgafspraak|-1.0
p:het protocol|argumenteren|-0.97
p:het pta|moraliseren|-0.55
p:het pta|argumenteren|1.0
p:het raakt|parafrase|-0.93
p:het raakt|open-vraag|-0.99
p:het raakt|adviseren|-0.99
p:het raakt|interpreteren|-0.78
p:het raakt|geruststellen|-0.88
p:het rapport|ik-boodschap|-0.99
p:het rapport|parafrase|0.99
p:het rapport|samenvatting|-0.99
p:het rapport|argumenteren|-0.85
p:het rapport|bekritiseren|-0.99
p:het rapport|etiketteren|-0.97
p:het recht|jij-boodschap|-0.99
p:het recht|bekritiseren|-0.99
p:het redelijk|parafrase|-0.78
p:het reglement|argumenteren|1.0
p:het reglement|interpreteren|-0.99
p:het rooster|aanmoediging|-0.99
p:het rooster|afleiden|-0.84
p:het samenvat|parafrase|0.99
p:het samenvat|gevoelsreflectie|-0.83
p:het samenvat|samenvatting|0.23
p:het schoolplein|afleiden|0.9
p:het schoolreisje|parafrase|0.96
p:het schoolreisje|open-vraag|-0.96
p:het slapen|samenvatting|1.0
p:het slapen|argumenteren|0.89
p:het slim|adviseren|0.93
p:het snap|parafrase|0.94
p:het snap|samenvatting|-0.82
p:het spannend|gevoelsreflectie|1.0
p:het staat|moraliseren|-0.55
p:het te|gevoelsreflectie|-0.83
p:het te|interpreteren|0.91
p:het team|ik-boodschap|0.92
p:het tegenovergestelde|jij-boodschap|0.99
p:het tegenovergestelde|bekritiseren|0.99
p:het tenminste|afleiden|0.85
p:het thuis|gevoelsreflectie|0.97
p:het thuis|samenvatting|-0.13
p:het thuis|afleiden|-0.99
p:het toch|gevoelsreflectie|0.83
p:het tweede|ik-boodschap|-0.98
p:het tweede|afronding-aankondigen|-0.83
p:het tweede|bedanken|-0.98
p:het u|jij-boodschap|-0.95
p:het u|gevoelsreflectie|1.74
p:het uit|bevelen|1.0
p:het valt|ik-boodschap|-1.69
p:het valt|bekritiseren|-0.95
p:het valt|ondervragen|-1.0
p:het vast|waarschuwen|-0.93
p:het vast|geruststellen|1.91
p:het vast|afronding-aankondigen|-1.0
p:het verder|geruststellen|-1.0
p:het verder|afleiden|1.0
p:het vergeten|argumenteren|-0.92
p:het verslag|waarschuwen|-0.98
p:het vertrouwen|vervolgafspraak|-0.99
p:het vervelend|parafrase|-1.0
p:het vervelend|open-vraag|-1.0
p:het vervelend|afronding-aankondigen|-1.0
p:het verzuim|ik-boodschap|-0.94
p:het verzuim|argumenteren|-0.92
p:het verzuim|interpreteren|-0.96
p:het verzuim|afleiden|-0.9
p:het verzuim|afronding-aankondigen|-0.8
p:het verzuim|vervolgafspraak|-0.98
p:het verzuim|bedanken|-0.98
p:het verzuimoverzicht|gevoelsreflectie|-0.97
p:het via|parafrase|0.9
p:het via|interpreteren|-0.9
p:het volgens|jij-boodschap|-0.9
p:het volgens|open-vraag|0.97
p:het vraagt|bekritiseren|-0.97
p:het weekend|ik-boodschap|0.98
p:het weekend|bekritiseren|-0.88
p:het weekend|vervolgafspraak|-0.98
p:het weer|bekritiseren|0.96
p:het weer|etiketteren|0.98
p:het wel|geruststellen|1.88
p:het werk|argumenteren|-0.89
p:het werk|bekritiseren|-0.9
p:het werkstuk|waarschuwen|0.96
p:het wijkteam|bevelen|-0.95
p:het zelf|gevoelsreflectie|0.7
p:het zelf|open-vraag|0.99
p:het zelf|adviseren|-0.74
p:het zelf|bekritiseren|0.99
p:het zelf|prijzen|-1.0
p:het zesde|samenvatting|-0.95
p:het zesde|afronding-aankondigen|0.95
p:het zo|jij-boodschap|0.85
p:het zo|waarschuwen|0.85
p:het zo|bekritiseren|0.85
p:het zonde|ik-boodschap|0.55
p:het zou|jij-boodschap|-0.99
p:het zou|prijzen|-0.99
p:het zwaarst|open-vraag|0.48
p:hetzelfde punt|ik-boodschap|0.95
p:hetzelfde punt|vervolgafspraak|-0.95
p:heus goed|bekritiseren|-0.82
p:heus niet|waarschuwen|-1.0
p:heus niet|geruststellen|1.0
p:heus wel|geruststellen|0.96
p:hielp die|ik-boodschap|0.98
p:hielp met|ik-boodschap|0.95
p:hier af|afronding-aankondigen|1.72
p:hier af|vervolgafspraak|-0.93
p:hier afronden|samenvatting|0.8
p:hier afronden|afronding-aankondigen|0.86
p:hier afronden|vervolgafspraak|0.98
p:hier afronden|bedanken|0.98
p:hier duidelijker|jij-boodschap|-0.58
p:hier emotioneel|gevoelsreflectie|0.83
p:hier gewoon|jij-boodschap|0.9
p:hier gewoon|samenvatting|-0.9
p:hier gewoon|bevelen|-0.9
p:hier gewoon|bekritiseren|0.9
p:hier in|geruststellen|0.94
p:hier laten|samenvatting|-0.95
p:hier laten|afronding-aankondigen|0.95
p:hier niet|prijzen|0.76
p:hier nu|bevelen|-0.87
p:hier nu|vervolgafspraak|-0.95
p:hier onzeker|gevoelsreflectie|0.98
p:hier op|afronding-aankondigen|-1.0
p:hier op|vervolgafspraak|1.0
p:hier stoppen|afleiden|-0.93
p:hier stoppen|vervolgafspraak|-0.97
p:hier te|afronding-aankondigen|0.97
p:hier vast|bekritiseren|-0.94
p:hier verdrietig|open-vraag|-0.97
p:hier voor|gevoelsreflectie|-0.97
p:hier voor|aanmoediging|-0.99
p:hier wel|ik-boodschap|-0.95
p:hier wel|geruststellen|-0.96
p:hier zwart|argumenteren|0.95
p:hierbij afsluiten|vervolgafspraak|-0.98
p:hierbij afsluiten|bedanken|-0.98
p:hierbij laten|afronding-aankondigen|0.96
p:hierin denkt|aanmoediging|-0.98
p:hiermee wegkomt|waarschuwen|0.95
p:hiervan geschrokken|open-vraag|1.0
p:hij 's|adviseren|0.99
p:hij 14|argumenteren|0.92
p:hij ?|open-vraag|-0.96
p:hij ?|vervolgafspraak|-0.97
p:hij achterloopt|adviseren|-0.96
p:hij afleiding|argumenteren|-0.89
p:hij allemaal|ik-boodschap|0.55
p:hij bang|bevelen|-0.97
p:hij bang|interpreteren|0.93
p:hij begint|jij-boodschap|1.04
p:hij begint|bekritiseren|0.93
p:hij bij|ik-boodschap|1.0
p:hij bij|parafrase|0.95
p:hij bij|open-vraag|1.0
p:hij bij|geruststellen|-0.99
p:hij bijles|bedanken|-0.95
p:hij daar|samenvatting|-1.0
p:hij daar|open-vraag|1.0
p:hij dan|open-vraag|-0.96
p:hij dat|open-vraag|-1.0
p:hij dat|ondervragen|1.82
p:hij de|ik-boodschap|-0.93
p:hij de|moraliseren|-0.93
p:hij de|adviseren|0.97
p:hij de|argumenteren|0.99
p:hij dit|gevoelsreflectie|-0.9
p:hij dit|moraliseren|0.93
p:hij doet|parafrase|-1.0
p:hij doet|aanmoediging|-1.0
p:hij doet|bevelen|-0.95
p:hij doet|moraliseren|-0.97
p:hij doet|afleiden|-1.0
p:hij doet|vervolgafspraak|-1.0
p:hij draait|waarschuwen|-0.92
p:hij een|jij-boodschap|-1.0
p:hij een|aanmoediging|-1.0
p:hij een|ondervragen|0.14
p:hij eerst|adviseren|0.76
p:hij eigenlijk|afleiden|0.9
p:hij gamet|bekritiseren|0.99
p:hij geen|ik-boodschap|-0.92
p:hij geen|parafrase|-0.93
p:hij geen|open-vraag|0.97
p:hij geen|argumenteren|0.91
p:hij gepest|gevoelsreflectie|-0.91
p:hij gepest|argumenteren|-0.97
p:hij gewoon|afleiden|-0.52
p:hij gisteren|ik-boodschap|-0.99
p:hij haalt|samenvatting|0.97
p:hij haalt|etiketteren|-0.92
p:hij had|samenvatting|-0.97
p:hij had|argumenteren|1.94
p:hij heeft|argumenteren|-0.96
p:hij heeft|bekritiseren|-0.86
p:hij heeft|interpreteren|-0.99
p:hij heeft|geruststellen|-0.98
p:hij het|gevoelsreflectie|0.97
p:hij het|open-vraag|0.99
p:hij het|moraliseren|-0.98
p:hij het|argumenteren|-0.92
p:hij het|bekritiseren|-0.94
p:hij het|interpreteren|0.99
p:hij hoort|afleiden|-0.86
p:hij in|geruststellen|0.81
p:hij is|ik-boodschap|-1.0
p:hij is|jij-boodschap|-1.09
p:hij is|parafrase|1.0
p:hij is|gevoelsreflectie|-1.0
p:hij is|bekritiseren|-0.91
p:hij is|geruststellen|-0.74
p:hij is|vervolgafspraak|-1.0
p:hij komt|vervolgafspraak|-1.77
p:hij kreeg|gevoelsreflectie|0.91
p:hij kreeg|samenvatting|0.86
p:hij kreeg|vervolgafspraak|0.73
p:hij krijgt|samenvatting|0.8
p:hij krijgt|afronding-aankondigen|0.86
p:hij krijgt|vervolgafspraak|0.98
p:hij krijgt|bedanken|0.98
p:hij lapt|jij-boodschap|0.82
p:hij lapt|bekritiseren|0.95
p:hij mist|samenvatting|0.99
p:hij mist|waarschuwen|-0.99
p:hij mist|adviseren|-0.99
p:hij moet|bekritiseren|-0.64
p:hij moet|geruststellen|0.99
p:hij morgen|bevelen|0.71
p:hij morgen|waarschuwen|-0.87
p:hij morgen|interpreteren|-0.94
p:hij naar|argumenteren|-0.89
p:hij naar|ondervragen|0.98
p:hij nablijven|ondervragen|-0.97
p:hij nauwelijks|ik-boodschap|0.94
p:hij nauwelijks|interpreteren|-0.9
p:hij niet|parafrase|-0.99
p:hij niet|waarschuwen|1.95
p:hij niet|adviseren|-0.96
p:hij niet|argumenteren|0.91
p:hij niet|geruststellen|-0.99
p:hij nog|jij-boodschap|-0.98
p:hij nog|interpreteren|0.91
p:hij om|bekritiseren|0.81
p:hij om|interpreteren|0.99
p:hij omdat|bevelen|-0.97
p:hij online|jij-boodschap|0.99
p:hij op|jij-boodschap|0.26
p:hij op|samenvatting|-0.93
p:hij op|bevelen|0.99
p:hij op|waarschuwen|-0.87
p:hij op|bekritiseren|0.46
p:hij op|prijzen|-0.99
p:hij redt|geruststellen|0.95
p:hij slaapt|waarschuwen|-0.99
p:hij slaapt|adviseren|-0.99
p:hij speelt|jij-boodschap|-0.89
p:hij speelt|interpreteren|-1.0
p:hij staat|ik-boodschap|0.98
p:hij staat|vervolgafspraak|-0.98
p:hij steeds|afleiden|-0.52
p:hij stelt|bekritiseren|1.71
p:hij stoer|argumenteren|-0.99
p:hij thuis|open-vraag|-2.86
p:hij thuis|interpreteren|-0.83
p:hij thuis|vervolgafspraak|-0.97
p:hij toch|moraliseren|0.93
p:hij trekt|bekritiseren|-0.94
p:hij van|waarschuwen|0.92
p:hij vanzelf|geruststellen|0.99
p:hij verveelt|interpreteren|0.91
p:hij voelt|parafrase|-0.97
p:hij voelt|samenvatting|0.97
p:hij volgend|parafrase|0.99
p:hij volgend|waarschuwen|1.8
p:hij voor|afleiden|0.98
p:hij weer|samenvatting|0.89
p:hij weer|waarschuwen|1.0
p:hij weer|bekritiseren|-0.81
p:hij wil|jij-boodschap|-0.77
p:hij wil|samenvatting|0.92
p:hij wil|waarschuwen|-0.96
p:hij wil|argumenteren|-0.99
p:hij wil|prijzen|0.96
p:hij wil|interpreteren|0.93
p:hij woensdag|prijzen|0.92
p:hij wordt|parafrase|0.99
p:hij wordt|samenvatting|-0.75
p:hij zelf|interpreteren|0.72
p:hij zich|open-vraag|-1.0
p:hij zich|waarschuwen|-0.99
p:hij zich|afronding-aankondigen|-1.0
p:hij zijn|jij-boodschap|0.81
p:hij zijn|parafrase|-0.99
p:hij zijn|samenvatting|-0.93
p:hij zijn|waarschuwen|1.85
p:hij zijn|moraliseren|-0.89
p:hij zijn|bekritiseren|-0.13
p:hij zijn|geruststellen|-0.99
p:hij zijn|ondervragen|-0.97
p:hij zit|waarschuwen|-0.92
p:hij zo|argumenteren|-0.73
p:hij zo|bekritiseren|-0.98
p:hij zoekt|interpreteren|1.0
p:hm en|gevoelsreflectie|-0.98
p:hm en|aanmoediging|0.98
p:hm hm|gevoelsreflectie|-0.98
p:hm hm|open-vraag|0.91
p:hm hm|aanmoediging|0.98
p:hoe bevalt|open-vraag|-0.93
p:hoe bevalt|afleiden|0.74
p:hoe dat|parafrase|-0.78
p:hoe de|vervolgafspraak|0.98
p:hoe denkt|open-vraag|0.93
p:hoe en|gevoelsreflectie|-0.83
p:hoe gaat|ik-boodschap|1.0
p:hoe gaat|parafrase|1.83
p:hoe gaat|gevoelsreflectie|0.85
p:hoe gaat|samenvatting|-0.96
p:hoe gaat|open-vraag|2.95
p:hoe gaat|aanmoediging|-1.0
p:hoe gaat|adviseren|-0.99
p:hoe gaat|afleiden|0.91
p:hoe gaat|vervolgafspraak|-0.95
p:hoe heeft|ik-boodschap|-1.0
p:hoe heeft|parafrase|-0.99
p:hoe heeft|gevoelsreflectie|0.97
p:hoe heeft|ondervragen|-1.0
p:hoe het|ik-boodschap|-0.89
p:hoe het|jij-boodschap|0.98
p:hoe het|parafrase|-0.9
p:hoe het|samenvatting|1.01
p:hoe het|open-vraag|-1.41
p:hoe het|adviseren|0.9
p:hoe het|interpreteren|-0.91
p:hoe het|vervolgafspraak|1.88
p:hoe het|bedanken|0.94
p:hoe hij|afronding-aankondigen|-1.0
p:hoe is|ik-boodschap|1.01
p:hoe is|gevoelsreflectie|-0.97
p:hoe is|open-vraag|0.95
p:hoe is|geruststellen|-1.0
p:hoe is|afleiden|1.0
p:hoe kan|jij-boodschap|0.84
p:hoe kevin|ik-boodschap|0.98
p:hoe kijkt|jij-boodschap|-0.82
p:hoe kijkt|parafrase|-1.0
p:hoe kijkt|gevoelsreflectie|-1.0
p:hoe kijkt|open-vraag|0.57
p:hoe kijkt|bekritiseren|-0.92
p:hoe komt|jij-boodschap|-0.9
p:hoe komt|open-vraag|0.97
p:hoe laat|ik-boodschap|-1.8
p:hoe laat|open-vraag|-0.96
p:hoe laat|ondervragen|2.73
p:hoe laat|afleiden|-0.99
p:hoe laat|vervolgafspraak|-0.97
p:hoe u|ondervragen|-0.9
p:hoe voel|bekritiseren|-0.98
p:hoe was|parafrase|-0.9
p:hoe was|gevoelsreflectie|-0.95
p:hoe was|open-vraag|-1.42
p:hoe was|bevelen|-1.0
p:hoe was|argumenteren|-1.0
p:hoe was|ondervragen|-0.97
p:hoe was|afleiden|1.94
p:hoe ziet|open-vraag|0.99
p:hoe zou|afleiden|-0.91
p:hoeft je|waarschuwen|-0.92
p:hoeft niet|geruststellen|0.98
p:hoeft u|moraliseren|-0.89
p:hoeft u|interpreteren|-0.93
p:hoeft u|afleiden|0.95
p:hoeveel uur|bevelen|-0.88
p:hoezo heeft|open-vraag|-1.0
p:hoezo heeft|ondervragen|1.0
p:hoezo was|ondervragen|0.97
p:hoi bram|jij-boodschap|-0.15
p:hoi bram|geruststellen|-0.84
p:hoi ga|bevelen|-1.77
p:hoofd op|ik-boodschap|-0.97
p:hoog zit|open-vraag|-1.0
p:hoogte ?|ondervragen|0.97
p:hoogte is|prijzen|1.0
p:hoogte te|moraliseren|0.93
p:hoogte volgende|samenvatting|0.94
p:hoogte volgende|bedanken|0.94
p:hoopt dat|parafrase|0.99
p:hoor bent|open-vraag|-0.77
p:hoor daar|etiketteren|0.91
p:hoor dat|gevoelsreflectie|1.67
p:hoor dat|open-vraag|1.0
p:hoor dat|aanmoediging|-0.83
p:hoor dat|bevelen|-1.0
p:hoor dat|geruststellen|-0.34
p:hoor dat|afleiden|-0.91
p:hoor dat|vervolgafspraak|-1.0
p:hoor heb|ik-boodschap|-0.99
p:hoor heb|parafrase|0.99
p:hoor heb|samenvatting|-0.99
p:hoor het|gevoelsreflectie|-0.85
p:hoor hoe|ondervragen|-0.9
p:hoor ik|gevoelsreflectie|0.9
p:hoor ik|aanmoediging|0.99
p:hoor ik|bevelen|-1.39
p:hoor ik|ondervragen|0.91
p:hoor is|gevoelsreflectie|0.98
p:hoor is|aanmoediging|-0.9
p:hoor je|argumenteren|0.85
p:hoor u|gevoelsreflectie|-0.49
p:hoor veel|gevoelsreflectie|0.94
p:hoor volgens|argumenteren|0.87
p:hoor zeggen|parafrase|0.78
p:hoorde ik|aanmoediging|-0.92
p:hoort bij|geruststellen|0.94
p:hoort bij|afleiden|-0.52
p:hoort dan|bekritiseren|-1.53
p:hoort een|moraliseren|1.0
p:hoort een|argumenteren|-1.0
p:hoort een|afleiden|-0.93
p:hoort gewoon|jij-boodschap|-0.99
p:hoort gewoon|samenvatting|-0.99
p:hoort gewoon|moraliseren|0.97
p:hoort gewoon|interpreteren|-0.99
p:hoort je|waarschuwen|-0.96
p:hoort niet|ik-boodschap|-0.98
p:hoort niet|adviseren|-0.98
p:hoort nu|argumenteren|-0.77
p:hoort nu|interpreteren|-0.93
p:hoort nu|geruststellen|-0.93
p:hoort nu|afleiden|1.83
p:hoort te|jij-boodschap|0.8
p:hoort te|moraliseren|1.8
p:hoort te|geruststellen|-1.0
p:hoort u|argumenteren|0.87
p:hoort u|bekritiseren|0.78
p:hoort zijn|waarschuwen|0.98
p:hoort zijn|moraliseren|0.98
p:horen dat|bekritiseren|-0.98
p:horen dat|afleiden|-1.0
p:horen de|argumenteren|-0.83
p:horen hoe|samenvatting|0.94
p:horen hoe|open-vraag|-0.97
p:horen hoe|vervolgafspraak|0.97
p:horen hoe|bedanken|0.94
p:horen moeten|samenvatting|-0.98
p:horen moeten|vervolgafspraak|-0.98
p:horen op|moraliseren|0.93
p:hou daar|bevelen|0.95
p:hou nou|samenvatting|-1.0
p:hou nou|bevelen|1.0
p:houd de|samenvatting|0.94
p:houd de|bedanken|0.94
p:houden contact|aanmoediging|-0.97
p:houden elkaar|argumenteren|-0.99
p:houden en|bevelen|0.98
p:houden en|bekritiseren|-0.9
p:houden en|afleiden|0.99
p:houden zijn|samenvatting|0.8
p:houden zijn|afronding-aankondigen|0.86
p:houden zijn|vervolgafspraak|0.98
p:houden zijn|bedanken|0.98
p:houding van|jij-boodschap|-0.91
p:houdt heb|samenvatting|-1.0
p:houdt heb|waarschuwen|-1.0
p:houdt heb|prijzen|-1.0
p:houdt heb|vervolgafspraak|-1.0
p:houdt hoe|jij-boodschap|-0.82
p:houdt hoe|open-vraag|0.57
p:houdt hoe|bekritiseren|-0.92
p:huilend in|geruststellen|-0.99
p:huis eigenlijk|open-vraag|-0.93
p:huis eigenlijk|afleiden|0.74
p:huis gegaan|open-vraag|-0.95
p:huis uit|moraliseren|0.51
p:huis zag|ik-boodschap|-1.0
p:huisarts gaan|ik-boodschap|-0.74
p:huisarts gaan|bevelen|-0.99
p:huisarts gaan|waarschuwen|-0.99
p:huisarts gaan|prijzen|-0.98
p:huisarts gaan|geruststellen|0.91
p:huisarts kunnen|adviseren|1.0
p:huisarts kunnen|interpreteren|-1.0
p:huisarts op|ik-boodschap|-0.97
p:huisarts op|samenvatting|0.97
p:huisarts op|adviseren|-0.97
p:huisarts op|vervolgafspraak|0.97
p:huisarts te|adviseren|0.99
p:huisarts te|argumenteren|-0.99
p:huisarts te|vervolgafspraak|-0.82
p:huiswerk ?|samenvatting|-0.96
p:huiswerk ?|bekritiseren|-0.88
p:huiswerk af|bevelen|0.71
p:huiswerk af|waarschuwen|-0.87
p:huiswerk blijft|samenvatting|0.96
p:huiswerk de|ik-boodschap|1.0
p:huiswerk de|samenvatting|1.0
p:huiswerk de|open-vraag|1.0
p:huiswerk geen|bekritiseren|-0.99
p:huiswerk maakt|adviseren|0.76
p:huiswerk maken|ik-boodschap|-0.98
p:huiswerk niet|open-vraag|-0.97
p:huiswerk niet|moraliseren|-0.93
p:huiswerk niet|argumenteren|-0.88
p:huiswerk nooit|adviseren|0.98
p:huiswerk steeds|afleiden|-0.99
p:huiswerk te|waarschuwen|0.98
p:huiswerk te|moraliseren|0.98
p:huiswerk te|adviseren|-0.81
p:huiswerk toe|open-vraag|-0.99
p:huiswerk uren|samenvatting|0.98
p:huiswerk uren|afronding-aankondigen|0.98
p:huiswerk uren|bedanken|0.98
p:huiswerk wel|samenvatting|-0.95
p:huiswerk wel|geruststellen|-0.86
p:huiswerkbegeleiding ?|bekritiseren|-1.0
p:huiswerkbegeleiding ?|ondervragen|-1.0
p:huiswerkklas en|parafrase|-0.9
p:huiswerkklas en|samenvatting|0.9
p:huiswerkklas is|parafrase|-0.95
p:huiswerkklas zitten|adviseren|0.98
p:huiswerkmoment afspreken|prijzen|-0.96
p:huiswerkopdracht ingelevert|ik-boodschap|0.91
p:huiswerkopdracht ingelevert|jij-boodschap|-0.82
p:huiswerkopdracht ingelevert|bekritiseren|-0.91
p:huiswerkritme er|ondervragen|-0.9
p:huiswerktijd afspreken|parafrase|-0.97
p:huiswerktijd afspreken|open-vraag|-0.97
p:huiswerktijd afspreken|adviseren|0.97
p:huiswerktijd afspreken|vervolgafspraak|0.97
p:huiswerkuur in|adviseren|0.99
p:huiswerkuur in|prijzen|-0.74
p:huiswerkuur in|ondervragen|-0.74
p:hulp nodig|prijzen|0.91
p:hulp vragen|bevelen|-0.95
p:hun kind|argumenteren|-0.93
p:hun kind|afleiden|-0.93
p:hun vraag|ik-boodschap|0.95
p:hysterisch en|bevelen|1.83
p:hè ?|open-vraag|-0.63
p:hè met|geruststellen|-0.96
p:hé bram|afleiden|-0.76
p:idee dat|gevoelsreflectie|-0.98
p:idee dat|interpreteren|1.73
p:idee of|samenvatting|-1.0
p:idee of|waarschuwen|-1.0
p:idee of|prijzen|-1.0
p:idee of|vervolgafspraak|-1.0
p:idee om|moraliseren|-0.93
p:idee om|adviseren|0.74
p:ideeën heeft|bedanken|-0.99
p:ie zo|interpreteren|-0.95
p:iedereen een|argumenteren|0.91
p:iedereen haalt|afleiden|0.88
p:iedereen is|jij-boodschap|0.9
p:iedereen is|samenvatting|-0.9
p:iedereen is|bekritiseren|0.89
p:iedereen wel|geruststellen|-1.14
p:iedereen wel|afleiden|0.12
p:iemand gewond|ik-boodschap|0.91
p:iemand pijn|waarschuwen|-0.96
p:iemand thuis|samenvatting|-0.93
p:iemand uitlachen|ik-boodschap|-0.97
p:iemand uitlachen|moraliseren|0.97
p:iemand uitschelden|jij-boodschap|-2.27
p:iemand uitschelden|moraliseren|1.73
p:iemand uitschelden|bekritiseren|-2.47
p:iets aan|waarschuwen|0.92
p:iets aan|bekritiseren|1.0
p:iets anders|afleiden|0.63
p:iets en|interpreteren|0.93
p:iets heel|bevelen|-0.64
p:iets is|vervolgafspraak|0.95
p:iets meer|parafrase|-1.0
p:iets onduidelijk|jij-boodschap|-0.85
p:iets op|jij-boodschap|0.92
p:iets uitleg|etiketteren|-0.98
p:iets van|samenvatting|-0.79
p:iets verkeerd|geruststellen|-0.68
p:ik alles|ik-boodschap|-0.94
p:ik alles|samenvatting|0.99
p:ik alles|waarschuwen|-0.99
p:ik alles|adviseren|-0.99
p:ik andere|waarschuwen|0.86
p:ik app|aanmoediging|-1.0
p:ik app|vervolgafspraak|1.0
p:ik balen|gevoelsreflectie|-0.87
p:ik balen|open-vraag|0.96
p:ik begrijp|jij-boodschap|0.93
p:ik begrijp|parafrase|-0.84
p:ik begrijp|gevoelsreflectie|1.02
p:ik begrijp|aanmoediging|0.82
p:ik begrijp|bekritiseren|0.93
p:ik begrijp|etiketteren|-1.0
p:ik begrijp|interpreteren|-0.92
p:ik begrijp|geruststellen|0.98
p:ik begrijp|afleiden|0.91
p:ik bel|samenvatting|-0.84
p:ik bel|open-vraag|-0.97
p:ik bel|vervolgafspraak|3.71
p:ik ben|ik-boodschap|1.82
p:ik ben|jij-boodschap|-1.81
p:ik ben|gevoelsreflectie|-1.0
p:ik ben|open-vraag|0.99
p:ik ben|waarschuwen|-0.94
p:ik ben|bekritiseren|-1.18
p:ik ben|geruststellen|-1.0
p:ik beëindig|vervolgafspraak|0.98
p:ik bram|ik-boodschap|-1.0
p:ik bram|gevoelsreflectie|1.0
p:ik breek|afronding-aankondigen|0.81
p:ik dan|afronding-aankondigen|-0.99
p:ik dat|ik-boodschap|0.94
p:ik dat|parafrase|0.98
p:ik dat|bevelen|0.97
p:ik dat|interpreteren|-0.9
p:ik de|ik-boodschap|-0.83
p:ik de|parafrase|0.96
p:ik de|open-vraag|-0.98
p:ik de|waarschuwen|-0.92
p:ik de|adviseren|0.82
p:ik de|argumenteren|-0.81
p:ik denk|jij-boodschap|1.05
p:ik denk|adviseren|-0.97
p:ik denk|bekritiseren|0.9
p:ik denk|interpreteren|0.69
p:ik denk|afronding-aankondigen|0.97
p:ik die|adviseren|0.99
p:ik die|bekritiseren|0.99
p:ik dit|ik-boodschap|-0.84
p:ik dit|jij-boodschap|0.77
p:ik dit|aanmoediging|-1.0
p:ik dit|bevelen|1.0
p:ik dit|waarschuwen|0.96
p:ik echt|ik-boodschap|1.78
p:ik echt|gevoelsreflectie|-0.97
p:ik echt|geruststellen|0.95
p:ik een|ik-boodschap|0.75
p:ik een|parafrase|-0.97
p:ik een|gevoelsreflectie|-0.82
p:ik een|argumenteren|-0.81
p:ik een|bekritiseren|0.79
p:ik eens|ik-boodschap|-0.74
p:ik eens|prijzen|-0.98
p:ik ga|ik-boodschap|-1.0
p:ik ga|samenvatting|-0.98
p:ik ga|afronding-aankondigen|-0.72
p:ik ga|vervolgafspraak|-0.91
p:ik ga|bedanken|-0.94
p:ik geef|ik-boodschap|-0.98
p:ik geen|samenvatting|-1.0
p:ik geen|waarschuwen|-1.0
p:ik geen|prijzen|-1.0
p:ik geen|vervolgafspraak|-1.0
p:ik goed|open-vraag|-0.91
p:ik haar|ik-boodschap|0.97
p:ik had|bekritiseren|-2.6
p:ik heb|ik-boodschap|0.72
p:ik heb|jij-boodschap|-0.92
p:ik heb|gevoelsreflectie|-1.84
p:ik heb|bevelen|-0.41
p:ik heb|argumenteren|1.73
p:ik heb|interpreteren|1.73
p:ik heb|afronding-aankondigen|-1.0
p:ik heb|vervolgafspraak|-0.95
p:ik heb|bedanken|-1.0
p:ik hem|jij-boodschap|-0.98
p:ik hem|open-vraag|0.95
p:ik hem|bevelen|1.66
p:ik hem|waarschuwen|0.99
p:ik hem|adviseren|-0.98
p:ik hem|bekritiseren|-0.99
p:ik hem|prijzen|0.99
p:ik het|ik-boodschap|-0.99
p:ik het|parafrase|2.93
p:ik het|gevoelsreflectie|-0.83
p:ik het|samenvatting|-1.68
p:ik het|open-vraag|-1.74
p:ik het|bekritiseren|-0.98
p:ik het|geruststellen|-1.95
p:ik het|afleiden|1.86
p:ik het|afronding-aankondigen|0.92
p:ik het|vervolgafspraak|-0.98
p:ik het|bedanken|-0.98
p:ik hoor|gevoelsreflectie|1.27
p:ik hoor|open-vraag|1.0
p:ik hoor|aanmoediging|-0.9
p:ik hoor|geruststellen|-0.98
p:ik houd|samenvatting|0.94
p:ik houd|bedanken|0.94
p:ik iets|etiketteren|-0.98
p:ik in|argumenteren|-0.99
p:ik jammer|ik-boodschap|1.92
p:ik jammer|parafrase|-0.96
p:ik jammer|samenvatting|-0.94
p:ik jammer|bevelen|-1.0
p:ik jammer|vervolgafspraak|-0.95
p:ik je|ik-boodschap|-0.98
p:ik je|samenvatting|-0.95
p:ik je|waarschuwen|1.0
p:ik je|afronding-aankondigen|0.9
p:ik je|vervolgafspraak|1.88
p:ik je|bedanken|0.95
p:ik jullie|waarschuwen|0.99
p:ik jullie|bekritiseren|0.99
p:ik kan|ik-boodschap|-0.92
p:ik kan|gevoelsreflectie|1.0
p:ik kan|adviseren|0.87
p:ik kan|interpreteren|-1.0
p:ik lastig|ik-boodschap|0.75
p:ik lastig|argumenteren|-0.81
p:ik luister|open-vraag|-1.0
p:ik luister|aanmoediging|1.1
p:ik luister|adviseren|-0.98
p:ik maak|jij-boodschap|-0.92
p:ik maak|adviseren|-0.96
p:ik maak|geruststellen|-0.96
p:ik maandag|ik-boodschap|0.98
p:ik maandag|vervolgafspraak|-0.98
p:ik maar|ik-boodschap|-0.97
p:ik maar|gevoelsreflectie|0.9
p:ik maar|geruststellen|0.88
p:ik maar|ondervragen|0.91
p:ik mail|samenvatting|-0.96
p:ik mail|afleiden|-0.93
p:ik mail|afronding-aankondigen|-0.88
p:ik me|ik-boodschap|0.91
p:ik me|samenvatting|-0.98
p:ik me|waarschuwen|-0.98
p:ik me|vervolgafspraak|-0.98
p:ik merk|ik-boodschap|-0.86
p:ik merk|gevoelsreflectie|0.89
p:ik merk|open-vraag|-0.97
p:ik merk|aanmoediging|0.9
p:ik merk|moraliseren|-0.93
p:ik merk|adviseren|0.11
p:ik merk|afronding-aankondigen|0.75
p:ik met|ik-boodschap|-0.89
p:ik met|samenvatting|0.96
p:ik met|vervolgafspraak|0.96
p:ik misschien|adviseren|0.98
p:ik mo|ik-boodschap|0.96
p:ik mo|waarschuwen|-0.96
p:ik mo|argumenteren|-0.96
p:ik moeilijk|open-vraag|-0.95
p:ik moet|bevelen|-0.87
p:ik moet|waarschuwen|0.99
p:ik moet|afronding-aankondigen|1.0
p:ik moet|vervolgafspraak|-0.95
p:ik na|ik-boodschap|0.99
p:ik na|gevoelsreflectie|-0.99
p:ik naar|ik-boodschap|0.98
p:ik neem|bedanken|-0.93
p:ik niet|parafrase|-0.96
p:ik niet|open-vraag|-0.95
p:ik niet|bedanken|-0.99
p:ik niks|geruststellen|-0.99
p:ik nu|ondervragen|-0.93
p:ik ook|ik-boodschap|1.0
p:ik ook|argumenteren|0.79
p:ik overleg|ik-boodschap|-0.97
p:ik overleg|samenvatting|0.97
p:ik overleg|adviseren|-0.97
p:ik overleg|vervolgafspraak|0.97
p:ik pas|bevelen|-1.0
p:ik pas|vervolgafspraak|-1.0
p:ik plan|gevoelsreflectie|0.21
p:ik plan|vervolgafspraak|0.73
p:ik praat|parafrase|-0.9
p:ik praat|samenvatting|0.9
p:ik regel|afronding-aankondigen|-0.93
p:ik reken|prijzen|0.99
p:ik schrik|geruststellen|-0.99
p:ik sluit|bedanken|0.93
p:ik snap|gevoelsreflectie|1.0
p:ik snap|samenvatting|-0.98
p:ik snap|adviseren|0.11
p:ik snap|geruststellen|1.01
p:ik snap|afleiden|-0.89
p:ik spreek|ik-boodschap|-0.98
p:ik spreek|samenvatting|0.98
p:ik spreek|vervolgafspraak|0.98
p:ik spreek|bedanken|-0.98
p:ik steeds|open-vraag|0.99
p:ik stel|vervolgafspraak|1.0
p:ik stop|vervolgafspraak|-0.99
p:ik stuur|samenvatting|-0.84
p:ik stuur|waarschuwen|0.92
p:ik typerend|ik-boodschap|-0.84
p:ik typerend|jij-boodschap|0.77
p:ik u|ik-boodschap|-0.74
p:ik u|parafrase|0.77
p:ik u|gevoelsreflectie|-0.47
p:ik u|samenvatting|0.96
p:ik u|adviseren|1.81
p:ik u|bekritiseren|-0.99
p:ik u|prijzen|-0.9
p:ik u|afronding-aankondigen|-0.83
p:ik u|vervolgafspraak|0.98
p:ik u|bedanken|0.94
p:ik vertel|gevoelsreflectie|-1.0
p:ik vertel|open-vraag|-1.0
p:ik vervelend|open-vraag|0.95
p:ik via|bekritiseren|-0.98
p:ik vind|jij-boodschap|0.48
p:ik vind|parafrase|-1.0
p:ik vind|gevoelsreflectie|-0.24
p:ik vind|open-vraag|-1.0
p:ik vind|waarschuwen|-0.99
p:ik vind|moraliseren|-0.98
p:ik vind|bekritiseren|1.9
p:ik vind|afronding-aankondigen|-1.99
p:ik voel|gevoelsreflectie|-0.99
p:ik voel|open-vraag|-1.0
p:ik voel|vervolgafspraak|-0.98
p:ik volg|gevoelsreflectie|-0.93
p:ik volg|aanmoediging|1.0
p:ik vond|ik-boodschap|2.86
p:ik vond|afleiden|-1.0
p:ik vooral|adviseren|-0.99
p:ik vraag|ik-boodschap|-0.91
p:ik vraag|jij-boodschap|0.82
p:ik vraag|bevelen|0.88
p:ik vraag|ondervragen|-0.98
p:ik vraag|vervolgafspraak|0.91
p:ik waar|open-vraag|0.92
p:ik waardeer|bedanken|0.95
p:ik wacht|jij-boodschap|-0.97
p:ik wacht|bevelen|-0.98
p:ik weet|interpreteren|-0.95
p:ik wil|parafrase|-0.96
p:ik wil|samenvatting|0.8
p:ik wil|open-vraag|0.95
p:ik wil|afronding-aankondigen|1.83
p:ik wil|vervolgafspraak|0.95
p:ik word|ik-boodschap|0.95
p:ik word|ondervragen|-0.96
p:ik word|vervolgafspraak|-0.95
p:ik zag|ik-boodschap|-0.75
p:ik zag|vervolgafspraak|-0.97
p:ik zeg|ik-boodschap|-0.93
p:ik zeg|samenvatting|0.97
p:ik zeg|prijzen|-0.98
p:ik zeg|geruststellen|1.02
p:ik zie|ik-boodschap|0.8
p:ik zie|jij-boodschap|-0.95
p:ik zie|gevoelsreflectie|0.81
p:ik zie|open-vraag|1.0
p:ik zijn|bevelen|-1.0
p:ik zijn|vervolgafspraak|-1.0
p:ik zonde|vervolgafspraak|0.98
p:ik zou|adviseren|0.97
p:ilias het|moraliseren|0.97
p:in 2b|jij-boodschap|-0.8
p:in ?|adviseren|0.99
p:in ?|prijzen|-0.74
p:in ?|ondervragen|-0.74
p:in actie|waarschuwen|-0.93
p:in als|bekritiseren|0.99
p:in bescherming|adviseren|-0.97
p:in bij|bevelen|0.92
p:in dat|prijzen|0.91
p:in de|jij-boodschap|0.65
p:in de|gevoelsreflectie|0.64
p:in de|open-vraag|0.44
p:in de|aanmoediging|-0.78
p:in de|bevelen|-0.9
p:in de|waarschuwen|0.89
p:in de|moraliseren|0.54
p:in de|adviseren|-1.85
p:in de|argumenteren|1.59
p:in de|bekritiseren|1.63
p:in de|etiketteren|-0.93
p:in de|afleiden|-1.02
p:in de|afronding-aankondigen|0.86
p:in de|vervolgafspraak|-2.67
p:in de|bedanken|0.98
p:in deze|bekritiseren|-0.98
p:in een|bevelen|-0.93
p:in een|adviseren|0.95
p:in een|geruststellen|0.81
p:in elke|afleiden|0.96
p:in goede|geruststellen|0.94
p:in hebt|jij-boodschap|1.05
p:in hebt|bekritiseren|1.89
p:in hebt|interpreteren|-1.89
p:in heeft|ondervragen|-0.93
p:in het|ik-boodschap|0.91
p:in het|gevoelsreflectie|-1.0
p:in het|open-vraag|-1.0
p:in het|bevelen|-1.0
p:in het|waarschuwen|-0.98
p:in het|moraliseren|0.45
p:in het|argumenteren|-0.99
p:in het|bekritiseren|-0.88
p:in het|vervolgafspraak|-0.98
p:in het|bedanken|-0.98
p:in hij|geruststellen|0.95
p:in hoe|jij-boodschap|0.98
p:in je|gevoelsreflectie|-1.0
p:in je|moraliseren|-1.0
p:in je|argumenteren|-1.0
p:in je|bekritiseren|0.73
p:in je|prijzen|1.0
p:in je|interpreteren|-1.78
p:in je|geruststellen|-1.87
p:in jouw|adviseren|0.97
p:in kringetjes|afronding-aankondigen|0.75
p:in lokaal|vervolgafspraak|0.93
p:in magister|jij-boodschap|0.85
p:in magister|argumenteren|1.0
p:in magister|bekritiseren|0.85
p:in met|samenvatting|-0.9
p:in mijn|samenvatting|0.98
p:in moet|jij-boodschap|-0.58
p:in plaats|adviseren|-0.87
p:in samen|gevoelsreflectie|-0.7
p:in samen|vervolgafspraak|0.98
p:in school|open-vraag|0.97
p:in slaap|ik-boodschap|0.99
p:in taal|geruststellen|-0.75
p:in te|jij-boodschap|-0.99
p:in te|bekritiseren|-0.99
p:in voor|gevoelsreflectie|0.91
p:in voor|samenvatting|0.86
p:in voor|vervolgafspraak|0.73
p:in wat|gevoelsreflectie|0.94
p:in wiskunde|jij-boodschap|-1.0
p:in wiskunde|parafrase|-1.0
p:in wiskunde|bekritiseren|-1.0
p:in wiskunde|interpreteren|1.0
p:in wiskunde|geruststellen|-0.75
p:in zit|waarschuwen|-0.98
p:in zwolle|ik-boodschap|-0.86
p:incident op|afleiden|0.9
p:indruk maken|interpreteren|0.99
p:informatie u|bevelen|-0.97
p:informatie verwacht|aanmoediging|-0.98
p:informatieavond geweest|open-vraag|-0.97
p:informatieavond geweest|prijzen|-0.95
p:ingeleverd bij|bevelen|-0.97
p:ingeleverd dus|ik-boodschap|0.92
p:ingeleverd dus|jij-boodschap|-0.92
p:ingeleverd dus|bekritiseren|-0.92
p:ingeleverd werkstuk|argumenteren|1.85
p:ingewikkelder dan|geruststellen|-0.93
p:ingrijpen en|open-vraag|-0.95
p:inlevert krijg|waarschuwen|0.96
p:inlevert krijgt|argumenteren|-1.0
p:inlevert krijgt|etiketteren|-1.0
p:inlevert krijgt|interpreteren|-1.0
p:inlevert mag|waarschuwen|0.95
p:instagram moest|bekritiseren|-0.98
p:interesse toont|jij-boodschap|0.98
p:internet doet|waarschuwen|-0.97
p:iris de|open-vraag|0.98
p:is ?|vervolgafspraak|0.95
p:is als|adviseren|0.76
p:is als|argumenteren|0.96
p:is als|prijzen|1.0
p:is als|afleiden|-0.96
p:is beter|samenvatting|0.96
p:is dat|ik-boodschap|-1.62
p:is dat|gevoelsreflectie|-0.96
p:is dat|open-vraag|0.95
p:is dat|aanmoediging|-0.9
p:is dat|bevelen|0.88
p:is dat|argumenteren|0.27
p:is dat|etiketteren|-1.0
p:is de|ik-boodschap|-0.79
p:is de|jij-boodschap|1.54
p:is de|interpreteren|-0.91
p:is degene|jij-boodschap|1.74
p:is degene|bekritiseren|0.98
p:is dex|open-vraag|0.95
p:is dex|vervolgafspraak|-0.95
p:is duidelijk|argumenteren|0.78
p:is duidelijk|interpreteren|-0.99
p:is echt|jij-boodschap|-2.68
p:is echt|bevelen|-1.0
p:is echt|moraliseren|-0.99
p:is echt|bekritiseren|2.55
p:is een|jij-boodschap|-0.69
p:is een|parafrase|-0.95
p:is een|moraliseren|-1.0
p:is een|argumenteren|0.18
p:is een|bekritiseren|-0.46
p:is een|prijzen|-0.99
p:is en|ik-boodschap|0.93
p:is en|argumenteren|-0.99
p:is er|parafrase|-1.96
p:is er|open-vraag|1.0
p:is er|geruststellen|0.86
p:is fijn|bekritiseren|-0.89
p:is gebeurd|ik-boodschap|0.86
p:is geduwd|gevoelsreflectie|0.7
p:is gegaan|samenvatting|-0.98
p:is gewoon|ik-boodschap|-0.92
p:is gewoon|jij-boodschap|0.82
p:is gewoon|moraliseren|0.97
p:is gewoon|argumenteren|0.19
p:is gewoon|bekritiseren|-0.95
p:is gewoon|geruststellen|-0.99
p:is geworden|ondervragen|-0.83
p:is goed|argumenteren|-0.97
p:is goed|afronding-aankondigen|-0.97
p:is heel|argumenteren|1.94
p:is heel|etiketteren|-0.93
p:is heel|geruststellen|0.9
p:is het|ik-boodschap|0.86
p:is het|gevoelsreflectie|-0.97
p:is het|open-vraag|-1.49
p:is het|waarschuwen|-0.98
p:is het|adviseren|0.93
p:is het|argumenteren|1.0
p:is het|geruststellen|-1.0
p:is het|afleiden|1.0
p:is heus|waarschuwen|-1.0
p:is heus|geruststellen|1.0
p:is hier|geruststellen|0.94
p:is hij|parafrase|0.95
p:is hij|open-vraag|-0.96
p:is hij|argumenteren|-0.92
p:is hij|interpreteren|0.91
p:is hij|afleiden|-0.52
p:is ingewikkelder|geruststellen|-0.93
p:is kader|adviseren|-0.87
p:is kunnen|samenvatting|-1.0
p:is logisch|moraliseren|-0.97
p:is logisch|adviseren|-0.97
p:is maar|jij-boodschap|0.93
p:is maar|gevoelsreflectie|-0.87
p:is maar|argumenteren|-0.73
p:is maar|bekritiseren|0.93
p:is maar|geruststellen|0.95
p:is maar|afleiden|-0.95
p:is misschien|interpreteren|0.91
p:is moe|ik-boodschap|-1.0
p:is moe|jij-boodschap|-1.0
p:is moe|parafrase|1.0
p:is moe|gevoelsreflectie|-1.0
p:is moe|samenvatting|0.97
p:is moe|vervolgafspraak|-1.0
p:is na|ik-boodschap|0.97
p:is niet|moraliseren|0.97
p:is niet|argumenteren|0.78
p:is niet|geruststellen|0.65
p:is niet|afleiden|-0.91
p:is nooit|bekritiseren|-0.89
p:is normaal|bekritiseren|-0.99
p:is nou|jij-boodschap|0.55
p:is nou|moraliseren|-0.91
p:is nou|argumenteren|-0.15
p:is nu|argumenteren|0.68
p:is nu|ondervragen|-1.0
p:is om|bevelen|-0.97
p:is om|bekritiseren|-0.9
p:is om|interpreteren|0.93
p:is om|geruststellen|-0.98
p:is om|afronding-aankondigen|0.97
p:is onvoldoende|argumenteren|0.97
p:is op|bekritiseren|-0.95
p:is sophie|gevoelsreflectie|0.98
p:is tegen|jij-boodschap|0.9
p:is tegen|samenvatting|-0.9
p:is tegen|bekritiseren|0.89
p:is tijd|bedanken|-0.95
p:is toch|gevoelsreflectie|0.91
p:is toch|moraliseren|-0.8
p:is toch|argumenteren|-0.93
p:is toch|afleiden|0.94
p:is typisch|etiketteren|1.0
p:is uitgescholden|afleiden|-1.0
p:is uw|jij-boodschap|-0.78
p:is uw|moraliseren|1.54
p:is uw|bekritiseren|-0.78
p:is valt|ik-boodschap|0.99
p:is volgende|afleiden|0.63
p:is voor|gevoelsreflectie|0.99
p:is voor|samenvatting|-0.97
p:is voor|bevelen|-0.64
p:is voor|argumenteren|0.97
p:is voor|afleiden|-0.99
p:is weer|geruststellen|-0.91
p:is weggelopen|ik-boodschap|0.97
p:is zwak|geruststellen|-0.75
p:ja ?|ondervragen|-0.98
p:ja dat|open-vraag|-1.0
p:ja dat|waarschuwen|-1.0
p:ja hoor|aanmoediging|-0.83
p:ja hoor|etiketteren|0.91
p:ja ik|gevoelsreflectie|-0.93
p:ja ja|etiketteren|0.98
p:ja meneer|etiketteren|0.98
p:ja precies|etiketteren|-0.95
p:ja pubers|afleiden|0.91
p:ja vertel|aanmoediging|1.79
p:ja vertel|etiketteren|-0.84
p:ja we|geruststellen|-1.0
p:ja we|afleiden|1.0
p:jaar al|bekritiseren|-1.0
p:jaar al|vervolgafspraak|-1.0
p:jaar gewoon|parafrase|0.99
p:jaar ook|open-vraag|-0.97
p:jaar weer|waarschuwen|1.8
p:jade 's|ik-boodschap|0.99
p:jaloers op|interpreteren|0.9
p:jammer hoe|open-vraag|0.95
p:jammer hoe|vervolgafspraak|-0.95
p:jammer ik|afronding-aankondigen|0.99
p:jammer ik|vervolgafspraak|-0.97
p:jammer misschien|open-vraag|-0.97
p:jammer misschien|adviseren|0.97
p:jammer misschien|vervolgafspraak|0.97
p:jammer om|samenvatting|-0.94
p:jammer vond|bekritiseren|-0.94
p:jammer voor|ik-boodschap|0.94
p:jammer voor|gevoelsreflectie|-0.94
p:jammer want|parafrase|-0.96
p:jammer want|afronding-aankondigen|-0.96
p:jammer zullen|ik-boodschap|1.0
p:jammer zullen|vervolgafspraak|1.0
p:jayden in|ik-boodschap|-0.97
p:jayden in|gevoelsreflectie|0.7
p:jayden zich|jij-boodschap|-0.82
p:jayden zich|open-vraag|0.57
p:jayden zich|bekritiseren|-0.92
p:jayden zitten|ik-boodschap|-0.98
p:je ?|moraliseren|-0.98
p:je aan|ik-boodschap|-0.9
p:je aan|argumenteren|0.85
p:je aansprak|gevoelsreflectie|-0.91
p:je afspraken|ik-boodschap|-0.91
p:je afspraken|bekritiseren|0.73
p:je alleen|jij-boodschap|-1.0
p:je alleen|parafrase|-1.0
p:je alleen|argumenteren|0.87
p:je alleen|bekritiseren|-1.0
p:je alleen|interpreteren|1.0
p:je als|ik-boodschap|-0.77
p:je als|jij-boodschap|1.0
p:je als|parafrase|-0.95
p:je als|samenvatting|0.95
p:je als|open-vraag|0.77
p:je amira|ik-boodschap|1.78
p:je amira|gevoelsreflectie|-0.97
p:je baalt|ik-boodschap|-1.0
p:je baalt|gevoelsreflectie|1.0
p:je bank|gevoelsreflectie|-0.94
p:je bedoelt|parafrase|0.84
p:je behoorlijk|geruststellen|-0.88
p:je belt|bevelen|0.94
p:je belt|vervolgafspraak|-0.94
p:je bent|ik-boodschap|-0.97
p:je bent|jij-boodschap|1.73
p:je bent|gevoelsreflectie|-0.93
p:je bent|open-vraag|-0.95
p:je bent|moraliseren|-1.0
p:je bent|argumenteren|-1.0
p:je bent|bekritiseren|0.62
p:je bent|prijzen|1.0
p:je bent|interpreteren|-1.0
p:je bent|geruststellen|-0.12
p:je best|ik-boodschap|-0.97
p:je best|moraliseren|0.97
p:je biedt|bevelen|0.81
p:je bij|ik-boodschap|0.94
p:je bij|gevoelsreflectie|-1.86
p:je bij|vervolgafspraak|0.93
p:je bijna|ik-boodschap|1.69
p:je binnen|waarschuwen|-0.98
p:je blijft|ik-boodschap|-0.97
p:je blijft|geruststellen|0.88
p:je boek|parafrase|0.92
p:je boos|afleiden|-0.89
p:je capuchon|moraliseren|-0.74
p:je cijfer|interpreteren|-0.91
p:je cijfer|vervolgafspraak|-0.73
p:je cijfers|ik-boodschap|-0.77
p:je cijfers|parafrase|-0.95
p:je cijfers|open-vraag|0.77
p:je cijfers|bekritiseren|-0.97
p:je daarin|parafrase|0.97
p:je daarom|parafrase|0.96
p:je daarom|geruststellen|-0.96
p:je dat|ik-boodschap|-0.99
p:je dat|jij-boodschap|0.94
p:je dat|gevoelsreflectie|0.9
p:je dat|waarschuwen|0.98
p:je dat|moraliseren|0.98
p:je dat|afronding-aankondigen|-0.86
p:je dat|bedanken|0.99
p:je de|ik-boodschap|0.84
p:je de|gevoelsreflectie|-0.87
p:je de|samenvatting|-1.94
p:je de|open-vraag|0.96
p:je de|waarschuwen|-1.0
p:je de|argumenteren|1.0
p:je de|prijzen|-1.0
p:je de|vervolgafspraak|-1.0
p:je deze|open-vraag|-0.99
p:je deze|afleiden|0.99
p:je die|parafrase|0.96
p:je die|geruststellen|-0.96
p:je dit|gevoelsreflectie|-1.0
p:je dit|moraliseren|-1.0
p:je dit|argumenteren|-1.0
p:je dit|prijzen|1.0
p:je dit|interpreteren|-1.0
p:je dit|geruststellen|-1.0
p:je dit|ondervragen|0.87
p:je dit|afronding-aankondigen|-1.0
p:je docent|ik-boodschap|-0.89
p:je docent|parafrase|-0.9
p:je docent|samenvatting|1.86
p:je docent|vervolgafspraak|0.96
p:je docenten|jij-boodschap|-0.99
p:je docenten|samenvatting|-0.99
p:je docenten|moraliseren|0.99
p:je docenten|interpreteren|-0.99
p:je dochter|ik-boodschap|0.97
p:je doet|bevelen|0.88
p:je donderdag|samenvatting|-0.95
p:je donderdag|afronding-aankondigen|0.95
p:je durft|samenvatting|0.83
p:je durft|moraliseren|-0.96
p:je echt|waarschuwen|-0.92
p:je echt|bekritiseren|0.97
p:je een|waarschuwen|0.96
p:je een|moraliseren|-0.94
p:je een|bekritiseren|-0.79
p:je eentje|ik-boodschap|-0.72
p:je eigenlijk|geruststellen|-0.94
p:je er|gevoelsreflectie|0.97
p:je er|geruststellen|0.89
p:je er|bedanken|1.0
p:je eruit|jij-boodschap|1.64
p:je eruit|bevelen|-0.93
p:je eruit|waarschuwen|0.93
p:je eruit|adviseren|-0.99
p:je eruit|bekritiseren|0.99
p:je excuses|jij-boodschap|0.94
p:je excuses|bevelen|1.76
p:je excuses|waarschuwen|-0.96
p:je faalangst|afleiden|-0.96
p:je gaat|jij-boodschap|-0.78
p:je gaat|gevoelsreflectie|1.0
p:je gaat|bevelen|1.0
p:je gaat|geruststellen|2.63
p:je gaat|afleiden|-0.89
p:je gaat|bedanken|-0.99
p:je gedraagt|jij-boodschap|1.0
p:je gedraagt|etiketteren|-1.0
p:je gedraagt|interpreteren|1.0
p:je geen|jij-boodschap|-1.0
p:je geen|parafrase|-1.0
p:je geen|bekritiseren|-1.0
p:je geen|interpreteren|1.0
p:je geen|afleiden|-0.99
p:je gekozen|open-vraag|-1.65
p:je geweldige|bekritiseren|1.81
p:je geweldige|bedanken|-0.98
p:je gewoon|jij-boodschap|-3.24
p:je gewoon|moraliseren|1.21
p:je gewoon|argumenteren|0.81
p:je gewoon|bekritiseren|-3.44
p:je gisteren|ik-boodschap|1.03
p:je gisteren|ondervragen|0.98
p:je goed|ik-boodschap|-0.98
p:je goed|bekritiseren|-0.74
p:je haalt|geruststellen|1.89
p:je hebt|gevoelsreflectie|-0.87
p:je hebt|open-vraag|0.96
p:je hebt|bevelen|-0.97
p:je hebt|waarschuwen|0.99
p:je hebt|argumenteren|-0.88
p:je heel|gevoelsreflectie|1.0
p:je heel|moraliseren|-1.0
p:je heen|gevoelsreflectie|0.85
p:je helemaal|geruststellen|0.96
p:je helpen|gevoelsreflectie|-0.87
p:je helpen|open-vraag|0.96
p:je het|ik-boodschap|0.77
p:je het|gevoelsreflectie|1.93
p:je het|samenvatting|-0.95
p:je het|waarschuwen|0.96
p:je het|moraliseren|-1.95
p:je het|adviseren|-0.97
p:je het|interpreteren|1.73
p:je het|geruststellen|-1.27
p:je hiermee|waarschuwen|0.95
p:je hoeft|waarschuwen|-0.92
p:je hoort|jij-boodschap|-0.99
p:je hoort|samenvatting|-0.99
p:je hoort|waarschuwen|-0.96
p:je hoort|moraliseren|0.99
p:je hoort|interpreteren|-0.99
p:je huiswerk|moraliseren|0.97
p:je huiswerk|argumenteren|-0.88
p:je iemand|waarschuwen|-0.96
p:je in|ik-boodschap|2.75
p:je in|samenvatting|-0.98
p:je in|waarschuwen|-0.98
p:je in|bekritiseren|-0.98
p:je in|interpreteren|-0.78
p:je in|geruststellen|-0.88
p:je in|vervolgafspraak|-0.98
p:je je|ik-boodschap|1.04
p:je je|parafrase|0.92
p:je je|gevoelsreflectie|1.0
p:je je|samenvatting|-1.0
p:je je|waarschuwen|-0.99
p:je je|argumenteren|0.85
p:je je|bekritiseren|1.08
p:je je|prijzen|-1.0
p:je je|interpreteren|-0.78
p:je je|geruststellen|-0.88
p:je je|vervolgafspraak|-1.0
p:je kamer|ik-boodschap|0.98
p:je kan|ik-boodschap|-0.98
p:je kijkt|gevoelsreflectie|2.66
p:je kind|moraliseren|0.98
p:je klasgenoten|bekritiseren|0.97
p:je komt|ik-boodschap|-0.91
p:je komt|bekritiseren|0.73
p:je komt|geruststellen|0.89
p:je kunnen|moraliseren|-0.55
p:je kunt|adviseren|1.0
p:je laptop|ik-boodschap|0.98
p:je laptop|waarschuwen|-0.98
p:je levert|bevelen|0.92
p:je liever|ik-boodschap|-0.98
p:je lui|ik-boodschap|-0.93
p:je me|ik-boodschap|-0.99
p:je me|bedanken|0.99
p:je meer|moraliseren|0.54
p:je mentor|vervolgafspraak|0.89
p:je mentor|bedanken|-0.94
p:je mist|ik-boodschap|-0.77
p:je mist|parafrase|-0.95
p:je mist|gevoelsreflectie|-1.0
p:je mist|samenvatting|1.94
p:je mist|open-vraag|0.77
p:je moeder|samenvatting|-0.95
p:je moeder|afronding-aankondigen|0.95
p:je moeder|vervolgafspraak|0.99
p:je moet|moraliseren|1.0
p:je moet|bekritiseren|-0.9
p:je moet|geruststellen|0.96
p:je mond|bevelen|0.98
p:je mond|bekritiseren|-0.9
p:je naar|ik-boodschap|-0.93
p:je naar|waarschuwen|0.92
p:je naast|ik-boodschap|1.69
p:je niet|open-vraag|-1.58
p:je niet|moraliseren|-0.97
p:je niet|bekritiseren|-0.95
p:je niet|etiketteren|1.0
p:je niet|interpreteren|-1.94
p:je niet|geruststellen|0.96
p:je niet|bedanken|-0.99
p:je niks|jij-boodschap|-1.0
p:je niks|adviseren|-1.0
p:je niks|ondervragen|1.0
p:je nodig|open-vraag|0.46
p:je nooit|jij-boodschap|0.94
p:je nou|jij-boodschap|1.74
p:je nou|waarschuwen|-0.96
p:je nou|moraliseren|1.61
p:je nou|argumenteren|-0.87
p:je nou|bekritiseren|0.92
p:je nou|ondervragen|-1.83
p:je nu|moraliseren|-0.96
p:je ogen|bevelen|0.95
p:je omdat|geruststellen|-0.94
p:je oneerlijk|gevoelsreflectie|0.86
p:je oortjes|ik-boodschap|-0.72
p:je oortjes|waarschuwen|-0.98
p:je op|moraliseren|0.95
p:je op|adviseren|1.89
p:je opdrachten|ik-boodschap|1.69
p:je oude|ik-boodschap|-0.77
p:je oude|parafrase|-0.95
p:je oude|samenvatting|0.95
p:je oude|open-vraag|0.77
p:je ouders|bevelen|-0.88
p:je ouders|afronding-aankondigen|-1.0
p:je overal|bekritiseren|0.94
p:je pasje|ik-boodschap|-0.97
p:je per|bevelen|-0.88
p:je plannen|jij-boodschap|-0.93
p:je planner|ik-boodschap|0.83
p:je planner|samenvatting|0.96
p:je planner|vervolgafspraak|0.96
p:je planning|samenvatting|1.0
p:je planning|prijzen|-1.0
p:je rekenmachine|gevoelsreflectie|-0.87
p:je rekenmachine|open-vraag|0.96
p:je samen|moraliseren|0.88
p:je samen|argumenteren|-0.77
p:je schaamt|gevoelsreflectie|0.97
p:je schrijfopdracht|interpreteren|-0.78
p:je schrijfopdracht|geruststellen|-0.88
p:je slaap|ik-boodschap|0.98
p:je slaapt|ik-boodschap|-0.77
p:je slaapt|parafrase|-0.95
p:je slaapt|gevoelsreflectie|-1.0
p:je slaapt|samenvatting|1.94
p:je slaapt|open-vraag|0.77
p:je slecht|bekritiseren|1.81
p:je snapt|ik-boodschap|0.93
p:je snapt|gevoelsreflectie|-1.0
p:je snapt|moraliseren|-1.0
p:je snapt|argumenteren|-1.88
p:je snapt|prijzen|1.0
p:je snapt|interpreteren|-1.0
p:je snapt|geruststellen|-1.0
p:je spullen|waarschuwen|-0.86
p:je staat|samenvatting|-0.92
p:je staat|waarschuwen|0.92
p:je staat|bekritiseren|-0.68
p:je stage|jij-boodschap|-0.93
p:je stage|bekritiseren|-0.97
p:je stage|afleiden|0.85
p:je stagebegeleider|bevelen|0.94
p:je stagebegeleider|vervolgafspraak|-0.94
p:je steeds|jij-boodschap|-0.9
p:je steeds|open-vraag|-0.95
p:je steeds|ondervragen|-1.0
p:je strafwerk|moraliseren|-0.96
p:je telefoon|ik-boodschap|0.98
p:je telefoon|parafrase|1.0
p:je telefoon|samenvatting|-1.0
p:je telefoon|prijzen|-1.0
p:je telefoon|vervolgafspraak|-1.0
p:je thuis|etiketteren|-1.0
p:je thuis|interpreteren|1.0
p:je tijd|jij-boodschap|0.9
p:je tijd|samenvatting|-0.9
p:je tijd|aanmoediging|0.97
p:je tijd|bevelen|-1.89
p:je tijd|bekritiseren|0.9
p:je toch|jij-boodschap|0.99
p:je toch|moraliseren|0.98
p:je toch|bekritiseren|-0.99
p:je toch|etiketteren|0.99
p:je trekt|bekritiseren|1.0
p:je vaak|interpreteren|-0.78
p:je vaak|geruststellen|-0.88
p:je vader|parafrase|0.96
p:je vader|gevoelsreflectie|-1.0
p:je vader|open-vraag|-1.0
p:je vader|aanmoediging|-1.0
p:je vader|bevelen|-1.77
p:je vader|waarschuwen|1.0
p:je vader|geruststellen|-0.96
p:je vader|vervolgafspraak|1.0
p:je vaker|waarschuwen|-0.98
p:je van|moraliseren|0.51
p:je vandaag|ik-boodschap|-0.97
p:je vanochtend|ik-boodschap|0.2
p:je vast|bevelen|-0.92
p:je vast|etiketteren|-0.79
p:je verantwoordelijkheid|bevelen|-1.0
p:je verantwoordelijkheid|moraliseren|1.0
p:je vergist|ik-boodschap|-0.92
p:je vergist|argumenteren|1.0
p:je verpest|bekritiseren|0.96
p:je verzuim|jij-boodschap|-0.93
p:je verzuim|samenvatting|1.0
p:je verzuim|bekritiseren|-0.97
p:je verzuim|prijzen|-1.0
p:je vindt|parafrase|-0.96
p:je vindt|open-vraag|-0.53
p:je voelt|gevoelsreflectie|0.86
p:je voetbalwedstrijd|open-vraag|-1.42
p:je voetbalwedstrijd|afleiden|0.94
p:je volgende|ik-boodschap|-0.98
p:je volgende|bedanken|-0.98
p:je vorige|bekritiseren|-0.94
p:je vrienden|ik-boodschap|-0.77
p:je vrienden|parafrase|-0.95
p:je vrienden|samenvatting|0.95
p:je vrienden|open-vraag|0.77
p:je vrienden|interpreteren|0.99
p:je vriendinnen|gevoelsreflectie|-1.0
p:je vriendinnen|samenvatting|1.0
p:je vrijdag|waarschuwen|0.98
p:je vrijdag|moraliseren|0.98
p:je vrije|gevoelsreflectie|-1.0
p:je vrije|moraliseren|-1.0
p:je vrije|argumenteren|-1.0
p:je vrije|prijzen|1.0
p:je vrije|interpreteren|-1.0
p:je vrije|geruststellen|-1.0
p:je want|bekritiseren|0.73
p:je wat|gevoelsreflectie|-0.87
p:je wat|open-vraag|0.96
p:je weer|open-vraag|-0.95
p:je weer|waarschuwen|0.97
p:je weer|afronding-aankondigen|0.95
p:je weer|vervolgafspraak|0.95
p:je weet|gevoelsreflectie|-0.83
p:je weet|waarschuwen|0.97
p:je wel|afronding-aankondigen|0.95
p:je wel|vervolgafspraak|0.95
p:je wel|bedanken|0.95
p:je wil|gevoelsreflectie|-0.83
p:je wil|open-vraag|-0.53
p:je wil|moraliseren|-0.96
p:je wil|interpreteren|0.99
p:je wordt|ik-boodschap|1.72
p:je zegt|samenvatting|-0.95
p:je zegt|argumenteren|0.96
p:je zenuwachtig|ik-boodschap|-0.92
p:je zenuwachtig|gevoelsreflectie|1.0
p:je zenuwachtig|geruststellen|1.64
p:je zit|ik-boodschap|0.98
p:je zit|bevelen|-0.93
p:je zit|geruststellen|-0.96
p:je zo|waarschuwen|1.0
p:je zo|moraliseren|-0.52
p:je zo|etiketteren|-1.0
p:je zo|interpreteren|1.0
p:je zo|afronding-aankondigen|-0.86
p:je zorgen|etiketteren|-1.0
p:je zorgen|geruststellen|1.0
p:je zoveel|interpreteren|1.73
p:jens de|bevelen|-1.0
p:jens de|vervolgafspraak|-1.0
p:jesse een|parafrase|0.94
p:jesse een|samenvatting|-0.82
p:jesse jij|jij-boodschap|-0.99
p:jesse jij|etiketteren|-0.99
p:jesse jij|afleiden|-0.99
p:jesse sinds|ik-boodschap|-0.98
p:jesse vaak|bekritiseren|-0.95
p:jesse zegt|parafrase|-0.93
p:jezelf naar|ik-boodschap|0.93
p:jij altijd|parafrase|-0.96
p:jij baalt|open-vraag|-0.63
p:jij bent|jij-boodschap|-0.52
p:jij bent|bevelen|-0.92
p:jij bent|adviseren|-0.85
p:jij bent|bekritiseren|-0.97
p:jij bent|etiketteren|0.11
p:jij bent|geruststellen|-0.9
p:jij bent|afleiden|-0.99
p:jij denkt|bekritiseren|0.94
p:jij doet|jij-boodschap|-0.73
p:jij doet|bekritiseren|-0.92
p:jij door|ik-boodschap|0.95
p:jij er|ik-boodschap|0.98
p:jij er|bekritiseren|1.89
p:jij er|interpreteren|-1.89
p:jij er|geruststellen|-0.84
p:jij gaat|parafrase|-0.9
p:jij gaat|samenvatting|0.9
p:jij gaat|bevelen|0.94
p:jij hebt|jij-boodschap|0.9
p:jij hebt|samenvatting|-0.9
p:jij hebt|waarschuwen|-0.99
p:jij hebt|bekritiseren|0.91
p:jij hebt|geruststellen|-0.92
p:jij het|ik-boodschap|-0.99
p:jij het|parafrase|0.99
p:jij het|samenvatting|-0.99
p:jij je|ik-boodschap|-0.89
p:jij je|samenvatting|0.96
p:jij je|vervolgafspraak|0.96
p:jij kunt|adviseren|-0.85
p:jij kunt|prijzen|0.9
p:jij kunt|geruststellen|-0.9
p:jij lui|bekritiseren|-0.85
p:jij lui|geruststellen|1.77
p:jij luistert|etiketteren|-0.98
p:jij nooit|jij-boodschap|0.92
p:jij snapt|jij-boodschap|-0.99
p:jij snapt|etiketteren|-0.99
p:jij snapt|afleiden|-0.99
p:jij vandaag|gevoelsreflectie|-0.94
p:jij verpest|jij-boodschap|1.64
p:jij verpest|bevelen|-0.93
p:jij verpest|waarschuwen|0.93
p:jij verpest|bekritiseren|0.99
p:jij vindt|jij-boodschap|0.99
p:jij vindt|bekritiseren|1.95
p:jij zegt|parafrase|0.92
p:jij zegt|bekritiseren|-0.95
p:jij zit|jij-boodschap|0.9
p:jij zit|samenvatting|-0.9
p:joep en|jij-boodschap|1.64
p:joep en|bekritiseren|0.99
p:joh dat|afleiden|-0.96
p:joh na|geruststellen|1.0
p:joh na|afronding-aankondigen|-1.0
p:joh over|geruststellen|0.96
p:jongen als|waarschuwen|-0.96
p:jongen als|prijzen|0.96
p:jongen jij|jij-boodschap|-0.99
p:jongen jij|etiketteren|-0.99
p:jongen jij|afleiden|-0.99
p:jou ?|jij-boodschap|0.9
p:jou ?|samenvatting|-0.9
p:jou ?|bekritiseren|0.89
p:jou dat|jij-boodschap|-0.9
p:jou echt|gevoelsreflectie|0.97
p:jou echt|aanmoediging|-0.97
p:jou gebeurd|parafrase|-0.96
p:jou heeft|parafrase|1.0
p:jou helpen|bekritiseren|-0.95
p:jou komt|afleiden|-0.96
p:jouw deel|samenvatting|-0.98
p:jouw deel|vervolgafspraak|-0.98
p:jouw plaats|adviseren|0.97
p:julia klopt|parafrase|-1.0
p:julian wat|jij-boodschap|-0.89
p:jullie alleen|waarschuwen|0.99
p:jullie beter|bekritiseren|-0.95
p:jullie de|ik-boodschap|0.96
p:jullie de|waarschuwen|-0.96
p:jullie de|argumenteren|-0.96
p:jullie denken|prijzen|0.92
p:jullie doen|waarschuwen|0.92
p:jullie er|bekritiseren|-0.76
p:jullie grijpen|bekritiseren|0.99
p:jullie hebben|etiketteren|-1.0
p:jullie het|prijzen|0.92
p:jullie in|ik-boodschap|0.91
p:jullie kunnen|jij-boodschap|-0.96
p:jullie letten|moraliseren|-0.89
p:jullie moeten|interpreteren|-0.94
p:jullie reageren|jij-boodschap|1.78
p:jullie reageren|bevelen|-0.97
p:jullie reageren|bekritiseren|1.78
p:jullie thuis|ik-boodschap|1.0
p:jullie thuis|gevoelsreflectie|-1.0
p:jullie thuis|open-vraag|1.0
p:jullie thuis|ondervragen|-1.0
p:jullie vast|gevoelsreflectie|0.99
p:jullie veel|ik-boodschap|-0.94
p:jullie was|bekritiseren|0.99
p:jullie wel|bekritiseren|-0.76
p:jullie wonen|ik-boodschap|-0.86
p:jullie zijn|waarschuwen|-0.93
p:jullie zijn|moraliseren|-1.0
p:jullie zijn|bekritiseren|-0.98
p:jullie zo|waarschuwen|0.99
p:jullie zoon|etiketteren|0.98
p:jullie zorgen|bevelen|0.71
p:jullie zorgen|waarschuwen|-0.87
p:k maak|interpreteren|-0.95
p:kader in|adviseren|-0.87
p:kamer ?|samenvatting|-0.93
p:kamer ?|ondervragen|0.14
p:kamer leggen|ik-boodschap|0.98
p:kamp ?|ondervragen|-0.97
p:kamp ?|afleiden|0.9
p:kamp het|samenvatting|0.83
p:kamp hè|open-vraag|-0.63
p:kampweek en|parafrase|-0.97
p:kampweek en|samenvatting|0.97
p:kan afronden|ik-boodschap|0.97
p:kan beter|ik-boodschap|-0.98
p:kan dat|ondervragen|-0.9
p:kan doen|ik-boodschap|1.0
p:kan doen|open-vraag|1.0
p:kan echt|waarschuwen|1.0
p:kan echt|prijzen|-1.0
p:kan echt|ondervragen|-1.0
p:kan er|ik-boodschap|0.91
p:kan hem|waarschuwen|0.99
p:kan het|jij-boodschap|0.84
p:kan hij|ik-boodschap|-0.92
p:kan hij|adviseren|-0.96
p:kan hij|argumenteren|-0.89
p:kan hij|vervolgafspraak|0.98
p:kan ik|ik-boodschap|1.11
p:kan ik|open-vraag|-0.99
p:kan ik|bevelen|-1.0
p:kan ik|waarschuwen|-0.98
p:kan ik|geruststellen|-1.98
p:kan ik|afronding-aankondigen|0.99
p:kan ik|vervolgafspraak|-1.98
p:kan leren|interpreteren|-0.83
p:kan me|ik-boodschap|-0.92
p:kan me|gevoelsreflectie|1.0
p:kan me|adviseren|0.87
p:kan me|interpreteren|-1.0
p:kan niet|argumenteren|1.81
p:kan toch|waarschuwen|-0.96
p:kan toch|prijzen|0.96
p:kan ze|ik-boodschap|0.97
p:kan zien|afronding-aankondigen|-0.99
p:kan zijn|ik-boodschap|-0.91
p:kan zijn|vervolgafspraak|0.91
p:kans krijgt|samenvatting|0.98
p:kans om|ik-boodschap|0.55
p:kans om|bevelen|1.0
p:kans om|adviseren|-0.74
p:kansen verspeeld|jij-boodschap|0.98
p:kapot van|prijzen|-0.99
p:keer afwezig|argumenteren|0.92
p:keer bedankt|waarschuwen|-0.95
p:keer bij|ik-boodschap|-0.91
p:keer bij|vervolgafspraak|0.91
p:keer doet|afronding-aankondigen|-1.0
p:keer een|bekritiseren|-1.0
p:keer een|vervolgafspraak|-1.0
p:keer gemaild|vervolgafspraak|-0.95
p:keer heb|ik-boodschap|-0.84
p:keer heb|jij-boodschap|0.77
p:keer is|ik-boodschap|0.97
p:keer je|ik-boodschap|0.93
p:keer je|gevoelsreflectie|-0.87
p:keer je|open-vraag|0.96
p:keer je|argumenteren|-0.88
p:keer kort|samenvatting|0.97
p:keer na|open-vraag|-0.95
p:keer ongeoorloofd|etiketteren|-0.87
p:keer schuift|vervolgafspraak|1.0
p:keer spijbelen|waarschuwen|0.99
p:keer spijbelt|samenvatting|-0.97
p:keer spijbelt|moraliseren|-0.9
p:keer te|interpreteren|-0.99
p:keer te|ondervragen|-0.97
p:keer uit|gevoelsreflectie|-0.94
p:keer zie|bevelen|0.83
p:keer zie|adviseren|-0.98
p:keer ziek|jij-boodschap|-0.99
p:keer zijn|ik-boodschap|-0.94
p:keer zijn|jij-boodschap|-0.98
p:keer zo|waarschuwen|0.91
p:kerst gaat|geruststellen|1.0
p:kerst gaat|afronding-aankondigen|-1.0
p:keuken leggen|waarschuwen|-0.92
p:keuzevak ?|open-vraag|-1.65
p:kevin vorige|ik-boodschap|0.98
p:kiezen om|adviseren|0.84
p:kijk als|ik-boodschap|0.75
p:kijk als|moraliseren|-0.97
p:kijk als|adviseren|-0.97
p:kijk als|argumenteren|0.11
p:kijk eens|afleiden|0.98
p:kijk het|moraliseren|-0.8
p:kijk het|argumenteren|1.0
p:kijk je|ik-boodschap|0.93
p:kijk je|argumenteren|-0.88
p:kijk maar|afleiden|-0.84
p:kijk met|ik-boodschap|-0.92
p:kijk met|jij-boodschap|-0.98
p:kijk met|argumenteren|0.81
p:kijk met|bekritiseren|-0.98
p:kijk zo|argumenteren|0.79
p:kijk zonder|bekritiseren|-0.99
p:kijken hoe|vervolgafspraak|0.68
p:kijken naar|afleiden|0.99
p:kijken we|ik-boodschap|-0.89
p:kijken we|parafrase|-0.9
p:kijken we|samenvatting|0.99
p:kijken we|vervolgafspraak|0.96
p:kijkt daarnaar|open-vraag|-0.96
p:kijkt een|gevoelsreflectie|0.91
p:kijkt er|gevoelsreflectie|1.76
p:kijkt u|jij-boodschap|-0.82
p:kijkt u|parafrase|-1.0
p:kijkt u|gevoelsreflectie|-1.0
p:kijkt u|open-vraag|0.57
p:kijkt u|bekritiseren|-0.92
p:kind is|argumenteren|-0.93
p:kind is|bekritiseren|-0.99
p:kind maakt|geruststellen|0.77
p:kind moet|gevoelsreflectie|-0.9
p:kind moet|moraliseren|0.93
p:kind regelt|waarschuwen|-1.0
p:kind regelt|etiketteren|1.0
p:kind te|moraliseren|0.98
p:kind te|afleiden|-0.93
p:kind van|ik-boodschap|-0.98
p:kind van|moraliseren|1.0
p:kind van|adviseren|-0.98
p:kind van|geruststellen|-1.0
p:kinderachtig sem|waarschuwen|-0.99
p:kinderen hebben|bevelen|-0.82
p:kinderen hebben|geruststellen|0.92
p:kinderen van|geruststellen|0.93
p:klaagt hoe|parafrase|1.0
p:klaagt hoe|gevoelsreflectie|-1.0
p:klaar is|bekritiseren|-0.99
p:klaar laat|waarschuwen|-0.94
p:klas ?|bekritiseren|-0.98
p:klas begonnen|parafrase|0.96
p:klas begonnen|open-vraag|-0.96
p:klas bram|bevelen|-0.93
p:klas bram|waarschuwen|0.93
p:klas dat|geruststellen|0.92
p:klas dus|adviseren|-0.85
p:klas dus|prijzen|0.9
p:klas dus|geruststellen|-0.9
p:klas gaat|interpreteren|-0.91
p:klas gaat|vervolgafspraak|-0.73
p:klas gelijk|samenvatting|-0.97
p:klas gelijk|argumenteren|0.97
p:klas haalde|argumenteren|0.96
p:klas het|ik-boodschap|-0.92
p:klas is|samenvatting|0.96
p:klas is|bevelen|0.88
p:klas is|argumenteren|-0.65
p:klas joep|jij-boodschap|1.64
p:klas joep|bekritiseren|0.99
p:klas krijgt|parafrase|0.94
p:klas krijgt|samenvatting|-0.82
p:klas mila|prijzen|0.99
p:klas roept|ik-boodschap|0.95
p:klas te|jij-boodschap|-0.99
p:klas wat|parafrase|0.97
p:klas wat|open-vraag|0.97
p:klas zit|vervolgafspraak|-0.97
p:klasgenoot hielp|ik-boodschap|0.98
p:klasgenoot zo|jij-boodschap|0.99
p:klasgenoot zo|bekritiseren|0.99
p:klasgenoten zeggen|parafrase|-0.96
p:kleuter luuk|jij-boodschap|1.73
p:kleuter luuk|etiketteren|0.91
p:kleuterachtig gedoe|etiketteren|0.97
p:klinkt als|open-vraag|-0.96
p:klinkt alsof|gevoelsreflectie|1.93
p:klinkt alsof|moraliseren|-1.0
p:klinkt boos|aanmoediging|-0.9
p:klinkt echt|parafrase|-0.97
p:klinkt echt|open-vraag|-0.99
p:klinkt erg|parafrase|-1.0
p:klinkt erg|gevoelsreflectie|1.0
p:klinkt erg|bevelen|-1.0
p:klinkt erg|moraliseren|-1.0
p:klinkt frustrerend|gevoelsreflectie|0.97
p:klinkt machteloos|parafrase|0.83
p:klinkt machteloos|gevoelsreflectie|1.0
p:klinkt machteloos|open-vraag|1.0
p:klinkt machteloos|aanmoediging|-1.0
p:klinkt teleurgesteld|parafrase|-0.96
p:kloppen want|argumenteren|0.99
p:klopt dat|ik-boodschap|-1.0
p:klopt dat|jij-boodschap|-1.0
p:klopt dat|gevoelsreflectie|-1.0
p:klopt dat|samenvatting|0.96
p:klopt dat|vervolgafspraak|-1.0
p:klopt gewoon|argumenteren|0.84
p:klopt het|geruststellen|-0.99
p:klopt niet|afleiden|-0.93
p:kluisjes staat|ik-boodschap|0.77
p:knap dat|adviseren|-0.81
p:knap hoor|ondervragen|-0.9
p:kom je|ik-boodschap|1.69
p:kom je|argumenteren|0.81
p:kom je|ondervragen|-0.85
p:komen ?|bekritiseren|-0.95
p:komen ?|afronding-aankondigen|-0.98
p:komen we|prijzen|0.96
p:komst ik|afronding-aankondigen|-1.84
p:komst we|samenvatting|-0.78
p:komst we|vervolgafspraak|-0.88
p:komt allemaal|geruststellen|0.96
p:komt altijd|bevelen|-0.99
p:komt dan|adviseren|0.99
p:komt dat|open-vraag|0.92
p:komt doordat|argumenteren|-0.98
p:komt echt|bevelen|-1.0
p:komt echt|adviseren|-1.81
p:komt echt|geruststellen|1.0
p:komt elke|jij-boodschap|-0.92
p:komt er|geruststellen|1.87
p:komt geen|ik-boodschap|0.75
p:komt geen|argumenteren|-0.81
p:komt gewoon|afleiden|-0.96
p:komt goed|open-vraag|1.0
p:komt goed|adviseren|0.83
p:komt goed|geruststellen|0.86
p:komt goed|afleiden|-0.76
p:komt het|jij-boodschap|-0.9
p:komt het|samenvatting|-0.79
p:komt het|open-vraag|0.97
p:komt het|prijzen|-0.89
p:komt het|geruststellen|0.91
p:komt heus|bekritiseren|-0.82
p:komt hij|open-vraag|-1.95
p:komt je|ik-boodschap|-0.91
p:komt je|bekritiseren|0.73
p:komt later|open-vraag|-0.99
p:komt later|afleiden|0.99
p:komt mijn|waarschuwen|-0.98
p:komt mist|ik-boodschap|1.92
p:komt mist|vervolgafspraak|1.0
p:komt na|bevelen|0.99
p:komt omar|ondervragen|-0.97
p:komt opdagen|ik-boodschap|-0.96
p:komt opdagen|jij-boodschap|1.66
p:komt opdagen|bekritiseren|1.81
p:komt opdagen|geruststellen|-0.94
p:komt u|jij-boodschap|1.0
p:komt vanzelf|afleiden|-0.96
p:komt volgende|vervolgafspraak|-1.77
p:komt wat|parafrase|-0.78
p:komt wel|afleiden|-0.99
p:komt zo|bevelen|-1.77
p:kon doen|parafrase|0.92
p:kon komen|jij-boodschap|-0.84
p:kon komen|prijzen|-0.9
p:kon maken|gevoelsreflectie|-0.87
p:kon maken|adviseren|0.97
p:kon maken|vervolgafspraak|0.97
p:kon zijn|gevoelsreflectie|-0.83
p:kopen ?|adviseren|0.99
p:kort ayoub|samenvatting|0.97
p:kort samengevat|bevelen|-0.97
p:kortom het|samenvatting|1.0
p:kortom het|interpreteren|-0.91
p:kortom het|vervolgafspraak|-0.73
p:kortom hij|samenvatting|0.92
p:kortom je|moraliseren|-0.96
p:kortom jij|jij-boodschap|1.81
p:kortom jij|samenvatting|-1.81
p:kortom jij|bevelen|-0.9
p:kortom jij|bekritiseren|1.79
p:kortom volgens|samenvatting|0.9
p:kortom we|samenvatting|0.8
p:kortom we|open-vraag|-1.0
p:kortom we|afleiden|-0.99
p:kortom we|afronding-aankondigen|-1.05
p:kortzichtige manier|etiketteren|-0.98
p:kost het|samenvatting|0.98
p:kost het|afronding-aankondigen|0.98
p:kost het|bedanken|0.98
p:kreeg geen|gevoelsreflectie|0.91
p:kreeg geen|samenvatting|0.86
p:kreeg geen|vervolgafspraak|0.73
p:krijg je|waarschuwen|0.96
p:krijg je|moraliseren|-0.96
p:krijgt bijles|samenvatting|0.8
p:krijgt bijles|afronding-aankondigen|0.86
p:krijgt bijles|vervolgafspraak|0.98
p:krijgt bijles|bedanken|0.98
p:krijgt een|argumenteren|0.85
p:krijgt en|bedanken|-0.95
p:krijgt geen|argumenteren|0.78
p:krijgt ze|argumenteren|-1.0
p:krijgt ze|etiketteren|-1.0
p:krijgt ze|interpreteren|-1.0
p:kringetjes blijven|afronding-aankondigen|0.75
p:kritiek erg|bekritiseren|-0.94
p:kritiek op|jij-boodschap|1.73
p:kritiek op|bekritiseren|1.83
p:kun je|ik-boodschap|0.98
p:kun je|waarschuwen|-0.98
p:kun je|moraliseren|-0.97
p:kun je|adviseren|-0.97
p:kunnen afwijken|prijzen|0.76
p:kunnen altijd|jij-boodschap|-0.96
p:kunnen de|ik-boodschap|0.95
p:kunnen helpen|open-vraag|0.93
p:kunnen komen|ik-boodschap|-0.9
p:kunnen lezen|ik-boodschap|-0.96
p:kunnen lezen|parafrase|0.96
p:kunnen maken|argumenteren|0.91
p:kunnen overleggen|adviseren|1.0
p:kunnen overleggen|interpreteren|-1.0
p:kunnen voorkomen|bekritiseren|0.76
p:kunnen we|ik-boodschap|0.91
p:kunnen we|samenvatting|-1.0
p:kunnen weten|moraliseren|-0.55
p:kunt accepteren|prijzen|-1.0
p:kunt accepteren|interpreteren|1.0
p:kunt best|adviseren|-0.85
p:kunt best|prijzen|0.9
p:kunt best|geruststellen|-0.9
p:kunt dit|open-vraag|-1.0
p:kunt dit|adviseren|-1.0
p:kunt eens|geruststellen|0.91
p:kunt er|adviseren|0.84
p:kunt hem|adviseren|1.83
p:kunt hulp|bevelen|-0.95
p:kunt inhalen|gevoelsreflectie|-1.0
p:kunt inhalen|moraliseren|-1.0
p:kunt inhalen|argumenteren|-1.0
p:kunt inhalen|prijzen|1.0
p:kunt inhalen|interpreteren|-1.0
p:kunt inhalen|geruststellen|-1.0
p:kunt sporten|bedanken|-1.0
p:kunt u|ik-boodschap|0.92
p:kunt u|jij-boodschap|-0.73
p:kunt u|parafrase|-1.0
p:kunt u|waarschuwen|0.91
p:kunt u|adviseren|1.16
p:kunt u|etiketteren|-0.91
p:kunt u|interpreteren|0.1
p:kunt u|vervolgafspraak|0.97
p:kwaad bent|geruststellen|-0.98
p:kwaad maar|gevoelsreflectie|0.94
p:kwaad maar|interpreteren|0.94
p:kwaad over|parafrase|-0.97
p:kwam hij|vervolgafspraak|-0.97
p:kwam ze|ondervragen|0.82
p:kwart over|ik-boodschap|0.13
p:kwart over|bevelen|0.97
p:laag maar|samenvatting|-0.97
p:laag maar|argumenteren|0.97
p:laat ?|jij-boodschap|0.92
p:laat ?|bekritiseren|0.92
p:laat ?|ondervragen|-0.88
p:laat ben|ik-boodschap|-0.9
p:laat bent|jij-boodschap|-0.9
p:laat bent|waarschuwen|0.97
p:laat binnenkomt|moraliseren|-0.98
p:laat dan|ik-boodschap|-0.9
p:laat dat|bekritiseren|-0.89
p:laat gaat|ondervragen|0.98
p:laat haar|afleiden|-0.99
p:laat heeft|parafrase|0.95
p:laat hem|jij-boodschap|0.8
p:laat hem|bevelen|-0.87
p:laat hem|moraliseren|0.8
p:laat het|bekritiseren|-0.92
p:laat horen|samenvatting|-0.98
p:laat horen|vervolgafspraak|-0.98
p:laat ik|jij-boodschap|-0.92
p:laat ik|waarschuwen|0.92
p:laat in|waarschuwen|-0.93
p:laat ingeleverd|argumenteren|0.85
p:laat is|gevoelsreflectie|-0.83
p:laat kevin|bevelen|-0.99
p:laat komt|ik-boodschap|1.0
p:laat komt|parafrase|-1.0
p:laat komt|open-vraag|-1.95
p:laat komt|afronding-aankondigen|-1.0
p:laat komt|vervolgafspraak|1.0
p:laat kwam|ondervragen|0.82
p:laat kwam|vervolgafspraak|-0.97
p:laat liggen|adviseren|-0.96
p:laat me|jij-boodschap|0.93
p:laat me|moraliseren|-1.0
p:laat me|bekritiseren|0.64
p:laat mij|bevelen|0.83
p:laat mij|waarschuwen|-0.94
p:laat op|jij-boodschap|1.0
p:laat u|jij-boodschap|-0.93
p:laat u|adviseren|0.97
p:laat u|bekritiseren|-0.81
p:laat u|vervolgafspraak|0.95
p:laat volgt|interpreteren|-0.99
p:laat waardoor|open-vraag|0.95
p:laat waardoor|vervolgafspraak|-0.95
p:laat was|afleiden|-0.99
p:laatste drie|open-vraag|-0.97
p:laatste drie|adviseren|0.97
p:laatste drie|vervolgafspraak|0.97
p:laatste kans|bevelen|-1.0
p:laatste tijd|ik-boodschap|0.21
p:laatste tijd|open-vraag|1.0
p:laatste tijd|argumenteren|-0.99
p:laatste twee|ik-boodschap|0.88
p:laatste weken|ik-boodschap|-1.92
p:laatste weken|samenvatting|-0.94
p:laatste weken|open-vraag|0.98
p:laatste weken|moraliseren|-0.93
p:laatste weken|vervolgafspraak|-0.93
p:lage cijfers|samenvatting|0.97
p:laks zijn|ik-boodschap|-0.94
p:lang gamen|ondervragen|0.84
p:lang over|afleiden|1.0
p:langst dat|moraliseren|0.93
p:lapt alle|jij-boodschap|0.82
p:lapt alle|bekritiseren|0.95
p:laptop na|bekritiseren|-0.9
p:laptop niet|ik-boodschap|0.98
p:laptop niet|waarschuwen|-0.98
p:laptop om|adviseren|0.96
p:laptop van|etiketteren|-0.98
p:last van|geruststellen|0.99
p:lastig ?|gevoelsreflectie|0.99
p:lastig als|moraliseren|-0.98
p:lastig is|jij-boodschap|0.93
p:lastig is|gevoelsreflectie|-0.87
p:lastig is|bekritiseren|0.93
p:lastig vindt|gevoelsreflectie|-0.98
p:lastige situatie|moraliseren|-1.0
p:lastige situatie|geruststellen|-1.0
p:laten ?|vervolgafspraak|-0.9
p:laten dan|samenvatting|-0.95
p:laten dan|afronding-aankondigen|0.95
p:laten denk|interpreteren|0.97
p:laten gamen|etiketteren|-1.0
p:laten ik|afronding-aankondigen|0.96
p:laten komen|bekritiseren|0.99
p:laten komen|interpreteren|-0.99
p:laten liggen|parafrase|0.92
p:laten liggen|adviseren|0.99
p:laten logeren|adviseren|0.84
p:laten plannen|adviseren|0.83
p:laten rusten|afleiden|0.98
p:laten thuisblijven|open-vraag|-1.0
p:laten thuisblijven|waarschuwen|-1.0
p:laten thuisblijven|ondervragen|1.0
p:laten thuisblijven|afleiden|-1.0
p:laten we|ik-boodschap|0.95
p:laten we|samenvatting|-0.95
p:laten we|afleiden|1.92
p:laten we|vervolgafspraak|-0.95
p:laten we|bedanken|-0.96
p:laten zien|argumenteren|-0.99
p:laten zullen|afronding-aankondigen|0.94
p:laten zullen|vervolgafspraak|0.94
p:later nu|bevelen|-0.64
p:later wel|open-vraag|-0.99
p:later wel|afleiden|0.99
p:leeftijd allemaal|geruststellen|-1.85
p:leeftijd allemaal|afleiden|0.96
p:leek het|jij-boodschap|0.82
p:leek het|bekritiseren|0.95
p:leerling heb|waarschuwen|-0.96
p:leerling heb|moraliseren|1.61
p:leerling heb|argumenteren|-0.87
p:leerling hoor|argumenteren|0.85
p:leerling hoort|waarschuwen|0.98
p:leerling hoort|moraliseren|0.98
p:leerling in|moraliseren|0.54
p:leerling met|moraliseren|-0.8
p:leerlingen die|argumenteren|0.99
p:leerlingen hebben|etiketteren|-0.98
p:leerlingen hebben|geruststellen|0.99
p:leerlingen van|prijzen|0.99
p:leert haalt|argumenteren|0.91
p:leg die|bevelen|0.83
p:leg die|adviseren|-0.98
p:lekker bezig|bekritiseren|0.96
p:lekker bezig|etiketteren|-0.81
p:leren dat|gevoelsreflectie|-0.9
p:leren dat|moraliseren|0.93
p:leren je|bevelen|-1.0
p:leren je|moraliseren|1.0
p:leren omdat|interpreteren|-0.83
p:les bij|bevelen|0.99
p:les en|argumenteren|-0.92
p:les gegaan|moraliseren|-0.98
p:les neem|jij-boodschap|-0.98
p:les op|open-vraag|0.95
p:les steeds|ik-boodschap|-0.95
p:les stilleggen|open-vraag|-0.98
p:les te|waarschuwen|-0.92
p:les voor|bevelen|-0.93
p:les voor|waarschuwen|0.93
p:les voorbij|ik-boodschap|-0.99
p:les wegzakt|ik-boodschap|0.92
p:les zijn|open-vraag|0.99
p:let gewoon|jij-boodschap|0.99
p:let maar|jij-boodschap|-0.78
p:let maar|bevelen|-0.78
p:let maar|geruststellen|0.99
p:let thuis|samenvatting|0.98
p:let thuis|vervolgafspraak|0.98
p:letten thuis|moraliseren|-0.89
p:leuk dat|jij-boodschap|-0.15
p:leuk dat|geruststellen|-0.84
p:leukste leerlingen|prijzen|0.99
p:lever dat|bevelen|1.83
p:lever jij|jij-boodschap|0.92
p:levert morgen|bevelen|0.92
p:lezen ze|samenvatting|0.98
p:lezen ze|afronding-aankondigen|0.98
p:lezen ze|bedanken|0.98
p:liegen niet|moraliseren|0.91
p:liegen niet|argumenteren|-1.46
p:lieke vindt|bekritiseren|-0.87
p:lieke vindt|bedanken|-0.93
p:liep via|open-vraag|-1.0
p:liet weten|open-vraag|-0.77
p:liever niet|ik-boodschap|-0.98
p:liever niet|afleiden|0.9
p:lig je|jij-boodschap|1.64
p:lig je|bekritiseren|0.99
p:liggen en|parafrase|0.92
p:liggen kan|adviseren|-0.96
p:ligt er|geruststellen|-0.88
p:ligt gewoon|interpreteren|0.95
p:ligt het|samenvatting|0.9
p:ligt maar|geruststellen|0.89
p:lijkt er|gevoelsreflectie|0.99
p:lijkt me|adviseren|0.99
p:lijkt me|argumenteren|-0.99
p:lijkt me|vervolgafspraak|-0.82
p:lina en|samenvatting|-0.98
p:lina en|vervolgafspraak|-0.98
p:lina haar|afronding-aankondigen|-0.99
p:lisa het|afleiden|-0.99
p:logisch dat|moraliseren|-0.8
p:logisch dat|argumenteren|0.96
p:logisch dat|afleiden|-0.96
p:lokaal 14|vervolgafspraak|0.93
p:lokaal gaan|ik-boodschap|0.91
p:loopt hij|jij-boodschap|-1.0
p:loopt hij|aanmoediging|-1.0
p:los te|gevoelsreflectie|-0.98
p:los te|adviseren|-0.97
p:los te|interpreteren|0.97
p:lotte haar|ik-boodschap|0.97
p:lotte sinds|ik-boodschap|0.93
p:lotte zat|geruststellen|-0.99
p:lotte zegt|open-vraag|-0.99
p:lotte zegt|adviseren|-0.99
p:lucas zijn|waarschuwen|0.95
p:luchtig houden|afronding-aankondigen|-0.94
p:lui bent|ik-boodschap|-0.93
p:lui bent|bekritiseren|-0.85
p:lui bent|geruststellen|1.77
p:lui maar|geruststellen|-0.98
p:lui om|bekritiseren|0.62
p:lui om|etiketteren|0.98
p:luie puber|bekritiseren|-0.99
p:luister naar|aanmoediging|-0.78
p:luister nou|bekritiseren|-0.73
p:luisteren en|afronding-aankondigen|0.99
p:luistert gewoon|prijzen|-0.98
p:luistert niet|bekritiseren|0.58
p:luistert nooit|etiketteren|-0.98
p:luistert u|bevelen|0.83
p:lukt hem|samenvatting|0.92
p:lukt het|adviseren|-0.81
p:lukt het|geruststellen|-0.86
p:lukt niet|moraliseren|-0.96
p:lukt u|bedanken|-0.99
p:maak je|geruststellen|0.96
p:maak je|afleiden|-0.99
p:maak me|jij-boodschap|-0.92
p:maak me|adviseren|-0.96
p:maak me|interpreteren|-0.95
p:maak me|geruststellen|-0.96
p:maakt dit|geruststellen|0.77
p:maakt een|ik-boodschap|-0.97
p:maakt een|samenvatting|0.97
p:maakt een|adviseren|-0.97
p:maakt een|vervolgafspraak|0.97
p:maakt het|gevoelsreflectie|0.99
p:maakt maar|adviseren|0.93
p:maakt me|ik-boodschap|0.93
p:maakt me|argumenteren|-0.99
p:maakt me|bedanken|-0.99
p:maakt om|interpreteren|1.73
p:maakt u|gevoelsreflectie|0.55
p:maakt u|aanmoediging|-0.98
p:maakt u|bekritiseren|-0.82
p:maakt u|etiketteren|-0.92
p:maakt u|interpreteren|-1.0
p:maakt u|geruststellen|0.86
p:maakt waardoor|open-vraag|-0.97
p:maakt waardoor|vervolgafspraak|0.97
p:maakt wat|open-vraag|1.0
p:maakt wat|geruststellen|0.86
p:maakte hem|parafrase|0.97
p:maakte hem|open-vraag|0.97
p:maand een|gevoelsreflectie|-0.7
p:maand evalueren|bedanken|-0.95
p:maand kijken|vervolgafspraak|0.68
p:maand opnieuw|afronding-aankondigen|-0.98
p:maandag de|afronding-aankondigen|0.96
p:maandag en|parafrase|0.95
p:maandag het|vervolgafspraak|0.93
p:maandag in|bevelen|0.9
p:maandag niet|ik-boodschap|0.98
p:maandag niet|vervolgafspraak|-0.98
p:maandag om|samenvatting|-0.84
p:maandag om|afronding-aankondigen|-1.0
p:maandag om|vervolgafspraak|1.0
p:maandag stuur|bedanken|0.93
p:maandag terug|vervolgafspraak|0.96
p:maanden op|argumenteren|1.0
p:maandje ben|geruststellen|0.96
p:maar ach|gevoelsreflectie|0.91
p:maar ach|afleiden|0.91
p:maar dat|ik-boodschap|-0.97
p:maar dat|geruststellen|0.88
p:maar de|samenvatting|-0.97
p:maar de|argumenteren|1.93
p:maar een|argumenteren|-0.73
p:maar een|geruststellen|0.95
p:maar een|afleiden|-0.95
p:maar eens|afleiden|-0.84
p:maar engels|aanmoediging|-0.96
p:maar engels|geruststellen|-0.96
p:maar geen|open-vraag|-1.0
p:maar geen|bekritiseren|-0.82
p:maar geen|interpreteren|-1.0
p:maar goed|open-vraag|-1.42
p:maar goed|argumenteren|-1.0
p:maar goed|afleiden|1.94
p:maar het|samenvatting|1.89
p:maar het|moraliseren|-0.96
p:maar het|adviseren|-0.82
p:maar het|argumenteren|-0.92
p:maar hij|jij-boodschap|0.82
p:maar hij|bekritiseren|0.95
p:maar hij|geruststellen|-0.98
p:maar hoe|open-vraag|-0.93
p:maar hoe|afleiden|1.66
p:maar ik|gevoelsreflectie|0.94
p:maar ik|interpreteren|0.94
p:maar je|gevoelsreflectie|1.0
p:maar je|geruststellen|2.53
p:maar je|afleiden|-0.89
p:maar maakt|open-vraag|1.0
p:maar maakt|geruststellen|0.86
p:maar misschien|adviseren|0.93
p:maar misschien|geruststellen|-0.63
p:maar niet|waarschuwen|0.95
p:maar niet|etiketteren|-0.92
p:maar om|jij-boodschap|-0.73
p:maar om|bekritiseren|-0.92
p:maar op|jij-boodschap|-0.78
p:maar op|bevelen|-0.78
p:maar op|geruststellen|0.13
p:maar sterk|geruststellen|-0.75
p:maar thuis|samenvatting|-0.95
p:maar u|jij-boodschap|0.93
p:maar u|gevoelsreflectie|-0.87
p:maar u|argumenteren|0.91
p:maar u|bekritiseren|0.93
p:maar u|geruststellen|-0.98
p:maar voor|bevelen|0.71
p:maar voor|waarschuwen|-0.87
p:maar waarom|gevoelsreflectie|0.9
p:maar waarom|ondervragen|0.91
p:maar weten|bekritiseren|-0.92
p:maar ze|geruststellen|0.98
p:maar zelf|jij-boodschap|1.73
p:maar zelf|bekritiseren|1.83
p:maar zijn|bevelen|-0.87
p:maart bespreken|ik-boodschap|-0.97
p:maart bespreken|samenvatting|0.97
p:maart bespreken|adviseren|-0.97
p:maart bespreken|vervolgafspraak|0.97
p:maatregelen moeten|waarschuwen|0.86
p:machteloos hoe|parafrase|0.83
p:machteloos hoe|gevoelsreflectie|1.0
p:machteloos hoe|open-vraag|1.0
p:machteloos hoe|aanmoediging|-1.0
p:machteloos voelen|gevoelsreflectie|0.95
p:machteloos voelt|interpreteren|-1.0
p:mag hij|waarschuwen|0.95
p:mag je|moraliseren|0.54
p:mag je|argumenteren|0.87
p:mag me|jij-boodschap|-0.85
p:mag op|open-vraag|-0.63
p:mag rustig|aanmoediging|0.92
p:magister heeft|ik-boodschap|0.92
p:magister heeft|jij-boodschap|-0.92
p:magister heeft|bekritiseren|-0.92
p:mail en|samenvatting|-0.84
p:mail gelezen|jij-boodschap|0.93
p:mail gelezen|gevoelsreflectie|-0.87
p:mail gelezen|bekritiseren|0.93
p:mail ik|samenvatting|0.98
p:mail ik|vervolgafspraak|0.98
p:mail met|bedanken|0.93
p:mail ontvangen|ondervragen|-0.89
p:mail stuur|ik-boodschap|0.75
p:mail stuur|argumenteren|-0.81
p:mail u|samenvatting|-0.96
p:mail u|afleiden|-0.93
p:mail u|afronding-aankondigen|-0.88
p:mail van|gevoelsreflectie|-0.9
p:mail van|argumenteren|0.84
p:mail van|ondervragen|1.0
p:mails dank|interpreteren|-0.99
p:mails dank|bedanken|0.99
p:mails onbeantwoord|gevoelsreflectie|0.43
p:mails sturen|bekritiseren|1.62
p:mailt hoe|samenvatting|-0.92
p:maken ?|ik-boodschap|1.0
p:maken ?|adviseren|-0.96
p:maken ?|vervolgafspraak|1.0
p:maken als|waarschuwen|0.98
p:maken als|moraliseren|0.98
p:maken dat|gevoelsreflectie|-0.87
p:maken dat|adviseren|0.97
p:maken dat|vervolgafspraak|0.97
p:maken en|vervolgafspraak|0.98
p:maken hij|waarschuwen|-0.92
p:maken met|afronding-aankondigen|0.94
p:maken met|vervolgafspraak|0.94
p:maken ons|open-vraag|-1.0
p:maken ons|afronding-aankondigen|-1.0
p:maken op|interpreteren|0.99
p:makkelijk bent|jij-boodschap|0.96
p:makkelijk daarom|argumenteren|-0.89
p:makkelijk een|waarschuwen|-0.96
p:makkelijk een|prijzen|0.96
p:makkelijk is|interpreteren|0.91
p:makkelijk van|waarschuwen|-0.99
p:manier loopt|jij-boodschap|-1.0
p:manier loopt|aanmoediging|-1.0
p:manier om|moraliseren|-0.99
p:manier van|jij-boodschap|-0.96
p:manier van|etiketteren|-0.98
p:manier waarop|samenvatting|-0.91
p:marit weer|ik-boodschap|0.97
p:marokko hoorde|aanmoediging|-0.92
p:me altijd|jij-boodschap|-0.85
p:me dat|parafrase|-0.93
p:me dat|open-vraag|-0.99
p:me dat|adviseren|-0.99
p:me dat|interpreteren|-0.78
p:me dat|geruststellen|-0.88
p:me dit|ik-boodschap|-0.99
p:me dit|bedanken|0.99
p:me echt|ik-boodschap|-0.98
p:me eerlijk|ik-boodschap|-0.99
p:me eerst|bevelen|1.0
p:me even|jij-boodschap|-1.0
p:me even|moraliseren|-1.0
p:me even|bekritiseren|-1.0
p:me geen|ik-boodschap|-0.92
p:me geraakt|ik-boodschap|1.62
p:me geraakt|open-vraag|0.84
p:me gewoon|bekritiseren|0.94
p:me goed|waarschuwen|-0.98
p:me hier|geruststellen|-0.96
p:me hoe|open-vraag|0.99
p:me laten|afronding-aankondigen|0.75
p:me liggen|gevoelsreflectie|-0.97
p:me liggen|aanmoediging|-0.99
p:me liggen|afronding-aankondigen|-1.0
p:me maar|bekritiseren|-0.92
p:me niet|ik-boodschap|0.93
p:me niet|argumenteren|-0.88
p:me nooit|jij-boodschap|0.96
p:me nooit|bekritiseren|0.82
p:me nu|jij-boodschap|0.96
p:me nu|bekritiseren|0.82
p:me ongemakkelijk|samenvatting|-0.98
p:me ongemakkelijk|vervolgafspraak|-0.98
p:me ongerust|ik-boodschap|0.93
p:me ongerust|argumenteren|-0.99
p:me ongerust|bedanken|-0.99
p:me onzeker|ik-boodschap|0.99
p:me onzeker|gevoelsreflectie|-0.99
p:me op|ik-boodschap|-1.69
p:me op|bekritiseren|-0.95
p:me op|ondervragen|-1.0
p:me praat|waarschuwen|0.91
p:me steeds|jij-boodschap|0.96
p:me steeds|bekritiseren|0.82
p:me toe|ik-boodschap|0.93
p:me verantwoordelijk|ik-boodschap|0.91
p:me verstandig|adviseren|0.99
p:me verstandig|argumenteren|-0.99
p:me verstandig|vervolgafspraak|-0.82
p:me voorstellen|ik-boodschap|-0.92
p:me voorstellen|gevoelsreflectie|1.0
p:me voorstellen|adviseren|0.87
p:me voorstellen|interpreteren|-1.0
p:me wat|ik-boodschap|0.77
p:me zorgen|ik-boodschap|2.89
p:me zorgen|jij-boodschap|-0.92
p:me zorgen|adviseren|-0.96
p:me zorgen|interpreteren|-0.95
p:mee aan|parafrase|-1.0
p:mee aan|aanmoediging|-1.0
p:mee aan|afleiden|-1.0
p:mee aan|vervolgafspraak|-1.0
p:mee akkoord|bekritiseren|-0.94
p:mee bezig|interpreteren|0.91
p:mee dan|prijzen|0.92
p:mee doet|ik-boodschap|-0.84
p:mee doet|jij-boodschap|0.77
p:mee donderdag|afronding-aankondigen|0.95
p:mee donderdag|vervolgafspraak|0.95
p:mee donderdag|bedanken|0.95
p:mee geholpen|jij-boodschap|-0.5
p:mee geholpen|bekritiseren|-0.88
p:mee hè|geruststellen|-0.96
p:mee kan|ik-boodschap|1.0
p:mee kan|open-vraag|1.0
p:mee mag|open-vraag|-0.63
p:mee naar|ik-boodschap|-1.0
p:mee naar|bevelen|-0.88
p:mee om|parafrase|0.83
p:mee om|gevoelsreflectie|1.0
p:mee om|open-vraag|1.0
p:mee om|aanmoediging|-1.0
p:mee op|ik-boodschap|0.95
p:mee op|bevelen|0.95
p:mee op|waarschuwen|0.95
p:mee op|vervolgafspraak|-0.95
p:mee te|gevoelsreflectie|-0.87
p:mee te|open-vraag|0.96
p:mee wegkomt|bekritiseren|0.94
p:meedenkend dus|waarschuwen|-0.93
p:meedenkt dan|bekritiseren|-0.94
p:meedenkt dan|prijzen|0.97
p:meedoen met|ik-boodschap|1.94
p:meedoen met|waarschuwen|-0.98
p:meedoen met|adviseren|-0.96
p:meekrijgen vind|moraliseren|0.51
p:meer ?|open-vraag|-1.0
p:meer ?|ondervragen|1.0
p:meer aan|ik-boodschap|1.69
p:meer bij|ik-boodschap|-0.93
p:meer bij|waarschuwen|-0.98
p:meer contact|jij-boodschap|-0.77
p:meer contact|parafrase|-0.95
p:meer dan|moraliseren|0.97
p:meer heeft|open-vraag|0.97
p:meer informatie|aanmoediging|-0.98
p:meer informatie|bevelen|-0.97
p:meer loslaten|adviseren|0.99
p:meer loslaten|bekritiseren|-0.99
p:meer loslaten|prijzen|0.99
p:meer naar|ik-boodschap|0.92
p:meer naar|gevoelsreflectie|-0.98
p:meer naar|ondervragen|-0.96
p:meer naast|ik-boodschap|-0.98
p:meer oefent|samenvatting|-0.94
p:meer over|parafrase|-1.0
p:meer over|interpreteren|0.9
p:meer rust|jij-boodschap|-0.77
p:meer structuur|parafrase|-1.94
p:meer van|ik-boodschap|0.99
p:meer van|gevoelsreflectie|-0.99
p:meer vaste|open-vraag|-0.98
p:meer vaste|vervolgafspraak|-0.98
p:meer verantwoordelijkheid|prijzen|-0.99
p:meer vertellen|adviseren|-0.93
p:meer verwachten|moraliseren|0.54
p:meer vrijheid|bevelen|-0.89
p:meer vrijheid|interpreteren|-0.8
p:meer zelf|adviseren|0.83
p:mees hoe|bekritiseren|-0.98
p:meest dwarszit|aanmoediging|-0.8
p:meeste zorgen|gevoelsreflectie|-0.43
p:mei gemaild|argumenteren|0.78
p:meid dus|gevoelsreflectie|-1.0
p:meid dus|moraliseren|-1.0
p:meid dus|argumenteren|-1.0
p:meid dus|prijzen|1.0
p:meid dus|interpreteren|-1.0
p:meid dus|geruststellen|-1.0
p:meivakantie stiller|ik-boodschap|0.93
p:melden bij|ik-boodschap|0.96
p:melden bij|samenvatting|-0.97
p:melden bij|argumenteren|-0.96
p:meldt u|bekritiseren|-1.0
p:meldt u|ondervragen|-1.0
p:meneer bakker|afleiden|-0.86
p:meneer dat|bekritiseren|0.97
p:meneer de|gevoelsreflectie|0.86
p:meneer peters|parafrase|0.84
p:meneer visser|gevoelsreflectie|-0.91
p:meneer weet|etiketteren|0.98
p:meneer yilmaz|gevoelsreflectie|0.96
p:meneer yilmaz|bevelen|1.0
p:meneer yilmaz|geruststellen|-1.0
p:mens dan|prijzen|0.96
p:mentor erbij|vervolgafspraak|0.89
p:mentor erbij|bedanken|-0.94
p:mentor gebeld|adviseren|-0.99
p:mentor gedwarsboomd|bekritiseren|0.92
p:mentor gemeld|ondervragen|0.91
p:mentor heeft|etiketteren|-0.98
p:mentor krijgt|samenvatting|-0.96
p:mentor op|samenvatting|0.94
p:mentor op|bedanken|0.94
p:mentor vertelde|bekritiseren|-0.94
p:mentor vragen|adviseren|0.87
p:mentor yusuf|parafrase|-0.95
p:merk dat|ik-boodschap|-0.86
p:merk dat|gevoelsreflectie|0.89
p:merk dat|open-vraag|-0.97
p:merk dat|aanmoediging|0.9
p:merk dat|moraliseren|-0.93
p:merk dat|adviseren|0.11
p:merk dat|afronding-aankondigen|0.75
p:merk ik|ik-boodschap|0.94
p:merk ik|parafrase|-0.97
p:merk ik|open-vraag|0.92
p:merk ik|interpreteren|-0.9
p:merkt dus|adviseren|0.99
p:merkt u|gevoelsreflectie|-0.91
p:merkt u|open-vraag|0.98
p:merkt u|bekritiseren|-0.87
p:merkt u|etiketteren|-0.99
p:merkt u|bedanken|-0.93
p:met andere|parafrase|0.95
p:met andere|gevoelsreflectie|-0.6
p:met andere|samenvatting|-0.97
p:met andere|open-vraag|-1.0
p:met andere|aanmoediging|-0.98
p:met andere|geruststellen|-0.86
p:met dat|samenvatting|-1.0
p:met dat|bevelen|1.0
p:met dat|geruststellen|-0.96
p:met de|jij-boodschap|-0.93
p:met de|parafrase|-0.95
p:met de|gevoelsreflectie|0.21
p:met de|samenvatting|0.94
p:met de|bevelen|-0.99
p:met de|waarschuwen|-0.98
p:met de|adviseren|-0.93
p:met de|argumenteren|-1.8
p:met de|bekritiseren|0.92
p:met de|geruststellen|-1.0
p:met de|ondervragen|-1.79
p:met de|vervolgafspraak|1.87
p:met die|gevoelsreflectie|0.93
p:met dit|prijzen|1.0
p:met een|ik-boodschap|0.7
p:met een|jij-boodschap|-0.98
p:met een|open-vraag|0.84
p:met een|moraliseren|-0.99
p:met een|adviseren|0.97
p:met een|argumenteren|0.81
p:met een|bekritiseren|-0.98
p:met een|vervolgafspraak|-0.92
p:met een|bedanken|0.93
p:met elkaar|interpreteren|-0.94
p:met gym|ik-boodschap|0.97
p:met haar|ik-boodschap|1.79
p:met haar|geruststellen|0.91
p:met hem|ik-boodschap|0.98
p:met hem|jij-boodschap|0.96
p:met hem|gevoelsreflectie|0.85
p:met hem|samenvatting|0.94
p:met hem|adviseren|0.9
p:met hem|prijzen|-0.96
p:met hem|vervolgafspraak|-0.98
p:met hem|bedanken|0.94
p:met het|samenvatting|-0.96
p:met het|vervolgafspraak|0.8
p:met je|ik-boodschap|-1.61
p:met je|samenvatting|0.92
p:met je|bevelen|0.95
p:met je|waarschuwen|-0.98
p:met je|geruststellen|-0.96
p:met je|afronding-aankondigen|0.95
p:met je|vervolgafspraak|1.85
p:met je|bedanken|-1.93
p:met jou|bevelen|-1.0
p:met jou|geruststellen|1.0
p:met lezen|samenvatting|0.98
p:met lezen|afronding-aankondigen|0.98
p:met lezen|bedanken|0.98
p:met mij|bekritiseren|-0.93
p:met plannen|prijzen|0.95
p:met plannen|geruststellen|-0.98
p:met plezier|open-vraag|0.46
p:met plezier|bevelen|-0.92
p:met plezier|etiketteren|-0.79
p:met roken|afronding-aankondigen|-0.97
p:met school|moraliseren|0.88
p:met school|argumenteren|-0.77
p:met sven|adviseren|0.97
p:met u|bedanken|-0.93
p:met uw|prijzen|0.91
p:met wie|open-vraag|-0.96
p:met wie|ondervragen|0.82
p:met wie|vervolgafspraak|-0.97
p:met zijn|ik-boodschap|-0.97
p:met zijn|open-vraag|-0.44
p:met zoveel|moraliseren|-0.8
p:meteen gebeld|adviseren|-0.98
p:meteen in|prijzen|0.91
p:meteen na|ik-boodschap|-0.98
p:meteen tegen|gevoelsreflectie|0.9
p:mevrouw de|etiketteren|1.65
p:mevrouw smit|bevelen|0.81
p:middag ruzie|parafrase|0.96
p:middag ruzie|geruststellen|-0.96
p:middernacht gamen|jij-boodschap|0.8
p:middernacht gamen|moraliseren|0.8
p:mij blijft|waarschuwen|0.96
p:mij eerst|waarschuwen|-0.94
p:mij even|jij-boodschap|-0.93
p:mij gezegd|gevoelsreflectie|0.9
p:mij in|vervolgafspraak|0.93
p:mij is|argumenteren|-0.89
p:mij is|interpreteren|-0.91
p:mij luisteren|bekritiseren|0.58
p:mij luisteren|geruststellen|-0.98
p:mij nooit|bevelen|0.83
p:mij nu|bekritiseren|-0.81
p:mij ooit|jij-boodschap|1.49
p:mij ooit|bekritiseren|0.97
p:mij speelt|interpreteren|0.93
p:mij spijbelt|bevelen|-0.97
p:mij teleur|jij-boodschap|0.99
p:mij teleur|bekritiseren|0.99
p:mij terecht|jij-boodschap|-0.96
p:mij vrijdag|samenvatting|-0.92
p:mij weten|vervolgafspraak|0.95
p:mij wilde|bekritiseren|-0.93
p:mij zit|interpreteren|0.91
p:mijn berichten|bekritiseren|-0.92
p:mijn berichten|bedanken|-0.99
p:mijn collega|vervolgafspraak|0.92
p:mijn eigen|samenvatting|0.98
p:mijn mails|interpreteren|-0.99
p:mijn mails|bedanken|0.99
p:mijn uitleg|waarschuwen|-0.98
p:mijn verhaal|jij-boodschap|0.96
p:mijn volgende|bevelen|-0.87
p:mijn volgende|vervolgafspraak|-0.95
p:mijn zin|jij-boodschap|-0.93
p:mijn zin|waarschuwen|-0.94
p:mila dus|prijzen|0.99
p:mila veilig|argumenteren|-0.99
p:milan de|ik-boodschap|0.92
p:milan de|jij-boodschap|-0.92
p:milan de|bekritiseren|-0.92
p:milan gaat|ondervragen|-1.0
p:milan zijn|adviseren|-0.96
p:minder scherm|parafrase|-0.98
p:minder schermtijd|open-vraag|-0.98
p:minder schermtijd|vervolgafspraak|-0.98
p:minste wat|moraliseren|0.91
p:minuten begint|bevelen|-0.87
p:minuten begint|vervolgafspraak|-0.95
p:mis je|open-vraag|-0.95
p:misschien is|moraliseren|-0.93
p:misschien is|adviseren|0.93
p:misschien kan|argumenteren|-0.89
p:misschien kunt|ik-boodschap|0.92
p:misschien kunt|open-vraag|-0.97
p:misschien kunt|adviseren|2.82
p:misschien kunt|interpreteren|0.1
p:misschien kunt|vervolgafspraak|0.97
p:misschien moet|ik-boodschap|0.98
p:misschien moet|bevelen|-0.89
p:misschien moet|adviseren|0.98
p:misschien moet|geruststellen|-0.63
p:missen vaker|argumenteren|0.99
p:mist dat|open-vraag|0.95
p:mist dat|vervolgafspraak|-0.95
p:mist haar|jij-boodschap|-0.99
p:mist het|ik-boodschap|0.92
p:mist hij|moraliseren|-0.98
p:mist je|ik-boodschap|-0.77
p:mist je|parafrase|-0.95
p:mist je|gevoelsreflectie|-1.0
p:mist je|samenvatting|1.94
p:mist je|open-vraag|0.77
p:mist thijs|ik-boodschap|0.55
p:mist ze|ik-boodschap|1.0
p:mist ze|waarschuwen|-0.83
p:mist ze|vervolgafspraak|1.0
p:mist zijn|samenvatting|0.99
p:mist zijn|waarschuwen|-0.99
p:mist zijn|adviseren|-0.99
p:mist zonder|argumenteren|0.78
p:mm ja|aanmoediging|0.99
p:mo al|ik-boodschap|0.96
p:mo al|waarschuwen|-0.96
p:mo al|argumenteren|-0.96
p:moe hij|samenvatting|0.97
p:moe is|argumenteren|0.96
p:moe is|bekritiseren|-0.95
p:moe is|afleiden|-0.96
p:moe klopt|ik-boodschap|-1.0
p:moe klopt|jij-boodschap|-1.0
p:moe klopt|parafrase|1.0
p:moe klopt|gevoelsreflectie|-1.0
p:moe klopt|vervolgafspraak|-1.0
p:moe uit|parafrase|-0.83
p:moe van|ik-boodschap|0.95
p:moe van|adviseren|0.87
p:moe van|vervolgafspraak|-0.95
p:moeder daar|jij-boodschap|0.8
p:moeder daar|moraliseren|0.8
p:moeder dan|jij-boodschap|-0.73
p:moeder dan|adviseren|-0.73
p:moeder dan|etiketteren|-0.91
p:moeder dank|gevoelsreflectie|-0.69
p:moeder dank|vervolgafspraak|-0.69
p:moeder erbij|samenvatting|-0.95
p:moeder erbij|afronding-aankondigen|0.95
p:moeder misschien|prijzen|0.95
p:moeder moest|parafrase|0.9
p:moeder moest|interpreteren|-0.9
p:moeder moet|waarschuwen|-0.97
p:moeder morgen|vervolgafspraak|0.99
p:moeder te|afleiden|-0.93
p:moeder u|jij-boodschap|-0.43
p:moeder u|adviseren|0.74
p:moeder u|prijzen|0.98
p:moeder u|geruststellen|-0.73
p:moeder van|parafrase|-1.0
p:moeilijk heeft|interpreteren|0.99
p:moeilijk hij|gevoelsreflectie|0.91
p:moeilijk hij|samenvatting|0.86
p:moeilijk hij|vervolgafspraak|0.73
p:moeilijk om|interpreteren|0.97
p:moeilijk thuis|parafrase|-0.96
p:moeilijk thuis|open-vraag|-0.53
p:moeilijk volgens|parafrase|0.97
p:moeilijk volgens|open-vraag|0.97
p:moeilijk wanneer|afronding-aankondigen|-0.99
p:moeilijk was|parafrase|0.97
p:moeilijk was|open-vraag|0.97
p:moeilijk was|argumenteren|0.96
p:moeite genomen|vervolgafspraak|-0.95
p:moeite met|samenvatting|0.98
p:moeite met|geruststellen|-0.98
p:moeite met|afronding-aankondigen|0.98
p:moeite met|bedanken|0.98
p:moest horen|parafrase|0.9
p:moest horen|bekritiseren|-0.98
p:moest horen|interpreteren|-0.9
p:moet blijven|bekritiseren|-0.64
p:moet blijven|geruststellen|0.99
p:moet dat|gevoelsreflectie|0.85
p:moet dit|argumenteren|0.92
p:moet een|gevoelsreflectie|0.53
p:moet een|argumenteren|-0.85
p:moet eens|bevelen|-0.99
p:moet eens|waarschuwen|-0.99
p:moet gewoon|geruststellen|0.96
p:moet heel|gevoelsreflectie|0.95
p:moet heel|aanmoediging|0.98
p:moet heel|adviseren|-0.98
p:moet hem|bevelen|1.89
p:moet hem|moraliseren|-0.96
p:moet het|waarschuwen|0.99
p:moet het|afronding-aankondigen|1.0
p:moet hier|bevelen|-0.87
p:moet hier|vervolgafspraak|-0.95
p:moet hij|ondervragen|-0.97
p:moet ik|samenvatting|-0.97
p:moet je|ik-boodschap|0.98
p:moet je|waarschuwen|0.98
p:moet je|moraliseren|1.49
p:moet je|geruststellen|-0.63
p:moet leren|gevoelsreflectie|-0.9
p:moet leren|bevelen|-1.0
p:moet leren|moraliseren|1.93
p:moet nu|bevelen|1.97
p:moet nu|bekritiseren|-0.32
p:moet nu|geruststellen|-0.98
p:moet toch|argumenteren|0.91
p:moet u|bevelen|-0.89
p:moet u|waarschuwen|-0.97
p:moet u|adviseren|0.98
p:moet voor|gevoelsreflectie|0.97
p:moet voor|aanmoediging|-0.97
p:moet zijn|jij-boodschap|-0.58
p:moeten bellen|bekritiseren|-2.6
p:moeten dit|vervolgafspraak|-0.91
p:moeten doen|bekritiseren|0.99
p:moeten geven|adviseren|-0.98
p:moeten helaas|vervolgafspraak|-0.98
p:moeten hem|interpreteren|-0.94
p:moeten lina|samenvatting|-0.98
p:moeten lina|vervolgafspraak|-0.98
p:moeten melden|ik-boodschap|0.96
p:moeten melden|waarschuwen|-0.96
p:moeten melden|argumenteren|-0.96
p:moeten nemen|waarschuwen|0.86
p:moeten nu|bedanken|0.9
p:moeten opletten|bekritiseren|-0.95
p:moeten sturen|bekritiseren|0.99
p:moeten weten|moraliseren|1.93
p:moeten weten|geruststellen|-1.0
p:mogen vragen|moraliseren|0.91
p:mohammed in|afleiden|-1.0
p:mohammed is|jij-boodschap|1.74
p:mohammed is|bekritiseren|0.98
p:mond houden|bevelen|0.98
p:mond houden|bekritiseren|-0.9
p:mond tegen|bekritiseren|0.95
p:mooi cijfer|afleiden|0.98
p:mooi om|ik-boodschap|0.98
p:mooie prestatie|prijzen|-0.99
p:mooie rol|afleiden|0.93
p:mooie tekening|etiketteren|-0.91
p:morgen de|samenvatting|-0.96
p:morgen een|waarschuwen|-0.99
p:morgen een|afleiden|-0.93
p:morgen een|afronding-aankondigen|-0.89
p:morgen gewoon|moraliseren|-0.96
p:morgen je|bevelen|0.92
p:morgen na|vervolgafspraak|0.99
p:morgen naar|bevelen|0.81
p:morgen niet|waarschuwen|0.96
p:morgen weer|bevelen|-0.93
p:morgen weer|waarschuwen|0.93
p:morgen weer|interpreteren|-0.94
p:morgen wil|bevelen|0.97
p:morgen zelf|bevelen|0.94
p:morgen zelf|vervolgafspraak|-0.94
p:morgen zijn|bevelen|0.71
p:morgen zijn|waarschuwen|-0.87
p:musical hebben|afleiden|0.93
p:muziek in|aanmoediging|-0.78
p:na de|open-vraag|-0.95
p:na de|bevelen|0.99
p:na de|geruststellen|1.0
p:na de|afronding-aankondigen|-1.0
p:na drie|interpreteren|-0.99
p:na een|ik-boodschap|0.99
p:na een|gevoelsreflectie|-0.99
p:na haar|ik-boodschap|0.97
p:na het|parafrase|0.96
p:na het|samenvatting|-0.95
p:na het|open-vraag|-0.96
p:na het|afronding-aankondigen|0.95
p:na negen|bekritiseren|-0.9
p:na school|ik-boodschap|-0.98
p:na schooltijd|vervolgafspraak|0.99
p:naar bed|ik-boodschap|-0.9
p:naar bed|jij-boodschap|-0.52
p:naar bed|samenvatting|-0.93
p:naar bed|moraliseren|0.99
p:naar bed|bekritiseren|0.68
p:naar bed|ondervragen|0.98
p:naar buiten|ik-boodschap|-0.95
p:naar buiten|waarschuwen|0.92
p:naar dat|gevoelsreflectie|0.7
p:naar de|ik-boodschap|0.91
p:naar de|jij-boodschap|0.82
p:naar de|parafrase|-0.9
p:naar de|gevoelsreflectie|-0.92
p:naar de|samenvatting|0.9
p:naar de|bevelen|0.96
p:naar de|waarschuwen|1.03
p:naar de|moraliseren|-0.98
p:naar de|argumenteren|-0.89
p:naar de|bekritiseren|0.95
p:naar de|geruststellen|0.91
p:naar die|afleiden|-0.52
p:naar een|argumenteren|0.82
p:naar het|parafrase|-1.0
p:naar het|gevoelsreflectie|-1.0
p:naar huis|ik-boodschap|-1.0
p:naar huis|open-vraag|-0.95
p:naar me|ik-boodschap|0.93
p:naar me|bekritiseren|-0.73
p:naar mevrouw|bevelen|0.81
p:naar mij|bekritiseren|0.58
p:naar mij|geruststellen|-0.98
p:naar muziek|aanmoediging|-0.78
p:naar school|gevoelsreflectie|-0.97
p:naar school|open-vraag|0.46
p:naar school|waarschuwen|-0.87
p:naar school|moraliseren|-0.96
p:naar school|interpreteren|0.93
p:naar school|ondervragen|-0.96
p:naar u|gevoelsreflectie|-0.96
p:naar voor|open-vraag|-0.96
p:naar want|ik-boodschap|0.98
p:naar wat|prijzen|-0.98
p:naar wat|afleiden|0.99
p:naast bram|ik-boodschap|1.69
p:naast jayden|ik-boodschap|-0.98
p:naast milan|ondervragen|-1.0
p:naast noor|bekritiseren|-0.95
p:naast rik|ik-boodschap|0.94
p:naast rik|interpreteren|-0.9
p:nabespreking niet|ik-boodschap|1.0
p:nabespreking niet|open-vraag|1.0
p:nablijven u|bevelen|0.9
p:nachts ?|bevelen|-0.88
p:nachts in|waarschuwen|-0.92
p:nachts nog|bekritiseren|0.81
p:nachts te|ik-boodschap|-0.98
p:nachts te|adviseren|-0.98
p:nachts tot|ik-boodschap|0.99
p:nadenken hoor|aanmoediging|0.92
p:nadenken over|bevelen|-0.98
p:natuurkunde kom|jij-boodschap|-0.98
p:natuurkunde kom|argumenteren|0.81
p:natuurkunde kom|bekritiseren|-0.98
p:natuurlijk meteen|prijzen|0.91
p:nauwelijks heeft|bekritiseren|2.44
p:nauwelijks interesse|jij-boodschap|0.98
p:nauwelijks nog|ik-boodschap|0.94
p:nauwelijks nog|interpreteren|-0.9
p:nederlands een|argumenteren|-0.85
p:nederlands een|etiketteren|-0.97
p:nee hoor|argumenteren|0.87
p:nee wacht|waarschuwen|-0.94
p:neem gerust|aanmoediging|0.9
p:neem ik|jij-boodschap|-0.98
p:neem ik|bevelen|0.83
p:neem ik|adviseren|-0.98
p:neem je|aanmoediging|0.97
p:neem je|bevelen|-0.98
p:neem volgende|bedanken|-0.93
p:neemt de|jij-boodschap|0.91
p:neemt haar|ik-boodschap|-1.0
p:neemt het|bekritiseren|-0.9
p:neemt me|bekritiseren|0.94
p:neemt uw|moraliseren|-0.82
p:neer dat|samenvatting|-0.79
p:negen binnenkwam|ik-boodschap|-0.75
p:negen ik|samenvatting|0.8
p:negen ik|afronding-aankondigen|0.86
p:negen ik|vervolgafspraak|0.98
p:negen ik|bedanken|0.98
p:negen in|vervolgafspraak|-0.97
p:negen uur|adviseren|1.95
p:negen uur|bekritiseren|-0.9
p:nemen ?|gevoelsreflectie|-0.87
p:nemen ?|open-vraag|0.96
p:nemen zo|bevelen|-1.0
p:nemen zo|moraliseren|1.0
p:nergens iets|samenvatting|-0.79
p:nergens op|argumenteren|1.08
p:nergens op|bekritiseren|0.67
p:nergens op|geruststellen|-0.95
p:nergens schuld|jij-boodschap|0.9
p:nergens schuld|samenvatting|-0.9
p:nergens schuld|bekritiseren|0.89
p:net een|jij-boodschap|1.73
p:net een|etiketteren|0.91
p:net terug|aanmoediging|-0.92
p:netjes om|moraliseren|0.97
p:netjes om|argumenteren|-0.8
p:niemand gezegd|bekritiseren|0.95
p:niemand iets|bekritiseren|1.0
p:niemand naar|gevoelsreflectie|-0.96
p:niemand u|parafrase|1.1
p:niemand u|gevoelsreflectie|1.57
p:niemand u|open-vraag|-0.91
p:niemand u|etiketteren|-1.0
p:niemand zegt|bekritiseren|-0.85
p:niemand zegt|geruststellen|1.77
p:niet aan|jij-boodschap|-0.37
p:niet aan|open-vraag|0.57
p:niet aan|bekritiseren|-1.92
p:niet aan|ondervragen|-1.0
p:niet aan|afronding-aankondigen|-0.94
p:niet afheeft|ik-boodschap|1.0
p:niet afheeft|open-vraag|1.0
p:niet afmaakt|afronding-aankondigen|-0.99
p:niet alleen|samenvatting|0.92
p:niet alleen|moraliseren|1.0
p:niet alleen|geruststellen|-1.0
p:niet andersom|jij-boodschap|1.74
p:niet andersom|parafrase|1.0
p:niet andersom|bekritiseren|0.98
p:niet bereiken|open-vraag|0.95
p:niet bij|ik-boodschap|-0.97
p:niet bij|adviseren|0.98
p:niet bij|vervolgafspraak|0.98
p:niet bijwerkt|ik-boodschap|0.98
p:niet bijwerkt|vervolgafspraak|-0.98
p:niet boos|gevoelsreflectie|-0.9
p:niet boos|geruststellen|0.98
p:niet consequent|etiketteren|-0.98
p:niet dat|ik-boodschap|-1.9
p:niet dat|gevoelsreflectie|-0.6
p:niet dat|waarschuwen|0.95
p:niet dat|adviseren|-0.97
p:niet dat|argumenteren|0.82
p:niet dat|geruststellen|1.02
p:niet de|argumenteren|0.84
p:niet de|geruststellen|1.98
p:niet doet|waarschuwen|0.98
p:niet doet|moraliseren|0.98
p:niet druk|etiketteren|-0.92
p:niet druk|geruststellen|0.96
p:niet eerder|ondervragen|0.91
p:niet elke|adviseren|0.99
p:niet elke|prijzen|-0.74
p:niet elke|ondervragen|-0.74
p:niet en|ik-boodschap|0.93
p:niet en|moraliseren|-0.96
p:niet en|argumenteren|-0.88
p:niet erg|bekritiseren|-0.97
p:niet gebeld|bekritiseren|0.9
p:niet gebeld|vervolgafspraak|-0.97
p:niet gebeuren|ik-boodschap|-0.97
p:niet gebeuren|bekritiseren|-0.64
p:niet gebeuren|geruststellen|1.87
p:niet gehad|ik-boodschap|0.93
p:niet gehad|argumenteren|-0.88
p:niet gekomen|parafrase|0.96
p:niet gekomen|geruststellen|-0.96
p:niet gemotiveerd|bekritiseren|0.97
p:niet gepast|bekritiseren|1.62
p:niet gewoon|bekritiseren|0.99
p:niet gewoon|ondervragen|-0.93
p:niet gezien|ik-boodschap|-0.99
p:niet gezien|parafrase|0.99
p:niet gezien|samenvatting|-0.99
p:niet goed|parafrase|-0.78
p:niet goed|gevoelsreflectie|-1.0
p:niet goed|samenvatting|1.0
p:niet goed|afronding-aankondigen|0.99
p:niet goed|vervolgafspraak|-0.97
p:niet hebben|afleiden|1.86
p:niet helemaal|interpreteren|-0.92
p:niet het|gevoelsreflectie|0.91
p:niet het|afleiden|0.91
p:niet hoe|gevoelsreflectie|-0.83
p:niet hoort|moraliseren|0.91
p:niet hoort|argumenteren|-1.46
p:niet in|ik-boodschap|-0.83
p:niet ingeleverd|argumenteren|1.0
p:niet ingrijpen|open-vraag|-0.95
p:niet inlevert|waarschuwen|1.92
p:niet inlevert|argumenteren|-1.0
p:niet inlevert|etiketteren|-1.0
p:niet inlevert|interpreteren|-1.0
p:niet kan|ik-boodschap|0.97
p:niet kan|jij-boodschap|-0.99
p:niet kan|parafrase|-0.95
p:niet kan|prijzen|0.99
p:niet kan|etiketteren|-0.99
p:niet kan|interpreteren|-0.83
p:niet kan|afleiden|-0.99
p:niet kan|afronding-aankondigen|-0.99
p:niet klaar|waarschuwen|-0.94
p:niet kloppen|argumenteren|0.99
p:niet komt|ik-boodschap|-0.96
p:niet kon|gevoelsreflectie|-0.87
p:niet kon|adviseren|0.97
p:niet kon|vervolgafspraak|0.97
p:niet kunnen|ik-boodschap|-0.96
p:niet kunnen|parafrase|0.96
p:niet kunt|prijzen|-1.0
p:niet kunt|interpreteren|1.0
p:niet leert|argumenteren|0.91
p:niet lekker|ik-boodschap|0.93
p:niet lekker|argumenteren|-0.88
p:niet lui|geruststellen|-0.98
p:niet maakt|ik-boodschap|-0.93
p:niet maakt|open-vraag|-0.97
p:niet maakt|moraliseren|-0.93
p:niet maken|vervolgafspraak|0.98
p:niet mee|ik-boodschap|1.0
p:niet mee|open-vraag|0.37
p:niet mee|waarschuwen|0.95
p:niet meedoen|ik-boodschap|1.94
p:niet meedoen|waarschuwen|-0.98
p:niet meedoen|adviseren|-0.96
p:niet meer|ik-boodschap|0.7
p:niet meer|gevoelsreflectie|-0.98
p:niet meer|waarschuwen|-0.98
p:niet meer|moraliseren|0.97
p:niet meer|ondervragen|-0.96
p:niet met|ik-boodschap|0.98
p:niet met|interpreteren|-0.94
p:niet met|vervolgafspraak|-0.98
p:niet meteen|gevoelsreflectie|0.9
p:niet meteen|adviseren|-0.98
p:niet naar|moraliseren|-0.98
p:niet naar|prijzen|-0.98
p:niet naar|interpreteren|0.93
p:niet naar|afleiden|-0.52
p:niet netjes|moraliseren|0.97
p:niet netjes|argumenteren|-0.8
p:niet nodig|bekritiseren|0.95
p:niet oefent|moraliseren|-0.97
p:niet oefent|adviseren|-0.97
p:niet oefent|argumenteren|0.95
p:niet oefent|geruststellen|-0.95
p:niet of|argumenteren|-0.99
p:niet of|bedanken|-0.99
p:niet op|jij-boodschap|0.99
p:niet op|bevelen|-1.0
p:niet op|moraliseren|-0.89
p:niet op|ondervragen|1.02
p:niet op|vervolgafspraak|-1.0
p:niet op|bedanken|-0.99
p:niet ophaalt|parafrase|-0.99
p:niet ophaalt|waarschuwen|0.99
p:niet ophaalt|geruststellen|-0.99
p:niet ophoudt|moraliseren|-0.96
p:niet oplaadt|ik-boodschap|0.98
p:niet oplaadt|waarschuwen|-0.98
p:niet over|jij-boodschap|-0.98
p:niet over|parafrase|-0.17
p:niet over|gevoelsreflectie|1.0
p:niet over|open-vraag|1.0
p:niet over|aanmoediging|-1.0
p:niet over|moraliseren|-0.98
p:niet over|argumenteren|1.79
p:niet over|bekritiseren|-0.98
p:niet over|interpreteren|0.98
p:niet over|geruststellen|-0.99
p:niet plannen|ik-boodschap|0.75
p:niet plannen|argumenteren|-0.81
p:niet serieus|jij-boodschap|0.91
p:niet serieus|gevoelsreflectie|0.43
p:niet serieus|samenvatting|-0.97
p:niet serieus|bekritiseren|0.94
p:niet slim|geruststellen|-0.99
p:niet snapt|interpreteren|1.73
p:niet somber|geruststellen|0.95
p:niet stellen|ik-boodschap|0.95
p:niet te|jij-boodschap|0.66
p:niet te|samenvatting|0.83
p:niet te|argumenteren|-1.0
p:niet te|afleiden|1.0
p:niet tot|ik-boodschap|-0.98
p:niet u|bekritiseren|0.58
p:niet van|adviseren|-0.94
p:niet van|prijzen|0.76
p:niet verder|vervolgafspraak|0.98
p:niet verteld|open-vraag|-1.0
p:niet verteld|ondervragen|1.0
p:niet vertelt|open-vraag|-0.95
p:niet voor|jij-boodschap|0.26
p:niet voor|argumenteren|0.91
p:niet voor|bekritiseren|0.46
p:niet waar|argumenteren|0.78
p:niet wakker|geruststellen|0.9
p:niet wakker|afleiden|-0.87
p:niet want|afleiden|-0.93
p:niet wat|parafrase|-0.96
p:niet wat|adviseren|0.97
p:niet wat|afronding-aankondigen|-0.96
p:niet weet|jij-boodschap|0.84
p:niet wegstopt|waarschuwen|0.99
p:niet wist|bekritiseren|-0.95
p:niet zo|jij-boodschap|-2.39
p:niet zo|bevelen|0.88
p:niet zo|waarschuwen|-1.98
p:niet zo|moraliseren|-0.89
p:niet zo|argumenteren|-0.96
p:niet zo|etiketteren|2.79
p:niet zo|interpreteren|-1.93
p:niet zo|geruststellen|-0.26
p:niet zo|afleiden|0.95
p:niets aan|bekritiseren|0.91
p:niets afspreken|ik-boodschap|0.91
p:niets afspreken|afronding-aankondigen|0.75
p:niets eet|open-vraag|0.98
p:niets hoort|bekritiseren|-1.53
p:niets liet|open-vraag|-0.77
p:niets meer|ik-boodschap|0.99
p:niets meer|gevoelsreflectie|-0.99
p:niets om|etiketteren|-1.0
p:niets om|geruststellen|1.0
p:niets van|geruststellen|-0.99
p:niets verandert|waarschuwen|1.0
p:niets verandert|prijzen|-1.0
p:niets verandert|ondervragen|-1.0
p:niets verkeerd|jij-boodschap|-2.48
p:niets verkeerd|bekritiseren|-1.8
p:niets verkeerd|geruststellen|2.52
p:niets vertelt|open-vraag|-0.91
p:niets vertelt|geruststellen|-0.9
p:nieuw gesprek|gevoelsreflectie|-0.7
p:nieuw gesprek|vervolgafspraak|0.98
p:nieuwe afspraak|afronding-aankondigen|0.96
p:nieuwe afspraak|vervolgafspraak|0.94
p:nieuwe aula|bekritiseren|-0.95
p:nieuwe aula|afleiden|0.95
p:nieuwe datum|afleiden|-0.93
p:nieuwe datum|afronding-aankondigen|-0.89
p:nieuwe datum|bedanken|0.93
p:nieuwe gebouw|afleiden|0.76
p:nieuwe huis|open-vraag|-0.93
p:nieuwe huis|afleiden|0.74
p:nieuwe school|afleiden|-0.52
p:nieuwe schoolgids|ondervragen|-0.93
p:nieuwe stof|ik-boodschap|0.93
p:nieuwe stof|argumenteren|-0.88
p:niks ?|jij-boodschap|1.73
p:niks ?|bekritiseren|1.83
p:niks aan|argumenteren|0.79
p:niks aan|geruststellen|-0.12
p:niks gezegd|jij-boodschap|-1.0
p:niks gezegd|adviseren|-1.0
p:niks gezegd|ondervragen|1.0
p:niks in|bevelen|-0.95
p:niks kon|parafrase|0.92
p:niks laat|samenvatting|-0.98
p:niks laat|vervolgafspraak|-0.98
p:niks mee|ik-boodschap|0.11
p:niks mee|jij-boodschap|0.77
p:niks mee|vervolgafspraak|-0.95
p:niks voor|moraliseren|-0.99
p:niks voor|afleiden|0.99
p:nina in|vervolgafspraak|-0.97
p:noah al|adviseren|-0.96
p:noah dat|parafrase|0.92
p:noah de|open-vraag|-0.97
p:noah de|adviseren|0.97
p:noah de|vervolgafspraak|0.97
p:noah in|open-vraag|0.99
p:nodig en|parafrase|-0.95
p:nodig heeft|prijzen|0.91
p:nodig is|samenvatting|-1.0
p:nodig is|bekritiseren|0.98
p:nodig om|open-vraag|0.46
p:nodig om|bekritiseren|0.95
p:nog aan|ik-boodschap|0.94
p:nog aan|samenvatting|0.95
p:nog aan|interpreteren|-0.9
p:nog bespreken|open-vraag|0.98
p:nog een|bevelen|0.83
p:nog een|adviseren|-0.98
p:nog een|ondervragen|-0.97
p:nog eens|gevoelsreflectie|-0.9
p:nog eens|bevelen|-0.88
p:nog eens|waarschuwen|0.99
p:nog eens|moraliseren|0.93
p:nog even|jij-boodschap|-0.73
p:nog even|adviseren|-0.73
p:nog even|etiketteren|-0.91
p:nog mee|interpreteren|0.91
p:nog meer|open-vraag|-1.0
p:nog meer|ondervragen|1.0
p:nog niet|parafrase|0.99
p:nog niet|waarschuwen|-0.94
p:nog samen|waarschuwen|0.99
p:nog steeds|ik-boodschap|-0.84
p:nog steeds|jij-boodschap|0.77
p:nog wel|ondervragen|-0.9
p:nog zit|bekritiseren|0.81
p:nog zo'n|samenvatting|-0.92
p:nog zo'n|waarschuwen|0.92
p:nog zo'n|bekritiseren|-0.68
p:nog één|jij-boodschap|-0.98
p:nog één|waarschuwen|0.91
p:nog één|moraliseren|-0.9
p:nog één|prijzen|-0.91
p:nog één|afronding-aankondigen|-1.0
p:nogal kortzichtige|etiketteren|-0.98
p:nogal onverschillig|bekritiseren|0.92
p:nooit aan|open-vraag|-0.99
p:nooit als|jij-boodschap|-1.76
p:nooit als|bekritiseren|-0.63
p:nooit als|etiketteren|-0.98
p:nooit als|ondervragen|1.62
p:nooit de|vervolgafspraak|-0.95
p:nooit eens|adviseren|-0.74
p:nooit even|ik-boodschap|-1.0
p:nooit even|vervolgafspraak|-1.0
p:nooit gekregen|gevoelsreflectie|-0.9
p:nooit iets|jij-boodschap|0.92
p:nooit iets|waarschuwen|0.92
p:nooit in|bekritiseren|0.99
p:nooit je|jij-boodschap|0.94
p:nooit misschien|adviseren|0.98
p:nooit na|ik-boodschap|-0.91
p:nooit na|bekritiseren|0.73
p:nooit te|bekritiseren|-0.89
p:nooit uitpraten|jij-boodschap|0.96
p:nooit uitpraten|bevelen|0.83
p:nooit uitpraten|bekritiseren|0.82
p:nooit wat|jij-boodschap|0.82
p:nooit wat|bevelen|0.88
p:nooit wat|ondervragen|-0.98
p:noor deze|ik-boodschap|0.97
p:noor dus|bevelen|-0.92
p:noor dus|etiketteren|-0.79
p:noor in|bekritiseren|-0.95
p:noor te|ik-boodschap|1.0
p:noor te|vervolgafspraak|1.0
p:noor zegt|ondervragen|-0.96
p:nooti op|jij-boodschap|1.78
p:nooti op|bevelen|-0.97
p:nooti op|bekritiseren|1.78
p:normaal bij|geruststellen|0.93
p:normaal dat|moraliseren|0.97
p:normaal dat|argumenteren|-0.93
p:normaal in|bekritiseren|-0.99
p:normaal om|jij-boodschap|0.99
p:normaal om|bekritiseren|0.99
p:normering is|samenvatting|-0.97
p:normering is|argumenteren|0.97
p:nou altijd|jij-boodschap|0.92
p:nou altijd|bekritiseren|0.92
p:nou altijd|ondervragen|-0.85
p:nou daar|etiketteren|0.95
p:nou daar|afleiden|-0.95
p:nou echt|argumenteren|-0.97
p:nou eenmaal|jij-boodschap|0.55
p:nou eenmaal|waarschuwen|-0.96
p:nou eenmaal|moraliseren|0.7
p:nou eens|samenvatting|-1.0
p:nou eens|bevelen|1.0
p:nou eens|bekritiseren|-0.73
p:nou fijn|bekritiseren|0.93
p:nou fijn|etiketteren|-0.93
p:nou fijn|bedanken|-0.93
p:nou genoeg|bekritiseren|-0.95
p:nou genoeg|afleiden|0.95
p:nou heel|bekritiseren|1.78
p:nou heel|vervolgafspraak|-0.98
p:nou heel|bedanken|-0.98
p:nou ik|afleiden|-1.0
p:nou ja|geruststellen|-1.0
p:nou ja|afleiden|1.0
p:nou kijk|ik-boodschap|0.93
p:nou kijk|argumenteren|-0.88
p:nou lekker|bekritiseren|0.96
p:nou lekker|etiketteren|-0.81
p:nou maar|etiketteren|-0.92
p:nou mevrouw|bevelen|-0.94
p:nou mevrouw|etiketteren|1.65
p:nou niet|jij-boodschap|-2.39
p:nou nooit|jij-boodschap|0.82
p:nou nooit|ondervragen|-0.98
p:nou nou|bevelen|-0.94
p:nou nou|etiketteren|1.65
p:nu ?|ondervragen|0.82
p:nu af|samenvatting|0.98
p:nu af|afronding-aankondigen|0.98
p:nu af|bedanken|0.98
p:nu afronden|afronding-aankondigen|0.99
p:nu afronden|vervolgafspraak|1.0
p:nu afsluiten|samenvatting|-0.98
p:nu allebei|vervolgafspraak|-0.97
p:nu besproken|open-vraag|-0.44
p:nu beëindigen|vervolgafspraak|0.96
p:nu drie|afronding-aankondigen|-0.8
p:nu echt|bevelen|1.1
p:nu echt|bekritiseren|-0.9
p:nu echt|vervolgafspraak|-1.86
p:nu echt|bedanken|0.9
p:nu een|ik-boodschap|-1.0
p:nu een|afronding-aankondigen|1.75
p:nu een|vervolgafspraak|-1.0
p:nu een|bedanken|-0.96
p:nu eenmaal|bevelen|-0.82
p:nu eenmaal|interpreteren|-0.93
p:nu eenmaal|geruststellen|-0.93
p:nu eenmaal|ondervragen|-1.0
p:nu eenmaal|afleiden|0.9
p:nu eens|bevelen|0.83
p:nu eerst|afleiden|-0.89
p:nu even|jij-boodschap|0.96
p:nu even|aanmoediging|-0.87
p:nu even|bevelen|-0.12
p:nu even|geruststellen|-0.98
p:nu gehad|jij-boodschap|-0.93
p:nu gehad|samenvatting|1.0
p:nu gehad|bekritiseren|-0.97
p:nu gehad|prijzen|-1.0
p:nu gehad|interpreteren|-0.96
p:nu gehad|afleiden|-0.9
p:nu je|ik-boodschap|0.92
p:nu mee|parafrase|0.83
p:nu mee|gevoelsreflectie|1.0
p:nu mee|open-vraag|1.0
p:nu mee|aanmoediging|-1.0
p:nu mee|bevelen|0.95
p:nu mee|afronding-aankondigen|0.95
p:nu mee|vervolgafspraak|0.95
p:nu mee|bedanken|0.95
p:nu met|ik-boodschap|0.86
p:nu met|gevoelsreflectie|0.85
p:nu naar|bekritiseren|0.58
p:nu niet|moraliseren|-0.96
p:nu niet|ondervragen|-0.93
p:nu niet|afleiden|0.96
p:nu pas|jij-boodschap|-0.97
p:nu stoppen|vervolgafspraak|0.89
p:nu stoppen|bedanken|-0.94
p:nu toe|parafrase|-0.78
p:nu toe|samenvatting|0.95
p:nu weg|bevelen|1.0
p:nu weg|geruststellen|-1.0
p:nu zitten|bevelen|0.88
p:och dat|argumenteren|-0.96
p:och dat|geruststellen|-0.81
p:och dat|afleiden|1.61
p:ochtend te|ik-boodschap|0.98
p:ochtends ?|parafrase|1.0
p:ochtends ?|gevoelsreflectie|-1.0
p:ochtends bij|open-vraag|0.95
p:ochtends bij|vervolgafspraak|-0.95
p:oefeningen niet|gevoelsreflectie|-0.87
p:oefeningen niet|open-vraag|0.96
p:oefent haalt|argumenteren|0.95
p:oefent haalt|geruststellen|-0.95
p:oefent kun|moraliseren|-0.97
p:oefent kun|adviseren|-0.97
p:oefent zakken|samenvatting|-0.94
p:of het|bedanken|-0.99
p:of hij|moraliseren|-0.89
p:of ik|parafrase|0.94
p:of ik|samenvatting|-0.82
p:of ik|waarschuwen|0.92
p:of je|samenvatting|-1.0
p:of je|waarschuwen|-1.0
p:of je|prijzen|-1.0
p:of je|vervolgafspraak|-1.0
p:of mila|argumenteren|-0.99
p:of ze|ik-boodschap|-0.91
p:of ze|vervolgafspraak|0.91
p:ogen te|bevelen|0.95
p:oke dus|jij-boodschap|-0.99
p:oké ?|aanmoediging|-0.97
p:oké dus|parafrase|0.95
p:om ?|parafrase|0.83
p:om ?|gevoelsreflectie|1.0
p:om ?|open-vraag|1.0
p:om ?|aanmoediging|-1.0
p:om af|bedanken|-0.95
p:om dat|adviseren|-0.94
p:om de|ik-boodschap|-0.92
p:om de|samenvatting|0.99
p:om de|afronding-aankondigen|-0.92
p:om dit|gevoelsreflectie|1.0
p:om drie|afronding-aankondigen|-1.0
p:om drie|vervolgafspraak|1.0
p:om een|jij-boodschap|0.99
p:om een|adviseren|1.98
p:om een|argumenteren|-1.8
p:om een|bekritiseren|0.99
p:om een|vervolgafspraak|-0.82
p:om elke|adviseren|0.79
p:om haar|adviseren|0.93
p:om haar|bekritiseren|-0.9
p:om half|samenvatting|-0.84
p:om half|afronding-aankondigen|0.95
p:om half|bedanken|0.95
p:om hem|jij-boodschap|-0.78
p:om hem|gevoelsreflectie|-1.85
p:om hem|open-vraag|0.96
p:om hem|adviseren|-0.13
p:om hem|bekritiseren|-0.78
p:om hem|interpreteren|0.97
p:om het|jij-boodschap|-0.99
p:om het|bevelen|1.0
p:om het|adviseren|-0.74
p:om het|bekritiseren|-0.99
p:om het|vervolgafspraak|0.92
p:om hier|afronding-aankondigen|0.97
p:om hoe|interpreteren|-0.91
p:om hoe|vervolgafspraak|-0.73
p:om hun|afleiden|-0.93
p:om je|moraliseren|0.98
p:om je|etiketteren|-1.0
p:om je|interpreteren|-0.91
p:om je|geruststellen|1.0
p:om je|vervolgafspraak|-0.73
p:om kwart|ik-boodschap|0.13
p:om kwart|bevelen|0.97
p:om met|moraliseren|-0.99
p:om negen|adviseren|1.95
p:om op|bekritiseren|0.95
p:om samen|geruststellen|-0.98
p:om school|bekritiseren|0.92
p:om stoer|jij-boodschap|-0.73
p:om stoer|moraliseren|-0.97
p:om stoer|bekritiseren|-0.92
p:om stoer|interpreteren|0.72
p:om tafel|samenvatting|0.8
p:om tafel|afronding-aankondigen|0.86
p:om tafel|vervolgafspraak|0.98
p:om te|ik-boodschap|2.48
p:om te|open-vraag|-0.97
p:om te|bevelen|-0.97
p:om te|adviseren|-0.92
p:om te|bekritiseren|0.62
p:om te|etiketteren|0.98
p:om te|interpreteren|1.72
p:om te|afleiden|-1.0
p:om te|afronding-aankondigen|-0.97
p:om te|bedanken|0.94
p:om tien|ik-boodschap|0.96
p:om tien|waarschuwen|-0.96
p:om tien|argumenteren|-0.96
p:om twee|bekritiseren|0.81
p:om vandaag|interpreteren|-0.96
p:om vier|ik-boodschap|-0.98
p:om vier|samenvatting|-0.9
p:om weer|open-vraag|0.46
p:om weer|bekritiseren|-0.95
p:om zijn|samenvatting|0.95
p:om zijn|interpreteren|0.99
p:om zo|moraliseren|0.97
p:oma te|adviseren|0.84
p:oma woont|geruststellen|-0.99
p:omar nog|ondervragen|-0.97
p:omdat de|open-vraag|-0.77
p:omdat de|argumenteren|-0.99
p:omdat hij|bevelen|-0.97
p:omdat hij|interpreteren|0.93
p:omdat ie|interpreteren|-0.95
p:omdat ik|afronding-aankondigen|-0.99
p:omdat iris|open-vraag|0.98
p:omdat je|jij-boodschap|-1.0
p:omdat je|parafrase|-1.0
p:omdat je|bekritiseren|-1.0
p:omdat je|etiketteren|-1.0
p:omdat je|interpreteren|2.0
p:omdat je|geruststellen|-0.94
p:omdat niemand|parafrase|0.98
p:omdat niemand|open-vraag|-0.91
p:omdat noah|adviseren|-0.96
p:omdat thijs|open-vraag|-0.98
p:omdat u|parafrase|0.9
p:omdat u|adviseren|-0.99
p:omdat u|prijzen|-1.0
p:omdat u|interpreteren|2.05
p:omdat uw|gevoelsreflectie|0.43
p:omdat we|vervolgafspraak|-0.97
p:omdat ze|ik-boodschap|0.92
p:onaangeroerd weer|ik-boodschap|-1.0
p:onbeantwoord bleven|gevoelsreflectie|0.43
p:onbeschoft gedraagt|bekritiseren|0.97
p:onbeschofte opmerking|jij-boodschap|-1.0
p:onbeschofte opmerking|gevoelsreflectie|-1.0
p:onbeschofte opmerking|bevelen|-1.0
p:onbeschofte opmerking|bekritiseren|1.0
p:onbetrouwbare jongen|bekritiseren|-1.43
p:onder haar|bevelen|-0.99
p:onder haar|moraliseren|-0.99
p:onder haar|bekritiseren|-0.99
p:onder haar|interpreteren|0.99
p:onder tafel|samenvatting|-1.0
p:onder tafel|waarschuwen|-1.0
p:onder tafel|prijzen|-1.0
p:onder tafel|vervolgafspraak|-1.0
p:onderbreekt me|jij-boodschap|0.96
p:onderbreekt me|bekritiseren|0.82
p:onderbreken als|jij-boodschap|-0.85
p:onderbreken kan|afronding-aankondigen|0.99
p:onderschat dit|jij-boodschap|0.85
p:onderschat dit|waarschuwen|0.85
p:onderschat dit|bekritiseren|0.85
p:onderzoek blijkt|argumenteren|0.89
p:onduidelijk is|jij-boodschap|-0.85
p:oneerlijk behandeld|gevoelsreflectie|0.86
p:oneerlijk over|gevoelsreflectie|-0.96
p:ongeldig verklaard|waarschuwen|1.0
p:ongemakkelijk bij|samenvatting|-0.98
p:ongemakkelijk bij|vervolgafspraak|-0.98
p:ongeoorloofd afwezig|etiketteren|-0.87
p:ongerust bent|adviseren|-0.82
p:ongerust bent|geruststellen|0.98
p:ongerust hoe|ik-boodschap|0.93
p:ongerust hoor|ondervragen|0.91
p:ongerust maakt|aanmoediging|-0.9
p:ongerust over|gevoelsreflectie|0.98
p:onhandig geweest|bekritiseren|0.9
p:online doet|jij-boodschap|0.99
p:online is|ik-boodschap|0.99
p:onrustig en|parafrase|-0.96
p:onrustig en|open-vraag|-0.53
p:onrustige periode|open-vraag|-0.96
p:ons allebei|open-vraag|-1.0
p:ons allebei|afronding-aankondigen|-1.0
p:ons op|afleiden|0.84
p:ons verwacht|gevoelsreflectie|0.98
p:ontvangen ?|ondervragen|-0.89
p:onverschillig als|bekritiseren|0.92
p:onvoldoende heeft|ik-boodschap|-0.83
p:onvoldoende in|gevoelsreflectie|0.91
p:onvoldoende in|afleiden|0.91
p:onvoldoende zo|argumenteren|0.97
p:onvoldoendes op|argumenteren|0.95
p:onze tijd|samenvatting|-0.98
p:onzeker over|gevoelsreflectie|0.99
p:onzeker van|gevoelsreflectie|0.98
p:onzeker wanneer|ik-boodschap|0.99
p:onzeker wanneer|gevoelsreflectie|-0.99
p:onzin als|bekritiseren|0.78
p:onzin dat|bekritiseren|0.95
p:oog binnenkwam|ik-boodschap|1.62
p:oog binnenkwam|open-vraag|0.84
p:ooit gereageerd|jij-boodschap|1.49
p:ooit gereageerd|bekritiseren|0.97
p:ook 's|bevelen|-0.88
p:ook akkoord|prijzen|0.97
p:ook altijd|moraliseren|-1.0
p:ook altijd|etiketteren|0.9
p:ook bij|jij-boodschap|-0.15
p:ook bij|open-vraag|-0.97
p:ook bij|geruststellen|-0.84
p:ook bij|vervolgafspraak|0.94
p:ook dat|moraliseren|0.91
p:ook dat|argumenteren|-1.46
p:ook de|vervolgafspraak|1.0
p:ook een|adviseren|0.74
p:ook eens|jij-boodschap|1.66
p:ook eens|adviseren|0.82
p:ook eens|bekritiseren|1.81
p:ook eens|geruststellen|-0.94
p:ook in|bekritiseren|-0.88
p:ook mee|bekritiseren|-0.94
p:ook naar|gevoelsreflectie|0.7
p:ook niet|moraliseren|-0.97
p:ook niet|adviseren|-0.97
p:ook niet|geruststellen|0.99
p:ook niks|argumenteren|0.79
p:ook nog|ondervragen|-0.9
p:ook nooit|bevelen|0.88
p:ook om|adviseren|-0.81
p:ook voor|adviseren|0.84
p:ook wel|jij-boodschap|-0.99
p:ook wel|etiketteren|-0.99
p:ook wel|afleiden|-0.99
p:ook wel|bedanken|-0.99
p:oortjes in|waarschuwen|-0.98
p:oortjes zit|ik-boodschap|-0.72
p:op 12|argumenteren|0.78
p:op 14|ik-boodschap|-0.97
p:op 14|samenvatting|0.97
p:op 14|adviseren|-0.97
p:op 14|vervolgafspraak|0.97
p:op afspraken|jij-boodschap|1.0
p:op anders|moraliseren|-0.94
p:op dat|ik-boodschap|-1.69
p:op dat|bekritiseren|-0.95
p:op dat|ondervragen|-1.0
p:op de|jij-boodschap|1.04
p:op de|parafrase|-0.95
p:op de|samenvatting|0.16
p:op de|bevelen|-0.97
p:op de|waarschuwen|1.04
p:op de|moraliseren|0.93
p:op de|adviseren|0.24
p:op de|argumenteren|-1.17
p:op de|bekritiseren|1.77
p:op de|etiketteren|-0.91
p:op de|interpreteren|0.9
p:op de|ondervragen|0.97
p:op de|bedanken|0.94
p:op deze|jij-boodschap|-1.0
p:op deze|aanmoediging|-1.0
p:op deze|geruststellen|0.96
p:op die|geruststellen|-1.85
p:op die|afleiden|0.96
p:op dinsdag|interpreteren|-0.91
p:op een|ik-boodschap|-0.94
p:op een|gevoelsreflectie|-1.0
p:op een|samenvatting|1.99
p:op een|open-vraag|-0.49
p:op een|waarschuwen|-0.99
p:op een|adviseren|-0.99
p:op een|vervolgafspraak|-0.98
p:op en|waarschuwen|0.96
p:op geen|jij-boodschap|1.49
p:op geen|bekritiseren|0.97
p:op haar|gevoelsreflectie|0.9
p:op het|argumenteren|-0.85
p:op het|etiketteren|-0.97
p:op het|afleiden|0.9
p:op in|adviseren|0.95
p:op in|ondervragen|-0.93
p:op internet|waarschuwen|-0.97
p:op je|bevelen|-0.88
p:op je|prijzen|0.99
p:op je|interpreteren|0.99
p:op kamp|open-vraag|-0.63
p:op kamp|waarschuwen|0.95
p:op kamp|ondervragen|-0.97
p:op laten|ik-boodschap|0.95
p:op laten|vervolgafspraak|-0.95
p:op maandag|parafrase|0.95
p:op maandag|bekritiseren|-0.95
p:op maar|jij-boodschap|1.73
p:op maar|bekritiseren|1.83
p:op met|samenvatting|-1.0
p:op met|bevelen|1.0
p:op mijn|bekritiseren|-0.92
p:op mijn|interpreteren|-0.99
p:op of|moraliseren|-0.89
p:op rij|argumenteren|0.95
p:op school|parafrase|-0.78
p:op school|geruststellen|-0.86
p:op school|ondervragen|0.98
p:op school|afleiden|-0.99
p:op school|afronding-aankondigen|-1.0
p:op school|vervolgafspraak|1.0
p:op stap|ondervragen|0.82
p:op tafel|ik-boodschap|-0.97
p:op tijd|jij-boodschap|-0.52
p:op tijd|samenvatting|-0.93
p:op tijd|bevelen|0.89
p:op tijd|moraliseren|1.53
p:op tijd|bekritiseren|-0.31
p:op tijd|prijzen|-0.99
p:op tijd|vervolgafspraak|-1.0
p:op u|jij-boodschap|-0.97
p:op uzelf|interpreteren|0.87
p:op vrijdag|bevelen|-1.0
p:op vrijdag|vervolgafspraak|-1.0
p:op wat|jij-boodschap|0.99
p:op wit|argumenteren|0.95
p:op woensdag|parafrase|-0.9
p:op woensdag|samenvatting|0.9
p:op zaterdag|jij-boodschap|-0.89
p:op zaterdag|interpreteren|-1.0
p:op zijn|samenvatting|-0.93
p:op zijn|open-vraag|0.95
p:op zijn|geruststellen|0.96
p:op zijn|ondervragen|0.98
p:op zondag|adviseren|1.89
p:opdagen wordt|ik-boodschap|-0.96
p:opdracht doe|bevelen|-0.92
p:opdracht doe|etiketteren|-0.79
p:opdracht doen|adviseren|-0.85
p:opdracht doen|prijzen|0.9
p:opdracht doen|geruststellen|-0.9
p:opdracht in|ik-boodschap|0.92
p:opdracht in|jij-boodschap|-0.92
p:opdracht in|bekritiseren|-0.92
p:opdracht snapt|samenvatting|-1.0
p:opdracht snapt|waarschuwen|-1.0
p:opdracht snapt|prijzen|-1.0
p:opdracht snapt|vervolgafspraak|-1.0
p:opdracht staat|argumenteren|1.53
p:opdracht staat|bekritiseren|0.67
p:opdrachten en|adviseren|-0.96
p:opdrachten niet|afronding-aankondigen|-0.99
p:opdrachten toe|ik-boodschap|1.69
p:opdrachten toekomt|ik-boodschap|0.94
p:opdrachten toekomt|interpreteren|-0.9
p:open was|bekritiseren|-0.97
p:open was|afronding-aankondigen|-0.99
p:opgaven niet|vervolgafspraak|0.98
p:opgelucht dat|ik-boodschap|0.97
p:ophaalt gaat|parafrase|-0.99
p:ophaalt gaat|waarschuwen|0.99
p:ophaalt gaat|geruststellen|-0.99
p:ophoudt krijg|moraliseren|-0.96
p:oplaadt kun|ik-boodschap|0.98
p:oplaadt kun|waarschuwen|-0.98
p:opmerking en|samenvatting|-0.92
p:opmerking en|waarschuwen|0.92
p:opmerking en|bekritiseren|-0.68
p:opmerking is|jij-boodschap|-0.8
p:opnieuw bij|afronding-aankondigen|-0.98
p:opschrijft dus|ik-boodschap|1.72
p:opstaat kunnen|ik-boodschap|0.91
p:opvoeden doe|moraliseren|0.88
p:opvoeden doe|argumenteren|-0.77
p:oude school|ik-boodschap|-0.77
p:oude school|parafrase|-0.95
p:oude school|samenvatting|0.95
p:oude school|open-vraag|0.77
p:ouder bent|geruststellen|1.71
p:ouder controleert|moraliseren|0.89
p:ouder controleert|etiketteren|-0.96
p:ouder die|prijzen|-0.99
p:ouder die|etiketteren|0.99
p:ouder heb|moraliseren|0.98
p:ouder het|jij-boodschap|-0.99
p:ouder het|bekritiseren|-0.99
p:ouder hoort|argumenteren|0.87
p:ouder hoort|bekritiseren|0.78
p:ouder zich|moraliseren|1.0
p:ouder zich|argumenteren|-1.0
p:ouderavond is|afleiden|0.63
p:ouderavond stond|bevelen|-0.83
p:ouderavond stond|prijzen|-0.9
p:ouders dat|bevelen|-0.88
p:ouders gekleineerd|bekritiseren|1.0
p:ouders hebben|bekritiseren|-0.99
p:ouders hebben|afleiden|-0.93
p:ouders horen|moraliseren|0.93
p:ouders horen|argumenteren|-0.83
p:ouders tekortgeschoten|etiketteren|-0.94
p:ouders veel|waarschuwen|-0.93
p:ouders wachten|vervolgafspraak|-0.91
p:ouders wat|prijzen|-0.99
p:ouders weten|argumenteren|-0.93
p:over ?|samenvatting|-1.0
p:over ?|open-vraag|1.0
p:over acht|ik-boodschap|0.88
p:over acht|bevelen|0.97
p:over bent|adviseren|-0.86
p:over buikpijn|parafrase|1.0
p:over buikpijn|gevoelsreflectie|-1.0
p:over dat|parafrase|-0.97
p:over dat|afleiden|0.9
p:over de|ik-boodschap|-0.96
p:over de|parafrase|1.92
p:over de|gevoelsreflectie|1.57
p:over de|samenvatting|0.9
p:over de|open-vraag|1.47
p:over de|afleiden|0.91
p:over de|afronding-aankondigen|0.93
p:over die|adviseren|-0.93
p:over drie|samenvatting|0.8
p:over drie|vervolgafspraak|0.98
p:over drie|bedanken|0.98
p:over duurzaamheid|parafrase|-1.0
p:over duurzaamheid|aanmoediging|-1.0
p:over duurzaamheid|afleiden|-1.0
p:over duurzaamheid|vervolgafspraak|-1.0
p:over een|gevoelsreflectie|-0.7
p:over een|samenvatting|-0.97
p:over een|argumenteren|-0.92
p:over een|geruststellen|0.96
p:over een|afronding-aankondigen|-0.98
p:over een|vervolgafspraak|0.68
p:over een|bedanken|-0.95
p:over hebben|afleiden|1.0
p:over het|waarschuwen|-0.98
p:over het|afleiden|-0.9
p:over hetzelfde|ik-boodschap|0.95
p:over hetzelfde|vervolgafspraak|-0.95
p:over hoe|open-vraag|-1.0
p:over hoe|afronding-aankondigen|-1.0
p:over je|ik-boodschap|0.98
p:over je|jij-boodschap|-0.93
p:over je|samenvatting|2.0
p:over je|bekritiseren|-0.97
p:over je|prijzen|-2.0
p:over je|afleiden|0.85
p:over kan|parafrase|0.99
p:over negen|ik-boodschap|-0.75
p:over schermtijd|gevoelsreflectie|-1.0
p:over schermtijd|ondervragen|-1.0
p:over school|parafrase|0.83
p:over school|gevoelsreflectie|1.0
p:over school|aanmoediging|-1.0
p:over school|geruststellen|-0.9
p:over te|moraliseren|-0.98
p:over te|argumenteren|0.98
p:over te|etiketteren|-1.0
p:over te|geruststellen|1.0
p:over twee|parafrase|-0.9
p:over twee|open-vraag|-0.97
p:over twee|adviseren|0.97
p:over twee|vervolgafspraak|0.97
p:over twee|bedanken|-0.98
p:over u|interpreteren|0.9
p:over uw|bevelen|-0.98
p:over uw|waarschuwen|-0.98
p:over uw|interpreteren|0.98
p:over verteld|gevoelsreflectie|-0.98
p:over vertellen|parafrase|-1.0
p:over vijf|bevelen|-0.87
p:over vijf|vervolgafspraak|-0.95
p:over zes|afronding-aankondigen|-0.83
p:over zijn|ik-boodschap|-0.92
p:over zijn|samenvatting|0.92
p:over zijn|open-vraag|-1.97
p:over zijn|adviseren|1.0
p:over zijn|interpreteren|-1.0
p:over zijn|afleiden|-0.89
p:over zijn|afronding-aankondigen|-0.99
p:over zijn|bedanken|0.94
p:overal een|prijzen|-0.99
p:overal een|etiketteren|0.99
p:overal kritiek|jij-boodschap|1.73
p:overal kritiek|bekritiseren|1.83
p:overal mee|jij-boodschap|0.43
p:overal mee|gevoelsreflectie|-0.87
p:overal mee|bekritiseren|0.99
p:overdreven dramatisch|bevelen|-0.94
p:overgang de|open-vraag|0.48
p:overgangsnormen daar|argumenteren|0.79
p:overkomt de|ik-boodschap|-0.99
p:overkomt de|geruststellen|0.99
p:overkomt iedereen|geruststellen|-1.78
p:overkomt iedereen|afleiden|1.02
p:overleg met|ik-boodschap|-0.97
p:overleg met|samenvatting|0.97
p:overleg met|adviseren|-0.97
p:overleg met|vervolgafspraak|0.97
p:overleggen over|adviseren|1.0
p:overleggen over|interpreteren|-1.0
p:overstap zwaar|bekritiseren|-0.87
p:overstap zwaar|bedanken|-0.93
p:paar klasgenoten|parafrase|-0.96
p:paar weken|argumenteren|-0.92
p:paar weken|geruststellen|0.81
p:pak ik|waarschuwen|0.99
p:pak je|waarschuwen|-0.86
p:pas ?|jij-boodschap|-0.97
p:pas na|parafrase|0.9
p:pas na|samenvatting|-0.88
p:pas nu|ondervragen|0.82
p:pas om|ik-boodschap|1.09
p:pas om|waarschuwen|-0.96
p:pas om|argumenteren|-0.96
p:pas op|bevelen|-1.0
p:pas op|moraliseren|-0.94
p:pas op|vervolgafspraak|-1.0
p:pas rond|argumenteren|-0.99
p:pas vrijdag|argumenteren|0.99
p:pasje weer|ik-boodschap|-0.97
p:pauze alleen|ik-boodschap|0.77
p:pauze alleen|vervolgafspraak|-0.97
p:pauze hebt|ik-boodschap|1.78
p:pauze hebt|gevoelsreflectie|-0.97
p:pauze naar|open-vraag|-0.95
p:pauze niet|ik-boodschap|-0.93
p:pauze tegenwoordig|ik-boodschap|-0.72
p:pauze wat|open-vraag|0.98
p:pauzes vaak|ik-boodschap|-0.99
p:per dag|bevelen|-0.88
p:per post|bekritiseren|-0.99
p:periode 2|argumenteren|-0.85
p:periode 2|etiketteren|-0.97
p:periode even|ik-boodschap|-0.62
p:pest niet|jij-boodschap|1.74
p:pest niet|bekritiseren|0.98
p:pesten kan|open-vraag|-0.95
p:pesten stopt|bevelen|-0.97
p:pesterijen over|samenvatting|0.92
p:pesterijen over|afronding-aankondigen|0.92
p:peters te|parafrase|0.84
p:pijn hebt|waarschuwen|-0.96
p:plaats gewoon|adviseren|0.97
p:plaats van|adviseren|-0.87
p:plan dat|gevoelsreflectie|0.91
p:plan dat|samenvatting|0.86
p:plan dat|vervolgafspraak|0.73
p:plan een|samenvatting|-0.9
p:plan maken|ik-boodschap|1.0
p:plan maken|adviseren|-0.96
p:plan maken|vervolgafspraak|1.0
p:plan over|gevoelsreflectie|-0.7
p:plannen ?|jij-boodschap|-1.76
p:plannen ?|adviseren|0.97
p:plannen ?|bekritiseren|-1.62
p:plannen ?|ondervragen|1.62
p:plannen daan|geruststellen|0.96
p:plannen een|afronding-aankondigen|0.81
p:plannen een|vervolgafspraak|0.98
p:plannen en|ik-boodschap|0.75
p:plannen en|argumenteren|-0.81
p:plannen lukt|moraliseren|-0.96
p:plannen voor|jij-boodschap|-0.93
p:planner bijhoudt|ik-boodschap|-0.89
p:planner bijhoudt|samenvatting|0.96
p:planner bijhoudt|vervolgafspraak|0.96
p:planner geen|ik-boodschap|1.72
p:planner in|ik-boodschap|0.98
p:planner in|vervolgafspraak|-0.98
p:planner van|ik-boodschap|-0.62
p:planner voor|adviseren|0.99
p:planning blijven|aanmoediging|-0.96
p:planning blijven|geruststellen|-0.96
p:planning controleert|bedanken|-0.95
p:planning en|jij-boodschap|0.82
p:planning en|samenvatting|0.94
p:planning en|bekritiseren|0.95
p:planning en|bedanken|0.94
p:planning maakt|jij-boodschap|-0.99
p:planning voor|afleiden|-0.98
p:playstation gewoon|bekritiseren|0.99
p:plek in|samenvatting|-0.82
p:plek in|open-vraag|-0.53
p:plek op|waarschuwen|0.99
p:plezier krijgt|samenvatting|0.89
p:plezier naar|open-vraag|0.46
p:plicht om|moraliseren|0.98
p:plicht om|afleiden|-0.93
p:pootjes terecht|geruststellen|0.96
p:positief houden|afleiden|0.99
p:positieve dingen|afleiden|0.84
p:post gekregen|bekritiseren|-0.99
p:praat kunt|waarschuwen|0.91
p:praat met|parafrase|-0.9
p:praat met|samenvatting|0.9
p:praat thuis|samenvatting|0.94
p:praat thuis|bedanken|0.94
p:praat volgende|ik-boodschap|-0.89
p:praat volgende|samenvatting|0.96
p:praat volgende|vervolgafspraak|0.96
p:praten dat|parafrase|0.83
p:praten dat|gevoelsreflectie|1.0
p:praten dat|open-vraag|1.0
p:praten dat|aanmoediging|-1.0
p:praten en|vervolgafspraak|-0.97
p:praten versta|parafrase|-0.96
p:praten versta|afronding-aankondigen|-0.96
p:praten waardoor|afronding-aankondigen|0.75
p:praten want|ik-boodschap|0.95
p:praten want|vervolgafspraak|-0.95
p:praten we|afronding-aankondigen|-1.0
p:praten we|vervolgafspraak|1.88
p:praten we|bedanken|-0.94
p:prestatie van|prijzen|-0.99
p:prikkelbaar is|bekritiseren|-0.87
p:prikkelbaar is|bedanken|-0.93
p:prima dat|bekritiseren|0.81
p:prima doen|gevoelsreflectie|1.0
p:prima doen|geruststellen|1.64
p:probeer het|adviseren|0.97
p:probeert gewoon|bevelen|-0.99
p:probeert gewoon|moraliseren|-0.99
p:probeert gewoon|bekritiseren|-0.99
p:probeert gewoon|interpreteren|0.99
p:probleem dat|prijzen|0.92
p:probleem in|interpreteren|0.91
p:probleem klopt|samenvatting|0.96
p:probleem van|prijzen|-0.99
p:probleem van|etiketteren|0.99
p:profiel wat|parafrase|0.97
p:programma van|afleiden|-0.61
p:project in|bekritiseren|0.94
p:project over|parafrase|-1.0
p:project over|aanmoediging|-1.0
p:project over|afleiden|-1.0
p:project over|vervolgafspraak|-1.0
p:protocol schrijft|argumenteren|0.77
p:protocol staat|argumenteren|-1.74
p:pta dus|moraliseren|-0.55
p:pta is|argumenteren|1.0
p:puber heeft|geruststellen|0.92
p:puber heeft|afleiden|-0.92
p:puber wel|geruststellen|-0.81
p:puber wel|afleiden|1.61
p:pubers he|adviseren|-1.0
p:pubers he|bekritiseren|-0.78
p:pubers he|etiketteren|-1.0
p:pubers he|afleiden|1.91
p:puberteit daar|moraliseren|-0.89
p:puberteit daar|interpreteren|-0.93
p:puberteit daar|geruststellen|-0.93
p:puberteit daar|afleiden|1.83
p:punt achter|bevelen|-0.87
p:punt achter|afronding-aankondigen|0.75
p:punt achter|vervolgafspraak|-0.95
p:punt blijven|ik-boodschap|0.95
p:punt blijven|vervolgafspraak|-0.95
p:punt hebt|bekritiseren|-0.79
p:raakt me|parafrase|-0.93
p:raakt me|open-vraag|-0.99
p:raakt me|adviseren|-0.99
p:raakt me|interpreteren|-0.78
p:raakt me|geruststellen|-0.88
p:raakt neem|aanmoediging|0.9
p:raken en|ik-boodschap|0.91
p:rapport hoe|gevoelsreflectie|0.97
p:rapport nog|ik-boodschap|-0.99
p:rapport nog|parafrase|0.99
p:rapport nog|samenvatting|-0.99
p:rapport van|argumenteren|-0.85
p:rapport van|etiketteren|-0.97
p:rapport volgende|bekritiseren|-0.99
p:rare opmerking|bekritiseren|0.79
p:reactie van|etiketteren|1.0
p:reageert snel|interpreteren|-0.99
p:reageert snel|bedanken|0.99
p:reageert u|jij-boodschap|-0.97
p:reageert weet|bedanken|-0.99
p:reageert ze|interpreteren|0.93
p:reageert zo|interpreteren|1.0
p:reageren nooti|jij-boodschap|1.78
p:reageren nooti|bevelen|-0.97
p:reageren nooti|bekritiseren|1.78
p:recht heeft|jij-boodschap|-0.99
p:recht heeft|bekritiseren|-0.99
p:rechtop zitten|waarschuwen|-0.92
p:redelijk dus|vervolgafspraak|-0.92
p:redelijk mens|prijzen|0.96
p:redelijk op|parafrase|-0.78
p:redt het|geruststellen|0.95
p:regel daar|geruststellen|-0.99
p:regel dat|afronding-aankondigen|-0.93
p:regels een|argumenteren|0.85
p:regels nodig|bevelen|-0.82
p:regels van|argumenteren|-0.83
p:regels zijn|argumenteren|1.73
p:regelt dan|ondervragen|-0.9
p:reglement is|interpreteren|-0.99
p:reglement staat|argumenteren|1.0
p:reken op|prijzen|0.99
p:rekenmachine niet|vervolgafspraak|0.98
p:rekenmachine vergeten|gevoelsreflectie|-0.87
p:rekenmachine vergeten|open-vraag|0.96
p:rekentoets en|open-vraag|0.98
p:respect te|jij-boodschap|-0.99
p:respect te|samenvatting|-0.99
p:respect te|moraliseren|0.99
p:respect te|interpreteren|-0.99
p:respect voor|moraliseren|0.83
p:rest van|argumenteren|0.96
p:rij je|gevoelsreflectie|-1.0
p:rij je|samenvatting|1.0
p:rij wat|open-vraag|-0.98
p:rij wat|vervolgafspraak|-0.98
p:rijtje het|open-vraag|0.48
p:rijtje zet|ik-boodschap|-0.94
p:rijtje zet|samenvatting|0.99
p:rijtje zet|waarschuwen|-0.99
p:rijtje zet|adviseren|-0.99
p:rik zit|ik-boodschap|0.94
p:rik zit|interpreteren|-0.9
p:roept kunnen|ik-boodschap|0.95
p:rol in|afleiden|0.93
p:rol speelt|aanmoediging|-0.98
p:rollen bram|bevelen|0.95
p:rond tienen|argumenteren|-0.99
p:ronden af|samenvatting|-0.96
p:ronden af|vervolgafspraak|0.8
p:ronden we|vervolgafspraak|-0.93
p:ronduit asociaal|bekritiseren|0.96
p:rooster al|afleiden|-0.66
p:rooster hier|aanmoediging|-0.99
p:rooster op|afleiden|-0.84
p:rot voor|parafrase|-1.0
p:rot voor|gevoelsreflectie|1.0
p:rot voor|open-vraag|-1.0
p:rot voor|bekritiseren|-1.0
p:rot voor|afleiden|-1.0
p:rotmoment zijn|gevoelsreflectie|0.97
p:rotmoment zijn|aanmoediging|-0.97
p:rust komt|adviseren|0.99
p:rusten kijk|afleiden|0.98
p:rustig aan|aanmoediging|0.12
p:rustig aan|bevelen|0.1
p:rustig even|aanmoediging|0.92
p:rustig worden|bevelen|1.0
p:rustiger zijn|vervolgafspraak|0.96
p:ruzie en|ik-boodschap|-0.94
p:ruzie in|samenvatting|0.95
p:ruzie met|parafrase|0.96
p:ruzie met|geruststellen|-0.96
p:ruzie wil|afleiden|0.96
p:ruzietjes hebben|geruststellen|-1.85
p:ruzietjes hebben|afleiden|0.96
p:ruzietjes zijn|afleiden|0.96
p:samen de|geruststellen|-0.98
p:samen een|ik-boodschap|1.0
p:samen een|vervolgafspraak|1.0
p:samen gekeken|jij-boodschap|0.82
p:samen gekeken|bekritiseren|0.95
p:samen haar|adviseren|0.74
p:samen hoe|ik-boodschap|-0.89
p:samen hoe|samenvatting|0.96
p:samen hoe|vervolgafspraak|0.96
p:samen met|jij-boodschap|-0.99
p:samen met|gevoelsreflectie|-0.7
p:samen met|waarschuwen|0.99
p:samen met|moraliseren|0.88
p:samen met|adviseren|0.93
p:samen met|argumenteren|-0.77
p:samen met|prijzen|-0.96
p:samen met|vervolgafspraak|0.98
p:samen uit|ik-boodschap|-0.9
p:samen uitkomen|afronding-aankondigen|-0.75
p:samen wat|ik-boodschap|-0.97
p:samen wat|samenvatting|0.97
p:samen wat|adviseren|-0.97
p:samen wat|vervolgafspraak|0.97
p:samen wel|vervolgafspraak|-0.98
p:samengevat de|gevoelsreflectie|0.91
p:samengevat de|samenvatting|0.86
p:samengevat de|vervolgafspraak|0.73
p:samengevat het|samenvatting|0.83
p:samengevat komt|samenvatting|-0.79
p:samengevat lieke|bekritiseren|-0.87
p:samengevat lieke|bedanken|-0.93
p:samengevat meer|parafrase|-0.98
p:samengevat u|jij-boodschap|0.96
p:samengevat u|bevelen|-0.97
p:samengevat u|bekritiseren|1.83
p:samenvat in|samenvatting|0.98
p:samenvat je|gevoelsreflectie|-0.83
p:samenvat u|parafrase|-0.95
p:samenvat wat|parafrase|0.99
p:samenvat wat|samenvatting|-0.75
p:samenvat wil|gevoelsreflectie|-0.98
p:samenvat willen|samenvatting|0.89
p:samenvatten je|parafrase|-0.96
p:samenvatten je|open-vraag|-0.53
p:samenvatten u|samenvatting|0.94
p:samenvatten u|bedanken|0.94
p:samenvatten ze|jij-boodschap|-0.99
p:samenvattend de|samenvatting|0.96
p:samenvattend de|argumenteren|-0.92
p:samenvattend fleur|samenvatting|0.98
p:samenvattend fleur|afronding-aankondigen|0.98
p:samenvattend fleur|bedanken|0.98
p:samenvattend u|open-vraag|-0.98
p:samenvattend wiskunde|aanmoediging|-0.96
p:samenvattend wiskunde|geruststellen|-0.96
p:samenvattend zijn|argumenteren|-0.96
p:sanne thuis|open-vraag|1.0
p:schaamt je|gevoelsreflectie|0.97
p:scheiding daar|interpreteren|0.91
p:scheiding en|interpreteren|0.99
p:schelden ?|jij-boodschap|0.99
p:schelden ?|bekritiseren|0.99
p:scherm en|parafrase|-0.98
p:schermgebruik vlak|argumenteren|0.89
p:schermtijd ?|gevoelsreflectie|-1.0
p:schermtijd ?|ondervragen|-1.0
p:schieten we|ik-boodschap|0.95
p:schieten we|vervolgafspraak|-0.95
p:school ?|waarschuwen|-0.87
p:school ?|ondervragen|0.98
p:school af|interpreteren|0.93
p:school brengen|moraliseren|-0.96
p:school daarom|afleiden|-0.52
p:school dat|moraliseren|0.88
p:school dat|argumenteren|-0.77
p:school en|ik-boodschap|-0.77
p:school en|parafrase|-0.95
p:school en|samenvatting|0.95
p:school en|open-vraag|0.77
p:school gaat|bekritiseren|0.92
p:school gestuurd|waarschuwen|0.92
p:school gewoon|jij-boodschap|0.91
p:school gewoon|argumenteren|-0.83
p:school ging|bekritiseren|-0.94
p:school hier|jij-boodschap|-0.58
p:school is|interpreteren|-0.94
p:school je|ik-boodschap|-0.98
p:school moet|argumenteren|0.92
p:school niet|geruststellen|-0.86
p:school niets|open-vraag|-0.77
p:school omdat|interpreteren|0.93
p:school te|parafrase|0.95
p:school te|gevoelsreflectie|-0.97
p:school te|open-vraag|0.46
p:school te|bekritiseren|0.78
p:school trekt|parafrase|-0.78
p:school van|adviseren|0.82
p:school wil|parafrase|0.83
p:school wil|gevoelsreflectie|1.0
p:school wil|open-vraag|1.0
p:school wil|aanmoediging|-1.0
p:school wil|ondervragen|-0.96
p:school zwaar|afleiden|-0.99
p:schoolgids al|ondervragen|-0.93
p:schoolplein wil|afleiden|0.9
p:schoolreisje ?|parafrase|0.96
p:schoolreisje ?|open-vraag|-0.96
p:schooltijd even|vervolgafspraak|0.99
p:schorsing geldt|ik-boodschap|-0.76
p:schorsing heeft|parafrase|0.96
p:schorsing heeft|gevoelsreflectie|1.57
p:schreef dat|interpreteren|-0.78
p:schreef dat|geruststellen|-0.88
p:schrift bekeken|bedanken|-1.0
p:schrijf het|adviseren|0.95
p:schrijf ik|waarschuwen|0.96
p:schrijfopdracht schreef|interpreteren|-0.78
p:schrijfopdracht schreef|geruststellen|-0.88
p:schrijft voor|argumenteren|0.77
p:schrik er|geruststellen|-0.99
p:schrik ervan|ik-boodschap|0.97
p:schrik hier|ik-boodschap|-0.95
p:schrik moet|gevoelsreflectie|0.85
p:schrik voor|gevoelsreflectie|0.53
p:schrik voor|argumenteren|-0.85
p:schrok ik|ik-boodschap|1.78
p:schrok ik|gevoelsreflectie|-0.97
p:schuift de|argumenteren|-0.96
p:schuift ook|vervolgafspraak|1.0
p:schuld aan|jij-boodschap|0.9
p:schuld aan|samenvatting|-0.9
p:schuld aan|bekritiseren|0.89
p:schuldig voelt|interpreteren|1.0
p:schuldige omdat|prijzen|-1.0
p:schuldige omdat|interpreteren|1.0
p:sectie ik|gevoelsreflectie|0.91
p:sectie ik|samenvatting|0.86
p:sectie ik|vervolgafspraak|0.73
p:sem deze|ik-boodschap|-0.94
p:sem is|bekritiseren|-1.43
p:sem zijn|ik-boodschap|1.0
p:sem zijn|open-vraag|1.0
p:september engels|ik-boodschap|-0.98
p:september in|bevelen|-0.83
p:september in|prijzen|-0.9
p:september in|afleiden|-0.93
p:serieus genomen|gevoelsreflectie|0.43
p:serieus genomen|samenvatting|-0.97
p:sfeer in|jij-boodschap|1.64
p:sfeer in|samenvatting|0.96
p:sfeer in|bekritiseren|0.99
p:simpel is|argumenteren|0.97
p:simpel is|bekritiseren|-0.99
p:simpel wie|argumenteren|0.95
p:simpel wie|geruststellen|-0.95
p:sinds bas|ik-boodschap|0.94
p:sinds bas|interpreteren|-0.9
p:sinds de|ik-boodschap|0.98
p:sinds de|jij-boodschap|-0.82
p:sinds de|open-vraag|0.95
p:sinds de|adviseren|-0.99
p:sinds de|bekritiseren|-0.91
p:sinds de|vervolgafspraak|-0.95
p:sinds je|ik-boodschap|1.69
p:sinds je|waarschuwen|-0.98
p:sinds september|ik-boodschap|-0.98
p:sinds september|bevelen|-0.83
p:sinds september|prijzen|-0.9
p:sinds september|afleiden|-0.93
p:situatie voor|moraliseren|-1.0
p:situatie voor|geruststellen|-1.0
p:slaap en|samenvatting|0.95
p:slaap je|ik-boodschap|0.98
p:slaap wat|open-vraag|0.48
p:slaapt en|ik-boodschap|0.92
p:slaapt slecht|ik-boodschap|-0.77
p:slaapt slecht|jij-boodschap|-0.99
p:slaapt slecht|parafrase|-0.95
p:slaapt slecht|gevoelsreflectie|-1.0
p:slaapt slecht|samenvatting|1.95
p:slaapt slecht|open-vraag|0.77
p:slaapt slecht|waarschuwen|-0.99
p:slaapt slecht|adviseren|-0.99
p:slaapt slecht|bekritiseren|-0.87
p:slaapt slecht|bedanken|-0.93
p:slaat ech|argumenteren|-0.45
p:slaat echt|geruststellen|-0.95
p:slaat nergens|argumenteren|1.53
p:slaat nergens|bekritiseren|0.67
p:slap excuus|geruststellen|-0.92
p:slapen de|argumenteren|0.89
p:slapen wat|samenvatting|1.0
p:slecht aflopen|waarschuwen|1.0
p:slecht aflopen|prijzen|-1.0
p:slecht aflopen|ondervragen|-1.0
p:slecht en|bekritiseren|-0.87
p:slecht en|bedanken|-0.93
p:slecht hebt|bekritiseren|1.81
p:slecht hij|samenvatting|0.99
p:slecht hij|waarschuwen|-0.99
p:slecht hij|adviseren|-0.99
p:slecht je|ik-boodschap|-0.77
p:slecht je|parafrase|-0.95
p:slecht je|gevoelsreflectie|-1.0
p:slecht je|samenvatting|1.94
p:slecht je|open-vraag|0.77
p:slecht van|jij-boodschap|0.94
p:slechte ouder|geruststellen|1.71
p:slim om|adviseren|0.93
p:slimme jongen|jij-boodschap|-0.99
p:slimme jongen|waarschuwen|-0.96
p:slimme jongen|prijzen|0.96
p:slimme jongen|etiketteren|-0.99
p:slimme jongen|afleiden|-0.99
p:slimme meid|gevoelsreflectie|-1.0
p:slimme meid|moraliseren|-1.0
p:slimme meid|argumenteren|-1.0
p:slimme meid|prijzen|1.0
p:slimme meid|interpreteren|-1.0
p:slimme meid|geruststellen|-1.0
p:slimme vrouw|adviseren|0.99
p:slimme vrouw|bekritiseren|-0.99
p:slimme vrouw|prijzen|0.99
p:slimste van|adviseren|-0.85
p:slimste van|prijzen|0.9
p:slimste van|geruststellen|-0.9
p:slordige meid|bekritiseren|-0.94
p:sluit af|bedanken|0.93
p:sluiten af|samenvatting|-0.78
p:sluiten af|vervolgafspraak|-0.88
p:sluiten we|samenvatting|0.98
p:sluiten we|afronding-aankondigen|1.89
p:sluiten we|bedanken|0.98
p:smit en|bevelen|0.81
p:snap dat|gevoelsreflectie|1.0
p:snap dat|adviseren|0.11
p:snap dat|geruststellen|1.01
p:snap dat|afleiden|-0.89
p:snap had|parafrase|0.96
p:snap had|geruststellen|-0.96
p:snap het|samenvatting|-0.98
p:snap ik|ik-boodschap|-0.97
p:snap ik|adviseren|0.98
p:snap ik|geruststellen|0.88
p:snap u|parafrase|0.94
p:snap u|samenvatting|-0.82
p:snapchat en|samenvatting|0.83
p:snapt dat|prijzen|0.76
p:snapt de|ik-boodschap|0.93
p:snapt de|argumenteren|-0.88
p:snapt toch|jij-boodschap|-0.99
p:snapt toch|etiketteren|-0.99
p:snapt toch|afleiden|-0.99
p:snapt vast|parafrase|-0.95
p:snapt vast|gevoelsreflectie|-1.0
p:snapt vast|moraliseren|-1.0
p:snapt vast|argumenteren|-1.0
p:snapt vast|prijzen|1.0
p:snapt vast|interpreteren|-1.0
p:snapt vast|geruststellen|-1.0
p:snel gaat|parafrase|0.84
p:snel gereageerd|bekritiseren|-0.92
p:snel kon|jij-boodschap|-0.84
p:snel kon|gevoelsreflectie|-0.83
p:snel kon|prijzen|-0.9
p:snel op|interpreteren|-0.99
p:snel op|bedanken|0.99
p:sneller gebeld|bevelen|-0.97
p:sociaal in|etiketteren|-0.93
p:somber in|geruststellen|0.95
p:soms net|jij-boodschap|1.73
p:soms net|etiketteren|0.91
p:soms zijn|geruststellen|0.94
p:soort mails|bekritiseren|1.62
p:soort ruzietjes|afleiden|0.96
p:sophie bang|gevoelsreflectie|0.98
p:spannend vindt|gevoelsreflectie|1.0
p:spanning ?|etiketteren|-0.99
p:speelt er|interpreteren|0.93
p:speelt op|jij-boodschap|-0.89
p:speelt op|interpreteren|-1.0
p:speelt zijn|aanmoediging|-0.98
p:spiekt wordt|waarschuwen|1.0
p:spijbelen en|waarschuwen|0.99
p:spijbelt en|bekritiseren|0.91
p:spijbelt hij|bevelen|-0.97
p:spijbelt moet|samenvatting|-0.97
p:spijbelt volgt|moraliseren|-0.9
p:spreek de|samenvatting|0.98
p:spreek de|vervolgafspraak|0.98
p:spreek ik|waarschuwen|0.99
p:spreek je|ik-boodschap|-0.98
p:spreek je|bedanken|-0.98
p:spreken ?|interpreteren|-0.96
p:spreken af|bedanken|-0.95
p:spreken dus|ik-boodschap|-0.89
p:spreken dus|samenvatting|0.96
p:spreken dus|vervolgafspraak|0.96
p:spreken elkaar|afronding-aankondigen|-0.91
p:spreken voor|argumenteren|0.95
p:spreker en|ik-boodschap|0.92
p:spullen en|waarschuwen|-0.86
p:spullen vergeet|ik-boodschap|0.97
p:sta jij|ik-boodschap|0.98
p:staan al|afleiden|-0.93
p:staat al|argumenteren|2.53
p:staat al|bekritiseren|0.67
p:staat het|ik-boodschap|-0.76
p:staat het|argumenteren|0.79
p:staat het|afleiden|-0.84
p:staat in|moraliseren|-0.55
p:staat op|samenvatting|-0.92
p:staat op|waarschuwen|0.92
p:staat op|argumenteren|-1.74
p:staat op|bekritiseren|-0.68
p:staat voor|argumenteren|-0.85
p:staat voor|etiketteren|-0.97
p:stage en|bekritiseren|-0.97
p:stage hebben|afleiden|0.85
p:stage je|jij-boodschap|-0.93
p:star op|adviseren|-0.99
p:star op|argumenteren|-0.99
p:staren wat|ik-boodschap|-0.95
p:steeds ?|ondervragen|0.87
p:steeds apart|ik-boodschap|0.94
p:steeds apart|gevoelsreflectie|-0.94
p:steeds de|open-vraag|-0.95
p:steeds door|ik-boodschap|1.72
p:steeds en|jij-boodschap|0.96
p:steeds en|bekritiseren|0.82
p:steeds het|jij-boodschap|0.99
p:steeds het|bekritiseren|0.99
p:steeds liggen|afleiden|-0.99
p:steeds mee|jij-boodschap|1.04
p:steeds mee|bekritiseren|0.93
p:steeds naar|ik-boodschap|-0.95
p:steeds naast|ondervragen|-1.0
p:steeds niks|ik-boodschap|-0.84
p:steeds niks|jij-boodschap|0.77
p:steeds over|ik-boodschap|0.95
p:steeds over|vervolgafspraak|-0.95
p:steeds stoppen|open-vraag|0.99
p:steeds te|jij-boodschap|-0.9
p:steeds vaker|gevoelsreflectie|-0.92
p:steeds ziek|afleiden|-0.52
p:steek gelaten|samenvatting|-0.95
p:stel je|etiketteren|1.0
p:stel je|interpreteren|-1.0
p:stel voor|vervolgafspraak|1.0
p:stelt goede|bekritiseren|-0.96
p:stelt toch|moraliseren|-0.99
p:stelt toch|afleiden|0.99
p:stelt u|jij-boodschap|0.99
p:stelt u|bekritiseren|0.99
p:stelt zich|adviseren|-0.99
p:stelt zich|argumenteren|-0.99
p:stelt zich|bekritiseren|1.71
p:sterk in|geruststellen|-0.75
p:sterk omdat|interpreteren|0.96
p:sterke vrouw|open-vraag|-1.0
p:sterke vrouw|adviseren|-1.0
p:steunen bij|moraliseren|0.98
p:stil is|ondervragen|-0.83
p:stilleggen en|open-vraag|-0.98
p:stiller is|ik-boodschap|0.14
p:stoeien kan|ik-boodschap|0.91
p:stoer is|argumenteren|-0.99
p:stoer te|jij-boodschap|-0.73
p:stoer te|moraliseren|-0.97
p:stoer te|bekritiseren|-0.92
p:stoer te|interpreteren|0.72
p:stof niet|ik-boodschap|0.93
p:stof niet|argumenteren|-0.88
p:stond al|ik-boodschap|-0.92
p:stond al|bevelen|-0.83
p:stond al|argumenteren|1.0
p:stond al|prijzen|-0.9
p:stond in|argumenteren|0.84
p:stoort me|open-vraag|0.99
p:stop daarmee|adviseren|-0.99
p:stop het|vervolgafspraak|-0.99
p:stop ik|aanmoediging|-1.0
p:stop ik|bevelen|1.0
p:stoppen donderdag|vervolgafspraak|0.89
p:stoppen donderdag|bedanken|-0.94
p:stoppen en|open-vraag|0.99
p:stoppen er|afronding-aankondigen|0.95
p:stoppen er|vervolgafspraak|0.95
p:stoppen er|bedanken|0.95
p:stoppen met|afronding-aankondigen|-0.97
p:stoppen voor|afleiden|-0.93
p:stoppen voor|afronding-aankondigen|0.97
p:straf te|parafrase|0.1
p:strafwerk geven|waarschuwen|-0.93
p:straks alleen|ik-boodschap|0.98
p:straks even|afronding-aankondigen|-0.96
p:straks even|vervolgafspraak|-1.76
p:straks gewoon|waarschuwen|-0.92
p:straks zijn|waarschuwen|0.99
p:straks zit|waarschuwen|1.8
p:strenger aanpakken|adviseren|1.0
p:structuur minder|parafrase|-0.98
p:structuur nodig|parafrase|-0.95
p:stuk beter|geruststellen|1.0
p:stuk beter|afronding-aankondigen|-1.0
p:stuk chagrijn|prijzen|-0.87
p:stuk chagrijn|etiketteren|0.91
p:sturen ?|bekritiseren|0.99
p:sturen is|bekritiseren|1.62
p:stuur en|ik-boodschap|0.75
p:stuur en|argumenteren|-0.81
p:stuur ik|bedanken|0.93
p:stuur je|waarschuwen|0.92
p:stuur u|samenvatting|-0.84
p:sven gaan|adviseren|0.97
p:taak om|jij-boodschap|-0.78
p:taak om|moraliseren|0.99
p:taak om|bekritiseren|-0.78
p:tafel dank|samenvatting|0.8
p:tafel dank|afronding-aankondigen|0.86
p:tafel dank|vervolgafspraak|0.98
p:tafel dank|bedanken|0.98
p:tafel houdt|samenvatting|-1.0
p:tafel houdt|waarschuwen|-1.0
p:tafel houdt|prijzen|-1.0
p:tafel houdt|vervolgafspraak|-1.0
p:tafel ligt|ik-boodschap|-0.97
p:te antwoorden|vervolgafspraak|-0.95
p:te bieden|waarschuwen|-0.96
p:te controleren|adviseren|-0.81
p:te discussiëren|moraliseren|-0.98
p:te discussiëren|argumenteren|0.98
p:te doen|jij-boodschap|-0.73
p:te doen|moraliseren|-0.97
p:te doen|adviseren|-0.74
p:te doen|bekritiseren|-0.92
p:te doen|interpreteren|0.72
p:te druk|jij-boodschap|-0.99
p:te druk|interpreteren|-0.83
p:te falen|bevelen|-0.97
p:te falen|interpreteren|0.93
p:te gaan|jij-boodschap|0.82
p:te gaan|open-vraag|0.46
p:te gaan|bekritiseren|0.95
p:te gamen|ik-boodschap|-0.98
p:te gamen|adviseren|-0.98
p:te gamen|bekritiseren|0.81
p:te gapen|ik-boodschap|0.98
p:te gedragen|moraliseren|1.0
p:te gedragen|argumenteren|-1.0
p:te geven|moraliseren|-0.93
p:te hebben|jij-boodschap|-0.99
p:te hebben|samenvatting|-0.99
p:te hebben|moraliseren|0.99
p:te hebben|interpreteren|-0.99
p:te horen|samenvatting|0.94
p:te horen|open-vraag|-0.97
p:te horen|adviseren|-0.92
p:te horen|afleiden|-1.0
p:te horen|vervolgafspraak|0.97
p:te horen|bedanken|0.94
p:te houden|bevelen|0.97
p:te houden|argumenteren|0.85
p:te houden|bekritiseren|-0.57
p:te imponeren|interpreteren|0.99
p:te kennen|argumenteren|0.87
p:te klieren|waarschuwen|-0.92
p:te komen|bevelen|-0.99
p:te komen|moraliseren|-0.99
p:te komen|bekritiseren|-0.99
p:te komen|interpreteren|0.99
p:te kopen|adviseren|0.99
p:te laag|samenvatting|-0.97
p:te laag|argumenteren|0.97
p:te laat|ik-boodschap|1.0
p:te laat|jij-boodschap|0.1
p:te laat|gevoelsreflectie|-0.83
p:te laat|bevelen|-0.92
p:te laat|moraliseren|-0.98
p:te laat|argumenteren|0.85
p:te laat|interpreteren|-0.99
p:te laat|ondervragen|-1.82
p:te laat|afronding-aankondigen|-1.0
p:te laks|ik-boodschap|-0.94
p:te lang|afleiden|1.0
p:te laten|ik-boodschap|0.55
p:te laten|gevoelsreflectie|-0.98
p:te laten|adviseren|-0.13
p:te laten|bekritiseren|-0.9
p:te laten|interpreteren|0.97
p:te leggen|bevelen|1.0
p:te leggen|adviseren|0.93
p:te leren|bekritiseren|0.62
p:te leren|etiketteren|0.98
p:te leren|interpreteren|-0.94
p:te lichten|vervolgafspraak|0.92
p:te liggen|geruststellen|0.9
p:te liggen|afleiden|-0.87
p:te lui|bekritiseren|0.62
p:te lui|etiketteren|0.98
p:te maken|moraliseren|0.98
p:te maken|adviseren|0.99
p:te maken|argumenteren|-0.99
p:te maken|etiketteren|-1.0
p:te maken|geruststellen|1.0
p:te maken|vervolgafspraak|-0.82
p:te makkelijk|jij-boodschap|0.96
p:te makkelijk|argumenteren|-0.89
p:te makkelijk|interpreteren|0.91
p:te moeilijk|gevoelsreflectie|0.91
p:te moeilijk|samenvatting|0.86
p:te moeilijk|open-vraag|0.44
p:te moeilijk|argumenteren|0.96
p:te moeilijk|vervolgafspraak|0.73
p:te nemen|gevoelsreflectie|-0.87
p:te nemen|open-vraag|0.96
p:te nemen|bevelen|-1.0
p:te nemen|moraliseren|1.0
p:te nemen|adviseren|0.74
p:te nemen|geruststellen|-0.98
p:te ondersteunen|afleiden|-0.93
p:te regelen|afronding-aankondigen|-0.92
p:te rollen|bevelen|0.95
p:te ronden|bedanken|-0.95
p:te schelden|jij-boodschap|0.99
p:te schelden|bekritiseren|0.99
p:te snel|parafrase|0.84
p:te spreken|argumenteren|-0.8
p:te spreken|interpreteren|-0.96
p:te staan|bekritiseren|0.78
p:te staren|ik-boodschap|-0.95
p:te stellen|jij-boodschap|0.8
p:te stellen|moraliseren|0.8
p:te steunen|moraliseren|0.98
p:te steunen|argumenteren|-0.83
p:te sturen|jij-boodschap|-0.78
p:te sturen|moraliseren|0.99
p:te sturen|adviseren|0.87
p:te sturen|bekritiseren|-0.78
p:te tillen|moraliseren|-0.89
p:te tillen|interpreteren|-0.93
p:te tillen|geruststellen|-0.93
p:te tillen|afleiden|1.83
p:te veel|adviseren|-0.97
p:te veel|etiketteren|-1.0
p:te veel|bedanken|-0.99
p:te verbergen|interpreteren|1.73
p:te verdoen|jij-boodschap|0.9
p:te verdoen|samenvatting|-0.9
p:te verdoen|bevelen|-0.9
p:te verdoen|bekritiseren|0.9
p:te vertellen|ik-boodschap|-0.99
p:te vertellen|gevoelsreflectie|1.0
p:te vertellen|bedanken|0.99
p:te vertrouwen|jij-boodschap|0.66
p:te vragen|moraliseren|-0.96
p:te weten|afleiden|-0.93
p:te worden|geruststellen|0.98
p:te zeggen|samenvatting|0.83
p:te zien|ik-boodschap|1.93
p:te zien|jij-boodschap|-0.99
p:te zien|samenvatting|-0.94
p:te zien|bekritiseren|-0.99
p:te zijn|moraliseren|1.93
p:te zijn|geruststellen|-1.0
p:te zwaar|parafrase|0.1
p:team een|ik-boodschap|0.92
p:teamleider erbij|afleiden|-0.93
p:teamleider erbij|vervolgafspraak|0.94
p:teamleider gesproken|ondervragen|-0.86
p:tegelijk praten|parafrase|-0.96
p:tegelijk praten|afronding-aankondigen|-0.96
p:tegen een|moraliseren|0.97
p:tegen haar|geruststellen|-0.63
p:tegen iedereen|bekritiseren|0.95
p:tegen je|gevoelsreflectie|-1.0
p:tegen je|open-vraag|-1.0
p:tegen jou|jij-boodschap|0.9
p:tegen jou|samenvatting|-0.9
p:tegen jou|bekritiseren|0.89
p:tegen me|waarschuwen|0.91
p:tegen mij|gevoelsreflectie|0.9
p:tegenover je|bekritiseren|0.97
p:tegenovergestelde van|jij-boodschap|0.99
p:tegenovergestelde van|bekritiseren|0.99
p:tegenwoordig veel|ik-boodschap|-0.72
p:tekening heeft|etiketteren|-0.91
p:telefon nu|bevelen|1.0
p:telefon nu|geruststellen|-1.0
p:telefoon 's|waarschuwen|-0.92
p:telefoon 's|adviseren|0.93
p:telefoon ?|bevelen|-0.88
p:telefoon eens|ik-boodschap|0.98
p:telefoon en|samenvatting|1.0
p:telefoon gebruikt|jij-boodschap|-0.98
p:telefoon gepakt|parafrase|1.0
p:telefoon in|bevelen|0.92
p:telefoon niet|waarschuwen|1.94
p:telefoon om|adviseren|0.99
p:telefoon onder|samenvatting|-1.0
p:telefoon onder|waarschuwen|-1.0
p:telefoon onder|prijzen|-1.0
p:telefoon onder|vervolgafspraak|-1.0
p:telefoon op|samenvatting|-0.93
p:telefoon weg|bevelen|0.83
p:telefoon weg|adviseren|-0.98
p:telefoon weg|etiketteren|-0.99
p:telefoon zit|open-vraag|0.95
p:telefoongesprek niets|ik-boodschap|0.99
p:telefoongesprek niets|gevoelsreflectie|-0.99
p:telefoonnummer kan|open-vraag|-1.74
p:telefoonnummer kan|geruststellen|-1.0
p:telefoons in|bevelen|0.88
p:telefoons in|argumenteren|-0.65
p:teleur u|jij-boodschap|0.99
p:teleur u|bekritiseren|0.99
p:teleurgesteld bent|gevoelsreflectie|0.98
p:teleurgesteld dat|parafrase|0.96
p:teleurgesteld dat|gevoelsreflectie|1.57
p:teleurgesteld in|ik-boodschap|-0.91
p:teleurgesteld in|bekritiseren|0.73
p:teleurgesteld samengevat|gevoelsreflectie|0.91
p:teleurgesteld samengevat|samenvatting|0.86
p:teleurgesteld samengevat|vervolgafspraak|0.73
p:teleurgesteld wat|parafrase|-0.96
p:telkens te|moraliseren|-0.98
p:telkens zijn|open-vraag|-0.98
p:tenminste goed|afleiden|0.85
p:terecht echt|geruststellen|0.96
p:terug als|vervolgafspraak|0.96
p:terug en|parafrase|-0.78
p:terug hij|parafrase|-0.97
p:terug hij|samenvatting|0.97
p:terug is|ik-boodschap|0.97
p:terug uit|aanmoediging|-0.92
p:terug van|vervolgafspraak|-1.77
p:terwijl u|jij-boodschap|0.8
p:terwijl u|moraliseren|0.8
p:tess neemt|ik-boodschap|-1.0
p:tess rondgaan|bekritiseren|-0.98
p:tess stiller|ik-boodschap|-0.79
p:tevoren was|adviseren|-0.94
p:thanks dat|bedanken|1.0
p:thijs de|ik-boodschap|0.55
p:thijs nog|moraliseren|-0.9
p:thijs telkens|open-vraag|-0.98
p:thnx voor|afronding-aankondigen|-0.93
p:thuis ?|ik-boodschap|0.19
p:thuis ?|samenvatting|-0.93
p:thuis ?|open-vraag|2.92
p:thuis ?|ondervragen|1.63
p:thuis ?|vervolgafspraak|-1.92
p:thuis bent|samenvatting|-0.95
p:thuis een|open-vraag|-0.97
p:thuis een|adviseren|0.97
p:thuis een|vervolgafspraak|0.97
p:thuis en|open-vraag|-0.98
p:thuis en|afleiden|-0.99
p:thuis en|vervolgafspraak|-0.98
p:thuis gaat|parafrase|-0.78
p:thuis gebeurd|open-vraag|1.0
p:thuis gebeurd|geruststellen|0.86
p:thuis gebeurt|gevoelsreflectie|-0.96
p:thuis geen|etiketteren|-1.0
p:thuis geen|interpreteren|1.0
p:thuis gewoon|bevelen|-0.87
p:thuis gewoon|moraliseren|-0.89
p:thuis had|parafrase|0.92
p:thuis helemaal|geruststellen|-0.9
p:thuis hoort|moraliseren|1.0
p:thuis hoort|geruststellen|-1.0
p:thuis iets|interpreteren|0.93
p:thuis is|parafrase|-0.96
p:thuis is|open-vraag|-0.53
p:thuis kost|samenvatting|0.98
p:thuis kost|afronding-aankondigen|0.98
p:thuis kost|bedanken|0.98
p:thuis laat|adviseren|-0.96
p:thuis lukt|geruststellen|-0.86
p:thuis merkt|bekritiseren|-0.87
p:thuis merkt|bedanken|-0.93
p:thuis met|bedanken|0.94
p:thuis niet|parafrase|0.83
p:thuis niet|gevoelsreflectie|1.0
p:thuis niet|samenvatting|0.83
p:thuis niet|open-vraag|1.0
p:thuis niet|aanmoediging|-1.0
p:thuis niet|interpreteren|-0.83
p:thuis niets|open-vraag|-0.91
p:thuis nooit|open-vraag|-0.99
p:thuis nooit|waarschuwen|0.92
p:thuis nooit|bekritiseren|0.99
p:thuis ook|bedanken|-0.99
p:thuis op|samenvatting|0.98
p:thuis op|vervolgafspraak|0.98
p:thuis oppakt|interpreteren|-0.95
p:thuis over|gevoelsreflectie|-1.0
p:thuis over|ondervragen|-1.0
p:thuis vaak|parafrase|1.0
p:thuis vaak|gevoelsreflectie|-1.0
p:thuis van|gevoelsreflectie|-0.91
p:thuis van|open-vraag|-0.44
p:thuis van|etiketteren|-0.99
p:thuis verteld|gevoelsreflectie|0.97
p:thuis verteld|open-vraag|1.0
p:thuis wat|interpreteren|0.91
p:thuis wel|parafrase|-0.82
p:thuisblijven ?|open-vraag|-1.0
p:thuisblijven ?|waarschuwen|-1.0
p:thuisblijven ?|ondervragen|1.0
p:thuisblijven ?|afleiden|-1.0
p:thuisgehouden ?|bekritiseren|0.9
p:thuissituatie wat|interpreteren|-0.96
p:tien uur|ik-boodschap|0.96
p:tien uur|waarschuwen|-0.96
p:tien uur|argumenteren|-0.96
p:tienen binnenkomen|argumenteren|-0.99
p:tijd dus|samenvatting|-0.98
p:tijd fijn|jij-boodschap|-0.93
p:tijd hoe|ik-boodschap|-0.79
p:tijd hoor|aanmoediging|0.97
p:tijd hoor|bevelen|-0.98
p:tijd ik|aanmoediging|0.9
p:tijd in|jij-boodschap|0.92
p:tijd is|bevelen|0.99
p:tijd is|moraliseren|0.55
p:tijd is|prijzen|-0.99
p:tijd komt|moraliseren|0.95
p:tijd kunt|gevoelsreflectie|-1.0
p:tijd kunt|moraliseren|-1.0
p:tijd kunt|argumenteren|-1.0
p:tijd kunt|prijzen|1.0
p:tijd kunt|interpreteren|-1.0
p:tijd kunt|geruststellen|-1.0
p:tijd met|bevelen|0.95
p:tijd naar|jij-boodschap|-0.52
p:tijd naar|samenvatting|-0.93
p:tijd naar|bekritiseren|-0.31
p:tijd niet|ik-boodschap|1.0
p:tijd niet|open-vraag|1.0
p:tijd om|bedanken|-0.95
p:tijd pas|argumenteren|-0.99
p:tijd te|jij-boodschap|0.9
p:tijd te|samenvatting|-0.9
p:tijd te|bevelen|-0.9
p:tijd te|bekritiseren|0.91
p:tijd verplaatsen|bevelen|-1.0
p:tijd verplaatsen|vervolgafspraak|-1.0
p:tijd wegbrengen|bevelen|0.9
p:tijden thuis|open-vraag|-0.98
p:tijden thuis|vervolgafspraak|-0.98
p:tijdens het|interpreteren|-0.91
p:tijdje bij|adviseren|0.84
p:timer tijdens|interpreteren|-0.91
p:tip is|geruststellen|-0.98
p:tja bedankt|bekritiseren|1.81
p:tja bedankt|bedanken|-0.98
p:tja maar|open-vraag|-0.93
p:tja maar|afleiden|0.74
p:tja pubers|adviseren|-1.0
p:tja pubers|bekritiseren|-0.78
p:tja pubers|etiketteren|-1.0
p:tja pubers|afleiden|1.0
p:toch ?|gevoelsreflectie|-0.9
p:toch ?|open-vraag|-0.97
p:toch ?|ondervragen|-1.76
p:toch begrijpen|argumenteren|0.91
p:toch de|moraliseren|0.98
p:toch een|jij-boodschap|2.6
p:toch een|adviseren|-0.73
p:toch een|bekritiseren|-0.99
p:toch een|prijzen|0.96
p:toch een|etiketteren|1.87
p:toch een|geruststellen|-0.73
p:toch ingeleverd|bevelen|-0.97
p:toch logisch|moraliseren|-0.8
p:toch logisch|argumenteren|0.96
p:toch logisch|afleiden|-0.96
p:toch makkelijk|waarschuwen|-0.96
p:toch makkelijk|prijzen|0.96
p:toch moeten|moraliseren|1.93
p:toch moeten|geruststellen|-1.0
p:toch niet|gevoelsreflectie|0.91
p:toch niet|argumenteren|-0.96
p:toch niet|afleiden|1.9
p:toch niks|moraliseren|-0.99
p:toch niks|afleiden|0.99
p:toch normaal|argumenteren|-0.93
p:toch ook|jij-boodschap|-0.99
p:toch ook|moraliseren|0.91
p:toch ook|argumenteren|-1.46
p:toch ook|etiketteren|-0.99
p:toch ook|afleiden|-0.99
p:toch vertelt|gevoelsreflectie|0.83
p:toch weten|waarschuwen|-0.97
p:toe gaat|samenvatting|0.95
p:toe kwam|ik-boodschap|0.93
p:toe te|vervolgafspraak|0.92
p:toe thuis|parafrase|-0.78
p:toen ?|gevoelsreflectie|-0.98
p:toen ?|aanmoediging|0.98
p:toen ?|ondervragen|-0.98
p:toen hij|ik-boodschap|-0.99
p:toen je|ik-boodschap|1.0
p:toen leek|jij-boodschap|0.82
p:toen leek|bekritiseren|0.95
p:toen meneer|gevoelsreflectie|-0.91
p:toen niet|adviseren|-0.98
p:toen voor|parafrase|0.9
p:toen voor|samenvatting|-0.88
p:toets dat|argumenteren|-0.73
p:toets de|ik-boodschap|-0.94
p:toets gemist|geruststellen|-0.99
p:toets mist|argumenteren|0.78
p:toets niet|open-vraag|-0.97
p:toets niet|vervolgafspraak|0.97
p:toets ongeldig|waarschuwen|1.0
p:toets op|interpreteren|-0.91
p:toets te|parafrase|0.97
p:toets te|open-vraag|0.97
p:toets te|argumenteren|0.96
p:toets vandaag|bekritiseren|-0.95
p:toets verschoven|argumenteren|-0.98
p:toets voor|waarschuwen|-0.99
p:toets was|gevoelsreflectie|0.91
p:toets was|samenvatting|0.86
p:toets was|argumenteren|0.99
p:toets was|vervolgafspraak|0.73
p:toets zelf|argumenteren|0.99
p:toetsdatum stond|ik-boodschap|-0.92
p:toetsen niet|bevelen|-1.0
p:toetsen niet|vervolgafspraak|-1.0
p:toetsen onvoldoende|ik-boodschap|-0.83
p:toetsen opschrijft|ik-boodschap|1.72
p:toetsen te|parafrase|-0.96
p:toetsen te|open-vraag|-0.53
p:toetsweek vastligt|argumenteren|0.68
p:toevoegen ?|samenvatting|0.95
p:tof dat|ik-boodschap|0.93
p:tolk goed|ik-boodschap|-0.96
p:tolk goed|parafrase|0.96
p:tolk zegt|gevoelsreflectie|-1.0
p:tolk zegt|open-vraag|-1.0
p:tom gepest|interpreteren|0.72
p:toont in|jij-boodschap|0.98
p:topmoeder dus|bedanken|-0.99
p:tot het|waarschuwen|0.99
p:tot hoe|ik-boodschap|-0.9
p:tot hoe|ondervragen|0.94
p:tot middernacht|jij-boodschap|0.8
p:tot middernacht|moraliseren|0.8
p:tot nu|parafrase|-0.78
p:tot nu|samenvatting|0.95
p:tot rust|adviseren|0.99
p:tot twaalf|argumenteren|0.96
p:tot twaalf|afleiden|-0.96
p:tot twee|adviseren|-0.98
p:tot ziens|waarschuwen|-0.95
p:trainingen van|ik-boodschap|0.92
p:trap was|ik-boodschap|0.98
p:trap zat|vervolgafspraak|-0.97
p:trekt je|parafrase|0.97
p:trekt je|bekritiseren|1.0
p:trekt ze|parafrase|-0.78
p:trekt zich|bekritiseren|-0.94
p:trouwens hoe|bevelen|-1.0
p:trouwens vandaag|adviseren|-1.0
p:trouwens vandaag|bekritiseren|-0.78
p:trouwens vandaag|etiketteren|-1.0
p:trouwens vandaag|afleiden|1.0
p:tv op|ondervragen|0.98
p:twaalf niet|moraliseren|1.0
p:twaalf niet|geruststellen|-1.0
p:twaalf uur|argumenteren|0.96
p:twaalf uur|afleiden|-0.96
p:twee dagen|ik-boodschap|-0.76
p:twee dingen|argumenteren|-0.96
p:twee keer|ik-boodschap|-0.94
p:twee keer|gevoelsreflectie|-1.81
p:twee keer|open-vraag|0.96
p:twee uur|adviseren|-0.98
p:twee uur|bekritiseren|0.81
p:twee weken|ik-boodschap|1.8
p:twee weken|jij-boodschap|-0.92
p:twee weken|parafrase|-0.9
p:twee weken|open-vraag|-0.97
p:twee weken|adviseren|0.97
p:twee weken|argumenteren|1.53
p:twee weken|bekritiseren|-0.25
p:twee weken|vervolgafspraak|0.97
p:twee weken|bedanken|-0.98
p:tweede is|gevoelsreflectie|0.91
p:tweede is|afleiden|0.91
p:tweede klas|geruststellen|0.92
p:tweede klas|afleiden|-0.61
p:tweede rapport|afronding-aankondigen|-0.83
p:tweede uur|ik-boodschap|-0.98
p:tweede uur|bedanken|-0.98
p:typisch zo'n|waarschuwen|-1.0
p:typisch zo'n|etiketteren|1.99
p:typisch zweverig|jij-boodschap|0.55
p:typische curlingouder|prijzen|-0.94
p:u ?|parafrase|0.97
p:u ?|open-vraag|0.97
p:u ?|aanmoediging|-0.98
p:u aangrijpt|gevoelsreflectie|0.87
p:u achter|bekritiseren|0.78
p:u al|gevoelsreflectie|0.97
p:u alles|adviseren|-0.81
p:u alles|bekritiseren|1.82
p:u als|jij-boodschap|-0.18
p:u als|parafrase|-0.78
p:u als|samenvatting|1.0
p:u als|moraliseren|0.8
p:u als|bekritiseren|-0.99
p:u alstublieft|bevelen|0.95
p:u altijd|jij-boodschap|1.0
p:u altijd|bekritiseren|-0.94
p:u altijd|prijzen|0.97
p:u bedoeld|parafrase|0.95
p:u bedoelt|open-vraag|-0.91
p:u bedoelt|argumenteren|-0.97
p:u begrijpt|prijzen|0.99
p:u begrijpt|geruststellen|-0.99
p:u belt|samenvatting|0.8
p:u belt|afronding-aankondigen|0.86
p:u belt|vervolgafspraak|0.98
p:u belt|bedanken|0.98
p:u bemoeit|jij-boodschap|0.93
p:u bemoeit|gevoelsreflectie|-0.87
p:u bemoeit|bekritiseren|0.93
p:u bent|jij-boodschap|-0.93
p:u bent|gevoelsreflectie|0.86
p:u bent|samenvatting|0.86
p:u bent|open-vraag|-1.97
p:u bent|aanmoediging|-0.92
p:u bent|waarschuwen|-0.93
p:u bent|adviseren|0.75
p:u bent|bekritiseren|0.91
p:u bent|prijzen|1.76
p:u bent|ondervragen|0.91
p:u bent|vervolgafspraak|-0.88
p:u beschermt|interpreteren|0.96
p:u boos|gevoelsreflectie|2.57
p:u boos|open-vraag|-0.77
p:u boos|afleiden|0.91
p:u controleert|adviseren|0.98
p:u daar|parafrase|-0.17
p:u daar|samenvatting|0.95
p:u daar|open-vraag|0.56
p:u daar|aanmoediging|-1.0
p:u daartegenaan|jij-boodschap|-0.82
p:u daartegenaan|open-vraag|0.57
p:u daartegenaan|bekritiseren|-0.92
p:u daarvan|ik-boodschap|1.62
p:u daarvan|open-vraag|1.82
p:u dan|interpreteren|0.9
p:u dat|ik-boodschap|-1.0
p:u dat|jij-boodschap|-0.1
p:u dat|parafrase|0.97
p:u dat|samenvatting|-0.96
p:u dat|open-vraag|1.97
p:u dat|bekritiseren|-0.87
p:u dat|ondervragen|-0.88
p:u dat|afleiden|0.76
p:u dat|bedanken|-0.93
p:u de|ik-boodschap|-0.96
p:u de|gevoelsreflectie|-0.9
p:u de|adviseren|0.87
p:u de|bekritiseren|-0.95
p:u de|afleiden|0.95
p:u denkt|bekritiseren|1.19
p:u denkt|etiketteren|-0.94
p:u die|argumenteren|0.87
p:u dient|bevelen|0.97
p:u dient|bekritiseren|-0.57
p:u dinsdag|vervolgafspraak|0.8
p:u dit|jij-boodschap|-0.95
p:u dit|gevoelsreflectie|0.86
p:u dit|bekritiseren|-0.93
p:u dit|interpreteren|-0.95
p:u doet|jij-boodschap|0.99
p:u doet|bekritiseren|0.99
p:u doet|geruststellen|1.72
p:u donderdag|afronding-aankondigen|-0.95
p:u door|aanmoediging|0.82
p:u door|waarschuwen|0.92
p:u drie|vervolgafspraak|-0.95
p:u echt|parafrase|-0.96
p:u echt|afronding-aankondigen|-0.96
p:u een|gevoelsreflectie|-0.97
p:u een|samenvatting|-1.0
p:u een|open-vraag|1.95
p:u een|argumenteren|-1.0
p:u een|geruststellen|1.71
p:u een|bedanken|0.93
p:u eens|ik-boodschap|0.92
p:u eens|aanmoediging|-0.8
p:u eerder|bekritiseren|-1.83
p:u eerst|adviseren|0.98
p:u eigenlijk|jij-boodschap|-0.97
p:u eigenlijk|gevoelsreflectie|-0.96
p:u eigenlijk|interpreteren|0.87
p:u eindelijk|jij-boodschap|1.66
p:u eindelijk|bekritiseren|1.81
p:u eindelijk|geruststellen|-0.94
p:u er|ik-boodschap|-0.84
p:u er|jij-boodschap|-0.99
p:u er|gevoelsreflectie|-1.75
p:u er|bekritiseren|-1.62
p:u er|ondervragen|0.69
p:u erg|gevoelsreflectie|0.97
p:u ervoor|vervolgafspraak|-0.97
p:u fijn|gevoelsreflectie|-0.99
p:u fijn|bedanken|0.99
p:u gaan|waarschuwen|0.91
p:u gaat|jij-boodschap|-0.43
p:u gaat|aanmoediging|1.0
p:u gaat|prijzen|1.0
p:u gaat|geruststellen|-0.73
p:u gaat|vervolgafspraak|-0.92
p:u gebeld|parafrase|0.98
p:u gebeurd|gevoelsreflectie|-0.98
p:u gedraagt|etiketteren|0.97
p:u geeft|parafrase|1.0
p:u geeft|gevoelsreflectie|-1.0
p:u geeft|adviseren|-0.74
p:u gekomen|gevoelsreflectie|-0.69
p:u gekomen|vervolgafspraak|-0.69
p:u gekomen|bedanken|0.9
p:u geweest|gevoelsreflectie|0.85
p:u goed|parafrase|0.97
p:u goed|gevoelsreflectie|-0.47
p:u goed|samenvatting|-0.96
p:u goed|open-vraag|-0.79
p:u graag|afleiden|-0.94
p:u graag|afronding-aankondigen|-0.83
p:u had|aanmoediging|-0.98
p:u halverwege|ik-boodschap|0.91
p:u heeft|jij-boodschap|0.7
p:u heeft|parafrase|-0.84
p:u heeft|gevoelsreflectie|-1.9
p:u heeft|open-vraag|-0.91
p:u heeft|adviseren|-0.99
p:u heeft|bekritiseren|0.16
p:u heeft|etiketteren|-1.0
p:u heeft|interpreteren|-0.99
p:u heeft|ondervragen|-0.86
p:u heeft|vervolgafspraak|-0.95
p:u helpen|gevoelsreflectie|0.98
p:u helpt|jij-boodschap|-0.91
p:u hem|open-vraag|-1.0
p:u hem|waarschuwen|-1.0
p:u hem|adviseren|-0.99
p:u hem|bekritiseren|0.9
p:u hem|prijzen|0.95
p:u hem|interpreteren|0.1
p:u hem|afleiden|-1.0
p:u het|parafrase|0.9
p:u het|gevoelsreflectie|-0.15
p:u het|open-vraag|1.24
p:u het|aanmoediging|0.97
p:u het|bekritiseren|-0.78
p:u het|prijzen|-1.0
p:u het|interpreteren|0.1
p:u het|vervolgafspraak|0.95
p:u hier|gevoelsreflectie|1.81
p:u hier|open-vraag|-0.97
p:u hier|bekritiseren|-0.94
p:u hiervan|open-vraag|1.0
p:u hoe|samenvatting|0.98
p:u hoe|vervolgafspraak|0.98
p:u hoeft|geruststellen|0.98
p:u hoog|open-vraag|-1.0
p:u hoopt|parafrase|0.99
p:u hoor|ik-boodschap|0.99
p:u hoor|parafrase|0.78
p:u hoor|gevoelsreflectie|-0.99
p:u iets|geruststellen|-0.68
p:u is|parafrase|0.96
p:u is|open-vraag|-0.96
p:u klinkt|parafrase|-2.94
p:u klinkt|gevoelsreflectie|1.0
p:u klinkt|open-vraag|-0.99
p:u klinkt|aanmoediging|-0.9
p:u klinkt|bevelen|-1.0
p:u klinkt|moraliseren|-1.0
p:u kunt|open-vraag|-1.0
p:u kunt|bevelen|-0.95
p:u kunt|adviseren|0.68
p:u kunt|geruststellen|0.91
p:u kwaad|geruststellen|-0.98
p:u kwam|gevoelsreflectie|-0.99
p:u kwam|bedanken|0.99
p:u laat|jij-boodschap|1.77
p:u laat|moraliseren|0.8
p:u laat|bekritiseren|-0.1
p:u let|jij-boodschap|0.99
p:u let|samenvatting|0.98
p:u let|vervolgafspraak|0.98
p:u ligt|samenvatting|0.9
p:u ligt|geruststellen|-0.88
p:u lijkt|gevoelsreflectie|0.99
p:u luistert|gevoelsreflectie|-0.96
p:u luistert|bekritiseren|0.58
p:u luistert|prijzen|-0.98
p:u maakt|ik-boodschap|-0.97
p:u maakt|samenvatting|0.97
p:u maakt|adviseren|-0.97
p:u maakt|vervolgafspraak|0.97
p:u maandag|samenvatting|-0.84
p:u maandag|afronding-aankondigen|0.96
p:u maandag|vervolgafspraak|0.96
p:u maar|gevoelsreflectie|-0.97
p:u mag|jij-boodschap|-0.85
p:u mag|aanmoediging|0.92
p:u me|bevelen|1.0
p:u merkt|adviseren|0.99
p:u met|adviseren|0.96
p:u mij|samenvatting|-0.92
p:u mij|waarschuwen|0.96
p:u mij|bekritiseren|0.17
p:u moet|bevelen|1.89
p:u moet|waarschuwen|-0.99
p:u moet|moraliseren|-0.96
p:u moet|argumenteren|0.91
p:u moet|bekritiseren|0.58
p:u moet|geruststellen|-0.98
p:u moeten|bekritiseren|0.99
p:u morgen|samenvatting|-0.96
p:u morgen|afleiden|-0.93
p:u morgen|afronding-aankondigen|-0.89
p:u morgen|vervolgafspraak|0.92
p:u morgen|bedanken|-0.93
p:u natuurlijk|prijzen|0.91
p:u nauwelijks|jij-boodschap|0.98
p:u nauwelijks|bekritiseren|2.44
p:u neemt|jij-boodschap|0.91
p:u neemt|moraliseren|-0.82
p:u neemt|bekritiseren|0.94
p:u niet|moraliseren|-0.89
p:u niet|adviseren|0.99
p:u niet|prijzen|-0.74
p:u niet|interpreteren|-0.93
p:u niet|ondervragen|0.23
p:u niet|afleiden|0.95
p:u niet|vervolgafspraak|-0.97
p:u niets|bekritiseren|-3.06
p:u niks|jij-boodschap|1.73
p:u niks|bekritiseren|1.83
p:u nog|open-vraag|0.98
p:u nog|waarschuwen|0.91
p:u nooit|ik-boodschap|-1.0
p:u nooit|vervolgafspraak|-1.0
p:u nou|jij-boodschap|-2.39
p:u nu|bevelen|0.83
p:u om|samenvatting|0.94
p:u om|bedanken|0.94
p:u onderbreekt|jij-boodschap|0.96
p:u onderbreekt|bekritiseren|0.82
p:u onderschat|jij-boodschap|0.85
p:u onderschat|waarschuwen|0.85
p:u onderschat|bekritiseren|0.85
p:u ongerust|adviseren|-0.82
p:u ongerust|geruststellen|0.98
p:u op|argumenteren|0.78
p:u op|bedanken|-0.93
p:u over|parafrase|0.96
p:u over|gevoelsreflectie|1.57
p:u over|open-vraag|-0.97
p:u over|adviseren|0.97
p:u over|vervolgafspraak|0.97
p:u praat|samenvatting|0.94
p:u praat|bedanken|0.94
p:u raakt|aanmoediging|0.9
p:u reageert|bedanken|0.99
p:u samen|jij-boodschap|-0.99
p:u samen|prijzen|-0.96
p:u schuift|argumenteren|-0.96
p:u snapt|parafrase|-0.95
p:u snapt|prijzen|0.76
p:u stelt|adviseren|-0.99
p:u stelt|argumenteren|-0.99
p:u stelt|bekritiseren|-0.96
p:u teleurgesteld|gevoelsreflectie|0.98
p:u thuis|ik-boodschap|-0.95
p:u thuis|adviseren|0.97
p:u thuis|etiketteren|-0.99
p:u thuis|bedanken|-0.99
p:u toch|jij-boodschap|1.61
p:u toch|waarschuwen|-0.97
p:u toch|adviseren|-0.73
p:u toch|etiketteren|0.88
p:u toch|geruststellen|-0.73
p:u toen|gevoelsreflectie|-0.98
p:u toen|open-vraag|0.91
p:u toen|aanmoediging|0.98
p:u toen|adviseren|-0.98
p:u uit|argumenteren|0.89
p:u uitzien|afleiden|-0.91
p:u van|gevoelsreflectie|0.98
p:u vandaag|prijzen|-0.99
p:u vanochtend|afleiden|-0.91
p:u vast|jij-boodschap|-0.73
p:u vast|adviseren|-0.73
p:u vast|prijzen|0.97
p:u vast|etiketteren|-0.91
p:u veel|jij-boodschap|0.96
p:u verder|parafrase|-0.98
p:u verder|gevoelsreflectie|-0.85
p:u verder|aanmoediging|1.0
p:u verdriet|jij-boodschap|-0.95
p:u verdriet|gevoelsreflectie|0.86
p:u verdrietig|aanmoediging|-0.98
p:u vergeet|argumenteren|0.99
p:u vergist|bevelen|-0.83
p:u vergist|argumenteren|1.0
p:u vergist|prijzen|-0.9
p:u verwacht|parafrase|-0.96
p:u verwent|bedanken|-0.99
p:u vind|parafrase|0.95
p:u vindt|parafrase|1.0
p:u vindt|samenvatting|-0.97
p:u vindt|waarschuwen|-0.93
p:u vindt|adviseren|0.74
p:u vindt|argumenteren|0.97
p:u vindt|bekritiseren|0.81
p:u vindt|etiketteren|1.75
p:u voelt|samenvatting|-1.92
p:u volgende|afronding-aankondigen|0.91
p:u voor|afronding-aankondigen|0.94
p:u voor|vervolgafspraak|0.94
p:u vooral|samenvatting|-0.91
p:u vrijdag|samenvatting|-0.84
p:u vrijdag|adviseren|-0.89
p:u vrijdag|afronding-aankondigen|-0.92
p:u vroeger|interpreteren|0.96
p:u was|ik-boodschap|-0.74
p:u was|parafrase|-0.97
p:u was|waarschuwen|-0.92
p:u was|adviseren|1.81
p:u was|bekritiseren|-0.99
p:u wat|adviseren|-0.93
p:u weet|parafrase|-0.78
p:u weet|moraliseren|0.91
p:u weet|argumenteren|-1.46
p:u weet|bekritiseren|-0.81
p:u weet|prijzen|0.98
p:u wel|gevoelsreflectie|-0.69
p:u wel|samenvatting|-0.16
p:u wel|bekritiseren|0.81
p:u wel|prijzen|-0.99
p:u wel|ondervragen|-0.93
p:u wel|afronding-aankondigen|0.88
p:u wel|vervolgafspraak|-1.66
p:u werkt|bekritiseren|-0.88
p:u wilt|ik-boodschap|-0.62
p:u wilt|jij-boodschap|-0.77
p:u wilt|gevoelsreflectie|0.91
p:u wilt|samenvatting|1.02
p:u wilt|bevelen|-2.92
p:u wilt|afronding-aankondigen|-0.93
p:u wilt|vervolgafspraak|0.73
p:u wilt|bedanken|-0.93
p:u wist|gevoelsreflectie|-0.6
p:u zeggen|gevoelsreflectie|-0.49
p:u zegt|ik-boodschap|-1.0
p:u zegt|jij-boodschap|-1.0
p:u zegt|parafrase|1.86
p:u zegt|gevoelsreflectie|0.94
p:u zegt|samenvatting|-1.74
p:u zegt|open-vraag|1.0
p:u zegt|aanmoediging|-1.0
p:u zegt|adviseren|-0.99
p:u zegt|interpreteren|-0.1
p:u zegt|geruststellen|-0.9
p:u zegt|afronding-aankondigen|-0.96
p:u zegt|vervolgafspraak|-1.0
p:u zelf|parafrase|-1.0
p:u zelf|gevoelsreflectie|-1.0
p:u zelf|open-vraag|0.93
p:u zelf|ondervragen|0.82
p:u zelf|bedanken|-0.99
p:u zich|gevoelsreflectie|0.98
p:u zich|samenvatting|-0.79
p:u zich|aanmoediging|-0.9
p:u zich|adviseren|0.93
p:u zich|bekritiseren|-0.82
p:u zich|etiketteren|-0.92
p:u zich|interpreteren|-1.0
p:u zich|geruststellen|0.86
p:u ziet|parafrase|-0.83
p:u zijn|gevoelsreflectie|0.53
p:u zijn|aanmoediging|0.98
p:u zijn|adviseren|-0.98
p:u zijn|argumenteren|-0.85
p:u zijn|bekritiseren|-0.88
p:u zijn|bedanken|-0.95
p:u zitten|waarschuwen|0.92
p:u zo|jij-boodschap|-1.81
p:u zo|gevoelsreflectie|0.14
p:u zo|bekritiseren|-0.97
p:u zo|prijzen|-0.9
p:u zo|afronding-aankondigen|-0.99
p:u zoekt|prijzen|-1.0
p:u zoekt|interpreteren|1.0
p:u zorgt|jij-boodschap|0.26
p:u zorgt|bekritiseren|0.46
p:u zou|moraliseren|1.0
p:u zou|interpreteren|-1.0
p:u zou|geruststellen|-1.0
p:uit de|ik-boodschap|0.97
p:uit je|gevoelsreflectie|-0.94
p:uit jezelf|ik-boodschap|0.93
p:uit kunnen|ik-boodschap|-0.9
p:uit marokko|aanmoediging|-0.92
p:uit meekrijgen|moraliseren|0.51
p:uit onderzoek|argumenteren|0.89
p:uit te|jij-boodschap|0.99
p:uit te|moraliseren|-0.99
p:uit te|interpreteren|0.99
p:uitdaging geven|interpreteren|0.91
p:uiterlijk maandag|bevelen|1.83
p:uitgelachen daar|ik-boodschap|1.78
p:uitgelachen daar|gevoelsreflectie|-0.97
p:uitkomst van|gevoelsreflectie|-0.97
p:uitkomst van|samenvatting|-1.0
p:uitkomst van|open-vraag|1.0
p:uitkomst van|argumenteren|-1.0
p:uitlachen doe|ik-boodschap|-0.97
p:uitlachen doe|moraliseren|0.97
p:uitleg en|ik-boodschap|1.0
p:uitleg en|vervolgafspraak|1.0
p:uitleg mist|open-vraag|0.95
p:uitleg mist|vervolgafspraak|-0.95
p:uitleg niet|waarschuwen|-0.98
p:uitleg van|parafrase|0.84
p:uitnodiging per|bekritiseren|-0.99
p:uitpraten laat|jij-boodschap|0.96
p:uitpraten laat|bekritiseren|0.82
p:uitpraten luistert|bevelen|0.83
p:uitschelden doe|jij-boodschap|-2.27
p:uitschelden doe|moraliseren|1.73
p:uitschelden doe|bekritiseren|-2.47
p:uitschelden schrijf|waarschuwen|0.96
p:uitzien als|afleiden|-0.91
p:uitzondering kunnen|argumenteren|0.91
p:update te|adviseren|0.87
p:uren bijna|ik-boodschap|0.99
p:uren dan|samenvatting|0.98
p:uren dan|afronding-aankondigen|0.98
p:uren dan|bedanken|0.98
p:uur 's|ik-boodschap|-0.98
p:uur 's|adviseren|-0.98
p:uur 's|bekritiseren|0.81
p:uur ?|moraliseren|-0.98
p:uur afspreken|ik-boodschap|-0.98
p:uur beneden|adviseren|0.99
p:uur beneden|bekritiseren|-0.9
p:uur dicht|adviseren|0.96
p:uur doorgeven|ik-boodschap|0.96
p:uur doorgeven|waarschuwen|-0.96
p:uur doorgeven|argumenteren|-0.96
p:uur met|samenvatting|-0.95
p:uur met|afronding-aankondigen|0.95
p:uur niet|ik-boodschap|0.98
p:uur niet|waarschuwen|-0.98
p:uur niet|argumenteren|-0.99
p:uur online|ik-boodschap|0.99
p:uur praten|afronding-aankondigen|-1.0
p:uur praten|vervolgafspraak|1.0
p:uur vaak|ik-boodschap|-0.97
p:uur weer|ik-boodschap|-0.98
p:uur weer|bedanken|-0.98
p:uur werkt|argumenteren|0.96
p:uur werkt|afleiden|-0.96
p:uur wiskunde|samenvatting|-0.99
p:uur wiskunde|interpreteren|-0.99
p:uur zie|vervolgafspraak|0.93
p:uur zit|bevelen|-0.88
p:uw dochter|jij-boodschap|-0.79
p:uw dochter|waarschuwen|-0.97
p:uw dochter|argumenteren|-1.0
p:uw dochter|bekritiseren|1.0
p:uw eigen|waarschuwen|-0.98
p:uw eigen|interpreteren|0.98
p:uw ervaring|prijzen|0.91
p:uw geduld|vervolgafspraak|0.8
p:uw geweldige|bekritiseren|0.93
p:uw geweldige|etiketteren|-0.93
p:uw geweldige|bedanken|-0.93
p:uw kind|bekritiseren|-0.99
p:uw komst|samenvatting|0.21
p:uw komst|bedanken|0.98
p:uw mail|jij-boodschap|0.93
p:uw mail|gevoelsreflectie|-0.87
p:uw mail|bekritiseren|0.93
p:uw mails|gevoelsreflectie|0.43
p:uw taak|jij-boodschap|-0.78
p:uw taak|moraliseren|0.99
p:uw taak|bekritiseren|-0.78
p:uw tijd|samenvatting|0.94
p:uw tijd|bedanken|0.94
p:uw vakantie|bevelen|-1.0
p:uw verantwoordelijkheid|moraliseren|-0.27
p:uw vraag|bevelen|-0.98
p:uw zoon|jij-boodschap|0.82
p:uw zoon|vervolgafspraak|-1.0
p:uzelf blijkbaar|etiketteren|1.75
p:vaak afwezig|interpreteren|-0.95
p:vaak alleen|ik-boodschap|-0.99
p:vaak alleen|interpreteren|-0.78
p:vaak alleen|geruststellen|-0.88
p:vaak als|adviseren|1.89
p:vaak met|ik-boodschap|-0.97
p:vaak moe|bekritiseren|-0.95
p:vaak over|parafrase|1.0
p:vaak over|gevoelsreflectie|-1.0
p:vaak te|parafrase|-1.0
p:vaak te|afronding-aankondigen|-1.0
p:vaak te|vervolgafspraak|-0.95
p:vader die|prijzen|1.0
p:vader dus|parafrase|-0.95
p:vader en|parafrase|0.96
p:vader en|samenvatting|0.99
p:vader en|waarschuwen|-0.99
p:vader en|adviseren|-0.99
p:vader en|geruststellen|-0.96
p:vader het|adviseren|-0.98
p:vader komt|bevelen|-1.77
p:vader u|prijzen|0.99
p:vader vanavond|aanmoediging|-1.0
p:vader vanavond|vervolgafspraak|1.0
p:vader wat|gevoelsreflectie|-1.0
p:vader wat|open-vraag|-1.0
p:vak heb|open-vraag|-1.65
p:vak in|jij-boodschap|1.0
p:vak in|bekritiseren|1.0
p:vakantie ?|bevelen|-1.0
p:vakdocenten aan|samenvatting|0.98
p:vakdocenten aan|vervolgafspraak|0.98
p:vaker blijven|argumenteren|0.99
p:vaker met|waarschuwen|-0.98
p:vaker naar|gevoelsreflectie|-0.92
p:vaker zelf|adviseren|0.97
p:valt me|ik-boodschap|-1.69
p:valt me|bekritiseren|-0.95
p:valt me|ondervragen|-1.0
p:valt niet|moraliseren|-0.98
p:valt niet|argumenteren|0.98
p:valt ze|ik-boodschap|0.99
p:van 3|argumenteren|0.84
p:van ?|jij-boodschap|-0.89
p:van aantrekt|samenvatting|-0.79
p:van afmaakt|waarschuwen|-0.99
p:van communiceren|jij-boodschap|-0.96
p:van dat|ik-boodschap|0.95
p:van dat|open-vraag|-0.63
p:van dat|ondervragen|-0.96
p:van dat|vervolgafspraak|-0.95
p:van de|ik-boodschap|0.15
p:van de|jij-boodschap|-0.68
p:van de|adviseren|-0.85
p:van de|argumenteren|0.96
p:van de|prijzen|1.9
p:van de|etiketteren|0.94
p:van de|geruststellen|-0.9
p:van de|afleiden|0.3
p:van de|vervolgafspraak|0.8
p:van denken|etiketteren|-0.98
p:van deze|ik-boodschap|-0.62
p:van die|bekritiseren|-0.98
p:van die|geruststellen|0.93
p:van dit|gevoelsreflectie|-0.97
p:van dit|samenvatting|-1.0
p:van dit|open-vraag|1.0
p:van dit|argumenteren|-1.0
p:van een|moraliseren|0.54
p:van een|etiketteren|1.0
p:van engels|vervolgafspraak|0.92
p:van gemengde|adviseren|-0.87
p:van geschrokken|bekritiseren|-1.0
p:van gisteren|ondervragen|-0.79
p:van hem|prijzen|-0.99
p:van het|afleiden|0.9
p:van hoor|ik-boodschap|-0.95
p:van huis|moraliseren|0.51
p:van in|geruststellen|0.99
p:van je|ik-boodschap|-0.77
p:van je|jij-boodschap|0.94
p:van je|parafrase|-0.95
p:van je|samenvatting|0.95
p:van je|open-vraag|0.77
p:van jou|afleiden|-0.96
p:van julia|parafrase|-1.0
p:van kunnen|prijzen|0.76
p:van ligt|geruststellen|0.89
p:van lotte|geruststellen|-0.99
p:van maakt|prijzen|-0.99
p:van maakt|etiketteren|0.99
p:van meneer|parafrase|0.84
p:van meneer|afleiden|-0.86
p:van merkt|open-vraag|-0.44
p:van mij|jij-boodschap|1.49
p:van mij|bekritiseren|0.97
p:van niemand|bekritiseren|1.0
p:van ons|gevoelsreflectie|0.98
p:van periode|argumenteren|-0.85
p:van periode|etiketteren|-0.97
p:van school|waarschuwen|0.92
p:van school|argumenteren|-0.83
p:van school|bekritiseren|-0.94
p:van school|etiketteren|-0.98
p:van te|geruststellen|0.9
p:van te|afleiden|-0.87
p:van tess|bekritiseren|-0.98
p:van tevoren|adviseren|-0.94
p:van twaalf|moraliseren|1.0
p:van twaalf|geruststellen|-1.0
p:van u|ik-boodschap|0.99
p:van u|jij-boodschap|-0.91
p:van u|gevoelsreflectie|-0.99
p:van uw|argumenteren|-1.0
p:van uw|afleiden|1.0
p:van vakantie|vervolgafspraak|-1.77
p:van veertien|ik-boodschap|-0.98
p:van veertien|adviseren|-0.98
p:van vorige|ondervragen|1.79
p:van wat|ik-boodschap|0.86
p:van wat|jij-boodschap|0.99
p:van wat|bekritiseren|0.99
p:van wie|adviseren|-0.98
p:van wordt|gevoelsreflectie|1.81
p:van wordt|open-vraag|-0.97
p:van wordt|adviseren|0.87
p:van zie|ik-boodschap|-1.0
p:van zie|gevoelsreflectie|1.0
p:van zijn|gevoelsreflectie|0.97
p:van zijn|adviseren|0.82
p:van zijn|etiketteren|-0.96
p:vanaf maandag|bevelen|-0.93
p:vanaf morgen|bevelen|0.97
p:vanavond bent|ondervragen|-0.93
p:vanavond even|aanmoediging|-1.0
p:vanavond even|vervolgafspraak|1.0
p:vandaag af|interpreteren|-0.96
p:vandaag al|gevoelsreflectie|-0.94
p:vandaag bent|prijzen|-0.99
p:vandaag bij|afronding-aankondigen|0.94
p:vandaag gezegd|open-vraag|-0.98
p:vandaag gezegd|vervolgafspraak|-0.98
p:vandaag ik|afleiden|-0.93
p:vandaag ik|vervolgafspraak|0.8
p:vandaag je|ik-boodschap|-0.97
p:vandaag stoppen|ik-boodschap|0.95
p:vandaag stoppen|vervolgafspraak|-0.95
p:vandaag was|bekritiseren|-0.95
p:vandaag wil|samenvatting|-0.94
p:vandaan ?|open-vraag|0.92
p:vanmiddag gewoon|bevelen|1.84
p:vanochtend ayoub|ik-boodschap|0.95
p:vanochtend met|afleiden|-0.91
p:vanochtend pas|ik-boodschap|-0.75
p:vanuit dat|afronding-aankondigen|-0.75
p:vanzelf weer|afleiden|-0.96
p:vanzelf wel|geruststellen|0.99
p:vanzelf wel|afleiden|-0.95
p:vast akkoord|jij-boodschap|-0.43
p:vast akkoord|prijzen|1.0
p:vast akkoord|geruststellen|-0.73
p:vast akkoord|vervolgafspraak|-0.92
p:vast dat|prijzen|0.99
p:vast een|gevoelsreflectie|0.99
p:vast een|geruststellen|1.0
p:vast een|afronding-aankondigen|-1.0
p:vast geen|prijzen|0.92
p:vast goed|waarschuwen|-0.93
p:vast goed|prijzen|-0.89
p:vast goed|geruststellen|0.91
p:vast huiswerkmoment|prijzen|-0.96
p:vast huiswerkuur|adviseren|0.99
p:vast huiswerkuur|prijzen|-0.74
p:vast huiswerkuur|ondervragen|-0.74
p:vast met|bevelen|-0.92
p:vast met|etiketteren|-0.79
p:vast nog|jij-boodschap|-0.73
p:vast nog|adviseren|-0.73
p:vast nog|etiketteren|-0.91
p:vast ook|bekritiseren|-0.94
p:vast ook|prijzen|0.97
p:vast wel|parafrase|-0.95
p:vast wel|gevoelsreflectie|-1.0
p:vast wel|open-vraag|-1.0
p:vast wel|moraliseren|-1.0
p:vast wel|adviseren|-1.0
p:vast wel|argumenteren|-1.0
p:vast wel|prijzen|1.98
p:vast wel|interpreteren|-1.0
p:vast wel|geruststellen|-1.0
p:vaste huiswerktijd|parafrase|-0.97
p:vaste huiswerktijd|open-vraag|-0.97
p:vaste huiswerktijd|adviseren|0.97
p:vaste huiswerktijd|vervolgafspraak|0.97
p:vaste tijden|open-vraag|-0.98
p:vaste tijden|vervolgafspraak|-0.98
p:veel boosheid|gevoelsreflectie|0.94
p:veel in|ik-boodschap|-0.72
p:veel in|adviseren|-0.97
p:veel laten|etiketteren|-1.0
p:veel leerlingen|geruststellen|0.99
p:veel te|ik-boodschap|-0.94
p:veel te|jij-boodschap|0.96
p:veel te|waarschuwen|-0.93
p:veel te|etiketteren|-1.0
p:veel te|bedanken|-0.99
p:veertien hoort|ik-boodschap|-0.98
p:veertien hoort|adviseren|-0.98
p:veilig is|argumenteren|-0.99
p:ver laten|bekritiseren|0.99
p:ver laten|interpreteren|-0.99
p:veranderde er|parafrase|0.9
p:veranderde er|samenvatting|-0.88
p:verandert ?|afleiden|-0.94
p:verantwoordelijkheid af|argumenteren|-0.96
p:verantwoordelijkheid dat|moraliseren|0.55
p:verantwoordelijkheid namen|prijzen|-0.99
p:verantwoordelijkheid niet|moraliseren|-0.82
p:verantwoordelijkheid te|bevelen|-1.0
p:verantwoordelijkheid te|moraliseren|1.0
p:verbergen dat|interpreteren|1.73
p:verbouwing ?|afleiden|0.91
p:verder gaan|afronding-aankondigen|-0.94
p:verder ik|vervolgafspraak|0.98
p:verder met|geruststellen|-1.0
p:verder met|afleiden|1.0
p:verder met|vervolgafspraak|0.89
p:verder met|bedanken|-0.94
p:verdriet doet|jij-boodschap|-0.95
p:verdriet doet|gevoelsreflectie|0.86
p:verdrietig bij|gevoelsreflectie|1.76
p:verdrietig van|open-vraag|-0.97
p:verdrietig van|ondervragen|-0.96
p:verdrietig voor|aanmoediging|0.98
p:verdrietig voor|adviseren|-0.98
p:vergeet dat|argumenteren|0.99
p:vergeet kan|ik-boodschap|0.97
p:vergeet soms|geruststellen|0.94
p:vergeten is|ik-boodschap|-0.94
p:vergeten waardoor|gevoelsreflectie|-0.87
p:vergeten waardoor|open-vraag|0.96
p:vergist je|ik-boodschap|-0.92
p:vergist je|argumenteren|1.0
p:vergist zich|bevelen|-0.83
p:vergist zich|argumenteren|1.0
p:vergist zich|prijzen|-0.9
p:verhaal afmaken|jij-boodschap|0.96
p:verhaal afmaken|bekritiseren|0.82
p:verhaal doen|bekritiseren|-0.81
p:verhuizing ?|adviseren|-0.99
p:verhuizing is|open-vraag|0.95
p:verhuizing is|vervolgafspraak|-0.95
p:verhuizing wat|parafrase|0.9
p:verhuizing wat|samenvatting|-0.88
p:verjaardag van|argumenteren|-1.0
p:verjaardag van|afleiden|1.0
p:verkeerd doet|geruststellen|-0.68
p:verkeerd gedaan|jij-boodschap|-2.48
p:verkeerd gedaan|bekritiseren|-1.8
p:verpest de|jij-boodschap|1.64
p:verpest de|bevelen|-0.93
p:verpest de|waarschuwen|0.93
p:verpest de|bekritiseren|0.99
p:verpest het|bekritiseren|0.96
p:verplaatsen en|bevelen|-1.0
p:verplaatsen en|vervolgafspraak|-1.0
p:verpleegkundige ziet|prijzen|0.91
p:verschoven is|argumenteren|-0.98
p:verslag van|waarschuwen|-0.98
p:versta ik|parafrase|-0.96
p:versta ik|afronding-aankondigen|-0.96
p:verstandig om|adviseren|0.99
p:verstandig om|argumenteren|-0.99
p:verstandig om|vervolgafspraak|-0.82
p:verstandige vader|parafrase|-0.95
p:verstandige vader|prijzen|0.99
p:vertel eens|samenvatting|-0.98
p:vertel hoe|adviseren|-0.99
p:verteld ?|ondervragen|1.0
p:vertelde dat|bekritiseren|-0.94
p:vertelde hij|jij-boodschap|-0.89
p:vertelde hij|interpreteren|-1.0
p:vertelde lotte|ik-boodschap|-0.86
p:vertellen ?|parafrase|-1.0
p:vertellen over|adviseren|-0.93
p:vertelt dank|gevoelsreflectie|0.83
p:vertelt ik|jij-boodschap|-0.95
p:vertelt ik|gevoelsreflectie|0.86
p:vertelt over|open-vraag|-0.91
p:vertelt over|geruststellen|-0.9
p:vertelt u|parafrase|-0.98
p:vertelt u|gevoelsreflectie|-0.97
p:vertelt u|aanmoediging|-0.8
p:vertelt wanneer|open-vraag|-0.95
p:vertrouwenspersoon er|vervolgafspraak|0.94
p:verveelt zich|interpreteren|0.91
p:vervelend dat|parafrase|-1.0
p:vervelend dat|open-vraag|-1.0
p:vervelend dat|bekritiseren|-0.98
p:vervelend dat|afronding-aankondigen|-1.0
p:vervelend hoe|open-vraag|0.95
p:vervelend om|afleiden|-1.0
p:verwacht ?|parafrase|-0.96
p:verwacht ?|gevoelsreflectie|0.98
p:verwacht u|jij-boodschap|-0.97
p:verwend kind|etiketteren|0.97
p:verwent haar|bedanken|-0.99
p:verzuim achterloopt|moraliseren|-0.8
p:verzuim de|afleiden|-0.9
p:verzuim de|afronding-aankondigen|-0.8
p:verzuim en|jij-boodschap|-0.93
p:verzuim en|samenvatting|1.0
p:verzuim en|prijzen|-1.0
p:verzuim en|interpreteren|-0.96
p:verzuim en|afronding-aankondigen|-0.92
p:verzuim en|vervolgafspraak|-0.98
p:verzuim en|bedanken|-0.98
p:verzuim in|samenvatting|0.8
p:verzuim in|afronding-aankondigen|0.86
p:verzuim in|vervolgafspraak|0.98
p:verzuim in|bedanken|0.98
p:verzuim je|bekritiseren|-0.97
p:verzuim zijn|argumenteren|-0.92
p:verzuim zit|open-vraag|-0.44
p:verzuimoverzicht hier|gevoelsreflectie|-0.97
p:via een|parafrase|0.9
p:via een|interpreteren|-0.9
p:via instagram|bekritiseren|-0.98
p:via snapchat|samenvatting|0.83
p:via zijn|open-vraag|-1.0
p:vier onvoldoendes|argumenteren|0.95
p:vier uur|ik-boodschap|-0.98
p:vier uur|samenvatting|-0.9
p:vierde mag|moraliseren|0.54
p:vijf is|moraliseren|-0.91
p:vijf minuten|bevelen|-0.87
p:vijf minuten|vervolgafspraak|-0.95
p:vijf van|ik-boodschap|-0.83
p:vind dat|jij-boodschap|0.38
p:vind dat|parafrase|0.95
p:vind dat|gevoelsreflectie|-0.94
p:vind dat|waarschuwen|-0.99
p:vind dat|bekritiseren|1.9
p:vind het|parafrase|-1.0
p:vind het|gevoelsreflectie|0.7
p:vind het|open-vraag|-1.0
p:vind het|moraliseren|-0.98
p:vind het|afronding-aankondigen|-1.99
p:vind ik|ik-boodschap|2.81
p:vind ik|jij-boodschap|0.77
p:vind ik|parafrase|-0.96
p:vind ik|gevoelsreflectie|-0.87
p:vind ik|samenvatting|-0.94
p:vind ik|open-vraag|0.94
p:vind ik|bevelen|-1.0
p:vind ik|moraliseren|0.51
p:vind ik|argumenteren|-0.81
p:vind ik|bekritiseren|0.79
p:vind jij|jij-boodschap|-0.89
p:vinden jullie|prijzen|0.92
p:vindt de|jij-boodschap|-0.99
p:vindt de|open-vraag|-0.53
p:vindt de|bekritiseren|-0.87
p:vindt de|bedanken|-0.93
p:vindt het|jij-boodschap|0.99
p:vindt het|samenvatting|-0.97
p:vindt het|waarschuwen|-0.93
p:vindt het|adviseren|0.74
p:vindt het|argumenteren|0.97
p:vindt het|bekritiseren|2.75
p:vindt maar|geruststellen|-0.63
p:vindt u|open-vraag|0.97
p:vindt uzelf|etiketteren|1.75
p:visser je|gevoelsreflectie|-0.91
p:vlak voor|argumenteren|0.89
p:voel aan|open-vraag|-1.0
p:voel dat|ik-boodschap|-0.9
p:voel dat|vervolgafspraak|-0.98
p:voel ik|ik-boodschap|0.91
p:voel ik|samenvatting|-0.98
p:voel ik|vervolgafspraak|-0.98
p:voel jij|bekritiseren|-0.98
p:voel me|ik-boodschap|0.99
p:voel me|gevoelsreflectie|-0.99
p:voelen als|gevoelsreflectie|0.95
p:voelt je|gevoelsreflectie|0.86
p:voelt omdat|open-vraag|-0.91
p:voelt u|gevoelsreflectie|0.43
p:voelt zich|parafrase|-0.97
p:voelt zich|afronding-aankondigen|0.98
p:voelt zich|bedanken|0.98
p:voetbal vertelde|jij-boodschap|-0.89
p:voetbal vertelde|interpreteren|-1.0
p:voetbalwedstrijd zaterdag|open-vraag|-1.42
p:voetbalwedstrijd zaterdag|afleiden|0.94
p:voldoende maar|argumenteren|-0.92
p:voldoendes zo|argumenteren|0.91
p:volg u|gevoelsreflectie|-0.93
p:volg u|aanmoediging|1.0
p:volgend jaar|jij-boodschap|-0.93
p:volgend jaar|parafrase|0.99
p:volgend jaar|waarschuwen|1.8
p:volgende dag|argumenteren|0.89
p:volgende gesprek|bevelen|-0.87
p:volgende gesprek|vervolgafspraak|-0.95
p:volgende keer|ik-boodschap|-0.91
p:volgende keer|vervolgafspraak|1.91
p:volgende maand|afleiden|0.63
p:volgende ouders|vervolgafspraak|-0.91
p:volgende week|ik-boodschap|-1.85
p:volgende week|gevoelsreflectie|0.91
p:volgende week|samenvatting|1.86
p:volgende week|adviseren|-0.96
p:volgende week|bekritiseren|-0.99
p:volgende week|afleiden|-0.98
p:volgende week|vervolgafspraak|2.85
p:volgende week|bedanken|-0.97
p:volgens het|argumenteren|0.87
p:volgens jou|jij-boodschap|-0.9
p:volgens mij|bevelen|-0.97
p:volgens mij|argumenteren|-0.89
p:volgens mij|interpreteren|0.93
p:volgens u|parafrase|1.93
p:volgens u|gevoelsreflectie|-0.98
p:volgens u|samenvatting|0.9
p:volgens u|open-vraag|0.98
p:volgens u|afleiden|-0.91
p:volgt er|gevoelsreflectie|-0.9
p:volgt nablijven|interpreteren|-0.99
p:vond dat|bekritiseren|-0.94
p:vond het|ik-boodschap|2.86
p:vond het|afleiden|-1.0
p:vond hij|afleiden|0.9
p:vond ik|bekritiseren|-0.98
p:voor aardrijkskunde|ik-boodschap|0.92
p:voor aardrijkskunde|jij-boodschap|-0.92
p:voor aardrijkskunde|waarschuwen|-0.99
p:voor aardrijkskunde|bekritiseren|-0.92
p:voor biologie|bekritiseren|-1.0
p:voor biologie|afleiden|0.98
p:voor biologie|vervolgafspraak|-1.0
p:voor daan|gevoelsreflectie|-0.97
p:voor dat|jij-boodschap|0.26
p:voor dat|bevelen|0.71
p:voor dat|waarschuwen|-0.87
p:voor dat|argumenteren|0.77
p:voor dat|bekritiseren|0.46
p:voor dat|vervolgafspraak|1.0
p:voor de|ik-boodschap|-0.92
p:voor de|parafrase|0.97
p:voor de|samenvatting|-0.97
p:voor de|open-vraag|0.97
p:voor de|bevelen|-0.93
p:voor de|waarschuwen|0.93
p:voor de|argumenteren|0.97
p:voor dit|bekritiseren|-0.98
p:voor dit|vervolgafspraak|-0.98
p:voor duits|samenvatting|-0.94
p:voor elkaar|moraliseren|0.91
p:voor engels|samenvatting|0.95
p:voor engels|argumenteren|-0.85
p:voor engels|etiketteren|-0.97
p:voor frans|argumenteren|-0.96
p:voor frans|interpreteren|-0.91
p:voor frans|vervolgafspraak|-0.73
p:voor geen|jij-boodschap|1.0
p:voor geen|bekritiseren|1.0
p:voor geloof|gevoelsreflectie|0.97
p:voor haar|afleiden|-0.99
p:voor half|samenvatting|0.8
p:voor half|afronding-aankondigen|0.86
p:voor half|vervolgafspraak|0.98
p:voor half|bedanken|0.98
p:voor hem|parafrase|0.9
p:voor hem|samenvatting|-0.88
p:voor hem|waarschuwen|1.0
p:voor hem|adviseren|0.99
p:voor hem|prijzen|-1.0
p:voor hem|ondervragen|-1.0
p:voor het|argumenteren|0.89
p:voor het|afronding-aankondigen|-2.87
p:voor het|vervolgafspraak|-0.99
p:voor het|bedanken|1.91
p:voor iedereen|moraliseren|-1.0
p:voor iedereen|argumenteren|0.91
p:voor iedereen|bekritiseren|0.96
p:voor iedereen|geruststellen|-1.0
p:voor je|jij-boodschap|-0.99
p:voor je|gevoelsreflectie|-0.87
p:voor je|samenvatting|-0.99
p:voor je|open-vraag|0.96
p:voor je|moraliseren|0.99
p:voor je|bekritiseren|1.81
p:voor je|interpreteren|-0.99
p:voor je|bedanken|-0.98
p:voor jou|ik-boodschap|0.94
p:voor jou|aanmoediging|-0.97
p:voor jullie|gevoelsreflectie|0.99
p:voor kiezen|adviseren|0.84
p:voor later|bevelen|-0.64
p:voor me|gevoelsreflectie|-0.97
p:voor me|aanmoediging|-0.99
p:voor me|afronding-aankondigen|-1.0
p:voor natuurkunde|jij-boodschap|-0.98
p:voor natuurkunde|argumenteren|0.81
p:voor natuurkunde|bekritiseren|-0.98
p:voor nederlands|argumenteren|-0.85
p:voor nederlands|bekritiseren|-0.97
p:voor nederlands|etiketteren|-0.97
p:voor nu|afronding-aankondigen|1.71
p:voor nu|vervolgafspraak|0.95
p:voor twee|ik-boodschap|-0.76
p:voor u|parafrase|-1.9
p:voor u|gevoelsreflectie|1.46
p:voor u|samenvatting|-1.0
p:voor u|open-vraag|-0.48
p:voor u|aanmoediging|0.98
p:voor u|adviseren|-0.98
p:voor u|argumenteren|-1.85
p:voor u|bekritiseren|-1.0
p:voor u|afleiden|-1.0
p:voor uw|samenvatting|1.14
p:voor uw|bekritiseren|0.93
p:voor uw|etiketteren|-0.93
p:voor uw|vervolgafspraak|0.86
p:voor uw|bedanken|0.99
p:voor vandaag|ik-boodschap|0.95
p:voor vandaag|afleiden|-0.93
p:voor vandaag|afronding-aankondigen|1.91
p:voor vandaag|vervolgafspraak|-1.1
p:voor vandaag|bedanken|-0.98
p:voor volgend|jij-boodschap|-0.93
p:voor volgende|gevoelsreflectie|0.91
p:voor volgende|samenvatting|0.86
p:voor volgende|afleiden|-0.98
p:voor volgende|afronding-aankondigen|-0.93
p:voor volgende|vervolgafspraak|0.73
p:voor wat|parafrase|1.0
p:voor wat|afleiden|0.92
p:voor wiskunde|ik-boodschap|-0.92
p:voor wiskunde|jij-boodschap|-0.98
p:voor wiskunde|bekritiseren|-0.98
p:voor zich|argumenteren|0.95
p:voor zijn|waarschuwen|-1.0
p:voor zijn|etiketteren|1.0
p:vooral angst|gevoelsreflectie|0.94
p:vooral angst|interpreteren|0.94
p:vooral indruk|interpreteren|0.99
p:vooral om|samenvatting|-0.91
p:vooral om|adviseren|-0.94
p:vooral omdat|adviseren|-0.99
p:vooral online|parafrase|-0.97
p:vooral online|samenvatting|0.97
p:vooral via|samenvatting|0.83
p:voorbeeld geven|open-vraag|0.96
p:voorbeeld moeten|adviseren|-0.98
p:voorbereid op|parafrase|-0.95
p:voorstellen dat|ik-boodschap|-0.92
p:voorstellen dat|gevoelsreflectie|1.0
p:voorstellen dat|adviseren|0.87
p:voorstellen dat|interpreteren|-1.0
p:voortaan elke|adviseren|0.98
p:vorig jaar|open-vraag|-0.97
p:vorige bespreking|waarschuwen|-0.98
p:vorige mentor|bekritiseren|-0.94
p:vorige week|ik-boodschap|0.98
p:vorige week|jij-boodschap|0.82
p:vorige week|adviseren|-0.99
p:vorige week|bekritiseren|0.95
p:vorige week|prijzen|-0.95
p:vorige week|etiketteren|-0.98
p:vorige week|ondervragen|0.93
p:vraag ?|jij-boodschap|0.82
p:vraag ?|ondervragen|-0.98
p:vraag de|ik-boodschap|-0.91
p:vraag de|vervolgafspraak|0.91
p:vraag ga|bevelen|0.88
p:vraag gesteld|bekritiseren|-0.99
p:vraag niet|ik-boodschap|0.95
p:vragen bijvoorbeeld|bevelen|-0.95
p:vragen hoe|adviseren|0.82
p:vragen om|adviseren|0.87
p:vreselijk aan|bekritiseren|1.71
p:vrienden heeft|parafrase|-0.93
p:vrienden heeft|open-vraag|-0.99
p:vrienden heeft|adviseren|-0.99
p:vrienden te|interpreteren|0.99
p:vrienden van|ik-boodschap|-0.77
p:vrienden van|parafrase|-0.95
p:vrienden van|samenvatting|0.95
p:vrienden van|open-vraag|0.77
p:vriendengroep en|open-vraag|0.48
p:vriendengroep wat|open-vraag|0.98
p:vriendinnen en|gevoelsreflectie|-1.0
p:vriendinnen en|samenvatting|1.0
p:vriendinnen staat|ik-boodschap|-0.93
p:vriendinnen van|jij-boodschap|-0.99
p:vrijdag de|samenvatting|-0.84
p:vrijdag even|vervolgafspraak|0.98
p:vrijdag hoor|bevelen|-1.0
p:vrijdag hoor|vervolgafspraak|-1.0
p:vrijdag kijken|ik-boodschap|-0.89
p:vrijdag kijken|samenvatting|0.96
p:vrijdag kijken|vervolgafspraak|0.96
p:vrijdag mail|samenvatting|0.98
p:vrijdag mail|vervolgafspraak|0.98
p:vrijdag mailt|samenvatting|-0.92
p:vrijdag nablijven|waarschuwen|0.98
p:vrijdag nablijven|moraliseren|0.98
p:vrijdag niet|argumenteren|-1.0
p:vrijdag niet|etiketteren|-1.0
p:vrijdag niet|interpreteren|-1.0
p:vrijdag om|adviseren|-0.89
p:vrijdag om|afronding-aankondigen|-0.92
p:vrijdag weer|afronding-aankondigen|-0.91
p:vrije tijd|gevoelsreflectie|-1.0
p:vrije tijd|moraliseren|-1.0
p:vrije tijd|argumenteren|-1.0
p:vrije tijd|prijzen|1.0
p:vrije tijd|interpreteren|-1.0
p:vrije tijd|geruststellen|-1.0
p:vrijheid geven|bevelen|-0.89
p:vrijheid geven|interpreteren|-0.8
p:vroeger zelf|interpreteren|0.96
p:vrolijke jongen|jij-boodschap|-0.69
p:vrouw als|adviseren|0.99
p:vrouw als|bekritiseren|-0.99
p:vrouw als|prijzen|0.99
p:vrouw u|open-vraag|-1.0
p:vrouw u|adviseren|-1.0
p:vrouw u|prijzen|0.76
p:vwo doen|ik-boodschap|-0.92
p:waar hij|ik-boodschap|0.98
p:waar hij|vervolgafspraak|-0.98
p:waar hun|argumenteren|-0.93
p:waar komt|open-vraag|0.92
p:waar want|argumenteren|0.78
p:waar was|moraliseren|-0.98
p:waardeer het|bedanken|0.95
p:waardoor hij|ik-boodschap|1.0
p:waardoor hij|open-vraag|0.98
p:waardoor ik|ik-boodschap|0.97
p:waardoor je|ik-boodschap|0.88
p:waardoor je|gevoelsreflectie|-0.87
p:waardoor je|open-vraag|0.96
p:waardoor we|afronding-aankondigen|0.75
p:waarom belt|ik-boodschap|-1.0
p:waarom belt|vervolgafspraak|-1.0
p:waarom ben|moraliseren|-0.98
p:waarom bent|jij-boodschap|-1.76
p:waarom bent|bekritiseren|-1.62
p:waarom bent|ondervragen|1.62
p:waarom denkt|ondervragen|-0.83
p:waarom doe|jij-boodschap|0.82
p:waarom doe|ondervragen|-0.1
p:waarom ga|adviseren|0.98
p:waarom heb|jij-boodschap|-1.0
p:waarom heb|gevoelsreflectie|0.9
p:waarom heb|adviseren|-1.0
p:waarom heb|ondervragen|1.0
p:waarom heeft|open-vraag|-1.0
p:waarom heeft|waarschuwen|-1.0
p:waarom heeft|adviseren|-0.98
p:waarom heeft|bekritiseren|0.9
p:waarom heeft|ondervragen|1.91
p:waarom heeft|afleiden|-1.0
p:waarom heeft|vervolgafspraak|-0.97
p:waarom kom|jij-boodschap|0.92
p:waarom kom|bekritiseren|0.92
p:waarom kom|ondervragen|-0.85
p:waarom komt|jij-boodschap|1.0
p:waarom laat|adviseren|0.97
p:waarom lever|jij-boodschap|0.92
p:waarom meldt|bekritiseren|-1.0
p:waarom meldt|ondervragen|-1.0
p:waarom niet|bekritiseren|0.9
p:waarom nu|jij-boodschap|-0.97
p:waarom reageert|jij-boodschap|-0.97
p:waarom was|ondervragen|0.98
p:waarom zegt|ondervragen|0.82
p:waarom zet|adviseren|0.99
p:waarom zet|prijzen|-0.74
p:waarom zet|ondervragen|-0.74
p:waarop het|samenvatting|-0.91
p:waarover maakt|gevoelsreflectie|-0.43
p:wacht buiten|jij-boodschap|-0.97
p:wacht ik|waarschuwen|-0.94
p:wacht wel|bevelen|-0.98
p:wachten op|jij-boodschap|-0.73
p:wachten op|adviseren|-0.73
p:wachten op|etiketteren|-0.91
p:wakker van|geruststellen|0.91
p:wakker van|afleiden|-0.87
p:wanneer heeft|adviseren|-0.98
p:wanneer ik|ik-boodschap|0.99
p:wanneer ik|gevoelsreflectie|-0.99
p:wanneer je|samenvatting|-0.98
p:wanneer je|vervolgafspraak|-0.98
p:wanneer je|bedanken|-0.99
p:wanneer jullie|ik-boodschap|0.96
p:wanneer jullie|waarschuwen|-0.96
p:wanneer jullie|argumenteren|-0.96
p:wanneer kan|open-vraag|0.76
p:wanneer lina|afronding-aankondigen|-0.99
p:wanneer was|open-vraag|-1.0
p:wanneer was|ondervragen|1.0
p:wanneer ze|open-vraag|-0.95
p:want als|ik-boodschap|0.99
p:want dan|ik-boodschap|0.98
p:want dan|moraliseren|-0.98
p:want de|argumenteren|0.99
p:want de|afleiden|-0.93
p:want het|argumenteren|1.0
p:want ik|parafrase|-0.96
p:want ik|argumenteren|0.78
p:want ik|afronding-aankondigen|-0.96
p:want je|open-vraag|-0.95
p:want je|bekritiseren|0.73
p:want op|jij-boodschap|-1.0
p:want op|aanmoediging|-1.0
p:want zo|ik-boodschap|1.5
p:want zo|vervolgafspraak|-0.95
p:war geschopt|bekritiseren|0.94
p:waren dank|bekritiseren|-0.76
p:was aangekondigd|adviseren|-0.94
p:was daar|afleiden|-0.99
p:was dank|afronding-aankondigen|-0.99
p:was dat|parafrase|-0.9
p:was dat|gevoelsreflectie|-0.95
p:was dat|open-vraag|-1.0
p:was dat|ondervragen|1.0
p:was dat|afleiden|-0.99
p:was de|ik-boodschap|-0.99
p:was de|argumenteren|-1.0
p:was de|afleiden|1.0
p:was dus|argumenteren|0.92
p:was echt|geruststellen|-0.99
p:was echt|ondervragen|-0.79
p:was er|samenvatting|-0.93
p:was er|moraliseren|-0.98
p:was gevallen|ik-boodschap|0.98
p:was het|ondervragen|-0.97
p:was hij|vervolgafspraak|-0.97
p:was je|ik-boodschap|-0.9
p:was je|open-vraag|-1.42
p:was je|moraliseren|-0.98
p:was je|ondervragen|0.98
p:was je|afleiden|0.94
p:was kan|bevelen|-1.0
p:was kan|vervolgafspraak|-1.0
p:was maar|argumenteren|0.96
p:was pas|argumenteren|0.99
p:was ronduit|bekritiseren|0.96
p:was te|gevoelsreflectie|0.91
p:was te|samenvatting|0.86
p:was te|vervolgafspraak|0.73
p:was u|ondervragen|1.79
p:was uw|bevelen|-1.0
p:was voor|parafrase|0.97
p:was voor|open-vraag|0.97
p:was ze|ondervragen|0.82
p:was zou|ik-boodschap|-0.74
p:was zou|parafrase|-0.97
p:was zou|waarschuwen|-0.92
p:was zou|adviseren|1.81
p:wat als|ik-boodschap|0.77
p:wat als|adviseren|0.96
p:wat ben|jij-boodschap|0.99
p:wat ben|bekritiseren|-0.99
p:wat ben|etiketteren|0.99
p:wat bent|jij-boodschap|1.61
p:wat bent|adviseren|-0.73
p:wat bent|etiketteren|0.88
p:wat bent|geruststellen|-0.73
p:wat beter|geruststellen|0.96
p:wat de|afronding-aankondigen|-0.95
p:wat deed|gevoelsreflectie|-0.98
p:wat deed|open-vraag|0.91
p:wat deed|aanmoediging|0.98
p:wat doet|open-vraag|-0.96
p:wat een|jij-boodschap|-1.9
p:wat een|gevoelsreflectie|-0.15
p:wat een|bevelen|-1.0
p:wat een|adviseren|-1.0
p:wat een|bekritiseren|4.6
p:wat een|etiketteren|-0.69
p:wat een|afleiden|0.2
p:wat er|ik-boodschap|0.86
p:wat er|parafrase|1.0
p:wat er|gevoelsreflectie|-0.96
p:wat er|waarschuwen|0.97
p:wat er|bekritiseren|-0.81
p:wat eruit|ik-boodschap|-0.97
p:wat eruit|samenvatting|0.97
p:wat eruit|adviseren|-0.97
p:wat eruit|vervolgafspraak|0.97
p:wat extra|interpreteren|0.91
p:wat fijn|adviseren|-1.0
p:wat fijn|bekritiseren|-0.94
p:wat ga|open-vraag|-0.99
p:wat ga|afleiden|0.99
p:wat gaat|gevoelsreflectie|1.76
p:wat ging|gevoelsreflectie|-0.91
p:wat had|parafrase|-0.96
p:wat had|gevoelsreflectie|0.98
p:wat heb|open-vraag|0.46
p:wat heeft|open-vraag|1.0
p:wat het|prijzen|0.98
p:wat het|afleiden|0.92
p:wat hij|ik-boodschap|0.55
p:wat hij|jij-boodschap|0.99
p:wat ik|jij-boodschap|0.82
p:wat ik|parafrase|0.78
p:wat ik|gevoelsreflectie|-1.0
p:wat ik|open-vraag|-1.0
p:wat ik|aanmoediging|-0.9
p:wat ik|bevelen|0.88
p:wat ik|prijzen|-0.98
p:wat ik|ondervragen|-0.98
p:wat is|parafrase|-1.96
p:wat is|open-vraag|1.0
p:wat is|geruststellen|0.86
p:wat knap|adviseren|-0.81
p:wat maakt|gevoelsreflectie|0.99
p:wat maakte|parafrase|0.97
p:wat maakte|open-vraag|0.97
p:wat meer|bevelen|-0.89
p:wat meer|adviseren|0.89
p:wat meer|bekritiseren|-0.99
p:wat meer|interpreteren|-0.8
p:wat merkt|gevoelsreflectie|-0.91
p:wat merkt|open-vraag|0.98
p:wat merkt|etiketteren|-0.99
p:wat minder|open-vraag|-0.98
p:wat minder|vervolgafspraak|-0.98
p:wat naar|open-vraag|-0.96
p:wat rot|parafrase|-1.0
p:wat rot|gevoelsreflectie|1.0
p:wat rot|open-vraag|-1.0
p:wat rot|bekritiseren|-1.0
p:wat rot|afleiden|-1.0
p:wat rustiger|vervolgafspraak|0.96
p:wat strenger|adviseren|1.0
p:wat trekt|parafrase|0.97
p:wat u|samenvatting|-0.75
p:wat u|open-vraag|-0.44
p:wat u|aanmoediging|-0.8
p:wat u|afronding-aankondigen|-0.96
p:wat uw|waarschuwen|-0.97
p:wat vaker|adviseren|0.97
p:wat veranderde|parafrase|0.9
p:wat veranderde|samenvatting|-0.88
p:wat verwacht|jij-boodschap|-0.97
p:wat vind|jij-boodschap|-0.89
p:wat vindt|interpreteren|-0.96
p:wat vond|afleiden|0.9
p:wat we|jij-boodschap|0.99
p:wat we|samenvatting|0.98
p:wat we|open-vraag|-0.98
p:wat we|moraliseren|0.91
p:wat we|bekritiseren|0.99
p:wat weegt|open-vraag|0.48
p:wat weet|ik-boodschap|1.62
p:wat weet|open-vraag|0.84
p:wat wel|afleiden|0.99
p:wat wil|ik-boodschap|-0.77
p:wat wil|parafrase|-0.95
p:wat wil|samenvatting|0.95
p:wat wil|open-vraag|0.77
p:wat wilt|parafrase|-0.78
p:wat wilt|samenvatting|1.95
p:wat wilt|open-vraag|0.98
p:wat zachter|bevelen|0.95
p:wat ze|afronding-aankondigen|-0.99
p:wat zegt|samenvatting|-1.0
p:wat zegt|open-vraag|1.0
p:wat zei|afleiden|-0.99
p:wat ziet|ik-boodschap|-0.95
p:wat zou|gevoelsreflectie|-0.85
p:wat zou|samenvatting|-1.0
p:wat zou|open-vraag|1.96
p:wat zou|argumenteren|-1.0
p:wat zou|bekritiseren|-0.95
p:wat zou|afleiden|-0.94
p:wc gaat|gevoelsreflectie|-0.92
p:we afspreken|jij-boodschap|0.99
p:we afspreken|bekritiseren|0.99
p:we afspreken|vervolgafspraak|0.98
p:we allebei|samenvatting|0.89
p:we allebei|vervolgafspraak|0.96
p:we beginnen|afleiden|-0.84
p:we dat|afleiden|0.98
p:we de|samenvatting|-1.0
p:we de|etiketteren|1.86
p:we de|afleiden|-0.95
p:we dit|argumenteren|0.77
p:we een|jij-boodschap|-1.76
p:we een|bekritiseren|-1.62
p:we een|ondervragen|1.62
p:we een|afronding-aankondigen|0.94
p:we een|vervolgafspraak|0.94
p:we elkaar|samenvatting|-0.88
p:we elkaar|afronding-aankondigen|0.99
p:we er|prijzen|0.96
p:we er|vervolgafspraak|-1.93
p:we er|bedanken|-0.96
p:we even|afleiden|0.92
p:we gaan|ik-boodschap|-1.0
p:we gaan|jij-boodschap|-1.0
p:we gaan|parafrase|-1.0
p:we gaan|gevoelsreflectie|-1.0
p:we gaan|samenvatting|-1.0
p:we gaan|open-vraag|-1.0
p:we gaan|aanmoediging|-1.0
p:we gaan|bevelen|-1.0
p:we gaan|waarschuwen|-1.0
p:we gaan|moraliseren|-1.0
p:we gaan|adviseren|-1.0
p:we gaan|argumenteren|-1.0
p:we gaan|bekritiseren|-1.0
p:we gaan|prijzen|-1.0
p:we gaan|etiketteren|-1.0
p:we gaan|interpreteren|-1.0
p:we gaan|geruststellen|-1.0
p:we gaan|ondervragen|-1.0
p:we gaan|afleiden|-1.0
p:we gaan|afronding-aankondigen|1.0
p:we gaan|vervolgafspraak|-1.0
p:we gaan|bedanken|-1.0
p:we haar|open-vraag|0.93
p:we hebben|jij-boodschap|-0.12
p:we hebben|samenvatting|1.92
p:we hebben|open-vraag|0.54
p:we hebben|prijzen|-1.0
p:we hebben|interpreteren|-0.96
p:we hebben|afleiden|-0.9
p:we hebben|afronding-aankondigen|-0.79
p:we hebben|vervolgafspraak|-0.98
p:we hebben|bedanken|-0.98
p:we hem|waarschuwen|-0.93
p:we het|bekritiseren|0.76
p:we het|afleiden|1.9
p:we het|afronding-aankondigen|1.13
p:we het|vervolgafspraak|-0.83
p:we het|bedanken|0.98
p:we hier|prijzen|0.76
p:we hier|afleiden|-0.93
p:we hier|afronding-aankondigen|0.91
p:we hoe|parafrase|-0.9
p:we houden|samenvatting|0.8
p:we houden|aanmoediging|-0.97
p:we houden|argumenteren|-0.99
p:we houden|afronding-aankondigen|0.86
p:we houden|vervolgafspraak|0.98
p:we houden|bedanken|0.98
p:we in|afronding-aankondigen|0.75
p:we maken|open-vraag|-1.0
p:we maken|afronding-aankondigen|-1.0
p:we moeten|vervolgafspraak|-1.89
p:we moeten|bedanken|0.9
p:we mogen|moraliseren|0.91
p:we niet|argumenteren|0.91
p:we niets|ik-boodschap|0.91
p:we niets|afronding-aankondigen|0.75
p:we nu|vervolgafspraak|-0.97
p:we ons|afleiden|0.84
p:we over|afronding-aankondigen|-1.77
p:we over|vervolgafspraak|0.68
p:we plannen|afronding-aankondigen|0.81
p:we plannen|vervolgafspraak|0.98
p:we ronden|samenvatting|-0.96
p:we ronden|vervolgafspraak|0.8
p:we samen|ik-boodschap|-1.86
p:we samen|samenvatting|0.96
p:we samen|adviseren|-0.97
p:we samen|vervolgafspraak|1.93
p:we samen|bedanken|-0.95
p:we sluiten|samenvatting|-0.78
p:we sluiten|vervolgafspraak|-0.88
p:we spreken|ik-boodschap|-0.89
p:we spreken|samenvatting|0.96
p:we spreken|afronding-aankondigen|-0.91
p:we spreken|vervolgafspraak|0.96
p:we spreken|bedanken|-0.95
p:we steeds|ik-boodschap|0.95
p:we steeds|vervolgafspraak|-0.95
p:we stoppen|afronding-aankondigen|0.95
p:we stoppen|vervolgafspraak|0.95
p:we stoppen|bedanken|0.95
p:we tegelijk|parafrase|-0.96
p:we tegelijk|afronding-aankondigen|-0.96
p:we vandaag|open-vraag|-0.98
p:we vandaag|vervolgafspraak|-0.98
p:we verder|afronding-aankondigen|-0.94
p:we verder|vervolgafspraak|0.89
p:we verder|bedanken|-0.94
p:we volgende|adviseren|-0.96
p:we volgende|vervolgafspraak|1.0
p:we voor|ik-boodschap|0.95
p:we voor|vervolgafspraak|-0.95
p:we vrijdag|vervolgafspraak|0.98
p:we weer|samenvatting|0.8
p:we weer|afronding-aankondigen|-0.14
p:we weer|vervolgafspraak|1.98
p:we zien|geruststellen|-1.0
p:we zitten|samenvatting|-0.98
p:website daar|afleiden|-0.84
p:weegt voor|open-vraag|0.48
p:week bel|samenvatting|0.94
p:week bel|bedanken|0.94
p:week contact|bedanken|-0.93
p:week dinsdag|ik-boodschap|-1.96
p:week dinsdag|afronding-aankondigen|0.91
p:week dinsdag|vervolgafspraak|1.0
p:week dinsdag|bedanken|-0.98
p:week door|geruststellen|-0.98
p:week doorneemt|adviseren|1.89
p:week drie|ik-boodschap|1.9
p:week drie|jij-boodschap|-0.99
p:week drie|open-vraag|-0.95
p:week drie|argumenteren|-0.88
p:week een|adviseren|0.87
p:week evalueren|samenvatting|-0.97
p:week gelezen|ondervragen|1.79
p:week ging|samenvatting|0.98
p:week ging|vervolgafspraak|0.98
p:week hebben|afleiden|-0.98
p:week is|samenvatting|-0.98
p:week klaar|bekritiseren|-0.99
p:week maandag|gevoelsreflectie|0.91
p:week maandag|samenvatting|0.86
p:week maandag|vervolgafspraak|0.73
p:week met|adviseren|-0.99
p:week met|ondervragen|-0.86
p:week op|prijzen|-0.95
p:week samen|ik-boodschap|1.0
p:week samen|jij-boodschap|0.82
p:week samen|adviseren|-0.96
p:week samen|bekritiseren|0.95
p:week samen|vervolgafspraak|1.0
p:week terug|vervolgafspraak|-1.77
p:week twee|ik-boodschap|-0.94
p:week twee|gevoelsreflectie|-0.87
p:week twee|open-vraag|0.96
p:week verstuurd|etiketteren|-0.98
p:week vrijdag|ik-boodschap|-0.89
p:week vrijdag|samenvatting|0.96
p:week vrijdag|vervolgafspraak|0.96
p:week woensdag|samenvatting|-0.9
p:week ziek|bevelen|-1.0
p:week ziek|vervolgafspraak|-1.0
p:week zijn|ik-boodschap|0.98
p:week zit|vervolgafspraak|0.94
p:weekend ?|bekritiseren|-0.88
p:weekend niet|ik-boodschap|0.98
p:weekend niet|vervolgafspraak|-0.98
p:weekplanner op|adviseren|0.97
p:weer beter|etiketteren|0.98
p:weer dan|samenvatting|-0.88
p:weer dan|afronding-aankondigen|-0.83
p:weer dank|bekritiseren|1.78
p:weer dank|afronding-aankondigen|0.95
p:weer gebeurt|bevelen|-0.93
p:weer gebeurt|waarschuwen|0.93
p:weer goed|afleiden|-0.96
p:weer helemaal|geruststellen|-0.91
p:weer hier|afronding-aankondigen|-1.0
p:weer hier|vervolgafspraak|1.0
p:weer in|waarschuwen|1.8
p:weer in|argumenteren|-0.73
p:weer kunt|bedanken|-1.0
p:weer mee|ik-boodschap|-1.0
p:weer mee|waarschuwen|-0.92
p:weer met|open-vraag|0.46
p:weer niet|ik-boodschap|-0.97
p:weer om|samenvatting|0.8
p:weer om|afronding-aankondigen|0.86
p:weer om|vervolgafspraak|0.98
p:weer op|bekritiseren|-0.95
p:weer op|interpreteren|-0.94
p:weer pesten|open-vraag|-0.95
p:weer plezier|samenvatting|0.89
p:weer spiekt|waarschuwen|1.0
p:weer spijbelt|bekritiseren|-0.81
p:weer te|waarschuwen|0.97
p:weer terug|ik-boodschap|0.97
p:weer trouwens|adviseren|-1.0
p:weer trouwens|bekritiseren|-0.78
p:weer trouwens|etiketteren|-1.0
p:weer trouwens|afleiden|1.0
p:weer voor|bekritiseren|0.96
p:weer zin|jij-boodschap|-0.96
p:weer zin|bekritiseren|-0.86
p:wees gerust|geruststellen|0.94
p:weet ?|jij-boodschap|0.84
p:weet het|etiketteren|0.98
p:weet ik|argumenteren|-0.99
p:weet ik|bedanken|-0.99
p:weet je|ik-boodschap|-0.2
p:weet je|moraliseren|0.97
p:weet niet|parafrase|-0.78
p:weet niet|gevoelsreflectie|-0.83
p:weet toch|moraliseren|0.91
p:weet toch|argumenteren|-1.46
p:weet u|ik-boodschap|1.62
p:weet u|open-vraag|0.84
p:weet u|argumenteren|0.89
p:weet vast|prijzen|0.98
p:weet wat|waarschuwen|0.97
p:weet wat|bekritiseren|-0.81
p:weet zeker|interpreteren|-0.95
p:weg als|bevelen|0.83
p:weg als|adviseren|-0.98
p:weg bram|etiketteren|-0.99
p:weg meneer|bevelen|1.0
p:weg meneer|geruststellen|-1.0
p:weggelopen uit|ik-boodschap|0.97
p:wegstopt pak|waarschuwen|0.99
p:wegzakt misschien|ik-boodschap|0.92
p:weinig slaapt|ik-boodschap|0.92
p:weinig vrienden|samenvatting|0.97
p:wekelijks contact|parafrase|-0.98
p:weken bijna|open-vraag|0.98
p:weken echt|geruststellen|0.81
p:weken een|afronding-aankondigen|-0.79
p:weken geen|ik-boodschap|0.92
p:weken geen|jij-boodschap|-0.92
p:weken geen|samenvatting|-0.94
p:weken geen|bekritiseren|-0.92
p:weken in|ik-boodschap|-0.92
p:weken in|argumenteren|2.53
p:weken in|bekritiseren|0.67
p:weken is|argumenteren|-0.92
p:weken om|open-vraag|-0.97
p:weken om|adviseren|0.97
p:weken om|vervolgafspraak|0.97
p:weken onaangeroerd|ik-boodschap|-1.0
p:weken op|parafrase|-0.9
p:weken op|samenvatting|0.9
p:weken pas|ik-boodschap|0.88
p:weken zie|afronding-aankondigen|-0.83
p:weken zien|samenvatting|-0.88
p:weken zijn|ik-boodschap|-0.93
p:weken zijn|open-vraag|-0.97
p:weken zijn|moraliseren|-0.93
p:weken zitten|samenvatting|0.8
p:weken zitten|afronding-aankondigen|0.86
p:weken zitten|vervolgafspraak|0.98
p:wel ?|ondervragen|0.94
p:wel alleen|open-vraag|-1.0
p:wel alleen|adviseren|-1.0
p:wel bij|ondervragen|-0.9
p:wel bram|open-vraag|-0.99
p:wel bram|afleiden|0.99
p:wel dan|afronding-aankondigen|0.91
p:wel dat|jij-boodschap|-0.99
p:wel dat|parafrase|-0.95
p:wel dat|gevoelsreflectie|-1.68
p:wel dat|moraliseren|-1.0
p:wel dat|argumenteren|-1.0
p:wel dat|etiketteren|-0.99
p:wel dat|interpreteren|-1.0
p:wel dat|geruststellen|-1.0
p:wel dat|ondervragen|-0.93
p:wel dat|afleiden|-0.99
p:wel dat|vervolgafspraak|-0.69
p:wel doorheen|geruststellen|1.87
p:wel echt|geruststellen|0.93
p:wel een|bekritiseren|-1.0
p:wel eens|geruststellen|-0.26
p:wel eens|afleiden|1.69
p:wel gemaakt|samenvatting|-0.95
p:wel goed|parafrase|-0.82
p:wel goed|bevelen|-1.0
p:wel goed|adviseren|-0.99
p:wel goed|geruststellen|1.0
p:wel heel|waarschuwen|-0.99
p:wel hoe|geruststellen|-1.0
p:wel hoe|afleiden|1.0
p:wel in|geruststellen|0.81
p:wel je|gevoelsreflectie|-0.83
p:wel maar|samenvatting|0.92
p:wel maar|moraliseren|-0.96
p:wel maar|geruststellen|-0.86
p:wel over|afleiden|-0.95
p:wel overheen|geruststellen|0.99
p:wel uit|prijzen|0.96
p:wel uitkomen|vervolgafspraak|-0.98
p:wel van|ik-boodschap|-0.95
p:wel voor|bekritiseren|-0.98
p:wel voor|afronding-aankondigen|-0.89
p:wel voor|vervolgafspraak|-0.98
p:wel wat|prijzen|0.98
p:wel we|samenvatting|-0.96
p:wel zorgen|geruststellen|-0.96
p:welk telefoonnummer|open-vraag|-1.74
p:welk telefoonnummer|geruststellen|-1.0
p:welk vak|open-vraag|-1.65
p:welke afspraken|parafrase|-0.82
p:welke afspraken|gevoelsreflectie|-1.0
p:welke afspraken|ondervragen|-1.0
p:welke ideeën|bedanken|-0.99
p:welke rol|aanmoediging|-0.98
p:werk heel|bekritiseren|-0.9
p:werk hem|argumenteren|-0.89
p:werk uit|bevelen|-0.99
p:werk uit|moraliseren|-0.99
p:werk uit|bekritiseren|-0.99
p:werk uit|interpreteren|0.99
p:werken thuis|parafrase|-0.82
p:werker noor|bevelen|-0.92
p:werker noor|etiketteren|-0.79
p:werkstuk is|argumenteren|1.0
p:werkstuk krijgt|argumenteren|0.85
p:werkstuk morgen|waarschuwen|0.96
p:werkstuk uiterlijk|bevelen|1.83
p:werkstuk vrijdag|argumenteren|-1.0
p:werkstuk vrijdag|etiketteren|-1.0
p:werkstuk vrijdag|interpreteren|-1.0
p:werkt ?|bekritiseren|-0.88
p:werkweek niet|ik-boodschap|-0.96
p:werkweek niet|parafrase|0.96
p:weten als|vervolgafspraak|0.95
p:weten dat|moraliseren|1.0
p:weten dat|geruststellen|-1.0
p:weten je|bevelen|-0.88
p:weten waar|argumenteren|-0.93
p:weten wat|waarschuwen|-0.97
p:wie ?|adviseren|-0.98
p:wie controleert|ondervragen|0.98
p:wie doet|bekritiseren|-0.88
p:wie een|argumenteren|0.78
p:wie is|open-vraag|-0.96
p:wie kijkt|open-vraag|-0.96
p:wie niet|argumenteren|0.95
p:wie niet|geruststellen|-0.95
p:wie was|moraliseren|-0.98
p:wie was|ondervragen|0.82
p:wie was|afleiden|-0.99
p:wie was|vervolgafspraak|-0.97
p:wie wist|open-vraag|-1.0
p:wie wist|ondervragen|1.0
p:wijze vrouw|prijzen|0.76
p:wil daan|gevoelsreflectie|-0.98
p:wil eerlijk|open-vraag|0.95
p:wil eigenlijk|parafrase|0.97
p:wil gaan|bedanken|-0.9
p:wil gewoon|argumenteren|-0.99
p:wil gewoon|interpreteren|0.93
p:wil graag|parafrase|-0.96
p:wil graag|open-vraag|-0.53
p:wil het|samenvatting|0.8
p:wil het|afronding-aankondigen|2.79
p:wil het|vervolgafspraak|0.95
p:wil het|bedanken|0.98
p:wil hij|afleiden|-0.52
p:wil ik|bevelen|0.97
p:wil ik|afleiden|1.86
p:wil ik|afronding-aankondigen|0.92
p:wil ik|vervolgafspraak|-0.98
p:wil ik|bedanken|-0.98
p:wil je|ik-boodschap|-1.75
p:wil je|parafrase|-0.95
p:wil je|samenvatting|0.95
p:wil je|open-vraag|0.77
p:wil je|moraliseren|-0.52
p:wil meer|jij-boodschap|-0.77
p:wil praten|parafrase|0.83
p:wil praten|gevoelsreflectie|1.0
p:wil praten|open-vraag|1.0
p:wil praten|aanmoediging|-1.0
p:wil u|parafrase|-0.96
p:wil u|afronding-aankondigen|-0.96
p:wil vooral|interpreteren|0.99
p:wil wel|gevoelsreflectie|-0.83
p:wil wel|samenvatting|0.92
p:wil wel|moraliseren|-0.96
p:wilde delen|bekritiseren|-0.93
p:willen dat|afleiden|-0.94
p:willen we|samenvatting|0.89
p:wilt bel|bedanken|-0.93
p:wilt beschermen|adviseren|-0.99
p:wilt dat|parafrase|0.94
p:wilt dat|samenvatting|0.16
p:wilt dat|bevelen|-0.97
p:wilt een|gevoelsreflectie|0.91
p:wilt een|samenvatting|0.86
p:wilt een|vervolgafspraak|0.73
p:wilt graag|afronding-aankondigen|-0.93
p:wilt kan|ik-boodschap|-0.62
p:wilt meer|jij-boodschap|-0.77
p:wilt meer|parafrase|-0.95
p:wilt meer|bevelen|-0.97
p:wilt sneller|bevelen|-0.97
p:wilt u|parafrase|-0.78
p:wilt u|samenvatting|0.98
p:wilt u|open-vraag|0.98
p:wiskunde een|argumenteren|-0.8
p:wiskunde en|jij-boodschap|-0.98
p:wiskunde en|argumenteren|0.81
p:wiskunde en|bekritiseren|-0.98
p:wiskunde gaat|gevoelsreflectie|-1.0
p:wiskunde gaat|samenvatting|1.0
p:wiskunde gaat|aanmoediging|-0.96
p:wiskunde gaat|geruststellen|-0.96
p:wiskunde kan|ik-boodschap|-0.92
p:wiskunde maar|geruststellen|-0.75
p:wiskunde ravi|jij-boodschap|-1.0
p:wiskunde ravi|parafrase|-1.0
p:wiskunde ravi|bekritiseren|-1.0
p:wiskunde ravi|interpreteren|1.0
p:wiskunde steeds|gevoelsreflectie|-0.92
p:wist dat|open-vraag|-1.0
p:wist dat|bekritiseren|-0.95
p:wist dat|ondervragen|1.0
p:wist niet|gevoelsreflectie|-0.6
p:wit staan|argumenteren|0.95
p:woensdag bijles|prijzen|0.92
p:woensdag en|ik-boodschap|-0.76
p:woensdag kijken|parafrase|-0.9
p:woensdag kijken|samenvatting|0.9
p:woensdag om|samenvatting|-0.9
p:wonen sinds|ik-boodschap|-0.86
p:woont ?|geruststellen|-0.99
p:woorden de|open-vraag|-1.0
p:woorden thuis|geruststellen|-0.86
p:woorden u|parafrase|0.95
p:woorden u|gevoelsreflectie|-0.6
p:woorden u|aanmoediging|-0.98
p:woordjes meer|samenvatting|-0.94
p:word er|ik-boodschap|0.95
p:word er|ondervragen|-0.96
p:word er|vervolgafspraak|-0.95
p:worden en|bevelen|-0.97
p:worden kunnen|vervolgafspraak|-0.97
p:wordt buitengesloten|parafrase|0.99
p:wordt buitengesloten|samenvatting|-0.75
p:wordt de|waarschuwen|1.0
p:wordt er|ik-boodschap|1.72
p:wordt fijn|gevoelsreflectie|0.83
p:wordt geschorst|prijzen|-0.91
p:wordt hij|waarschuwen|0.92
p:wordt ik|interpreteren|0.72
p:wordt misschien|adviseren|0.87
p:wordt wat|gevoelsreflectie|-0.92
p:wordt ze|ik-boodschap|-0.96
p:yilmaz ik|gevoelsreflectie|0.96
p:yusuf heeft|parafrase|-0.95
p:zachter praten|bevelen|0.95
p:zag dat|ik-boodschap|-0.75
p:zag dat|vervolgafspraak|-0.97
p:zag ik|ik-boodschap|-1.0
p:zakken je|samenvatting|-0.94
p:zakken wat|ik-boodschap|-0.77
p:zakken wat|parafrase|-0.95
p:zakken wat|samenvatting|0.95
p:zakken wat|open-vraag|0.77
p:zal ik|waarschuwen|0.86
p:zat gisteren|geruststellen|-0.99
p:zaterdag ?|open-vraag|-1.42
p:zaterdag ?|afleiden|0.94
p:zaterdag voetbal|jij-boodschap|-0.89
p:zaterdag voetbal|interpreteren|-1.0
p:ze ?|afleiden|-0.99
p:ze al|afronding-aankondigen|-0.99
p:ze alsof|bekritiseren|0.91
p:ze daar|gevoelsreflectie|-0.98
p:ze de|ik-boodschap|1.0
p:ze de|waarschuwen|-0.83
p:ze de|vervolgafspraak|1.0
p:ze doet|argumenteren|-0.97
p:ze een|argumenteren|-1.0
p:ze een|etiketteren|-1.0
p:ze een|interpreteren|-1.0
p:ze een|afleiden|0.93
p:ze elke|argumenteren|0.96
p:ze elke|ondervragen|0.94
p:ze elke|afleiden|-0.96
p:ze er|ik-boodschap|-0.91
p:ze er|vervolgafspraak|0.91
p:ze geen|open-vraag|-0.99
p:ze geen|adviseren|-0.99
p:ze gemaakt|etiketteren|-0.91
p:ze gepest|gevoelsreflectie|-0.98
p:ze haar|argumenteren|-1.0
p:ze haar|etiketteren|-1.0
p:ze haar|interpreteren|-1.0
p:ze haar|afleiden|-0.66
p:ze heeft|ik-boodschap|0.91
p:ze heeft|parafrase|-0.95
p:ze heeft|moraliseren|-0.59
p:ze heeft|bekritiseren|-0.91
p:ze heeft|geruststellen|-0.99
p:ze het|interpreteren|0.93
p:ze hulp|prijzen|0.91
p:ze in|ik-boodschap|0.99
p:ze is|jij-boodschap|0.55
p:ze je|open-vraag|-0.95
p:ze komt|geruststellen|0.98
p:ze mist|jij-boodschap|-0.99
p:ze moe|argumenteren|0.96
p:ze moe|afleiden|-0.96
p:ze morgen|vervolgafspraak|-0.97
p:ze niet|ondervragen|-0.96
p:ze nog|samenvatting|-0.97
p:ze op|moraliseren|0.55
p:ze op|geruststellen|-1.85
p:ze op|ondervragen|0.82
p:ze op|afleiden|0.96
p:ze prikkelbaar|bekritiseren|-0.87
p:ze prikkelbaar|bedanken|-0.93
p:ze probeert|bevelen|-0.99
p:ze probeert|moraliseren|-0.99
p:ze probeert|bekritiseren|-0.99
p:ze probeert|interpreteren|0.99
p:ze slaapt|jij-boodschap|-0.99
p:ze slaapt|bekritiseren|-0.87
p:ze slaapt|bedanken|-0.93
p:ze thuis|parafrase|1.83
p:ze thuis|open-vraag|1.0
p:ze thuis|aanmoediging|-1.0
p:ze thuis|ondervragen|0.82
p:ze uitgeschreven|ik-boodschap|-0.96
p:ze vaak|parafrase|-1.0
p:ze vaak|open-vraag|-1.0
p:ze vaak|afronding-aankondigen|-1.0
p:ze vijf|ik-boodschap|-0.83
p:ze vindt|jij-boodschap|-0.99
p:ze voelt|samenvatting|0.98
p:ze voelt|afronding-aankondigen|0.98
p:ze voelt|bedanken|0.98
p:ze wordt|prijzen|-0.91
p:ze zich|parafrase|-0.78
p:ze ziek|ik-boodschap|-1.0
p:ze ziek|parafrase|0.95
p:ze ziek|vervolgafspraak|-1.0
p:ze zo|ik-boodschap|0.92
p:ze zo|ondervragen|-0.83
p:zeg heeft|afleiden|0.76
p:zeg het|samenvatting|0.97
p:zeg hoe|ondervragen|-0.97
p:zeg je|jij-boodschap|-1.0
p:zeg je|parafrase|-1.0
p:zeg je|bekritiseren|-1.0
p:zeg je|interpreteren|1.0
p:zeg je|geruststellen|-0.94
p:zeg niet|ik-boodschap|-0.93
p:zeg niet|geruststellen|1.02
p:zeggen dat|parafrase|-0.96
p:zeggen dat|gevoelsreflectie|-0.49
p:zeggen is|parafrase|0.78
p:zegt dat|parafrase|-0.1
p:zegt dat|gevoelsreflectie|1.0
p:zegt dat|samenvatting|-0.95
p:zegt dat|aanmoediging|-1.0
p:zegt dat|adviseren|-0.99
p:zegt dat|argumenteren|0.96
p:zegt dat|bekritiseren|-1.8
p:zegt dat|interpreteren|0.72
p:zegt dat|geruststellen|0.86
p:zegt dat|ondervragen|-0.96
p:zegt dit|adviseren|-0.99
p:zegt eigenlijk|interpreteren|-0.83
p:zegt en|parafrase|-0.96
p:zegt en|afronding-aankondigen|-0.96
p:zegt hij|ik-boodschap|-1.0
p:zegt hij|jij-boodschap|-1.0
p:zegt hij|parafrase|1.99
p:zegt hij|gevoelsreflectie|-1.0
p:zegt hij|samenvatting|-2.73
p:zegt hij|open-vraag|1.0
p:zegt hij|ondervragen|0.82
p:zegt hij|vervolgafspraak|-1.0
p:zegt in|gevoelsreflectie|-1.0
p:zegt in|open-vraag|-1.0
p:zegt is|gevoelsreflectie|-0.96
p:zegt meer|interpreteren|0.9
p:zegt noah|parafrase|0.92
p:zegt u|aanmoediging|1.78
p:zei ze|afleiden|-0.99
p:zeker dat|interpreteren|-0.95
p:zeker vertelt|gevoelsreflectie|-0.97
p:zelf ?|bedanken|-0.99
p:zelf begint|interpreteren|0.72
p:zelf dat|open-vraag|0.93
p:zelf doet|jij-boodschap|1.73
p:zelf doet|bekritiseren|1.83
p:zelf gepest|interpreteren|0.96
p:zelf heeft|argumenteren|0.99
p:zelf je|bevelen|0.94
p:zelf je|vervolgafspraak|-0.94
p:zelf laten|adviseren|0.83
p:zelf naar|parafrase|-1.0
p:zelf naar|gevoelsreflectie|-1.0
p:zelf niet|prijzen|-1.0
p:zelf niet|interpreteren|1.0
p:zelf ook|gevoelsreflectie|0.7
p:zelf over|gevoelsreflectie|-0.98
p:zelf over|samenvatting|-1.0
p:zelf over|open-vraag|1.0
p:zelf plannen|adviseren|0.97
p:zelf steeds|jij-boodschap|1.04
p:zelf steeds|bekritiseren|0.93
p:zelf te|adviseren|-0.74
p:zelf thuis|ondervragen|0.82
p:zelf van|jij-boodschap|-0.89
p:zelf ziet|open-vraag|0.99
p:zelf zo|bekritiseren|0.99
p:zelf zo|interpreteren|-0.99
p:zenuwachtig bent|ik-boodschap|-0.92
p:zenuwachtig bent|gevoelsreflectie|1.0
p:zenuwachtig bent|geruststellen|1.64
p:zes toetsen|ik-boodschap|-0.83
p:zes weken|afronding-aankondigen|-0.83
p:zesde uur|samenvatting|-0.95
p:zesde uur|afronding-aankondigen|0.95
p:zet dat|gevoelsreflectie|-1.0
p:zet de|ik-boodschap|-0.94
p:zet die|bevelen|1.0
p:zet die|geruststellen|-1.0
p:zet gewoon|interpreteren|-0.91
p:zet hij|samenvatting|0.99
p:zet hij|waarschuwen|-0.99
p:zet hij|adviseren|-0.99
p:zet u|adviseren|0.99
p:zet u|prijzen|-0.74
p:zet u|ondervragen|-0.74
p:zet zich|jij-boodschap|1.0
p:zet zich|bekritiseren|1.0
p:zetten over|bevelen|-0.87
p:zetten over|vervolgafspraak|-0.95
p:zeurpiet zeg|etiketteren|1.0
p:zich aan|bevelen|0.97
p:zich aan|bekritiseren|-0.57
p:zich als|etiketteren|0.97
p:zich buitengesloten|parafrase|-0.97
p:zich buitengesloten|samenvatting|0.97
p:zich buitengesloten|open-vraag|-0.91
p:zich daar|gevoelsreflectie|0.98
p:zich daardoor|samenvatting|0.98
p:zich daardoor|afronding-aankondigen|0.98
p:zich daardoor|bedanken|0.98
p:zich de|gevoelsreflectie|-0.43
p:zich de|bevelen|-0.83
p:zich de|bekritiseren|-0.94
p:zich de|prijzen|-0.9
p:zich deze|jij-boodschap|-0.99
p:zich echt|open-vraag|1.0
p:zich er|waarschuwen|-0.99
p:zich erg|adviseren|-0.99
p:zich erg|argumenteren|-0.99
p:zich gewoon|interpreteren|0.91
p:zich goed|parafrase|-0.95
p:zich heeft|vervolgafspraak|0.98
p:zich helemaal|jij-boodschap|0.45
p:zich in|samenvatting|-0.95
p:zich maar|open-vraag|-1.0
p:zich maar|bekritiseren|-0.82
p:zich maar|interpreteren|-1.0
p:zich machteloos|interpreteren|-1.0
p:zich nergens|samenvatting|-0.79
p:zich niet|jij-boodschap|-0.82
p:zich niet|gevoelsreflectie|0.43
p:zich niet|samenvatting|-0.97
p:zich niet|open-vraag|0.57
p:zich niet|moraliseren|1.0
p:zich niet|argumenteren|-1.0
p:zich niet|bekritiseren|-0.92
p:zich nou|etiketteren|-0.92
p:zich ongerust|aanmoediging|-0.9
p:zich overal|jij-boodschap|0.93
p:zich overal|gevoelsreflectie|-0.87
p:zich overal|bekritiseren|0.93
p:zich schuldig|interpreteren|1.0
p:zich terug|parafrase|-0.78
p:zich vier|argumenteren|0.95
p:zich voelt|open-vraag|-1.0
p:zich voelt|afronding-aankondigen|-1.0
p:zich voor|jij-boodschap|1.0
p:zich voor|bekritiseren|1.0
p:zich vreselijk|bekritiseren|1.71
p:zich want|argumenteren|1.0
p:zich zorgen|open-vraag|0.93
p:zich zorgen|adviseren|0.93
p:zich zorgen|geruststellen|0.86
p:zie dat|ik-boodschap|0.8
p:zie dat|jij-boodschap|-0.95
p:zie dat|gevoelsreflectie|0.81
p:zie dat|open-vraag|1.0
p:zie ik|ik-boodschap|-1.0
p:zie ik|gevoelsreflectie|1.0
p:zie ik|samenvatting|-0.95
p:zie ik|geruststellen|0.95
p:zie ik|afronding-aankondigen|1.08
p:zie ik|vervolgafspraak|1.88
p:zie ik|bedanken|0.95
p:zie neem|bevelen|0.83
p:zie neem|adviseren|-0.98
p:ziek gemeld|jij-boodschap|-0.99
p:ziek is|ik-boodschap|-1.0
p:ziek is|vervolgafspraak|-1.0
p:ziek was|parafrase|0.95
p:ziek was|bevelen|-1.0
p:ziek was|vervolgafspraak|-1.0
p:ziekmelding pas|ik-boodschap|0.96
p:ziekmelding pas|waarschuwen|-0.96
p:ziekmelding pas|argumenteren|-0.96
p:ziekmeldingen de|argumenteren|-0.99
p:ziekte herkansen|argumenteren|0.87
p:ziekte voor|samenvatting|0.8
p:ziekte voor|afronding-aankondigen|0.86
p:ziekte voor|vervolgafspraak|0.98
p:ziekte voor|bedanken|0.98
p:zien allebei|afleiden|-0.99
p:zien dat|ik-boodschap|0.95
p:zien dat|argumenteren|-0.99
p:zien hoe|ik-boodschap|0.98
p:zien wat|ik-boodschap|0.55
p:zien wat|afronding-aankondigen|-0.99
p:zien we|samenvatting|-0.88
p:zien wel|geruststellen|-1.0
p:zien wel|afleiden|1.0
p:ziet er|parafrase|-0.83
p:ziet u|ik-boodschap|-0.95
p:ziet u|open-vraag|0.99
p:ziet u|prijzen|0.91
p:zij neemt|bekritiseren|-0.9
p:zij spijbelt|bekritiseren|0.91
p:zijn ?|gevoelsreflectie|-0.97
p:zijn ?|samenvatting|-1.0
p:zijn ?|open-vraag|1.0
p:zijn ?|argumenteren|-1.0
p:zijn als|open-vraag|0.95
p:zijn als|waarschuwen|-0.93
p:zijn als|prijzen|-0.99
p:zijn als|etiketteren|-0.94
p:zijn altijd|etiketteren|-1.0
p:zijn bijna|bedanken|-0.9
p:zijn boeken|adviseren|-0.96
p:zijn boeken|geruststellen|0.94
p:zijn boeken|ondervragen|-0.97
p:zijn broer|open-vraag|-1.0
p:zijn broer|aanmoediging|-0.98
p:zijn broertje|adviseren|0.82
p:zijn cijfers|parafrase|-0.99
p:zijn cijfers|open-vraag|-1.98
p:zijn cijfers|waarschuwen|0.99
p:zijn cijfers|geruststellen|-0.99
p:zijn cijfers|afleiden|-0.89
p:zijn daden|gevoelsreflectie|-0.9
p:zijn daden|moraliseren|0.93
p:zijn diploma|jij-boodschap|0.81
p:zijn diploma|waarschuwen|0.85
p:zijn diploma|bekritiseren|-0.13
p:zijn door|bedanken|0.93
p:zijn duidelijk|argumenteren|1.87
p:zijn duidelijk|ondervragen|-1.0
p:zijn duidelijk|afleiden|-1.0
p:zijn echt|bekritiseren|-0.98
p:zijn echt|etiketteren|1.0
p:zijn er|argumenteren|-0.96
p:zijn er|afleiden|0.96
p:zijn gang|bevelen|-0.87
p:zijn gedrag|ik-boodschap|-0.92
p:zijn gedrag|waarschuwen|0.92
p:zijn gemiddelde|ik-boodschap|0.92
p:zijn gemiddelde|jij-boodschap|-0.92
p:zijn gemiddelde|bekritiseren|-0.92
p:zijn geweest|gevoelsreflectie|1.5
p:zijn geweest|adviseren|-0.98
p:zijn geweest|argumenteren|-0.85
p:zijn grenzen|interpreteren|1.0
p:zijn gymspullen|ik-boodschap|-0.94
p:zijn hoe|gevoelsreflectie|0.85
p:zijn hoofd|ik-boodschap|-0.97
p:zijn huiswerk|open-vraag|-0.96
p:zijn huiswerk|bevelen|0.71
p:zijn huiswerk|waarschuwen|0.1
p:zijn huiswerk|moraliseren|-0.84
p:zijn huiswerk|adviseren|0.94
p:zijn huiswerk|bekritiseren|-0.88
p:zijn kamer|samenvatting|-0.93
p:zijn kamer|ondervragen|0.98
p:zijn kansen|jij-boodschap|0.98
p:zijn kind|waarschuwen|-1.0
p:zijn klasgenoot|ik-boodschap|0.98
p:zijn laars|jij-boodschap|0.82
p:zijn laars|bekritiseren|0.95
p:zijn laatste|bevelen|-1.0
p:zijn leeftijd|geruststellen|0.94
p:zijn met|ik-boodschap|-0.94
p:zijn oma|adviseren|0.84
p:zijn oma|geruststellen|-0.99
p:zijn ook|moraliseren|-1.0
p:zijn ook|etiketteren|0.9
p:zijn opdrachten|ik-boodschap|0.94
p:zijn opdrachten|interpreteren|-0.9
p:zijn planner|ik-boodschap|0.98
p:zijn planner|vervolgafspraak|-0.98
p:zijn planning|samenvatting|0.94
p:zijn plek|waarschuwen|0.99
p:zijn pootjes|geruststellen|0.96
p:zijn rapport|gevoelsreflectie|0.97
p:zijn regels|argumenteren|0.85
p:zijn rekenmachine|vervolgafspraak|0.98
p:zijn rooster|ik-boodschap|0.95
p:zijn schermtijd|ik-boodschap|-0.94
p:zijn schrift|bedanken|-1.0
p:zijn slaap|samenvatting|0.95
p:zijn slaap|adviseren|1.0
p:zijn slaap|interpreteren|-1.0
p:zijn telefoon|jij-boodschap|-0.98
p:zijn telefoon|samenvatting|-0.93
p:zijn telefoon|open-vraag|0.96
p:zijn telefoon|waarschuwen|0.95
p:zijn toetsen|bevelen|-1.0
p:zijn toetsen|vervolgafspraak|-1.0
p:zijn vader|parafrase|0.95
p:zijn vader|samenvatting|0.99
p:zijn vader|waarschuwen|-0.99
p:zijn vader|adviseren|-0.99
p:zijn van|moraliseren|0.93
p:zijn verzuim|samenvatting|0.8
p:zijn verzuim|open-vraag|-0.44
p:zijn verzuim|vervolgafspraak|0.98
p:zijn verzuim|bedanken|0.98
p:zijn voldoende|argumenteren|-0.92
p:zijn vrienden|open-vraag|-0.98
p:zijn vrienden|interpreteren|0.99
p:zijn vriendengroep|open-vraag|0.98
p:zijn zorgpunten|argumenteren|-0.92
p:zin afmaken|jij-boodschap|-0.93
p:zin afmaken|waarschuwen|-0.94
p:zin hebt|jij-boodschap|-1.0
p:zin hebt|parafrase|-1.0
p:zin hebt|bekritiseren|-1.0
p:zin hebt|interpreteren|1.0
p:zin in|jij-boodschap|0.9
p:zin in|bekritiseren|1.03
p:zin in|interpreteren|-1.89
p:zin meer|open-vraag|0.97
p:zit de|bevelen|0.95
p:zit de|waarschuwen|-0.92
p:zit de|vervolgafspraak|0.94
p:zit elke|ik-boodschap|0.98
p:zit en|open-vraag|-0.44
p:zit er|ik-boodschap|-0.83
p:zit er|geruststellen|-0.96
p:zit het|interpreteren|0.91
p:zit hier|jij-boodschap|0.9
p:zit hier|samenvatting|-0.9
p:zit hier|bevelen|-0.9
p:zit hier|bekritiseren|0.9
p:zit hij|waarschuwen|1.8
p:zit in|jij-boodschap|-0.8
p:zit je|bevelen|-0.88
p:zit kan|open-vraag|0.95
p:zit kom|ik-boodschap|1.69
p:zit komt|waarschuwen|-0.98
p:zit me|ik-boodschap|0.93
p:zit me|argumenteren|-0.88
p:zit merk|ik-boodschap|0.94
p:zit merk|interpreteren|-0.9
p:zit naast|bekritiseren|-0.95
p:zit te|ik-boodschap|-0.95
p:zit te|bekritiseren|0.81
p:zit vanaf|bevelen|-0.93
p:zit ze|ondervragen|0.94
p:zitten ?|adviseren|0.98
p:zitten aan|samenvatting|-0.98
p:zitten anders|aanmoediging|-1.0
p:zitten anders|bevelen|1.0
p:zitten anders|waarschuwen|0.92
p:zitten daardoor|ik-boodschap|0.94
p:zitten daardoor|gevoelsreflectie|-0.94
p:zitten dat|bekritiseren|-0.64
p:zitten dat|geruststellen|0.99
p:zitten je|bevelen|-1.77
p:zitten of|waarschuwen|0.92
p:zitten snap|ik-boodschap|-0.97
p:zitten snap|geruststellen|0.88
p:zitten we|samenvatting|0.8
p:zitten we|afronding-aankondigen|0.86
p:zitten we|vervolgafspraak|0.98
p:zo ?|jij-boodschap|-0.97
p:zo aan|argumenteren|-0.8
p:zo aan|etiketteren|1.0
p:zo aan|interpreteren|-1.0
p:zo babyachtig|etiketteren|1.8
p:zo belangrijk|argumenteren|-0.96
p:zo betrokken|interpreteren|-0.95
p:zo blijft|waarschuwen|0.92
p:zo dat|moraliseren|0.95
p:zo dat|argumenteren|0.68
p:zo doorgaan|waarschuwen|0.99
p:zo doorgaat|jij-boodschap|2.44
p:zo doorgaat|waarschuwen|1.01
p:zo doorgaat|bekritiseren|0.85
p:zo dramatisch|waarschuwen|-1.0
p:zo dramatisch|afleiden|-0.96
p:zo eenvoudig|argumenteren|0.91
p:zo eerlijk|gevoelsreflectie|-0.86
p:zo eerlijk|afronding-aankondigen|-0.86
p:zo erg|geruststellen|0.64
p:zo fel|interpreteren|1.0
p:zo ga|interpreteren|-0.94
p:zo gaat|bevelen|-1.0
p:zo gaat|moraliseren|1.0
p:zo goed|adviseren|-0.81
p:zo goed|prijzen|1.92
p:zo hoort|moraliseren|1.0
p:zo hoort|argumenteren|-1.0
p:zo hysterisch|bevelen|1.83
p:zo kinderachtig|waarschuwen|-0.99
p:zo kunnen|vervolgafspraak|0.98
p:zo lang|ondervragen|0.84
p:zo lastig|gevoelsreflectie|0.99
p:zo meedenkend|waarschuwen|-0.93
p:zo meedenkt|bekritiseren|-0.94
p:zo meedenkt|prijzen|0.97
p:zo mis|open-vraag|-0.95
p:zo mist|ik-boodschap|0.55
p:zo moeilijk|parafrase|0.97
p:zo moeilijk|open-vraag|0.97
p:zo moeilijk|moraliseren|-1.0
p:zo moeilijk|etiketteren|0.9
p:zo omdat|etiketteren|-1.0
p:zo omdat|interpreteren|1.0
p:zo ook|bevelen|-1.77
p:zo open|bekritiseren|-0.97
p:zo open|afronding-aankondigen|-0.99
p:zo overdreven|jij-boodschap|-2.39
p:zo overdreven|bevelen|-0.94
p:zo reageert|interpreteren|0.99
p:zo redelijk|vervolgafspraak|-0.92
p:zo schieten|ik-boodschap|0.95
p:zo schieten|vervolgafspraak|-0.95
p:zo simpel|argumenteren|0.97
p:zo simpel|bekritiseren|-0.99
p:zo snel|jij-boodschap|-0.84
p:zo snel|gevoelsreflectie|-0.83
p:zo snel|prijzen|-0.9
p:zo staat|ik-boodschap|-0.76
p:zo staat|argumenteren|0.79
p:zo sterk|interpreteren|0.96
p:zo stil|ondervragen|-0.83
p:zo tegen|waarschuwen|0.91
p:zo tegen|moraliseren|0.97
p:zo uit|jij-boodschap|0.99
p:zo uit|bekritiseren|0.99
p:zo vaak|interpreteren|-0.95
p:zo ver|bekritiseren|0.99
p:zo ver|interpreteren|-0.99
p:zo weer|argumenteren|-0.73
p:zo weinig|ik-boodschap|0.92
p:zo zwaar|moraliseren|-0.89
p:zo zwaar|interpreteren|-0.93
p:zo zwaar|geruststellen|-0.93
p:zo zwaar|afleiden|1.83
p:zo'n betrokken|adviseren|0.74
p:zo'n betrokken|prijzen|0.95
p:zo'n curlingouder|waarschuwen|-1.0
p:zo'n curlingouder|etiketteren|1.0
p:zo'n filmpje|prijzen|-0.91
p:zo'n goede|prijzen|0.98
p:zo'n harde|bevelen|-0.92
p:zo'n harde|etiketteren|-0.79
p:zo'n opmerking|jij-boodschap|-0.8
p:zo'n opmerking|samenvatting|-0.92
p:zo'n opmerking|waarschuwen|0.92
p:zo'n opmerking|bekritiseren|-0.68
p:zo'n ouder|prijzen|-0.99
p:zo'n ouder|etiketteren|0.99
p:zo'n reactie|etiketteren|1.0
p:zo'n slimme|jij-boodschap|-0.99
p:zo'n slimme|gevoelsreflectie|-1.0
p:zo'n slimme|waarschuwen|-0.96
p:zo'n slimme|moraliseren|-1.0
p:zo'n slimme|argumenteren|-1.0
p:zo'n slimme|prijzen|1.96
p:zo'n slimme|etiketteren|-0.99
p:zo'n slimme|interpreteren|-1.0
p:zo'n slimme|geruststellen|-1.0
p:zo'n slimme|afleiden|-0.99
p:zo'n typisch|jij-boodschap|0.55
p:zo'n verstandige|parafrase|-0.95
p:zoekt een|prijzen|-1.0
p:zoekt een|interpreteren|1.0
p:zoekt gewoon|interpreteren|1.0
p:zoekt hij|argumenteren|-0.89
p:zomer eigenlijk|open-vraag|-0.99
p:zomer eigenlijk|afleiden|0.99
p:zomer in|ik-boodschap|-0.86
p:zondag samen|adviseren|1.89
p:zonde want|ik-boodschap|0.55
p:zonde zullen|vervolgafspraak|0.98
p:zonder bericht|argumenteren|0.78
p:zonder huiswerk|bekritiseren|-0.99
p:zoon heeft|vervolgafspraak|-1.0
p:zoon is|jij-boodschap|0.85
p:zoon is|etiketteren|0.98
p:zorg dat|bevelen|0.99
p:zorg dat|prijzen|-0.99
p:zorgcommissie ervan|afronding-aankondigen|-0.95
p:zorgcoordinator of|ik-boodschap|-0.91
p:zorgcoordinator of|vervolgafspraak|0.91
p:zorgcoördinator aan|vervolgafspraak|1.0
p:zorgcoördinator en|ik-boodschap|-0.97
p:zorgcoördinator en|samenvatting|0.97
p:zorgcoördinator en|adviseren|-0.97
p:zorgcoördinator en|vervolgafspraak|0.97
p:zorgcoördinator niet|ik-boodschap|0.75
p:zorgcoördinator niet|argumenteren|-0.81
p:zorgcoördinator vragen|samenvatting|-1.0
p:zorgen ?|gevoelsreflectie|-0.43
p:zorgen dat|open-vraag|0.92
p:zorgen er|bevelen|0.71
p:zorgen er|waarschuwen|-0.87
p:zorgen het|open-vraag|1.0
p:zorgen het|argumenteren|-0.97
p:zorgen het|bekritiseren|-0.82
p:zorgen het|geruststellen|0.86
p:zorgen lisa|afleiden|-0.99
p:zorgen maakt|open-vraag|1.0
p:zorgen maakt|adviseren|0.93
p:zorgen omdat|ik-boodschap|0.92
p:zorgen omdat|open-vraag|0.98
p:zorgen omdat|adviseren|-0.96
p:zorgen omdat|interpreteren|-0.95
p:zorgen over|open-vraag|-1.98
p:zorgen over|etiketteren|-1.0
p:zorgen over|afronding-aankondigen|-1.0
p:zorgen te|waarschuwen|-0.92
p:zorgen want|ik-boodschap|0.99
p:zorgen want|open-vraag|-0.95
p:zorgt er|jij-boodschap|0.26
p:zorgt er|bekritiseren|0.46
p:zorgt u|vervolgafspraak|-0.97
p:zou als|adviseren|-0.98
p:zou eens|adviseren|1.0
p:zou eens|interpreteren|-1.0
p:zou goed|prijzen|-0.99
p:zou helpen|jij-boodschap|-0.99
p:zou het|afleiden|-0.91
p:zou hij|moraliseren|0.93
p:zou ik|ik-boodschap|-0.74
p:zou ik|parafrase|-0.97
p:zou ik|waarschuwen|-0.92
p:zou ik|adviseren|2.8
p:zou in|adviseren|0.97
p:zou je|gevoelsreflectie|-0.87
p:zou je|open-vraag|0.96
p:zou jou|bekritiseren|-0.95
p:zou toch|moraliseren|1.0
p:zou toch|geruststellen|-1.0
p:zou u|gevoelsreflectie|0.98
p:zou u|afleiden|-0.94
p:zou voor|gevoelsreflectie|-0.97
p:zou voor|samenvatting|-1.0
p:zou voor|open-vraag|1.0
p:zou voor|argumenteren|-1.0
p:zoveel grapjes|interpreteren|1.73
p:zoveel kinderen|geruststellen|0.92
p:zoveel missen|argumenteren|0.99
p:zoveel verzuim|moraliseren|-0.8
p:zulke ruzietjes|geruststellen|-1.85
p:zulke ruzietjes|afleiden|0.96
p:zullen we|samenvatting|-0.92
p:zullen we|adviseren|-0.96
p:zullen we|afleiden|0.95
p:zullen we|vervolgafspraak|2.69
p:zwaar ?|parafrase|-0.9
p:zwaar aan|moraliseren|-0.89
p:zwaar aan|interpreteren|-0.93
p:zwaar aan|geruststellen|-0.93
p:zwaar aan|afleiden|1.83
p:zwaar is|afleiden|-0.99
p:zwaar voor|parafrase|1.0
p:zwaar ze|bekritiseren|-0.87
p:zwaar ze|bedanken|-0.93
p:zwaarst ?|open-vraag|0.48
p:zwak in|geruststellen|-0.75
p:zware tijd|gevoelsreflectie|0.99
p:zwart op|argumenteren|0.95
p:zweverig kind|jij-boodschap|0.55
p:zwolle vertelde|ik-boodschap|-0.86
p:één keer|jij-boodschap|-0.98
p:één keer|waarschuwen|0.91
p:één keer|moraliseren|-0.9
p:één keer|afronding-aankondigen|-1.0
p:één zo'n|prijzen|-0.91
regel:aanmoediging|parafrase|-0.98
regel:aanmoediging|gevoelsreflectie|-4.72
regel:aanmoediging|samenvatting|-0.98
regel:aanmoediging|open-vraag|-1.04
regel:aanmoediging|aanmoediging|7.67
regel:aanmoediging|bevelen|-0.98
regel:aanmoediging|adviseren|-0.98
regel:aanmoediging|geruststellen|-1.0
regel:aanmoediging|ondervragen|-0.98
regel:adviseren|ik-boodschap|0.18
regel:adviseren|jij-boodschap|-0.99
regel:adviseren|parafrase|-0.97
regel:adviseren|open-vraag|-0.97
regel:adviseren|bevelen|-2.84
regel:adviseren|waarschuwen|-1.91
regel:adviseren|moraliseren|-0.93
regel:adviseren|adviseren|16.06
regel:adviseren|argumenteren|-1.89
regel:adviseren|bekritiseren|-1.9
regel:adviseren|prijzen|-0.84
regel:adviseren|interpreteren|-1.8
regel:adviseren|geruststellen|-1.61
regel:adviseren|ondervragen|-2.66
regel:adviseren|afleiden|-0.84
regel:adviseren|vervolgafspraak|0.15
regel:afleiden|bevelen|-1.63
regel:afleiden|moraliseren|-1.96
regel:afleiden|adviseren|-1.0
regel:afleiden|argumenteren|-1.96
regel:afleiden|bekritiseren|-1.73
regel:afleiden|etiketteren|-1.0
regel:afleiden|geruststellen|-1.0
regel:afleiden|ondervragen|-1.9
regel:afleiden|afleiden|14.87
regel:afleiden|afronding-aankondigen|-1.88
regel:afronding-aankondigen|ik-boodschap|-1.05
regel:afronding-aankondigen|jij-boodschap|-1.0
regel:afronding-aankondigen|parafrase|-1.0
regel:afronding-aankondigen|gevoelsreflectie|-1.0
regel:afronding-aankondigen|samenvatting|-1.01
regel:afronding-aankondigen|open-vraag|-1.0
regel:afronding-aankondigen|aanmoediging|-1.0
regel:afronding-aankondigen|bevelen|-1.87
regel:afronding-aankondigen|waarschuwen|-1.0
regel:afronding-aankondigen|moraliseren|-1.0
regel:afronding-aankondigen|adviseren|-1.0
regel:afronding-aankondigen|argumenteren|-1.0
regel:afronding-aankondigen|bekritiseren|-1.0
regel:afronding-aankondigen|prijzen|-1.0
regel:afronding-aankondigen|etiketteren|-1.0
regel:afronding-aankondigen|interpreteren|-1.0
regel:afronding-aankondigen|geruststellen|-1.0
regel:afronding-aankondigen|ondervragen|-1.0
regel:afronding-aankondigen|afleiden|-1.93
regel:afronding-aankondigen|afronding-aankondigen|11.29
regel:afronding-aankondigen|vervolgafspraak|-4.89
regel:afronding-aankondigen|bedanken|-1.93
regel:argumenteren|ik-boodschap|-0.99
regel:argumenteren|jij-boodschap|-0.98
regel:argumenteren|bevelen|-0.76
regel:argumenteren|waarschuwen|-0.96
regel:argumenteren|moraliseren|-0.81
regel:argumenteren|adviseren|-0.97
regel:argumenteren|argumenteren|16.05
regel:argumenteren|bekritiseren|-1.97
regel:argumenteren|prijzen|-0.9
regel:argumenteren|interpreteren|-0.99
regel:argumenteren|geruststellen|-0.99
regel:argumenteren|ondervragen|-1.0
regel:argumenteren|afleiden|-2.89
regel:bedanken|ik-boodschap|-0.99
regel:bedanken|jij-boodschap|-0.95
regel:bedanken|gevoelsreflectie|-1.67
regel:bedanken|samenvatting|0.98
regel:bedanken|waarschuwen|-0.95
regel:bedanken|bekritiseren|0.89
regel:bedanken|prijzen|-0.99
regel:bedanken|etiketteren|-0.93
regel:bedanken|interpreteren|-0.99
regel:bedanken|ondervragen|-0.93
regel:bedanken|afronding-aankondigen|-1.92
regel:bedanken|vervolgafspraak|-0.84
regel:bedanken|bedanken|8.71
regel:bekritiseren|ik-boodschap|-1.87
regel:bekritiseren|jij-boodschap|4.03
regel:bekritiseren|gevoelsreflectie|-2.83
regel:bekritiseren|samenvatting|0.21
regel:bekritiseren|open-vraag|0.57
regel:bekritiseren|bevelen|-2.07
regel:bekritiseren|waarschuwen|-0.14
regel:bekritiseren|moraliseren|-0.76
regel:bekritiseren|adviseren|-1.72
regel:bekritiseren|argumenteren|-1.86
regel:bekritiseren|bekritiseren|16.76
regel:bekritiseren|prijzen|-1.98
regel:bekritiseren|etiketteren|-4.84
regel:bekritiseren|interpreteren|-0.99
regel:bekritiseren|geruststellen|-3.84
regel:bekritiseren|ondervragen|-1.0
regel:bekritiseren|afleiden|-1.99
regel:bekritiseren|vervolgafspraak|-1.95
regel:bekritiseren|bedanken|-0.99
regel:bevelen|gevoelsreflectie|-1.0
regel:bevelen|samenvatting|-1.9
regel:bevelen|bevelen|13.26
regel:bevelen|waarschuwen|-1.75
regel:bevelen|moraliseren|-1.7
regel:bevelen|adviseren|-1.97
regel:bevelen|argumenteren|-0.65
regel:bevelen|bekritiseren|-1.71
regel:bevelen|prijzen|-0.99
regel:bevelen|etiketteren|-0.99
regel:bevelen|interpreteren|-0.94
regel:bevelen|geruststellen|-1.02
regel:bevelen|afleiden|-0.89
regel:bevelen|vervolgafspraak|-0.97
regel:etiketteren|jij-boodschap|1.41
regel:etiketteren|bevelen|0.88
regel:etiketteren|waarschuwen|-1.98
regel:etiketteren|moraliseren|-1.0
regel:etiketteren|bekritiseren|-5.7
regel:etiketteren|prijzen|-1.92
regel:etiketteren|etiketteren|11.7
regel:etiketteren|interpreteren|-1.0
regel:etiketteren|geruststellen|-0.96
regel:etiketteren|afleiden|-2.69
regel:geen|ik-boodschap|-6.28
regel:geen|jij-boodschap|0.36
regel:geen|parafrase|-2.89
regel:geen|gevoelsreflectie|-0.27
regel:geen|samenvatting|-2.87
regel:geen|open-vraag|-2.97
regel:geen|aanmoediging|-0.87
regel:geen|waarschuwen|-0.95
regel:geen|moraliseren|-1.02
regel:geen|adviseren|-0.1
regel:geen|argumenteren|-3.7
regel:geen|bekritiseren|-0.41
regel:geen|prijzen|-1.9
regel:geen|etiketteren|0.95
regel:geen|interpreteren|-1.1
regel:geen|geruststellen|-0.88
regel:geen|ondervragen|-1.95
regel:geen|afleiden|-0.64
regel:geen|afronding-aankondigen|-2.72
regel:geen|vervolgafspraak|-1.03
regel:geen|bedanken|-1.99
regel:geruststellen|ik-boodschap|-0.99
regel:geruststellen|bevelen|-1.0
regel:geruststellen|waarschuwen|-1.92
regel:geruststellen|moraliseren|-0.89
regel:geruststellen|adviseren|-0.98
regel:geruststellen|argumenteren|-2.63
regel:geruststellen|bekritiseren|-1.86
regel:geruststellen|prijzen|-0.89
regel:geruststellen|etiketteren|-1.0
regel:geruststellen|interpreteren|-1.93
regel:geruststellen|geruststellen|15.92
regel:geruststellen|afleiden|-2.73
regel:geruststellen|afronding-aankondigen|-1.0
regel:gevoelsreflectie|ik-boodschap|0.84
regel:gevoelsreflectie|parafrase|-3.87
regel:gevoelsreflectie|gevoelsreflectie|18.42
regel:gevoelsreflectie|samenvatting|-1.06
regel:gevoelsreflectie|open-vraag|-3.34
regel:gevoelsreflectie|aanmoediging|-1.89
regel:gevoelsreflectie|bevelen|-1.0
regel:gevoelsreflectie|moraliseren|-1.0
regel:gevoelsreflectie|adviseren|0.12
regel:gevoelsreflectie|prijzen|-0.99
regel:gevoelsreflectie|etiketteren|-1.0
regel:gevoelsreflectie|interpreteren|-0.97
regel:gevoelsreflectie|ondervragen|0.91
regel:gevoelsreflectie|afleiden|-0.98
regel:gevoelsreflectie|vervolgafspraak|0.73
regel:ik-boodschap|ik-boodschap|7.67
regel:ik-boodschap|jij-boodschap|-1.91
regel:ik-boodschap|parafrase|-1.93
regel:ik-boodschap|gevoelsreflectie|-1.16
regel:ik-boodschap|samenvatting|-2.92
regel:ik-boodschap|aanmoediging|-1.0
regel:ik-boodschap|bevelen|-1.0
regel:ik-boodschap|waarschuwen|-1.98
regel:ik-boodschap|moraliseren|-0.98
regel:ik-boodschap|adviseren|-1.95
regel:ik-boodschap|argumenteren|-0.99
regel:ik-boodschap|bekritiseren|-0.98
regel:ik-boodschap|prijzen|-1.0
regel:ik-boodschap|interpreteren|-1.73
regel:ik-boodschap|geruststellen|-1.87
regel:ik-boodschap|ondervragen|-0.96
regel:ik-boodschap|afleiden|-1.0
regel:ik-boodschap|afronding-aankondigen|-1.2
regel:ik-boodschap|vervolgafspraak|-1.96
regel:ik-boodschap|bedanken|-0.99
regel:interpreteren|jij-boodschap|-0.68
regel:interpreteren|parafrase|-1.0
regel:interpreteren|bevelen|-1.96
regel:interpreteren|waarschuwen|-0.98
regel:interpreteren|moraliseren|-3.38
regel:interpreteren|adviseren|-1.96
regel:interpreteren|argumenteren|-1.88
regel:interpreteren|bekritiseren|-1.02
regel:interpreteren|prijzen|-1.0
regel:interpreteren|etiketteren|-1.0
regel:interpreteren|interpreteren|14.25
regel:interpreteren|geruststellen|-1.87
regel:interpreteren|afleiden|0.34
regel:jij-boodschap|ik-boodschap|-1.87
regel:jij-boodschap|jij-boodschap|10.02
regel:jij-boodschap|gevoelsreflectie|-1.83
regel:jij-boodschap|samenvatting|-0.79
regel:jij-boodschap|open-vraag|0.57
regel:jij-boodschap|bevelen|-1.07
regel:jij-boodschap|waarschuwen|-0.14
regel:jij-boodschap|moraliseren|-0.77
regel:jij-boodschap|adviseren|-1.72
regel:jij-boodschap|argumenteren|-1.15
regel:jij-boodschap|bekritiseren|2.88
regel:jij-boodschap|prijzen|-2.9
regel:jij-boodschap|etiketteren|1.92
regel:jij-boodschap|interpreteren|-0.99
regel:jij-boodschap|geruststellen|-0.99
regel:jij-boodschap|ondervragen|-0.21
regel:jij-boodschap|afleiden|-0.99
regel:jij-boodschap|vervolgafspraak|-1.95
regel:jij-boodschap|bedanken|-0.99
regel:moraliseren|ik-boodschap|-0.98
regel:moraliseren|jij-boodschap|-0.97
regel:moraliseren|samenvatting|-0.99
regel:moraliseren|bevelen|-1.82
regel:moraliseren|waarschuwen|-0.96
regel:moraliseren|moraliseren|12.56
regel:moraliseren|adviseren|-1.96
regel:moraliseren|argumenteren|-2.61
regel:moraliseren|prijzen|-0.99
regel:moraliseren|etiketteren|-0.96
regel:moraliseren|interpreteren|-2.87
regel:moraliseren|geruststellen|-1.93
regel:ondervragen|ik-boodschap|-0.9
regel:ondervragen|jij-boodschap|-1.96
regel:ondervragen|gevoelsreflectie|0.9
regel:ondervragen|samenvatting|-0.93
regel:ondervragen|open-vraag|-2.95
regel:ondervragen|bevelen|-0.88
regel:ondervragen|waarschuwen|-1.0
regel:ondervragen|moraliseren|-0.98
regel:ondervragen|adviseren|-1.98
regel:ondervragen|ondervragen|9.48
regel:ondervragen|afleiden|-1.99
regel:ondervragen|vervolgafspraak|-0.97
regel:open-vraag|ik-boodschap|0.91
regel:open-vraag|jij-boodschap|-2.61
regel:open-vraag|parafrase|-3.7
regel:open-vraag|gevoelsreflectie|-2.48
regel:open-vraag|samenvatting|-1.92
regel:open-vraag|open-vraag|15.58
regel:open-vraag|aanmoediging|-1.81
regel:open-vraag|adviseren|-1.92
regel:open-vraag|argumenteren|-1.0
regel:open-vraag|bekritiseren|-2.85
regel:open-vraag|etiketteren|-0.99
regel:open-vraag|interpreteren|-0.96
regel:open-vraag|geruststellen|-0.13
regel:open-vraag|ondervragen|-2.0
regel:open-vraag|afleiden|0.83
regel:open-vraag|vervolgafspraak|-0.95
regel:open-vraag|bedanken|-0.99
regel:parafrase|ik-boodschap|-3.74
regel:parafrase|jij-boodschap|-1.0
regel:parafrase|parafrase|14.32
regel:parafrase|gevoelsreflectie|-3.85
regel:parafrase|samenvatting|-3.75
regel:parafrase|open-vraag|-3.33
regel:parafrase|aanmoediging|-1.98
regel:parafrase|argumenteren|0.96
regel:parafrase|bekritiseren|-1.59
regel:parafrase|interpreteren|-0.1
regel:parafrase|geruststellen|-0.78
regel:parafrase|afronding-aankondigen|-0.93
regel:parafrase|vervolgafspraak|-1.0
regel:prijzen|jij-boodschap|-2.16
regel:prijzen|parafrase|-0.95
regel:prijzen|gevoelsreflectie|-1.0
regel:prijzen|open-vraag|-1.0
regel:prijzen|waarschuwen|-0.93
regel:prijzen|moraliseren|-1.0
regel:prijzen|adviseren|-1.67
regel:prijzen|argumenteren|-1.0
regel:prijzen|bekritiseren|-1.93
regel:prijzen|prijzen|10.49
regel:prijzen|etiketteren|-1.91
regel:prijzen|interpreteren|-1.95
regel:prijzen|geruststellen|-2.63
regel:prijzen|ondervragen|-0.9
regel:prijzen|afleiden|-0.99
regel:prijzen|vervolgafspraak|-0.92
regel:prijzen|bedanken|-0.99
regel:samenvatting|ik-boodschap|-0.94
regel:samenvatting|jij-boodschap|0.85
regel:samenvatting|parafrase|-2.69
regel:samenvatting|gevoelsreflectie|-1.89
regel:samenvatting|samenvatting|12.58
regel:samenvatting|open-vraag|-2.46
regel:samenvatting|aanmoediging|-0.96
regel:samenvatting|bevelen|-1.88
regel:samenvatting|waarschuwen|-0.99
regel:samenvatting|moraliseren|-0.96
regel:samenvatting|adviseren|-0.99
regel:samenvatting|argumenteren|-1.87
regel:samenvatting|bekritiseren|1.78
regel:samenvatting|prijzen|-1.0
regel:samenvatting|interpreteren|-1.88
regel:samenvatting|geruststellen|-0.96
regel:samenvatting|afleiden|-1.89
regel:vervolgafspraak|ik-boodschap|-1.78
regel:vervolgafspraak|parafrase|-0.9
regel:vervolgafspraak|gevoelsreflectie|0.21
regel:vervolgafspraak|samenvatting|-0.97
regel:vervolgafspraak|open-vraag|-0.97
regel:vervolgafspraak|aanmoediging|-1.0
regel:vervolgafspraak|adviseren|-0.88
regel:vervolgafspraak|bekritiseren|-0.92
regel:vervolgafspraak|afleiden|-0.93
regel:vervolgafspraak|afronding-aankondigen|-3.72
regel:vervolgafspraak|vervolgafspraak|11.29
regel:vervolgafspraak|bedanken|-2.86
regel:waarschuwen|jij-boodschap|1.46
regel:waarschuwen|parafrase|-0.99
regel:waarschuwen|gevoelsreflectie|-0.9
regel:waarschuwen|samenvatting|-0.97
regel:waarschuwen|aanmoediging|-1.0
regel:waarschuwen|bevelen|-0.98
regel:waarschuwen|waarschuwen|13.37
regel:waarschuwen|moraliseren|-0.89
regel:waarschuwen|adviseren|-1.97
regel:waarschuwen|argumenteren|-1.96
regel:waarschuwen|bekritiseren|0.98
regel:waarschuwen|prijzen|-1.91
regel:waarschuwen|etiketteren|-1.0
regel:waarschuwen|interpreteren|-1.0
regel:waarschuwen|geruststellen|-0.99
regel:waarschuwen|ondervragen|-1.97
regel:waarschuwen|afronding-aankondigen|-1.0
vraag|ik-boodschap|-0.97
vraag|jij-boodschap|-0.12
vraag|parafrase|-1.77
vraag|gevoelsreflectie|-0.64
vraag|samenvatting|-2.73
vraag|open-vraag|4.83
vraag|aanmoediging|-1.98
vraag|bevelen|-1.97
vraag|waarschuwen|-1.87
vraag|moraliseren|-0.98
vraag|argumenteren|-2.65
vraag|bekritiseren|-1.87
vraag|prijzen|-0.74
vraag|etiketteren|-0.99
vraag|interpreteren|-0.96
vraag|geruststellen|-1.98
vraag|ondervragen|-0.94
vraag|afleiden|0.94
vraag|afronding-aankondigen|-0.98
vraag|vervolgafspraak|-0.22
vraag|bedanken|-0.99
w:!|etiketteren|-0.91
w:'s|parafrase|1.0
w:'s|gevoelsreflectie|-1.0
w:'s|open-vraag|0.95
w:'s|bevelen|-0.88
w:'s|waarschuwen|-0.92
w:'s|adviseren|0.93
w:'s|bekritiseren|0.81
w:'s|vervolgafspraak|-0.95
w:0|argumenteren|1.0
w:1|waarschuwen|0.96
w:1|argumenteren|0.98
w:1|etiketteren|-1.97
w:1|interpreteren|-1.0
w:12|argumenteren|0.78
w:14|ik-boodschap|-0.97
w:14|samenvatting|0.97
w:14|adviseren|-0.97
w:14|argumenteren|0.92
w:14|vervolgafspraak|1.9
w:2|jij-boodschap|-0.98
w:2|bekritiseren|-0.98
w:2|etiketteren|-0.97
w:2b|jij-boodschap|-0.8
w:3|argumenteren|1.66
w:4|ik-boodschap|-0.92
w:4|jij-boodschap|-0.98
w:4|argumenteren|1.13
w:4|bekritiseren|-0.98
w:4|etiketteren|-0.97
w:4|ondervragen|-1.0
w:4|afleiden|-1.0
w:4e|samenvatting|-0.99
w:4e|interpreteren|-0.99
w:5|jij-boodschap|-0.98
w:5|argumenteren|0.83
w:5|bekritiseren|-0.98
w:5e|samenvatting|-0.99
w:5e|interpreteren|-0.99
w:6|etiketteren|-0.97
w:7|waarschuwen|-0.96
w:7|argumenteren|-0.85
w:7|prijzen|0.96
w:7|etiketteren|-0.97
w:8|argumenteren|1.0
w:8|bekritiseren|-1.0
w:8|ondervragen|-1.0
w:8|afleiden|-1.0
w:8|vervolgafspraak|-1.0
w:9|ik-boodschap|-0.92
w:9|jij-boodschap|-0.98
w:9|argumenteren|0.81
w:9|bekritiseren|-0.98
w:?|ik-boodschap|-2.77
w:?|jij-boodschap|-2.05
w:?|parafrase|-2.76
w:?|gevoelsreflectie|-0.64
w:?|samenvatting|-4.59
w:?|aanmoediging|-1.98
w:?|bevelen|-3.73
w:?|waarschuwen|-1.87
w:?|moraliseren|-2.94
w:?|adviseren|-0.97
w:?|argumenteren|-2.65
w:?|bekritiseren|-1.71
w:?|prijzen|-0.74
w:?|etiketteren|-0.99
w:?|interpreteren|-0.96
w:?|geruststellen|-1.12
w:?|ondervragen|4.57
w:?|afleiden|-1.04
w:?|vervolgafspraak|-0.25
w:?|bedanken|-0.99
w:aan|ik-boodschap|0.73
w:aan|jij-boodschap|0.54
w:aan|samenvatting|0.95
w:aan|open-vraag|-0.85
w:aan|aanmoediging|-0.88
w:aan|bevelen|2.82
w:aan|moraliseren|-0.89
w:aan|adviseren|0.99
w:aan|argumenteren|0.84
w:aan|bekritiseren|1.1
w:aan|interpreteren|-1.88
w:aan|geruststellen|-1.05
w:aan|afleiden|0.83
w:aan|bedanken|-0.96
w:aanbieden|bevelen|0.94
w:aanbiedt|jij-boodschap|0.94
w:aandacht|moraliseren|-0.52
w:aandacht|etiketteren|-1.0
w:aandacht|interpreteren|1.0
w:aangekondigd|adviseren|-0.94
w:aangepakt|bekritiseren|-0.78
w:aangrijpt|gevoelsreflectie|0.87
w:aangrijpt|geruststellen|-0.88
w:aanpakken|ik-boodschap|-0.77
w:aanpakken|parafrase|-1.73
w:aanpakken|samenvatting|1.95
w:aanpakken|open-vraag|0.77
w:aanpakken|adviseren|1.0
w:aansluiting|waarschuwen|-0.83
w:aansprak|gevoelsreflectie|-0.91
w:aantrekt|samenvatting|-0.79
w:aardrijkskunde|ik-boodschap|0.92
w:aardrijkskunde|jij-boodschap|-0.92
w:aardrijkskunde|waarschuwen|-0.99
w:aardrijkskunde|bekritiseren|-0.92
w:absenties|samenvatting|-0.94
w:accepteren|prijzen|-1.0
w:accepteren|interpreteren|1.0
w:ach|gevoelsreflectie|0.91
w:ach|moraliseren|-0.99
w:ach|prijzen|-0.99
w:ach|etiketteren|0.99
w:ach|geruststellen|-1.76
w:ach|afleiden|2.92
w:acht|ik-boodschap|0.88
w:acht|bevelen|0.97
w:achter|bevelen|-0.87
w:achter|bekritiseren|0.78
w:achter|ondervragen|0.94
w:achter|afronding-aankondigen|0.75
w:achter|vervolgafspraak|-0.95
w:achterloopt|moraliseren|-0.8
w:achterloopt|adviseren|-0.96
w:achterstand|jij-boodschap|-1.0
w:achterstand|aanmoediging|-1.0
w:actie|waarschuwen|-0.93
w:administratie|ik-boodschap|0.96
w:administratie|waarschuwen|-0.96
w:administratie|argumenteren|-0.96
w:advies|ik-boodschap|-0.93
w:advies|parafrase|-1.0
w:advies|gevoelsreflectie|-1.0
w:advies|adviseren|-0.87
w:advies|geruststellen|-0.96
w:advocaat|bevelen|-0.94
w:advocaat|etiketteren|1.65
w:af|ik-boodschap|-0.89
w:af|samenvatting|0.21
w:af|bevelen|0.71
w:af|waarschuwen|0.11
w:af|moraliseren|-0.74
w:af|argumenteren|-0.96
w:af|afronding-aankondigen|2.71
w:afdelingsleider|gevoelsreflectie|-0.9
w:afdelingsleider|samenvatting|-0.9
w:afgelopen|ik-boodschap|1.86
w:afgelopen|jij-boodschap|-0.92
w:afgelopen|argumenteren|-0.88
w:afgelopen|bekritiseren|-0.92
w:afheeft|ik-boodschap|1.0
w:afheeft|open-vraag|1.0
w:afleiding|argumenteren|-0.89
w:aflopen|waarschuwen|1.0
w:aflopen|prijzen|-1.0
w:aflopen|ondervragen|-1.0
w:afmaakt|waarschuwen|-0.99
w:afmaakt|afronding-aankondigen|-0.99
w:afmaken|waarschuwen|-0.94
w:afmaken|bekritiseren|0.82
w:afronden|jij-boodschap|-1.0
w:afronden|parafrase|-1.0
w:afronden|gevoelsreflectie|-1.0
w:afronden|samenvatting|-0.2
w:afronden|open-vraag|-1.0
w:afronden|aanmoediging|-1.0
w:afronden|bevelen|-1.0
w:afronden|waarschuwen|-1.0
w:afronden|moraliseren|-1.0
w:afronden|adviseren|-1.0
w:afronden|argumenteren|-0.18
w:afronden|bekritiseren|-1.0
w:afronden|prijzen|-1.0
w:afronden|etiketteren|-1.0
w:afronden|interpreteren|-1.0
w:afronden|geruststellen|-1.0
w:afronden|ondervragen|-1.0
w:afronden|afleiden|-1.0
w:afronden|afronding-aankondigen|2.85
w:afronden|vervolgafspraak|0.98
w:afsluiten|afronding-aankondigen|0.92
w:afsluiten|vervolgafspraak|-1.89
w:afsluiten|bedanken|-0.98
w:afspraak|ik-boodschap|-0.22
w:afspraak|jij-boodschap|0.45
w:afspraak|samenvatting|0.97
w:afspraak|argumenteren|-1.8
w:afspraak|afronding-aankondigen|0.96
w:afspraak|vervolgafspraak|1.09
w:afspraken|ik-boodschap|-0.91
w:afspraken|jij-boodschap|1.0
w:afspraken|parafrase|-0.82
w:afspraken|gevoelsreflectie|-1.0
w:afspraken|samenvatting|-1.8
w:afspraken|open-vraag|0.57
w:afspraken|bevelen|0.97
w:afspraken|bekritiseren|1.11
w:afspraken|ondervragen|-1.0
w:afspraken|afronding-aankondigen|0.96
w:afspreekt|adviseren|0.96
w:afspreken|jij-boodschap|0.99
w:afspreken|parafrase|-0.97
w:afspreken|open-vraag|-0.97
w:afspreken|adviseren|0.97
w:afspreken|bekritiseren|0.99
w:afspreken|prijzen|-0.96
w:afspreken|afronding-aankondigen|0.75
w:afspreken|vervolgafspraak|1.95
w:afwezig|ik-boodschap|0.96
w:afwezig|waarschuwen|-0.96
w:afwezig|etiketteren|-0.87
w:afwezig|interpreteren|-0.95
w:afwijken|prijzen|0.76
w:afzet|bevelen|0.97
w:agenda|adviseren|0.74
w:agenda|etiketteren|-0.96
w:akkoord|jij-boodschap|-0.43
w:akkoord|bekritiseren|-0.94
w:akkoord|prijzen|1.97
w:akkoord|geruststellen|-0.73
w:akkoord|vervolgafspraak|-0.92
w:al|ik-boodschap|-0.81
w:al|jij-boodschap|0.77
w:al|gevoelsreflectie|-0.97
w:al|aanmoediging|1.0
w:al|bevelen|-0.83
w:al|waarschuwen|-0.96
w:al|argumenteren|2.57
w:al|bekritiseren|-1.27
w:al|prijzen|-0.9
w:al|geruststellen|-1.0
w:al|ondervragen|-1.9
w:al|afleiden|0.11
w:al|afronding-aankondigen|-0.99
w:al|vervolgafspraak|-1.0
w:alle|jij-boodschap|0.82
w:alle|aanmoediging|0.99
w:alle|bevelen|-0.41
w:alle|bekritiseren|0.95
w:alle|etiketteren|-0.98
w:allebei|ik-boodschap|0.95
w:allebei|samenvatting|0.89
w:allebei|open-vraag|-1.0
w:allebei|afleiden|-0.99
w:allebei|afronding-aankondigen|-1.0
w:allebei|vervolgafspraak|-0.96
w:alleen|ik-boodschap|0.77
w:alleen|jij-boodschap|-1.73
w:alleen|parafrase|-1.0
w:alleen|gevoelsreflectie|1.0
w:alleen|samenvatting|0.92
w:alleen|open-vraag|-1.0
w:alleen|waarschuwen|0.99
w:alleen|adviseren|-1.0
w:alleen|argumenteren|0.87
w:alleen|bekritiseren|-1.92
w:alleen|etiketteren|-0.94
w:alleen|interpreteren|0.22
w:alleen|geruststellen|-1.88
w:alleen|vervolgafspraak|-0.97
w:allemaal|ik-boodschap|0.55
w:allemaal|geruststellen|-0.89
w:allemaal|ondervragen|-0.9
w:allemaal|afleiden|0.96
w:alles|gevoelsreflectie|-0.94
w:alles|samenvatting|0.99
w:alles|open-vraag|-1.0
w:alles|waarschuwen|-1.99
w:alles|adviseren|-1.8
w:alles|bekritiseren|1.82
w:alles|etiketteren|1.0
w:als|ik-boodschap|2.2
w:als|jij-boodschap|-1.32
w:als|parafrase|-0.74
w:als|gevoelsreflectie|-1.25
w:als|samenvatting|-0.87
w:als|open-vraag|-1.63
w:als|bevelen|-1.1
w:als|waarschuwen|1.06
w:als|moraliseren|1.5
w:als|adviseren|0.53
w:als|bekritiseren|-0.53
w:als|prijzen|0.85
w:als|etiketteren|-1.95
w:als|interpreteren|-1.0
w:als|geruststellen|-0.95
w:als|ondervragen|0.62
w:als|afleiden|-1.87
w:als|afronding-aankondigen|-0.97
w:als|bedanken|-0.93
w:alsof|gevoelsreflectie|1.93
w:alsof|moraliseren|-1.0
w:alsof|bekritiseren|0.91
w:alstublieft|bevelen|0.95
w:altijd|jij-boodschap|0.11
w:altijd|parafrase|-0.96
w:altijd|bevelen|-0.99
w:altijd|waarschuwen|-0.93
w:altijd|moraliseren|-1.0
w:altijd|bekritiseren|-0.94
w:altijd|prijzen|1.89
w:altijd|etiketteren|-0.1
w:altijd|interpreteren|-0.95
w:altijd|ondervragen|-0.85
w:altijd|vervolgafspraak|-0.92
w:amira|ik-boodschap|0.83
w:amira|gevoelsreflectie|-0.97
w:ander|parafrase|0.97
w:ander|bevelen|-0.93
w:andere|parafrase|1.84
w:andere|gevoelsreflectie|-0.6
w:andere|samenvatting|-2.76
w:andere|open-vraag|-1.53
w:andere|aanmoediging|-0.98
w:andere|waarschuwen|0.86
w:andere|geruststellen|-0.86
w:anderen|ik-boodschap|1.89
w:anderen|gevoelsreflectie|-0.94
w:anders|aanmoediging|-1.0
w:anders|bevelen|0.36
w:anders|waarschuwen|0.92
w:anders|moraliseren|-0.94
w:anders|afleiden|0.63
w:andersom|jij-boodschap|1.74
w:andersom|parafrase|1.0
w:andersom|bekritiseren|0.98
w:angst|gevoelsreflectie|0.94
w:angst|interpreteren|0.94
w:antwoord|ik-boodschap|0.75
w:antwoord|argumenteren|-0.81
w:antwoorden|vervolgafspraak|-0.95
w:apart|ik-boodschap|0.94
w:apart|gevoelsreflectie|-0.94
w:app|aanmoediging|-1.0
w:app|vervolgafspraak|1.0
w:arabisch|gevoelsreflectie|-1.0
w:arabisch|open-vraag|-1.0
w:asociaal|bekritiseren|0.96
w:aula|bekritiseren|-0.95
w:aula|afleiden|0.95
w:auto|aanmoediging|-0.78
w:auto|afleiden|-0.91
w:avond|adviseren|0.97
w:avond|argumenteren|0.96
w:avond|prijzen|-0.74
w:avond|ondervragen|0.2
w:avond|afleiden|-0.96
w:avonds|adviseren|1.92
w:ayoub|ik-boodschap|0.95
w:ayoub|samenvatting|0.97
w:baalt|ik-boodschap|-1.0
w:baalt|gevoelsreflectie|1.0
w:baalt|open-vraag|-0.63
w:baby|afleiden|-0.78
w:babyachtig|etiketteren|1.8
w:bakker|afleiden|-0.86
w:balen|gevoelsreflectie|-0.87
w:balen|open-vraag|0.96
w:balie|bevelen|-0.97
w:bang|ik-boodschap|-0.97
w:bang|gevoelsreflectie|0.15
w:bang|bevelen|-0.97
w:bang|adviseren|-0.97
w:bang|interpreteren|0.93
w:bank|gevoelsreflectie|-0.94
w:bas|ik-boodschap|0.94
w:bas|interpreteren|-0.9
w:basisschool|jij-boodschap|-0.99
w:bed|ik-boodschap|-0.9
w:bed|jij-boodschap|-0.52
w:bed|samenvatting|-0.93
w:bed|moraliseren|0.99
w:bed|bekritiseren|0.68
w:bed|ondervragen|0.98
w:bedankt|gevoelsreflectie|-0.86
w:bedankt|samenvatting|1.14
w:bedankt|waarschuwen|-0.95
w:bedankt|bekritiseren|1.77
w:bedankt|etiketteren|-0.93
w:bedankt|afronding-aankondigen|-0.96
w:bedankt|vervolgafspraak|-0.88
w:bedankt|bedanken|1.9
w:bedoeld|parafrase|0.95
w:bedoelt|parafrase|0.84
w:bedoelt|open-vraag|-0.91
w:bedoelt|argumenteren|-0.97
w:bedtijd|samenvatting|0.98
w:bedtijd|vervolgafspraak|0.98
w:beetje|gevoelsreflectie|2.81
w:beetje|bekritiseren|-1.0
w:begeleiden|waarschuwen|0.92
w:begin|moraliseren|-0.98
w:beginnen|afleiden|-0.84
w:begint|jij-boodschap|1.04
w:begint|parafrase|-0.96
w:begint|bevelen|-0.87
w:begint|bekritiseren|0.93
w:begint|interpreteren|0.72
w:begint|vervolgafspraak|-0.95
w:begon|samenvatting|0.92
w:begonnen|parafrase|0.96
w:begonnen|open-vraag|-0.96
w:begrijp|ik-boodschap|-1.94
w:begrijp|jij-boodschap|0.93
w:begrijp|parafrase|2.06
w:begrijp|gevoelsreflectie|0.55
w:begrijp|samenvatting|-0.96
w:begrijp|open-vraag|-0.93
w:begrijp|aanmoediging|0.82
w:begrijp|bekritiseren|0.93
w:begrijp|etiketteren|-1.0
w:begrijp|interpreteren|-0.92
w:begrijp|geruststellen|0.98
w:begrijp|afleiden|0.91
w:begrijpen|parafrase|-0.96
w:begrijpen|argumenteren|0.91
w:begrijpen|afronding-aankondigen|-0.96
w:begrijpt|prijzen|0.99
w:begrijpt|geruststellen|-0.99
w:begrijpt|afronding-aankondigen|-0.99
w:behandeld|gevoelsreflectie|0.86
w:behoorlijk|geruststellen|-0.88
w:behulpzaam|bekritiseren|1.78
w:behulpzaam|vervolgafspraak|-0.98
w:behulpzaam|bedanken|-0.98
w:bekeken|bedanken|-1.0
w:bel|ik-boodschap|-1.0
w:bel|jij-boodschap|-1.0
w:bel|parafrase|-1.0
w:bel|gevoelsreflectie|-1.0
w:bel|samenvatting|-0.9
w:bel|open-vraag|-1.97
w:bel|aanmoediging|-1.0
w:bel|bevelen|-1.0
w:bel|moraliseren|-1.0
w:bel|adviseren|-0.92
w:bel|argumenteren|-1.0
w:bel|bekritiseren|-1.0
w:bel|prijzen|-1.0
w:bel|etiketteren|-1.0
w:bel|interpreteren|-1.0
w:bel|geruststellen|-1.0
w:bel|ondervragen|-1.0
w:bel|afleiden|-1.0
w:bel|vervolgafspraak|2.71
w:bel|bedanken|-0.99
w:belabberde|afleiden|-1.0
w:belachelijke|argumenteren|-0.81
w:belachelijke|bekritiseren|1.96
w:belangrijk|argumenteren|-0.96
w:belangrijkste|interpreteren|-0.96
w:bellen|open-vraag|0.76
w:bellen|bekritiseren|-2.6
w:bellen|vervolgafspraak|0.98
w:beloof|prijzen|-0.91
w:belt|ik-boodschap|-1.0
w:belt|samenvatting|0.8
w:belt|bevelen|0.94
w:belt|afronding-aankondigen|0.86
w:belt|bedanken|0.98
w:bemoeit|jij-boodschap|0.93
w:bemoeit|gevoelsreflectie|-0.87
w:bemoeit|bekritiseren|0.93
w:ben|ik-boodschap|0.93
w:ben|jij-boodschap|-0.82
w:ben|parafrase|0.96
w:ben|gevoelsreflectie|-1.82
w:ben|open-vraag|0.99
w:ben|waarschuwen|-0.94
w:ben|moraliseren|-0.98
w:ben|bekritiseren|-2.17
w:ben|etiketteren|0.99
w:ben|geruststellen|-1.0
w:beneden|adviseren|1.92
w:benieuwd|open-vraag|0.99
w:bent|ik-boodschap|-2.82
w:bent|gevoelsreflectie|1.08
w:bent|open-vraag|-2.69
w:bent|aanmoediging|-0.92
w:bent|bevelen|-0.92
w:bent|moraliseren|-1.0
w:bent|adviseren|-2.53
w:bent|argumenteren|-1.0
w:bent|bekritiseren|-1.9
w:bent|prijzen|1.82
w:bent|etiketteren|1.04
w:bent|interpreteren|0.81
w:bent|geruststellen|1.59
w:bent|ondervragen|1.6
w:bent|afleiden|-1.88
w:bent|afronding-aankondigen|-0.86
w:bent|vervolgafspraak|-1.57
w:bent|bedanken|0.86
w:bereiken|open-vraag|0.95
w:bericht|jij-boodschap|1.49
w:bericht|argumenteren|0.78
w:bericht|bekritiseren|0.97
w:berichten|jij-boodschap|1.78
w:berichten|bevelen|-0.97
w:berichten|bekritiseren|0.86
w:berichten|bedanken|-0.99
w:beschermen|adviseren|-0.99
w:bescherming|adviseren|-0.97
w:beschermt|interpreteren|0.96
w:besluit|vervolgafspraak|0.8
w:bespreken|samenvatting|0.97
w:bespreken|open-vraag|0.98
w:bespreken|adviseren|-0.97
w:bespreken|afronding-aankondigen|-0.83
w:bespreking|waarschuwen|-0.98
w:besproken|open-vraag|-0.44
w:besproken|afronding-aankondigen|-0.8
w:besproken|vervolgafspraak|-0.98
w:besproken|bedanken|-0.98
w:best|jij-boodschap|-0.82
w:best|open-vraag|0.93
w:best|moraliseren|0.97
w:best|adviseren|-0.85
w:best|bekritiseren|-0.91
w:best|prijzen|0.9
w:best|geruststellen|-0.9
w:beste|ik-boodschap|-0.99
w:beste|open-vraag|-0.99
w:beste|adviseren|0.76
w:beste|bekritiseren|-0.9
w:beste|prijzen|0.98
w:beter|ik-boodschap|-0.98
w:beter|parafrase|0.78
w:beter|gevoelsreflectie|-0.49
w:beter|samenvatting|0.96
w:beter|aanmoediging|-0.96
w:beter|adviseren|1.0
w:beter|bekritiseren|0.87
w:beter|etiketteren|0.98
w:beter|afronding-aankondigen|-1.0
w:betrokken|gevoelsreflectie|-0.69
w:betrokken|adviseren|0.74
w:betrokken|prijzen|0.95
w:betrokken|interpreteren|-0.95
w:betrokken|vervolgafspraak|-0.69
w:bevalt|open-vraag|-0.93
w:bevalt|afleiden|0.74
w:bevorderen|ik-boodschap|-0.83
w:bezig|bekritiseren|0.96
w:bezig|etiketteren|-0.81
w:bezig|interpreteren|0.91
w:bezorgd|ik-boodschap|0.91
w:bezorgd|jij-boodschap|-1.81
w:bezorgd|parafrase|-1.0
w:bezorgd|gevoelsreflectie|1.0
w:bezorgd|aanmoediging|-1.0
w:bezorgd|bevelen|-1.0
w:bezorgd|moraliseren|-1.0
w:bezorgd|bekritiseren|-0.91
w:beëindig|vervolgafspraak|0.98
w:beëindigen|afronding-aankondigen|1.0
w:beëindigen|vervolgafspraak|0.96
w:bieden|waarschuwen|-0.96
w:biedt|bevelen|0.81
w:bij|ik-boodschap|0.89
w:bij|jij-boodschap|-1.11
w:bij|parafrase|0.95
w:bij|gevoelsreflectie|-0.11
w:bij|samenvatting|0.65
w:bij|open-vraag|1.98
w:bij|waarschuwen|-0.96
w:bij|moraliseren|-1.86
w:bij|adviseren|0.85
w:bij|interpreteren|-0.93
w:bij|geruststellen|-0.9
w:bij|ondervragen|-1.9
w:bij|afleiden|0.31
w:bij|afronding-aankondigen|0.82
w:bij|vervolgafspraak|3.8
w:bij|bedanken|0.98
w:bijhoudt|ik-boodschap|-0.89
w:bijhoudt|samenvatting|0.96
w:bijhoudt|adviseren|-0.81
w:bijhoudt|vervolgafspraak|0.96
w:bijles|gevoelsreflectie|-0.98
w:bijles|samenvatting|1.72
w:bijles|bevelen|1.84
w:bijles|prijzen|0.92
w:bijles|afronding-aankondigen|-0.85
w:bijles|bedanken|-0.95
w:bijlesdocent|moraliseren|-0.93
w:bijna|ik-boodschap|2.67
w:bijna|open-vraag|0.98
w:bijna|bedanken|-0.9
w:bijvoorbeeld|bevelen|-0.95
w:bijwerkt|ik-boodschap|0.98
w:bijwerkt|vervolgafspraak|-0.98
w:binnen|waarschuwen|-0.98
w:binnenkomen|argumenteren|-0.99
w:binnenkomt|ik-boodschap|0.88
w:binnenkomt|gevoelsreflectie|0.96
w:binnenkomt|moraliseren|-0.98
w:binnenkwam|ik-boodschap|0.87
w:binnenkwam|open-vraag|0.84
w:biologie|bekritiseren|-1.0
w:biologie|afleiden|0.98
w:biologie|vervolgafspraak|-1.0
w:blauw|ik-boodschap|1.62
w:blauw|open-vraag|0.84
w:bleven|gevoelsreflectie|0.43
w:blijft|ik-boodschap|-0.97
w:blijft|samenvatting|0.96
w:blijft|waarschuwen|1.88
w:blijft|geruststellen|0.88
w:blijkbaar|bekritiseren|0.95
w:blijkbaar|etiketteren|1.75
w:blijkt|argumenteren|0.89
w:blijven|ik-boodschap|0.95
w:blijven|aanmoediging|-0.96
w:blijven|argumenteren|0.99
w:blijven|bekritiseren|-0.64
w:blijven|afronding-aankondigen|1.74
w:blijven|vervolgafspraak|-0.95
w:bo|samenvatting|-0.98
w:bo|afleiden|-0.96
w:bo|vervolgafspraak|-0.98
w:boek|parafrase|0.92
w:boeken|adviseren|-0.96
w:boeken|geruststellen|0.94
w:boeken|ondervragen|-0.97
w:boer|gevoelsreflectie|0.86
w:boos|gevoelsreflectie|2.57
w:boos|open-vraag|-0.77
w:boos|aanmoediging|-0.9
w:boos|adviseren|0.13
w:boos|interpreteren|0.87
w:boos|geruststellen|0.98
w:boos|vervolgafspraak|-0.97
w:boosheid|gevoelsreflectie|0.94
w:boze|afleiden|-0.96
w:bram|ik-boodschap|1.34
w:bram|jij-boodschap|-0.66
w:bram|samenvatting|-0.99
w:bram|open-vraag|-0.15
w:bram|waarschuwen|0.93
w:bram|prijzen|-0.97
w:bram|etiketteren|-0.99
w:bram|interpreteren|-0.99
w:bram|geruststellen|0.1
w:bram|afleiden|0.23
w:breek|afronding-aankondigen|0.81
w:brengen|moraliseren|-0.96
w:brief|ik-boodschap|-1.72
w:brief|parafrase|0.96
w:brief|etiketteren|-0.98
w:broer|open-vraag|-1.0
w:broer|aanmoediging|-0.98
w:broertje|adviseren|0.82
w:brood|ik-boodschap|-1.0
w:brugklas|bekritiseren|-0.99
w:buikpijn|parafrase|1.0
w:buikpijn|gevoelsreflectie|-1.0
w:buiten|jij-boodschap|-0.97
w:buiten|waarschuwen|0.92
w:buitengesloten|samenvatting|-0.73
w:buitengesloten|open-vraag|-0.91
w:bus|ondervragen|-0.93
w:capuchon|moraliseren|-0.74
w:chagrijn|prijzen|-0.87
w:chagrijn|etiketteren|0.91
w:checken|parafrase|0.94
w:checken|samenvatting|-0.82
w:cijfer|ik-boodschap|0.97
w:cijfer|samenvatting|-0.97
w:cijfer|waarschuwen|-0.98
w:cijfer|argumenteren|0.97
w:cijfer|geruststellen|0.95
w:cijfer|vervolgafspraak|0.19
w:cijfers|ik-boodschap|-1.69
w:cijfers|parafrase|-1.94
w:cijfers|samenvatting|2.9
w:cijfers|open-vraag|-1.21
w:cijfers|adviseren|-0.99
w:cijfers|bekritiseren|-1.96
w:cijfers|geruststellen|-0.99
w:cijfers|ondervragen|-1.0
w:cijfers|afleiden|-2.79
w:cijfers|afronding-aankondigen|-1.08
w:cijfers|vervolgafspraak|-0.98
w:cijfers|bedanken|-0.98
w:clown|jij-boodschap|0.31
w:clown|prijzen|-0.97
w:clown|etiketteren|0.94
w:collega|vervolgafspraak|0.92
w:communicatie|parafrase|0.78
w:communicatie|gevoelsreflectie|-0.49
w:communicatie|open-vraag|-1.0
w:communiceren|jij-boodschap|-0.96
w:computer|ondervragen|0.94
w:concentratie|argumenteren|0.89
w:conciërge|bevelen|0.92
w:conciërge|waarschuwen|0.92
w:consequent|etiketteren|-0.98
w:contact|jij-boodschap|-0.77
w:contact|parafrase|-1.94
w:contact|aanmoediging|-0.97
w:contact|bedanken|-0.93
w:controleert|moraliseren|0.89
w:controleert|adviseren|0.98
w:controleert|bekritiseren|-0.88
w:controleert|etiketteren|-0.96
w:controleert|ondervragen|1.92
w:controleert|bedanken|-0.95
w:controleren|bevelen|0.99
w:controleren|adviseren|-0.81
w:curlingouder|waarschuwen|-1.0
w:curlingouder|prijzen|-0.94
w:curlingouder|etiketteren|1.0
w:curlingouders|bekritiseren|-0.98
w:daan|ik-boodschap|-0.99
w:daan|jij-boodschap|-0.92
w:daan|parafrase|-0.99
w:daan|gevoelsreflectie|-1.95
w:daan|open-vraag|0.95
w:daan|moraliseren|-1.72
w:daan|argumenteren|-0.8
w:daan|etiketteren|-0.98
w:daan|vervolgafspraak|0.98
w:daar|ik-boodschap|1.78
w:daar|jij-boodschap|0.8
w:daar|parafrase|-0.17
w:daar|gevoelsreflectie|-0.89
w:daar|samenvatting|-1.03
w:daar|open-vraag|1.55
w:daar|aanmoediging|-1.0
w:daar|bevelen|0.95
w:daar|moraliseren|-1.07
w:daar|adviseren|0.82
w:daar|argumenteren|1.77
w:daar|etiketteren|1.86
w:daar|interpreteren|-0.85
w:daar|ondervragen|-0.93
w:daar|afleiden|0.95
w:daar|vervolgafspraak|-0.98
w:daardoor|ik-boodschap|0.94
w:daardoor|gevoelsreflectie|-0.94
w:daardoor|samenvatting|0.98
w:daardoor|geruststellen|-0.99
w:daardoor|afronding-aankondigen|0.98
w:daardoor|bedanken|0.98
w:daarin|parafrase|0.97
w:daarmee|samenvatting|0.92
w:daarmee|adviseren|-0.99
w:daarmee|afronding-aankondigen|0.92
w:daarnaar|open-vraag|-0.96
w:daarom|parafrase|1.88
w:daarom|moraliseren|-0.52
w:daarom|argumenteren|-0.89
w:daarom|interpreteren|1.92
w:daarom|geruststellen|-0.96
w:daarom|afleiden|-0.52
w:daaronder|gevoelsreflectie|0.94
w:daaronder|interpreteren|0.94
w:daarop|parafrase|-0.99
w:daarover|bekritiseren|-0.95
w:daarover|afleiden|0.95
w:daartegenaan|jij-boodschap|-0.82
w:daartegenaan|open-vraag|0.57
w:daartegenaan|bekritiseren|-0.92
w:daarvan|ik-boodschap|1.62
w:daarvan|open-vraag|1.82
w:daarvoor|bekritiseren|-0.93
w:daarvoor|interpreteren|-0.99
w:daarvoor|afronding-aankondigen|-0.99
w:daarvoor|bedanken|0.99
w:daden|gevoelsreflectie|-0.9
w:daden|moraliseren|0.93
w:dag|jij-boodschap|-0.92
w:dag|bevelen|0.1
w:dag|waarschuwen|0.99
w:dag|argumenteren|0.89
w:dag|bekritiseren|-0.88
w:dagen|ik-boodschap|-0.76
w:dagopening|ik-boodschap|0.88
w:dan|ik-boodschap|2.67
w:dan|jij-boodschap|-0.73
w:dan|parafrase|1.0
w:dan|gevoelsreflectie|-1.0
w:dan|samenvatting|-0.84
w:dan|open-vraag|-0.96
w:dan|waarschuwen|0.86
w:dan|adviseren|-0.56
w:dan|argumenteren|-0.81
w:dan|bekritiseren|-0.66
w:dan|prijzen|1.96
w:dan|interpreteren|0.9
w:dan|ondervragen|-1.87
w:dan|afronding-aankondigen|0.13
w:dan|vervolgafspraak|-1.91
w:dank|ik-boodschap|-0.99
w:dank|jij-boodschap|-0.95
w:dank|gevoelsreflectie|-0.81
w:dank|samenvatting|-0.16
w:dank|bekritiseren|-0.88
w:dank|prijzen|-0.99
w:dank|interpreteren|-0.99
w:dank|ondervragen|-0.93
w:dank|bedanken|3.94
w:dankjewel|bedanken|0.93
w:dat|ik-boodschap|-0.95
w:dat|jij-boodschap|-0.18
w:dat|parafrase|1.88
w:dat|gevoelsreflectie|0.68
w:dat|samenvatting|-0.77
w:dat|open-vraag|0.67
w:dat|aanmoediging|-3.79
w:dat|bevelen|-0.92
w:dat|moraliseren|1.0
w:dat|adviseren|-2.63
w:dat|argumenteren|-1.21
w:dat|bekritiseren|-1.1
w:dat|prijzen|0.77
w:dat|etiketteren|-2.98
w:dat|interpreteren|0.58
w:dat|geruststellen|-0.28
w:dat|ondervragen|-0.83
w:dat|afleiden|-1.03
w:dat|afronding-aankondigen|-2.02
w:dat|vervolgafspraak|-2.85
w:datum|afleiden|-0.93
w:datum|afronding-aankondigen|-0.89
w:datum|bedanken|0.93
w:de|ik-boodschap|1.98
w:de|jij-boodschap|-1.72
w:de|parafrase|0.71
w:de|gevoelsreflectie|-2.34
w:de|samenvatting|1.94
w:de|open-vraag|1.21
w:de|aanmoediging|-1.84
w:de|bevelen|-2.73
w:de|waarschuwen|-0.83
w:de|moraliseren|-2.45
w:de|adviseren|-2.43
w:de|argumenteren|-1.48
w:de|bekritiseren|-2.05
w:de|prijzen|-1.03
w:de|etiketteren|0.62
w:de|interpreteren|-1.07
w:de|geruststellen|-2.88
w:de|ondervragen|-1.99
w:de|afleiden|-1.87
w:de|afronding-aankondigen|-1.78
w:de|vervolgafspraak|1.69
w:de|bedanken|-1.04
w:deadline|argumenteren|1.85
w:debatclub|ik-boodschap|0.92
w:deed|gevoelsreflectie|-0.98
w:deed|open-vraag|0.91
w:deed|aanmoediging|0.98
w:deel|samenvatting|-0.98
w:deel|vervolgafspraak|-0.98
w:degene|jij-boodschap|1.74
w:degene|bekritiseren|0.98
w:delen|bekritiseren|-0.93
w:delen|afronding-aankondigen|-0.97
w:delen|bedanken|0.97
w:denk|jij-boodschap|1.05
w:denk|waarschuwen|0.95
w:denk|adviseren|-1.96
w:denk|bekritiseren|0.9
w:denk|interpreteren|2.61
w:denk|afronding-aankondigen|0.97
w:denken|prijzen|0.92
w:denken|etiketteren|-0.98
w:denken|afronding-aankondigen|-0.94
w:denkt|open-vraag|0.93
w:denkt|aanmoediging|-0.98
w:denkt|bekritiseren|2.13
w:denkt|etiketteren|-0.94
w:denkt|ondervragen|-0.83
w:derde|ik-boodschap|0.98
w:derde|waarschuwen|-0.98
w:derde|moraliseren|-0.98
w:dex|open-vraag|0.95
w:dex|vervolgafspraak|-0.95
w:deze|ik-boodschap|-0.59
w:deze|jij-boodschap|-1.98
w:deze|gevoelsreflectie|-0.87
w:deze|open-vraag|-0.98
w:deze|aanmoediging|-1.0
w:deze|bekritiseren|-0.98
w:deze|geruststellen|0.96
w:deze|afleiden|0.99
w:dezelfde|bekritiseren|-0.99
w:dicht|adviseren|0.96
w:dichtsloeg|ik-boodschap|-0.99
w:dichtsmeet|ik-boodschap|1.0
w:die|ik-boodschap|0.98
w:die|parafrase|0.96
w:die|gevoelsreflectie|0.93
w:die|bevelen|0.13
w:die|waarschuwen|-1.0
w:die|adviseren|-0.93
w:die|argumenteren|1.87
w:die|etiketteren|-0.7
w:die|geruststellen|-0.92
w:die|ondervragen|-0.79
w:die|afleiden|0.44
w:dient|bevelen|0.97
w:dient|bekritiseren|-0.57
w:ding|gevoelsreflectie|-1.0
w:dingen|argumenteren|-0.96
w:dingen|afleiden|0.84
w:dingen|afronding-aankondigen|-0.8
w:dinsdag|ik-boodschap|-1.96
w:dinsdag|interpreteren|-1.9
w:dinsdag|afronding-aankondigen|0.91
w:dinsdag|vervolgafspraak|1.79
w:dinsdag|bedanken|-0.98
w:dipje|geruststellen|0.92
w:diploma|jij-boodschap|0.81
w:diploma|waarschuwen|0.85
w:diploma|bekritiseren|-0.13
w:directie|waarschuwen|0.96
w:directie|vervolgafspraak|0.8
w:discussiëren|moraliseren|-0.98
w:discussiëren|argumenteren|0.98
w:dit|ik-boodschap|-1.83
w:dit|jij-boodschap|-1.05
w:dit|parafrase|-0.95
w:dit|samenvatting|-1.0
w:dit|open-vraag|-1.0
w:dit|aanmoediging|-0.1
w:dit|moraliseren|-1.06
w:dit|adviseren|-1.99
w:dit|argumenteren|-0.3
w:dit|bekritiseren|-1.27
w:dit|prijzen|1.99
w:dit|etiketteren|-0.99
w:dit|geruststellen|-1.14
w:dit|ondervragen|-0.13
w:dit|afleiden|-0.99
w:dit|afronding-aankondigen|-1.0
w:dit|vervolgafspraak|-1.9
w:docent|ik-boodschap|-0.89
w:docent|parafrase|-0.9
w:docent|samenvatting|2.76
w:docent|moraliseren|0.49
w:docent|argumenteren|-0.8
w:docent|vervolgafspraak|0.96
w:docenten|jij-boodschap|-0.99
w:docenten|samenvatting|-0.99
w:docenten|moraliseren|0.4
w:docenten|interpreteren|-0.99
w:docentenvergadering|ik-boodschap|-0.93
w:dochter|ik-boodschap|0.97
w:dochter|jij-boodschap|-0.79
w:dochter|waarschuwen|-0.97
w:dochter|argumenteren|-1.0
w:dochter|bekritiseren|1.0
w:doe|ik-boodschap|-0.97
w:doe|jij-boodschap|-1.44
w:doe|bevelen|-0.92
w:doe|moraliseren|2.32
w:doe|argumenteren|-0.77
w:doe|bekritiseren|-2.47
w:doe|geruststellen|-0.96
w:doe|ondervragen|-0.1
w:doe|afleiden|-0.96
w:doen|ik-boodschap|1.02
w:doen|jij-boodschap|-0.73
w:doen|parafrase|0.92
w:doen|samenvatting|-0.98
w:doen|waarschuwen|0.92
w:doen|moraliseren|-0.97
w:doen|adviseren|-0.61
w:doen|argumenteren|0.79
w:doen|bekritiseren|-0.74
w:doen|prijzen|0.9
w:doen|interpreteren|0.72
w:doen|geruststellen|-0.25
w:doen|afleiden|0.99
w:doen|vervolgafspraak|-0.98
w:doet|jij-boodschap|0.41
w:doet|parafrase|-1.0
w:doet|open-vraag|-0.96
w:doet|aanmoediging|-1.0
w:doet|moraliseren|0.94
w:doet|argumenteren|-0.97
w:doet|bekritiseren|0.39
w:doet|interpreteren|0.99
w:doet|geruststellen|0.23
w:doet|afleiden|0.61
w:doet|afronding-aankondigen|-1.0
w:doet|vervolgafspraak|-1.0
w:dom|samenvatting|0.98
w:dom|afronding-aankondigen|0.98
w:dom|bedanken|0.98
w:domme|argumenteren|-0.97
w:donderdag|ik-boodschap|-0.76
w:donderdag|samenvatting|-0.95
w:donderdag|afronding-aankondigen|0.95
w:donderdag|vervolgafspraak|1.84
w:door|ik-boodschap|2.66
w:door|gevoelsreflectie|1.71
w:door|samenvatting|-0.97
w:door|aanmoediging|1.82
w:door|waarschuwen|0.92
w:door|adviseren|0.74
w:door|geruststellen|-0.98
w:doordat|samenvatting|-0.94
w:doordat|argumenteren|-0.98
w:doordat|afleiden|-0.96
w:doorgaan|waarschuwen|0.99
w:doorgaat|jij-boodschap|2.44
w:doorgaat|waarschuwen|1.01
w:doorgaat|bekritiseren|0.85
w:doorgeven|ik-boodschap|0.96
w:doorgeven|waarschuwen|-0.96
w:doorgeven|argumenteren|-0.96
w:doorheen|geruststellen|1.87
w:doorneemt|adviseren|1.89
w:dossier|jij-boodschap|-0.99
w:dossier|bekritiseren|-0.99
w:draait|waarschuwen|-0.92
w:dramatisch|bevelen|-0.94
w:dramatisch|waarschuwen|-1.0
w:dramatisch|afleiden|-0.96
w:drie|ik-boodschap|0.14
w:drie|jij-boodschap|-0.21
w:drie|samenvatting|0.8
w:drie|open-vraag|-1.92
w:drie|argumenteren|0.12
w:drie|bekritiseren|-1.0
w:drie|etiketteren|-0.87
w:drie|interpreteren|-0.99
w:drie|afronding-aankondigen|-1.72
w:drie|vervolgafspraak|1.0
w:drie|bedanken|0.98
w:dromer|jij-boodschap|0.55
w:druk|jij-boodschap|-0.99
w:druk|etiketteren|-0.92
w:druk|interpreteren|-0.83
w:druk|geruststellen|0.96
w:drukte|etiketteren|-0.75
w:duidelijk|gevoelsreflectie|0.91
w:duidelijk|samenvatting|0.86
w:duidelijk|bevelen|0.96
w:duidelijk|argumenteren|2.99
w:duidelijk|interpreteren|-0.99
w:duidelijk|ondervragen|-1.0
w:duidelijk|afleiden|-1.0
w:duidelijk|vervolgafspraak|0.73
w:duidelijker|jij-boodschap|-0.58
w:duits|samenvatting|-0.94
w:durfde|ik-boodschap|-0.99
w:durfde|bedanken|0.99
w:durft|samenvatting|0.83
w:durft|moraliseren|-0.96
w:dus|ik-boodschap|0.11
w:dus|jij-boodschap|-0.92
w:dus|parafrase|1.96
w:dus|gevoelsreflectie|-0.33
w:dus|samenvatting|1.03
w:dus|open-vraag|0.81
w:dus|aanmoediging|-1.0
w:dus|bevelen|-0.92
w:dus|waarschuwen|-0.93
w:dus|moraliseren|-1.54
w:dus|adviseren|-0.84
w:dus|argumenteren|-1.92
w:dus|bekritiseren|-0.71
w:dus|prijzen|2.89
w:dus|etiketteren|-0.79
w:dus|interpreteren|-1.95
w:dus|geruststellen|-1.82
w:dus|afronding-aankondigen|-0.93
w:dus|vervolgafspraak|1.01
w:dus|bedanken|-0.96
w:duurt|moraliseren|0.93
w:duurzaamheid|parafrase|-1.0
w:duurzaamheid|aanmoediging|-1.0
w:duurzaamheid|afleiden|-1.0
w:duurzaamheid|vervolgafspraak|-1.0
w:dwarszit|aanmoediging|-0.8
w:dwingen|interpreteren|-0.94
w:ech|argumenteren|-0.45
w:echt|ik-boodschap|3.53
w:echt|jij-boodschap|-1.26
w:echt|parafrase|-2.9
w:echt|gevoelsreflectie|0.99
w:echt|open-vraag|-0.62
w:echt|aanmoediging|-0.97
w:echt|bevelen|-0.87
w:echt|moraliseren|-0.99
w:echt|adviseren|-1.83
w:echt|argumenteren|-0.97
w:echt|prijzen|-0.95
w:echt|etiketteren|1.85
w:echt|geruststellen|2.78
w:echt|ondervragen|-1.79
w:echt|afleiden|-1.0
w:echt|afronding-aankondigen|-0.96
w:echt|vervolgafspraak|-1.86
w:echte|etiketteren|0.98
w:een|ik-boodschap|0.47
w:een|jij-boodschap|-0.47
w:een|parafrase|-1.04
w:een|gevoelsreflectie|-1.46
w:een|samenvatting|1.11
w:een|open-vraag|-1.15
w:een|aanmoediging|-0.97
w:een|bevelen|-1.97
w:een|waarschuwen|-0.9
w:een|moraliseren|-0.18
w:een|adviseren|0.84
w:een|bekritiseren|-3.4
w:een|prijzen|1.06
w:een|etiketteren|1.07
w:een|interpreteren|-1.81
w:een|geruststellen|0.81
w:een|ondervragen|-0.95
w:een|afleiden|-0.89
w:een|afronding-aankondigen|-0.14
w:een|vervolgafspraak|0.87
w:eenmaal|jij-boodschap|0.55
w:eenmaal|bevelen|-0.82
w:eenmaal|waarschuwen|-0.96
w:eenmaal|moraliseren|0.69
w:eenmaal|argumenteren|-0.14
w:eenmaal|interpreteren|-0.93
w:eenmaal|geruststellen|-0.93
w:eenmaal|ondervragen|-1.0
w:eenmaal|afleiden|0.9
w:eens|ik-boodschap|1.16
w:eens|jij-boodschap|1.66
w:eens|gevoelsreflectie|-0.9
w:eens|samenvatting|-1.97
w:eens|aanmoediging|-0.8
w:eens|waarschuwen|-0.91
w:eens|moraliseren|0.93
w:eens|adviseren|3.03
w:eens|bekritiseren|1.07
w:eens|prijzen|-0.98
w:eens|interpreteren|-1.0
w:eens|geruststellen|-1.25
w:eens|afleiden|0.86
w:eentje|ik-boodschap|-0.72
w:eenvoudig|argumenteren|0.91
w:eerder|bekritiseren|-0.84
w:eerder|interpreteren|0.72
w:eerder|ondervragen|0.91
w:eerlijk|ik-boodschap|-0.99
w:eerlijk|jij-boodschap|0.99
w:eerlijk|gevoelsreflectie|-1.68
w:eerlijk|open-vraag|0.95
w:eerlijk|moraliseren|0.93
w:eerlijk|bekritiseren|-0.99
w:eerlijk|geruststellen|-1.62
w:eerlijk|afronding-aankondigen|-0.86
w:eerst|bevelen|1.0
w:eerst|waarschuwen|-0.94
w:eerst|adviseren|1.74
w:eerste|ik-boodschap|-0.76
w:eerste|parafrase|-1.73
w:eerste|samenvatting|0.97
w:eerste|open-vraag|0.77
w:eerste|argumenteren|-0.99
w:eerste|bekritiseren|-0.97
w:eerste|geruststellen|1.98
w:eet|open-vraag|0.98
w:eigen|samenvatting|0.98
w:eigen|waarschuwen|-0.98
w:eigen|interpreteren|0.98
w:eigen|ondervragen|-0.84
w:eigenlijk|jij-boodschap|-0.97
w:eigenlijk|parafrase|0.97
w:eigenlijk|gevoelsreflectie|-0.96
w:eigenlijk|open-vraag|-1.93
w:eigenlijk|waarschuwen|-0.98
w:eigenlijk|moraliseren|-0.52
w:eigenlijk|adviseren|-0.97
w:eigenlijk|interpreteren|1.99
w:eigenlijk|geruststellen|-0.94
w:eigenlijk|afleiden|2.11
w:eind|ik-boodschap|-1.0
w:eind|waarschuwen|0.99
w:eind|afronding-aankondigen|1.0
w:eind|vervolgafspraak|-1.0
w:eind|bedanken|-0.96
w:einde|gevoelsreflectie|0.91
w:einde|afleiden|0.91
w:eindelijk|jij-boodschap|1.66
w:eindelijk|bekritiseren|1.81
w:eindelijk|geruststellen|-0.94
w:elf|samenvatting|-0.97
w:elf|argumenteren|0.97
w:elk|geruststellen|0.77
w:elkaar|samenvatting|-0.88
w:elkaar|moraliseren|0.91
w:elkaar|argumenteren|-0.99
w:elkaar|interpreteren|-0.94
w:elkaar|afronding-aankondigen|-0.9
w:elke|ik-boodschap|0.98
w:elke|jij-boodschap|-0.92
w:elke|parafrase|-0.9
w:elke|samenvatting|0.9
w:elke|bevelen|0.99
w:elke|adviseren|2.77
w:elke|argumenteren|0.96
w:elke|bekritiseren|-0.88
w:elke|prijzen|-0.74
w:elke|geruststellen|0.11
w:elke|ondervragen|0.2
w:elke|afleiden|0.69
w:emotioneel|gevoelsreflectie|0.83
w:en|ik-boodschap|2.89
w:en|jij-boodschap|2.36
w:en|parafrase|-5.62
w:en|gevoelsreflectie|-3.73
w:en|samenvatting|3.7
w:en|open-vraag|-2.67
w:en|aanmoediging|1.01
w:en|bevelen|-0.12
w:en|moraliseren|-0.96
w:en|adviseren|-3.91
w:en|argumenteren|-2.6
w:en|bekritiseren|1.11
w:en|prijzen|-1.91
w:en|etiketteren|-0.97
w:en|interpreteren|-0.95
w:en|geruststellen|-2.92
w:en|ondervragen|1.81
w:en|afleiden|-0.9
w:en|afronding-aankondigen|0.84
w:en|bedanken|-0.96
w:enfin|afleiden|1.0
w:eng|geruststellen|-0.63
w:engels|ik-boodschap|-0.98
w:engels|samenvatting|0.95
w:engels|aanmoediging|-0.96
w:engels|argumenteren|-0.85
w:engels|etiketteren|-0.97
w:engels|geruststellen|-0.96
w:engels|vervolgafspraak|0.92
w:enkel|jij-boodschap|2.49
w:enkel|moraliseren|-0.59
w:enkel|bekritiseren|1.97
w:enkele|ik-boodschap|1.83
w:enkele|jij-boodschap|-1.74
w:enkele|bekritiseren|-1.83
w:enorm|jij-boodschap|0.85
w:enorm|waarschuwen|0.85
w:enorm|bekritiseren|0.85
w:enorme|gevoelsreflectie|0.53
w:enorme|argumenteren|-0.85
w:er|ik-boodschap|1.65
w:er|jij-boodschap|0.17
w:er|parafrase|-1.86
w:er|gevoelsreflectie|1.33
w:er|samenvatting|-1.81
w:er|open-vraag|0.37
w:er|bevelen|0.71
w:er|waarschuwen|0.1
w:er|moraliseren|-0.95
w:er|adviseren|0.9
w:er|argumenteren|-1.77
w:er|bekritiseren|-0.84
w:er|prijzen|-1.03
w:er|etiketteren|-1.0
w:er|interpreteren|-0.97
w:er|ondervragen|-2.17
w:er|afleiden|-0.89
w:er|afronding-aankondigen|1.2
w:er|vervolgafspraak|-0.13
w:er|bedanken|0.99
w:erbij|samenvatting|-0.95
w:erbij|afleiden|-0.93
w:erbij|afronding-aankondigen|0.87
w:erbij|vervolgafspraak|1.82
w:erbij|bedanken|-0.94
w:erg|ik-boodschap|-0.54
w:erg|parafrase|-1.0
w:erg|gevoelsreflectie|2.96
w:erg|bevelen|-1.0
w:erg|moraliseren|-1.0
w:erg|adviseren|-0.99
w:erg|argumenteren|-0.99
w:erg|bekritiseren|-1.91
w:erg|geruststellen|0.64
w:ergert|open-vraag|-0.98
w:erop|samenvatting|-0.79
w:eruit|ik-boodschap|-0.97
w:eruit|jij-boodschap|1.64
w:eruit|samenvatting|0.97
w:eruit|bevelen|-0.93
w:eruit|waarschuwen|0.93
w:eruit|adviseren|-1.96
w:eruit|bekritiseren|0.99
w:eruit|vervolgafspraak|0.97
w:ervan|ik-boodschap|0.97
w:ervan|afronding-aankondigen|-0.95
w:ervaren|ik-boodschap|-1.0
w:ervaren|ondervragen|-1.0
w:ervaring|prijzen|0.91
w:ervoor|vervolgafspraak|-0.97
w:eva|ik-boodschap|-0.93
w:evalueren|samenvatting|-0.97
w:evalueren|bedanken|-0.95
w:even|ik-boodschap|-1.62
w:even|jij-boodschap|-2.69
w:even|parafrase|-1.94
w:even|gevoelsreflectie|-1.0
w:even|samenvatting|2.97
w:even|open-vraag|-1.02
w:even|bevelen|0.73
w:even|waarschuwen|-0.94
w:even|moraliseren|-1.0
w:even|adviseren|0.39
w:even|argumenteren|-0.92
w:even|bekritiseren|-0.99
w:even|etiketteren|-0.91
w:even|geruststellen|-0.98
w:even|afleiden|1.9
w:even|afronding-aankondigen|-0.96
w:even|vervolgafspraak|-0.77
w:even|bedanken|0.94
w:examenreglement|argumenteren|1.65
w:examens|jij-boodschap|-0.78
w:examens|bevelen|-0.78
w:examens|geruststellen|0.99
w:excuses|jij-boodschap|0.94
w:excuses|bevelen|1.76
w:excuses|waarschuwen|-0.96
w:excuus|geruststellen|-0.92
w:extra|samenvatting|0.98
w:extra|bevelen|-0.92
w:extra|adviseren|-0.85
w:extra|prijzen|1.87
w:extra|etiketteren|-0.79
w:extra|interpreteren|0.91
w:extra|geruststellen|-0.9
w:extra|vervolgafspraak|-0.92
w:faalangst|afleiden|-0.96
w:falen|bevelen|-0.97
w:falen|interpreteren|0.93
w:familie|geruststellen|-1.0
w:familie|afleiden|1.0
w:fase|geruststellen|0.99
w:februari|argumenteren|0.84
w:feit|ik-boodschap|-0.83
w:feit|argumenteren|1.92
w:fel|interpreteren|1.0
w:fenna|bekritiseren|-0.94
w:fiets|waarschuwen|-0.87
w:fietsenstalling|afleiden|-1.0
w:fijn|ik-boodschap|0.95
w:fijn|jij-boodschap|-0.11
w:fijn|gevoelsreflectie|-1.09
w:fijn|adviseren|-1.0
w:fijn|bekritiseren|-0.78
w:fijn|etiketteren|-0.93
w:fijn|geruststellen|-0.94
w:fijn|afronding-aankondigen|-0.99
w:fijn|bedanken|-0.93
w:fijne|jij-boodschap|-0.43
w:fijne|geruststellen|-0.73
w:filmpje|prijzen|-0.91
w:filmpjes|bekritiseren|-0.98
w:finn|waarschuwen|-0.96
w:finn|prijzen|0.96
w:fleur|samenvatting|0.98
w:fleur|afronding-aankondigen|0.98
w:fleur|bedanken|0.98
w:flinke|jij-boodschap|-1.0
w:flinke|aanmoediging|-1.0
w:formulier|bevelen|-0.97
w:fouten|samenvatting|-0.97
w:fouten|argumenteren|0.97
w:frans|ik-boodschap|-0.89
w:frans|parafrase|-0.9
w:frans|samenvatting|1.86
w:frans|argumenteren|-0.96
w:frans|interpreteren|-0.91
w:frans|vervolgafspraak|0.23
w:frustreert|waarschuwen|-0.98
w:frustreert|afronding-aankondigen|0.75
w:frustrerend|parafrase|-0.84
w:frustrerend|gevoelsreflectie|0.97
w:frustrerend|etiketteren|-1.0
w:ga|ik-boodschap|-1.0
w:ga|samenvatting|-0.98
w:ga|open-vraag|-0.99
w:ga|bevelen|1.01
w:ga|interpreteren|-0.94
w:ga|ondervragen|-0.93
w:ga|afleiden|0.99
w:ga|afronding-aankondigen|-0.72
w:ga|vervolgafspraak|-0.91
w:ga|bedanken|-0.94
w:gaan|ik-boodschap|-0.83
w:gaan|jij-boodschap|-0.18
w:gaan|parafrase|-1.0
w:gaan|gevoelsreflectie|-0.99
w:gaan|samenvatting|-1.0
w:gaan|open-vraag|-0.54
w:gaan|aanmoediging|-1.0
w:gaan|bevelen|-2.86
w:gaan|waarschuwen|-1.08
w:gaan|moraliseren|-1.0
w:gaan|argumenteren|-1.0
w:gaan|prijzen|-1.98
w:gaan|etiketteren|-1.0
w:gaan|interpreteren|-1.0
w:gaan|ondervragen|-1.93
w:gaan|afleiden|-1.0
w:gaan|vervolgafspraak|-1.0
w:gaan|bedanken|-1.9
w:gaat|ik-boodschap|-2.77
w:gaat|jij-boodschap|-0.97
w:gaat|parafrase|-1.92
w:gaat|gevoelsreflectie|-1.1
w:gaat|samenvatting|1.82
w:gaat|open-vraag|1.46
w:gaat|aanmoediging|-1.14
w:gaat|bevelen|0.89
w:gaat|waarschuwen|-0.96
w:gaat|adviseren|-1.07
w:gaat|argumenteren|-1.0
w:gaat|bekritiseren|-1.19
w:gaat|prijzen|0.97
w:gaat|etiketteren|-1.0
w:gaat|interpreteren|-0.86
w:gaat|geruststellen|1.81
w:gaat|ondervragen|-1.02
w:gaat|afleiden|-0.99
w:gaat|vervolgafspraak|-1.72
w:gaat|bedanken|-1.05
w:gaf|jij-boodschap|-0.82
w:gaf|open-vraag|0.57
w:gaf|bekritiseren|-0.92
w:gamen|ik-boodschap|-1.88
w:gamen|jij-boodschap|0.8
w:gamen|moraliseren|0.8
w:gamen|adviseren|-0.98
w:gamen|bekritiseren|0.81
w:gamen|etiketteren|-1.0
w:gamen|ondervragen|0.84
w:gamet|bekritiseren|0.99
w:gang|samenvatting|-0.92
w:gang|bevelen|-0.87
w:gang|bekritiseren|0.28
w:gang|geruststellen|-0.99
w:gapen|ik-boodschap|0.98
w:gaten|samenvatting|0.8
w:gaten|afronding-aankondigen|0.86
w:gaten|vervolgafspraak|0.98
w:gaten|bedanken|0.98
w:gebeld|parafrase|0.98
w:gebeld|open-vraag|-0.91
w:gebeld|bevelen|-0.97
w:gebeld|adviseren|-1.97
w:gebeld|bekritiseren|1.66
w:gebeld|vervolgafspraak|-0.97
w:gebeurd|ik-boodschap|0.86
w:gebeurd|parafrase|-0.96
w:gebeurd|gevoelsreflectie|-0.98
w:gebeurd|open-vraag|1.0
w:gebeurd|argumenteren|-1.0
w:gebeurd|geruststellen|0.86
w:gebeurd|afleiden|1.0
w:gebeuren|ik-boodschap|-0.97
w:gebeuren|bekritiseren|-0.64
w:gebeuren|geruststellen|1.87
w:gebeurt|parafrase|-0.97
w:gebeurt|gevoelsreflectie|-0.96
w:gebeurt|samenvatting|0.97
w:gebeurt|bevelen|-0.93
w:gebeurt|waarschuwen|1.9
w:gebeurt|bekritiseren|-0.81
w:gebeurt|geruststellen|0.64
w:gebeurt|afleiden|-0.91
w:gebouw|afleiden|0.76
w:gebracht|samenvatting|-0.91
w:gebruiken|open-vraag|-1.74
w:gebruiken|geruststellen|-1.0
w:gebruikt|jij-boodschap|-0.98
w:gedaan|jij-boodschap|-2.48
w:gedaan|waarschuwen|-0.96
w:gedaan|bekritiseren|-1.8
w:gedacht|adviseren|0.99
w:gedoe|parafrase|0.96
w:gedoe|open-vraag|-1.95
w:gedoe|etiketteren|0.97
w:gedoe|afleiden|0.99
w:gedraagt|jij-boodschap|1.0
w:gedraagt|bekritiseren|0.97
w:gedraagt|interpreteren|1.0
w:gedrag|ik-boodschap|-0.92
w:gedrag|waarschuwen|0.92
w:gedrag|argumenteren|-0.92
w:gedrag|bekritiseren|0.96
w:gedrag|afleiden|-0.96
w:gedragen|moraliseren|1.0
w:gedragen|argumenteren|-1.0
w:geduld|vervolgafspraak|0.8
w:geduldige|jij-boodschap|-0.73
w:geduldige|adviseren|-0.73
w:geduldige|etiketteren|-0.91
w:geduwd|gevoelsreflectie|0.7
w:gedwarsboomd|bekritiseren|0.92
w:geef|ik-boodschap|-0.98
w:geeft|parafrase|1.0
w:geeft|gevoelsreflectie|-1.0
w:geeft|bevelen|1.0
w:geeft|adviseren|-0.74
w:geen|ik-boodschap|2.46
w:geen|jij-boodschap|0.65
w:geen|parafrase|-1.93
w:geen|gevoelsreflectie|0.91
w:geen|samenvatting|-1.08
w:geen|bevelen|0.88
w:geen|waarschuwen|-1.92
w:geen|moraliseren|-1.58
w:geen|adviseren|-0.99
w:geen|argumenteren|0.2
w:geen|bekritiseren|0.14
w:geen|etiketteren|-1.0
w:geen|interpreteren|-0.89
w:geen|afleiden|-0.99
w:geen|vervolgafspraak|-0.27
w:gegaan|ik-boodschap|-0.9
w:gegaan|samenvatting|-0.98
w:gegaan|open-vraag|-0.95
w:gegaan|moraliseren|-0.98
w:gehaald|bekritiseren|-1.0
w:gehaald|vervolgafspraak|-1.0
w:gehad|ik-boodschap|0.93
w:gehad|jij-boodschap|-0.93
w:gehad|gevoelsreflectie|0.93
w:gehad|samenvatting|1.0
w:gehad|open-vraag|0.98
w:gehad|argumenteren|-0.88
w:gehad|bekritiseren|-0.97
w:gehad|prijzen|-1.0
w:gehad|interpreteren|-0.96
w:gehad|afleiden|-0.9
w:gehad|afronding-aankondigen|-0.92
w:geholpen|jij-boodschap|-0.5
w:geholpen|bekritiseren|-0.88
w:gehoord|adviseren|-0.98
w:gehouden|jij-boodschap|0.45
w:gekeken|jij-boodschap|0.82
w:gekeken|bekritiseren|0.95
w:gekleineerd|bekritiseren|1.0
w:gekomen|ik-boodschap|-0.97
w:gekomen|parafrase|0.96
w:gekomen|gevoelsreflectie|-0.69
w:gekomen|samenvatting|0.97
w:gekomen|waarschuwen|-0.93
w:gekomen|adviseren|-0.97
w:gekomen|prijzen|-0.99
w:gekomen|geruststellen|-0.96
w:gekomen|afleiden|-0.91
w:gekomen|vervolgafspraak|0.29
w:gekomen|bedanken|1.85
w:gekozen|open-vraag|-1.65
w:gekregen|gevoelsreflectie|-0.9
w:gekregen|bekritiseren|-0.99
w:gekwetst|parafrase|0.9
w:gekwetst|interpreteren|-0.9
w:gelaten|samenvatting|-0.95
w:geldt|ik-boodschap|-0.76
w:gelezen|jij-boodschap|0.93
w:gelezen|gevoelsreflectie|-0.87
w:gelezen|bekritiseren|0.93
w:gelezen|ondervragen|1.79
w:gelijk|samenvatting|-0.97
w:gelijk|argumenteren|0.97
w:gelijk|bekritiseren|-0.95
w:geloof|gevoelsreflectie|0.97
w:gelopen|gevoelsreflectie|-0.94
w:gemaakt|ik-boodschap|-0.83
w:gemaakt|samenvatting|-0.95
w:gemaakt|etiketteren|-0.91
w:gemaild|argumenteren|0.78
w:gemaild|vervolgafspraak|-0.95
w:gemeld|ik-boodschap|-0.84
w:gemeld|jij-boodschap|-0.21
w:gemeld|ondervragen|0.91
w:gemengde|adviseren|-0.87
w:gemerkt|ik-boodschap|0.73
w:gemiddeld|argumenteren|1.16
w:gemiddeld|ondervragen|-1.0
w:gemiddeld|afleiden|-1.0
w:gemiddelde|ik-boodschap|0.92
w:gemiddelde|jij-boodschap|-0.92
w:gemiddelde|bekritiseren|-0.92
w:gemist|ik-boodschap|0.97
w:gemist|geruststellen|-0.99
w:gemotiveerd|bekritiseren|0.97
w:genoeg|bekritiseren|-0.95
w:genoeg|afleiden|0.95
w:genomen|gevoelsreflectie|0.43
w:genomen|samenvatting|-0.97
w:genomen|vervolgafspraak|-0.95
w:gepakt|parafrase|1.0
w:gepast|bekritiseren|1.62
w:gepest|gevoelsreflectie|-1.9
w:gepest|argumenteren|-0.97
w:gepest|interpreteren|1.68
w:gepraat|samenvatting|0.92
w:gepraat|afronding-aankondigen|0.92
w:geprobeerd|gevoelsreflectie|0.97
w:geraakt|ik-boodschap|1.62
w:geraakt|open-vraag|0.84
w:gereageerd|jij-boodschap|1.49
w:gerust|aanmoediging|0.9
w:gerust|adviseren|0.83
w:gerust|geruststellen|0.94
w:geschopt|bekritiseren|0.94
w:geschorst|prijzen|-0.91
w:geschrokken|ik-boodschap|0.86
w:geschrokken|gevoelsreflectie|1.87
w:geschrokken|open-vraag|1.0
w:geschrokken|bekritiseren|-1.0
w:gesprek|ik-boodschap|0.91
w:gesprek|jij-boodschap|-1.76
w:gesprek|gevoelsreflectie|0.15
w:gesprek|samenvatting|1.56
w:gesprek|open-vraag|1.0
w:gesprek|aanmoediging|-1.0
w:gesprek|bevelen|0.12
w:gesprek|argumenteren|-1.0
w:gesprek|bekritiseren|-2.59
w:gesprek|ondervragen|1.62
w:gesprek|afronding-aankondigen|2.73
w:gesprek|vervolgafspraak|0.55
w:gesproken|jij-boodschap|-0.93
w:gesproken|ondervragen|-0.86
w:gesteld|bekritiseren|-0.99
w:gestuurd|waarschuwen|0.92
w:gevallen|ik-boodschap|0.98
w:geven|open-vraag|0.96
w:geven|bevelen|-0.89
w:geven|waarschuwen|-0.93
w:geven|moraliseren|-0.93
w:geven|adviseren|-0.98
w:geven|interpreteren|0.1
w:gevoel|gevoelsreflectie|-0.91
w:gevolgen|gevoelsreflectie|-0.9
w:gevolgen|moraliseren|0.93
w:geweest|gevoelsreflectie|2.35
w:geweest|open-vraag|-0.97
w:geweest|adviseren|-0.98
w:geweest|argumenteren|-0.85
w:geweest|bekritiseren|0.9
w:geweest|prijzen|-0.95
w:geweest|etiketteren|-0.87
w:geweldige|bekritiseren|2.74
w:geweldige|etiketteren|-0.93
w:geweldige|bedanken|-1.91
w:gewend|geruststellen|0.96
w:gewerkt|bekritiseren|-0.92
w:gewerkt|geruststellen|-0.92
w:gewond|ik-boodschap|0.91
w:gewoon|ik-boodschap|-0.92
w:gewoon|jij-boodschap|0.47
w:gewoon|parafrase|0.99
w:gewoon|samenvatting|-2.86
w:gewoon|bevelen|-0.8
w:gewoon|waarschuwen|-0.92
w:gewoon|moraliseren|0.3
w:gewoon|adviseren|1.96
w:gewoon|argumenteren|0.98
w:gewoon|etiketteren|0.98
w:gewoon|interpreteren|2.86
w:gewoon|geruststellen|0.33
w:gewoon|ondervragen|-0.93
w:gewoon|afleiden|-1.49
w:geworden|ondervragen|-0.83
w:gezegd|ik-boodschap|-0.99
w:gezegd|open-vraag|-0.98
w:gezegd|adviseren|-1.0
w:gezegd|geruststellen|-0.99
w:gezegd|ondervragen|1.0
w:gezegd|vervolgafspraak|-0.98
w:gezeur|samenvatting|-1.0
w:gezeur|bevelen|1.0
w:gezien|ik-boodschap|-1.0
w:gezien|jij-boodschap|-0.92
w:gezien|parafrase|0.99
w:gezien|samenvatting|-0.99
w:gezien|bekritiseren|-1.88
w:gezien|ondervragen|-0.93
w:gezien|afleiden|1.04
w:gijs|ik-boodschap|0.98
w:gijs|vervolgafspraak|-0.98
w:ging|gevoelsreflectie|-0.91
w:ging|bekritiseren|-0.94
w:ging|vervolgafspraak|0.98
w:gisteren|ik-boodschap|1.66
w:gisteren|jij-boodschap|-0.93
w:gisteren|open-vraag|0.84
w:gisteren|geruststellen|-0.99
w:gisteren|ondervragen|0.19
w:goed|ik-boodschap|-2.93
w:goed|jij-boodschap|0.82
w:goed|parafrase|1.34
w:goed|gevoelsreflectie|-1.47
w:goed|samenvatting|-0.96
w:goed|open-vraag|-2.12
w:goed|bevelen|-1.0
w:goed|waarschuwen|-1.91
w:goed|adviseren|-1.06
w:goed|argumenteren|-2.94
w:goed|bekritiseren|-2.18
w:goed|geruststellen|1.01
w:goed|afleiden|-0.19
w:goed|vervolgafspraak|-0.97
w:goed|bedanken|-0.99
w:goede|gevoelsreflectie|-0.97
w:goede|samenvatting|-1.0
w:goede|open-vraag|1.0
w:goede|moraliseren|0.89
w:goede|adviseren|-0.98
w:goede|argumenteren|-1.0
w:goede|bekritiseren|-1.03
w:goede|prijzen|0.98
w:goede|etiketteren|-0.96
w:graag|parafrase|-0.96
w:graag|open-vraag|-0.53
w:graag|afleiden|-0.94
w:graag|afronding-aankondigen|-1.76
w:grapjes|interpreteren|1.73
w:grenzen|jij-boodschap|0.8
w:grenzen|moraliseren|0.8
w:grenzen|interpreteren|1.0
w:grijpen|bekritiseren|0.99
w:groeit|geruststellen|0.99
w:groep|jij-boodschap|2.53
w:groep|gevoelsreflectie|0.93
w:groep|etiketteren|0.94
w:groepje|bevelen|-0.93
w:groepsapp|samenvatting|0.95
w:groepsopdracht|ik-boodschap|0.94
w:groepsopdracht|gevoelsreflectie|-0.94
w:groepsopdracht|samenvatting|-0.98
w:groepsopdracht|vervolgafspraak|-0.98
w:grote|bekritiseren|0.95
w:grote|etiketteren|0.91
w:gym|ik-boodschap|0.97
w:gymdocent|jij-boodschap|-1.74
w:gymdocent|open-vraag|0.57
w:gymdocent|bekritiseren|-0.92
w:gymles|ik-boodschap|0.86
w:gymles|gevoelsreflectie|1.68
w:gymspullen|ik-boodschap|-0.94
w:haalde|argumenteren|0.96
w:haalt|jij-boodschap|0.81
w:haalt|samenvatting|0.97
w:haalt|waarschuwen|0.85
w:haalt|argumenteren|1.13
w:haalt|bekritiseren|-0.13
w:haalt|etiketteren|-0.92
w:haalt|geruststellen|1.76
w:haalt|afleiden|0.88
w:haar|ik-boodschap|2.76
w:haar|jij-boodschap|-0.99
w:haar|gevoelsreflectie|0.9
w:haar|open-vraag|1.42
w:haar|bevelen|-0.99
w:haar|moraliseren|-0.99
w:haar|adviseren|1.67
w:haar|argumenteren|-1.0
w:haar|bekritiseren|-0.9
w:haar|etiketteren|-1.0
w:haar|interpreteren|0.95
w:haar|geruststellen|0.27
w:haar|afleiden|-2.65
w:haar|afronding-aankondigen|-0.99
w:haar|bedanken|-0.99
w:had|parafrase|0.91
w:had|gevoelsreflectie|0.98
w:had|samenvatting|-1.9
w:had|aanmoediging|-0.98
w:had|moraliseren|-0.55
w:had|argumenteren|1.94
w:had|bekritiseren|0.15
w:had|geruststellen|-0.96
w:hadden|bekritiseren|0.76
w:haha|afleiden|0.91
w:halen|jij-boodschap|-0.78
w:halen|bevelen|-0.78
w:halen|waarschuwen|-0.96
w:halen|prijzen|0.96
w:halen|geruststellen|0.99
w:half|afronding-aankondigen|1.82
w:half|vervolgafspraak|0.97
w:half|bedanken|1.94
w:halverwege|ik-boodschap|0.91
w:hamza|parafrase|1.0
w:hand|gevoelsreflectie|0.96
w:hand|bekritiseren|0.91
w:hand|geruststellen|0.87
w:handen|geruststellen|0.94
w:hard|bekritiseren|-0.92
w:hard|geruststellen|-0.92
w:harde|bevelen|-0.92
w:harde|etiketteren|-0.79
w:havo|ik-boodschap|-0.93
w:havo|waarschuwen|0.99
w:he|adviseren|-1.0
w:he|bekritiseren|-0.78
w:he|etiketteren|-1.0
w:he|afleiden|1.91
w:heb|ik-boodschap|-0.15
w:heb|jij-boodschap|-1.15
w:heb|parafrase|0.99
w:heb|gevoelsreflectie|-0.94
w:heb|samenvatting|-1.99
w:heb|open-vraag|-1.19
w:heb|bevelen|-0.41
w:heb|waarschuwen|-2.92
w:heb|moraliseren|1.65
w:heb|adviseren|-1.0
w:heb|argumenteren|-0.1
w:heb|prijzen|-1.0
w:heb|interpreteren|1.73
w:heb|ondervragen|1.0
w:heb|afronding-aankondigen|-1.0
w:heb|vervolgafspraak|-1.95
w:heb|bedanken|-1.0
w:hebben|jij-boodschap|-1.11
w:hebben|gevoelsreflectie|-1.9
w:hebben|open-vraag|-0.43
w:hebben|bevelen|-0.82
w:hebben|moraliseren|1.93
w:hebben|bekritiseren|-1.0
w:hebben|prijzen|-1.0
w:hebben|etiketteren|-0.12
w:hebben|interpreteren|-1.96
w:hebben|ondervragen|-1.0
w:hebben|afleiden|0.95
w:hebben|afronding-aankondigen|-0.79
w:hebben|vervolgafspraak|-1.96
w:hebben|bedanken|-0.98
w:hebt|ik-boodschap|1.75
w:hebt|jij-boodschap|0.95
w:hebt|parafrase|-1.0
w:hebt|gevoelsreflectie|-0.91
w:hebt|samenvatting|-1.85
w:hebt|open-vraag|0.96
w:hebt|bevelen|-0.97
w:hebt|waarschuwen|-0.96
w:hebt|argumenteren|-0.88
w:hebt|bekritiseren|2.09
w:hebt|interpreteren|-0.89
w:hebt|geruststellen|-0.92
w:hebt|afleiden|-0.96
w:heeft|ik-boodschap|1.64
w:heeft|jij-boodschap|-2.19
w:heeft|parafrase|0.18
w:heeft|gevoelsreflectie|-0.28
w:heeft|samenvatting|0.96
w:heeft|open-vraag|-1.1
w:heeft|bevelen|0.71
w:heeft|waarschuwen|-1.87
w:heeft|moraliseren|-0.59
w:heeft|adviseren|-2.96
w:heeft|argumenteren|-0.77
w:heeft|bekritiseren|-1.0
w:heeft|prijzen|0.91
w:heeft|etiketteren|-2.89
w:heeft|interpreteren|-0.99
w:heeft|geruststellen|-1.06
w:heeft|ondervragen|0.18
w:heeft|afleiden|1.03
w:heeft|afronding-aankondigen|0.98
w:heeft|vervolgafspraak|-1.94
w:heel|gevoelsreflectie|1.95
w:heel|aanmoediging|0.98
w:heel|bevelen|-0.64
w:heel|waarschuwen|-0.99
w:heel|moraliseren|-1.0
w:heel|adviseren|-0.98
w:heel|argumenteren|1.94
w:heel|bekritiseren|0.81
w:heel|etiketteren|0.82
w:heel|geruststellen|1.09
w:heel|vervolgafspraak|-0.98
w:heel|bedanken|-0.98
w:heen|gevoelsreflectie|0.85
w:hek|bevelen|0.97
w:helaas|afronding-aankondigen|1.0
w:helaas|vervolgafspraak|-0.98
w:held|etiketteren|0.91
w:hele|samenvatting|-0.97
w:hele|open-vraag|-0.96
w:hele|bevelen|-0.98
w:hele|argumenteren|0.97
w:hele|bekritiseren|1.92
w:hele|etiketteren|0.98
w:hele|geruststellen|-0.99
w:hele|vervolgafspraak|-1.0
w:helemaal|jij-boodschap|-2.03
w:helemaal|gevoelsreflectie|0.93
w:helemaal|bevelen|-0.95
w:helemaal|waarschuwen|-0.98
w:helemaal|bekritiseren|-2.75
w:helemaal|prijzen|-0.99
w:helemaal|geruststellen|-0.86
w:helikopterouder|etiketteren|0.95
w:helikopterouder|afleiden|-0.95
w:helikopterouders|etiketteren|1.0
w:helpen|jij-boodschap|-0.99
w:helpen|gevoelsreflectie|0.11
w:helpen|open-vraag|1.89
w:helpen|bekritiseren|-0.95
w:helpen|prijzen|0.95
w:helpt|jij-boodschap|-0.91
w:helpt|adviseren|1.89
w:hem|ik-boodschap|0.98
w:hem|jij-boodschap|-0.49
w:hem|parafrase|1.87
w:hem|gevoelsreflectie|-1.0
w:hem|samenvatting|0.98
w:hem|open-vraag|1.88
w:hem|bevelen|2.76
w:hem|waarschuwen|1.05
w:hem|moraliseren|-0.1
w:hem|adviseren|0.87
w:hem|argumenteren|-0.89
w:hem|bekritiseren|-1.75
w:hem|prijzen|-1.01
w:hem|etiketteren|-1.0
w:hem|interpreteren|0.13
w:hem|ondervragen|-1.08
w:hem|afleiden|-1.0
w:hem|vervolgafspraak|-0.98
w:hem|bedanken|0.94
w:herfstvakantie|ik-boodschap|0.91
w:herfstvakantie|jij-boodschap|-0.82
w:herfstvakantie|bekritiseren|-0.91
w:herkansen|argumenteren|0.87
w:herkansing|gevoelsreflectie|0.31
w:herkansing|samenvatting|0.86
w:herkansing|argumenteren|1.62
w:herkansing|etiketteren|-0.92
w:herkansing|geruststellen|0.96
w:herkansing|vervolgafspraak|0.73
w:herkansingsdata|afleiden|-0.93
w:het|ik-boodschap|-0.15
w:het|parafrase|-1.7
w:het|gevoelsreflectie|-0.28
w:het|samenvatting|0.89
w:het|open-vraag|-1.14
w:het|aanmoediging|-0.2
w:het|bevelen|-1.85
w:het|waarschuwen|-1.11
w:het|moraliseren|-1.49
w:het|adviseren|-0.14
w:het|argumenteren|-0.14
w:het|bekritiseren|-1.74
w:het|prijzen|-1.98
w:het|etiketteren|-0.99
w:het|interpreteren|-0.95
w:het|geruststellen|-0.51
w:het|ondervragen|-1.97
w:het|afleiden|0.16
w:het|afronding-aankondigen|1.01
w:het|vervolgafspraak|-0.98
w:het|bedanken|0.92
w:hetzelfde|ik-boodschap|0.95
w:hetzelfde|vervolgafspraak|-0.95
w:heus|waarschuwen|-1.0
w:heus|bekritiseren|-0.82
w:heus|etiketteren|-0.92
w:heus|geruststellen|1.96
w:hielp|ik-boodschap|1.93
w:hier|ik-boodschap|-0.95
w:hier|jij-boodschap|0.33
w:hier|gevoelsreflectie|0.84
w:hier|samenvatting|-1.06
w:hier|open-vraag|-0.97
w:hier|aanmoediging|-0.99
w:hier|bevelen|-1.78
w:hier|argumenteren|0.95
w:hier|prijzen|0.76
w:hier|afleiden|-0.93
w:hier|afronding-aankondigen|3.44
w:hier|vervolgafspraak|-0.84
w:hier|bedanken|0.98
w:hierbij|afronding-aankondigen|0.96
w:hierbij|vervolgafspraak|-0.98
w:hierbij|bedanken|-0.98
w:hierin|aanmoediging|-0.98
w:hiermee|waarschuwen|0.95
w:hiervan|open-vraag|1.0
w:hij|ik-boodschap|-0.37
w:hij|jij-boodschap|-1.74
w:hij|parafrase|-0.95
w:hij|gevoelsreflectie|-0.93
w:hij|samenvatting|1.83
w:hij|open-vraag|-2.84
w:hij|aanmoediging|-2.0
w:hij|bevelen|-1.18
w:hij|moraliseren|-1.91
w:hij|adviseren|-1.19
w:hij|argumenteren|-1.66
w:hij|bekritiseren|-0.35
w:hij|prijzen|0.88
w:hij|etiketteren|-0.92
w:hij|interpreteren|1.74
w:hij|geruststellen|-0.96
w:hij|ondervragen|0.99
w:hij|afleiden|-1.03
w:hij|afronding-aankondigen|-0.14
w:hij|vervolgafspraak|-4.92
w:hm|gevoelsreflectie|-1.96
w:hm|open-vraag|0.87
w:hm|aanmoediging|1.96
w:hoe|ik-boodschap|-0.7
w:hoe|jij-boodschap|0.11
w:hoe|parafrase|-2.75
w:hoe|gevoelsreflectie|-1.93
w:hoe|open-vraag|2.63
w:hoe|aanmoediging|-1.0
w:hoe|bevelen|-1.0
w:hoe|argumenteren|-1.0
w:hoe|bekritiseren|-1.9
w:hoe|interpreteren|-0.91
w:hoe|geruststellen|-1.0
w:hoe|ondervragen|-0.14
w:hoe|afleiden|2.69
w:hoe|afronding-aankondigen|-1.0
w:hoe|vervolgafspraak|0.94
w:hoe|bedanken|0.94
w:hoeft|waarschuwen|-0.92
w:hoeft|moraliseren|-0.89
w:hoeft|interpreteren|-0.93
w:hoeft|geruststellen|0.95
w:hoeft|afleiden|0.95
w:hoeveel|bevelen|-0.88
w:hoezo|open-vraag|-1.0
w:hoezo|ondervragen|1.97
w:hoi|jij-boodschap|-0.15
w:hoi|bevelen|-1.77
w:hoi|geruststellen|-0.84
w:hoofd|ik-boodschap|-0.97
w:hoog|open-vraag|-1.0
w:hoogte|samenvatting|0.94
w:hoogte|moraliseren|0.93
w:hoogte|argumenteren|-0.99
w:hoogte|prijzen|1.0
w:hoogte|ondervragen|0.97
w:hoogte|bedanken|0.94
w:hoopt|parafrase|0.99
w:hoor|ik-boodschap|-0.95
w:hoor|parafrase|1.77
w:hoor|gevoelsreflectie|2.15
w:hoor|samenvatting|-0.99
w:hoor|open-vraag|0.23
w:hoor|aanmoediging|1.15
w:hoor|bevelen|-2.39
w:hoor|adviseren|-0.99
w:hoor|argumenteren|1.73
w:hoor|bekritiseren|-0.64
w:hoor|etiketteren|0.91
w:hoor|geruststellen|1.52
w:hoor|afleiden|-0.91
w:hoor|vervolgafspraak|-1.0
w:hoorde|aanmoediging|-0.92
w:hoort|ik-boodschap|-0.98
w:hoort|jij-boodschap|-0.19
w:hoort|samenvatting|-0.99
w:hoort|moraliseren|5.64
w:hoort|adviseren|-0.98
w:hoort|argumenteren|-2.36
w:hoort|bekritiseren|-0.75
w:hoort|interpreteren|-1.93
w:hoort|geruststellen|-0.99
w:hoort|afleiden|0.37
w:horen|parafrase|0.9
w:horen|open-vraag|-0.97
w:horen|moraliseren|0.93
w:horen|adviseren|-0.92
w:horen|argumenteren|-0.83
w:horen|bekritiseren|-0.98
w:horen|interpreteren|-0.9
w:horen|afleiden|-1.0
w:horen|bedanken|0.94
w:hou|samenvatting|-1.0
w:hou|bevelen|1.95
w:houd|samenvatting|0.94
w:houd|bedanken|0.94
w:houden|samenvatting|0.8
w:houden|aanmoediging|-0.97
w:houden|bevelen|1.94
w:houden|argumenteren|-0.14
w:houden|bekritiseren|-1.47
w:houden|afleiden|0.99
w:houden|vervolgafspraak|0.98
w:houden|bedanken|0.98
w:houding|jij-boodschap|-0.91
w:houdt|jij-boodschap|-0.82
w:houdt|samenvatting|-1.0
w:houdt|open-vraag|0.57
w:houdt|waarschuwen|-1.0
w:houdt|bekritiseren|-0.92
w:houdt|prijzen|-1.0
w:houdt|vervolgafspraak|-1.0
w:huilend|geruststellen|-0.99
w:huis|ik-boodschap|-1.0
w:huis|open-vraag|-1.89
w:huis|moraliseren|0.51
w:huis|afleiden|0.74
w:huisarts|ik-boodschap|-0.79
w:huisarts|samenvatting|0.97
w:huisarts|bevelen|-0.99
w:huisarts|waarschuwen|-0.99
w:huisarts|adviseren|1.02
w:huisarts|argumenteren|-0.99
w:huisarts|prijzen|-0.98
w:huisarts|interpreteren|-1.0
w:huisarts|geruststellen|0.91
w:huisarts|vervolgafspraak|0.15
w:huiswerk|samenvatting|1.03
w:huiswerk|open-vraag|-0.96
w:huiswerk|bevelen|0.71
w:huiswerk|waarschuwen|0.1
w:huiswerk|moraliseren|1.02
w:huiswerk|adviseren|0.94
w:huiswerk|argumenteren|-0.88
w:huiswerk|bekritiseren|-1.88
w:huiswerk|interpreteren|-0.91
w:huiswerk|geruststellen|-0.86
w:huiswerk|afleiden|-0.99
w:huiswerk|afronding-aankondigen|0.98
w:huiswerk|bedanken|0.98
w:huiswerkbegeleiding|bekritiseren|-1.0
w:huiswerkbegeleiding|ondervragen|-1.0
w:huiswerkklas|parafrase|-1.86
w:huiswerkklas|samenvatting|0.9
w:huiswerkklas|adviseren|0.98
w:huiswerkmoment|prijzen|-0.96
w:huiswerkopdracht|ik-boodschap|0.91
w:huiswerkopdracht|jij-boodschap|-0.82
w:huiswerkopdracht|bekritiseren|-0.91
w:huiswerkritme|ondervragen|-0.9
w:huiswerktijd|parafrase|-0.97
w:huiswerktijd|open-vraag|-0.97
w:huiswerktijd|adviseren|0.97
w:huiswerktijd|vervolgafspraak|0.97
w:huiswerkuur|adviseren|0.99
w:huiswerkuur|prijzen|-0.74
w:huiswerkuur|ondervragen|-0.74
w:hulp|bevelen|-0.95
w:hulp|prijzen|0.91
w:hun|ik-boodschap|0.95
w:hun|argumenteren|-0.93
w:hun|afleiden|-0.93
w:hysterisch|bevelen|1.83
w:hè|open-vraag|-0.63
w:hè|geruststellen|-0.96
w:hé|afleiden|-0.76
w:idee|gevoelsreflectie|-0.98
w:idee|samenvatting|-1.0
w:idee|waarschuwen|-1.0
w:idee|moraliseren|-0.93
w:idee|adviseren|0.74
w:idee|prijzen|-1.0
w:idee|interpreteren|1.73
w:idee|vervolgafspraak|-1.0
w:ideeën|bedanken|-0.99
w:ie|interpreteren|-0.95
w:iedereen|jij-boodschap|0.9
w:iedereen|samenvatting|-0.9
w:iedereen|moraliseren|-1.0
w:iedereen|argumenteren|0.91
w:iedereen|bekritiseren|2.8
w:iedereen|geruststellen|-2.14
w:iedereen|afleiden|1.0
w:iemand|jij-boodschap|-2.27
w:iemand|samenvatting|-0.93
w:iemand|waarschuwen|-0.96
w:iemand|moraliseren|2.71
w:iemand|bekritiseren|-2.47
w:iets|parafrase|-1.0
w:iets|samenvatting|-0.79
w:iets|bevelen|-0.64
w:iets|waarschuwen|0.92
w:iets|bekritiseren|1.0
w:iets|etiketteren|-0.98
w:iets|interpreteren|0.93
w:iets|geruststellen|-0.68
w:iets|afleiden|0.63
w:iets|vervolgafspraak|0.95
w:ik|ik-boodschap|1.18
w:ik|jij-boodschap|-1.73
w:ik|parafrase|-1.92
w:ik|gevoelsreflectie|-1.94
w:ik|samenvatting|-1.72
w:ik|open-vraag|-2.76
w:ik|bevelen|-0.75
w:ik|moraliseren|-1.39
w:ik|adviseren|-0.1
w:ik|argumenteren|-1.86
w:ik|bekritiseren|-1.21
w:ik|prijzen|-1.88
w:ik|etiketteren|-1.98
w:ik|interpreteren|0.57
w:ik|geruststellen|-2.02
w:ik|ondervragen|-1.96
w:ik|vervolgafspraak|2.47
w:ik|bedanken|-1.02
w:ilias|moraliseren|0.97
w:imponeren|interpreteren|0.99
w:in|ik-boodschap|0.36
w:in|jij-boodschap|0.94
w:in|parafrase|-0.99
w:in|gevoelsreflectie|-0.21
w:in|samenvatting|0.9
w:in|open-vraag|0.41
w:in|aanmoediging|-0.78
w:in|bevelen|0.77
w:in|waarschuwen|-2.01
w:in|adviseren|-1.75
w:in|argumenteren|-0.14
w:in|bekritiseren|2.39
w:in|prijzen|1.17
w:in|etiketteren|-0.93
w:in|interpreteren|-2.67
w:in|geruststellen|0.17
w:in|ondervragen|-1.67
w:in|afleiden|0.87
w:in|afronding-aankondigen|1.61
w:in|vervolgafspraak|-1.01
w:incident|afleiden|0.9
w:indruk|interpreteren|0.99
w:informatie|aanmoediging|-0.98
w:informatie|bevelen|-0.97
w:informatieavond|open-vraag|-0.97
w:informatieavond|prijzen|-0.95
w:ingeleverd|ik-boodschap|0.92
w:ingeleverd|jij-boodschap|-0.92
w:ingeleverd|bevelen|-0.97
w:ingeleverd|argumenteren|2.84
w:ingeleverd|bekritiseren|-0.92
w:ingelevert|ik-boodschap|0.91
w:ingelevert|jij-boodschap|-0.82
w:ingelevert|bekritiseren|-0.91
w:ingelicht|parafrase|0.96
w:ingelicht|gevoelsreflectie|1.57
w:ingewikkelder|geruststellen|-0.93
w:ingrijpen|open-vraag|-0.95
w:inhalen|gevoelsreflectie|-1.0
w:inhalen|moraliseren|-1.0
w:inhalen|argumenteren|-1.0
w:inhalen|prijzen|1.0
w:inhalen|interpreteren|-1.0
w:inhalen|geruststellen|-1.0
w:inlevert|waarschuwen|1.92
w:inlevert|argumenteren|-1.0
w:inlevert|etiketteren|-1.0
w:inlevert|interpreteren|-1.0
w:instagram|bekritiseren|-0.98
w:instructie|moraliseren|-0.98
w:interesse|jij-boodschap|0.98
w:internet|waarschuwen|-0.97
w:inzet|bekritiseren|1.81
w:inzet|afleiden|-1.0
w:inzet|bedanken|-0.98
w:iris|open-vraag|0.98
w:is|ik-boodschap|-1.66
w:is|jij-boodschap|0.48
w:is|gevoelsreflectie|-1.08
w:is|samenvatting|-0.94
w:is|open-vraag|0.46
w:is|aanmoediging|-0.9
w:is|bevelen|-0.65
w:is|waarschuwen|-1.98
w:is|moraliseren|-0.66
w:is|adviseren|-1.12
w:is|argumenteren|1.11
w:is|bekritiseren|-1.47
w:is|etiketteren|-0.99
w:is|interpreteren|-1.86
w:is|geruststellen|-0.18
w:is|ondervragen|-1.82
w:is|afleiden|-1.85
w:is|vervolgafspraak|-1.03
w:is|bedanken|-1.88
w:ja|gevoelsreflectie|-0.93
w:ja|open-vraag|-1.0
w:ja|aanmoediging|1.96
w:ja|waarschuwen|-1.0
w:ja|etiketteren|1.08
w:ja|geruststellen|-1.0
w:ja|ondervragen|-0.98
w:ja|afleiden|1.91
w:jaar|jij-boodschap|-0.93
w:jaar|parafrase|0.99
w:jaar|open-vraag|-0.97
w:jaar|waarschuwen|1.8
w:jaar|bekritiseren|-1.0
w:jaar|vervolgafspraak|-1.0
w:jaarplanning|bevelen|-0.83
w:jaarplanning|prijzen|-0.9
w:jade|ik-boodschap|0.99
w:jaloers|interpreteren|0.9
w:jammer|ik-boodschap|2.32
w:jammer|parafrase|-0.96
w:jammer|gevoelsreflectie|-0.94
w:jammer|samenvatting|-0.94
w:jammer|bevelen|-1.0
w:jammer|bekritiseren|-0.94
w:jammer|vervolgafspraak|-0.95
w:jayden|ik-boodschap|-1.95
w:jayden|jij-boodschap|-0.82
w:jayden|gevoelsreflectie|0.7
w:jayden|open-vraag|0.57
w:jayden|bekritiseren|-0.92
w:je|ik-boodschap|-1.5
w:je|jij-boodschap|-0.9
w:je|parafrase|-2.04
w:je|gevoelsreflectie|-3.6
w:je|samenvatting|0.86
w:je|open-vraag|-0.67
w:je|bevelen|-0.97
w:je|waarschuwen|-0.94
w:je|argumenteren|-1.93
w:je|bekritiseren|-1.02
w:je|etiketteren|-2.75
w:je|interpreteren|-1.53
w:je|geruststellen|-1.77
w:je|afleiden|-0.94
w:je|vervolgafspraak|1.06
w:je|bedanken|-0.99
w:jens|bevelen|-1.0
w:jens|vervolgafspraak|-1.0
w:jesse|ik-boodschap|-0.98
w:jesse|jij-boodschap|-0.99
w:jesse|samenvatting|-0.82
w:jesse|bekritiseren|-0.95
w:jesse|etiketteren|-0.99
w:jesse|afleiden|-0.99
w:jezelf|ik-boodschap|0.93
w:jij|jij-boodschap|3.12
w:jij|gevoelsreflectie|-0.94
w:jij|samenvatting|-0.94
w:jij|open-vraag|-0.63
w:jij|bevelen|-0.86
w:jij|adviseren|-1.71
w:jij|bekritiseren|2.94
w:jij|prijzen|0.95
w:jij|etiketteren|-1.86
w:jij|interpreteren|-1.89
w:jij|geruststellen|-1.79
w:jij|afleiden|-1.99
w:jij|vervolgafspraak|0.96
w:joep|jij-boodschap|1.64
w:joep|bekritiseren|0.99
w:joh|geruststellen|1.96
w:joh|afleiden|-0.96
w:joh|afronding-aankondigen|-1.0
w:jongen|jij-boodschap|-1.69
w:jongen|waarschuwen|-0.96
w:jongen|bekritiseren|-1.43
w:jongen|prijzen|0.96
w:jongen|etiketteren|-0.99
w:jongen|afleiden|-0.99
w:jou|ik-boodschap|0.94
w:jou|samenvatting|-0.9
w:jou|aanmoediging|-0.97
w:jou|bevelen|-1.0
w:jou|geruststellen|1.0
w:jou|afleiden|-0.96
w:jouw|samenvatting|-0.98
w:jouw|adviseren|0.97
w:jouw|vervolgafspraak|-0.98
w:julia|parafrase|-1.0
w:julian|jij-boodschap|-0.89
w:jullie|ik-boodschap|1.06
w:jullie|jij-boodschap|0.82
w:jullie|open-vraag|1.0
w:jullie|bevelen|-0.25
w:jullie|waarschuwen|0.14
w:jullie|moraliseren|-1.89
w:jullie|argumenteren|-0.96
w:jullie|bekritiseren|0.32
w:jullie|prijzen|1.83
w:jullie|interpreteren|-0.94
w:jullie|ondervragen|-1.0
w:k|interpreteren|-0.95
w:kader|adviseren|-0.87
w:kamer|ik-boodschap|0.98
w:kamer|samenvatting|-0.93
w:kamer|ondervragen|0.14
w:kamp|samenvatting|0.83
w:kamp|open-vraag|-0.63
w:kamp|waarschuwen|0.95
w:kamp|ondervragen|-0.97
w:kamp|afleiden|0.9
w:kampweek|parafrase|-0.97
w:kampweek|samenvatting|0.97
w:kan|ik-boodschap|1.78
w:kan|jij-boodschap|-0.15
w:kan|parafrase|0.82
w:kan|gevoelsreflectie|1.0
w:kan|aanmoediging|-0.83
w:kan|bevelen|-1.0
w:kan|adviseren|-0.1
w:kan|argumenteren|0.9
w:kan|prijzen|0.95
w:kan|etiketteren|-0.99
w:kan|interpreteren|-1.83
w:kan|geruststellen|-1.98
w:kan|ondervragen|-1.9
w:kan|afleiden|-0.99
w:kans|ik-boodschap|0.55
w:kans|samenvatting|0.98
w:kans|adviseren|-0.74
w:kansen|jij-boodschap|0.98
w:kapot|prijzen|-0.99
w:keer|ik-boodschap|-0.79
w:keer|jij-boodschap|-1.19
w:keer|gevoelsreflectie|-1.81
w:keer|bevelen|0.9
w:keer|waarschuwen|0.95
w:keer|moraliseren|-0.9
w:keer|adviseren|-0.98
w:keer|bekritiseren|-1.0
w:keer|etiketteren|-0.87
w:keer|interpreteren|-0.99
w:keer|ondervragen|-0.97
w:keer|afronding-aankondigen|-1.0
w:kennen|argumenteren|0.87
w:kerst|geruststellen|1.0
w:kerst|afronding-aankondigen|-1.0
w:keuken|waarschuwen|-0.92
w:keuzevak|open-vraag|-1.65
w:kevin|ik-boodschap|0.98
w:kevin|bevelen|-0.99
w:kiezen|adviseren|0.84
w:kijk|ik-boodschap|0.76
w:kijk|jij-boodschap|-0.98
w:kijk|moraliseren|-1.77
w:kijk|adviseren|-0.97
w:kijk|argumenteren|1.81
w:kijk|bekritiseren|-1.97
w:kijk|afleiden|0.13
w:kijken|ik-boodschap|-0.89
w:kijken|parafrase|-0.9
w:kijken|samenvatting|0.99
w:kijken|afleiden|0.99
w:kijken|afronding-aankondigen|-0.96
w:kijken|vervolgafspraak|-0.12
w:kijkt|jij-boodschap|-0.82
w:kijkt|parafrase|-1.0
w:kijkt|gevoelsreflectie|1.66
w:kijkt|open-vraag|-0.39
w:kijkt|bekritiseren|-0.92
w:kind|ik-boodschap|-0.98
w:kind|jij-boodschap|0.55
w:kind|gevoelsreflectie|-0.9
w:kind|waarschuwen|-1.0
w:kind|moraliseren|2.91
w:kind|adviseren|-0.98
w:kind|argumenteren|-0.93
w:kind|bekritiseren|-0.99
w:kind|etiketteren|1.01
w:kind|geruststellen|-0.23
w:kind|afleiden|-0.93
w:kinderachtig|waarschuwen|-0.99
w:kinderen|bevelen|-0.82
w:kinderen|geruststellen|1.85
w:klaagt|parafrase|1.0
w:klaagt|gevoelsreflectie|-1.0
w:klaar|waarschuwen|-0.94
w:klaar|bekritiseren|-0.99
w:klas|jij-boodschap|-1.6
w:klas|parafrase|0.98
w:klas|samenvatting|-0.82
w:klas|open-vraag|-1.51
w:klas|waarschuwen|0.93
w:klas|adviseren|-1.85
w:klas|argumenteren|1.27
w:klas|bekritiseren|-0.94
w:klas|prijzen|0.92
w:klas|etiketteren|-0.93
w:klas|interpreteren|-0.91
w:klas|geruststellen|1.01
w:klas|afleiden|0.34
w:klas|vervolgafspraak|-1.69
w:klasgenoot|ik-boodschap|0.98
w:klasgenoot|jij-boodschap|0.99
w:klasgenoot|bekritiseren|0.99
w:klasgenoten|parafrase|-0.96
w:klasgenoten|bekritiseren|0.97
w:kleuter|jij-boodschap|2.73
w:kleuter|etiketteren|0.91
w:kleuterachtig|etiketteren|0.97
w:klieren|waarschuwen|-0.92
w:klinkt|parafrase|-2.11
w:klinkt|gevoelsreflectie|4.9
w:klinkt|open-vraag|-0.95
w:klinkt|aanmoediging|-1.9
w:klinkt|bevelen|-1.0
w:klinkt|moraliseren|-2.0
w:kloppen|argumenteren|0.99
w:klopt|ik-boodschap|-1.0
w:klopt|jij-boodschap|-1.0
w:klopt|gevoelsreflectie|-1.0
w:klopt|samenvatting|0.96
w:klopt|open-vraag|-1.0
w:klopt|waarschuwen|-1.0
w:klopt|argumenteren|0.84
w:klopt|geruststellen|-0.99
w:klopt|afleiden|-0.93
w:klopt|vervolgafspraak|-1.0
w:kluisjes|ik-boodschap|0.77
w:knap|adviseren|-0.81
w:knap|ondervragen|-0.9
w:koelkast|adviseren|0.97
w:kom|ik-boodschap|1.69
w:kom|argumenteren|0.81
w:kom|ondervragen|-0.85
w:komen|ik-boodschap|-0.9
w:komen|jij-boodschap|-0.84
w:komen|bevelen|-0.99
w:komen|moraliseren|-0.99
w:komen|afronding-aankondigen|-0.98
w:komst|samenvatting|0.21
w:komst|bedanken|0.98
w:komt|ik-boodschap|0.8
w:komt|jij-boodschap|0.84
w:komt|parafrase|-1.77
w:komt|samenvatting|-0.79
w:komt|open-vraag|-1.06
w:komt|bevelen|-2.76
w:komt|waarschuwen|-0.98
w:komt|moraliseren|0.95
w:komt|argumenteren|-1.79
w:komt|bekritiseren|1.72
w:komt|prijzen|-0.89
w:komt|geruststellen|4.66
w:komt|ondervragen|-0.97
w:komt|afleiden|-2.68
w:komt|afronding-aankondigen|-1.0
w:komt|vervolgafspraak|-0.77
w:kon|jij-boodschap|-0.84
w:kon|parafrase|0.92
w:kon|gevoelsreflectie|-1.69
w:kon|adviseren|0.97
w:kon|prijzen|-0.9
w:kon|vervolgafspraak|0.97
w:kopen|adviseren|0.99
w:kort|samenvatting|0.97
w:kort|bevelen|-0.97
w:kortom|jij-boodschap|1.81
w:kortom|samenvatting|1.81
w:kortom|open-vraag|-1.0
w:kortom|bevelen|-0.9
w:kortom|moraliseren|-0.96
w:kortom|bekritiseren|1.79
w:kortom|interpreteren|-0.91
w:kortom|afleiden|-0.99
w:kortom|afronding-aankondigen|-1.05
w:kortom|vervolgafspraak|-0.73
w:kortzichtige|etiketteren|-0.98
w:kost|samenvatting|0.98
w:kost|afronding-aankondigen|0.98
w:kost|bedanken|0.98
w:kosten|waarschuwen|0.99
w:kreeg|gevoelsreflectie|0.91
w:kreeg|samenvatting|0.86
w:kreeg|vervolgafspraak|0.73
w:krijg|waarschuwen|0.96
w:krijg|moraliseren|-0.96
w:krijgt|parafrase|0.94
w:krijgt|samenvatting|0.88
w:krijgt|argumenteren|0.63
w:krijgt|prijzen|0.92
w:krijgt|etiketteren|-1.99
w:krijgt|afronding-aankondigen|0.86
w:krijgt|vervolgafspraak|0.98
w:kringetjes|afronding-aankondigen|0.75
w:kritiek|jij-boodschap|1.73
w:kritiek|bekritiseren|0.88
w:kun|ik-boodschap|0.98
w:kun|waarschuwen|-0.98
w:kun|moraliseren|-0.97
w:kun|adviseren|-0.97
w:kunnen|jij-boodschap|-0.96
w:kunnen|parafrase|0.96
w:kunnen|samenvatting|-1.0
w:kunnen|open-vraag|0.93
w:kunnen|moraliseren|-0.55
w:kunnen|adviseren|1.0
w:kunnen|argumenteren|0.91
w:kunnen|bekritiseren|0.76
w:kunnen|prijzen|0.76
w:kunnen|interpreteren|-1.0
w:kunt|ik-boodschap|0.92
w:kunt|jij-boodschap|-0.73
w:kunt|parafrase|-1.0
w:kunt|gevoelsreflectie|-1.0
w:kunt|open-vraag|-1.01
w:kunt|bevelen|-0.95
w:kunt|waarschuwen|0.91
w:kunt|moraliseren|-1.0
w:kunt|adviseren|1.98
w:kunt|argumenteren|-1.0
w:kunt|prijzen|0.89
w:kunt|etiketteren|-0.91
w:kunt|interpreteren|0.1
w:kunt|geruststellen|-0.99
w:kunt|vervolgafspraak|0.97
w:kunt|bedanken|-1.0
w:kwaad|parafrase|-0.97
w:kwaad|gevoelsreflectie|0.94
w:kwaad|interpreteren|0.94
w:kwaad|geruststellen|-0.98
w:kwam|ik-boodschap|0.93
w:kwam|gevoelsreflectie|-0.99
w:kwam|ondervragen|0.82
w:kwam|vervolgafspraak|-0.97
w:kwam|bedanken|0.99
w:kwart|ik-boodschap|0.13
w:kwart|bevelen|0.97
w:kwartaal|bekritiseren|-0.92
w:kwartaal|geruststellen|-0.92
w:laag|samenvatting|-0.97
w:laag|argumenteren|0.97
w:laars|jij-boodschap|0.82
w:laars|bekritiseren|0.95
w:laat|ik-boodschap|-0.8
w:laat|jij-boodschap|0.9
w:laat|gevoelsreflectie|-0.83
w:laat|samenvatting|-0.98
w:laat|open-vraag|-1.0
w:laat|bevelen|-0.93
w:laat|moraliseren|-1.17
w:laat|argumenteren|0.85
w:laat|bekritiseren|-1.07
w:laat|interpreteren|-0.99
w:laat|ondervragen|0.83
w:laat|afleiden|-1.98
w:laat|afronding-aankondigen|-1.0
w:laat|vervolgafspraak|-0.95
w:laatste|ik-boodschap|-0.83
w:laatste|samenvatting|-0.94
w:laatste|open-vraag|1.01
w:laatste|bevelen|-1.0
w:laatste|moraliseren|-0.93
w:laatste|adviseren|0.97
w:laatste|argumenteren|-0.99
w:laatste|geruststellen|0.99
w:lage|samenvatting|0.97
w:laks|ik-boodschap|-0.94
w:lang|ondervragen|0.84
w:lang|afleiden|1.0
w:langst|moraliseren|0.93
w:lapt|jij-boodschap|0.82
w:lapt|bekritiseren|0.95
w:laptop|ik-boodschap|0.98
w:laptop|waarschuwen|-0.98
w:laptop|adviseren|0.96
w:laptop|bekritiseren|-0.9
w:laptop|etiketteren|-0.98
w:last|geruststellen|0.99
w:lastig|ik-boodschap|0.75
w:lastig|jij-boodschap|0.93
w:lastig|gevoelsreflectie|-0.86
w:lastig|moraliseren|-0.98
w:lastig|argumenteren|-0.81
w:lastig|bekritiseren|0.93
w:lastige|moraliseren|-1.0
w:lastige|geruststellen|-1.0
w:laten|ik-boodschap|0.88
w:laten|parafrase|0.92
w:laten|gevoelsreflectie|-0.98
w:laten|samenvatting|-1.9
w:laten|open-vraag|-1.0
w:laten|waarschuwen|-1.0
w:laten|adviseren|1.69
w:laten|argumenteren|-0.99
w:laten|etiketteren|-1.0
w:laten|ondervragen|1.0
w:laten|afleiden|1.9
w:laten|afronding-aankondigen|2.84
w:laten|vervolgafspraak|-0.92
w:laten|bedanken|-0.96
w:later|open-vraag|-0.99
w:later|bevelen|-0.64
w:later|afleiden|0.99
w:leeftijd|afleiden|0.96
w:leek|jij-boodschap|0.82
w:leek|bekritiseren|0.95
w:leerling|moraliseren|2.33
w:leerlingen|argumenteren|0.99
w:leerlingen|prijzen|0.99
w:leerlingen|etiketteren|-0.98
w:leerlingen|geruststellen|0.99
w:leerplichtambtenaar|samenvatting|-0.97
w:leerplichtambtenaar|waarschuwen|0.99
w:leert|argumenteren|0.91
w:leerweg|adviseren|-0.87
w:leg|bevelen|0.83
w:leg|adviseren|-0.98
w:leggen|ik-boodschap|0.98
w:leggen|bevelen|1.0
w:leggen|waarschuwen|-0.92
w:leggen|adviseren|0.93
w:lekker|ik-boodschap|0.93
w:lekker|argumenteren|-0.88
w:lekker|bekritiseren|0.96
w:lekker|etiketteren|-0.81
w:leren|gevoelsreflectie|-0.9
w:leren|bevelen|-1.0
w:leren|moraliseren|1.93
w:leren|bekritiseren|0.62
w:leren|etiketteren|0.98
w:leren|interpreteren|-1.77
w:les|jij-boodschap|-0.98
w:les|open-vraag|0.96
w:les|bevelen|-0.89
w:les|moraliseren|-0.98
w:les|argumenteren|-0.92
w:lessen|prijzen|0.97
w:let|jij-boodschap|0.21
w:let|samenvatting|0.98
w:let|bevelen|-0.78
w:let|geruststellen|0.99
w:let|vervolgafspraak|0.98
w:letten|moraliseren|-0.89
w:leuk|jij-boodschap|-0.15
w:leuk|geruststellen|-0.84
w:leukste|prijzen|0.99
w:leven|bevelen|-1.0
w:leven|moraliseren|1.0
w:lever|jij-boodschap|0.92
w:lever|bevelen|1.83
w:levert|bevelen|0.92
w:lezen|ik-boodschap|-0.96
w:lezen|parafrase|0.96
w:lezen|samenvatting|0.98
w:lezen|afronding-aankondigen|0.98
w:lezen|bedanken|0.98
w:lichten|vervolgafspraak|0.92
w:liegen|moraliseren|0.91
w:liegen|argumenteren|-1.46
w:lieke|bekritiseren|-0.87
w:lieke|bedanken|-0.93
w:liep|open-vraag|-1.0
w:liet|open-vraag|-0.77
w:liever|ik-boodschap|-0.98
w:liever|afleiden|0.9
w:lig|jij-boodschap|1.64
w:lig|bekritiseren|0.99
w:liggen|parafrase|0.92
w:liggen|gevoelsreflectie|-0.97
w:liggen|aanmoediging|-0.99
w:liggen|geruststellen|0.9
w:liggen|afleiden|-1.86
w:liggen|afronding-aankondigen|-1.0
w:ligt|ik-boodschap|-0.97
w:ligt|samenvatting|0.9
w:ligt|interpreteren|0.95
w:lijkt|gevoelsreflectie|0.99
w:lijkt|waarschuwen|-1.0
w:lijkt|adviseren|0.99
w:lijkt|argumenteren|-0.99
w:lijkt|geruststellen|1.0
w:lijkt|vervolgafspraak|-0.82
w:lina|samenvatting|-0.98
w:lina|afronding-aankondigen|-0.99
w:lina|vervolgafspraak|-0.98
w:lisa|afleiden|-0.99
w:logeren|adviseren|0.84
w:logisch|moraliseren|-1.77
w:logisch|adviseren|-0.97
w:logisch|argumenteren|0.96
w:logisch|afleiden|-0.96
w:lokaal|ik-boodschap|0.91
w:lokaal|vervolgafspraak|0.93
w:loopt|ik-boodschap|-0.99
w:loopt|jij-boodschap|-1.0
w:loopt|aanmoediging|-1.0
w:los|gevoelsreflectie|-0.98
w:los|adviseren|-0.97
w:los|interpreteren|0.97
w:loslaten|adviseren|0.99
w:loslaten|bekritiseren|-0.99
w:loslaten|prijzen|0.99
w:lotte|ik-boodschap|1.03
w:lotte|open-vraag|-0.99
w:lotte|adviseren|-0.99
w:lotte|geruststellen|-0.99
w:lucas|waarschuwen|0.95
w:luchtig|afronding-aankondigen|-0.94
w:lui|ik-boodschap|-0.93
w:lui|bekritiseren|-0.23
w:lui|etiketteren|0.98
w:lui|geruststellen|0.79
w:luie|bekritiseren|-0.99
w:luister|open-vraag|-1.0
w:luister|aanmoediging|1.1
w:luister|adviseren|-0.98
w:luister|bekritiseren|-0.73
w:luisteren|bevelen|0.98
w:luisteren|bekritiseren|-0.32
w:luisteren|geruststellen|-0.98
w:luisteren|afronding-aankondigen|0.99
w:luistert|gevoelsreflectie|-0.96
w:luistert|bevelen|0.83
w:luistert|bekritiseren|0.58
w:luistert|prijzen|-0.98
w:luistert|etiketteren|-0.98
w:lukt|samenvatting|0.92
w:lukt|moraliseren|-0.96
w:lukt|adviseren|-0.81
w:lukt|geruststellen|-0.86
w:lukt|bedanken|-0.99
w:luuk|jij-boodschap|1.73
w:luuk|gevoelsreflectie|-0.94
w:luuk|etiketteren|0.91
w:maak|jij-boodschap|-0.92
w:maak|adviseren|-0.96
w:maak|interpreteren|-0.95
w:maak|afleiden|-0.99
w:maakt|ik-boodschap|-0.97
w:maakt|jij-boodschap|-0.99
w:maakt|gevoelsreflectie|1.55
w:maakt|samenvatting|0.97
w:maakt|aanmoediging|-1.88
w:maakt|moraliseren|-0.85
w:maakt|adviseren|0.73
w:maakt|argumenteren|-0.99
w:maakt|bekritiseren|-0.82
w:maakt|prijzen|-0.99
w:maakt|interpreteren|0.73
w:maakt|geruststellen|1.64
w:maakt|vervolgafspraak|1.01
w:maakt|bedanken|-0.99
w:maakte|parafrase|0.97
w:maakte|open-vraag|0.97
w:maand|gevoelsreflectie|-0.7
w:maand|afleiden|0.63
w:maand|afronding-aankondigen|-0.98
w:maand|vervolgafspraak|0.68
w:maand|bedanken|-0.95
w:maandag|ik-boodschap|0.98
w:maandag|parafrase|0.95
w:maandag|gevoelsreflectie|0.91
w:maandag|bevelen|0.9
w:maandag|bekritiseren|-0.95
w:maandag|vervolgafspraak|2.63
w:maandag|bedanken|0.93
w:maanden|argumenteren|1.0
w:maandje|geruststellen|0.96
w:maar|ik-boodschap|-0.97
w:maar|jij-boodschap|1.96
w:maar|gevoelsreflectie|1.91
w:maar|open-vraag|-2.35
w:maar|aanmoediging|0.81
w:maar|bevelen|-0.93
w:maar|moraliseren|-0.96
w:maar|adviseren|0.11
w:maar|argumenteren|0.19
w:maar|bekritiseren|1.05
w:maar|etiketteren|-0.92
w:maar|geruststellen|2.03
w:maar|ondervragen|0.91
w:maar|afleiden|1.82
w:maart|ik-boodschap|-0.97
w:maart|samenvatting|0.97
w:maart|adviseren|-0.97
w:maart|vervolgafspraak|0.97
w:maatregelen|waarschuwen|0.86
w:machteloos|parafrase|0.83
w:machteloos|gevoelsreflectie|1.95
w:machteloos|open-vraag|1.0
w:machteloos|aanmoediging|-1.0
w:machteloos|interpreteren|-1.0
w:mag|jij-boodschap|-0.85
w:mag|open-vraag|-0.63
w:mag|aanmoediging|0.92
w:mag|waarschuwen|0.95
w:mag|moraliseren|0.54
w:mag|argumenteren|0.87
w:magister|jij-boodschap|0.85
w:magister|argumenteren|1.0
w:magister|bekritiseren|0.85
w:mail|ik-boodschap|0.75
w:mail|jij-boodschap|0.93
w:mail|gevoelsreflectie|-1.78
w:mail|samenvatting|-0.82
w:mail|bekritiseren|0.93
w:mail|ondervragen|0.11
w:mail|afleiden|-0.93
w:mail|afronding-aankondigen|-0.88
w:mail|vervolgafspraak|0.98
w:mail|bedanken|0.93
w:mails|gevoelsreflectie|0.43
w:mails|bekritiseren|1.62
w:mails|interpreteren|-0.99
w:mails|bedanken|0.99
w:mailt|samenvatting|-0.92
w:maken|ik-boodschap|-0.98
w:maken|gevoelsreflectie|-0.87
w:maken|open-vraag|-1.01
w:maken|moraliseren|0.98
w:maken|adviseren|1.01
w:maken|etiketteren|-1.0
w:maken|interpreteren|0.99
w:maken|geruststellen|1.0
w:maken|afronding-aankondigen|0.14
w:maken|vervolgafspraak|2.06
w:maken|bedanken|-0.96
w:makkelijk|jij-boodschap|0.96
w:makkelijk|waarschuwen|-1.95
w:makkelijk|argumenteren|-0.89
w:makkelijk|prijzen|0.96
w:makkelijk|interpreteren|0.91
w:manier|jij-boodschap|-1.96
w:manier|samenvatting|-0.91
w:manier|aanmoediging|-1.0
w:manier|moraliseren|-0.99
w:manier|etiketteren|-0.98
w:marit|ik-boodschap|0.97
w:marokko|aanmoediging|-0.92
w:me|ik-boodschap|3.48
w:me|jij-boodschap|0.13
w:me|parafrase|-0.93
w:me|gevoelsreflectie|-0.97
w:me|samenvatting|-0.98
w:me|aanmoediging|-0.99
w:me|bevelen|1.02
w:me|waarschuwen|-1.06
w:me|moraliseren|-1.0
w:me|argumenteren|-2.86
w:me|bekritiseren|-0.21
w:me|interpreteren|-2.73
w:me|geruststellen|-1.83
w:me|ondervragen|-1.0
w:me|afronding-aankondigen|-0.25
w:me|vervolgafspraak|-1.8
w:medewerking|bekritiseren|0.93
w:medewerking|etiketteren|-0.93
w:medewerking|bedanken|-0.93
w:mee|ik-boodschap|0.11
w:mee|jij-boodschap|2.25
w:mee|parafrase|-0.17
w:mee|gevoelsreflectie|-0.74
w:mee|open-vraag|2.33
w:mee|aanmoediging|-2.0
w:mee|bekritiseren|0.97
w:mee|prijzen|0.92
w:mee|interpreteren|0.91
w:mee|geruststellen|-0.19
w:mee|afleiden|-1.0
w:mee|afronding-aankondigen|0.95
w:mee|vervolgafspraak|-0.99
w:mee|bedanken|0.95
w:meedenken|bedanken|0.93
w:meedenkend|waarschuwen|-0.93
w:meedenkt|bekritiseren|-0.94
w:meedenkt|prijzen|0.97
w:meedoen|ik-boodschap|1.94
w:meedoen|waarschuwen|-0.98
w:meedoen|adviseren|-0.96
w:meekrijgen|moraliseren|0.51
w:meer|ik-boodschap|1.69
w:meer|jij-boodschap|-1.53
w:meer|parafrase|-3.89
w:meer|gevoelsreflectie|-1.97
w:meer|samenvatting|-0.94
w:meer|open-vraag|-1.01
w:meer|aanmoediging|-0.98
w:meer|bevelen|-1.87
w:meer|waarschuwen|-0.98
w:meer|moraliseren|1.51
w:meer|adviseren|0.89
w:meer|bekritiseren|-0.99
w:meer|vervolgafspraak|-0.98
w:mees|bekritiseren|-0.98
w:meest|aanmoediging|-0.8
w:meeste|gevoelsreflectie|-0.43
w:mei|argumenteren|0.78
w:meid|gevoelsreflectie|-1.0
w:meid|moraliseren|-1.0
w:meid|argumenteren|-1.0
w:meid|bekritiseren|-0.94
w:meid|prijzen|1.0
w:meid|interpreteren|-1.0
w:meid|geruststellen|-1.0
w:meivakantie|ik-boodschap|0.93
w:melden|ik-boodschap|0.96
w:melden|samenvatting|-0.97
w:melden|argumenteren|0.73
w:meldt|bekritiseren|-1.0
w:meldt|ondervragen|-1.0
w:meneer|parafrase|0.84
w:meneer|gevoelsreflectie|0.91
w:meneer|bevelen|1.0
w:meneer|bekritiseren|0.97
w:meneer|etiketteren|0.98
w:meneer|geruststellen|-1.0
w:meneer|afleiden|-0.86
w:mens|prijzen|0.96
w:mentor|parafrase|-0.95
w:mentor|waarschuwen|0.99
w:mentor|adviseren|-0.12
w:mentor|etiketteren|-0.98
w:mentor|ondervragen|0.91
w:mentor|vervolgafspraak|0.89
w:merk|parafrase|-0.97
w:merk|gevoelsreflectie|0.89
w:merk|aanmoediging|0.9
w:merk|moraliseren|-0.93
w:merk|adviseren|0.11
w:merk|interpreteren|-0.9
w:merk|afronding-aankondigen|0.75
w:merkt|gevoelsreflectie|-0.91
w:merkt|open-vraag|0.54
w:merkt|adviseren|0.99
w:merkt|bekritiseren|-0.87
w:merkt|etiketteren|-0.99
w:merkt|bedanken|-0.93
w:met|ik-boodschap|1.87
w:met|jij-boodschap|-0.95
w:met|gevoelsreflectie|1.39
w:met|samenvatting|0.85
w:met|open-vraag|-1.1
w:met|aanmoediging|-0.98
w:met|bevelen|-0.96
w:met|waarschuwen|-1.96
w:met|moraliseren|-0.91
w:met|adviseren|1.91
w:met|argumenteren|-1.77
w:met|bekritiseren|-0.98
w:met|prijzen|1.88
w:met|etiketteren|-0.79
w:met|interpreteren|-0.95
w:met|geruststellen|-2.85
w:met|ondervragen|-0.97
w:met|afronding-aankondigen|0.89
w:met|vervolgafspraak|1.65
w:meteen|ik-boodschap|-0.98
w:meteen|gevoelsreflectie|0.9
w:meteen|adviseren|-0.98
w:meteen|prijzen|0.91
w:mevrouw|bevelen|-0.13
w:mevrouw|etiketteren|1.65
w:middag|parafrase|0.96
w:middag|geruststellen|-0.96
w:middaglessen|open-vraag|-0.95
w:middernacht|jij-boodschap|0.8
w:middernacht|moraliseren|0.8
w:mij|jij-boodschap|0.58
w:mij|gevoelsreflectie|0.9
w:mij|samenvatting|-0.92
w:mij|bevelen|0.86
w:mij|argumenteren|-0.89
w:mij|bekritiseren|0.8
w:mij|interpreteren|0.93
w:mij|geruststellen|-0.98
w:mij|vervolgafspraak|1.88
w:mijn|samenvatting|0.98
w:mijn|bevelen|-0.87
w:mijn|waarschuwen|-1.92
w:mijn|bekritiseren|-0.91
w:mijn|interpreteren|-0.99
w:mila|argumenteren|-0.99
w:mila|prijzen|0.99
w:milan|ik-boodschap|0.92
w:milan|jij-boodschap|-0.92
w:milan|waarschuwen|0.97
w:milan|adviseren|-0.96
w:milan|bekritiseren|-0.92
w:milan|ondervragen|-1.0
w:minder|parafrase|-0.98
w:minder|open-vraag|-0.98
w:minder|vervolgafspraak|-0.98
w:minste|moraliseren|0.91
w:minuten|bevelen|-0.87
w:minuten|vervolgafspraak|-0.95
w:mis|open-vraag|-0.95
w:misschien|ik-boodschap|1.9
w:misschien|open-vraag|-0.97
w:misschien|bevelen|-0.89
w:misschien|moraliseren|-0.93
w:misschien|adviseren|4.73
w:misschien|argumenteren|-0.89
w:misschien|interpreteren|0.1
w:misschien|geruststellen|-0.63
w:misschien|vervolgafspraak|0.97
w:missen|argumenteren|0.99
w:mist|ik-boodschap|2.58
w:mist|jij-boodschap|-0.99
w:mist|parafrase|-0.95
w:mist|gevoelsreflectie|-1.0
w:mist|samenvatting|2.94
w:mist|open-vraag|1.72
w:mist|waarschuwen|-1.82
w:mist|moraliseren|-0.98
w:mist|adviseren|-0.99
w:mist|argumenteren|0.78
w:mm|aanmoediging|0.99
w:mo|ik-boodschap|0.96
w:mo|waarschuwen|-0.96
w:mo|argumenteren|-0.96
w:moe|jij-boodschap|-1.0
w:moe|parafrase|0.17
w:moe|gevoelsreflectie|-1.0
w:moe|samenvatting|0.97
w:moe|adviseren|0.87
w:moe|argumenteren|0.96
w:moe|bekritiseren|-0.95
w:moe|afleiden|-0.96
w:moe|vervolgafspraak|-1.95
w:moeder|jij-boodschap|-0.36
w:moeder|gevoelsreflectie|-0.69
w:moeder|samenvatting|-0.95
w:moeder|waarschuwen|-0.97
w:moeder|moraliseren|0.8
w:moeder|prijzen|1.93
w:moeder|etiketteren|-0.91
w:moeder|interpreteren|-0.9
w:moeder|geruststellen|-0.73
w:moeder|afleiden|-0.93
w:moeder|afronding-aankondigen|0.95
w:moeder|vervolgafspraak|0.3
w:moeilijk|parafrase|0.98
w:moeilijk|gevoelsreflectie|0.91
w:moeilijk|samenvatting|0.86
w:moeilijk|open-vraag|0.46
w:moeilijk|moraliseren|-1.0
w:moeilijk|argumenteren|0.96
w:moeilijk|etiketteren|0.9
w:moeilijk|interpreteren|1.95
w:moeilijk|afronding-aankondigen|-0.99
w:moeilijk|vervolgafspraak|0.73
w:moeite|samenvatting|0.98
w:moeite|geruststellen|-0.98
w:moeite|afronding-aankondigen|0.98
w:moeite|vervolgafspraak|-0.95
w:moeite|bedanken|0.98
w:moest|parafrase|0.9
w:moest|bekritiseren|-0.98
w:moest|interpreteren|-0.9
w:moet|ik-boodschap|0.98
w:moet|jij-boodschap|-0.58
w:moet|gevoelsreflectie|1.91
w:moet|samenvatting|-0.97
w:moet|bevelen|0.1
w:moet|moraliseren|2.46
w:moet|argumenteren|0.99
w:moet|bekritiseren|-0.95
w:moet|geruststellen|0.33
w:moet|ondervragen|-0.97
w:moet|afronding-aankondigen|1.0
w:moet|vervolgafspraak|-0.95
w:moeten|ik-boodschap|0.96
w:moeten|samenvatting|-0.98
w:moeten|moraliseren|1.93
w:moeten|adviseren|-0.98
w:moeten|argumenteren|-0.96
w:moeten|bekritiseren|-1.56
w:moeten|interpreteren|-0.94
w:moeten|geruststellen|-1.0
w:moeten|vervolgafspraak|-2.87
w:moeten|bedanken|0.9
w:mogen|moraliseren|0.91
w:mohammed|jij-boodschap|1.74
w:mohammed|bekritiseren|0.98
w:mohammed|afleiden|-1.0
w:mond|bevelen|0.98
w:mooi|ik-boodschap|0.98
w:mooi|afleiden|0.98
w:mooie|prijzen|-0.99
w:mooie|etiketteren|-0.91
w:mooie|afleiden|0.93
w:morgen|samenvatting|-0.96
w:morgen|bevelen|3.43
w:morgen|moraliseren|-0.96
w:morgen|interpreteren|-0.94
w:morgen|afleiden|-0.93
w:morgen|afronding-aankondigen|-0.89
w:morgen|bedanken|-0.93
w:musical|afleiden|0.93
w:muziek|aanmoediging|-0.78
w:na|parafrase|0.89
w:na|gevoelsreflectie|-0.99
w:na|samenvatting|-0.86
w:na|open-vraag|-1.91
w:na|bevelen|1.07
w:na|bekritiseren|-0.17
w:na|interpreteren|-0.99
w:na|geruststellen|1.0
w:na|vervolgafspraak|0.99
w:naar|jij-boodschap|0.29
w:naar|parafrase|-1.9
w:naar|gevoelsreflectie|-3.15
w:naar|open-vraag|-1.46
w:naar|aanmoediging|-0.78
w:naar|bevelen|1.78
w:naar|waarschuwen|1.07
w:naar|moraliseren|-0.95
w:naar|bekritiseren|1.48
w:naar|prijzen|-0.98
w:naar|interpreteren|0.93
w:naar|afleiden|0.47
w:naast|ik-boodschap|1.65
w:naast|bekritiseren|-0.95
w:naast|interpreteren|-0.9
w:naast|ondervragen|-1.0
w:nabespreking|ik-boodschap|1.0
w:nabespreking|open-vraag|1.0
w:nablijven|waarschuwen|0.98
w:nablijven|moraliseren|0.98
w:nablijven|interpreteren|-0.99
w:nablijven|ondervragen|-0.97
w:nachts|bevelen|-0.88
w:nachts|waarschuwen|-0.92
w:nachts|adviseren|-0.98
w:nachts|bekritiseren|0.81
w:nadenken|aanmoediging|0.92
w:nadenken|bevelen|-0.98
w:namen|prijzen|-0.99
w:natuurkunde|jij-boodschap|-0.98
w:natuurkunde|argumenteren|0.81
w:natuurkunde|bekritiseren|-0.98
w:natuurlijk|prijzen|0.91
w:nauwelijks|ik-boodschap|0.94
w:nauwelijks|jij-boodschap|0.98
w:nauwelijks|bekritiseren|2.44
w:nauwelijks|interpreteren|-0.9
w:nederlands|argumenteren|-0.85
w:nederlands|bekritiseren|-0.97
w:nederlands|etiketteren|-0.97
w:nee|waarschuwen|-0.94
w:nee|argumenteren|0.87
w:neem|jij-boodschap|-0.98
w:neem|aanmoediging|1.87
w:neem|bevelen|-0.15
w:neem|adviseren|-0.98
w:neem|bedanken|-0.93
w:neemt|ik-boodschap|-1.0
w:neemt|jij-boodschap|0.91
w:neemt|moraliseren|-0.82
w:neemt|adviseren|-0.97
w:neer|samenvatting|-0.79
w:negen|ik-boodschap|-0.75
w:negen|samenvatting|0.8
w:negen|adviseren|1.95
w:negen|bekritiseren|-0.9
w:negen|afronding-aankondigen|0.86
w:negen|bedanken|0.98
w:nemen|gevoelsreflectie|-0.87
w:nemen|open-vraag|0.96
w:nemen|bevelen|-1.0
w:nemen|waarschuwen|0.86
w:nemen|moraliseren|1.0
w:nemen|adviseren|0.74
w:nemen|geruststellen|-0.98
w:nergens|jij-boodschap|0.9
w:nergens|samenvatting|-1.69
w:nergens|argumenteren|1.08
w:nergens|bekritiseren|1.56
w:nergens|geruststellen|-0.95
w:net|jij-boodschap|1.73
w:net|aanmoediging|-0.92
w:net|etiketteren|0.91
w:netjes|moraliseren|0.97
w:netjes|argumenteren|-0.8
w:niemand|jij-boodschap|-0.91
w:niemand|parafrase|1.1
w:niemand|gevoelsreflectie|0.6
w:niemand|open-vraag|-0.91
w:niemand|bekritiseren|1.09
w:niemand|etiketteren|-1.0
w:niemand|geruststellen|1.77
w:niet|ik-boodschap|3.55
w:niet|jij-boodschap|-0.8
w:niet|gevoelsreflectie|-1.93
w:niet|samenvatting|0.78
w:niet|aanmoediging|-1.0
w:niet|bevelen|-0.11
w:niet|waarschuwen|1.78
w:niet|moraliseren|-1.79
w:niet|adviseren|-0.89
w:niet|argumenteren|-0.66
w:niet|bekritiseren|0.35
w:niet|prijzen|-0.97
w:niet|etiketteren|-1.09
w:niet|interpreteren|-0.98
w:niet|geruststellen|0.68
w:niet|ondervragen|-0.7
w:niet|afleiden|1.39
w:niet|afronding-aankondigen|-2.89
w:niet|vervolgafspraak|-0.95
w:niet|bedanken|-1.98
w:niets|ik-boodschap|1.9
w:niets|jij-boodschap|-2.48
w:niets|gevoelsreflectie|-0.99
w:niets|open-vraag|-0.7
w:niets|waarschuwen|1.0
w:niets|bekritiseren|-3.95
w:niets|prijzen|-1.0
w:niets|etiketteren|-1.0
w:niets|geruststellen|1.62
w:niets|ondervragen|-1.0
w:niets|afronding-aankondigen|0.75
w:nieuw|gevoelsreflectie|-0.7
w:nieuw|vervolgafspraak|0.98
w:nieuwe|ik-boodschap|0.93
w:nieuwe|open-vraag|-0.93
w:nieuwe|argumenteren|-0.88
w:nieuwe|bekritiseren|-0.95
w:nieuwe|ondervragen|-0.93
w:nieuwe|afleiden|1.0
w:nieuwe|vervolgafspraak|0.94
w:nieuwe|bedanken|0.93
w:niks|ik-boodschap|0.11
w:niks|jij-boodschap|1.51
w:niks|parafrase|0.92
w:niks|samenvatting|-0.98
w:niks|bevelen|-0.95
w:niks|moraliseren|-0.99
w:niks|adviseren|-1.0
w:niks|argumenteren|0.79
w:niks|bekritiseren|1.83
w:niks|geruststellen|-0.12
w:niks|ondervragen|1.0
w:niks|afleiden|0.99
w:niks|vervolgafspraak|-1.93
w:nina|vervolgafspraak|-0.97
w:noah|parafrase|0.92
w:noah|vervolgafspraak|0.97
w:nodig|parafrase|-0.95
w:nodig|samenvatting|-1.0
w:nodig|open-vraag|0.46
w:nodig|bevelen|-0.82
w:nodig|bekritiseren|1.94
w:nodig|prijzen|0.91
w:nog|jij-boodschap|-0.94
w:nog|parafrase|0.99
w:nog|gevoelsreflectie|-0.9
w:nog|waarschuwen|2.91
w:nog|adviseren|-1.72
w:nog|bekritiseren|0.13
w:nog|prijzen|-0.91
w:nog|etiketteren|-0.91
w:nog|ondervragen|-0.87
w:nog|afronding-aankondigen|-1.0
w:nogal|bekritiseren|0.92
w:nogal|etiketteren|-0.98
w:nooit|ik-boodschap|-1.91
w:nooit|jij-boodschap|1.89
w:nooit|gevoelsreflectie|-0.9
w:nooit|open-vraag|-0.99
w:nooit|bevelen|1.72
w:nooit|waarschuwen|0.92
w:nooit|adviseren|0.24
w:nooit|bekritiseren|1.02
w:nooit|etiketteren|-0.98
w:nooit|ondervragen|0.64
w:nooit|vervolgafspraak|-1.95
w:noor|ik-boodschap|1.97
w:noor|bevelen|-0.92
w:noor|waarschuwen|-0.96
w:noor|bekritiseren|-0.95
w:noor|etiketteren|-0.79
w:noor|ondervragen|-0.96
w:noor|vervolgafspraak|1.0
w:nooti|jij-boodschap|1.78
w:nooti|bevelen|-0.97
w:nooti|bekritiseren|1.78
w:normaal|jij-boodschap|0.99
w:normaal|moraliseren|0.97
w:normaal|argumenteren|-0.93
w:normaal|geruststellen|1.85
w:normering|samenvatting|-0.97
w:normering|argumenteren|0.97
w:nou|ik-boodschap|0.93
w:nou|jij-boodschap|-0.1
w:nou|samenvatting|-1.0
w:nou|bevelen|-0.88
w:nou|waarschuwen|-0.96
w:nou|moraliseren|0.7
w:nou|argumenteren|-1.9
w:nou|bekritiseren|2.9
w:nou|etiketteren|1.59
w:nou|geruststellen|-1.0
w:nou|ondervragen|-1.83
w:nou|vervolgafspraak|-0.98
w:nou|bedanken|-1.91
w:nu|ik-boodschap|0.79
w:nu|jij-boodschap|-0.93
w:nu|gevoelsreflectie|1.85
w:nu|samenvatting|1.96
w:nu|open-vraag|0.56
w:nu|aanmoediging|-1.87
w:nu|bevelen|3.83
w:nu|moraliseren|-0.97
w:nu|bekritiseren|-1.28
w:nu|prijzen|-1.0
w:nu|interpreteren|-1.9
w:nu|geruststellen|-2.92
w:nu|ondervragen|-1.11
w:nu|afronding-aankondigen|3.88
w:nu|vervolgafspraak|-1.02
w:nu|bedanken|0.94
w:och|argumenteren|-0.96
w:och|geruststellen|-0.81
w:och|afleiden|1.61
w:ochtend|ik-boodschap|0.98
w:ochtends|parafrase|1.0
w:ochtends|gevoelsreflectie|-1.0
w:ochtends|open-vraag|0.95
w:ochtends|vervolgafspraak|-0.95
w:oefeningen|gevoelsreflectie|-0.87
w:oefeningen|open-vraag|0.96
w:oefent|samenvatting|-0.94
w:oefent|moraliseren|-0.97
w:oefent|adviseren|-0.97
w:oefent|argumenteren|0.95
w:oefent|geruststellen|-0.95
w:of|ik-boodschap|-0.91
w:of|parafrase|0.94
w:of|samenvatting|-1.82
w:of|moraliseren|-0.89
w:of|argumenteren|-0.99
w:of|prijzen|-1.0
w:of|bedanken|-0.99
w:ogen|bevelen|0.95
w:oke|jij-boodschap|-0.99
w:oké|parafrase|0.95
w:oké|aanmoediging|-0.97
w:om|ik-boodschap|1.66
w:om|jij-boodschap|-1.5
w:om|parafrase|0.83
w:om|gevoelsreflectie|0.15
w:om|samenvatting|1.0
w:om|open-vraag|1.45
w:om|aanmoediging|-1.0
w:om|bevelen|1.01
w:om|waarschuwen|-0.96
w:om|adviseren|2.92
w:om|argumenteren|-2.76
w:om|bekritiseren|-0.24
w:om|interpreteren|0.67
w:om|afleiden|-1.92
w:om|vervolgafspraak|0.63
w:om|bedanken|0.94
w:oma|adviseren|0.84
w:oma|geruststellen|-0.99
w:omar|ondervragen|-0.97
w:omdat|ik-boodschap|0.92
w:omdat|jij-boodschap|-1.0
w:omdat|parafrase|0.88
w:omdat|gevoelsreflectie|0.43
w:omdat|open-vraag|-1.69
w:omdat|bevelen|-0.97
w:omdat|adviseren|-1.95
w:omdat|argumenteren|-0.99
w:omdat|bekritiseren|-1.0
w:omdat|prijzen|-1.0
w:omdat|etiketteren|-1.0
w:omdat|interpreteren|4.11
w:omdat|geruststellen|-0.94
w:omdat|afronding-aankondigen|-0.99
w:omdat|vervolgafspraak|-0.97
w:onaangeroerd|ik-boodschap|-1.0
w:onacceptabel|ondervragen|-0.79
w:onbeantwoord|gevoelsreflectie|0.43
w:onbeschoft|bekritiseren|0.97
w:onbeschofte|jij-boodschap|-1.0
w:onbeschofte|gevoelsreflectie|-1.0
w:onbeschofte|bevelen|-1.0
w:onbeschofte|bekritiseren|1.0
w:onbetrouwbare|bekritiseren|-1.43
w:onder|samenvatting|-1.0
w:onder|bevelen|-0.99
w:onder|waarschuwen|-1.0
w:onder|moraliseren|-0.99
w:onder|bekritiseren|-0.99
w:onder|prijzen|-1.0
w:onder|interpreteren|0.99
w:onder|vervolgafspraak|-1.0
w:onderbreekt|jij-boodschap|0.96
w:onderbreekt|bekritiseren|0.82
w:onderbreken|jij-boodschap|-0.85
w:onderbreken|afronding-aankondigen|0.99
w:onderschat|jij-boodschap|0.85
w:onderschat|waarschuwen|0.85
w:onderschat|bekritiseren|0.85
w:ondersteunen|afleiden|-0.93
w:onderzoek|argumenteren|0.89
w:onduidelijk|jij-boodschap|-0.85
w:oneerlijk|gevoelsreflectie|-0.1
w:ongeldig|waarschuwen|1.0
w:ongemakkelijk|samenvatting|-0.98
w:ongemakkelijk|vervolgafspraak|-0.98
w:ongeoorloofd|etiketteren|-0.87
w:ongerust|ik-boodschap|0.93
w:ongerust|gevoelsreflectie|0.98
w:ongerust|aanmoediging|-0.9
w:ongerust|adviseren|-0.82
w:ongerust|argumenteren|-0.99
w:ongerust|geruststellen|0.98
w:ongerust|ondervragen|0.91
w:ongerust|bedanken|-0.99
w:onhandig|bekritiseren|0.9
w:online|ik-boodschap|0.99
w:online|jij-boodschap|0.99
w:online|parafrase|-0.97
w:online|samenvatting|0.97
w:onrustig|parafrase|-0.96
w:onrustig|open-vraag|-0.53
w:onrustige|open-vraag|-0.96
w:onruststoker|bekritiseren|-0.99
w:ons|gevoelsreflectie|0.98
w:ons|open-vraag|-1.0
w:ons|afleiden|0.84
w:ons|afronding-aankondigen|-1.0
w:ontvangen|ondervragen|-0.89
w:onverschillig|bekritiseren|0.92
w:onvoldoende|ik-boodschap|-0.83
w:onvoldoende|gevoelsreflectie|0.91
w:onvoldoende|moraliseren|-0.91
w:onvoldoende|argumenteren|1.97
w:onvoldoende|ondervragen|-1.0
w:onvoldoende|afleiden|0.79
w:onvoldoendes|argumenteren|0.95
w:onze|samenvatting|-0.98
w:onzeker|ik-boodschap|0.99
w:onzeker|gevoelsreflectie|0.98
w:onzin|jij-boodschap|-0.9
w:onzin|bekritiseren|1.73
w:onzinverhaal|bekritiseren|2.64
w:oog|ik-boodschap|1.62
w:oog|open-vraag|0.84
w:ooit|jij-boodschap|1.49
w:ooit|bekritiseren|0.97
w:ook|ik-boodschap|1.0
w:ook|jij-boodschap|0.51
w:ook|gevoelsreflectie|0.7
w:ook|open-vraag|-0.97
w:ook|bevelen|-1.76
w:ook|moraliseren|-1.06
w:ook|adviseren|0.62
w:ook|argumenteren|-0.68
w:ook|prijzen|0.97
w:ook|etiketteren|-0.1
w:ook|geruststellen|-0.79
w:ook|ondervragen|-0.9
w:ook|afleiden|-0.99
w:ook|vervolgafspraak|1.94
w:ook|bedanken|-0.99
w:oor|gevoelsreflectie|-1.0
w:oor|aanmoediging|1.0
w:oor|geruststellen|-1.0
w:oortjes|ik-boodschap|-0.72
w:oortjes|waarschuwen|-0.98
w:op|ik-boodschap|-3.63
w:op|jij-boodschap|1.09
w:op|parafrase|-1.68
w:op|gevoelsreflectie|-0.1
w:op|samenvatting|1.17
w:op|open-vraag|-0.17
w:op|aanmoediging|-1.99
w:op|bevelen|-0.78
w:op|waarschuwen|1.0
w:op|moraliseren|0.62
w:op|adviseren|0.13
w:op|argumenteren|-0.77
w:op|bekritiseren|1.44
w:op|etiketteren|-1.89
w:op|interpreteren|0.85
w:op|geruststellen|-0.75
w:op|ondervragen|0.84
w:op|afronding-aankondigen|-1.0
w:op|vervolgafspraak|-0.95
w:opdagen|ik-boodschap|-0.96
w:opdagen|jij-boodschap|1.66
w:opdagen|bekritiseren|1.81
w:opdagen|geruststellen|-0.94
w:opdracht|ik-boodschap|0.92
w:opdracht|jij-boodschap|-0.92
w:opdracht|samenvatting|-1.0
w:opdracht|bevelen|-0.92
w:opdracht|waarschuwen|-1.0
w:opdracht|adviseren|-0.85
w:opdracht|argumenteren|1.53
w:opdracht|bekritiseren|-0.25
w:opdracht|prijzen|-0.1
w:opdracht|etiketteren|-0.79
w:opdracht|geruststellen|-0.9
w:opdracht|vervolgafspraak|-1.0
w:opdrachten|ik-boodschap|2.63
w:opdrachten|adviseren|-0.96
w:opdrachten|interpreteren|-0.9
w:opdrachten|afronding-aankondigen|-0.99
w:open|bekritiseren|-0.97
w:open|afronding-aankondigen|-0.99
w:operatie|ik-boodschap|0.97
w:opgaven|vervolgafspraak|0.98
w:opgelet|bekritiseren|2.44
w:opgelucht|ik-boodschap|0.97
w:ophaalt|parafrase|-0.99
w:ophaalt|waarschuwen|0.99
w:ophaalt|geruststellen|-0.99
w:ophoudt|moraliseren|-0.96
w:oplaadt|ik-boodschap|0.98
w:oplaadt|waarschuwen|-0.98
w:opletten|bekritiseren|-0.95
w:opmerking|jij-boodschap|-1.8
w:opmerking|gevoelsreflectie|-1.0
w:opmerking|samenvatting|-0.92
w:opmerking|bevelen|-1.0
w:opmerking|waarschuwen|0.92
w:opmerking|bekritiseren|1.11
w:opnieuw|afronding-aankondigen|-0.98
w:oppakt|interpreteren|-0.95
w:opschrijft|ik-boodschap|1.72
w:opstaat|ik-boodschap|0.91
w:optie|parafrase|-0.95
w:opvoeden|moraliseren|0.88
w:opvoeden|argumenteren|-0.77
w:oude|ik-boodschap|-0.77
w:oude|parafrase|-0.95
w:oude|samenvatting|0.95
w:oude|open-vraag|0.77
w:ouder|jij-boodschap|-0.99
w:ouder|gevoelsreflectie|0.95
w:ouder|moraliseren|2.86
w:ouder|argumenteren|-0.12
w:ouder|bekritiseren|-0.2
w:ouder|prijzen|-0.99
w:ouder|geruststellen|1.71
w:ouderavond|bevelen|-0.83
w:ouderavond|prijzen|-0.9
w:ouderavond|afleiden|0.63
w:ouders|bevelen|-0.88
w:ouders|waarschuwen|-0.93
w:ouders|moraliseren|0.93
w:ouders|argumenteren|-1.76
w:ouders|prijzen|-0.99
w:ouders|etiketteren|-0.94
w:ouders|interpreteren|0.9
w:ouders|afleiden|-0.93
w:ouders|afronding-aankondigen|-1.0
w:ouders|vervolgafspraak|-0.91
w:over|ik-boodschap|0.17
w:over|jij-boodschap|-1.91
w:over|parafrase|-0.12
w:over|gevoelsreflectie|-0.1
w:over|samenvatting|2.68
w:over|open-vraag|-1.39
w:over|aanmoediging|-2.0
w:over|bevelen|-0.88
w:over|waarschuwen|-0.97
w:over|moraliseren|-0.98
w:over|adviseren|0.18
w:over|argumenteren|0.87
w:over|bekritiseren|-1.95
w:over|prijzen|-2.0
w:over|etiketteren|-1.0
w:over|interpreteren|0.83
w:over|geruststellen|-0.9
w:over|ondervragen|-1.0
w:over|afronding-aankondigen|-2.8
w:over|vervolgafspraak|-0.27
w:overal|jij-boodschap|2.16
w:overal|gevoelsreflectie|-0.87
w:overal|bekritiseren|2.81
w:overal|prijzen|-0.99
w:overal|etiketteren|0.99
w:overdreven|jij-boodschap|-2.39
w:overdreven|bevelen|-0.94
w:overgang|open-vraag|0.48
w:overgangsnormen|argumenteren|0.79
w:overheen|geruststellen|0.99
w:overkomt|ik-boodschap|-0.99
w:overkomt|geruststellen|-0.79
w:overkomt|afleiden|1.02
w:overleg|ik-boodschap|-0.97
w:overleg|samenvatting|0.97
w:overleg|adviseren|-0.97
w:overleg|vervolgafspraak|0.97
w:overleggen|adviseren|1.0
w:overleggen|interpreteren|-1.0
w:overstap|bekritiseren|-0.87
w:overstap|bedanken|-0.93
w:paar|parafrase|-0.96
w:paar|argumenteren|-0.92
w:paar|geruststellen|0.81
w:pak|waarschuwen|0.12
w:pas|ik-boodschap|1.09
w:pas|jij-boodschap|-0.97
w:pas|parafrase|0.9
w:pas|samenvatting|-0.88
w:pas|bevelen|-1.0
w:pas|waarschuwen|-0.96
w:pas|moraliseren|-0.94
w:pas|argumenteren|-0.95
w:pas|ondervragen|0.82
w:pas|vervolgafspraak|-1.0
w:pasje|ik-boodschap|-0.97
w:pauze|ik-boodschap|0.9
w:pauze|gevoelsreflectie|-0.97
w:pauze|vervolgafspraak|-0.97
w:pauzes|ik-boodschap|-0.99
w:peil|bekritiseren|0.99
w:per|bevelen|-0.88
w:per|bekritiseren|-0.99
w:periode|ik-boodschap|-0.62
w:periode|open-vraag|-0.96
w:periode|argumenteren|-0.85
w:periode|etiketteren|-0.97
w:pest|jij-boodschap|1.74
w:pest|bekritiseren|0.98
w:pesten|open-vraag|-0.95
w:pesten|bevelen|-0.97
w:pesterijen|samenvatting|0.92
w:pesterijen|afronding-aankondigen|0.92
w:peters|parafrase|0.84
w:pijn|waarschuwen|-0.96
w:plaats|adviseren|0.1
w:plan|ik-boodschap|1.0
w:plan|gevoelsreflectie|0.21
w:plan|adviseren|-0.96
w:plan|prijzen|1.0
w:plan|vervolgafspraak|1.73
w:plannen|ik-boodschap|0.75
w:plannen|jij-boodschap|-2.69
w:plannen|moraliseren|-0.96
w:plannen|adviseren|1.8
w:plannen|argumenteren|-0.81
w:plannen|bekritiseren|-1.62
w:plannen|prijzen|0.95
w:plannen|ondervragen|1.62
w:plannen|afronding-aankondigen|0.81
w:plannen|vervolgafspraak|0.98
w:planner|ik-boodschap|1.19
w:planner|samenvatting|0.96
w:planner|adviseren|0.99
w:planning|jij-boodschap|-0.17
w:planning|samenvatting|1.94
w:planning|aanmoediging|-0.96
w:planning|bekritiseren|0.95
w:planning|prijzen|-1.0
w:planning|geruststellen|-0.96
w:planning|afleiden|-0.98
w:playstation|bekritiseren|0.99
w:plek|samenvatting|-0.82
w:plek|open-vraag|-0.53
w:plek|waarschuwen|0.99
w:plezier|samenvatting|0.89
w:plezier|open-vraag|0.46
w:plezier|bevelen|-0.92
w:plezier|etiketteren|-0.79
w:plicht|moraliseren|0.98
w:plicht|afleiden|-0.93
w:plichten|waarschuwen|-0.96
w:plichten|moraliseren|1.61
w:plichten|argumenteren|-0.87
w:plusklas|argumenteren|-0.89
w:pootjes|geruststellen|0.96
w:positief|afleiden|0.99
w:positieve|afleiden|0.84
w:post|bekritiseren|-0.99
w:praat|ik-boodschap|-0.89
w:praat|parafrase|-0.9
w:praat|samenvatting|2.8
w:praat|waarschuwen|0.91
w:praat|vervolgafspraak|0.96
w:praat|bedanken|0.94
w:praten|ik-boodschap|0.21
w:praten|parafrase|-0.13
w:praten|gevoelsreflectie|1.0
w:praten|open-vraag|1.0
w:praten|aanmoediging|-1.0
w:praten|waarschuwen|-0.99
w:praten|adviseren|1.95
w:praten|prijzen|-0.98
w:praten|afronding-aankondigen|-1.2
w:praten|vervolgafspraak|0.96
w:praten|bedanken|-0.94
w:precies|etiketteren|-0.95
w:prestatie|prijzen|-0.99
w:prikkelbaar|bekritiseren|-0.87
w:prikkelbaar|bedanken|-0.93
w:prima|gevoelsreflectie|1.0
w:prima|bekritiseren|0.81
w:prima|geruststellen|1.64
w:probeer|adviseren|0.97
w:probeert|bevelen|-0.99
w:probeert|moraliseren|-0.99
w:probeert|bekritiseren|-0.99
w:probeert|interpreteren|0.99
w:probleem|samenvatting|0.96
w:probleem|waarschuwen|0.99
w:probleem|moraliseren|-0.94
w:probleem|etiketteren|0.99
w:probleem|interpreteren|0.91
w:probleemkind|jij-boodschap|0.96
w:profiel|parafrase|0.97
w:programma|afleiden|-0.61
w:project|parafrase|-1.0
w:project|aanmoediging|-1.0
w:project|bekritiseren|0.94
w:project|afleiden|-1.0
w:project|vervolgafspraak|-1.0
w:protocol|argumenteren|-0.97
w:pta|moraliseren|-0.55
w:pta|argumenteren|1.0
w:puber|bekritiseren|-0.99
w:puber|etiketteren|1.0
w:puber|geruststellen|0.11
w:puber|afleiden|0.7
w:pubers|adviseren|-1.0
w:pubers|bekritiseren|-0.78
w:pubers|etiketteren|-1.0
w:pubers|afleiden|1.91
w:puberteit|moraliseren|-0.89
w:puberteit|interpreteren|-0.93
w:puberteit|geruststellen|-0.93
w:puberteit|afleiden|1.83
w:pubertijd|moraliseren|-0.97
w:punt|ik-boodschap|0.95
w:punt|bevelen|-0.87
w:punt|bekritiseren|-0.79
w:punt|afronding-aankondigen|0.75
w:punt|vervolgafspraak|-1.9
w:raakt|parafrase|-0.93
w:raakt|open-vraag|-0.99
w:raakt|aanmoediging|0.9
w:raakt|adviseren|-0.99
w:raakt|interpreteren|-0.78
w:raakt|geruststellen|-0.88
w:raken|ik-boodschap|0.91
w:rapport|ik-boodschap|-0.99
w:rapport|parafrase|0.99
w:rapport|gevoelsreflectie|0.97
w:rapport|samenvatting|-0.99
w:rapport|argumenteren|-0.85
w:rapport|bekritiseren|-0.99
w:rapport|etiketteren|-0.97
w:rapport|afronding-aankondigen|-0.83
w:rare|bekritiseren|0.79
w:ravi|jij-boodschap|-1.0
w:ravi|parafrase|-1.0
w:ravi|bekritiseren|-1.0
w:ravi|interpreteren|1.0
w:reactie|bekritiseren|1.9
w:reactie|etiketteren|1.0
w:reageert|jij-boodschap|-0.97
w:reageert|interpreteren|1.92
w:reageren|jij-boodschap|1.78
w:reageren|bevelen|-0.97
w:reageren|bekritiseren|1.78
w:recht|jij-boodschap|-0.99
w:recht|bekritiseren|-0.99
w:rechtop|waarschuwen|-0.92
w:redelijk|parafrase|-0.78
w:redelijk|prijzen|0.96
w:redelijk|vervolgafspraak|-0.92
w:redt|geruststellen|0.95
w:regel|geruststellen|-0.99
w:regel|afronding-aankondigen|-0.93
w:regelen|afronding-aankondigen|-0.92
w:regels|bevelen|-0.82
w:regels|argumenteren|1.75
w:regelt|waarschuwen|-1.0
w:regelt|etiketteren|1.0
w:regelt|ondervragen|-0.9
w:reglement|argumenteren|1.0
w:reglement|interpreteren|-0.99
w:reken|prijzen|0.99
w:rekenen|ik-boodschap|-0.92
w:rekenmachine|gevoelsreflectie|-0.87
w:rekenmachine|open-vraag|0.96
w:rekenmachine|vervolgafspraak|0.98
w:rekentoets|open-vraag|0.98
w:respect|jij-boodschap|-0.99
w:respect|samenvatting|-0.99
w:respect|moraliseren|1.83
w:respect|interpreteren|-0.99
w:rest|argumenteren|0.96
w:richten|afleiden|0.84
w:rij|gevoelsreflectie|-1.0
w:rij|samenvatting|1.0
w:rij|open-vraag|-0.98
w:rij|argumenteren|0.95
w:rij|vervolgafspraak|-0.98
w:rijtje|ik-boodschap|-0.94
w:rijtje|samenvatting|0.99
w:rijtje|open-vraag|0.48
w:rijtje|waarschuwen|-0.99
w:rijtje|adviseren|-0.99
w:rik|ik-boodschap|0.94
w:rik|interpreteren|-0.9
w:roept|ik-boodschap|0.95
w:roken|afronding-aankondigen|-0.97
w:rol|aanmoediging|-0.98
w:rol|afleiden|0.93
w:rollen|bevelen|0.95
w:rond|argumenteren|-0.99
w:ronden|samenvatting|-0.96
w:ronden|vervolgafspraak|-0.13
w:ronden|bedanken|-0.95
w:rondgaan|bekritiseren|-0.98
w:ronduit|bekritiseren|0.96
w:rooster|ik-boodschap|0.95
w:rooster|aanmoediging|-0.99
w:rooster|afleiden|-1.51
w:rot|parafrase|-1.0
w:rot|gevoelsreflectie|1.0
w:rot|open-vraag|-1.0
w:rot|bekritiseren|-1.0
w:rot|afleiden|-1.0
w:rotmoment|gevoelsreflectie|0.97
w:rotmoment|aanmoediging|-0.97
w:rotzak|etiketteren|0.98
w:rust|jij-boodschap|-0.77
w:rust|adviseren|0.99
w:rusten|afleiden|0.98
w:rustig|aanmoediging|1.04
w:rustig|bevelen|1.1
w:rustiger|vervolgafspraak|0.96
w:ruzie|ik-boodschap|-0.94
w:ruzie|parafrase|0.96
w:ruzie|samenvatting|0.95
w:ruzie|geruststellen|-0.96
w:ruzie|afleiden|0.96
w:ruzie|afronding-aankondigen|-0.8
w:ruzietjes|geruststellen|-1.85
w:ruzietjes|afleiden|1.92
w:samen|ik-boodschap|-1.77
w:samen|jij-boodschap|-0.17
w:samen|gevoelsreflectie|-0.7
w:samen|samenvatting|0.96
w:samen|waarschuwen|0.99
w:samen|moraliseren|0.88
w:samen|adviseren|0.69
w:samen|argumenteren|-0.77
w:samen|bekritiseren|0.95
w:samen|prijzen|-0.96
w:samen|geruststellen|-0.98
w:samen|afronding-aankondigen|-0.75
w:samen|vervolgafspraak|2.93
w:samen|bedanken|-0.95
w:samengevat|jij-boodschap|0.96
w:samengevat|parafrase|-0.98
w:samengevat|gevoelsreflectie|0.91
w:samengevat|samenvatting|0.91
w:samengevat|bevelen|-0.97
w:samengevat|bekritiseren|0.96
w:samengevat|vervolgafspraak|0.73
w:samengevat|bedanken|-0.93
w:samenvat|gevoelsreflectie|-1.81
w:samenvat|samenvatting|1.12
w:samenvatten|jij-boodschap|-0.99
w:samenvatten|parafrase|-0.96
w:samenvatten|samenvatting|0.94
w:samenvatten|open-vraag|-0.53
w:samenvatten|bedanken|0.94
w:samenvattend|samenvatting|1.95
w:samenvattend|open-vraag|-0.98
w:samenvattend|aanmoediging|-0.96
w:samenvattend|argumenteren|-1.87
w:samenvattend|geruststellen|-0.96
w:samenvattend|afronding-aankondigen|0.98
w:samenvattend|bedanken|0.98
w:sanne|open-vraag|1.0
w:schaamt|gevoelsreflectie|0.97
w:schandalig|jij-boodschap|-0.8
w:scheiding|interpreteren|1.9
w:scheikunde|bevelen|-0.93
w:schelden|jij-boodschap|0.99
w:schelden|bekritiseren|0.99
w:scherm|parafrase|-0.98
w:schermgebruik|argumenteren|0.89
w:schermtijd|ik-boodschap|-0.94
w:schermtijd|gevoelsreflectie|-1.0
w:schermtijd|open-vraag|-0.98
w:schermtijd|ondervragen|-1.0
w:schermtijd|vervolgafspraak|-0.98
w:schieten|ik-boodschap|0.95
w:schieten|vervolgafspraak|-0.95
w:school|ik-boodschap|-1.75
w:school|jij-boodschap|0.33
w:school|open-vraag|1.51
w:school|aanmoediging|-1.0
w:school|moraliseren|0.9
w:school|adviseren|0.82
w:school|argumenteren|-1.64
w:school|bekritiseren|0.77
w:school|etiketteren|-0.98
w:school|interpreteren|1.82
w:school|geruststellen|-0.81
w:school|afleiden|-1.51
w:school|afronding-aankondigen|-1.0
w:school|vervolgafspraak|1.0
w:schoolgids|ondervragen|-0.93
w:schoolplein|afleiden|0.9
w:schoolreisje|parafrase|0.96
w:schoolreisje|open-vraag|-0.96
w:schoolresultaten|moraliseren|0.93
w:schooltijd|waarschuwen|-0.98
w:schooltijd|interpreteren|0.98
w:schooltijd|vervolgafspraak|0.99
w:schorsing|ik-boodschap|-0.76
w:schorsing|parafrase|0.96
w:schorsing|gevoelsreflectie|0.67
w:schreef|interpreteren|-0.78
w:schreef|geruststellen|-0.88
w:schrift|bedanken|-1.0
w:schriftje|adviseren|0.95
w:schrijf|waarschuwen|0.96
w:schrijf|adviseren|0.95
w:schrijfopdracht|interpreteren|-0.78
w:schrijfopdracht|geruststellen|-0.88
w:schrijft|argumenteren|0.77
w:schrik|gevoelsreflectie|1.38
w:schrik|argumenteren|-0.85
w:schrik|geruststellen|-0.99
w:schrok|ik-boodschap|1.79
w:schrok|gevoelsreflectie|-0.97
w:schuift|argumenteren|-0.96
w:schuift|vervolgafspraak|1.0
w:schuld|jij-boodschap|0.9
w:schuld|samenvatting|-0.9
w:schuld|bekritiseren|0.89
w:schuldig|interpreteren|1.0
w:schuldige|prijzen|-1.0
w:schuldige|interpreteren|1.0
w:sectie|gevoelsreflectie|0.91
w:sectie|samenvatting|0.86
w:sectie|etiketteren|0.98
w:sectie|vervolgafspraak|0.73
w:sem|open-vraag|1.0
w:sem|waarschuwen|-0.99
w:sem|bekritiseren|-1.43
w:september|ik-boodschap|-0.98
w:september|bevelen|-0.83
w:september|prijzen|-0.9
w:september|afleiden|-0.93
w:serieus|jij-boodschap|0.91
w:serieus|gevoelsreflectie|0.43
w:serieus|samenvatting|-0.97
w:sfeer|jij-boodschap|1.64
w:sfeer|samenvatting|0.96
w:sfeer|bekritiseren|0.99
w:simpel|argumenteren|1.92
w:simpel|bekritiseren|-0.99
w:simpel|geruststellen|-0.95
w:sinds|ik-boodschap|2.63
w:sinds|jij-boodschap|-0.84
w:sinds|open-vraag|0.95
w:sinds|bevelen|-0.83
w:sinds|waarschuwen|-0.98
w:sinds|adviseren|-0.99
w:sinds|bekritiseren|-0.91
w:sinds|prijzen|-0.9
w:sinds|interpreteren|-0.9
w:sinds|afleiden|-0.93
w:sinds|vervolgafspraak|-0.95
w:situatie|moraliseren|-1.0
w:situatie|geruststellen|-1.0
w:slaap|ik-boodschap|1.97
w:slaap|samenvatting|0.95
w:slaap|open-vraag|0.48
w:slaap|adviseren|1.0
w:slaap|interpreteren|-1.0
w:slaapt|ik-boodschap|0.15
w:slaapt|jij-boodschap|-0.99
w:slaapt|parafrase|-0.95
w:slaapt|gevoelsreflectie|-1.0
w:slaapt|samenvatting|1.95
w:slaapt|open-vraag|0.77
w:slaapt|waarschuwen|-0.99
w:slaapt|adviseren|-0.99
w:slaapt|bekritiseren|-0.87
w:slaapt|bedanken|-0.93
w:slaat|argumenteren|1.08
w:slaat|bekritiseren|0.67
w:slaat|geruststellen|-0.95
w:slap|geruststellen|-0.92
w:slapen|samenvatting|1.0
w:slapen|argumenteren|0.89
w:slecht|ik-boodschap|-0.77
w:slecht|parafrase|-0.95
w:slecht|gevoelsreflectie|-1.0
w:slecht|samenvatting|1.95
w:slecht|open-vraag|0.77
w:slecht|adviseren|-0.99
w:slecht|bekritiseren|0.95
w:slecht|prijzen|-1.0
w:slecht|ondervragen|-1.0
w:slecht|bedanken|-0.93
w:slechte|geruststellen|1.71
w:slim|adviseren|0.93
w:slim|etiketteren|1.75
w:slim|geruststellen|-0.99
w:slimme|jij-boodschap|-0.99
w:slimme|gevoelsreflectie|-1.0
w:slimme|waarschuwen|-0.96
w:slimme|moraliseren|-1.0
w:slimme|adviseren|0.99
w:slimme|argumenteren|-1.0
w:slimme|bekritiseren|-0.99
w:slimme|prijzen|2.95
w:slimme|etiketteren|-0.99
w:slimme|interpreteren|-1.0
w:slimme|geruststellen|-1.0
w:slimme|afleiden|-0.99
w:slimste|adviseren|-0.85
w:slimste|prijzen|0.9
w:slimste|geruststellen|-0.9
w:slordige|bekritiseren|-0.94
w:sluit|bedanken|0.93
w:sluiten|samenvatting|0.21
w:sluiten|afronding-aankondigen|1.89
w:sluiten|vervolgafspraak|-0.88
w:sluiten|bedanken|0.98
w:smit|bevelen|0.81
w:snap|ik-boodschap|-0.97
w:snap|parafrase|1.9
w:snap|gevoelsreflectie|1.0
w:snap|samenvatting|-1.8
w:snap|adviseren|1.09
w:snap|geruststellen|0.93
w:snap|afleiden|-0.89
w:snapchat|samenvatting|0.83
w:snapt|ik-boodschap|0.93
w:snapt|jij-boodschap|-0.99
w:snapt|parafrase|-0.95
w:snapt|gevoelsreflectie|-1.0
w:snapt|samenvatting|-1.0
w:snapt|waarschuwen|-1.0
w:snapt|moraliseren|-1.0
w:snapt|argumenteren|-1.88
w:snapt|prijzen|0.76
w:snapt|etiketteren|-0.99
w:snapt|interpreteren|0.73
w:snapt|geruststellen|-1.0
w:snapt|afleiden|-0.99
w:snapt|vervolgafspraak|-1.0
w:snel|jij-boodschap|-0.84
w:snel|parafrase|0.84
w:snel|gevoelsreflectie|-0.83
w:snel|bekritiseren|-0.92
w:snel|prijzen|-0.9
w:snel|interpreteren|-0.99
w:snel|bedanken|0.99
w:sneller|bevelen|-0.97
w:sociaal|etiketteren|-0.93
w:somber|geruststellen|0.95
w:soms|jij-boodschap|1.73
w:soms|etiketteren|0.91
w:soms|geruststellen|0.94
w:soort|bekritiseren|1.62
w:soort|afleiden|0.96
w:sophie|gevoelsreflectie|0.98
w:spannend|gevoelsreflectie|1.0
w:spanning|etiketteren|-0.99
w:speelt|jij-boodschap|-0.89
w:speelt|aanmoediging|-0.98
w:spiekt|waarschuwen|1.0
w:spijbelen|waarschuwen|0.99
w:spijbelt|samenvatting|-0.97
w:spijbelt|bevelen|-0.97
w:spijbelt|moraliseren|-0.9
w:spijbelt|bekritiseren|0.1
w:sporten|bedanken|-1.0
w:spreek|ik-boodschap|-0.98
w:spreek|samenvatting|0.98
w:spreek|waarschuwen|0.99
w:spreek|vervolgafspraak|0.98
w:spreek|bedanken|-0.98
w:spreken|ik-boodschap|-0.89
w:spreken|samenvatting|0.96
w:spreken|argumenteren|0.15
w:spreken|interpreteren|-0.96
w:spreken|afronding-aankondigen|-0.91
w:spreken|vervolgafspraak|0.96
w:spreken|bedanken|-0.95
w:spreker|ik-boodschap|0.92
w:spullen|ik-boodschap|0.97
w:spullen|waarschuwen|-0.86
w:sta|ik-boodschap|0.98
w:staan|argumenteren|0.95
w:staan|bekritiseren|0.78
w:staan|afleiden|-0.93
w:staat|samenvatting|-0.92
w:staat|waarschuwen|0.92
w:staat|moraliseren|-0.55
w:staat|argumenteren|0.73
w:staat|etiketteren|-0.97
w:staat|afleiden|-0.84
w:staat|vervolgafspraak|-0.98
w:stage|jij-boodschap|-0.93
w:stage|bekritiseren|-0.97
w:stage|afleiden|0.85
w:stagebegeleider|bevelen|0.94
w:stagebegeleider|vervolgafspraak|-0.94
w:stap|ondervragen|0.82
w:star|adviseren|-0.99
w:star|argumenteren|-0.99
w:staren|ik-boodschap|-0.95
w:steeds|ik-boodschap|1.82
w:steeds|jij-boodschap|2.87
w:steeds|gevoelsreflectie|-1.86
w:steeds|bekritiseren|2.73
w:steeds|ondervragen|-0.12
w:steeds|afleiden|-1.51
w:steeds|vervolgafspraak|-0.95
w:steek|samenvatting|-0.95
w:stel|etiketteren|1.0
w:stel|interpreteren|-1.0
w:stel|vervolgafspraak|1.0
w:stellen|ik-boodschap|0.95
w:stellen|jij-boodschap|0.8
w:stellen|moraliseren|0.8
w:stelt|jij-boodschap|0.99
w:stelt|moraliseren|-0.99
w:stelt|adviseren|-0.99
w:stelt|argumenteren|-0.99
w:stelt|bekritiseren|1.75
w:stelt|afleiden|0.99
w:sterk|interpreteren|0.96
w:sterk|geruststellen|-0.75
w:sterke|open-vraag|-1.0
w:sterke|adviseren|-1.0
w:steunen|moraliseren|0.98
w:steunen|argumenteren|-0.83
w:stil|ondervragen|-0.83
w:stilleggen|open-vraag|-0.98
w:stiller|ik-boodschap|0.14
w:stoeien|ik-boodschap|0.91
w:stoer|jij-boodschap|-0.73
w:stoer|moraliseren|-0.97
w:stoer|argumenteren|-0.99
w:stoer|bekritiseren|-0.92
w:stoer|interpreteren|0.72
w:stof|ik-boodschap|0.93
w:stof|argumenteren|-0.88
w:stond|ik-boodschap|-0.92
w:stond|bevelen|-0.83
w:stond|argumenteren|1.84
w:stond|prijzen|-0.9
w:stoort|open-vraag|0.99
w:stop|aanmoediging|-1.0
w:stop|bevelen|1.0
w:stop|adviseren|-0.99
w:stop|vervolgafspraak|-0.99
w:stoppen|ik-boodschap|0.95
w:stoppen|open-vraag|0.99
w:stoppen|afleiden|-0.93
w:stoppen|afronding-aankondigen|0.96
w:stoppen|vervolgafspraak|-1.06
w:stopt|bevelen|-0.97
w:straf|parafrase|0.1
w:strafwerk|waarschuwen|-0.93
w:strafwerk|moraliseren|-0.96
w:straks|ik-boodschap|0.98
w:straks|waarschuwen|1.87
w:straks|afronding-aankondigen|-0.96
w:straks|vervolgafspraak|-1.76
w:strenger|adviseren|1.0
w:structuur|parafrase|-1.94
w:studiewijzer|argumenteren|1.53
w:studiewijzer|bekritiseren|0.67
w:studiewijzer|afleiden|-0.93
w:stuk|prijzen|-0.87
w:stuk|etiketteren|0.91
w:stuk|geruststellen|1.0
w:stuk|afronding-aankondigen|-1.0
w:sturen|jij-boodschap|-0.78
w:sturen|moraliseren|0.99
w:sturen|adviseren|0.87
w:sturen|bekritiseren|1.84
w:stuur|ik-boodschap|0.75
w:stuur|samenvatting|-0.84
w:stuur|waarschuwen|0.92
w:stuur|argumenteren|-0.81
w:stuur|bedanken|0.93
w:sven|adviseren|0.97
w:taak|jij-boodschap|-0.78
w:taak|moraliseren|0.99
w:taak|bekritiseren|-0.78
w:taal|geruststellen|-0.75
w:tafel|ik-boodschap|-0.97
w:tafel|samenvatting|-0.2
w:tafel|waarschuwen|-1.0
w:tafel|prijzen|-1.0
w:tafel|afronding-aankondigen|0.86
w:te|ik-boodschap|0.59
w:te|jij-boodschap|0.76
w:te|parafrase|0.9
w:te|gevoelsreflectie|-0.77
w:te|samenvatting|-1.17
w:te|open-vraag|0.84
w:te|bevelen|-1.87
w:te|waarschuwen|-1.79
w:te|moraliseren|1.93
w:te|argumenteren|0.98
w:te|bekritiseren|0.55
w:te|interpreteren|1.59
w:te|ondervragen|-1.82
w:te|afleiden|-0.9
w:te|afronding-aankondigen|-1.91
w:te|vervolgafspraak|0.89
w:team|ik-boodschap|0.92
w:teamleider|bevelen|-0.88
w:teamleider|waarschuwen|0.92
w:teamleider|ondervragen|-0.86
w:teamleider|afleiden|-0.93
w:teamleider|vervolgafspraak|0.94
w:tegelijk|parafrase|-0.96
w:tegelijk|afronding-aankondigen|-0.96
w:tegen|jij-boodschap|0.9
w:tegen|gevoelsreflectie|-0.1
w:tegen|samenvatting|-0.9
w:tegen|open-vraag|-1.0
w:tegen|waarschuwen|0.91
w:tegen|moraliseren|0.97
w:tegen|bekritiseren|1.84
w:tegen|geruststellen|-0.63
w:tegenover|bekritiseren|0.97
w:tegenovergestelde|jij-boodschap|0.99
w:tegenovergestelde|bekritiseren|0.99
w:tegenwoordig|ik-boodschap|-0.72
w:tekening|etiketteren|-0.91
w:tekortgeschoten|etiketteren|-0.94
w:telefon|bevelen|1.0
w:telefon|geruststellen|-1.0
w:telefoon|ik-boodschap|0.98
w:telefoon|jij-boodschap|-0.98
w:telefoon|parafrase|1.0
w:telefoon|samenvatting|-0.93
w:telefoon|open-vraag|0.96
w:telefoon|bevelen|0.87
w:telefoon|adviseren|0.93
w:telefoon|prijzen|-1.0
w:telefoon|etiketteren|-0.99
w:telefoon|vervolgafspraak|-1.0
w:telefoongesprek|ik-boodschap|0.99
w:telefoongesprek|gevoelsreflectie|-0.99
w:telefoonnummer|open-vraag|-1.74
w:telefoonnummer|geruststellen|-1.0
w:telefoons|bevelen|0.88
w:telefoons|argumenteren|-0.65
w:teleur|jij-boodschap|0.99
w:teleur|bekritiseren|0.99
w:teleurgesteld|ik-boodschap|-0.91
w:teleurgesteld|gevoelsreflectie|2.64
w:teleurgesteld|samenvatting|0.86
w:teleurgesteld|open-vraag|-0.99
w:teleurgesteld|bekritiseren|0.73
w:teleurgesteld|vervolgafspraak|0.73
w:telkens|open-vraag|-0.98
w:telkens|moraliseren|-0.98
w:tenminste|afleiden|0.85
w:terecht|jij-boodschap|-0.96
w:terecht|geruststellen|0.96
w:terug|ik-boodschap|0.97
w:terug|parafrase|-1.74
w:terug|samenvatting|0.97
w:terug|aanmoediging|-0.92
w:terug|vervolgafspraak|-0.82
w:teruggebeld|parafrase|-0.84
w:teruggebeld|etiketteren|-1.0
w:terwijl|jij-boodschap|0.8
w:terwijl|moraliseren|0.8
w:tess|ik-boodschap|-1.78
w:tess|bekritiseren|-0.98
w:tevoren|adviseren|-0.94
w:thanks|bedanken|1.0
w:thijs|ik-boodschap|0.55
w:thijs|open-vraag|-0.98
w:thijs|moraliseren|-0.9
w:thnx|afronding-aankondigen|-0.93
w:thuis|ik-boodschap|0.19
w:thuis|parafrase|0.18
w:thuis|gevoelsreflectie|-1.9
w:thuis|samenvatting|0.89
w:thuis|open-vraag|1.09
w:thuis|aanmoediging|-1.0
w:thuis|bevelen|-0.87
w:thuis|waarschuwen|0.92
w:thuis|moraliseren|0.11
w:thuis|bekritiseren|0.12
w:thuis|etiketteren|-1.99
w:thuis|interpreteren|1.05
w:thuis|geruststellen|-1.9
w:thuis|ondervragen|0.63
w:thuis|afleiden|-0.99
w:thuis|afronding-aankondigen|0.98
w:thuis|vervolgafspraak|-0.95
w:thuisblijven|open-vraag|-1.0
w:thuisblijven|waarschuwen|-1.0
w:thuisblijven|ondervragen|1.0
w:thuisblijven|afleiden|-1.0
w:thuisgehouden|bekritiseren|0.9
w:thuissituatie|interpreteren|-0.96
w:thuissituatie|afleiden|-0.9
w:tien|ik-boodschap|0.96
w:tien|waarschuwen|-0.96
w:tien|argumenteren|-0.96
w:tienen|argumenteren|-0.99
w:tijd|ik-boodschap|0.21
w:tijd|jij-boodschap|0.38
w:tijd|samenvatting|-1.87
w:tijd|open-vraag|1.0
w:tijd|aanmoediging|2.86
w:tijd|bevelen|-0.45
w:tijd|moraliseren|0.53
w:tijd|argumenteren|-1.99
w:tijd|bekritiseren|0.59
w:tijd|interpreteren|-1.0
w:tijd|geruststellen|-1.0
w:tijd|vervolgafspraak|-1.0
w:tijden|open-vraag|-0.98
w:tijden|vervolgafspraak|-0.98
w:tijdens|interpreteren|-0.91
w:tijdje|adviseren|0.84
w:tillen|moraliseren|-0.89
w:tillen|interpreteren|-0.93
w:tillen|geruststellen|-0.93
w:tillen|afleiden|1.83
w:timer|interpreteren|-0.91
w:tip|geruststellen|-0.98
w:tja|open-vraag|-0.93
w:tja|adviseren|-1.0
w:tja|bekritiseren|1.03
w:tja|etiketteren|-1.0
w:tja|afleiden|1.74
w:tja|bedanken|-0.98
w:toch|jij-boodschap|1.6
w:toch|gevoelsreflectie|0.84
w:toch|open-vraag|-0.97
w:toch|bevelen|-0.97
w:toch|waarschuwen|-1.93
w:toch|moraliseren|2.02
w:toch|adviseren|-0.73
w:toch|argumenteren|-1.49
w:toch|bekritiseren|-0.99
w:toch|prijzen|1.92
w:toch|etiketteren|0.87
w:toch|geruststellen|-1.73
w:toch|ondervragen|-1.76
w:toch|afleiden|0.94
w:toe|ik-boodschap|2.62
w:toe|parafrase|-0.78
w:toe|samenvatting|0.95
w:toe|open-vraag|-0.99
w:toe|vervolgafspraak|0.92
w:toekomt|ik-boodschap|0.94
w:toekomt|interpreteren|-0.9
w:toen|jij-boodschap|0.82
w:toen|parafrase|0.9
w:toen|gevoelsreflectie|-1.89
w:toen|samenvatting|-0.88
w:toen|aanmoediging|0.98
w:toen|adviseren|-0.98
w:toen|bekritiseren|0.95
w:toen|ondervragen|-0.98
w:toets|gevoelsreflectie|0.91
w:toets|samenvatting|0.86
w:toets|waarschuwen|-0.97
w:toets|argumenteren|2.01
w:toets|bekritiseren|-0.95
w:toets|interpreteren|-0.91
w:toets|geruststellen|-0.99
w:toets|vervolgafspraak|1.7
w:toetsdatum|ik-boodschap|-0.92
w:toetsen|ik-boodschap|0.89
w:toetsen|parafrase|-0.96
w:toetsen|open-vraag|-0.53
w:toetsen|bevelen|-1.0
w:toetsen|vervolgafspraak|-1.0
w:toetsweek|argumenteren|0.68
w:toevoegen|samenvatting|0.95
w:tof|ik-boodschap|0.93
w:tolk|ik-boodschap|-0.96
w:tolk|parafrase|0.96
w:tolk|gevoelsreflectie|-1.0
w:tolk|open-vraag|-1.0
w:tom|interpreteren|0.72
w:toont|jij-boodschap|0.98
w:topmoeder|bedanken|-0.99
w:tot|ik-boodschap|-0.89
w:tot|jij-boodschap|0.8
w:tot|parafrase|-0.78
w:tot|samenvatting|0.95
w:tot|moraliseren|0.8
w:tot|argumenteren|0.96
w:tot|ondervragen|0.94
w:tot|afleiden|-0.96
w:trainingen|ik-boodschap|0.92
w:trap|ik-boodschap|0.98
w:trap|vervolgafspraak|-0.97
w:trekt|parafrase|0.19
w:trouwens|bevelen|-1.0
w:trouwens|adviseren|-1.0
w:trouwens|bekritiseren|-0.78
w:trouwens|etiketteren|-1.0
w:trouwens|afleiden|1.0
w:tv|ondervragen|0.98
w:twaalf|moraliseren|1.0
w:twaalf|argumenteren|0.96
w:twaalf|geruststellen|-1.0
w:twaalf|afleiden|-0.96
w:twee|ik-boodschap|0.11
w:twee|jij-boodschap|-0.92
w:twee|parafrase|-0.9
w:twee|gevoelsreflectie|-1.81
w:twee|argumenteren|0.58
w:twee|bekritiseren|0.56
w:twee|vervolgafspraak|0.97
w:twee|bedanken|-0.98
w:tweede|ik-boodschap|-0.98
w:tweede|gevoelsreflectie|0.91
w:tweede|waarschuwen|1.8
w:tweede|geruststellen|0.92
w:tweede|afleiden|0.3
w:tweede|afronding-aankondigen|-0.83
w:tweede|bedanken|-0.98
w:typerend|ik-boodschap|-0.84
w:typerend|jij-boodschap|0.77
w:typisch|jij-boodschap|0.55
w:typisch|waarschuwen|-1.0
w:typisch|etiketteren|1.99
w:typische|prijzen|-0.94
w:u|ik-boodschap|-3.63
w:u|jij-boodschap|-0.38
w:u|parafrase|0.17
w:u|gevoelsreflectie|0.56
w:u|samenvatting|-2.63
w:u|open-vraag|0.67
w:u|aanmoediging|-0.89
w:u|waarschuwen|-0.25
w:u|moraliseren|-0.16
w:u|adviseren|0.13
w:u|argumenteren|0.18
w:u|bekritiseren|-1.04
w:u|etiketteren|-1.15
w:u|interpreteren|-0.12
w:u|geruststellen|-1.64
w:u|ondervragen|-0.13
w:u|afleiden|-2.12
w:u|afronding-aankondigen|-2.87
w:u|vervolgafspraak|0.2
w:uit|ik-boodschap|1.0
w:uit|jij-boodschap|0.99
w:uit|parafrase|-0.83
w:uit|gevoelsreflectie|-1.94
w:uit|aanmoediging|-0.92
w:uit|moraliseren|-0.48
w:uit|argumenteren|0.89
w:uit|prijzen|0.96
w:uit|interpreteren|0.99
w:uitdaging|interpreteren|0.91
w:uiterlijk|bevelen|1.83
w:uitgelachen|ik-boodschap|1.78
w:uitgelachen|gevoelsreflectie|-0.97
w:uitgescholden|afleiden|-1.0
w:uitgeschreven|ik-boodschap|-0.96
w:uitkomen|afronding-aankondigen|-0.75
w:uitkomen|vervolgafspraak|-0.98
w:uitkomst|gevoelsreflectie|-0.97
w:uitkomst|samenvatting|-1.0
w:uitkomst|open-vraag|1.0
w:uitkomst|argumenteren|-1.0
w:uitlachen|ik-boodschap|-0.97
w:uitlachen|moraliseren|0.97
w:uitleg|ik-boodschap|1.0
w:uitleg|parafrase|0.84
w:uitleg|open-vraag|0.95
w:uitleg|waarschuwen|-0.98
w:uitleg|etiketteren|-0.98
w:uitnodiging|bekritiseren|-0.99
w:uitpraten|bevelen|1.83
w:uitpraten|moraliseren|-1.0
w:uitpraten|bekritiseren|-0.18
w:uitschelden|jij-boodschap|-2.27
w:uitschelden|waarschuwen|0.96
w:uitschelden|moraliseren|1.73
w:uitschelden|bekritiseren|-2.47
w:uitslag|jij-boodschap|-0.73
w:uitslag|adviseren|-0.73
w:uitslag|etiketteren|-0.91
w:uitzien|afleiden|-0.91
w:uitzondering|argumenteren|0.91
w:update|adviseren|0.87
w:uren|ik-boodschap|0.99
w:uren|samenvatting|0.98
w:uren|afronding-aankondigen|0.98
w:uren|bedanken|0.98
w:uur|ik-boodschap|-1.0
w:uur|samenvatting|-2.84
w:uur|bevelen|-0.88
w:uur|waarschuwen|-1.93
w:uur|moraliseren|-0.98
w:uur|adviseren|0.96
w:uur|argumenteren|-0.98
w:uur|interpreteren|-0.99
w:uur|afleiden|-0.96
w:uur|vervolgafspraak|1.92
w:uur|bedanken|-0.98
w:uw|jij-boodschap|0.18
w:uw|gevoelsreflectie|-0.44
w:uw|samenvatting|1.14
w:uw|bevelen|-1.98
w:uw|waarschuwen|-1.95
w:uw|moraliseren|0.72
w:uw|argumenteren|-1.0
w:uw|bekritiseren|1.04
w:uw|prijzen|0.91
w:uw|etiketteren|-0.93
w:uw|interpreteren|0.98
w:uw|vervolgafspraak|-0.14
w:uw|bedanken|0.99
w:uzelf|etiketteren|0.81
w:uzelf|interpreteren|0.87
w:vaak|ik-boodschap|-1.96
w:vaak|gevoelsreflectie|-1.0
w:vaak|adviseren|1.89
w:vaak|bekritiseren|-0.95
w:vaak|interpreteren|-1.73
w:vaak|geruststellen|-0.88
w:vaak|afronding-aankondigen|-1.0
w:vaak|vervolgafspraak|-0.95
w:vader|parafrase|0.96
w:vader|gevoelsreflectie|-1.0
w:vader|samenvatting|0.99
w:vader|open-vraag|-1.0
w:vader|aanmoediging|-1.0
w:vader|bevelen|-1.77
w:vader|adviseren|-1.97
w:vader|prijzen|1.99
w:vader|geruststellen|-0.96
w:vader|vervolgafspraak|1.0
w:vak|jij-boodschap|1.0
w:vak|open-vraag|-1.65
w:vak|bekritiseren|1.0
w:vakantie|bevelen|-1.0
w:vakantie|adviseren|-0.85
w:vakantie|prijzen|0.9
w:vakantie|geruststellen|-0.9
w:vakantie|vervolgafspraak|-1.77
w:vakdocenten|samenvatting|0.98
w:vakdocenten|vervolgafspraak|0.98
w:vaker|gevoelsreflectie|-0.92
w:vaker|waarschuwen|-0.98
w:vaker|adviseren|0.97
w:vaker|argumenteren|0.99
w:valt|ik-boodschap|-0.71
w:valt|moraliseren|-0.98
w:valt|argumenteren|0.98
w:valt|bekritiseren|-0.95
w:valt|ondervragen|-1.0
w:van|ik-boodschap|0.42
w:van|parafrase|-1.11
w:van|gevoelsreflectie|0.92
w:van|samenvatting|-0.84
w:van|open-vraag|-0.27
w:van|moraliseren|2.0
w:van|adviseren|-2.94
w:van|argumenteren|-1.87
w:van|bekritiseren|-0.94
w:van|prijzen|-0.3
w:van|etiketteren|-0.96
w:van|geruststellen|-1.05
w:van|afleiden|-0.5
w:van|vervolgafspraak|-1.01
w:vanavond|aanmoediging|-1.0
w:vanavond|ondervragen|-0.93
w:vanavond|vervolgafspraak|1.0
w:vandaag|gevoelsreflectie|-0.94
w:vandaag|samenvatting|-0.94
w:vandaag|open-vraag|-0.98
w:vandaag|adviseren|-1.0
w:vandaag|bekritiseren|-1.73
w:vandaag|prijzen|-1.86
w:vandaag|etiketteren|-0.83
w:vandaag|interpreteren|-0.96
w:vandaag|afronding-aankondigen|1.91
w:vandaag|vervolgafspraak|-2.08
w:vandaag|bedanken|-0.98
w:vandaan|open-vraag|0.92
w:vanmiddag|bevelen|1.84
w:vanochtend|ik-boodschap|0.2
w:vanochtend|afleiden|-0.91
w:vanuit|afronding-aankondigen|-0.75
w:vanzelf|geruststellen|0.99
w:vanzelf|afleiden|-1.91
w:vast|jij-boodschap|-1.16
w:vast|parafrase|-0.95
w:vast|open-vraag|-1.0
w:vast|bevelen|-0.92
w:vast|waarschuwen|-0.93
w:vast|moraliseren|-1.0
w:vast|adviseren|-0.81
w:vast|argumenteren|-1.0
w:vast|bekritiseren|-0.94
w:vast|prijzen|3.27
w:vast|etiketteren|-1.7
w:vast|interpreteren|-1.0
w:vast|geruststellen|0.18
w:vast|ondervragen|-0.74
w:vast|afronding-aankondigen|-1.0
w:vast|vervolgafspraak|-0.92
w:vaste|parafrase|-0.97
w:vaste|open-vraag|-1.95
w:vaste|adviseren|0.97
w:vastligt|argumenteren|0.68
w:veel|ik-boodschap|-1.66
w:veel|jij-boodschap|0.96
w:veel|gevoelsreflectie|0.94
w:veel|waarschuwen|-0.93
w:veel|adviseren|-0.97
w:veel|etiketteren|-2.0
w:veel|geruststellen|0.99
w:veel|bedanken|-1.99
w:veertien|ik-boodschap|-0.98
w:veertien|adviseren|-0.98
w:veilig|argumenteren|-0.99
w:ver|bekritiseren|0.99
w:ver|interpreteren|-0.99
w:veranderde|parafrase|0.9
w:veranderde|samenvatting|-0.88
w:verandert|waarschuwen|1.0
w:verandert|prijzen|-1.0
w:verandert|ondervragen|-1.0
w:verandert|afleiden|-0.94
w:verantwoordelijk|ik-boodschap|0.91
w:verantwoordelijkheid|bevelen|-1.0
w:verantwoordelijkheid|moraliseren|0.72
w:verantwoordelijkheid|argumenteren|-0.96
w:verantwoordelijkheid|prijzen|-0.99
w:verbergen|interpreteren|1.73
w:verbouwing|afleiden|0.91
w:verder|parafrase|-0.98
w:verder|gevoelsreflectie|-0.85
w:verder|aanmoediging|1.0
w:verder|geruststellen|-1.0
w:verder|afleiden|1.0
w:verder|afronding-aankondigen|-0.94
w:verder|vervolgafspraak|1.9
w:verder|bedanken|-0.94
w:verdoen|jij-boodschap|0.9
w:verdoen|samenvatting|-0.9
w:verdoen|bevelen|-0.9
w:verdoen|bekritiseren|0.9
w:verdriet|jij-boodschap|-0.95
w:verdriet|gevoelsreflectie|0.86
w:verdrietig|gevoelsreflectie|1.76
w:verdrietig|open-vraag|-0.97
w:verdrietig|adviseren|-0.98
w:verdrietig|ondervragen|-0.96
w:vergeet|ik-boodschap|0.97
w:vergeet|argumenteren|0.99
w:vergeet|geruststellen|0.94
w:vergelijking|argumenteren|-0.81
w:vergelijking|bekritiseren|0.98
w:vergeten|ik-boodschap|-0.94
w:vergeten|gevoelsreflectie|-0.87
w:vergeten|samenvatting|-0.95
w:vergeten|open-vraag|0.96
w:vergeten|argumenteren|-0.92
w:vergist|ik-boodschap|-0.92
w:vergist|bevelen|-0.83
w:vergist|argumenteren|1.99
w:vergist|prijzen|-0.9
w:verhaal|jij-boodschap|0.96
w:verhaal|bekritiseren|0.98
w:verhuizing|parafrase|0.9
w:verhuizing|samenvatting|-0.88
w:verhuizing|open-vraag|0.95
w:verhuizing|adviseren|-0.99
w:verhuizing|interpreteren|0.95
w:verhuizing|vervolgafspraak|-0.95
w:verjaardag|argumenteren|-1.0
w:verjaardag|afleiden|1.0
w:verkeerd|jij-boodschap|-2.48
w:verkeerd|bekritiseren|-1.8
w:verkeerd|geruststellen|1.83
w:verklaard|waarschuwen|1.0
w:verlaagt|argumenteren|0.89
w:verpest|jij-boodschap|1.64
w:verpest|bevelen|-0.93
w:verpest|waarschuwen|0.93
w:verpest|bekritiseren|1.95
w:verplaatsen|bevelen|-1.0
w:verplaatsen|vervolgafspraak|-1.0
w:verpleegkundige|prijzen|0.91
w:verrast|ik-boodschap|1.72
w:verschoven|argumenteren|-0.98
w:verslag|waarschuwen|-0.98
w:verspeeld|jij-boodschap|0.98
w:versta|parafrase|-0.96
w:versta|afronding-aankondigen|-0.96
w:verstandig|adviseren|0.99
w:verstandig|argumenteren|-0.99
w:verstandig|vervolgafspraak|-0.82
w:verstandige|parafrase|-0.95
w:verstandige|prijzen|0.99
w:verstuurd|etiketteren|-0.98
w:vertel|gevoelsreflectie|-1.0
w:vertel|samenvatting|-0.98
w:vertel|open-vraag|-1.0
w:vertel|aanmoediging|1.79
w:vertel|adviseren|-0.99
w:vertel|etiketteren|-0.84
w:verteld|ondervragen|1.0
w:vertelde|ik-boodschap|-0.86
w:vertelde|jij-boodschap|-0.89
w:vertelde|bekritiseren|-0.94
w:vertelde|interpreteren|-1.0
w:vertellen|ik-boodschap|-0.99
w:vertellen|parafrase|-1.0
w:vertellen|gevoelsreflectie|1.0
w:vertellen|adviseren|-0.93
w:vertellen|bedanken|0.99
w:vertelt|jij-boodschap|-0.95
w:vertelt|parafrase|-0.98
w:vertelt|gevoelsreflectie|0.73
w:vertelt|open-vraag|-1.86
w:vertelt|aanmoediging|-0.8
w:vertelt|geruststellen|-0.9
w:vertrouwen|jij-boodschap|0.66
w:vertrouwen|vervolgafspraak|-0.99
w:vertrouwenspersoon|vervolgafspraak|0.94
w:verveelt|interpreteren|0.91
w:vervelend|parafrase|-1.0
w:vervelend|bekritiseren|-0.98
w:vervelend|afleiden|-1.0
w:vervelend|afronding-aankondigen|-1.0
w:verwacht|jij-boodschap|-0.97
w:verwacht|parafrase|-0.96
w:verwacht|gevoelsreflectie|0.98
w:verwacht|aanmoediging|-0.98
w:verwachten|moraliseren|0.54
w:verwend|etiketteren|0.97
w:verwent|bedanken|-0.99
w:verzuim|ik-boodschap|-0.94
w:verzuim|jij-boodschap|-0.93
w:verzuim|samenvatting|1.8
w:verzuim|open-vraag|-0.44
w:verzuim|moraliseren|-0.8
w:verzuim|argumenteren|-0.92
w:verzuim|bekritiseren|-0.97
w:verzuim|prijzen|-1.0
w:verzuim|interpreteren|-0.96
w:verzuim|afleiden|-0.9
w:verzuim|afronding-aankondigen|-0.85
w:verzuimoverzicht|gevoelsreflectie|-0.97
w:via|parafrase|0.9
w:via|samenvatting|0.83
w:via|open-vraag|-1.0
w:via|bekritiseren|-0.98
w:via|interpreteren|-0.9
w:vier|ik-boodschap|-0.98
w:vier|samenvatting|-1.74
w:vier|argumenteren|0.95
w:vierde|moraliseren|0.54
w:vijf|ik-boodschap|-0.83
w:vijf|bevelen|-0.87
w:vijf|moraliseren|-0.91
w:vijf|vervolgafspraak|-0.95
w:vind|ik-boodschap|2.82
w:vind|jij-boodschap|0.36
w:vind|parafrase|-1.0
w:vind|gevoelsreflectie|-1.11
w:vind|samenvatting|-0.94
w:vind|bevelen|-1.0
w:vind|waarschuwen|-0.99
w:vind|moraliseren|-0.47
w:vind|argumenteren|-0.81
w:vind|bekritiseren|2.69
w:vind|afronding-aankondigen|-1.95
w:vinden|prijzen|0.92
w:vindt|parafrase|0.11
w:vindt|samenvatting|-0.97
w:vindt|open-vraag|0.44
w:vindt|waarschuwen|-0.93
w:vindt|adviseren|0.74
w:vindt|argumenteren|0.97
w:vindt|bekritiseren|1.89
w:vindt|etiketteren|1.75
w:vindt|geruststellen|-0.63
w:vindt|afronding-aankondigen|-0.95
w:vindt|bedanken|-0.93
w:visser|gevoelsreflectie|-0.91
w:vlak|argumenteren|0.89
w:voel|ik-boodschap|1.0
w:voel|gevoelsreflectie|-0.99
w:voel|samenvatting|-0.98
w:voel|open-vraag|-1.0
w:voel|bekritiseren|-0.98
w:voel|vervolgafspraak|-1.97
w:voelen|gevoelsreflectie|0.95
w:voelt|parafrase|-0.97
w:voelt|gevoelsreflectie|2.29
w:voelt|open-vraag|-1.91
w:voelt|moraliseren|-1.0
w:voelt|interpreteren|-0.79
w:voelt|geruststellen|-0.88
w:voelt|bedanken|0.98
w:voetbal|jij-boodschap|-0.89
w:voetbal|interpreteren|-1.0
w:voetbalwedstrijd|open-vraag|-1.42
w:voetbalwedstrijd|afleiden|0.94
w:voldoende|geruststellen|-0.95
w:voldoendes|argumenteren|0.91
w:volg|gevoelsreflectie|-0.93
w:volg|aanmoediging|1.0
w:volgend|jij-boodschap|-0.93
w:volgend|parafrase|0.99
w:volgend|waarschuwen|1.8
w:volgende|ik-boodschap|-2.76
w:volgende|gevoelsreflectie|0.91
w:volgende|samenvatting|1.86
w:volgende|bevelen|-0.87
w:volgende|adviseren|-0.96
w:volgende|argumenteren|0.89
w:volgende|bekritiseren|-0.99
w:volgende|afleiden|-0.35
w:volgende|vervolgafspraak|2.9
w:volgende|bedanken|-0.97
w:volgens|jij-boodschap|-0.9
w:volgens|parafrase|1.96
w:volgens|gevoelsreflectie|-0.98
w:volgens|samenvatting|0.9
w:volgens|open-vraag|0.98
w:volgens|bevelen|-0.97
w:volgens|interpreteren|0.93
w:volgens|afleiden|-0.91
w:volgt|gevoelsreflectie|-0.9
w:volgt|interpreteren|-0.99
w:vond|ik-boodschap|2.86
w:vond|bekritiseren|-1.91
w:vond|afleiden|-0.1
w:voor|ik-boodschap|1.2
w:voor|jij-boodschap|-3.55
w:voor|parafrase|0.97
w:voor|gevoelsreflectie|1.55
w:voor|samenvatting|-1.02
w:voor|open-vraag|1.45
w:voor|aanmoediging|-0.98
w:voor|bevelen|-0.86
w:voor|waarschuwen|-0.93
w:voor|moraliseren|-0.16
w:voor|adviseren|0.85
w:voor|argumenteren|0.81
w:voor|bekritiseren|-1.66
w:voor|prijzen|-1.0
w:voor|etiketteren|-1.88
w:voor|interpreteren|-1.91
w:voor|geruststellen|-1.0
w:voor|ondervragen|-1.0
w:voor|afleiden|-1.01
w:voor|afronding-aankondigen|-0.26
w:voor|vervolgafspraak|-0.27
w:voor|bedanken|1.92
w:vooral|parafrase|-0.97
w:vooral|gevoelsreflectie|0.94
w:vooral|samenvatting|0.89
w:vooral|adviseren|-1.93
w:vooral|interpreteren|1.93
w:voorbeeld|open-vraag|0.96
w:voorbeeld|adviseren|-0.98
w:voorbereid|parafrase|-0.95
w:voorbereid|bekritiseren|1.08
w:voorbij|ik-boodschap|-0.99
w:voorkomen|bekritiseren|0.76
w:voorstellen|ik-boodschap|-0.92
w:voorstellen|gevoelsreflectie|1.0
w:voorstellen|waarschuwen|-0.98
w:voorstellen|adviseren|0.87
w:voorstellen|interpreteren|-1.0
w:voortaan|adviseren|0.98
w:vorig|open-vraag|-0.97
w:vorige|ik-boodschap|0.98
w:vorige|jij-boodschap|0.82
w:vorige|waarschuwen|-0.98
w:vorige|adviseren|-0.99
w:vorige|prijzen|-0.95
w:vorige|etiketteren|-0.98
w:vorige|ondervragen|0.93
w:vraag|jij-boodschap|0.82
w:vraag|argumenteren|-0.97
w:vraag|bekritiseren|-0.99
w:vraag|ondervragen|-0.98
w:vraag|vervolgafspraak|0.91
w:vraagt|bekritiseren|-0.97
w:vragen|samenvatting|-1.0
w:vragen|bevelen|-0.95
w:vragen|adviseren|1.69
w:vragen|bekritiseren|-0.96
w:vreselijk|bekritiseren|1.71
w:vrienden|ik-boodschap|-0.77
w:vrienden|parafrase|-1.88
w:vrienden|samenvatting|1.92
w:vrienden|open-vraag|-1.2
w:vrienden|adviseren|-0.99
w:vrienden|interpreteren|1.99
w:vriendengroep|open-vraag|1.47
w:vriendinnen|ik-boodschap|-0.93
w:vriendinnen|jij-boodschap|-0.99
w:vriendinnen|gevoelsreflectie|-1.0
w:vriendinnen|samenvatting|1.0
w:vriendschappen|argumenteren|-0.96
w:vries|bevelen|0.94
w:vrijdag|ik-boodschap|-0.89
w:vrijdag|samenvatting|0.18
w:vrijdag|bevelen|-1.0
w:vrijdag|waarschuwen|0.98
w:vrijdag|moraliseren|0.98
w:vrijdag|adviseren|-0.89
w:vrijdag|etiketteren|-1.0
w:vrijdag|interpreteren|-1.0
w:vrijdag|afronding-aankondigen|-1.82
w:vrijdag|vervolgafspraak|1.92
w:vrije|gevoelsreflectie|-1.0
w:vrije|moraliseren|-1.0
w:vrije|argumenteren|-1.0
w:vrije|prijzen|1.0
w:vrije|interpreteren|-1.0
w:vrije|geruststellen|-1.0
w:vrijheid|bevelen|-0.89
w:vrijheid|interpreteren|-0.8
w:vroeger|interpreteren|0.96
w:vrolijke|jij-boodschap|-0.69
w:vrouw|open-vraag|-1.0
w:vrouw|bekritiseren|-0.99
w:vrouw|prijzen|1.75
w:vwo|ik-boodschap|-0.92
w:waar|ik-boodschap|0.98
w:waar|open-vraag|0.92
w:waar|moraliseren|-0.98
w:waar|argumenteren|-0.15
w:waar|vervolgafspraak|-0.98
w:waardeer|bedanken|0.95
w:waardoor|ik-boodschap|2.85
w:waardoor|gevoelsreflectie|-0.87
w:waardoor|open-vraag|1.94
w:waardoor|afronding-aankondigen|0.75
w:waarom|ik-boodschap|-1.0
w:waarom|jij-boodschap|-1.02
w:waarom|gevoelsreflectie|0.9
w:waarom|open-vraag|-1.0
w:waarom|waarschuwen|-1.0
w:waarom|moraliseren|-0.98
w:waarom|adviseren|0.97
w:waarom|bekritiseren|0.11
w:waarom|prijzen|-0.74
w:waarom|ondervragen|2.72
w:waarom|afleiden|-1.0
w:waarom|vervolgafspraak|-1.97
w:waarop|samenvatting|-0.91
w:waarover|gevoelsreflectie|-0.43
w:wacht|jij-boodschap|-0.97
w:wacht|bevelen|-0.98
w:wacht|waarschuwen|-0.94
w:wachten|jij-boodschap|-0.73
w:wachten|adviseren|-0.73
w:wachten|etiketteren|-0.91
w:wachten|vervolgafspraak|-0.91
w:wakker|geruststellen|0.91
w:wakker|afleiden|-0.87
w:wanneer|ik-boodschap|1.95
w:wanneer|gevoelsreflectie|-0.99
w:wanneer|samenvatting|-0.98
w:wanneer|open-vraag|-1.19
w:wanneer|waarschuwen|-0.96
w:wanneer|adviseren|-0.98
w:wanneer|argumenteren|-0.96
w:wanneer|ondervragen|1.0
w:wanneer|afronding-aankondigen|-0.99
w:wanneer|vervolgafspraak|-0.98
w:wanneer|bedanken|-0.99
w:want|ik-boodschap|3.47
w:want|jij-boodschap|-1.0
w:want|parafrase|-0.96
w:want|open-vraag|-0.95
w:want|aanmoediging|-1.0
w:want|moraliseren|-0.98
w:want|argumenteren|2.77
w:want|bekritiseren|0.73
w:want|afleiden|-0.93
w:want|afronding-aankondigen|-0.96
w:want|vervolgafspraak|-0.95
w:war|bekritiseren|0.94
w:waren|bekritiseren|-0.76
w:was|ik-boodschap|-1.65
w:was|gevoelsreflectie|-0.64
w:was|open-vraag|-1.44
w:was|bevelen|-1.99
w:was|waarschuwen|-0.92
w:was|moraliseren|-1.96
w:was|adviseren|0.88
w:was|argumenteren|1.88
w:was|bekritiseren|-0.97
w:was|geruststellen|-0.99
w:was|ondervragen|2.82
w:was|afronding-aankondigen|-0.99
w:was|vervolgafspraak|-1.24
w:was|bedanken|1.0
w:wat|ik-boodschap|1.12
w:wat|jij-boodschap|1.65
w:wat|parafrase|-1.0
w:wat|gevoelsreflectie|-1.08
w:wat|samenvatting|1.23
w:wat|open-vraag|4.04
w:wat|aanmoediging|-0.72
w:wat|moraliseren|0.91
w:wat|adviseren|-0.69
w:wat|argumenteren|-1.0
w:wat|bekritiseren|-0.1
w:wat|etiketteren|0.18
w:wat|interpreteren|-0.86
w:wat|geruststellen|1.09
w:wat|ondervragen|-0.98
w:wat|afleiden|1.07
w:wat|afronding-aankondigen|-2.9
w:wat|vervolgafspraak|0.96
w:wc|gevoelsreflectie|-0.92
w:we|ik-boodschap|-0.88
w:we|jij-boodschap|-1.89
w:we|parafrase|-2.86
w:we|gevoelsreflectie|-1.0
w:we|samenvatting|0.86
w:we|open-vraag|-1.5
w:we|aanmoediging|-1.97
w:we|bevelen|-1.0
w:we|waarschuwen|-1.93
w:we|adviseren|-2.93
w:we|argumenteren|-0.31
w:we|bekritiseren|-0.89
w:we|prijzen|-0.28
w:we|etiketteren|0.86
w:we|interpreteren|-1.96
w:we|geruststellen|-2.0
w:we|ondervragen|0.62
w:we|afronding-aankondigen|2.61
w:we|vervolgafspraak|3.65
w:we|bedanken|-1.94
w:website|argumenteren|-0.74
w:website|afleiden|-0.84
w:weegt|open-vraag|0.48
w:week|jij-boodschap|-0.17
w:week|samenvatting|0.9
w:week|bevelen|-1.0
w:week|adviseren|0.81
w:week|argumenteren|-0.88
w:week|prijzen|-0.95
w:week|etiketteren|-0.98
w:week|geruststellen|-0.98
w:week|ondervragen|0.93
w:week|afleiden|-0.98
w:week|vervolgafspraak|2.84
w:week|bedanken|-0.97
w:weekend|ik-boodschap|0.98
w:weekend|bekritiseren|-0.88
w:weekend|vervolgafspraak|-0.98
w:weekplanner|adviseren|0.97
w:weer|ik-boodschap|-1.98
w:weer|jij-boodschap|-0.96
w:weer|samenvatting|0.81
w:weer|open-vraag|-0.49
w:weer|bevelen|-0.93
w:weer|waarschuwen|3.78
w:weer|adviseren|-1.0
w:weer|argumenteren|-0.73
w:weer|bekritiseren|0.3
w:weer|etiketteren|1.03
w:weer|interpreteren|-0.94
w:weer|geruststellen|-0.91
w:weer|afleiden|-0.91
w:weer|afronding-aankondigen|-0.91
w:weer|vervolgafspraak|1.95
w:weer|bedanken|-2.0
w:wees|geruststellen|0.94
w:weet|ik-boodschap|1.42
w:weet|jij-boodschap|0.84
w:weet|parafrase|-0.78
w:weet|gevoelsreflectie|-0.83
w:weet|open-vraag|0.84
w:weet|waarschuwen|0.97
w:weet|moraliseren|1.88
w:weet|argumenteren|-1.56
w:weet|bekritiseren|1.01
w:weet|prijzen|0.98
w:weet|etiketteren|0.98
w:weet|interpreteren|-0.95
w:weet|bedanken|-0.99
w:weg|bevelen|1.83
w:weg|adviseren|-0.98
w:weg|etiketteren|-0.99
w:weg|geruststellen|-1.0
w:wegbrengen|bevelen|0.9
w:weggelopen|ik-boodschap|0.97
w:wegkomt|waarschuwen|0.95
w:wegkomt|bekritiseren|0.94
w:wegstopt|waarschuwen|0.99
w:wegzakt|ik-boodschap|0.92
w:wegzetten|bekritiseren|0.99
w:weinig|ik-boodschap|0.92
w:weinig|samenvatting|0.97
w:wekelijks|parafrase|-0.98
w:weken|ik-boodschap|-1.04
w:weken|jij-boodschap|-0.92
w:weken|parafrase|-0.9
w:weken|samenvatting|-0.12
w:weken|open-vraag|-0.96
w:weken|moraliseren|-0.93
w:weken|adviseren|0.98
w:weken|argumenteren|1.61
w:weken|bekritiseren|-0.25
w:weken|geruststellen|0.81
w:weken|afronding-aankondigen|-0.76
w:weken|vervolgafspraak|1.99
w:wel|ik-boodschap|-0.95
w:wel|jij-boodschap|-0.99
w:wel|parafrase|-1.77
w:wel|gevoelsreflectie|-2.52
w:wel|samenvatting|-0.19
w:wel|open-vraag|-1.99
w:wel|bevelen|-1.98
w:wel|waarschuwen|-0.99
w:wel|moraliseren|-1.96
w:wel|adviseren|-1.98
w:wel|argumenteren|-1.0
w:wel|bekritiseren|-0.95
w:wel|prijzen|1.95
w:wel|etiketteren|-0.99
w:wel|interpreteren|-1.0
w:wel|geruststellen|3.44
w:wel|ondervragen|-0.89
w:wel|afleiden|1.74
w:wel|afronding-aankondigen|1.83
w:wel|vervolgafspraak|-1.69
w:welk|open-vraag|-3.39
w:welk|geruststellen|-1.0
w:welke|parafrase|-0.82
w:welke|gevoelsreflectie|-1.0
w:welke|aanmoediging|-0.98
w:welke|ondervragen|-1.0
w:welke|bedanken|-0.99
w:welkom|etiketteren|-1.0
w:werd|samenvatting|-0.91
w:wereld|gevoelsreflectie|0.91
w:wereld|afleiden|0.91
w:werk|bevelen|-0.99
w:werk|moraliseren|-0.99
w:werk|argumenteren|-0.89
w:werk|bekritiseren|-1.89
w:werk|interpreteren|0.99
w:werken|parafrase|-0.82
w:werker|bevelen|-0.92
w:werker|etiketteren|-0.79
w:werkstuk|bevelen|1.83
w:werkstuk|waarschuwen|0.96
w:werkstuk|argumenteren|0.85
w:werkstuk|etiketteren|-1.0
w:werkstuk|interpreteren|-1.0
w:werkt|argumenteren|0.96
w:werkt|bekritiseren|-0.88
w:werkt|afleiden|-0.96
w:werkweek|ik-boodschap|-0.96
w:werkweek|parafrase|0.96
w:weten|open-vraag|-0.77
w:weten|bevelen|-0.88
w:weten|waarschuwen|-0.97
w:weten|moraliseren|1.38
w:weten|argumenteren|-0.93
w:weten|bekritiseren|-0.92
w:weten|geruststellen|-1.0
w:weten|afleiden|-0.93
w:weten|vervolgafspraak|0.95
w:wie|open-vraag|-2.92
w:wie|moraliseren|-0.98
w:wie|adviseren|-0.98
w:wie|argumenteren|1.72
w:wie|bekritiseren|-0.88
w:wie|geruststellen|-0.95
w:wie|ondervragen|2.79
w:wie|afleiden|-0.99
w:wie|vervolgafspraak|-0.97
w:wijkteam|bevelen|-0.95
w:wijsneus|jij-boodschap|2.77
w:wijsneus|etiketteren|1.79
w:wijze|prijzen|0.76
w:wil|ik-boodschap|-1.75
w:wil|jij-boodschap|-0.77
w:wil|parafrase|-1.07
w:wil|gevoelsreflectie|-0.81
w:wil|samenvatting|2.65
w:wil|open-vraag|2.19
w:wil|aanmoediging|-1.0
w:wil|bevelen|0.97
w:wil|waarschuwen|-0.96
w:wil|moraliseren|-1.48
w:wil|argumenteren|-0.99
w:wil|prijzen|0.96
w:wil|interpreteren|1.93
w:wil|ondervragen|-0.96
w:wil|afleiden|1.34
w:wil|afronding-aankondigen|2.75
w:wil|bedanken|-0.91
w:wilde|bekritiseren|-0.93
w:willen|samenvatting|0.89
w:willen|afleiden|-0.94
w:wilt|ik-boodschap|-0.62
w:wilt|jij-boodschap|-0.77
w:wilt|parafrase|-0.79
w:wilt|gevoelsreflectie|0.91
w:wilt|samenvatting|2.0
w:wilt|open-vraag|0.98
w:wilt|bevelen|-2.92
w:wilt|adviseren|-0.99
w:wilt|afronding-aankondigen|-0.93
w:wilt|vervolgafspraak|0.73
w:wilt|bedanken|-0.93
w:wiskunde|ik-boodschap|-0.92
w:wiskunde|jij-boodschap|-1.98
w:wiskunde|parafrase|-1.0
w:wiskunde|gevoelsreflectie|-1.91
w:wiskunde|aanmoediging|-0.96
w:wiskunde|argumenteren|0.83
w:wiskunde|bekritiseren|-1.98
w:wiskunde|geruststellen|-1.71
w:wist|gevoelsreflectie|-0.6
w:wist|open-vraag|-1.0
w:wist|bekritiseren|-0.95
w:wist|ondervragen|1.0
w:wit|argumenteren|0.95
w:woensdag|ik-boodschap|-0.76
w:woensdag|parafrase|-0.9
w:woensdag|prijzen|0.92
w:wonen|ik-boodschap|-0.86
w:woont|geruststellen|-0.99
w:woorden|parafrase|0.95
w:woorden|gevoelsreflectie|-0.6
w:woorden|open-vraag|-1.0
w:woorden|aanmoediging|-0.98
w:woorden|geruststellen|-0.86
w:woordjes|samenvatting|-0.94
w:word|ik-boodschap|0.95
w:word|ondervragen|-0.96
w:word|vervolgafspraak|-0.95
w:worden|geruststellen|0.98
w:worden|vervolgafspraak|-0.97
w:wordt|ik-boodschap|0.76
w:wordt|parafrase|0.99
w:wordt|samenvatting|-0.75
w:wordt|open-vraag|-0.97
w:wordt|waarschuwen|1.92
w:wordt|adviseren|0.87
w:wordt|argumenteren|-0.97
w:wordt|prijzen|-0.91
w:wordt|interpreteren|0.72
w:yilmaz|gevoelsreflectie|0.96
w:yilmaz|bevelen|1.0
w:yilmaz|geruststellen|-1.0
w:yusuf|parafrase|-0.95
w:zachter|bevelen|0.95
w:zag|ik-boodschap|-1.75
w:zag|vervolgafspraak|-0.97
w:zakken|ik-boodschap|-0.77
w:zakken|parafrase|-0.95
w:zakken|samenvatting|1.0
w:zakken|open-vraag|0.77
w:zakken|waarschuwen|-0.99
w:zakken|adviseren|-0.99
w:zakt|ik-boodschap|0.92
w:zakt|jij-boodschap|-0.92
w:zakt|bekritiseren|-0.92
w:zal|waarschuwen|0.86
w:zat|geruststellen|-0.99
w:zat|vervolgafspraak|-0.97
w:zaterdag|jij-boodschap|-0.89
w:zaterdag|open-vraag|-1.42
w:zaterdag|interpreteren|-1.0
w:zaterdag|afleiden|0.94
w:ze|ik-boodschap|0.14
w:ze|jij-boodschap|-2.41
w:ze|gevoelsreflectie|-1.97
w:ze|open-vraag|-1.94
w:ze|aanmoediging|-1.0
w:ze|bevelen|-0.99
w:ze|waarschuwen|-0.83
w:ze|moraliseren|-1.04
w:ze|adviseren|-0.99
w:ze|argumenteren|-1.05
w:ze|bekritiseren|-2.73
w:ze|etiketteren|-2.89
w:ze|geruststellen|-1.82
w:ze|ondervragen|0.79
w:ze|afleiden|-1.68
w:ze|afronding-aankondigen|-1.0
w:ze|bedanken|-0.89
w:zeg|ik-boodschap|-0.93
w:zeg|jij-boodschap|-1.0
w:zeg|parafrase|-1.0
w:zeg|samenvatting|0.97
w:zeg|bekritiseren|-1.0
w:zeg|prijzen|-0.98
w:zeg|etiketteren|1.0
w:zeg|interpreteren|1.0
w:zeg|ondervragen|-0.97
w:zeg|afleiden|0.76
w:zeggen|parafrase|-0.19
w:zeggen|gevoelsreflectie|-0.49
w:zeggen|samenvatting|0.83
w:zeggen|geruststellen|-0.63
w:zegt|ik-boodschap|-1.0
w:zegt|jij-boodschap|-1.0
w:zegt|parafrase|1.85
w:zegt|gevoelsreflectie|-1.02
w:zegt|samenvatting|-3.68
w:zegt|aanmoediging|0.78
w:zegt|adviseren|-1.98
w:zegt|argumenteren|0.96
w:zegt|bekritiseren|-1.8
w:zegt|interpreteren|0.79
w:zegt|geruststellen|0.86
w:zegt|ondervragen|-0.14
w:zegt|afronding-aankondigen|-0.96
w:zegt|vervolgafspraak|-1.0
w:zei|afleiden|-0.99
w:zeker|gevoelsreflectie|-0.97
w:zeker|interpreteren|-0.95
w:zelf|jij-boodschap|1.88
w:zelf|parafrase|-1.0
w:zelf|gevoelsreflectie|-1.28
w:zelf|samenvatting|-1.0
w:zelf|open-vraag|2.92
w:zelf|bevelen|0.94
w:zelf|adviseren|1.06
w:zelf|argumenteren|0.99
w:zelf|bekritiseren|3.74
w:zelf|prijzen|-1.0
w:zelf|interpreteren|1.69
w:zelf|ondervragen|0.82
w:zelf|vervolgafspraak|-0.94
w:zelf|bedanken|-0.99
w:zenuwachtig|ik-boodschap|-0.92
w:zenuwachtig|gevoelsreflectie|1.0
w:zenuwachtig|geruststellen|1.64
w:zes|ik-boodschap|-0.83
w:zes|afronding-aankondigen|-0.83
w:zesde|samenvatting|-0.95
w:zesde|afronding-aankondigen|0.95
w:zet|ik-boodschap|-0.94
w:zet|jij-boodschap|1.0
w:zet|gevoelsreflectie|-1.0
w:zet|samenvatting|0.99
w:zet|bevelen|1.0
w:zet|waarschuwen|-0.99
w:zet|bekritiseren|1.0
w:zet|prijzen|-0.74
w:zet|interpreteren|-0.91
w:zet|geruststellen|-1.0
w:zet|ondervragen|-0.74
w:zetten|bevelen|-0.87
w:zetten|afronding-aankondigen|0.75
w:zetten|vervolgafspraak|-0.95
w:zeur|jij-boodschap|0.99
w:zeur|bekritiseren|-0.99
w:zeur|etiketteren|0.99
w:zeurpiet|etiketteren|1.0
w:zich|jij-boodschap|0.57
w:zich|parafrase|-2.7
w:zich|gevoelsreflectie|0.11
w:zich|samenvatting|-0.76
w:zich|open-vraag|-0.41
w:zich|aanmoediging|-0.9
w:zich|bevelen|0.13
w:zich|waarschuwen|-0.99
w:zich|moraliseren|1.0
w:zich|bekritiseren|0.38
w:zich|prijzen|-0.9
w:zich|geruststellen|0.86
w:zich|vervolgafspraak|0.98
w:zich|bedanken|0.98
w:zie|ik-boodschap|-0.19
w:zie|jij-boodschap|-0.95
w:zie|gevoelsreflectie|1.8
w:zie|samenvatting|-0.95
w:zie|open-vraag|1.0
w:zie|bevelen|0.83
w:zie|adviseren|-0.98
w:zie|geruststellen|0.95
w:zie|afronding-aankondigen|1.08
w:zie|vervolgafspraak|1.88
w:zie|bedanken|0.95
w:ziek|ik-boodschap|-1.0
w:ziek|jij-boodschap|-0.99
w:ziek|parafrase|0.95
w:ziek|bevelen|-1.0
w:ziek|afleiden|-0.52
w:ziek|vervolgafspraak|-2.0
w:ziekmelding|ik-boodschap|0.96
w:ziekmelding|waarschuwen|-0.96
w:ziekmelding|argumenteren|-0.96
w:ziekmeldingen|argumenteren|-0.99
w:ziekte|samenvatting|0.8
w:ziekte|argumenteren|0.87
w:ziekte|afronding-aankondigen|0.86
w:ziekte|vervolgafspraak|0.98
w:ziekte|bedanken|0.98
w:zien|ik-boodschap|1.86
w:zien|jij-boodschap|-0.99
w:zien|samenvatting|-1.82
w:zien|argumenteren|-0.99
w:zien|bekritiseren|-0.99
w:zien|geruststellen|-1.0
w:zien|afronding-aankondigen|-0.99
w:ziens|waarschuwen|-0.95
w:ziet|ik-boodschap|-0.95
w:ziet|parafrase|-0.83
w:ziet|open-vraag|1.98
w:ziet|prijzen|0.91
w:zijn|ik-boodschap|-0.78
w:zijn|jij-boodschap|0.12
w:zijn|gevoelsreflectie|0.63
w:zijn|samenvatting|0.8
w:zijn|open-vraag|-1.46
w:zijn|aanmoediging|-0.97
w:zijn|bevelen|-2.15
w:zijn|waarschuwen|1.89
w:zijn|moraliseren|1.02
w:zijn|adviseren|0.66
w:zijn|argumenteren|-1.91
w:zijn|bekritiseren|-1.97
w:zijn|prijzen|-0.99
w:zijn|interpreteren|0.1
w:zijn|geruststellen|-0.14
w:zijn|ondervragen|-1.0
w:zijn|afleiden|-0.93
w:zijn|afronding-aankondigen|-0.13
w:zijn|vervolgafspraak|1.89
w:zin|jij-boodschap|-1.03
w:zin|parafrase|-1.0
w:zin|open-vraag|0.97
w:zin|waarschuwen|-0.94
w:zin|interpreteren|-0.89
w:zit|ik-boodschap|2.04
w:zit|gevoelsreflectie|0.94
w:zit|samenvatting|-0.9
w:zit|open-vraag|-0.49
w:zit|bevelen|-1.76
w:zit|waarschuwen|-0.1
w:zit|argumenteren|-0.88
w:zit|bekritiseren|0.77
w:zit|interpreteren|0.95
w:zit|geruststellen|-0.96
w:zit|ondervragen|0.94
w:zitten|ik-boodschap|-1.0
w:zitten|gevoelsreflectie|-0.94
w:zitten|samenvatting|-0.18
w:zitten|aanmoediging|-1.0
w:zitten|bevelen|1.94
w:zitten|waarschuwen|0.92
w:zitten|adviseren|0.98
w:zitten|argumenteren|0.99
w:zitten|bekritiseren|-0.64
w:zitten|geruststellen|1.87
w:zitten|ondervragen|-1.0
w:zitten|afleiden|-0.89
w:zitten|afronding-aankondigen|0.86
w:zitten|vervolgafspraak|0.98
w:zo|ik-boodschap|0.66
w:zo|jij-boodschap|-1.77
w:zo|gevoelsreflectie|-1.69
w:zo|samenvatting|-1.0
w:zo|open-vraag|-0.98
w:zo|aanmoediging|-1.0
w:zo|bevelen|-2.88
w:zo|moraliseren|1.38
w:zo|adviseren|-1.81
w:zo|argumenteren|-1.91
w:zo|bekritiseren|-1.07
w:zo|prijzen|0.99
w:zo|etiketteren|1.69
w:zo|interpreteren|-2.83
w:zo|geruststellen|-1.26
w:zo|ondervragen|-0.98
w:zo|afronding-aankondigen|-0.85
w:zo|vervolgafspraak|-1.89
w:zo|bedanken|-1.0
w:zo'n|jij-boodschap|-1.25
w:zo'n|parafrase|-0.95
w:zo'n|gevoelsreflectie|-1.0
w:zo'n|samenvatting|-0.92
w:zo'n|bevelen|-0.92
w:zo'n|waarschuwen|-1.04
w:zo'n|moraliseren|-1.0
w:zo'n|adviseren|0.74
w:zo'n|argumenteren|-1.0
w:zo'n|bekritiseren|-0.68
w:zo'n|prijzen|2.0
w:zo'n|etiketteren|1.2
w:zo'n|interpreteren|-1.0
w:zo'n|geruststellen|-1.0
w:zo'n|afleiden|-0.99
w:zoekt|argumenteren|-0.89
w:zoekt|prijzen|-1.0
w:zoekt|interpreteren|2.0
w:zomer|ik-boodschap|-0.86
w:zomer|open-vraag|-0.99
w:zomer|afleiden|0.99
w:zondag|adviseren|1.89
w:zonde|ik-boodschap|0.55
w:zonde|vervolgafspraak|0.98
w:zonder|argumenteren|0.78
w:zonder|bekritiseren|-0.99
w:zoon|jij-boodschap|0.82
w:zoon|etiketteren|0.98
w:zoon|vervolgafspraak|-1.0
w:zorg|bevelen|0.99
w:zorg|prijzen|-0.99
w:zorgcommissie|afronding-aankondigen|-0.95
w:zorgcoordinator|ik-boodschap|-0.91
w:zorgcoordinator|gevoelsreflectie|-0.7
w:zorgcoordinator|vervolgafspraak|0.91
w:zorgcoördinator|ik-boodschap|-0.22
w:zorgcoördinator|adviseren|-0.97
w:zorgcoördinator|argumenteren|-0.81
w:zorgcoördinator|vervolgafspraak|2.03
w:zorgen|jij-boodschap|-0.92
w:zorgen|gevoelsreflectie|-0.43
w:zorgen|bevelen|0.71
w:zorgen|waarschuwen|-1.79
w:zorgen|argumenteren|-0.97
w:zorgen|bekritiseren|-0.82
w:zorgen|etiketteren|-1.0
w:zorgen|interpreteren|-1.94
w:zorgen|geruststellen|0.91
w:zorgen|afleiden|-0.99
w:zorgen|afronding-aankondigen|-1.0
w:zorgpunten|aanmoediging|-0.96
w:zorgpunten|argumenteren|-0.92
w:zorgpunten|geruststellen|-0.96
w:zorgt|jij-boodschap|0.26
w:zorgt|bekritiseren|0.46
w:zorgt|vervolgafspraak|-0.97
w:zou|ik-boodschap|-0.74
w:zou|jij-boodschap|-0.99
w:zou|parafrase|-0.97
w:zou|gevoelsreflectie|-0.85
w:zou|samenvatting|-1.0
w:zou|open-vraag|1.96
w:zou|waarschuwen|-0.92
w:zou|moraliseren|1.93
w:zou|adviseren|3.79
w:zou|argumenteren|-1.0
w:zou|bekritiseren|-0.95
w:zou|prijzen|-0.98
w:zou|interpreteren|-1.0
w:zou|geruststellen|-1.0
w:zou|afleiden|-1.85
w:zoveel|moraliseren|-0.8
w:zoveel|argumenteren|0.99
w:zoveel|interpreteren|1.73
w:zoveel|geruststellen|0.92
w:zulke|geruststellen|-1.85
w:zulke|afleiden|0.96
w:zullen|samenvatting|-0.92
w:zullen|adviseren|-0.96
w:zullen|afleiden|0.95
w:zullen|vervolgafspraak|2.69
w:zwaar|parafrase|0.1
w:zwaar|moraliseren|-0.89
w:zwaar|bekritiseren|-0.87
w:zwaar|interpreteren|-0.93
w:zwaar|geruststellen|-0.93
w:zwaar|afleiden|0.83
w:zwaar|bedanken|-0.93
w:zwaarst|open-vraag|0.48
w:zwak|geruststellen|-0.75
w:zware|gevoelsreflectie|0.99
w:zwart|argumenteren|0.95
w:zweverig|jij-boodschap|0.55
w:zwolle|ik-boodschap|-0.86
w:één|jij-boodschap|-0.98
w:één|waarschuwen|0.91
w:één|moraliseren|-0.9
w:één|prijzen|-0.91
w:één|afronding-aankondigen|-1.0
"""#
}
