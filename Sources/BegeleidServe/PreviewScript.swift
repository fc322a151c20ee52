/// The script the preview adds to every page. On each rebuild it fetches the
/// page again and swaps the body in place (no reload, so the beamer does not
/// flash), keeping the element at the top of the viewport where it was (text
/// typed above it pushes nothing away; when the top edge is in a gap of a part
/// that holds more below it, such as the margin above a heading, the first
/// element below the edge), and the findings panel open or
/// closed as the room left it. The same holds across a full reload (the
/// server restarted) and across a switch to the findings page and back: the
/// report's element is kept in mind while the findings page is shown. A report
/// turns into the findings page only when that is still so 0.4 s later: a save
/// written in parts does not flash the findings page on the beamer. The findings
/// page is shown from its top, where the errors that hold the report back are
/// (a blind tester, scrolled down the report, landed at the end of its list).
enum PreviewScript {
    static let text = """
        <script>(function(){\
        var K="begeleid-anker:"+location.pathname,P="begeleid-paneel";\
        function anchor(){var els=document.body.querySelectorAll("[id]"),best=null,next=null,b=null,n=null;\
        for(var i=0;i<els.length;i++){var r=els[i].getBoundingClientRect();if(r.height===0&&r.width===0)continue;\
        if(r.top<=1&&r.bottom>0){best={id:els[i].id,top:r.top};b=els[i];}\
        else if(r.top>1&&next===null){next={id:els[i].id,top:r.top};n=els[i];}}\
        if(b&&n&&b.contains(n))return next;\
        return best||next;}\
        function restore(a){if(!a)return;var el=document.getElementById(a.id);\
        if(el)window.scrollBy(0,el.getBoundingClientRect().top-a.top);}\
        function panel(){var p=sessionStorage.getItem(P),d=document.getElementById("begeleid-meldingen-paneel");\
        if(d&&p!==null)d.open=p==="1";}\
        document.addEventListener("toggle",function(e){if(e.target&&e.target.id==="begeleid-meldingen-paneel")\
        sessionStorage.setItem(P,e.target.open?"1":"0");},true);\
        var kept=null;\
        function update(again){var a=anchor();if(kept&&!document.getElementById(kept.id))a=kept;\
        fetch(location.href,{cache:"no-store"}).then(function(r){return r.text();})\
        .then(function(html){var d=new DOMParser().parseFromString(html,"text/html");if(!d.body)return;\
        var P2="begeleid-meldingen-paneel";\
        if(!again&&document.getElementById(P2)&&!d.getElementById(P2)){setTimeout(function(){update(true);},400);return;}\
        document.title=d.title;document.documentElement.lang=d.documentElement.lang;\
        document.body.replaceWith(document.adoptNode(d.body));panel();\
        if(a&&document.getElementById(a.id)){restore(a);kept=null;}else{kept=a;if(!document.getElementById(P2))window.scrollTo(0,0);}})\
        .catch(function(){location.reload();});}\
        var s=sessionStorage.getItem(K);if(s!==null){sessionStorage.removeItem(K);try{restore(JSON.parse(s));}catch(e){}}\
        panel();\
        window.addEventListener("pagehide",function(){var a=anchor();if(a)sessionStorage.setItem(K,JSON.stringify(a));});\
        var opened=false;\
        function c(){var w=new WebSocket((location.protocol==="https:"?"wss://":"ws://")+location.host+"/__begeleid/herladen");\
        w.onopen=function(){if(opened)update();opened=true;};\
        w.onmessage=function(){update();};\
        w.onclose=function(){setTimeout(c,1000);};}c();})();</script>
        """
}
