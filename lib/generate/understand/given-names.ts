// Common given names (and their usual short forms) in Brazil, Portugal, Spain, Latin America and
// English-speaking countries, folded: handles run them into other words ("makebyingridsouza",
// "coach.tiagofit", "casadalice"), and a dictionary of everyday words does not hold them.
const names = `
ana maria joao jose pedro paulo lucas gabriel rafael mateus matheus tiago thiago bruno felipe gustavo rodrigo carlos marcos
marcelo eduardo fernando ricardo andre diego daniel leonardo vinicius caio enzo arthur heitor davi bernardo samuel miguel
julia juliana mariana beatriz fernanda camila amanda larissa leticia gabriela isabela isabella bianca carolina carol aline
patricia renata vanessa tatiana priscila luana luiza luisa helena alice laura manuela valentina sophia sofia clara cecilia
lara livia giovanna yasmin rafaela natalia raquel debora simone sandra cristina claudia adriana rosana rosangela marta vera
cida neide dani fabi rafa gabi bia mari nanda duda ingrid kelly tati thais jessica monique michele joana rita teresa ines
catarina beatriz leonor margarida goncalo rui nuno tiago diogo duarte afonso tomas
juan luis jorge javier alejandro pablo sergio manuel antonio francisco david andres raul victor alberto roberto santiago
sebastian mateo nicolas martin lucia valeria daniela paula andrea carmen isabel elena rosa pilar noelia ximena guadalupe
lupita paco pepe chela tere lola beto nacho quique karen karla fabiola gloria marisol veronica silvia yolanda
john james michael chris mike tom sam alex ben dan dave joe jack harry george liam noah oliver ethan ryan kevin mark peter
matt nick steve tony andy emma olivia ava mia amelia sophie grace chloe ella lily zoe kate katie kayla sarah emily hannah
rachel megan lauren amy anna maya lucy ruby jade nina tina leah jen liz beth becca kim maddie priya aisha jenny molly
valdir valdo vando edson nilson gilson wilson adilson cleber claudio sergio renato fabio flavio marcio mauricio rogerio
luciano luciana silvana regina solange denise eliane elaine sueli marli tiao zeca toninho joca juca ze chico tonho dito lurdes lourdes
matias joaquin ignacio agustin tomas facundo emiliano gonzalo hernan esteban camilo felipe lorena catalina florencia
milagros agustina micaela romina soledad rocio macarena constanza josefina
rick ricky rob bob tim jim jimmy greg gary gavin craig scott ross neil paul luke adam aaron sean shane
ciaran cian conor declan niamh siobhan aoife saoirse orla sinead eoin padraig fergus callum hamish ewan angus isla
shona fiona kirsty gemma stacey tracy claire karen linda susan helen julie carol janet nicola natalie charlotte
jess jessie josh jake luke owen rhys dylan tyler brandon logan mason cody troy derek
bruna flavia monica tania sonia katia erica carla marina roberta jaqueline alessandra fabiana daniele viviane cristiane
luana talita milena estela iara jussara rosilene marlene irene ivone celia lucia sara paola heloisa lorena kamila
guilherme henrique murilo otavio igor renan wagner wellington everton jefferson anderson cristiano cassio leandro
alexandre roberto alberto vitor victor lorenzo otto emanuel ismael israel elias jonas moises nelson osvaldo ronaldo
reinaldo geraldo gerson jair joel julio cesar augusto rubens sidney wesley robson
alba ainhoa irene marta nerea lidia julieta mercedes consuelo dolores esperanza amparo luz estrella paloma araceli
alvaro ivan hugo adrian oscar ruben mario jaime ramon enrique emilio rafael fernando ernesto eduardo arturo rodrigo
abril renata jimena fernanda mariela analia graciela susana beatriz patricio cristobal benjamin maximiliano bautista
laura chen wei mei ling li yuki kenji hiro omar ali fatima layla sofia hassan yusuf
william will bill henry jacob daniel matthew andrew joshua anthony brian eric jason justin kyle eric nathan zach
jennifer jessica ashley amanda melissa michelle stephanie heather nicole rebecca samantha taylor brittany danielle
victoria abigail madison elizabeth abby ellie isabel rose eva alicia diana monica tara erin kelly dana
raj rohan arjun vikram ravi sanjay anil sunil deepak amit rahul neha pooja anjali divya kavya meera riya sneha
marcus tia tasha keisha jasmine brianna kiara aaliyah imani jamal malik terrell devon trevor travis chad kurt carl vince vinny
phil eddie joey jenna jill amber holly kylie kristen kristin courtney crystal tiffany brooke paige hailey haley kendra mackenzie
sadie stella violet nora quinn riley jordan morgan casey jamie robin marco nico gio rosie tessa bella gina lisa kathy cathy patty
debbie donna wendy annie jane maggie nancy betty ruth martha marie brenda sharon cindy tammy angie angela carrie connie
`;

export const givenNames: ReadonlySet<string> = new Set(names.split(/\s+/).filter(Boolean));
