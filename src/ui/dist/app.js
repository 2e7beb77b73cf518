var xe,Tr,Bc,rn,no,ns,Ar,Xl,Mr,so,lo,Gc,El=Symbol.for("pv"),ls={},ss=[],Yc=/^m(i|n|o|s|text|space)$/,oo=Array.isArray,ro=ss.slice,An=Object.assign;function Tn(e){e&&e.parentNode&&e.remove()}function Dr(e,t,l){var n,s,o,i={},c=arguments.length;for(o in t)o=="key"?n=t[o]:o=="ref"&&typeof e!="function"?s=t[o]:i[o]=t[o];return c>2&&(i.children=c>3?ro.call(arguments,2):l),Cl(e,i,n,s,null)}function Cl(e,t,l,n,s){var o={type:e,props:t,key:l,ref:n,__k:null,__:null,__b:0,__e:null,__c:null,constructor:El,__v:s||++Tr,__i:-1,__u:0};return!s&&xe.vnode&&xe.vnode(o),o}function os(e){return e.children}function es(e,t){this.props=e,this.context=t,this.__g=0}function an(e,t){if(t==null)return e.__&&an(e.__,e.__i+1);for(var l;t<e.__k.length;t++)if((l=e.__k[t])&&l.__e)return l.__e;return typeof e.type!="function"||e.props.__P?null:an(e)}function Jc(e){var t,l=e.__v,n=l.__e,s=[],o=[],i=e.__P;i&&((t=An({constructor:El},l)).__v=l.__v+1,xe.vnode&&xe.vnode(t),io(i,t,l,e.__n,i.namespaceURI,32&l.__u?[n]:null,s,n||an(l),32&l.__u,o),t.__v=l.__v,t.__.__k[t.__i]=t,Or(s,t,o),l.__=l.__e=null,t.__e!=n&&Pr(t))}function Pr(e){if((e=e.__)&&e.__c&&!e.props.__P)return e.__e=null,e.__k.some(function(t){return t&&(e.__e=t.__e)}),Pr(e)}function Cr(e){(8&e.__g||(e.__g|=8,rn.push(e),ns++))&&no==xe.debounceRendering||((no=xe.debounceRendering)||queueMicrotask)(Lr)}function Lr(){try{for(var e,t=1;rn.length;)rn.length>t&&rn.sort(Ar),e=rn.shift(),t=rn.length,8&e.__g&&Jc(e)}finally{(ns=rn.length)&&(no||queueMicrotask)(Lr)}}function Rr(e,t,l,n,s,o,i,c,u,h,f){var $,_,m,v,A,E,k=n.__k||ss,y=t.length;for(u=Kc(l,t,k,u,y),$=0;$<y;$++)(m=l.__k[$])!=null&&(_=~m.__i&&k[m.__i]||ls,m.__i=$,E=io(e,m,_,s,o,i,c,u,h,f),v=m.__e,(_.ref!=m.ref||8&_.__u)&&(_.ref&&ao(_.ref,null,m,_),m.ref&&f.push(m.ref,m.__c||v,m)),A=A||v,4&m.__u?(u=Ir(m,u,e,!_.__v),_.__e&&(_.__e=null)):typeof m.type=="function"&&E!==void 0?u=E:v&&(u=v.nextSibling),m.__u&=-21);return l.__e=A,u}function Kc(e,t,l,n,s){var o,i,c,u,h,f,$,_,m,v=l.length,A=v,E=0,k=0,y=e.__k=Array(s);for(o=0;o<s;o++)(i=t[o])!=null&&typeof i!="boolean"&&typeof i!="function"?(typeof i!="object"||i.constructor===String?i=y[o]=Cl(null,i):oo(i)?i=y[o]=Cl(os,{children:i}):i.constructor===El&&i.__b?i=y[o]=Cl(i.type,i.props,i.key,i.ref,i.__v):y[o]=i,u=o+E,i.__=e,i.__b=e.__b+1,c=null,~(h=i.__i=qc(i,l,u,A))&&(A--,(c=l[h])&&(c.__u|=2)),c&&c.__v?(i.__u|=16,h==u-1?E--:h==u+1?E++:h!=u&&(h>u?E--:E++,k=1)):(~h||(s>v?E--:s<v&&E++),typeof i.type!="function"&&(i.__u|=4))):y[o]=null;if(k){for(f=[],$=[],o=0;o<s;o++)if((i=y[o])&&16&i.__u){for(E=0,_=f.length;E<_;)f[m=E+_>>1]<i.__i?E=m+1:_=m;f[E]=i.__i,$[o]=E+1}for(E=f.length;o--;)$[o]&&($[o]==E?E--:y[o].__u|=4)}if(A)for(o=0;o<v;o++)!(c=l[o])||2&c.__u||(c.__e==n&&(n=an(c)),co(c,c));return n}function Ir(e,t,l,n){var s,o,i,c;if(typeof e.type=="function"){if(e.props.__P)return t;if(s=e.__k)for(o=0;o<s.length;o++)s[o]&&(s[o].__=e,t=Ir(s[o],t,l,!1));return t}for(t&&!t.parentNode&&(t=an(e))&&!t.parentNode&&(t=null),i=e.__e,c=t;c&&c.nodeType==8;)c=c.nextSibling;for(i!=c&&(!n&&l.moveBefore&&i.parentNode?l.moveBefore(i,t):l.insertBefore(i,t||null)),t=i;(t=t&&t.nextSibling)&&t.nodeType==8&&!t.data.startsWith("$s"););return t}function qc(e,t,l,n){var s,o=e.key,i=e.type,c=t[l],u=c&&!(2&c.__u);if(c===null&&o==null||u&&o==c.key&&i==c.type)return l;if(n>(u?1:0)){for(s=l-1;s>=0;s--)if((c=t[s])&&!(2&c.__u)&&o==c.key&&i==c.type)return s;for(s=l+1;s<t.length;s++)if((c=t[s])&&!(2&c.__u)&&o==c.key&&i==c.type)return s}return-1}function Er(e,t,l){l==null&&(l=""),t[0]=="-"?e.setProperty(t,l):e[t]=l}function Ql(e,t,l,n,s){var o,i;if(t=="style")if(typeof l=="string")e.style.cssText=l;else{if(typeof n=="string"&&(e.style.cssText=n=""),n)for(t in n)l&&t in l||Er(e.style,t);if(l)for(t in l)n&&l[t]==n[t]||Er(e.style,t,l[t])}else if(t[0]=="o"&&t[1]=="n")typeof l!="function"&&(l=null),typeof n!="function"&&(n=null),(e.__e||(e.__e={}))[t]=l,l&&n||(i=lo[t]||(lo[t]=Zc(t)),(e.__a||(e.__a={}))[t]=so,o=t!=(t=t.replace(Mr,"$1")),(t=t.slice(2))[0]<"a"&&(t=t.toLowerCase()),l?e.addEventListener(t,i,o):e.removeEventListener(t,i,o));else{if(s=="http://www.w3.org/2000/svg")t=t.replace(/xlink(H|:h)/,"h").replace(/sName$/,"s");else if(t!="width"&&t!="height"&&t!="href"&&t!="list"&&t!="form"&&t!="tabIndex"&&t!="download"&&t!="rowSpan"&&t!="colSpan"&&t!="role"&&t!="popover"&&t in e)try{return void(e[t]=l??"")}catch{}if(typeof l=="function")return;l==null||l===!1&&t[4]!="-"?e.removeAttribute(t):e.setAttribute(t,t=="popover"&&l==1?"":l)}}function Zc(e){return function(t){var l=this.__e;if(l){if(l=l[e],t[Xl]==null)t[Xl]=so++;else if(t[Xl]<this.__a[e])return;return l(xe.event?xe.event(t):t)}}}function io(e,t,l,n,s,o,i,c,u,h){var f,$,_,m,v,A,E,k,y,S,x,V,M,Y,G,ee,U,C,H=t.type;if(t.constructor!==El)return null;128&l.__u&&(u=32&l.__u,f=l.__c.__z)&&(t.__u|=u,$=o=[],f.nodeType==8?c=ts(f,o):o.push(f),c=o[0]||c),(f=xe.__b)&&f(t);e:if(typeof H=="function"){_=i.length;try{if(k=t.props,y=(f=H.prototype)&&f.render,S=(f=H.contextType)&&n[f.__c],x=f?S?S.props.value:f.__:n,(m=l.__c)?(t.__c=m,2&m.__g&&(m.__g|=1)):(y?t.__c=m=new H(k,x):(t.__c=m=new es(k,x),m.constructor=H,m.render=Xc),S&&S.sub(m),m.state||(m.state={}),m.__n=n,m.__g|=8,m.__h=[],m.__k=[]),y&&(m.__s||(m.__s=m.state),H.getDerivedStateFromProps&&(m.__s==m.state&&(m.__s=An({},m.__s)),An(m.__s,H.getDerivedStateFromProps(k,m.__s)))),v=m.props,A=m.state,m.__v=t,l.__c){if(k!==v&&y&&!H.getDerivedStateFromProps&&m.componentWillReceiveProps&&m.componentWillReceiveProps(k,x),t.__v==l.__v&&!(8&m.__g)||!(4&m.__g)&&m.shouldComponentUpdate&&m.shouldComponentUpdate(k,m.__s,x)===!1){t.__v!=l.__v&&(m.props=k,m.state=m.__s,m.__g&=-9),t.__e=l.__e,t.__k=l.__k,t.__k.some(function(R){R&&(R.__=t)}),ss.push.apply(m.__h,m.__k),m.__k=[],m.__h.length&&i.push(m),c=an(l);break e}m.componentWillUpdate&&m.componentWillUpdate(k,m.__s,x),y&&m.componentDidUpdate&&m.__h.push(function(){m.componentDidUpdate(v,A,E)})}else y&&!H.getDerivedStateFromProps&&m.componentWillMount&&m.componentWillMount(),y&&m.componentDidMount&&m.__h.push(m.componentDidMount);m.context=x,m.props=k,m.__P=e,m.__g&=-5,V=xe.__r,M=y?25:0;do m.__g&=-9,V&&V(t),f=m.render(m.props,m.state=m.__s,m.context);while(8&m.__g&&++M<25);y&&(ss.push.apply(m.__h,m.__k),m.__k=[]),m.state=m.__s,m.getChildContext&&(n=An({},n,m.getChildContext())),y&&l.__c&&m.getSnapshotBeforeUpdate&&(E=m.getSnapshotBeforeUpdate(v,A)),Y=f&&f.type===os&&f.key==null?f.props.children:f,k.__P&&(f=c,s=(e=k.__P).namespaceURI,u=o=null,l.props&&l.props.__P!=e&&(l.__k.some(function(R){R&&co(R,R)}),l.__k=null),c=l.__k?an(l,0):null),c=Rr(e,oo(Y)?Y:[Y],t,l,n,s,o,i,c,u,h),k.__P&&(t.__e=null,c=f),t.__u&=-161,$&&$.some(Tn),m.__h.length&&i.push(m),1&m.__g&&(m.__g&=-4)}catch(R){if(i.length=_,t.__v=null,u||o)if(R&&R.then){if(t.__u|=128|u,o){for(~(U=o.indexOf(c||void 0))||(U=o.length);(C=o[U-1])&&C.nodeType==8;)U--;for(;U<o.length;U++)if(C=o[U])if(o[U]=null,G){if(C==ee)break}else{if(C.nodeType!=8)break;C.data.startsWith("$s")&&(ee=ts(G=C))}}if(!G){for(;c&&c.nodeType==8&&c.nextSibling;)c=c.nextSibling;G=c}(f=ts(G=t.__c.__z||(t.__c.__z=G)))?(t.__e=G,c=f):t.__e=c,c=c&&c.nextSibling}else o&&o.some(Tn);else t.__e=l.__e;t.__k||(t.__k=l.__k||[]),R&&R.then||Nr(t),xe.__e(R,t,l)}}else c=t.__e=Qc(l.__e,t,l,n,s,o,i,u,h,e);return(f=xe.diffed)&&f(t),c}function ts(e,t){if(e&&e.nodeType==8&&e.data.startsWith("$s"))for(var l=1;e=e.nextSibling;){if(e.nodeType==8){if(e.data.startsWith("$s"))l++;else if(e.data.startsWith("/$s")&&!--l)return e}t&&t.push(e)}}function Nr(e){e&&(e.__c&&(e.__c.__g|=4),e.__k&&e.__k.some(Nr))}function Or(e,t,l){for(var n=0;n<l.length;)ao(l[n++],l[n++],l[n++]);xe.__c&&xe.__c(t,e),e.some(function(s){try{e=s.__h,s.__h=[],e.some(function(o){o.call(s)})}catch(o){xe.__e(o,s.__v)}})}function Qc(e,t,l,n,s,o,i,c,u,h){var f,$,_,m,v,A,E,k,y=l.props||ls,S=t.props,x=t.type;if(x=="svg"?s="http://www.w3.org/2000/svg":x=="math"?s="http://www.w3.org/1998/Math/MathML":s||(s="http://www.w3.org/1999/xhtml"),o){for(f=0;f<o.length;f++)if((v=o[f])&&(x?v.localName==x:v.nodeType==3)){e=v,o[f]=null;break}}if(!e){if(k=h.ownerDocument||document,!x)return k.createTextNode(S);e=k.createElementNS(s,x,S.is?S:h),c&&(xe.__m&&xe.__m(t,o),c=!1),o=null}if(x){if(h=x=="template"&&e.content||e,o=x=="textarea"&&S.defaultValue!=null?null:o&&ro.call(h.childNodes),!c&&o)for(y={},f=0;f<e.attributes.length;f++)y[(v=e.attributes[f]).name]=v.value;for(f in y)v=y[f],f=="dangerouslySetInnerHTML"?_=v:f=="children"||f in S||f=="value"&&"defaultValue"in S||f=="checked"&&"defaultChecked"in S||Ql(e,f,null,v,s);for(f in S)v=S[f],f=="children"?m=v:f=="dangerouslySetInnerHTML"?$=v:f=="value"?A=v:f=="checked"?E=v:c&&typeof v!="function"||y[f]===v||Ql(e,f,v,y[f],s);$?(c||_&&($.__html==_.__html||$.__html==e.innerHTML)||(e.innerHTML=$.__html),t.__k=[]):(_&&(e.textContent=""),(x=="foreignObject"||s=="http://www.w3.org/1998/Math/MathML"&&Yc.test(x))&&(s="http://www.w3.org/1999/xhtml"),Rr(h,oo(m)?m:[m],t,l,n,s,o,i,o?o[0]:l.__k&&an(l,0),c,u),o&&o.some(Tn)),c&&x!="textarea"||(f="value",x=="progress"&&A==null?e.removeAttribute(f):A==null||A===e[f]&&(x!="progress"||A)||Ql(e,f,A,y[f],s),f="checked",E!=null&&E!=e[f]&&Ql(e,f,E,y[f],s))}else y===S||c&&e.data==S||(e.data=S);return e}function ao(e,t,l,n){try{typeof e=="function"?t?t.__x=e(t)||1:n&&(n=n.__c||n.__e)&&(t=n.__x)&&(n.__x=null,typeof t=="function"?t():e(null)):e.current=t}catch(s){xe.__e(s,l)}}function co(e,t,l){var n,s,o,i;if(xe.unmount&&xe.unmount(e),!(n=e.ref)||n.current&&n.current!=e.__e||ao(n,null,t,e),n=e.__c){if(n.componentWillUnmount)try{n.componentWillUnmount()}catch(c){xe.__e(c,t)}n.__P=n.__n=null}if(n=e.__k)for(i=0;i<n.length;i++)n[i]&&co(n[i],t,typeof e.type!="function"||l&&!e.props.__P);!l&&(n=e.__c)&&(n=n.__z)&&(s=ts(n,o=[]))&&(n==e.__e&&o.some(Tn),Tn(s),Tn(n)),l||Tn(e.__e),e.__e=e.__c=e.__=null}function Xc(e,t,l){return this.constructor(e,l)}function Fr(e,t){var l,n,s,o;xe.__&&xe.__(e,t),t.nodeType==9&&(t=t.documentElement),n=(l=e&&32&e.__u)?null:t.__k,t.__k=Cl(os,{children:[e]}),s=[],o=[],io(t,t.__k,n||ls,ls,t.namespaceURI,n?null:t.firstChild?ro.call(t.childNodes):null,s,n?n.__e:t.firstChild,l,o),Or(s,t.__k,o),t.__k.props.children=null}xe={__e:function(e,t,l,n){for(var s,o,i;t=t.__;)if((s=t.__c)&&!(1&s.__g)){s.__g|=4;try{if((i=(o=s.constructor)&&o.getDerivedStateFromError)&&s.setState(o.getDerivedStateFromError(e)),s.componentDidCatch&&(s.componentDidCatch(e,n||{}),i=1),i&&8&s.__g)return void(s.__g|=2)}catch(c){e=c}}throw ns=0,e}},Tr=0,Bc=function(e){return e!=null&&e.constructor===El},es.prototype.setState=function(e,t){var l=this.__s;l&&l!=this.state||(l=this.__s=An({},this.state)),typeof e=="function"&&(e=e(An({},l),this.props)),e&&(An(l,e),this.__v&&(t&&this.__k.push(t),Cr(this)))},es.prototype.forceUpdate=function(e){this.__v&&(this.__g|=4,e&&this.__h.push(e),Cr(this))},es.prototype.render=os,rn=[],ns=0,Ar=function(e,t){return e.__v.__b-t.__v.__b},Xl=Symbol(),Mr=/(PointerCapture)$|Capture$/i,so=0,lo={},Gc=0;var Hr=function(e,t,l,n){var s;t[0]=0;for(var o=1;o<t.length;o++){var i=t[o++],c=t[o]?(t[0]|=i?1:2,l[t[o++]]):t[++o];i===3?n[0]=c:i===4?n[1]=Object.assign(n[1]||{},c):i===5?(n[1]=n[1]||{})[t[++o]]=c:i===6?n[1][t[++o]]+=c+"":i?(s=e.apply(c,Hr(e,c,l,["",null])),n.push(s),c[0]?t[0]|=2:(t[o-2]=0,t[o]=s)):n.push(c)}return n},Vr=new Map;function Ur(e){var t=Vr.get(this);return t||(t=new Map,Vr.set(this,t)),(t=Hr(this,t.get(e)||(t.set(e,t=function(l){for(var n,s,o=1,i="",c="",u=[0],h=function(_){o===1&&(_||(i=i.replace(/^\s*\n\s*|\s*\n\s*$/g,"")))?u.push(0,_,i):o===3&&(_||i)?(u.push(3,_,i),o=2):o===2&&i==="..."&&_?u.push(4,_,0):o===2&&i&&!_?u.push(5,0,!0,i):o>=5&&((i||!_&&o===5)&&(u.push(o,0,i,s),o=6),_&&(u.push(o,_,0,s),o=6)),i=""},f=0;f<l.length;f++){f&&(o===1&&h(),h(f));for(var $=0;$<l[f].length;$++)n=l[f][$],o===1?n==="<"?(h(),u=[u],o=3):i+=n:o===4?i==="--"&&n===">"?(o=1,i=""):i=n+i[0]:c?n===c?c="":i+=n:n==='"'||n==="'"?c=n:n===">"?(h(),o=1):o&&(n==="="?(o=5,s=i,i=""):n==="/"&&(o<5||l[f][$+1]===">")?(h(),o===3&&(u=u[0]),o=u,(u=u[0]).push(2,0,o),o=0):n===" "||n==="	"||n===`
`||n==="\r"?(h(),o=2):i+=n),o===3&&i==="!--"&&(o=4,u=u[0])}return h(),u}(e)),t),arguments,[])).length>1?t:t[0]}var tu=Ur,g=tu.bind(Dr);var Al,ze,uo,zr,fo=Object.is,rs=0,Zr=[],po=[],Fe=xe,Wr=Fe.__b,jr=Fe.__r,Br=Fe.diffed,Gr=Fe.__c,Yr=Fe.unmount,Jr=Fe.__;function mo(e,t){Fe.__h&&Fe.__h(ze,e,rs||t),rs=0;var l=ze.__H||(ze.__H={__:[],__h:[]});return e>=l.__.length&&l.__.push({}),l.__[e]}function D(e){return rs=1,nu(Xr,e)}function nu(e,t,l){var n=mo(Al++,2);if(n.t=e,!n.__c&&(n.__=[l?l(t):Xr(void 0,t),function(o){var i=(n.__N||n.__)[0],c=n.t(i,o);fo(i,c)||(n.__N=[c,n.__[1]],n.__c.setState({}))}],n.__c=ze,!ze.__f)){ze.__f=!0;var s=ze.shouldComponentUpdate;ze.shouldComponentUpdate=function(o,i,c){var u=this.__H;if(!u)return!0;var h=!1,f=this.props!=o;if(u.__.some(function(_){_.__N&&(h=!0,fo(_.__[0],_.__N[0])||(f=!0))}),s){var $=s.call(this,o,i,c);return h?$||f:$}return!h||f}}return n.__}function X(e,t){var l=mo(Al++,3);!Fe.__s&&Qr(l.__H,t)&&(l.__P=!0,l.__=e,l.u=t,ze.__H.__h.push(l))}function cn(e){return rs=5,go(function(){return{current:e}},[])}function go(e,t){var l=mo(Al++,7);return Qr(l.__H,t)&&(l.__=e(),l.__H=t),l.__}function lu(){var e;do{for(;e=po.shift();)try{Tl(e)}catch(l){Fe.__e(l,{__:(e=e.__P)&&e.__v})}for(;e=Zr.shift();){var t=e.__H;if(e.__P&&t)try{t.__h.some(Tl),t.__h.some(ho),t.__h=[]}catch(l){t.__h=[],Fe.__e(l,e.__v)}}}while(po.length)}Fe.__b=function(e){ze=null,Wr&&Wr(e)},Fe.__=function(e,t){e&&t.__k&&t.__k.__m&&(e.__m=t.__k.__m),Jr&&Jr(e,t)},Fe.__r=function(e){jr&&jr(e),Al=0;var t=(ze=e.__c).__H;t&&(uo==ze?ze.__h=[]:(t.__h.some(Tl),t.__h.some(ho),Al=0),t.__h=[],t.__.some(function(l){l.__N&&(l.__=l.__N),l.u=l.__N=void 0})),uo=ze},Fe.diffed=function(e){Br&&Br(e);var t=e.__c;t&&t.__H&&(t.__H.__h.length&&qr(Zr.push(t)),t.__H.__.some(function(l){l.u&&(l.__H=l.u)})),uo=ze=null},Fe.__c=function(e,t){t.some(function(l){try{l.__h.some(Tl),l.__h=l.__h.filter(function(n){return!n.__||ho(n)})}catch(n){l.__h=[function(){throw n}]}}),Gr&&Gr(e,t)},Fe.unmount=function(e){Yr&&Yr(e);var t,l,n=e.__c;n&&n.__H&&(n.__H.__.some(function(s){try{if(s.__P&&s.__c){if(l===void 0){for(l=e.__;l&&(!l.__c||!l.__c.__P);)l=l.__;l=l&&l.__c}s.__P=l,qr(po.push(s))}else Tl(s)}catch(o){t=o}}),n.__H=void 0,t&&Fe.__e(t,n.__v))};var Kr=typeof requestAnimationFrame=="function";function su(e){var t,l=function(){clearTimeout(n),Kr&&cancelAnimationFrame(t),setTimeout(e)},n=setTimeout(l,35);Kr&&(t=requestAnimationFrame(l))}function qr(e){e!=1&&zr==Fe.requestAnimationFrame||((zr=Fe.requestAnimationFrame)||su)(lu)}function Tl(e){var t=ze,l=e.__c;typeof l=="function"&&(e.__c=void 0,l()),ze=t}function ho(e){var t=ze;e.__c=e.__(),ze=t}function Qr(e,t){return!e||e.length!=t.length||t.some(function(l,n){return!fo(l,e[n])})}function Xr(e,t){return typeof t=="function"?t(e):t}var Dl,ei=()=>{},un=class extends Error{status;code;constructor(t,l,n){super(n),this.status=t,this.code=l}};function ti(e){ei=e}function ni(e,t={}){let l=new URLSearchParams;for(let[s,o]of Object.entries(t))o!=null&&o!==""&&l.set(s,String(o));let n=l.toString();return n?`${e}?${n}`:e}async function $o(e,t,l){let n={};l!==void 0&&(n["content-type"]="application/json"),e!=="GET"&&Dl&&(n["x-switchboard-csrf"]=Dl);let s=await fetch(`/api/v1${t}`,{method:e,headers:n,credentials:"same-origin",...l!==void 0?{body:JSON.stringify(l)}:{}});if(!s.ok){let o="http_error",i=`${s.status} ${s.statusText}`;try{let c=await s.json();o=c?.error?.code??o,i=c?.error?.message??i}catch{}throw s.status===401&&t!=="/login"&&ei(),new un(s.status,o,i)}return s}async function me(e,t,l){return await(await $o(e,t,l)).json()}var pe=(e,t)=>me("GET",ni(e,t));async function Mn(e,t){return(await(await $o("GET",ni(e,t))).text()).split(`
`).filter(s=>s.trim()!=="").map(s=>JSON.parse(s))}async function li(e){let t=await me("POST","/login",{credential:e});return Dl=t.csrfToken,t.identity}async function si(){let e=await me("GET","/login");return Dl=e.csrfToken,e.identity??void 0}var Ml;async function oi(){if(Ml)return Ml;let t=await(await fetch("/api/v1/openapi.json",{credentials:"same-origin"})).json();return Ml=new Set(Object.entries(t.paths).flatMap(([l,n])=>Object.keys(n).map(s=>`${s.toUpperCase()} ${l.replace(/^\/api\/v1/,"")}`))),Ml}function pt(e){return Ml?.has(e)??!1}async function ri(){await $o("POST","/logout"),Dl=void 0}var is=class{#e;#t=new Set;constructor(t){this.#e=t}get value(){return this.#e}set(t){this.#e=t;for(let l of this.#t)l(t)}update(t){this.set(t(this.#e))}subscribe(t){return this.#t.add(t),()=>this.#t.delete(t)}};function le(e){let[t,l]=D(e.value);return X(()=>(l(e.value),e.subscribe(l)),[e]),t}var ve=new is(void 0),ye=new is({connected:!1,history:[],versions:{}});function Re(...e){let t=le(ye);return e.reduce((l,n)=>l+(t.versions[n]??0),0)}function We(e){return!!e&&(e.roles.includes("admin")||e.roles.includes("operator"))}function ii(e){return!!e&&e.roles.includes("admin")}function Dn(e){return!!e&&(e.roles.includes("admin")||e.roles.includes("auditor"))}function fn(e,t){return t?e?.find(l=>l.id===t)?.name??t.slice(0,8):"\u2014"}var as;function ai(){as?.close();let e=new EventSource("/api/v1/stream");as=e,e.onopen=()=>ye.update(t=>({...t,connected:!0})),e.onerror=()=>ye.update(t=>({...t,connected:!1})),e.addEventListener("history",t=>{let{items:l}=JSON.parse(t.data);ye.update(n=>({...n,history:l}))}),e.addEventListener("fleet",t=>{let l=JSON.parse(t.data);ye.update(n=>{let s={...l,agents:l.agents??n.fleet?.agents??[]},o={...n.versions,tick:(n.versions.tick??0)+1};for(let c of s.changed)o[c]=(o[c]??0)+1;let i=s.sample&&s.sample.at!==n.history.at(-1)?.at?[...n.history,s.sample].slice(-4e3):n.history;return{connected:!0,fleet:s,history:i,versions:o}})})}function ci(){as?.close(),as=void 0,ye.set({connected:!1,history:[],versions:{}})}function ui(){let e=()=>location.hash.replace(/^#\/?/,"").split("/").filter(Boolean),[t,l]=D(e());return X(()=>{let n=()=>l(e());return addEventListener("hashchange",n),()=>removeEventListener("hashchange",n)},[]),t.map(decodeURIComponent)}function cs(e){location.hash=`#/${e}`}function sl(e){if(!e)return"";let t=/^apikey:(.{8})/.exec(e);return t?`API key ${t[1]}`:e}function fi(e){return e?e.length>12?e.slice(0,8):e:"\u2014"}function di(e,t=Date.now()){if(!e)return"never";let l=Math.round((t-Date.parse(e))/1e3),n=l<0,s=Math.abs(l),o=s<5?"just now":s<60?`${s}s`:s<3600?`${Math.floor(s/60)}m`:s<86400?`${Math.floor(s/3600)}h ${Math.floor(s%3600/60)}m`:`${Math.floor(s/86400)}d`;return o==="just now"?o:n?`in ${o}`:`${o} ago`}function pi(e){return e?new Date(e).toLocaleString():""}function us(e,t="/s"){return e==null||Number.isNaN(e)?"\u2014":`${e>=100?e.toFixed(0):e>=10?e.toFixed(1):e.toFixed(2)}${t}`}function dn(e,t=""){if(e==null)return"\u2014";let l=["B","KiB","MiB","GiB","TiB"],n=e,s=0;for(;n>=1024&&s<l.length-1;)n/=1024,s++;return`${n>=100||s===0?n.toFixed(0):n.toFixed(1)} ${l[s]}${t}`}function Pl(e){return e==null?"\u2014":`${(e*100).toFixed(e<.01&&e>0?2:1)}%`}function Pn(e){return e==null?"\u2014":e>=100?`${e.toFixed(0)} ms`:`${e.toFixed(1)} ms`}function lt(e){return e==null?"\u2014":e.toLocaleString()}var fs=e=>g`
    <svg viewBox="0 0 24 24" width="14" height="14" aria-hidden="true" focusable="false"
      fill="none" stroke="currentColor" stroke-width="2" stroke-linecap="round"
      stroke-linejoin="round" dangerouslySetInnerHTML=${{__html:e}}></svg>
  `,hi=()=>fs('<rect x="9" y="9" width="11" height="11" rx="2"/><path d="M5 15V5a2 2 0 0 1 2-2h10"/>'),mi=()=>fs('<path d="M4 12l5 5L20 6"/>'),gi=()=>fs('<circle cx="12" cy="12" r="4"/><path d="M12 2v2M12 20v2M4.9 4.9l1.4 1.4M17.7 17.7l1.4 1.4M2 12h2M20 12h2M4.9 19.1l1.4-1.4M17.7 6.3l1.4-1.4"/>'),$i=()=>fs('<path d="M21 12.8A9 9 0 1 1 11.2 3a7 7 0 0 0 9.8 9.8z"/>');function Tt({status:e,maintenance:t}){let l=t?"maintenance":e;return g`<span class=${`badge s-${l}`}>${l}</span>`}function pn({id:e,href:t,iconOnly:l}){let[n,s]=D(!1);if(!e)return g`<span class="muted">—</span>`;let o=async c=>{c.stopPropagation(),c.preventDefault();try{await navigator.clipboard.writeText(e)}catch{let u=document.createRange(),h=c.currentTarget.previousElementSibling;h&&u.selectNodeContents(h),getSelection()?.removeAllRanges(),getSelection()?.addRange(u)}s(!0),setTimeout(()=>s(!1),1200)},i=l?null:g`<code title=${e}>${fi(e)}</code>`;return g`<span class="id">${t?g`<a href=${t}>${i}</a>`:i}<button
    type="button" class="copy" aria-label=${`copy id ${e}`} title="copy id"
    onClick=${o}>${n?mi():hi()}</button></span>`}function _e({at:e}){return e?g`<time datetime=${e} title=${pi(e)}>${di(e)}</time>`:g`<span class="muted">never</span>`}function K({title:e,children:t,actions:l}){return g`<section class="card" aria-label=${e}>
    ${e||l?g`<header class="card-head">${e?g`<h2>${e}</h2>`:null}<div class="spacer"></div>${l}</header>`:null}
    ${t}
  </section>`}function hn({label:e,value:t,hint:l,tone:n}){return g`<div class=${`stat ${n??""}`} role="group" aria-label=${e}>
    <div class="stat-label">${e}</div>
    <div class="stat-value">${t}</div>
    ${l?g`<div class="stat-hint">${l}</div>`:null}
  </div>`}function be({error:e}){if(!e)return null;let t=e instanceof Error?e.message:String(e);return g`<p class="error" role="alert">${t}</p>`}function Q({children:e}){return g`<p class="empty">${e}</p>`}function At({request:e,onClose:t}){let l=cn(null),[n,s]=D(!1),[o,i]=D(null),[c,u]=D("");return X(()=>{let f=l.current;f&&(i(null),u(e?.input?.value??""),e&&!f.open&&f.showModal(),!e&&f.open&&f.close())},[e]),g`<dialog ref=${l} class="confirm" onClose=${t} aria-labelledby="confirm-title">
    ${e?g`<form method="dialog" onSubmit=${async f=>{if(f.preventDefault(),!!e){s(!0);try{await e.run(e.input?c:void 0),t()}catch($){i($)}finally{s(!1)}}}}>
      <h2 id="confirm-title">${e.title}</h2>
      ${e.body?g`<div class="confirm-body">${e.body}</div>`:null}
      ${e.input?g`<label class="field">${e.input.label}<input
          type=${e.input.type??"text"} value=${c} required
          onInput=${f=>u(f.target.value)} /></label>`:null}
      <${be} error=${o} />
      <div class="row end">
        <button type="button" onClick=${t}>Cancel</button>
        <button type="submit" class=${e.danger?"danger":"primary"} disabled=${n}>
          ${n?"Working\u2026":e.confirmLabel}
        </button>
      </div>
    </form>`:null}
  </dialog>`}function ol({options:e,value:t,onChange:l,label:n}){return g`<div class="segmented" role="radiogroup" aria-label=${n}>
    ${e.map(s=>g`
        <button type="button" role="radio" aria-checked=${s.value===t}
          class=${s.value===t?"on":""} onClick=${()=>l(s.value)}>${s.label}</button>
      `)}
  </div>`}function _i(){let[e,t]=D(""),[l,n]=D(null),[s,o]=D(!1);return g`
    <main class="login">
      <form class="card login-card" onSubmit=${async c=>{c.preventDefault(),o(!0),n(null);try{let u=await li(e.trim());t(""),ve.set(u)}catch(u){n(u)}finally{o(!1)}}} aria-labelledby="login-title">
        <div class="brand big"><span class="logo" aria-hidden="true">⇄</span> Switchboard</div>
        <h1 id="login-title">Sign in</h1>
        <label class="field">API key or token
            <input id="credential" name="credential" type="password" autocomplete="off" required
              autofocus placeholder="sbk_… or a JWT" value=${e}
              onInput=${c=>t(c.target.value)} />
          </label>
        <p class="hint">The embedded node writes an admin key to <code>./data/admin-api-key</code>.
            It is kept in an HttpOnly cookie for this browser, never in page storage.</p>
        <${be} error=${l} />
        <button type="submit" class="primary" disabled=${s}>${s?"Signing in\u2026":"Sign in"}</button>
      </form>
    </main>
  `}var Ge="u-",ou="uplot",ru=Ge+"hz",iu=Ge+"vt",au=Ge+"title",cu=Ge+"wrap",uu=Ge+"under",fu=Ge+"over",du=Ge+"axis",In=Ge+"off",pu=Ge+"select",hu=Ge+"cursor-x",mu=Ge+"cursor-y",gu=Ge+"cursor-pt",$u=Ge+"legend",_u=Ge+"live",bu=Ge+"inline",vu=Ge+"series",yu=Ge+"marker",bi=Ge+"label",wu=Ge+"value",Il="width",Nl="height",Ll="top",vi="bottom",rl="left",_o="right",Io="#000",yi=Io+"0",bo="mousemove",wi="mousedown",vo="mouseup",Si="mouseenter",ki="mouseleave",xi="dblclick",Su="resize",ku="scroll",Ci="change",gs="dppxchange",No="--",pl=typeof window<"u",xo=pl?document:null,al=pl?window:null,xu=pl?navigator:null,fe,ds;function Co(){let e=devicePixelRatio;fe!=e&&(fe=e,ds&&To(Ci,ds,Co),ds=matchMedia(`(min-resolution: ${fe-.001}dppx) and (max-resolution: ${fe+.001}dppx)`),Nn(Ci,ds,Co),al.dispatchEvent(new CustomEvent(gs)))}function bt(e,t){if(t!=null){let l=e.classList;!l.contains(t)&&l.add(t)}}function Eo(e,t){let l=e.classList;l.contains(t)&&l.remove(t)}function Ae(e,t,l){e.style[t]=l+"px"}function Ot(e,t,l,n){let s=xo.createElement(e);return t!=null&&bt(s,t),l?.insertBefore(s,n),s}function Mt(e,t){return Ot("div",e,t)}var Ei=new WeakMap;function Yt(e,t,l,n,s){let o="translate("+t+"px,"+l+"px)",i=Ei.get(e);o!=i&&(e.style.transform=o,Ei.set(e,o),t<0||l<0||t>n||l>s?bt(e,In):Eo(e,In))}var Ti=new WeakMap;function Ai(e,t,l){let n=t+l,s=Ti.get(e);n!=s&&(Ti.set(e,n),e.style.background=t,e.style.borderColor=l)}var Mi=new WeakMap;function Di(e,t,l,n){let s=t+""+l,o=Mi.get(e);s!=o&&(Mi.set(e,s),e.style.height=l+"px",e.style.width=t+"px",e.style.marginLeft=n?-t/2+"px":0,e.style.marginTop=n?-l/2+"px":0)}var Oo={passive:!0},Cu={...Oo,capture:!0};function Nn(e,t,l,n){t.addEventListener(e,l,n?Cu:Oo)}function To(e,t,l,n){t.removeEventListener(e,l,Oo)}pl&&Co();function Ft(e,t,l,n){let s;l=l||0,n=n||t.length-1;let o=n<=2147483647;for(;n-l>1;)s=o?l+n>>1:vt((l+n)/2),t[s]<e?l=s:n=s;return e-t[l]<=t[n]-e?l:n}function oa(e){return(l,n,s)=>{let o=-1,i=-1;for(let c=n;c<=s;c++)if(e(l[c])){o=c;break}for(let c=s;c>=n;c--)if(e(l[c])){i=c;break}return[o,i]}}var ra=e=>e!=null,ia=e=>e!=null&&e>0,bs=oa(ra),Eu=oa(ia);function Tu(e,t,l,n=0,s=!1){let o=s?Eu:bs,i=s?ia:ra;[t,l]=o(e,t,l);let c=e[t],u=e[t];if(t>-1)if(n==1)c=e[t],u=e[l];else if(n==-1)c=e[l],u=e[t];else for(let h=t;h<=l;h++){let f=e[h];i(f)&&(f<c?c=f:f>u&&(u=f))}return[c??we,u??-we]}function vs(e,t,l,n){let s=Ri(e),o=Ri(t);e==t&&(s==-1?(e*=l,t/=l):(e/=l,t*=l));let i=l==10?Qt:aa,c=s==1?vt:Dt,u=o==1?Dt:vt,h=c(i(Be(e))),f=u(i(Be(t))),$=cl(l,h),_=cl(l,f);return l==10&&(h<0&&($=Se($,-h)),f<0&&(_=Se(_,-f))),n||l==2?(e=$*s,t=_*o):(e=da(e,$),t=ys(t,_)),[e,t]}function Fo(e,t,l,n){let s=vs(e,t,l,n);return e==0&&(s[0]=0),t==0&&(s[1]=0),s}var Vo=.1,Pi={mode:3,pad:Vo},Fl={pad:0,soft:null,mode:0},Au={min:Fl,max:Fl};function $s(e,t,l,n){return ws(l)?Li(e,t,l):(Fl.pad=l,Fl.soft=n?0:null,Fl.mode=n?3:0,Li(e,t,Au))}function ce(e,t){return e??t}function Mu(e,t,l){for(t=ce(t,0),l=ce(l,e.length-1);t<=l;){if(e[t]!=null)return!0;t++}return!1}function Li(e,t,l){let n=l.min,s=l.max,o=ce(n.pad,0),i=ce(s.pad,0),c=ce(n.hard,-we),u=ce(s.hard,we),h=ce(n.soft,we),f=ce(s.soft,-we),$=ce(n.mode,0),_=ce(s.mode,0),m=t-e,v=Qt(m),A=ct(Be(e),Be(t)),E=Qt(A),k=Be(E-v);(m<1e-24||k>10)&&(m=0,(e==0||t==0)&&(m=1e-24,$==2&&h!=we&&(o=0),_==2&&f!=-we&&(i=0)));let y=m||A||1e3,S=Qt(y),x=cl(10,vt(S)),V=y*(m==0?e==0?.1:1:o),M=Se(da(e-V,x/10),24),Y=e>=h&&($==1||$==3&&M<=h||$==2&&M>=h)?h:we,G=ct(c,M<Y&&e>=Y?Y:Vt(Y,M)),ee=y*(m==0?t==0?.1:1:i),U=Se(ys(t+ee,x/10),24),C=t<=f&&(_==1||_==3&&U>=f||_==2&&U<=f)?f:-we,H=Vt(u,U>C&&t<=C?C:ct(C,U));return G==H&&G==0&&(H=100),[G,H]}var Du=new Intl.NumberFormat(pl?xu.language:"en-US"),Ho=e=>Du.format(e),yt=Math,ms=yt.PI,Be=yt.abs,vt=yt.floor,je=yt.round,Dt=yt.ceil,Vt=yt.min,ct=yt.max,cl=yt.pow,Ri=yt.sign,Qt=yt.log10,aa=yt.log2,Pu=(e,t=1)=>yt.sinh(e)*t,yo=(e,t=1)=>yt.asinh(e/t),we=1/0;function Ii(e){return(Qt((e^e>>31)-(e>>31))|0)+1}function Ao(e,t,l){return Vt(ct(e,t),l)}function ca(e){return typeof e=="function"}function oe(e){return ca(e)?e:()=>e}var Lu=()=>{},ua=e=>e,fa=(e,t)=>t,Ru=e=>null,Ni=e=>!0,Oi=(e,t)=>e==t,Iu=/\.\d*?(?=9{6,}|0{6,})/gm,On=e=>{if(ha(e)||gn.has(e))return e;let t=`${e}`,l=t.match(Iu);if(l==null)return e;let n=l[0].length-1;if(t.indexOf("e-")!=-1){let[s,o]=t.split("e");return+`${On(s)}e${o}`}return Se(e,n)};function Ln(e,t){return On(Se(On(e/t))*t)}function ys(e,t){return On(Dt(On(e/t))*t)}function da(e,t){return On(vt(On(e/t))*t)}function Se(e,t=0){if(ha(e))return e;let l=10**t,n=e*l*(1+Number.EPSILON);return je(n)/l}var gn=new Map;function pa(e){return((""+e).split(".")[1]||"").length}function Hl(e,t,l,n){let s=[],o=n.map(pa);for(let i=t;i<l;i++){let c=Be(i),u=Se(cl(e,i),c);for(let h=0;h<n.length;h++){let f=e==10?+`${n[h]}e${i}`:n[h]*u,$=(i>=0?0:c)+(i>=o[h]?0:o[h]),_=e==10?f:Se(f,$);s.push(_),gn.set(_,$)}}return s}var Vl={},Uo=[],ul=[null,null],mn=Array.isArray,ha=Number.isInteger,Nu=e=>e===void 0;function Fi(e){return typeof e=="string"}function ws(e){let t=!1;if(e!=null){let l=e.constructor;t=l==null||l==Object}return t}function Ou(e){return e!=null&&typeof e=="object"}var Fu=Object.getPrototypeOf(Uint8Array),ma="__proto__";function fl(e,t=ws){let l;if(mn(e)){let n=e.find(s=>s!=null);if(mn(n)||t(n)){l=Array(e.length);for(let s=0;s<e.length;s++)l[s]=fl(e[s],t)}else l=e.slice()}else if(e instanceof Fu)l=e.slice();else if(t(e)){l={};for(let n in e)n!=ma&&(l[n]=fl(e[n],t))}else l=e;return l}function Ve(e){let t=arguments;for(let l=1;l<t.length;l++){let n=t[l];for(let s in n)s!=ma&&(ws(e[s])?Ve(e[s],fl(n[s])):e[s]=fl(n[s]))}return e}var Vu=0,Hu=1,Uu=2;function zu(e,t,l){for(let n=0,s,o=-1;n<t.length;n++){let i=t[n];if(i>o){for(s=i-1;s>=0&&e[s]==null;)e[s--]=null;for(s=i+1;s<l&&e[s]==null;)e[o=s++]=null}}}function Wu(e,t){if(Gu(e)){let i=e[0].slice();for(let c=1;c<e.length;c++)i.push(...e[c].slice(1));return Yu(i[0])||(i=Bu(i)),i}let l=new Set;for(let i=0;i<e.length;i++){let u=e[i][0],h=u.length;for(let f=0;f<h;f++)l.add(u[f])}let n=[Array.from(l).sort((i,c)=>i-c)],s=n[0].length,o=new Map;for(let i=0;i<s;i++)o.set(n[0][i],i);for(let i=0;i<e.length;i++){let c=e[i],u=c[0];for(let h=1;h<c.length;h++){let f=c[h],$=Array(s).fill(void 0),_=t?t[i][h]:Hu,m=[];for(let v=0;v<f.length;v++){let A=f[v],E=o.get(u[v]);A===null?_!=Vu&&($[E]=A,_==Uu&&m.push(E)):$[E]=A}zu($,m,s),n.push($)}}return n}var ju=typeof queueMicrotask>"u"?e=>Promise.resolve().then(e):queueMicrotask;function Bu(e){let t=e[0],l=t.length,n=Array(l);for(let o=0;o<n.length;o++)n[o]=o;n.sort((o,i)=>t[o]-t[i]);let s=[];for(let o=0;o<e.length;o++){let i=e[o],c=Array(l);for(let u=0;u<l;u++)c[u]=i[n[u]];s.push(c)}return s}function Gu(e){let t=e[0][0],l=t.length;for(let n=1;n<e.length;n++){let s=e[n][0];if(s.length!=l)return!1;if(s!=t){for(let o=0;o<l;o++)if(s[o]!=t[o])return!1}}return!0}function Yu(e,t=100){let l=e.length;if(l<=1)return!0;let n=0,s=l-1;for(;n<=s&&e[n]==null;)n++;for(;s>=n&&e[s]==null;)s--;if(s<=n)return!0;let o=ct(1,vt((s-n+1)/t));for(let i=e[n],c=n+o;c<=s;c+=o){let u=e[c];if(u!=null){if(u<=i)return!1;i=u}}return!0}var ga=["January","February","March","April","May","June","July","August","September","October","November","December"],$a=["Sunday","Monday","Tuesday","Wednesday","Thursday","Friday","Saturday"];function _a(e){return e.slice(0,3)}var Ju=$a.map(_a),Ku=ga.map(_a),qu={MMMM:ga,MMM:Ku,WWWW:$a,WWW:Ju};function Rl(e){return(e<10?"0":"")+e}function Zu(e){return(e<10?"00":e<100?"0":"")+e}var Qu={YYYY:e=>e.getFullYear(),YY:e=>(e.getFullYear()+"").slice(2),MMMM:(e,t)=>t.MMMM[e.getMonth()],MMM:(e,t)=>t.MMM[e.getMonth()],MM:e=>Rl(e.getMonth()+1),M:e=>e.getMonth()+1,DD:e=>Rl(e.getDate()),D:e=>e.getDate(),WWWW:(e,t)=>t.WWWW[e.getDay()],WWW:(e,t)=>t.WWW[e.getDay()],HH:e=>Rl(e.getHours()),H:e=>e.getHours(),h:e=>{let t=e.getHours();return t==0?12:t>12?t-12:t},AA:e=>e.getHours()>=12?"PM":"AM",aa:e=>e.getHours()>=12?"pm":"am",a:e=>e.getHours()>=12?"p":"a",mm:e=>Rl(e.getMinutes()),m:e=>e.getMinutes(),ss:e=>Rl(e.getSeconds()),s:e=>e.getSeconds(),fff:e=>Zu(e.getMilliseconds())};function zo(e,t){t=t||qu;let l=[],n=/\{([a-z]+)\}|[^{]+/gi,s;for(;s=n.exec(e);)l.push(s[0][0]=="{"?Qu[s[1]]:s[0]);return o=>{let i="";for(let c=0;c<l.length;c++)i+=typeof l[c]=="string"?l[c]:l[c](o,t);return i}}var Xu=new Intl.DateTimeFormat().resolvedOptions().timeZone;function ef(e,t){let l;return t=="UTC"||t=="Etc/UTC"?l=new Date(+e+e.getTimezoneOffset()*6e4):t==Xu?l=e:(l=new Date(e.toLocaleString("en-US",{timeZone:t})),l.setMilliseconds(e.getMilliseconds())),l}var ba=e=>e%1==0,_s=[1,2,2.5,5],tf=Hl(10,-32,0,_s),va=Hl(10,0,32,_s),nf=va.filter(ba),Rn=tf.concat(va),Wo=`
`,ya="{YYYY}",Vi=Wo+ya,wa="{M}/{D}",Ol=Wo+wa,ps=Ol+"/{YY}",Sa="{aa}",lf="{h}:{mm}",il=lf+Sa,Hi=Wo+il,Ui=":{ss}",he=null;function ka(e){let t=e*1e3,l=t*60,n=l*60,s=n*24,o=s*30,i=s*365,u=(e==1?Hl(10,0,3,_s).filter(ba):Hl(10,-3,0,_s)).concat([t,t*5,t*10,t*15,t*30,l,l*5,l*10,l*15,l*30,n,n*2,n*3,n*4,n*6,n*8,n*12,s,s*2,s*3,s*4,s*5,s*6,s*7,s*8,s*9,s*10,s*15,o,o*2,o*3,o*4,o*6,i,i*2,i*5,i*10,i*25,i*50,i*100]),h=[[i,ya,he,he,he,he,he,he,1],[s*28,"{MMM}",Vi,he,he,he,he,he,1],[s,wa,Vi,he,he,he,he,he,1],[n,"{h}"+Sa,ps,he,Ol,he,he,he,1],[l,il,ps,he,Ol,he,he,he,1],[t,Ui,ps+" "+il,he,Ol+" "+il,he,Hi,he,1],[e,Ui+".{fff}",ps+" "+il,he,Ol+" "+il,he,Hi,he,1]];function f($){return(_,m,v,A,E,k)=>{let y=[],S=E>=i,x=E>=o&&E<i,V=$(v),M=Se(V*e,3),Y=wo(V.getFullYear(),S?0:V.getMonth(),x||S?1:V.getDate()),G=Se(Y*e,3);if(x||S){let ee=x?E/o:0,U=S?E/i:0,C=M==G?M:Se(wo(Y.getFullYear()+U,Y.getMonth()+ee,1)*e,3),H=new Date(je(C/e)),R=H.getFullYear(),q=H.getMonth();for(let B=0;C<=A;B++){let re=wo(R+U*B,q+ee*B,1),j=re-$(Se(re*e,3));C=Se((+re+j)*e,3),C<=A&&y.push(C)}}else{let ee=E>=s?s:E,U=vt(v)-vt(M),C=G+U+ys(M-G,ee);y.push(C);let H=$(C),R=H.getHours()+H.getMinutes()/l+H.getSeconds()/n,q=E/n,B=_.axes[m]._space,re=k/B;for(;C=Se(C+E,e==1?0:3),!(C>A);)if(q>1){let j=vt(Se(R+q,6))%24,ie=$(C).getHours()-j;ie>1&&(ie=-1),C-=ie*n,R=(R+q)%24;let ge=y[y.length-1];Se((C-ge)/E,3)*re>=.7&&y.push(C)}else y.push(C)}return y}}return[u,h,f]}var[sf,of,rf]=ka(1),[af,cf,uf]=ka(.001);Hl(2,-53,53,[1]);function zi(e,t){return e.map(l=>l.map((n,s)=>s==0||s==8||n==null?n:t(s==1||l[8]==0?n:l[1]+n)))}function Wi(e,t){return(l,n,s,o,i)=>{let c=t.find(v=>i>=v[0])||t[t.length-1],u,h,f,$,_,m;return n.map(v=>{let A=e(v),E=A.getFullYear(),k=A.getMonth(),y=A.getDate(),S=A.getHours(),x=A.getMinutes(),V=A.getSeconds(),M=E!=u&&c[2]||k!=h&&c[3]||y!=f&&c[4]||S!=$&&c[5]||x!=_&&c[6]||V!=m&&c[7]||c[1];return u=E,h=k,f=y,$=S,_=x,m=V,M(A)})}}function ff(e,t){let l=zo(t);return(n,s,o,i,c)=>s.map(u=>l(e(u)))}function wo(e,t,l){return new Date(e,t,l)}function ji(e,t){return t(e)}var df="{YYYY}-{MM}-{DD} {h}:{mm}{aa}";function Bi(e,t){return(l,n,s,o)=>o==null?No:t(e(n))}function pf(e,t){let l=e.series[t];return l.width?l.stroke(e,t):l.points.width?l.points.stroke(e,t):null}function hf(e,t){return e.series[t].fill(e,t)}var mf={show:!0,live:!0,isolate:!1,mount:Lu,markers:{show:!0,width:2,stroke:pf,fill:hf,dash:"solid"},idx:null,idxs:null,values:[]};function gf(e,t){let l=e.cursor.points,n=Mt(),s=l.size(e,t);Ae(n,Il,s),Ae(n,Nl,s);let o=s/-2;Ae(n,"marginLeft",o),Ae(n,"marginTop",o);let i=l.width(e,t,s);return i&&Ae(n,"borderWidth",i),n}function $f(e,t){let l=e.series[t].points;return l._fill||l._stroke}function _f(e,t){let l=e.series[t].points;return l._stroke||l._fill}function bf(e,t){return e.series[t].points.size}var So=[0,0];function vf(e,t,l){return So[0]=t,So[1]=l,So}function hs(e,t,l,n=!0){return s=>{s.button==0&&(!n||s.target==t)&&l(s)}}function ko(e,t,l,n=!0){return s=>{(!n||s.target==t)&&l(s)}}var yf={show:!0,x:!0,y:!0,lock:!1,move:vf,points:{one:!1,show:gf,size:bf,width:0,stroke:_f,fill:$f},bind:{mousedown:hs,mouseup:hs,click:hs,dblclick:hs,mousemove:ko,mouseleave:ko,mouseenter:ko},drag:{setScale:!0,x:!0,y:!1,dist:0,uni:null,click:(e,t)=>{t.stopPropagation(),t.stopImmediatePropagation()},_x:!1,_y:!1},focus:{dist:(e,t,l,n,s)=>n-s,prox:-1,bias:0},hover:{skip:[void 0],prox:null,bias:0},left:-10,top:-10,idx:null,dataIdx:null,idxs:null,event:null},xa={show:!0,stroke:"rgba(0,0,0,0.07)",width:2},jo=Ve({},xa,{filter:fa}),Ca=Ve({},jo,{size:10}),Ea=Ve({},xa,{show:!1}),Bo='12px system-ui, -apple-system, "Segoe UI", Roboto, "Helvetica Neue", Arial, "Noto Sans", sans-serif, "Apple Color Emoji", "Segoe UI Emoji", "Segoe UI Symbol", "Noto Color Emoji"',Ta="bold "+Bo,Aa=1.5,Gi={show:!0,scale:"x",stroke:Io,space:50,gap:5,alignTo:1,size:50,labelGap:0,labelSize:30,labelFont:Ta,side:2,grid:jo,ticks:Ca,border:Ea,font:Bo,lineGap:Aa,rotate:0},wf="Value",Sf="Time",Yi={show:!0,scale:"x",auto:!1,sorted:1,min:we,max:-we,idxs:[]};function kf(e,t,l,n,s){return t.map(o=>o==null?"":Ho(o))}function xf(e,t,l,n,s,o,i){let c=[],u=gn.get(s)||0;l=i?l:Se(ys(l,s),u);for(let h=l;h<=n;h=Se(h+s,u))c.push(Object.is(h,-0)?0:h);return c}function Mo(e,t,l,n,s,o,i){let c=[],u=e.scales[e.axes[t].scale].log,h=u==10?Qt:aa,f=vt(h(l));s=cl(u,f),u==10&&(s=Rn[Ft(s,Rn)]);let $=l,_=s*u;u==10&&(_=Rn[Ft(_,Rn)]);do c.push($),$=$+s,u==10&&!gn.has($)&&($=Se($,gn.get(s))),$>=_&&(s=$,_=s*u,u==10&&(_=Rn[Ft(_,Rn)]));while($<=n);return c}function Cf(e,t,l,n,s,o,i){let u=e.scales[e.axes[t].scale].asinh,h=n>u?Mo(e,t,ct(u,l),n,s):[u],f=n>=0&&l<=0?[0]:[];return(l<-u?Mo(e,t,ct(u,-n),-l,s):[u]).reverse().map(_=>-_).concat(f,h)}var Ma=/./,Ef=/[12357]/,Tf=/[125]/,Ji=/1/,Do=(e,t,l,n)=>e.map((s,o)=>t==4&&s==0||o%n==0&&l.test(s.toExponential()[s<0?1:0])?s:null);function Af(e,t,l,n,s){let o=e.axes[l],i=o.scale,c=e.scales[i],u=e.valToPos,h=o._space,f=u(10,i),$=u(9,i)-f>=h?Ma:u(7,i)-f>=h?Ef:u(5,i)-f>=h?Tf:Ji;if($==Ji){let _=Be(u(1,i)-f);if(_<h)return Do(t.slice().reverse(),c.distr,$,Dt(h/_)).reverse()}return Do(t,c.distr,$,1)}function Mf(e,t,l,n,s){let o=e.axes[l],i=o.scale,c=o._space,u=e.valToPos,h=Be(u(1,i)-u(2,i));return h<c?Do(t.slice().reverse(),3,Ma,Dt(c/h)).reverse():t}function Df(e,t,l,n){return n==null?No:t==null?"":Ho(t)}var Ki={show:!0,scale:"y",stroke:Io,space:30,gap:5,alignTo:1,size:50,labelGap:0,labelSize:30,labelFont:Ta,side:3,grid:jo,ticks:Ca,border:Ea,font:Bo,lineGap:Aa,rotate:0};function Pf(e,t){let l=3+(e||1)*2;return Se(l*t,3)}function Lf(e,t){let{scale:l,idxs:n}=e.series[0],s=e._data[0],o=e.valToPos(s[n[0]],l,!0),i=e.valToPos(s[n[1]],l,!0),c=Be(i-o),u=e.series[t],h=c/(u.points.space*fe);return n[1]-n[0]<=h}var qi={scale:null,auto:!0,sorted:0,min:we,max:-we},Da=(e,t,l,n,s)=>s,Zi={show:!0,auto:!0,sorted:0,gaps:Da,alpha:1,facets:[Ve({},qi,{scale:"x"}),Ve({},qi,{scale:"y"})]},Qi={scale:"y",auto:!0,sorted:0,show:!0,spanGaps:!1,gaps:Da,alpha:1,points:{show:Lf,filter:null},values:null,min:we,max:-we,idxs:[],path:null,clip:null};function Rf(e,t,l,n,s){return l/10}var Pa={time:!0,auto:!0,distr:1,log:10,asinh:1,min:null,max:null,dir:1,ori:0},If=Ve({},Pa,{time:!1,ori:1}),Xi={};function La(e,t){let l=Xi[e];return l||(l={key:e,plots:[],sub(n){l.plots.push(n)},unsub(n){l.plots=l.plots.filter(s=>s!=n)},pub(n,s,o,i,c,u,h){for(let f=0;f<l.plots.length;f++)l.plots[f]!=s&&l.plots[f].pub(n,s,o,i,c,u,h)}},e!=null&&(Xi[e]=l)),l}var dl=1,Po=2;function Fn(e,t,l){let n=e.mode,s=e.series[t],o=n==2?e._data[t]:e._data,i=e.scales,c=e.bbox,u=o[0],h=n==2?o[1]:o[t],f=n==2?i[s.facets[0].scale]:i[e.series[0].scale],$=n==2?i[s.facets[1].scale]:i[s.scale],_=c.left,m=c.top,v=c.width,A=c.height,E=e.valToPosH,k=e.valToPosV;return f.ori==0?l(s,u,h,f,$,E,k,_,m,v,A,ks,hl,Cs,Ia,Oa):l(s,u,h,f,$,k,E,m,_,A,v,xs,ml,Jo,Na,Fa)}function Go(e,t){let l=0,n=0,s=ce(e.bands,Uo);for(let o=0;o<s.length;o++){let i=s[o];i.series[0]==t?l=i.dir:i.series[1]==t&&(i.dir==1?n|=1:n|=2)}return[l,n==1?-1:n==2?1:n==3?2:0]}function Nf(e,t,l,n,s){let o=e.mode,i=e.series[t],c=o==2?i.facets[1].scale:i.scale,u=e.scales[c];return s==-1?u.min:s==1?u.max:u.distr==3?u.dir==1?u.min:u.max:0}function Xt(e,t,l,n,s,o){return Fn(e,t,(i,c,u,h,f,$,_,m,v,A,E)=>{let k=i.pxRound,y=h.dir*(h.ori==0?1:-1),S=h.ori==0?hl:ml,x,V;y==1?(x=l,V=n):(x=n,V=l);let M=k($(c[x],h,A,m)),Y=k(_(u[x],f,E,v)),G=k($(c[V],h,A,m)),ee=k(_(o==1?f.max:f.min,f,E,v)),U=new Path2D(s);return S(U,G,ee),S(U,M,ee),S(U,M,Y),U})}function Ss(e,t,l,n,s,o){let i=null;if(e.length>0){i=new Path2D;let c=t==0?Cs:Jo,u=l;for(let $=0;$<e.length;$++){let _=e[$];if(_[1]>_[0]){let m=_[0]-u;m>0&&c(i,u,n,m,n+o),u=_[1]}}let h=l+s-u,f=10;h>0&&c(i,u,n-f/2,h,n+o+f)}return i}function Of(e,t,l){let n=e[e.length-1];n&&n[0]==t?n[1]=l:e.push([t,l])}function Yo(e,t,l,n,s,o,i){let c=[],u=e.length;for(let h=s==1?l:n;h>=l&&h<=n;h+=s)if(t[h]===null){let $=h,_=h;if(s==1)for(;++h<=n&&t[h]===null;)_=h;else for(;--h>=l&&t[h]===null;)_=h;let m=o(e[$]),v=_==$?m:o(e[_]),A=$-s;m=i<=0&&A>=0&&A<u?o(e[A]):m;let k=_+s;v=i>=0&&k>=0&&k<u?o(e[k]):v,v>=m&&c.push([m,v])}return c}function ea(e){return e==0?ua:e==1?je:t=>Ln(t,e)}function Ra(e){let t=e==0?ks:xs,l=e==0?(s,o,i,c,u,h)=>{s.arcTo(o,i,c,u,h)}:(s,o,i,c,u,h)=>{s.arcTo(i,o,u,c,h)},n=e==0?(s,o,i,c,u)=>{s.rect(o,i,c,u)}:(s,o,i,c,u)=>{s.rect(i,o,u,c)};return(s,o,i,c,u,h=0,f=0)=>{h==0&&f==0?n(s,o,i,c,u):(h=Vt(h,c/2,u/2),f=Vt(f,c/2,u/2),t(s,o+h,i),l(s,o+c,i,o+c,i+u,h),l(s,o+c,i+u,o,i+u,f),l(s,o,i+u,o,i,f),l(s,o,i,o+c,i,h),s.closePath())}}var ks=(e,t,l)=>{e.moveTo(t,l)},xs=(e,t,l)=>{e.moveTo(l,t)},hl=(e,t,l)=>{e.lineTo(t,l)},ml=(e,t,l)=>{e.lineTo(l,t)},Cs=Ra(0),Jo=Ra(1),Ia=(e,t,l,n,s,o)=>{e.arc(t,l,n,s,o)},Na=(e,t,l,n,s,o)=>{e.arc(l,t,n,s,o)},Oa=(e,t,l,n,s,o,i)=>{e.bezierCurveTo(t,l,n,s,o,i)},Fa=(e,t,l,n,s,o,i)=>{e.bezierCurveTo(l,t,s,n,i,o)};function Va(e){return(t,l,n,s,o)=>Fn(t,l,(i,c,u,h,f,$,_,m,v,A,E)=>{let{pxRound:k,points:y}=i,S,x;h.ori==0?(S=ks,x=Ia):(S=xs,x=Na);let V=Se(y.width*fe,3),M=(y.size-y.width)/2*fe,Y=Se(M*2,3),G=new Path2D,ee=new Path2D,{left:U,top:C,width:H,height:R}=t.bbox;Cs(ee,U-Y,C-Y,H+Y*2,R+Y*2);let q=B=>{if(u[B]!=null){let re=k($(c[B],h,A,m)),j=k(_(u[B],f,E,v));S(G,re+M,j),x(G,re,j,M,0,ms*2)}};if(o)o.forEach(q);else for(let B=n;B<=s;B++)q(B);return{stroke:V>0?G:null,fill:G,clip:ee,flags:dl|Po}})}function Ha(e){return(t,l,n,s,o,i)=>{n!=s&&(o!=n&&i!=n&&e(t,l,n),o!=s&&i!=s&&e(t,l,s),e(t,l,i))}}var Ff=Ha(hl),Vf=Ha(ml);function Ua(e){let t=ce(e?.alignGaps,0);return(l,n,s,o)=>Fn(l,n,(i,c,u,h,f,$,_,m,v,A,E)=>{[s,o]=bs(u,s,o);let k=i.pxRound,y=R=>k($(R,h,A,m)),S=R=>k(_(R,f,E,v)),x,V;h.ori==0?(x=hl,V=Ff):(x=ml,V=Vf);let M=h.dir*(h.ori==0?1:-1),Y={stroke:new Path2D,fill:null,clip:null,band:null,gaps:null,flags:dl},G=Y.stroke,ee=!1;if(o-s>=A*4){let R=z=>l.posToVal(z,h.key,!0),q=null,B=null,re,j,ut,Me=y(c[M==1?s:o]),ie=y(c[s]),ge=y(c[o]),ne=R(M==1?ie+1:ge-1);for(let z=M==1?s:o;z>=s&&z<=o;z+=M){let He=c[z],De=(M==1?He<ne:He>ne)?Me:y(He),de=u[z];De==Me?de!=null?(j=de,q==null?(x(G,De,S(j)),re=q=B=j):j<q?q=j:j>B&&(B=j)):de===null&&(ee=!0):(q!=null&&V(G,Me,S(q),S(B),S(re),S(j)),de!=null?(j=de,x(G,De,S(j)),q=B=re=j):(q=B=null,de===null&&(ee=!0)),Me=De,ne=R(Me+M))}q!=null&&q!=B&&ut!=Me&&V(G,Me,S(q),S(B),S(re),S(j))}else for(let R=M==1?s:o;R>=s&&R<=o;R+=M){let q=u[R];q===null?ee=!0:q!=null&&x(G,y(c[R]),S(q))}let[C,H]=Go(l,n);if(i.fill!=null||C!=0){let R=Y.fill=new Path2D(G),q=i.fillTo(l,n,i.min,i.max,C),B=S(q),re=y(c[s]),j=y(c[o]);M==-1&&([j,re]=[re,j]),x(R,j,B),x(R,re,B)}if(!i.spanGaps){let R=[];ee&&R.push(...Yo(c,u,s,o,M,y,t)),Y.gaps=R=i.gaps(l,n,s,o,R),Y.clip=Ss(R,h.ori,m,v,A,E)}return H!=0&&(Y.band=H==2?[Xt(l,n,s,o,G,-1),Xt(l,n,s,o,G,1)]:Xt(l,n,s,o,G,H)),Y})}function Hf(e){let t=ce(e.align,1),l=ce(e.ascDesc,!1),n=ce(e.alignGaps,0),s=ce(e.extend,!1);return(o,i,c,u)=>Fn(o,i,(h,f,$,_,m,v,A,E,k,y,S)=>{[c,u]=bs($,c,u);let x=h.pxRound,{left:V,width:M}=o.bbox,Y=ie=>x(v(ie,_,y,E)),G=ie=>x(A(ie,m,S,k)),ee=_.ori==0?hl:ml,U={stroke:new Path2D,fill:null,clip:null,band:null,gaps:null,flags:dl},C=U.stroke,H=_.dir*(_.ori==0?1:-1),R=G($[H==1?c:u]),q=Y(f[H==1?c:u]),B=q,re=q;s&&t==-1&&(re=V,ee(C,re,R)),ee(C,q,R);for(let ie=H==1?c:u;ie>=c&&ie<=u;ie+=H){let ge=$[ie];if(ge==null)continue;let ne=Y(f[ie]),z=G(ge);t==1?ee(C,ne,R):ee(C,B,z),ee(C,ne,z),R=z,B=ne}let j=B;s&&t==1&&(j=V+M,ee(C,j,R));let[ut,Me]=Go(o,i);if(h.fill!=null||ut!=0){let ie=U.fill=new Path2D(C),ge=h.fillTo(o,i,h.min,h.max,ut),ne=G(ge);ee(ie,j,ne),ee(ie,re,ne)}if(!h.spanGaps){let ie=[];ie.push(...Yo(f,$,c,u,H,Y,n));let ge=h.width*fe/2,ne=l||t==1?ge:-ge,z=l||t==-1?-ge:ge;ie.forEach(He=>{He[0]+=ne,He[1]+=z}),U.gaps=ie=h.gaps(o,i,c,u,ie),U.clip=Ss(ie,_.ori,E,k,y,S)}return Me!=0&&(U.band=Me==2?[Xt(o,i,c,u,C,-1),Xt(o,i,c,u,C,1)]:Xt(o,i,c,u,C,Me)),U})}function ta(e,t,l,n,s,o,i=we){if(e.length>1){let c=null;for(let u=0,h=1/0;u<e.length;u++)if(t[u]!==void 0){if(c!=null){let f=Be(e[u]-e[c]);f<h&&(h=f,i=Be(l(e[u],n,s,o)-l(e[c],n,s,o)))}c=u}}return i}function Uf(e){e=e||Vl;let t=ce(e.size,[.6,we,1]),l=e.align||0,n=e.gap||0,s=e.radius;s=s==null?[0,0]:typeof s=="number"?[s,0]:s;let o=oe(s),i=1-t[0],c=ce(t[1],we),u=ce(t[2],1),h=ce(e.disp,Vl),f=ce(e.each,m=>{}),{fill:$,stroke:_}=h;return(m,v,A,E)=>Fn(m,v,(k,y,S,x,V,M,Y,G,ee,U,C)=>{let H=k.pxRound,R=l,q=n*fe,B=c*fe,re=u*fe,j,ut;x.ori==0?[j,ut]=o(m,v):[ut,j]=o(m,v);let Me=x.dir*(x.ori==0?1:-1),ie=x.ori==0?Cs:Jo,ge=x.ori==0?f:(O,ke,Ue,zn,vn,Ut,yn)=>{f(O,ke,Ue,vn,zn,yn,Ut)},ne=ce(m.bands,Uo).find(O=>O.series[0]==v),z=ne!=null?ne.dir:0,He=k.fillTo(m,v,k.min,k.max,z),st=H(Y(He,V,C,ee)),De,de,Pt,ht=U,Le=H(k.width*fe),Ht=!1,Kt=null,wt=null,en=null,Vn=null;$!=null&&(Le==0||_!=null)&&(Ht=!0,Kt=$.values(m,v,A,E),wt=new Map,new Set(Kt).forEach(O=>{O!=null&&wt.set(O,new Path2D)}),Le>0&&(en=_.values(m,v,A,E),Vn=new Map,new Set(en).forEach(O=>{O!=null&&Vn.set(O,new Path2D)})));let{x0:Hn,size:_l}=h;if(Hn!=null&&_l!=null){R=1,y=Hn.values(m,v,A,E),Hn.unit==2&&(y=y.map(Ue=>m.posToVal(G+Ue*U,x.key,!0)));let O=_l.values(m,v,A,E);_l.unit==2?de=O[0]*U:de=M(O[0],x,U,G)-M(0,x,U,G),ht=ta(y,S,M,x,U,G,ht),Pt=ht-de+q}else ht=ta(y,S,M,x,U,G,ht),Pt=ht*i+q,de=ht-Pt;Pt<1&&(Pt=0),Le>=de/2&&(Le=0),Pt<5&&(H=ua);let zl=Pt>0,_n=ht-Pt-(zl?Le:0);de=H(Ao(_n,re,B)),De=(R==0?de/2:R==Me?0:de)-R*Me*((R==0?q/2:0)+(zl?Le/2:0));let ot={stroke:null,fill:null,clip:null,band:null,gaps:null,flags:0},Un=Ht?null:new Path2D,qt=null;if(ne!=null)qt=m.data[ne.series[1]];else{let{y0:O,y1:ke}=h;O!=null&&ke!=null&&(S=ke.values(m,v,A,E),qt=O.values(m,v,A,E))}let bn=j*de,te=ut*de;for(let O=Me==1?A:E;O>=A&&O<=E;O+=Me){let ke=S[O];if(ke==null)continue;if(qt!=null){let ft=qt[O]??0;if(ke-ft==0)continue;st=Y(ft,V,C,ee)}let Ue=x.distr!=2||h!=null?y[O]:O,zn=M(Ue,x,U,G),vn=Y(ce(ke,He),V,C,ee),Ut=H(zn-De),yn=H(ct(vn,st)),mt=H(Vt(vn,st)),St=yn-mt;if(ke!=null){let ft=ke<0?te:bn,Lt=ke<0?bn:te;Ht?(Le>0&&en[O]!=null&&ie(Vn.get(en[O]),Ut,mt+vt(Le/2),de,ct(0,St-Le),ft,Lt),Kt[O]!=null&&ie(wt.get(Kt[O]),Ut,mt+vt(Le/2),de,ct(0,St-Le),ft,Lt)):ie(Un,Ut,mt+vt(Le/2),de,ct(0,St-Le),ft,Lt),ge(m,v,O,Ut-Le/2,mt,de+Le,St)}}return Le>0?ot.stroke=Ht?Vn:Un:Ht||(ot._fill=k.width==0?k._fill:k._stroke??k._fill,ot.width=0),ot.fill=Ht?wt:Un,ot})}function zf(e,t){let l=ce(t?.alignGaps,0);return(n,s,o,i)=>Fn(n,s,(c,u,h,f,$,_,m,v,A,E,k)=>{[o,i]=bs(h,o,i);let y=c.pxRound,S=j=>y(_(j,f,E,v)),x=j=>y(m(j,$,k,A)),V,M,Y;f.ori==0?(V=ks,Y=hl,M=Oa):(V=xs,Y=ml,M=Fa);let G=f.dir*(f.ori==0?1:-1),ee=S(u[G==1?o:i]),U=ee,C=[],H=[];for(let j=G==1?o:i;j>=o&&j<=i;j+=G)if(h[j]!=null){let Me=u[j],ie=S(Me);C.push(U=ie),H.push(x(h[j]))}let R={stroke:e(C,H,V,Y,M,y),fill:null,clip:null,band:null,gaps:null,flags:dl},q=R.stroke,[B,re]=Go(n,s);if(c.fill!=null||B!=0){let j=R.fill=new Path2D(q),ut=c.fillTo(n,s,c.min,c.max,B),Me=x(ut);Y(j,U,Me),Y(j,ee,Me)}if(!c.spanGaps){let j=[];j.push(...Yo(u,h,o,i,G,S,l)),R.gaps=j=c.gaps(n,s,o,i,j),R.clip=Ss(j,f.ori,v,A,E,k)}return re!=0&&(R.band=re==2?[Xt(n,s,o,i,q,-1),Xt(n,s,o,i,q,1)]:Xt(n,s,o,i,q,re)),R})}function Wf(e){return zf(jf,e)}function jf(e,t,l,n,s,o){let i=e.length;if(i<2)return null;let c=new Path2D;if(l(c,e[0],t[0]),i==2)n(c,e[1],t[1]);else{let u=Array(i),h=Array(i-1),f=Array(i-1),$=Array(i-1);for(let _=0;_<i-1;_++)f[_]=t[_+1]-t[_],$[_]=e[_+1]-e[_],h[_]=f[_]/$[_];u[0]=h[0];for(let _=1;_<i-1;_++)h[_]===0||h[_-1]===0||h[_-1]>0!=h[_]>0?u[_]=0:(u[_]=3*($[_-1]+$[_])/((2*$[_]+$[_-1])/h[_-1]+($[_]+2*$[_-1])/h[_]),isFinite(u[_])||(u[_]=0));u[i-1]=h[i-2];for(let _=0;_<i-1;_++)s(c,e[_]+$[_]/3,t[_]+u[_]*$[_]/3,e[_+1]-$[_]/3,t[_+1]-u[_+1]*$[_]/3,e[_+1],t[_+1])}return c}var Lo=new Set;function na(){for(let e of Lo)e.syncRect(!0)}pl&&(Nn(Su,al,na),Nn(ku,al,na,!0),Nn(gs,al,()=>{tt.pxRatio=fe}));var Bf=Ua(),Gf=Va();function la(e,t,l,n){return(n?[e[0],e[1]].concat(e.slice(2)):[e[0]].concat(e.slice(1))).map((o,i)=>Ro(o,i,t,l))}function Yf(e,t){return e.map((l,n)=>n==0?{}:Ve({},t,l))}function Ro(e,t,l,n){return Ve({},t==0?l:n,e)}function za(e,t,l){return t==null?ul:[t,l]}var Jf=za;function Kf(e,t,l){return t==null?ul:$s(t,l,Vo,!0)}function Wa(e,t,l,n){return t==null?ul:vs(t,l,e.scales[n].log,!1)}var qf=Wa;function ja(e,t,l,n){return t==null?ul:Fo(t,l,e.scales[n].log,!1)}var Zf=ja;function Qf(e,t,l,n,s){let o=ct(Ii(e),Ii(t)),i=t-e,c=Ft(s/n*i,l);do{let u=l[c],h=n*u/i;if(h>=s&&o+(u<5?gn.get(u):0)<=17)return[u,h]}while(++c<l.length);return[0,0]}function sa(e){let t,l;return e=e.replace(/(\d+)px/,(n,s)=>(t=je((l=+s)*fe))+"px"),[e,t,l]}function Xf(e){e.show&&[e.font,e.labelFont].forEach(t=>{let l=Se(t[2]*fe,1);t[0]=t[0].replace(/[0-9.]+px/,l+"px"),t[1]=l})}function tt(e,t,l){let n={mode:ce(e.mode,1)},s=n.mode;function o(r,a,d,p){let b=a.valToPct(r);return p+d*(a.dir==-1?1-b:b)}function i(r,a,d,p){let b=a.valToPct(r);return p+d*(a.dir==-1?b:1-b)}function c(r,a,d,p){return a.ori==0?o(r,a,d,p):i(r,a,d,p)}n.valToPosH=o,n.valToPosV=i;let u=!1;n.status=0;let h=n.root=Mt(ou);if(e.id!=null&&(h.id=e.id),bt(h,e.class),e.title){let r=Mt(au,h);r.textContent=e.title}let f=Ot("canvas"),$=n.ctx=f.getContext("2d"),_=Mt(cu,h);Nn("click",_,r=>{r.target===v&&(Ce!=Xn||Pe!=el)&&et.click(n,r)},!0);let m=n.under=Mt(uu,_);_.appendChild(f);let v=n.over=Mt(fu,_);e=fl(e);let A=+ce(e.pxAlign,1),E=ea(A);(e.plugins||[]).forEach(r=>{r.opts&&(e=r.opts(n,e)||e)});let k=e.ms||.001,y=n.series=s==1?la(e.series||[],Yi,Qi,!1):Yf(e.series||[null],Zi),S=n.axes=la(e.axes||[],Gi,Ki,!0),x=n.scales={},V=n.bands=e.bands||[];V.forEach(r=>{r.fill=oe(r.fill||null),r.dir=ce(r.dir,-1)});let M=s==2?y[1].facets[0].scale:y[0].scale,Y={axes:Mc,series:xc},G=(e.drawOrder||["axes","series"]).map(r=>Y[r]);function ee(r){let a=r.distr==3?d=>Qt(d>0?d:r.clamp(n,d,r.min,r.max,r.key)):r.distr==4?d=>yo(d,r.asinh):r.distr==100?d=>r.fwd(d):d=>d;return d=>{let p=a(d),{_min:b,_max:w}=r,T=w-b;return(p-b)/T}}function U(r){let a=x[r];if(a==null){let d=(e.scales||Vl)[r]||Vl;if(d.from!=null){U(d.from);let p=Ve({},x[d.from],d,{key:r});p.valToPct=ee(p),x[r]=p}else{a=x[r]=Ve({},r==M?Pa:If,d),a.key=r;let p=a.time,b=a.range,w=mn(b);if((r!=M||s==2&&!p)&&(w&&(b[0]==null||b[1]==null)&&(b={min:b[0]==null?Pi:{mode:1,hard:b[0],soft:b[0]},max:b[1]==null?Pi:{mode:1,hard:b[1],soft:b[1]}},w=!1),!w&&ws(b))){let T=b;b=(P,L,I)=>L==null?ul:$s(L,I,T)}a.range=oe(b||(p?Jf:r==M?a.distr==3?qf:a.distr==4?Zf:za:a.distr==3?Wa:a.distr==4?ja:Kf)),a.auto=oe(w?!1:a.auto),a.clamp=oe(a.clamp||Rf),a._min=a._max=null,a.valToPct=ee(a)}}}U("x"),U("y"),s==1&&y.forEach(r=>{U(r.scale)}),S.forEach(r=>{U(r.scale)});for(let r in e.scales)U(r);let C=x[M],H=C.distr,R,q;C.ori==0?(bt(h,ru),R=o,q=i):(bt(h,iu),R=i,q=o);let B={};for(let r in x){let a=x[r];(a.min!=null||a.max!=null)&&(B[r]={min:a.min,max:a.max},a.min=a.max=null)}let re=e.tzDate||(r=>new Date(je(r/k))),j=e.fmtDate||zo,ut=k==1?rf(re):uf(re),Me=Wi(re,zi(k==1?of:cf,j)),ie=Bi(re,ji(df,j)),ge=[],ne=n.legend=Ve({},mf,e.legend),z=n.cursor=Ve({},yf,{drag:{y:s==2}},e.cursor),He=ne.show,st=z.show,De=ne.markers;ne.idxs=ge,De.width=oe(De.width),De.dash=oe(De.dash),De.stroke=oe(De.stroke),De.fill=oe(De.fill);let de,Pt,ht,Le=[],Ht=[],Kt,wt=!1,en={};if(ne.live){let r=y[1]?y[1].values:null;wt=r!=null,Kt=wt?r(n,1,0):{_:0};for(let a in Kt)en[a]=No}if(He)if(de=Ot("table",$u,h),ht=Ot("tbody",null,de),ne.mount(n,de),wt){Pt=Ot("thead",null,de,ht);let r=Ot("tr",null,Pt);Ot("th",null,r);for(var Vn in Kt)Ot("th",bi,r).textContent=Vn}else bt(de,bu),ne.live&&bt(de,_u);let Hn={show:!0},_l={show:!1};function zl(r,a){if(a==0&&(wt||!ne.live||s==2))return ul;let d=[],p=Ot("tr",vu,ht,ht.childNodes[a]);bt(p,r.class),r.show||bt(p,In);let b=Ot("th",null,p);if(De.show){let P=Mt(yu,b);if(a>0){let L=De.width(n,a);L&&(P.style.border=L+"px "+De.dash(n,a)+" "+De.stroke(n,a)),P.style.background=De.fill(n,a)}}let w=Mt(bi,b);r.label instanceof HTMLElement?w.appendChild(r.label):w.textContent=r.label,a>0&&(De.show||(w.style.color=r.width>0?De.stroke(n,a):De.fill(n,a)),ot("click",b,P=>{if(z._lock)return;Sn(P);let L=y.indexOf(r);if((P.ctrlKey||P.metaKey)!=ne.isolate){let I=y.some((N,F)=>F>0&&F!=L&&N.show);y.forEach((N,F)=>{F>0&&Wt(F,I?F==L?Hn:_l:Hn,!0,Oe.setSeries)})}else Wt(L,{show:!r.show},!0,Oe.setSeries)},!1),jn&&ot(Si,b,P=>{z._lock||(Sn(P),Wt(y.indexOf(r),nl,!0,Oe.setSeries))},!1));for(var T in Kt){let P=Ot("td",wu,p);P.textContent="--",d.push(P)}return[p,d]}let _n=new Map;function ot(r,a,d,p=!0){let b=_n.get(a)||{},w=z.bind[r](n,a,d,p);w&&(Nn(r,a,b[r]=w),_n.set(a,b))}function Un(r,a,d){let p=_n.get(a)||{};for(let b in p)(r==null||b==r)&&(To(b,a,p[b]),delete p[b]);r==null&&_n.delete(a)}let qt=0,bn=0,te=0,O=0,ke=0,Ue=0,zn=ke,vn=Ue,Ut=te,yn=O,mt=0,St=0,ft=0,Lt=0;n.bbox={};let Ls=!1,Wl=!1,Wn=!1,wn=!1,jl=!1,kt=!1;function Rs(r,a,d){(d||r!=n.width||a!=n.height)&&qo(r,a),Kn(!1),Wn=!0,Wl=!0,qn()}function qo(r,a){n.width=qt=te=r,n.height=bn=O=a,ke=Ue=0,_c(),bc();let d=n.bbox;mt=d.left=Ln(ke*fe,.5),St=d.top=Ln(Ue*fe,.5),ft=d.width=Ln(te*fe,.5),Lt=d.height=Ln(O*fe,.5)}let mc=3;function gc(){let r=!1,a=0;for(;!r;){a++;let d=Tc(a),p=Ac(a);r=a==mc||d&&p,r||(qo(n.width,n.height),Wl=!0)}}function $c({width:r,height:a}){Rs(r,a)}n.setSize=$c;function _c(){let r=!1,a=!1,d=!1,p=!1;S.forEach((b,w)=>{if(b.show&&b._show){let{side:T,_size:P}=b,L=T%2,I=b.label!=null?b.labelSize:0,N=P+I;N>0&&(L?(te-=N,T==3?(ke+=N,p=!0):d=!0):(O-=N,T==0?(Ue+=N,r=!0):a=!0))}}),kn[0]=r,kn[1]=d,kn[2]=a,kn[3]=p,te-=tn[1]+tn[3],ke+=tn[3],O-=tn[2]+tn[0],Ue+=tn[0]}function bc(){let r=ke+te,a=Ue+O,d=ke,p=Ue;function b(w,T){switch(w){case 1:return r+=T,r-T;case 2:return a+=T,a-T;case 3:return d-=T,d+T;case 0:return p-=T,p+T}}S.forEach((w,T)=>{if(w.show&&w._show){let P=w.side;w._pos=b(P,w._size),w.label!=null&&(w._lpos=b(P,w.labelSize))}})}if(z.dataIdx==null){let r=z.hover,a=r.skip=new Set(r.skip??[]);a.add(void 0);let d=r.prox=oe(r.prox),p=r.bias??=0;z.dataIdx=(b,w,T,P)=>{if(w==0)return T;let L=T,I=d(b,w,T,P)??we,N=I>=0&&I<we,F=C.ori==0?te:O,Z=z.left,ue=t[0],ae=t[w];if(a.has(ae[T])){L=null;let se=null,J=null,W;if(p==0||p==-1)for(W=T;se==null&&W-- >0;)a.has(ae[W])||(se=W);if(p==0||p==1)for(W=T;J==null&&W++<ae.length;)a.has(ae[W])||(J=W);if(se!=null||J!=null)if(N){let Te=se==null?-1/0:R(ue[se],C,F,0),Ie=J==null?1/0:R(ue[J],C,F,0),Qe=Z-Te,$e=Ie-Z;Qe<=$e?Qe<=I&&(L=se):$e<=I&&(L=J)}else L=J==null?se:se==null?J:T-se<=J-T?se:J}else N&&Be(Z-R(ue[T],C,F,0))>I&&(L=null);return L}}let Sn=r=>{z.event=r};z.idxs=ge,z._lock=!1;let nt=z.points;nt.show=oe(nt.show),nt.size=oe(nt.size),nt.stroke=oe(nt.stroke),nt.width=oe(nt.width),nt.fill=oe(nt.fill);let zt=n.focus=Ve({},e.focus||{alpha:.3},z.focus),jn=zt.prox>=0,Bn=jn&&nt.one,xt=[],Gn=[],Yn=[];function Zo(r,a){let d=nt.show(n,a);if(d instanceof HTMLElement)return bt(d,gu),bt(d,r.class),Yt(d,-10,-10,te,O),v.insertBefore(d,xt[a]),d}function Qo(r,a){if(s==1||a>0){let d=s==1&&x[r.scale].time,p=r.value;r.value=d?Fi(p)?Bi(re,ji(p,j)):p||ie:p||Df,r.label=r.label||(d?Sf:wf)}if(Bn||a>0){r.width=r.width==null?1:r.width,r.paths=r.paths||Bf||Ru,r.fillTo=oe(r.fillTo||Nf),r.pxAlign=+ce(r.pxAlign,A),r.pxRound=ea(r.pxAlign),r.stroke=oe(r.stroke||null),r.fill=oe(r.fill||null),r._stroke=r._fill=r._paths=r._focus=null;let d=Pf(ct(1,r.width),1),p=r.points=Ve({},{size:d,width:ct(1,d*.2),stroke:r.stroke,space:d*2,paths:Gf,_stroke:null,_fill:null},r.points);p.show=oe(p.show),p.filter=oe(p.filter),p.fill=oe(p.fill),p.stroke=oe(p.stroke),p.paths=oe(p.paths),p.pxAlign=r.pxAlign}if(He){let d=zl(r,a);Le.splice(a,0,d[0]),Ht.splice(a,0,d[1]),ne.values.push(null)}if(st){ge.splice(a,0,null);let d=null;Bn?a==0&&(d=Zo(r,a)):a>0&&(d=Zo(r,a)),xt.splice(a,0,d),Gn.splice(a,0,0),Yn.splice(a,0,0)}Ze("addSeries",a)}function vc(r,a){a=a??y.length,r=s==1?Ro(r,a,Yi,Qi):Ro(r,a,{},Zi),y.splice(a,0,r),Qo(y[a],a)}n.addSeries=vc;function yc(r){if(y.splice(r,1),He){ne.values.splice(r,1),Ht.splice(r,1);let a=Le.splice(r,1)[0];Un(null,a.firstChild),a.remove()}st&&(ge.splice(r,1),xt.splice(r,1)[0].remove(),Gn.splice(r,1),Yn.splice(r,1)),Ze("delSeries",r)}n.delSeries=yc;let kn=[!1,!1,!1,!1];function wc(r,a){if(r._show=r.show,r.show){let d=r.side%2,p=x[r.scale];p==null&&(r.scale=d?y[1].scale:M,p=x[r.scale]);let b=p.time;r.size=oe(r.size),r.space=oe(r.space),r.rotate=oe(r.rotate),mn(r.incrs)&&r.incrs.forEach(T=>{!gn.has(T)&&gn.set(T,pa(T))}),r.incrs=oe(r.incrs||(p.distr==2?nf:b?k==1?sf:af:Rn)),r.splits=oe(r.splits||(b&&p.distr==1?ut:p.distr==3?Mo:p.distr==4?Cf:xf)),r.stroke=oe(r.stroke),r.grid.stroke=oe(r.grid.stroke),r.ticks.stroke=oe(r.ticks.stroke),r.border.stroke=oe(r.border.stroke);let w=r.values;r.values=mn(w)&&!mn(w[0])?oe(w):b?mn(w)?Wi(re,zi(w,j)):Fi(w)?ff(re,w):w||Me:w||kf,r.filter=oe(r.filter||(p.distr>=3&&p.log==10?Af:p.distr==3&&p.log==2?Mf:fa)),r.font=sa(r.font),r.labelFont=sa(r.labelFont),r._size=r.size(n,null,a,0),r._space=r._rotate=r._incrs=r._found=r._splits=r._values=null,r._size>0&&(kn[a]=!0,r._el=Mt(du,_))}}function bl(r,a,d,p){let[b,w,T,P]=d,L=a%2,I=0;return L==0&&(P||w)&&(I=a==0&&!b||a==2&&!T?je(Gi.size/3):0),L==1&&(b||T)&&(I=a==1&&!w||a==3&&!P?je(Ki.size/2):0),I}let Xo=n.padding=(e.padding||[bl,bl,bl,bl]).map(r=>oe(ce(r,bl))),tn=n._padding=Xo.map((r,a)=>r(n,a,kn,0)),Xe,Ye=null,Je=null,Bl=s==1?y[0].idxs:null,Rt=null,vl=!1;function er(r,a){if(t=r??[],n.data=n._data=t,s==2){Xe=0;for(let d=1;d<y.length;d++)Xe+=t[d][0].length}else{t.length==0&&(n.data=n._data=t=[[]]),Rt=t[0],Xe=Rt.length;let d=t;if(H==2){d=t.slice();let p=d[0]=Array(Xe);for(let b=0;b<Xe;b++)p[b]=b}n._data=t=d}if(Kn(!0),Ze("setData"),H==2&&(Wn=!0),a!==!1){let d=C;d.auto(n,vl)?Is():ln(M,d.min,d.max),wn=wn||z.left>=0,kt=!0,qn()}}n.setData=er;function Is(){vl=!0;let r,a;s==1&&(Xe>0?(Ye=Bl[0]=0,Je=Bl[1]=Xe-1,r=t[0][Ye],a=t[0][Je],H==2?(r=Ye,a=Je):r==a&&(H==3?[r,a]=vs(r,r,C.log,!1):H==4?[r,a]=Fo(r,r,C.log,!1):C.time?a=r+je(86400/k):[r,a]=$s(r,a,Vo,!0))):(Ye=Bl[0]=r=null,Je=Bl[1]=a=null)),ln(M,r,a)}let Gl,Jn,Ns,Os,Fs,Vs,Hs,Us,zs,dt;function tr(r,a,d,p,b,w){r??=yi,d??=Uo,p??="butt",b??=yi,w??="round",r!=Gl&&($.strokeStyle=Gl=r),b!=Jn&&($.fillStyle=Jn=b),a!=Ns&&($.lineWidth=Ns=a),w!=Fs&&($.lineJoin=Fs=w),p!=Vs&&($.lineCap=Vs=p),d!=Os&&$.setLineDash(Os=d)}function nr(r,a,d,p){a!=Jn&&($.fillStyle=Jn=a),r!=Hs&&($.font=Hs=r),d!=Us&&($.textAlign=Us=d),p!=zs&&($.textBaseline=zs=p)}function Ws(r,a,d,p,b=0){if(p.length>0&&r.auto(n,vl)&&(a==null||a.min==null)){let w=ce(Ye,0),T=ce(Je,p.length-1),P=d.min==null?Tu(p,w,T,b,r.distr==3):[d.min,d.max];r.min=Vt(r.min,d.min=P[0]),r.max=ct(r.max,d.max=P[1])}}let lr={min:null,max:null};function Sc(){for(let p in x){let b=x[p];B[p]==null&&(b.min==null||B[M]!=null&&b.auto(n,vl))&&(B[p]=lr)}for(let p in x){let b=x[p];B[p]==null&&b.from!=null&&B[b.from]!=null&&(B[p]=lr)}B[M]!=null&&Kn(!0);let r={};for(let p in B){let b=B[p];if(b!=null){let w=r[p]=fl(x[p],Ou);if(b.min!=null)Ve(w,b);else if(p!=M||s==2)if(Xe==0&&w.from==null){let T=w.range(n,null,null,p);w.min=T[0],w.max=T[1]}else w.min=we,w.max=-we}}if(Xe>0){y.forEach((p,b)=>{if(s==1){let w=p.scale,T=B[w];if(T==null)return;let P=r[w];if(b==0){let L=P.range(n,P.min,P.max,w);P.min=L[0],P.max=L[1],Ye=Ft(P.min,t[0]),Je=Ft(P.max,t[0]),Je-Ye>1&&(t[0][Ye]<P.min&&Ye++,t[0][Je]>P.max&&Je--),p.min=Rt[Ye],p.max=Rt[Je]}else p.show&&p.auto&&Ws(P,T,p,t[b],p.sorted);p.idxs[0]=Ye,p.idxs[1]=Je}else if(b>0&&p.show&&p.auto){let[w,T]=p.facets,P=w.scale,L=T.scale,[I,N]=t[b],F=r[P],Z=r[L];F!=null&&Ws(F,B[P],w,I,w.sorted),Z!=null&&Ws(Z,B[L],T,N,T.sorted),p.min=T.min,p.max=T.max}});for(let p in r){let b=r[p],w=B[p];if(b.from==null&&(w==null||w.min==null)){let T=b.range(n,b.min==we?null:b.min,b.max==-we?null:b.max,p);b.min=T[0],b.max=T[1]}}}for(let p in r){let b=r[p];if(b.from!=null){let w=r[b.from];if(w.min==null)b.min=b.max=null;else{let T=b.range(n,w.min,w.max,p);b.min=T[0],b.max=T[1]}}}let a={},d=!1;for(let p in r){let b=r[p],w=x[p];if(w.min!=b.min||w.max!=b.max){w.min=b.min,w.max=b.max;let T=w.distr;w._min=T==3?Qt(w.min):T==4?yo(w.min,w.asinh):T==100?w.fwd(w.min):w.min,w._max=T==3?Qt(w.max):T==4?yo(w.max,w.asinh):T==100?w.fwd(w.max):w.max,a[p]=d=!0}}if(d){y.forEach((p,b)=>{s==2?b>0&&a.y&&(p._paths=null):a[p.scale]&&(p._paths=null)});for(let p in a)Wn=!0,Ze("setScale",p);st&&z.left>=0&&(wn=kt=!0)}for(let p in B)B[p]=null}function kc(r){let a=Ao(Ye-1,0,Xe-1),d=Ao(Je+1,0,Xe-1);for(;r[a]==null&&a>0;)a--;for(;r[d]==null&&d<Xe-1;)d++;return[a,d]}function xc(){if(Xe>0){let r=y.some(a=>a._focus)&&dt!=zt.alpha;r&&($.globalAlpha=dt=zt.alpha),y.forEach((a,d)=>{if(d>0&&a.show&&(sr(d,!1),sr(d,!0),a._paths==null)){let p=dt;dt!=a.alpha&&($.globalAlpha=dt=a.alpha);let b=s==2?[0,t[d][0].length-1]:kc(t[d]);a._paths=a.paths(n,d,b[0],b[1]),dt!=p&&($.globalAlpha=dt=p)}}),y.forEach((a,d)=>{if(d>0&&a.show){let p=dt;dt!=a.alpha&&($.globalAlpha=dt=a.alpha),a._paths!=null&&or(d,!1);{let b=a._paths!=null?a._paths.gaps:null,w=a.points.show(n,d,Ye,Je,b),T=a.points.filter(n,d,w,b);(w||T)&&(a.points._paths=a.points.paths(n,d,Ye,Je,T),or(d,!0))}dt!=p&&($.globalAlpha=dt=p),Ze("drawSeries",d)}}),r&&($.globalAlpha=dt=1)}}function sr(r,a){let d=a?y[r].points:y[r];d._stroke=d.stroke(n,r),d._fill=d.fill(n,r)}function or(r,a){let d=a?y[r].points:y[r],{stroke:p,fill:b,clip:w,flags:T,_stroke:P=d._stroke,_fill:L=d._fill,_width:I=d.width}=d._paths;I=Se(I*fe,3);let N=null,F=I%2/2;a&&L==null&&(L=I>0?"#fff":P);let Z=d.pxAlign==1&&F>0;if(Z&&$.translate(F,F),!a){let ue=mt-I/2,ae=St-I/2,se=ft+I,J=Lt+I;N=new Path2D,N.rect(ue,ae,se,J)}a?js(P,I,d.dash,d.cap,L,p,b,T,w):Cc(r,P,I,d.dash,d.cap,L,p,b,T,N,w),Z&&$.translate(-F,-F)}function Cc(r,a,d,p,b,w,T,P,L,I,N){let F=!1;L!=0&&V.forEach((Z,ue)=>{if(Z.series[0]==r){let ae=y[Z.series[1]],se=t[Z.series[1]],J=(ae._paths||Vl).band;mn(J)&&(J=Z.dir==1?J[0]:J[1]);let W,Te=null;ae.show&&J&&Mu(se,Ye,Je)?(Te=Z.fill(n,ue)||w,W=ae._paths.clip):J=null,js(a,d,p,b,Te,T,P,L,I,N,W,J),F=!0}}),F||js(a,d,p,b,w,T,P,L,I,N)}let rr=dl|Po;function js(r,a,d,p,b,w,T,P,L,I,N,F){tr(r,a,d,p,b),(L||I||F)&&($.save(),L&&$.clip(L),I&&$.clip(I)),F?(P&rr)==rr?($.clip(F),N&&$.clip(N),Jl(b,T),Yl(r,w,a)):P&Po?(Jl(b,T),$.clip(F),Yl(r,w,a)):P&dl&&($.save(),$.clip(F),N&&$.clip(N),Jl(b,T),$.restore(),Yl(r,w,a)):(Jl(b,T),Yl(r,w,a)),(L||I||F)&&$.restore()}function Yl(r,a,d){d>0&&(a instanceof Map?a.forEach((p,b)=>{$.strokeStyle=Gl=b,$.stroke(p)}):a!=null&&r&&$.stroke(a))}function Jl(r,a){a instanceof Map?a.forEach((d,p)=>{$.fillStyle=Jn=p,$.fill(d)}):a!=null&&r&&$.fill(a)}function Ec(r,a,d,p){let b=S[r],w;if(p<=0)w=[0,0];else{let T=b._space=b.space(n,r,a,d,p),P=b._incrs=b.incrs(n,r,a,d,p,T);w=Qf(a,d,P,p,T)}return b._found=w}function Bs(r,a,d,p,b,w,T,P,L,I){let N=T%2/2;A==1&&$.translate(N,N),tr(P,T,L,I,P),$.beginPath();let F,Z,ue,ae,se=b+(p==0||p==3?-w:w);d==0?(Z=b,ae=se):(F=b,ue=se);for(let J=0;J<r.length;J++)a[J]!=null&&(d==0?F=ue=r[J]:Z=ae=r[J],$.moveTo(F,Z),$.lineTo(ue,ae));$.stroke(),A==1&&$.translate(-N,-N)}function Tc(r){let a=!0;return S.forEach((d,p)=>{if(!d.show)return;let b=x[d.scale];if(b.min==null){d._show&&(a=!1,d._show=!1,Kn(!1));return}else d._show||(a=!1,d._show=!0,Kn(!1));let w=d.side,T=w%2,{min:P,max:L}=b,[I,N]=Ec(p,P,L,T==0?te:O);if(N==0)return;let F=b.distr==2,Z=d._splits=d.splits(n,p,P,L,I,N,F),ue=b.distr==2?Z.map(W=>Rt[W]):Z,ae=b.distr==2?Rt[Z[1]]-Rt[Z[0]]:I,se=d._values=d.values(n,d.filter(n,ue,p,N,ae),p,N,ae);d._rotate=w==2?d.rotate(n,se,p,N):0;let J=d._size;d._size=Dt(d.size(n,se,p,r)),J!=null&&d._size!=J&&(a=!1)}),a}function Ac(r){let a=!0;return Xo.forEach((d,p)=>{let b=d(n,p,kn,r);b!=tn[p]&&(a=!1),tn[p]=b}),a}function Mc(){for(let r=0;r<S.length;r++){let a=S[r];if(!a.show||!a._show)continue;let d=a.side,p=d%2,b,w,T=a.stroke(n,r),P=d==0||d==3?-1:1,[L,I]=a._found;if(a.label!=null){let it=a.labelGap*P,_t=je((a._lpos+it)*fe);nr(a.labelFont[0],T,"center",d==2?Ll:vi),$.save(),p==1?(b=w=0,$.translate(_t,je(St+Lt/2)),$.rotate((d==3?-ms:ms)/2)):(b=je(mt+ft/2),w=_t);let En=ca(a.label)?a.label(n,r,L,I):a.label;$.fillText(En,b,w),$.restore()}if(I==0)continue;let N=x[a.scale],F=p==0?ft:Lt,Z=p==0?mt:St,ue=a._splits,ae=N.distr==2?ue.map(it=>Rt[it]):ue,se=N.distr==2?Rt[ue[1]]-Rt[ue[0]]:L,J=a.ticks,W=a.border,Te=J.show?J.size:0,Ie=je(Te*fe),Qe=je((a.alignTo==2?a._size-Te-a.gap:a.gap)*fe),$e=a._rotate*-ms/180,Ne=E(a._pos*fe),gt=(Ie+Qe)*P,rt=Ne+gt;w=p==0?rt:0,b=p==1?rt:0;let Ct=a.font[0],It=a.align==1?rl:a.align==2?_o:$e>0?rl:$e<0?_o:p==0?"center":d==3?_o:rl,Bt=$e||p==1?"middle":d==2?Ll:vi;nr(Ct,T,It,Bt);let $t=a.font[1]*a.lineGap,Et=ue.map(it=>E(c(it,N,F,Z))),Nt=a._values;for(let it=0;it<Nt.length;it++){let _t=Nt[it];if(_t!=null){p==0?b=Et[it]:w=Et[it],_t=""+_t;let En=_t.indexOf(`
`)==-1?[_t]:_t.split(/\n/gm);for(let at=0;at<En.length;at++){let xr=En[at];$e?($.save(),$.translate(b,w+at*$t),$.rotate($e),$.fillText(xr,0,0),$.restore()):$.fillText(xr,b,w+at*$t)}}}J.show&&Bs(Et,J.filter(n,ae,r,I,se),p,d,Ne,Ie,Se(J.width*fe,3),J.stroke(n,r),J.dash,J.cap);let Gt=a.grid;Gt.show&&Bs(Et,Gt.filter(n,ae,r,I,se),p,p==0?2:1,p==0?St:mt,p==0?Lt:ft,Se(Gt.width*fe,3),Gt.stroke(n,r),Gt.dash,Gt.cap),W.show&&Bs([Ne],[1],p==0?1:0,p==0?1:2,p==1?St:mt,p==1?Lt:ft,Se(W.width*fe,3),W.stroke(n,r),W.dash,W.cap)}Ze("drawAxes")}function Kn(r){y.forEach((a,d)=>{d>0&&(a._paths=null,r&&(s==1?(a.min=null,a.max=null):a.facets.forEach(p=>{p.min=null,p.max=null})))})}let Kl=!1,Gs=!1,yl=[];function Dc(){Gs=!1;for(let r=0;r<yl.length;r++)Ze(...yl[r]);yl.length=0}function qn(){Kl||(ju(ir),Kl=!0)}function Pc(r,a=!1){Kl=!0,Gs=a,r(n),ir(),a&&yl.length>0&&queueMicrotask(Dc)}n.batch=Pc;function ir(){if(Ls&&(Sc(),Ls=!1),Wn&&(gc(),Wn=!1),Wl){if(Ae(m,rl,ke),Ae(m,Ll,Ue),Ae(m,Il,te),Ae(m,Nl,O),Ae(v,rl,ke),Ae(v,Ll,Ue),Ae(v,Il,te),Ae(v,Nl,O),Ae(_,Il,qt),Ae(_,Nl,bn),f.width=je(qt*fe),f.height=je(bn*fe),S.forEach(({_el:r,_show:a,_size:d,_pos:p,side:b})=>{if(r!=null)if(a){let w=b===3||b===0?d:0,T=b%2==1;Ae(r,T?"left":"top",p-w),Ae(r,T?"width":"height",d),Ae(r,T?"top":"left",T?Ue:ke),Ae(r,T?"height":"width",T?O:te),Eo(r,In)}else bt(r,In)}),Gl=Jn=Ns=Fs=Vs=Hs=Us=zs=Os=null,dt=1,kl(!0),ke!=zn||Ue!=vn||te!=Ut||O!=yn){Kn(!1);let r=te/Ut,a=O/yn;if(st&&!wn&&z.left>=0){z.left*=r,z.top*=a,Zn&&Yt(Zn,je(z.left),0,te,O),Qn&&Yt(Qn,0,je(z.top),te,O);for(let d=0;d<xt.length;d++){let p=xt[d];p!=null&&(Gn[d]*=r,Yn[d]*=a,Yt(p,Dt(Gn[d]),Dt(Yn[d]),te,O))}}if(Ee.show&&!jl&&Ee.left>=0&&Ee.width>0){Ee.left*=r,Ee.width*=r,Ee.top*=a,Ee.height*=a;for(let d in Qs)Ae(tl,d,Ee[d])}zn=ke,vn=Ue,Ut=te,yn=O}Ze("setSize"),Wl=!1}qt>0&&bn>0&&($.clearRect(0,0,f.width,f.height),Ze("drawClear"),G.forEach(r=>r()),Ze("draw")),Ee.show&&jl&&(ql(Ee),jl=!1),st&&wn&&(Cn(null,!0,!1),wn=!1),ne.show&&ne.live&&kt&&(qs(),kt=!1),u||(u=!0,n.status=1,Ze("ready")),vl=!1,Kl=!1}n.redraw=(r,a)=>{Wn=a||!1,r!==!1?ln(M,C.min,C.max):qn()};function Ys(r,a){let d=x[r];if(d.from==null){if(Xe==0){let p=d.range(n,a.min,a.max,r);a.min=p[0],a.max=p[1]}if(a.min>a.max){let p=a.min;a.min=a.max,a.max=p}if(Xe>1&&a.min!=null&&a.max!=null&&a.max-a.min<1e-16)return;r==M&&d.distr==2&&Xe>0&&(a.min=Ft(a.min,t[0]),a.max=Ft(a.max,t[0]),a.min==a.max&&a.max++),B[r]=a,Ls=!0,qn()}}n.setScale=Ys;let Js,Ks,Zn,Qn,ar,cr,Xn,el,ur,fr,Ce,Pe,nn=!1,et=z.drag,Ke=et.x,qe=et.y;st&&(z.x&&(Js=Mt(hu,v)),z.y&&(Ks=Mt(mu,v)),C.ori==0?(Zn=Js,Qn=Ks):(Zn=Ks,Qn=Js),Ce=z.left,Pe=z.top);let Ee=n.select=Ve({show:!0,over:!0,left:0,width:0,top:0,height:0},e.select),tl=Ee.show?Mt(pu,Ee.over?v:m):null;function ql(r,a){if(Ee.show){for(let d in r)Ee[d]=r[d],d in Qs&&Ae(tl,d,r[d]);a!==!1&&Ze("setSelect")}}n.setSelect=ql;function Lc(r){if(y[r].show)He&&Eo(Le[r],In);else if(He&&bt(Le[r],In),st){let d=Bn?xt[0]:xt[r];d!=null&&Yt(d,-10,-10,te,O)}}function ln(r,a,d){Ys(r,{min:a,max:d})}function Wt(r,a,d,p){a.focus!=null&&Fc(r),a.show!=null&&y.forEach((b,w)=>{w>0&&(r==w||r==null)&&(b.show=a.show,Lc(w),s==2?(ln(b.facets[0].scale,null,null),ln(b.facets[1].scale,null,null)):ln(b.scale,null,null),qn())}),d!==!1&&Ze("setSeries",r,a),p&&xl("setSeries",n,r,a)}n.setSeries=Wt;function Rc(r,a){Ve(V[r],a)}function Ic(r,a){r.fill=oe(r.fill||null),r.dir=ce(r.dir,-1),a=a??V.length,V.splice(a,0,r)}function Nc(r){r==null?V.length=0:V.splice(r,1)}n.addBand=Ic,n.setBand=Rc,n.delBand=Nc;function Oc(r,a){y[r].alpha=a,st&&xt[r]!=null&&(xt[r].style.opacity=a),He&&Le[r]&&(Le[r].style.opacity=a)}let Zt,sn,xn,nl={focus:!0};function Fc(r){if(r!=xn){let a=r==null,d=zt.alpha!=1;y.forEach((p,b)=>{if(s==1||b>0){let w=a||b==0||b==r;p._focus=a?null:w,d&&Oc(b,w?1:zt.alpha)}}),xn=r,d&&qn()}}He&&jn&&ot(ki,de,r=>{z._lock||(Sn(r),xn!=null&&Wt(null,nl,!0,Oe.setSeries))});function jt(r,a,d){let p=x[a];d&&(r=r/fe-(p.ori==1?Ue:ke));let b=te;p.ori==1&&(b=O,r=b-r),p.dir==-1&&(r=b-r);let w=p._min,T=p._max,P=r/b,L=w+(T-w)*P,I=p.distr;return I==3?cl(10,L):I==4?Pu(L,p.asinh):I==100?p.bwd(L):L}function Vc(r,a){let d=jt(r,M,a);return Ft(d,t[0],Ye,Je)}n.valToIdx=r=>Ft(r,t[0]),n.posToIdx=Vc,n.posToVal=jt,n.valToPos=(r,a,d)=>x[a].ori==0?o(r,x[a],d?ft:te,d?mt:0):i(r,x[a],d?Lt:O,d?St:0),n.setCursor=(r,a,d)=>{Ce=r.left,Pe=r.top,Cn(null,a,d)};function dr(r,a){Ae(tl,rl,Ee.left=r),Ae(tl,Il,Ee.width=a)}function pr(r,a){Ae(tl,Ll,Ee.top=r),Ae(tl,Nl,Ee.height=a)}let wl=C.ori==0?dr:pr,Sl=C.ori==1?dr:pr;function Hc(){if(He&&ne.live)for(let r=s==2?1:0;r<y.length;r++){if(r==0&&wt)continue;let a=ne.values[r],d=0;for(let p in a)Ht[r][d++].firstChild.nodeValue=a[p]}}function qs(r,a){if(r!=null&&(r.idxs?r.idxs.forEach((d,p)=>{ge[p]=d}):Nu(r.idx)||ge.fill(r.idx),ne.idx=ge[0]),He&&ne.live){for(let d=0;d<y.length;d++)(d>0||s==1&&!wt)&&Uc(d,ge[d]);Hc()}kt=!1,a!==!1&&Ze("setLegend")}n.setLegend=qs;function Uc(r,a){let d=y[r],p=r==0&&H==2?Rt:t[r],b;wt?b=d.values(n,r,a)??en:(b=d.value(n,a==null?null:p[a],r,a),b=b==null?en:{_:b}),ne.values[r]=b}function Cn(r,a,d){ur=Ce,fr=Pe,[Ce,Pe]=z.move(n,Ce,Pe),z.left=Ce,z.top=Pe,st&&(Zn&&Yt(Zn,je(Ce),0,te,O),Qn&&Yt(Qn,0,je(Pe),te,O));let p,b=Ye>Je;Zt=we,sn=null;let w=C.ori==0?te:O,T=C.ori==1?te:O;if(Ce<0||Xe==0||b){p=z.idx=null;for(let P=0;P<y.length;P++){let L=xt[P];L!=null&&Yt(L,-10,-10,te,O)}jn&&Wt(null,nl,!0,r==null&&Oe.setSeries),ne.live&&(ge.fill(p),kt=!0)}else{let P,L,I;s==1&&(P=C.ori==0?Ce:Pe,L=jt(P,M),p=z.idx=Ft(L,t[0],Ye,Je),I=R(t[0][p],C,w,0));let N=-10,F=-10,Z=0,ue=0,ae=!0,se="",J="";for(let W=s==2?1:0;W<y.length;W++){let Te=y[W],Ie=ge[W],Qe=Ie==null?null:s==1?t[W][Ie]:t[W][1][Ie],$e=z.dataIdx(n,W,p,L),Ne=$e==null?null:s==1?t[W][$e]:t[W][1][$e];if(kt=kt||Ne!=Qe||$e!=Ie,ge[W]=$e,W>0&&Te.show){let gt=$e==null?-10:$e==p?I:R(s==1?t[0][$e]:t[W][0][$e],C,w,0),rt=Ne==null?-10:q(Ne,s==1?x[Te.scale]:x[Te.facets[1].scale],T,0);if(jn&&Ne!=null){let Ct=C.ori==1?Ce:Pe,It=Be(zt.dist(n,W,$e,rt,Ct));if(It<Zt){let Bt=zt.bias;if(Bt!=0){let $t=jt(Ct,Te.scale),Et=Ne>=0?1:-1,Nt=$t>=0?1:-1;Nt==Et&&(Nt==1?Bt==1?Ne>=$t:Ne<=$t:Bt==1?Ne<=$t:Ne>=$t)&&(Zt=It,sn=W)}else Zt=It,sn=W}}if(kt||Bn){let Ct,It;C.ori==0?(Ct=gt,It=rt):(Ct=rt,It=gt);let Bt,$t,Et,Nt,Gt,it,_t=!0,En=nt.bbox;if(En!=null){_t=!1;let at=En(n,W);Et=at.left,Nt=at.top,Bt=at.width,$t=at.height}else Et=Ct,Nt=It,Bt=$t=nt.size(n,W);if(it=nt.fill(n,W),Gt=nt.stroke(n,W),Bn)W==sn&&Zt<=zt.prox&&(N=Et,F=Nt,Z=Bt,ue=$t,ae=_t,se=it,J=Gt);else{let at=xt[W];at!=null&&(Gn[W]=Et,Yn[W]=Nt,Di(at,Bt,$t,_t),Ai(at,it,Gt),Yt(at,Dt(Et),Dt(Nt),te,O))}}}}if(Bn){let W=zt.prox,Te=xn==null?Zt<=W:Zt>W||sn!=xn;if(kt||Te){let Ie=xt[0];Ie!=null&&(Gn[0]=N,Yn[0]=F,Di(Ie,Z,ue,ae),Ai(Ie,se,J),Yt(Ie,Dt(N),Dt(F),te,O))}}}if(Ee.show&&nn)if(r!=null){let[P,L]=Oe.scales,[I,N]=Oe.match,[F,Z]=r.cursor.sync.scales,ue=r.cursor.drag;if(Ke=ue._x,qe=ue._y,Ke||qe){let{left:ae,top:se,width:J,height:W}=r.select,Te=r.scales[F].ori,Ie=r.posToVal,Qe,$e,Ne,gt,rt,Ct=P!=null&&I(P,F),It=L!=null&&N(L,Z);Ct&&Ke?(Te==0?(Qe=ae,$e=J):(Qe=se,$e=W),Ne=x[P],gt=R(Ie(Qe,F),Ne,w,0),rt=R(Ie(Qe+$e,F),Ne,w,0),wl(Vt(gt,rt),Be(rt-gt))):wl(0,w),It&&qe?(Te==1?(Qe=ae,$e=J):(Qe=se,$e=W),Ne=x[L],gt=q(Ie(Qe,Z),Ne,T,0),rt=q(Ie(Qe+$e,Z),Ne,T,0),Sl(Vt(gt,rt),Be(rt-gt))):Sl(0,T)}else Xs()}else{let P=Be(ur-ar),L=Be(fr-cr);if(C.ori==1){let Z=P;P=L,L=Z}Ke=et.x&&P>=et.dist,qe=et.y&&L>=et.dist;let I=et.uni;I!=null?Ke&&qe&&(Ke=P>=I,qe=L>=I,!Ke&&!qe&&(L>P?qe=!0:Ke=!0)):et.x&&et.y&&(Ke||qe)&&(Ke=qe=!0);let N,F;Ke&&(C.ori==0?(N=Xn,F=Ce):(N=el,F=Pe),wl(Vt(N,F),Be(F-N)),qe||Sl(0,T)),qe&&(C.ori==1?(N=Xn,F=Ce):(N=el,F=Pe),Sl(Vt(N,F),Be(F-N)),Ke||wl(0,w)),!Ke&&!qe&&(wl(0,0),Sl(0,0))}if(et._x=Ke,et._y=qe,r==null){if(d){if(kr!=null){let[P,L]=Oe.scales;Oe.values[0]=P!=null?jt(C.ori==0?Ce:Pe,P):null,Oe.values[1]=L!=null?jt(C.ori==1?Ce:Pe,L):null}xl(bo,n,Ce,Pe,te,O,p)}if(jn){let P=d&&Oe.setSeries,L=zt.prox;xn==null?Zt<=L&&Wt(sn,nl,!0,P):Zt>L?Wt(null,nl,!0,P):sn!=xn&&Wt(sn,nl,!0,P)}}kt&&(ne.idx=p,qs()),a!==!1&&Ze("setCursor")}let on=null;Object.defineProperty(n,"rect",{get(){return on==null&&kl(!1),on}});function kl(r=!1){r?on=null:(on=v.getBoundingClientRect(),Ze("syncRect",on))}function hr(r,a,d,p,b,w,T){z._lock||nn&&r!=null&&r.movementX==0&&r.movementY==0||(Zs(r,a,d,p,b,w,T,!1,r!=null),r!=null?Cn(null,!0,!0):Cn(a,!0,!1))}function Zs(r,a,d,p,b,w,T,P,L){if(on==null&&kl(!1),Sn(r),r!=null)d=r.clientX-on.left,p=r.clientY-on.top;else{if(d<0||p<0){Ce=-10,Pe=-10;return}let[I,N]=Oe.scales,F=a.cursor.sync,[Z,ue]=F.values,[ae,se]=F.scales,[J,W]=Oe.match,Te=a.axes[0].side%2==1,Ie=C.ori==0?te:O,Qe=C.ori==1?te:O,$e=Te?w:b,Ne=Te?b:w,gt=Te?p:d,rt=Te?d:p;if(ae!=null?d=J(I,ae)?c(Z,x[I],Ie,0):-10:d=Ie*(gt/$e),se!=null?p=W(N,se)?c(ue,x[N],Qe,0):-10:p=Qe*(rt/Ne),C.ori==1){let Ct=d;d=p,p=Ct}}L&&(a==null||a.cursor.event.type==bo)&&((d<=1||d>=te-1)&&(d=Ln(d,te)),(p<=1||p>=O-1)&&(p=Ln(p,O))),P?(ar=d,cr=p,[Xn,el]=z.move(n,d,p)):(Ce=d,Pe=p)}let Qs={width:0,height:0,left:0,top:0};function Xs(){ql(Qs,!1)}let mr,gr,$r,_r;function br(r,a,d,p,b,w,T){nn=!0,Ke=qe=et._x=et._y=!1,Zs(r,a,d,p,b,w,T,!0,!1),r!=null&&(ot(vo,xo,vr,!1),xl(wi,n,Xn,el,te,O,null));let{left:P,top:L,width:I,height:N}=Ee;mr=P,gr=L,$r=I,_r=N}function vr(r,a,d,p,b,w,T){nn=et._x=et._y=!1,Zs(r,a,d,p,b,w,T,!1,!0);let{left:P,top:L,width:I,height:N}=Ee,F=I>0||N>0,Z=mr!=P||gr!=L||$r!=I||_r!=N;if(F&&Z&&ql(Ee),et.setScale&&F&&Z){let ue=P,ae=I,se=L,J=N;if(C.ori==1&&(ue=L,ae=N,se=P,J=I),Ke&&ln(M,jt(ue,M),jt(ue+ae,M)),qe)for(let W in x){let Te=x[W];W!=M&&Te.from==null&&Te.min!=we&&ln(W,jt(se+J,W),jt(se,W))}Xs()}else z.lock&&(z._lock=!z._lock,Cn(a,!0,r!=null));r!=null&&(Un(vo,xo),xl(vo,n,Ce,Pe,te,O,null))}function zc(r,a,d,p,b,w,T){if(z._lock)return;Sn(r);let P=nn;if(nn){let L=!0,I=!0,N=10,F,Z;C.ori==0?(F=Ke,Z=qe):(F=qe,Z=Ke),F&&Z&&(L=Ce<=N||Ce>=te-N,I=Pe<=N||Pe>=O-N),F&&L&&(Ce=Ce<Xn?0:te),Z&&I&&(Pe=Pe<el?0:O),Cn(null,!0,!0),nn=!1}Ce=-10,Pe=-10,ge.fill(null),Cn(null,!0,!0),P&&(nn=P)}function yr(r,a,d,p,b,w,T){z._lock||(Sn(r),Is(),Xs(),r!=null&&xl(xi,n,Ce,Pe,te,O,null))}function wr(){S.forEach(Xf),Rs(n.width,n.height,!0)}Nn(gs,al,wr);let ll={};ll.mousedown=br,ll.mousemove=hr,ll.mouseup=vr,ll.dblclick=yr,ll.setSeries=(r,a,d,p)=>{let b=Oe.match[2];d=b(n,a,d),d!=-1&&Wt(d,p,!0,!1)},st&&(ot(wi,v,br),ot(bo,v,hr),ot(Si,v,r=>{Sn(r),kl(!1)}),ot(ki,v,zc),ot(xi,v,yr),Lo.add(n),n.syncRect=kl);let Zl=n.hooks=e.hooks||{};function Ze(r,a,d){Gs?yl.push([r,a,d]):r in Zl&&Zl[r].forEach(p=>{p.call(null,n,a,d)})}(e.plugins||[]).forEach(r=>{for(let a in r.hooks)Zl[a]=(Zl[a]||[]).concat(r.hooks[a])});let Sr=(r,a,d)=>d,Oe=Ve({key:null,setSeries:!1,filters:{pub:Ni,sub:Ni},scales:[M,y[1]?y[1].scale:null],match:[Oi,Oi,Sr],values:[null,null]},z.sync);Oe.match.length==2&&Oe.match.push(Sr),z.sync=Oe;let kr=Oe.key,eo=La(kr);function xl(r,a,d,p,b,w,T){Oe.filters.pub(r,a,d,p,b,w,T)&&eo.pub(r,a,d,p,b,w,T)}eo.sub(n);function Wc(r,a,d,p,b,w,T){Oe.filters.sub(r,a,d,p,b,w,T)&&ll[r](null,a,d,p,b,w,T)}n.pub=Wc;function jc(){eo.unsub(n),Lo.delete(n),_n.clear(),To(gs,al,wr),h.remove(),de?.remove(),Ze("destroy")}n.destroy=jc;function to(){Ze("init",e,t),er(t||e.data,!1),B[M]?Ys(M,B[M]):Is(),jl=Ee.show&&(Ee.width>0||Ee.height>0),wn=kt=!0,Rs(e.width,e.height)}return y.forEach(Qo),S.forEach(wc),l?l instanceof HTMLElement?(l.appendChild(h),to()):l(n,to):to(),n}tt.assign=Ve;tt.fmtNum=Ho;tt.rangeNum=$s;tt.rangeLog=vs;tt.rangeAsinh=Fo;tt.orient=Fn;tt.pxRatio=fe;tt.join=Wu;tt.fmtDate=zo,tt.tzDate=ef;tt.sync=La;{tt.addGap=Of,tt.clipGaps=Ss;let e=tt.paths={points:Va};e.linear=Ua,e.stepped=Hf,e.bars=Uf,e.spline=Wf}function Es(e){return getComputedStyle(document.documentElement).getPropertyValue(e).trim()||"#888"}function ed(e){let t=/^var\((--[\w-]+)\)$/.exec(e);return t?Es(t[1]):e}function Jt({title:e,series:t,data:l,format:n,height:s=170,emptyText:o,range:i}){let c=cn(i);c.current=i;let u=cn(null),h=cn(null),[f,$]=D(0);X(()=>{let A=()=>$(E=>E+1);return addEventListener("switchboard-theme",A),()=>removeEventListener("switchboard-theme",A)},[]);let _=t.map(A=>A.label+A.color).join("|"),m=(l[0]?.length??0)>0&&l.slice(1).some(A=>A.some(E=>E!=null));X(()=>{let A=u.current;if(!A)return;let E={stroke:Es("--muted"),grid:{stroke:Es("--grid"),width:1},ticks:{stroke:Es("--grid"),width:1},font:"11px system-ui, sans-serif"},k={width:Math.max(200,A.clientWidth),height:s,legend:{show:!0,live:!0},cursor:{drag:{x:!1,y:!1}},scales:{x:{time:!0,range:(x,V,M)=>c.current??[V,M]},y:{range:(x,V,M)=>[0,M>0?M*1.1:1]}},axes:[E,{...E,size:60,values:(x,V)=>V.map(M=>n(M))}],series:[{},...t.map(x=>({label:x.label,stroke:ed(x.color),width:2,...x.dash?{dash:[6,4]}:{},points:{show:V=>(V.data[0]?.length??0)<4,size:6},value:(V,M)=>M==null?"\u2014":n(M)}))]},y=new tt(k,l,A);h.current=y;let S=new ResizeObserver(()=>{y.setSize({width:Math.max(200,A.clientWidth),height:s})});return S.observe(A),()=>{S.disconnect(),y.destroy(),h.current=null}},[_,s,f]),X(()=>{h.current?.setData(l)},[l]);let v=l.slice(1).some(A=>A.some(E=>typeof E=="number"&&E>0));return g`<figure class="chart" aria-label=${e} data-nonzero=${v?"":void 0}>
    <figcaption>${e}</figcaption>
    <div class="chart-box" ref=${u} role="img" aria-label=${`${e} chart`}></div>
    ${m?null:g`<div class="chart-empty">${o??"no data in this range yet"}</div>`}
  </figure>`}function Ts(){let e=le(ye),t=Re("sessions"),[l,n]=D(null),[s,o]=D({});X(()=>{pt("GET /nodes")&&pe("/nodes").then(u=>n(u.items)).catch(()=>n(null))},[Math.floor(t/10)]),X(()=>{pe("/sessions",{status:"active",limit:1e3}).then(u=>{let h={};for(let f of u.items)h[f.edgeId??"?"]=(h[f.edgeId??"?"]??0)+1;o(h)}).catch(()=>o({}))},[t]);let i=e.fleet?.summary.positions??{},c=e.fleet?.summary.routing??[];return g`
    <div class="cluster">
      <div>
          <h3>Nodes</h3>
          ${l?g`
              <table class="table compact">
                <thead>
                  <tr>
                    <th scope="col">node</th>
                    <th scope="col" class="hide-narrow">version</th>
                    <th scope="col" class="num">partitions</th>
                    <th scope="col" class="num">sessions</th>
                    <th scope="col">up since</th>
                  </tr>
                </thead>
                <tbody>
                        ${l.map(u=>g`
                            <tr>
                              <td title=${u.address??""}>${u.id}${u.self?g`
                                  <span class="tag">this</span>
                                `:null}</td>
                              <td class="hide-narrow">${u.version??"\u2014"}</td>
                              <td class="num">${u.partitions.length}</td>
                              <td class="num">${lt(u.sessions)}</td>
                              <td>
                                <${_e} at=${u.startedAt} />
                              </td>
                            </tr>
                          `)}</tbody>
              </table>
            `:g`
              <table class="table compact">
                <thead>
                  <tr>
                    <th scope="col">node (edge)</th>
                    <th scope="col">active sessions</th>
                  </tr>
                </thead>
                <tbody>
                        ${Object.entries(s).map(([u,h])=>g`
                            <tr>
                              <td>${u}</td>
                              <td>${h}</td>
                            </tr>
                          `)}
                        ${Object.keys(s).length===0?g`
                            <tr>
                              <td colspan="2" class="muted">no active sessions</td>
                            </tr>
                          `:null}
                        </tbody>
              </table>
            `}
        </div>
      <div>
        <h3>Routing decisions</h3>
        <table class="table compact">
          <thead>
            <tr>
              <th scope="col">strategy</th>
              <th scope="col" class="num">routed</th>
              <th scope="col" class="num">failovers</th>
              <th scope="col" class="num">share</th>
            </tr>
          </thead>
          <tbody>
            ${c.map(u=>g`
                <tr>
                  <td>${u.strategy}</td>
                  <td class="num">${lt(u.routed)}</td>
                  <td class="num">${lt(u.rebound)}</td>
                  <td class="num">${Pl(u.share)}</td>
                </tr>
              `)}
            ${c.length===0?g`
                <tr>
                  <td colspan="4" class="muted">none yet</td>
                </tr>
              `:null}
          </tbody>
        </table>
      </div>
      <div>
        <h3>Read models</h3>
        <table class="table compact">
          <thead>
            <tr>
              <th scope="col">projection</th>
              <th scope="col">log position</th>
            </tr>
          </thead>
          <tbody>${Object.entries(i).map(([u,h])=>g`
              <tr>
                <td>${u}</td>
                <td>${lt(h)}</td>
              </tr>
            `)}</tbody>
        </table>
      </div>
    </div>
  `}function Ba(){let e=Re("alerts"),[t,l]=D([]);return X(()=>{pt("GET /alerts")&&pe("/alerts",{state:"firing"}).then(n=>l(n.items.filter(s=>(s.state??"firing")==="firing"))).catch(()=>l([]))},[e]),t.length===0?null:g`<div class="banner bad" role="alert">
    <strong>${t.length} alert${t.length>1?"s":""} firing:</strong>
    ${t.slice(0,4).map(n=>g`<a href="#/alerts" class="banner-item">${n.labels?.alertname??n.annotations?.summary??n.ruleId}${n.labels?.agent?` (${n.labels.agent})`:""}</a>`)}${t.length>4?g`
        and ${t.length-4} more
      `:null}
  </div>`}var td={"5m":{seconds:300,resolution:10},"1h":{seconds:3600,resolution:60},"24h":{seconds:86400,resolution:60}},$n={a:"var(--c1)",b:"var(--c2)",c:"var(--c3)",d:"var(--c4)"};function As(e,t){let l=e;for(let n of t.split("."))l=l&&typeof l=="object"?l[n]:null;return typeof l=="number"?l:null}function gl(e,t,l){let n=[...e].filter(s=>Date.parse(s.start)>=l).sort((s,o)=>Date.parse(s.start)-Date.parse(o.start));return[n.map(s=>Date.parse(s.start)/1e3),...t.map(s=>n.map(o=>typeof s=="string"?As(o,s):s(o)))]}var nd=e=>{let t=As(e,"opened");return t===null?null:t/e.seconds};function ld(e,t){let l=e.filter(i=>Date.parse(i.at)>=t),n=l.map(i=>Date.parse(i.at)/1e3),s=l.map(i=>i.sessions),o=l.map((i,c)=>{let u=l[c-1];if(!u)return null;let h=(Date.parse(i.at)-Date.parse(u.at))/1e3;return h>0?Math.max(0,(i.opened-u.opened)/h):null});return{xs:n,sessions:s,opens:o}}function Ga(){let e=le(ye),[t,l]=D("5m"),[n,s]=D([]),[o,i]=D(null),c=Re("tick"),u=e.fleet?.summary,{seconds:h,resolution:f}=td[t];X(()=>{let y=Math.ceil(h/f)+1;pe("/load/series",{scope:"fleet",resolution:f,limit:y}).then(S=>{s(S.items),i(null)}).catch(i)},[t,Math.floor(c/5)]);let $=Date.now()-h*1e3,_=[$/1e3,Date.now()/1e3],m=go(()=>ld(e.history,$),[e.history,t]),v=n.some(y=>As(y,"opened")!==null),A=n.some(y=>As(y,"relayLatencyMs.p50")!==null)?["relayLatencyMs.p50","relayLatencyMs.p99"]:["latencyP50Ms","latencyP99Ms"],E=u?.relayLatencyMs,k=u?.responseLatencyMs;return g`
    <div class="view">
      <${Ba} />
      <div class="view-head">
        <h1>Overview</h1>
        <div class="spacer"></div>
        <${ol} label="Time range" value=${t} onChange=${l}
          options=${[{value:"5m",label:"5 min"},{value:"1h",label:"1 h"},{value:"24h",label:"24 h"}]} />
      </div>
      <${be} error=${o} />
      <div class="stats">
          <${hn} label="Live sessions" value=${lt(u?.sessions.live)}
            hint=${`${lt(u?.connections)} attached`} />
          <${hn} label="Agents" value=${lt(u?.agents.total)}
            hint=${u?Object.entries(u.agents.byStatus).map(([y,S])=>`${S} ${y}`).join(" \xB7 "):""} />
          <${hn} label="Frames" value=${us(u?.framesPerSecond)} />
          <${hn} label="Traffic" value=${dn(u?.bytesPerSecond,"/s")} />
          <${hn} label="Error rate" value=${Pl(u?.errorRate)}
            tone=${(u?.errorRate??0)>.05?"bad":""} />
          <${hn} label="Relay p50 / p99"
            value=${`${Pn(E?.p50??u?.latencyP50Ms)} / ${Pn(E?.p99??u?.latencyP99Ms)}`} />
          ${k?g`<${hn} label="Response p50 / p99" value=${`${Pn(k.p50)} / ${Pn(k.p99)}`} />`:null}
        </div>
      <div class="charts">
        <${Jt} range=${_} title="Sessions" format=${y=>y.toFixed(0)}
          series=${[{label:"live sessions",color:$n.a}]}
          data=${[m.xs,m.sessions]}
          emptyText="samples start when this node's UI feed starts" />
        <${Jt} range=${_} title="Opens per second" format=${y=>us(y,"")}
          series=${[{label:"opens/s",color:$n.b}]}
          data=${v?gl(n,[nd],$):[m.xs,m.opens]} />
        <${Jt} range=${_} title="Frames per second" format=${y=>us(y,"")}
          series=${[{label:"frames/s",color:$n.c}]}
          data=${gl(n,["framesPerSecond"],$)} />
        <${Jt} range=${_} title="Bytes per second" format=${y=>dn(y)}
          series=${[{label:"bytes/s",color:$n.d}]}
          data=${gl(n,["bytesPerSecond"],$)} />
        <${Jt} range=${_} title="Error rate" format=${y=>Pl(y)}
          series=${[{label:"error rate",color:"var(--bad)"}]}
          data=${gl(n,["errorRate"],$)} />
        <${Jt} range=${_} title="Relay latency" format=${y=>Pn(y)}
          series=${[{label:"p50",color:$n.a},{label:"p99",color:$n.b}]}
          data=${gl(n,A,$)}
          emptyText="no relay latency measured in this range" />
        <${Jt} range=${_} title="Response latency" format=${y=>Pn(y)}
          series=${[{label:"p50",color:$n.c},{label:"p99",color:$n.d}]}
          data=${gl(n,["responseLatencyMs.p50","responseLatencyMs.p99"],$)}
          emptyText="no response latency measured in this range" />
      </div>
      <${K} title="Cluster">
        <${Ts} />
        </${K}>
        </div>
  `}function sd(e){if(e.length<2)return 0;let t=e.reduce((n,s)=>n+s,0)/e.length;if(t===0)return 0;let l=e.reduce((n,s)=>n+(s-t)**2,0)/e.length;return Math.sqrt(l)/t}function od(e){let t=new Map;for(let l of e)if(l.status!=="deregistered")for(let n of l.capabilities)t.set(n,[...t.get(n)??[],l]);return[...t.entries()].sort(([l],[n])=>l.localeCompare(n))}function Ya(){let t=le(ye).fleet?.agents??[],l=od(t),n=Math.max(1,...t.map(s=>s.currentSessions));return g`<div class="view">
    <div class="view-head"><h1>Connection distribution</h1></div>
    ${l.length===0?g`<${Q}>No agents registered.</${Q}>`:null}
    <div class="dist-grid">
    ${l.map(([s,o])=>{let i=o.map(f=>f.currentSessions),c=i.reduce((f,$)=>f+$,0),u=sd(i),h=u>.5?"bad":u>.25?"warn":"good";return g`
        <${K} title=${s}
          actions=${g`
            <span class=${`badge t-${h}`}
              title="standard deviation over mean of sessions per agent">
                      ${c} sessions · imbalance ${(u*100).toFixed(0)}%</span>
          `}>
          <ul class="bars" aria-label=${`sessions per agent for ${s}`}>
                ${[...o].sort((f,$)=>$.currentSessions-f.currentSessions).map(f=>g`
                    <li class="bar-row">
                      <a class="bar-name" href=${`#/agents/${encodeURIComponent(f.id)}`}>${f.name}</a>
                      <span class="bar-track" role="meter" aria-valuemin="0" aria-valuemax=${n}
                        aria-valuenow=${f.currentSessions} aria-label=${`${f.name} sessions`}>
                                  <span class=${`bar-fill s-${f.status}`} style=${{width:`${f.currentSessions/n*100}%`}}></span></span>
                      <span class="bar-value">${f.currentSessions}</span>
                      <${Tt} status=${f.status} maintenance=${f.maintenance} />
                    </li>
                  `)}
                </ul>
          </${K}>
      `})}
    </div>
    <${K} title="Per node"><${Ts} /></${K}>
  </div>`}var $l=(e,t="")=>`/agents/${encodeURIComponent(e.id)}${t}`;function Ul({agent:e,ask:t,compact:l}){if(e.status==="deregistered")return null;let n=g`<strong>${e.name}</strong>`,s=[e.draining?g`<button type="button" onClick=${()=>t({title:`Undrain ${e.name}?`,body:g`<p>${n} takes new sessions again.</p>`,confirmLabel:"Undrain",run:()=>me("POST",$l(e,"/undrain"),{})})}>Undrain</button>`:g`<button type="button" onClick=${()=>t({title:`Drain ${e.name}?`,body:g`<p>${n} takes no new sessions; its ${e.currentSessions} sessions stay
            until they end.</p>`,confirmLabel:"Drain",run:()=>me("POST",$l(e,"/drain"),{})})}>Drain</button>`,g`<button type="button" onClick=${()=>t({title:`${e.maintenance?"End":"Start"} maintenance on ${e.name}?`,body:g`<p>${e.maintenance?"It takes new sessions again.":"It is drained and marked as in maintenance."}</p>`,confirmLabel:e.maintenance?"End maintenance":"Start maintenance",run:()=>me("POST",$l(e,"/maintenance"),{on:!e.maintenance})})}>${e.maintenance?"End maint.":"Maintenance"}</button>`,g`<button type="button" onClick=${()=>t({title:`Weight of ${e.name}`,body:g`<p>Weighted strategies send it sessions in proportion (0–1000).</p>`,confirmLabel:"Set weight",input:{label:"Weight",value:String(e.weight??1),type:"number"},run:o=>me("POST",$l(e,"/weight"),{weight:Number(o)})})}>Weight</button>`,g`<button type="button" class="warn" onClick=${()=>t({title:`Eject ${e.name}?`,body:g`<p>${n} is marked unhealthy at once and its sessions move to other agents.
          Its heartbeats bring it back.</p>`,confirmLabel:"Eject",danger:!0,run:()=>me("POST",$l(e,"/eject"),{})})}>Eject</button>`,g`<button type="button" class="danger" onClick=${()=>t({title:`Deregister ${e.name}?`,body:g`<p>${n} leaves the registry; its sessions move to other agents.</p>`,confirmLabel:"Deregister",danger:!0,run:()=>me("DELETE",$l(e))})}>Deregister</button>`];return g`
    <div class=${`actions ${l?"compact":""}`} role="group"
      aria-label=${`actions for ${e.name}`}>${s}</div>
  `}var rd=["","healthy","suspect","unhealthy","draining","deregistered"];function id(e,t,l){if(l?e.status!==l:e.status==="deregistered")return!1;if(!t)return!0;let n=t.toLowerCase();return[e.name,e.id,e.version??"",e.host,...e.capabilities].some(s=>s.toLowerCase().includes(n))}function Ja(){let e=le(ye),t=le(ve),[l,n]=D(""),[s,o]=D(""),[i,c]=D(null),u=(e.fleet?.agents??[]).filter(f=>id(f,l,s)).sort((f,$)=>f.name.localeCompare($.name)),h=We(t);return g`<div class="view">
    <div class="view-head"><h1>Agents</h1><div class="spacer"></div>
      <label class="field inline">Filter
        <input type="search" placeholder="name, id, capability, version" value=${l}
          onInput=${f=>n(f.target.value)} /></label>
      <label class="field inline">Status
        <select value=${s} onChange=${f=>o(f.target.value)}>
          ${rd.map(f=>g`<option value=${f}>${f||"all but deregistered"}</option>`)}
        </select></label>
    </div>
    <div class="table-wrap">
    <table class="table" aria-label="agents">
      <thead><tr><th scope="col">Agent</th><th scope="col">Status</th><th scope="col">Capabilities</th>
        <th scope="col">Version</th><th scope="col" class="num">Weight</th><th scope="col" class="num">Sessions</th>
        <th scope="col" class="hide-narrow">Load</th><th scope="col">Heartbeat</th>
        ${h?g`<th scope="col">Actions</th>`:null}</tr></thead>
      <tbody>${u.map(f=>g`<tr data-agent=${f.id}>
        <td><a href=${`#/agents/${encodeURIComponent(f.id)}`} onClick=${$=>{$.preventDefault(),cs(`agents/${encodeURIComponent(f.id)}`)}}>${f.name}</a> <${pn} id=${f.id} iconOnly=${f.id===f.name} /></td>
        <td><${Tt} status=${f.status} maintenance=${f.maintenance} /></td>
        <td>${f.capabilities.map($=>g`<span class="tag">${$}</span>`)}</td>
        <td>${f.version??"\u2014"}</td>
        <td class="num">${f.weight??1}</td>
        <td class="num">${f.currentSessions}${f.maxSessions?g`<span class="muted">/${f.maxSessions}</span>`:null}</td>
        <td class="hide-narrow">${f.load.cpu!==void 0?`cpu ${f.load.cpu.toFixed(0)}%`:"\u2014"}${f.load.latencyMs!==void 0?` \xB7 ${f.load.latencyMs.toFixed(0)} ms`:""}</td>
        <td><${_e} at=${f.lastHeartbeatAt} /></td>
        ${h?g`
            <td>
              <div class="wide-only">
                <${Ul} agent=${f} ask=${c} compact />
              </div>
              <details class="menu narrow-only">
                <summary>Actions</summary>
                <${Ul} agent=${f} ask=${c} />
              </details>
            </td>
          `:null}
      </tr>`)}</tbody>
    </table>
    </div>
    ${u.length===0?g`<${Q}>No agent matches.</${Q}>`:null}
    <${At} request=${i} onClose=${()=>c(null)} />
  </div>`}function Ms({sessions:e}){let l=le(ye).fleet?.agents;return e.length===0?g`<${Q}>No sessions.</${Q}>`:g`
    <div class="table-wrap">
      <table class="table" aria-label="sessions">
        <thead>
          <tr>
            <th scope="col">Session</th>
            <th scope="col">Status</th>
            <th scope="col">Capability</th>
            <th scope="col">Agent</th>
            <th scope="col" class="hide-narrow">Client</th>
            <th scope="col">Opened</th>
            <th scope="col" class="num">Frames in/out</th>
            <th scope="col" class="num hide-narrow">Bytes</th>
          </tr>
        </thead>
        <tbody>${e.map(n=>g`
            <tr data-session=${n.id}>
              <td>
                <${pn} id=${n.id} href=${`#/sessions/${encodeURIComponent(n.id)}`} />
              </td>
              <td>
                <${Tt} status=${n.status} />
              </td>
              <td>${n.capability??n.agentType??"\u2014"}</td>
              <td>${n.agentId?g`<a href=${`#/agents/${encodeURIComponent(n.agentId)}`}>${fn(l,n.agentId)}</a>`:"\u2014"}</td>
              <td class="hide-narrow">${n.clientId}</td>
              <td>
                <${_e} at=${n.openedAt} />
              </td>
              <td class="num">${lt(n.traffic.framesIn)} / ${lt(n.traffic.framesOut)}</td>
              <td class="num hide-narrow">${dn(n.traffic.bytesIn+n.traffic.bytesOut)}</td>
            </tr>
          `)}</tbody>
      </table>
    </div>
  `}var ad=["agent.registered","agent.updated","agent.healthChanged","agent.drained","agent.undrained","agent.maintenanceChanged","agent.weightChanged","agent.deregistered"];function cd(e){let t=e.data;switch(e.type){case"agent.healthChanged":return`${t.from} \u2192 ${t.to}${t.reason?`: ${t.reason}`:""}`;case"agent.drained":return`drained${t.deadline?` until ${t.deadline}`:""}`;case"agent.maintenanceChanged":return t.on?"maintenance on":"maintenance off";case"agent.undrained":return"undrained";case"agent.weightChanged":return`weight ${t.previous} \u2192 ${t.weight}`;case"agent.updated":return`updated (version ${t.previousVersion} \u2192 ${t.version})`;case"agent.registered":return`registered, version ${t.version}`;case"agent.deregistered":return`deregistered: ${t.reason}`;default:return e.type}}function Ka({id:e}){let t=le(ve),l=Re("agents","sessions"),[n,s]=D(null),[o,i]=D([]),[c,u]=D(null),[h,f]=D(null),[$,_]=D(null);return X(()=>{pe(`/agents/${encodeURIComponent(e)}`).then(s).catch(f),pe("/sessions",{agentId:e,limit:50}).then(m=>i(m.items)).catch(f),Dn(t)&&Mn("/events",{stream:`agent-${e}`,type:ad.join(","),limit:200}).then(m=>u(m.reverse())).catch(()=>u(null))},[e,l]),h?g`
      <div class="view">
        <${be} error=${h} />
      </div>
    `:n?g`
    <div class="view">
      <nav class="crumbs" aria-label="breadcrumb"><a href="#/agents">Agents</a> / ${n.name}</nav>
      <div class="view-head"><h1>${n.name}</h1>
          <${Tt} status=${n.status} maintenance=${n.maintenance} />
          <div class="spacer"></div>
          ${We(t)?g`<${Ul} agent=${n} ask=${_} />`:null}
        </div>
      <div class="detail-grid">
        <${K} title="Agent">
          <dl class="props">
            <dt>id</dt>
            <dd>
              <${pn} id=${n.id} />
            </dd>
            <dt>address</dt>
            <dd><code>${n.host}:${n.port}${n.path??"/"}</code></dd>
            <dt>type</dt>
            <dd>${n.agentType}</dd>
            <dt>capabilities</dt>
            <dd>${n.capabilities.map(m=>g`<span class="tag">${m}</span>`)}</dd>
            <dt>version</dt>
            <dd>${n.version??"\u2014"}</dd>
            <dt>weight</dt>
            <dd>${n.weight??1}</dd>
            <dt>sessions</dt>
            <dd>${n.currentSessions}${n.maxSessions?` of ${n.maxSessions}`:""}</dd>
            <dt>health</dt>
            <dd>${n.health}${n.ejectedUntil?g`
                (held out until <${_e} at=${n.ejectedUntil} />)
              `:null}</dd>
            <dt>last heartbeat</dt>
            <dd>
              <${_e} at=${n.lastHeartbeatAt} />
            </dd>
            <dt>registered</dt>
            <dd>
              <${_e} at=${n.registeredAt} />
            </dd>
            <dt>load</dt>
            <dd>${Object.entries(n.load).map(([m,v])=>`${m} ${v}`).join(" \xB7 ")||"\u2014"}</dd>
          </dl>
          </${K}>
          <${K} title="Versions">
            <table class="table compact">
              <thead>
                <tr>
                  <th scope="col">version</th>
                  <th scope="col">from</th>
                  <th scope="col">when</th>
                </tr>
              </thead>
              <tbody>${n.versions.map(m=>g`
                  <tr>
                    <td>${m.version}</td>
                    <td>${m.previousVersion??"\u2014"}</td>
                    <td>
                      <${_e} at=${m.at} />
                    </td>
                  </tr>
                `)}</tbody>
            </table>
            </${K}>
            <${K} title="Health history">
            ${c===null?g`<${Q}>The history comes from the event log, which needs the auditor or admin role.</${Q}>`:g`<ol class="timeline">${c.map(m=>g`<li><${_e} at=${m.data.at} /> <span>${cd(m)}</span></li>`)}</ol>`}
          </${K}>
        </div>
        <${K} title="Sessions on this agent">
          <${Ms} sessions=${o} />
        </${K}>
        <${At} request=${$} onClose=${()=>_(null)} />
      </div>
  `:g`
      <div class="view">
        <p class="loading">Loading…</p>
      </div>
    `}var ud=["","opening","active","detached","closed"],fd=25;function qa(){let e=le(ye),t=Re("sessions"),[l,n]=D(""),[s,o]=D(""),[i,c]=D(""),[u,h]=D(""),[f,$]=D([void 0]),[_,m]=D(null),[v,A]=D(null),E=f.at(-1);X(()=>{pe("/sessions",{status:l,agentId:s,limit:fd,cursor:E}).then(M=>{m(M),A(null)}).catch(A)},[l,s,E,t]);let k=M=>Y=>{M(Y),$([void 0])},y=(_?.items??[]).filter(M=>(!i||(M.capability??M.agentType??"").includes(i))&&(!u||M.clientId.includes(u))),S=(e.fleet?.agents??[]).filter(M=>M.status!=="deregistered"),x=[...new Set(S.flatMap(M=>M.capabilities))].sort(),V=M=>M.target.value;return g`
    <div class="view">
      <div class="view-head">
        <h1>Sessions</h1>
      </div>
      <div class="filters" role="search">
        <label class="field inline">Status <select value=${l}
            onChange=${M=>k(n)(V(M))}>
            ${ud.map(M=>g`<option value=${M}>${M||"any"}</option>`)}</select></label>
        <label class="field inline">Agent <select value=${s}
            onChange=${M=>k(o)(V(M))}>
            <option value="">any</option>
            ${S.map(M=>g`<option value=${M.id}>${M.name}</option>`)}</select></label>
        <label class="field inline">Capability <select value=${i}
            onChange=${M=>c(V(M))}>
            <option value="">any</option>
            ${x.map(M=>g`<option value=${M}>${M}</option>`)}</select></label>
        <label
          class="field inline">Client <input type="search" value=${u} placeholder="client id"
            onInput=${M=>h(V(M))} /></label>
      </div>
      <${be} error=${v} />
      <${Ms} sessions=${y} />
      <div class="pager" role="navigation" aria-label="pages">
        <button type="button" disabled=${f.length<=1}
          onClick=${()=>$(f.slice(0,-1))}>← Newer</button>
        <span class="muted">page ${f.length}</span>
        <button type="button" disabled=${!_?.nextCursor}
          onClick=${()=>$([...f,Number(_.nextCursor)])}>Older →</button>
      </div>
    </div>
  `}function Za({id:e}){let t=le(ve),l=le(ye),n=Re("sessions"),[s,o]=D(null),[i,c]=D(null),[u,h]=D(null),[f,$]=D(null);if(X(()=>{pe(`/sessions/${encodeURIComponent(e)}`).then(o).catch(h),Dn(t)&&Mn("/events",{stream:`session-${e}`,limit:500}).then(c).catch(()=>c(null))},[e,n]),u)return g`
      <div class="view">
        <${be} error=${u} />
      </div>
    `;if(!s)return g`
      <div class="view">
        <p class="loading">Loading…</p>
      </div>
    `;let _=l.fleet?.agents,m=[...i??[]].reverse().find(k=>k.type==="session.routed"||k.type==="session.rebound"),v=m?.data.decision,A=m?.data.agentId,E=()=>$({title:"Close this session?",body:g`<p>The client's socket is closed by the edge holding it.</p>`,confirmLabel:"Close session",danger:!0,run:()=>me("DELETE",`/sessions/${encodeURIComponent(e)}`)});return g`
    <div class="view">
      <nav class="crumbs" aria-label="breadcrumb"><a href="#/sessions">Sessions</a> / ${e.slice(0,8)}</nav>
      <div
        class="view-head"><h1>Session <${pn} id=${s.id} /></h1><${Tt} status=${s.status} />
          <div class="spacer"></div>
          ${We(t)&&s.status!=="closed"?g`<button type="button" class="danger" onClick=${E}>Close session</button>`:null}
        </div>
      <div class="detail-grid">
        <${K} title="Session">
          <dl class="props">
              <dt>capability</dt><dd>${s.capability??s.agentType??"\u2014"}</dd>
              <dt>agent</dt><dd>${s.agentId?g`<a href=${`#/agents/${encodeURIComponent(s.agentId)}`}>${fn(_,s.agentId)}</a>`:"\u2014"}</dd>
              <dt>client</dt><dd>${s.clientId}</dd>
              <dt>edge</dt><dd>${s.edgeId??"\u2014"}</dd>
              <dt>opened</dt><dd><${_e} at=${s.openedAt} /></dd>
              <dt>last event</dt><dd><${_e} at=${s.lastEventAt} /></dd>
              ${s.closedAt?g`
                  <dt>closed</dt>
                  <dd><${_e} at=${s.closedAt} /> ${s.closeReason??""} ${s.closeCode??""}</dd>
                `:null}
              <dt>strategy</dt><dd>${s.strategy??"\u2014"}</dd>
              <dt>rebinds / resumes / detaches</dt><dd>${s.rebinds} / ${s.resumes} / ${s.detaches}</dd>
              <dt>frames in / out</dt><dd>${lt(s.traffic.framesIn)} / ${lt(s.traffic.framesOut)}</dd>
              <dt>bytes in / out</dt><dd>${dn(s.traffic.bytesIn)} / ${dn(s.traffic.bytesOut)}</dd>
              <dt>errors</dt><dd>${lt(s.traffic.errors)}</dd>
            </dl>
          </${K}>
          <${K} title="Routing decision">
            ${v?g`
                <p>${"Strategy "}<strong>${v.strategy}</strong>${" chose "}<strong>${fn(_,A)}</strong>${` of ${v.candidates.length} candidates.`}</p>
                <table class="table compact" aria-label="candidates">
                  <thead>
                    <tr>
                      <th scope="col">candidate</th>
                      <th scope="col" class="num">score</th>
                    </tr>
                  </thead>
                  <tbody>
                            ${[...v.candidates].sort((k,y)=>y.score-k.score).map(k=>g`
                                <tr class=${k.agentId===A?"chosen":""}>
                                  <td>${fn(_,k.agentId)}
                                              ${k.agentId===A?g`<span class="tag">chosen</span>`:null}</td>
                                  <td class="num">${k.score.toFixed(3)}</td>
                                </tr>
                              `)}</tbody>
                </table>
              `:g`<${Q}>${i===null?"The decision is read from the event log, which needs the auditor or admin role.":"Not routed yet."}</${Q}>`}
          </${K}>
        </div>
        <${K} title="Event history">
          ${i===null?g`<${Q}>Needs the auditor or admin role.</${Q}>`:g`<ol class="timeline">${i.map(k=>g`<li><span class="pos">#${k.position}</span> <${_e} at=${k.recordedAt} />
          <code>${k.type}</code> <span class="muted">${dd(k)}</span></li>`)}</ol>`}
        </${K}>
        <${At} request=${f} onClose=${()=>$(null)} />
      </div>
  `}function dd(e){let t=e.data;return e.type==="session.closed"?`${t.reason??""} ${t.code??""}`:e.type==="session.trafficReported"?`frames ${t.framesIn??""}/${t.framesOut??""}`:e.type==="session.rebound"?`\u2192 ${t.agentId} (${t.reason??""})`:e.type==="session.routed"?`\u2192 ${t.agentId}`:""}var pd={"round-robin":"each healthy agent in turn","weighted-round-robin":"in turn, in proportion to each agent's weight","least-connections":"the agent with the fewest live sessions","consistent-hash":"the same client to the same agent while the fleet stays",capability:"the best match for the requested capability"};function hd({capability:e,policy:t,strategies:l,editable:n,ask:s}){let[o,i]=D(t);X(()=>i(t),[JSON.stringify(t)]);let c=JSON.stringify(o)!==JSON.stringify(t),u=k=>i({...o,...k}),h=k=>`routing-${e}-${k}`,[f,$]=D(null),[_,m]=D(null),v=()=>{let k={strategy:o.strategy,sticky:o.sticky,failover:o.failover,retryAfterSeconds:o.retryAfterSeconds};return o.fallbackCapability&&(k.fallbackCapability=o.fallbackCapability),k},A=async()=>{m(null);try{$(await me("POST","/routing/dry-run",{capability:e,policy:v(),limit:100}))}catch(k){$(null),m(k)}};return g`<form class="policy" onSubmit=${k=>{k.preventDefault(),s({title:`Change routing of ${e}?`,body:g`<p>New sessions for <strong>${e}</strong> are routed by
        <strong>${o.strategy}</strong>${o.sticky?", sticky":""}${o.failover?", with failover":""}.</p>`,confirmLabel:"Apply",run:()=>me("PUT","/routing",{capability:e,policy:v()})})}} aria-label=${`routing policy for ${e}`}>
    <h3>${e}</h3>
    <label class="field" for=${h("strategy")}>Strategy
      <select id=${h("strategy")} name="strategy" disabled=${!n} value=${o.strategy}
        onChange=${k=>u({strategy:k.target.value})}>
        ${l.map(k=>g`<option value=${k}>${k}</option>`)}
      </select></label>
    <p class="hint">${pd[o.strategy]??"a plugged-in strategy"}</p>
    <label class="check"><input type="checkbox" checked=${o.sticky} disabled=${!n}
      onChange=${k=>u({sticky:k.target.checked})} /> sticky sessions</label>
    <label class="check"><input type="checkbox" checked=${o.failover} disabled=${!n}
      onChange=${k=>u({failover:k.target.checked})} /> failover</label>
    <label class="field">Fallback capability
      <input value=${o.fallbackCapability??""} disabled=${!n} placeholder="none"
        onInput=${k=>u({fallbackCapability:k.target.value||void 0})} /></label>
    <label class="field">Retry after (s)
      <input type="number" min="1" max="3600" value=${o.retryAfterSeconds} disabled=${!n}
        onInput=${k=>u({retryAfterSeconds:Number(k.target.value)})} /></label>
    ${n?g`<div class="row end">
        ${pt("POST /routing/dry-run")?g`
            <button type="button" onClick=${A}
              title="replay the last 100 sessions of this capability under this policy">Dry run</button>
          `:null}
        <button type="button" disabled=${!c} onClick=${()=>i(t)}>Reset</button>
        <button type="submit" class="primary" disabled=${!c}>Save</button></div>`:null}
  <${be} error=${_} />
  ${f?g`<${md} trial=${f} />`:null}
  </form>`}function md({trial:e}){let t=le(ye).fleet?.agents,l=[...new Set([...Object.keys(e.summary.before),...Object.keys(e.summary.after)])].sort();return g`
    <div class="trial" aria-label="dry run result">
      <p class="hint">Of the last ${e.sessions} sessions, ${e.summary.changed} would have gone
          elsewhere, ${e.summary.unroutable} nowhere; ${e.summary.unchanged} the same.</p>
      <table class="table compact">
        <thead>
          <tr>
            <th scope="col">agent</th>
            <th scope="col" class="num">as routed</th>
            <th scope="col" class="num">under this policy</th>
          </tr>
        </thead>
        <tbody>${l.map(n=>g`
            <tr>
              <td>${fn(t,n)}</td>
              <td class="num">${e.summary.before[n]??0}</td>
              <td class="num">${e.summary.after[n]??0}</td>
            </tr>
          `)}</tbody>
      </table>
    </div>
  `}function Qa(){let e=le(ve),t=Re("routing","agents"),[l,n]=D(null),[s,o]=D(null),[i,c]=D(null);X(()=>{pe("/routing").then(n).catch(o)},[t]);let u=We(e);return g`<div class="view">
    <div class="view-head"><h1>Routing</h1></div>
    <${be} error=${s} />
    ${l&&l.items.length===0?g`<${Q}>No capability is known yet.</${Q}>`:null}
    <div class="policies">
      ${l?.items.map(h=>g`
        <${K}>
          <${hd} capability=${h.capability} policy=${h.policy}
            strategies=${l.strategies} editable=${u} ask=${c} />
          </${K}>
      `)}
    </div>
    <${At} request=${i} onClose=${()=>c(null)} />
  </div>`}function Xa(e,t){let l=e.split(`
`),n=t.split(`
`),s=l.length,o=n.length,i=Array.from({length:s+1},()=>new Array(o+1).fill(0));for(let f=s-1;f>=0;f--)for(let $=o-1;$>=0;$--)i[f][$]=l[f]===n[$]?i[f+1][$+1]+1:Math.max(i[f+1][$],i[f][$+1]);let c=[],u=0,h=0;for(;u<s&&h<o;)l[u]===n[h]?(c.push({kind:"same",text:l[u]}),u++,h++):i[u+1][h]>=i[u][h+1]?c.push({kind:"del",text:l[u++]}):c.push({kind:"add",text:n[h++]});for(;u<s;)c.push({kind:"del",text:l[u++]});for(;h<o;)c.push({kind:"add",text:n[h++]});return c}var Ds=e=>JSON.stringify(e,null,2);function gd(e){return/body\.config\.([\w.[\]]+)/.exec(e)?.[1]}function ec({before:e,after:t}){let l=Xa(Ds(e),Ds(t));if(l.filter(o=>o.kind!=="same").length===0)return g`<${Q}>No difference.</${Q}>`;let s=l.map((o,i)=>l.slice(Math.max(0,i-2),i+3).some(c=>c.kind!=="same"));return g`<pre class="diff" aria-label="differences">${l.map((o,i)=>s[i]?g`<div class=${`d-${o.kind}`}>${o.kind==="add"?"+ ":o.kind==="del"?"- ":"  "}${o.text}</div>`:null)}</pre>`}function tc(){let e=le(ve),t=Re("config"),[l,n]=D(null),[s,o]=D(""),[i,c]=D(!1),[u,h]=D(null),[f,$]=D([]),[_,m]=D(null),[v,A]=D(null),[E,k]=D(null),[y,S]=D(null),x=ii(e);X(()=>{pe("/config").then(C=>{n(C),i||o(Ds(C.config))}).catch(k),pe("/config/history",{limit:100}).then(C=>{$(C.items),C.items.length>=2&&_===null&&(m(C.items[1].version),A(C.items[0].version))}).catch(k)},[t]);let V=C=>{o(C),c(!0);try{JSON.parse(C),h(null)}catch(H){h(`not JSON: ${H.message}`)}},M=async C=>{try{await me("PUT","/config",{config:C,expectedVersion:l?.version}),c(!1),h(null)}catch(H){throw H instanceof un&&H.status===400&&h(H.message),H}},Y=async C=>{C.preventDefault();let H;try{H=JSON.parse(s)}catch(R){h(`not JSON: ${R.message}`);return}try{await M(H)}catch(R){R instanceof un&&R.status===400||k(R)}},G=C=>S({title:`Roll back to version ${C.version}?`,body:g`
        <p>Version ${C.version}'s settings become version ${(l?.version??0)+1}.</p>
        <${ec} before=${l?.config} after=${C.config} />
      `,confirmLabel:"Roll back",run:()=>M(C.config)}),ee=u?gd(u):void 0,U=C=>f.find(H=>H.version===C);return g`
    <div class="view">
      <div class="view-head"><h1>Configuration</h1>
          <span class="muted">version ${l?.version??"\u2026"}</span></div>
      <${be} error=${E} />
      <div class="config-grid">
        <${K} title="Editor">
          <form onSubmit=${Y}>
              <label class="field" for="config-text">Runtime config (JSON)${x?"":" \u2014 read-only: admins change it"}</label>
              <textarea id="config-text" class=${`code ${u?"invalid":""}`} spellcheck="false"
                rows="24" readonly=${!x} aria-invalid=${u?"true":"false"}
                aria-describedby="config-problem"
                onInput=${C=>V(C.target.value)}
                value=${s}></textarea>
              <p id="config-problem" class=${u?"error":"hint"} role=${u?"alert":void 0}>
                ${u?g`${ee?g`
                        <strong>${ee}</strong>:
                      `:null}${u}`:"Unknown fields and bad values are refused with the field named."}</p>
              ${x?g`
                  <div class="row end">
                    <button type="button" disabled=${!i} onClick=${()=>{o(Ds(l?.config)),c(!1),h(null)}}>Discard</button>
                    <button type="submit" class="primary" disabled=${!i||!!u?.startsWith("not JSON")}>Save</button>
                  </div>
                `:null}
            </form>
          </${K}>
          <${K} title="History">
            <table class="table compact" aria-label="config versions"><thead><tr><th scope="col">version</th>
              <th scope="col">when</th><th scope="col">by</th><th scope="col">compare</th>${x?g`<th scope="col"></th>`:null}</tr></thead>
              <tbody>${f.map(C=>g`<tr><td>${C.version}${C.version===l?.version?g`
                      <span class="tag">current</span>
                    `:null}</td>
            <td><${_e} at=${C.at} /></td><td>${C.by?sl(C.by):"\u2014"}</td>
            <td><label class="check"><input type="radio" name="left" checked=${_===C.version}
              onChange=${()=>m(C.version)} aria-label=${`compare from version ${C.version}`} />from</label>
              <label class="check"><input type="radio" name="right" checked=${v===C.version}
              onChange=${()=>A(C.version)} aria-label=${`compare to version ${C.version}`} />to</label></td>
            ${x?g`<td>${C.version!==l?.version?g`<button type="button" onClick=${()=>G(C)}>Roll back</button>`:null}</td>`:null}</tr>`)}</tbody></table>
            ${f.length===0?g`<${Q}>The defaults are in force: no change yet.</${Q}>`:null}
            ${U(_)&&U(v)?g`
                <h3>Version ${_} → ${v}</h3>
                <${ec} before=${U(_).config} after=${U(v).config} />
              `:null}
          </${K}>
        </div>
        <${At} request=${y} onClose=${()=>S(null)} />
      </div>
  `}var nc=50,$d=["agent.registered","agent.healthChanged","agent.drained","agent.undrained","agent.maintenanceChanged","agent.deregistered","agent.weightChanged","session.opened","session.routed","session.rebound","session.closed","routing.policyChanged","config.changed"];function _d({e,onStream:t}){let[l,n]=D(!1);return g`<li class="event"><div class="event-line">
    <button type="button" class="event-head" aria-expanded=${l} onClick=${()=>n(!l)}>
      <span class="pos">#${e.position}</span> <code>${e.type}</code></button>
    <button type="button" class="link muted" title="only this stream"
      onClick=${()=>t(e.streamId)}>${e.streamId}</button>
    <span class="spacer"></span>
      ${e.metadata.principal?g`<span class="muted">by ${sl(e.metadata.principal.sub)}</span>`:null}
      <${_e} at=${e.recordedAt} />
    </div>
    ${l?g`<pre class="code">${JSON.stringify(e,null,2)}</pre>`:null}
  </li>`}function bd({head:e}){let[t,l]=D(null),[n,s]=D(null),[o,i]=D(null),[c,u]=D(null),[h,f]=D(null),$=t??e;return X(()=>{if($<1)return;let _=setTimeout(()=>{pe("/agents",{at:$,limit:1e3}).then(m=>{s(m.items),i(m.at),f(null)}).catch(f),Mn("/events",{from:$,limit:1}).then(m=>u(m[0]??null)).catch(()=>u(null))},250);return()=>clearTimeout(_)},[$]),g`<${K} title="Time travel">
    <label class="field" for="travel"><span>Registry as of log position <strong>${$}</strong>${c?g`${" ("}<code>${c.type}</code>${" "}<${_e} at=${c.recordedAt} />)`:null}${` of ${e}`}</span></label>
    <input id="travel" type="range" min="1" max=${Math.max(1,e)} value=${$}
      aria-valuetext=${`position ${$}`}
      onInput=${_=>l(Number(_.target.value))} />
    <div class="row">
      <button type="button" onClick=${()=>l(Math.max(1,$-1))}>◀ one event</button>
      <button type="button" onClick=${()=>l(Math.min(e,$+1))}>one event ▶</button>
      <button type="button" onClick=${()=>l(null)}>Now</button>
    </div>
    <${be} error=${h} />
    ${n?g`
        <table class="table compact" aria-label="registry as of the position" data-at=${o}>
          <thead>
            <tr>
              <th scope="col">agent</th>
              <th scope="col">status</th>
              <th scope="col" class="num">weight</th>
              <th scope="col" class="num">sessions</th>
            </tr>
          </thead>
          <tbody>${n.map(_=>g`
              <tr data-agent=${_.id}>
                <td>${_.name}</td>
                <td>
                  <${Tt} status=${_.status} maintenance=${_.maintenance} />
                </td>
                <td class="num">${_.weight??1}</td>
                <td class="num">${_.currentSessions}</td>
              </tr>
            `)}</tbody>
        </table>
                ${n.length===0?g`<${Q}>No agent was registered yet at this position.</${Q}>`:null}
      `:null}
  </${K}>`}function lc(){let e=le(ve),t=le(ye),[l,n]=D(""),[s,o]=D(""),[i,c]=D([1]),[u,h]=D([]),[f,$]=D(null),_=Math.max(0,...Object.values(t.fleet?.summary.positions??{})),m=i.at(-1);if(X(()=>{Dn(e)&&Mn("/events",{from:m,limit:nc,stream:l,type:s}).then(E=>{h(E),$(null)}).catch($)},[m,l,s]),!Dn(e))return g`
      <div class="view">
        <h1>Log</h1>
        <${Q}>The event log is for the auditor and admin roles.</${Q}></div>
    `;let v=E=>E.target.value,A=E=>k=>{E(v(k).trim()),c([1])};return g`
    <div class="view">
      <div class="view-head"><h1>Log</h1><span class="muted">${_} events</span></div>
      <${bd} head=${_} />
      <${K} title="Events">
          <div class="filters" role="search">
            <label class="field inline">Stream <input type="search" placeholder="agent-…, session-…"
              value=${l} onChange=${A(n)} /></label>
            <label class="field inline">Type <input type="search" list="event-types" placeholder="any"
              value=${s} onChange=${A(o)} /></label>
            <datalist id="event-types">${$d.map(E=>g`<option value=${E} />`)}</datalist>
            <label class="field inline">From position <input type="number" min="1" value=${m}
              onChange=${E=>c([Math.max(1,Number(v(E))||1)])} /></label>
          </div>
          <${be} error=${f} />
          <ol class="events" aria-label="events">${u.map(E=>g`<${_d} e=${E} onStream=${k=>{n(k),c([1])}} />`)}</ol>
          ${u.length===0?g`<${Q}>No events match.</${Q}>`:null}
          <div class="pager" role="navigation" aria-label="pages">
            <button type="button" disabled=${i.length<=1}
              onClick=${()=>c(i.slice(0,-1))}>← Earlier</button>
            <button type="button" disabled=${u.length<nc}
              onClick=${()=>c([...i,u.at(-1).position+1])}>Later →</button>
          </div>
        </${K}>
      </div>
  `}var sc=["error_rate","relay_p99_ms","response_p99_ms","unhealthy_agents","agent_unhealthy","sessions","sessions_per_agent","failovers_per_s","open_refusals_per_s","projection_lag_ms"],oc=[">",">=","<","<=","==","!="],rc=["info","warning","critical"];var vd={name:"",metric:"agent_unhealthy",op:">",threshold:0,forSeconds:0,severity:"warning"};function yd(e){let t=e.split(",").map(l=>l.trim()).filter(Boolean).map(l=>{let n=l.indexOf("=");return n>0?[l.slice(0,n).trim(),l.slice(n+1).trim()]:[l,""]});return t.length>0?Object.fromEntries(t):void 0}var ic=e=>Object.entries(e??{}).map(([t,l])=>`${t}=${l}`).join(", ");function wd(e){let t=Date.parse(e.from),l=Date.parse(e.to),n=Math.max(1,e.stepSeconds)*1e3,s=[],o=[],i=[],c=e.intervals.map(u=>({active:Date.parse(u.activeAt),fired:Date.parse(u.firedAt),resolved:u.resolvedAt?Date.parse(u.resolvedAt):1/0}));for(let u=t;u<=l;u+=n)s.push(u/1e3),o.push(c.filter(h=>h.fired<=u&&u<h.resolved).length),i.push(c.filter(h=>h.active<=u&&u<h.fired).length);return[s,o,i]}function Sd({rule:e,channels:t,onDone:l,ask:n}){let[s,o]=D(e),[i,c]=D(ic(e.selector)),[u,h]=D("3600"),[f,$]=D(null),[_,m]=D(null),v=S=>o({...s,...S}),A=()=>{let{id:S,...x}=s,V=yd(i);return{...x,...V?{selector:V}:{selector:void 0}}},E=async()=>{m(null);try{$(await me("POST","/alert-rules/dry-run",{rule:A(),windowSeconds:Number(u)}))}catch(S){$(null),m(S)}},k=async S=>{S.preventDefault(),m(null);try{s.id?await me("PUT",`/alert-rules/${encodeURIComponent(s.id)}`,A()):await me("POST","/alert-rules",A()),l()}catch(x){m(x)}},y=S=>S.target.value;return g`<form class="rule-editor" onSubmit=${k} aria-label="alert rule">
    <div class="form-grid">
      <label class="field">Name<input required value=${s.name}
        onInput=${S=>v({name:y(S)})} /></label>
      <label class="field">Metric<select value=${s.metric}
        onChange=${S=>v({metric:y(S)})}>
        ${sc.map(S=>g`<option value=${S}>${S}</option>`)}</select></label>
      <label class="field">Selector<input value=${i} placeholder="agentId=…, capability=…"
        onInput=${S=>c(y(S))} /></label>
      <label class="field">Condition<span class="row tight"><select value=${s.op}
        aria-label="operator" onChange=${S=>v({op:y(S)})}>
        ${oc.map(S=>g`<option value=${S}>${S}</option>`)}</select>
        <input type="number" step="any" aria-label="threshold" value=${s.threshold}
          onInput=${S=>v({threshold:Number(y(S))})} /></span></label>
      <label class="field">For (seconds)<input type="number" min="0" value=${s.forSeconds}
        onInput=${S=>v({forSeconds:Number(y(S))})} /></label>
      <label class="field">Severity<select value=${s.severity}
        onChange=${S=>v({severity:y(S)})}>
        ${rc.map(S=>g`<option value=${S}>${S}</option>`)}</select></label>
    </div>
    ${t.length>0?g`<fieldset class="channels"><legend>Notify</legend>${t.map(S=>g`<label class="check"><input type="checkbox"
          checked=${s.channels?.includes(S.id)??!1}
          onChange=${x=>{let V=x.target.checked,M=(s.channels??[]).filter(Y=>Y!==S.id);v({channels:V?[...M,S.id]:M})}} />${S.name}</label>`)}</fieldset>`:null}
    <${be} error=${_} />
    ${f?g`
        <${Jt} title="Dry run: series firing (and pending) over the window"
          format=${S=>Number.isInteger(S)?String(S):""}
          series=${[{label:"firing",color:"var(--bad)"},{label:"pending",color:"var(--warn)"}]}
          data=${wd(f)} range=${[Date.parse(f.from)/1e3,Date.parse(f.to)/1e3]}
          emptyText="would not have fired" />
        <p class="hint">${`${f.evaluations} evaluations from ${f.source}: it would have fired ${f.intervals.length} time${f.intervals.length===1?"":"s"}.`}</p>
      `:null}
    <div class="row end">
      ${pt("POST /alert-rules/dry-run")?g`
        <${ol} label="Dry-run window" value=${u} onChange=${h}
          options=${[{value:"3600",label:"1 h"},{value:"86400",label:"24 h"}]} />
        <button type="button" onClick=${E}>Dry run</button>
      `:null}
      <div class="spacer"></div>
      ${s.id?g`<button type="button" class="danger" onClick=${()=>n({title:`Delete rule ${s.name}?`,confirmLabel:"Delete",danger:!0,run:async()=>{await me("DELETE",`/alert-rules/${encodeURIComponent(s.id)}`),l()}})}>Delete</button>`:null}
      <button type="button" onClick=${l}>Cancel</button>
      <button type="submit" class="primary">${s.id?"Save rule":"Create rule"}</button>
    </div>
  </form>`}function ac({ask:e}){let t=le(ve),l=Re("alerts"),[n,s]=D([]),[o,i]=D([]),[c,u]=D(null),[h,f]=D(null),[$,_]=D(0);X(()=>{pe("/alert-rules").then(v=>s("items"in v?v.items:v.rules)).catch(f),pt("GET /notification-channels")&&pe("/notification-channels").then(v=>i(v.items)).catch(v=>{v instanceof un&&v.status===403||f(v)})},[l,$]);let m=We(t);return g`<${K} title="Rules" actions=${m&&!c?g`<button type="button" class="primary" onClick=${()=>u(vd)}>New rule</button>`:null}>
    <${be} error=${h} />
    ${c?g`
        <${Sd} rule=${c} channels=${o} ask=${e}
          onDone=${()=>{u(null),_(v=>v+1)}} />
      `:null}
    ${n.length===0?g`<${Q}>No rule.</${Q}>`:g`
      <table class="table compact" aria-label="alert rules">
        <thead>
          <tr><th scope="col">rule</th>
        <th scope="col">condition</th><th scope="col">for</th><th scope="col">severity</th>
        <th scope="col" class="hide-narrow">notify</th>${m?g`<th scope="col"></th>`:null}
          </tr>
        </thead>
        <tbody>
      ${n.map(v=>g`<tr><td>${v.name}</td>
          <td><code>${v.metric}${v.selector?`{${ic(v.selector)}}`:""} ${v.op} ${v.threshold}</code></td>
          <td>${v.forSeconds}s</td><td>${v.severity}</td>
          <td class="hide-narrow">${(v.channels??[]).map(A=>g`<span class="tag">${o.find(E=>E.id===A)?.name??A.slice(0,8)}</span>`)}</td>
          ${m?g`<td><button type="button" onClick=${()=>u(v)}>Edit</button></td>`:null}</tr>`)}</tbody>
      </table>
    `}
  </${K}>`}function kd({id:e}){let[t,l]=D(null),[n,s]=D(null);return X(()=>{pe(`/notification-channels/${encodeURIComponent(e)}/deliveries`,{limit:20}).then(o=>l(o.items)).catch(s)},[e]),n?g`<${be} error=${n} />`:t?t.length===0?g`<${Q}>Nothing delivered yet.</${Q}>`:g`<ol class="timeline">${t.map(o=>g`<li><${_e} at=${o.at} /> <span>${o.status??o.outcome??""}</span>
      ${o.httpStatus?g`<code>HTTP ${o.httpStatus}</code>`:null}
      ${o.attempt?g`<span class="muted">attempt ${o.attempt}</span>`:null}
      ${o.error?g`<span class="error">${o.error}</span>`:null}</li>`)}</ol>`:g`<p class="loading">Loading…</p>`}function cc({ask:e}){let t=le(ve),l=Re("alerts"),[n,s]=D([]),[o,i]=D(null),[c,u]=D(""),[h,f]=D(""),[$,_]=D(""),[m,v]=D(null),[A,E]=D(0);X(()=>{pe("/notification-channels").then(S=>s(S.items)).catch(v)},[l,A]);let k=async S=>{S.preventDefault(),v(null);try{await me("POST","/notification-channels",{name:c,type:"webhook",url:h,...$?{secret:$}:{}}),u(""),f(""),_(""),E(x=>x+1)}catch(x){v(x)}},y=S=>S.target.value;return g`<${K} title="Notification channels">
    <${be} error=${m} />
    ${n.length===0?g`<${Q}>No channel.</${Q}>`:g`
      <table class="table compact" aria-label="notification channels">
        <thead>
          <tr>
            <th scope="col">channel</th>
            <th scope="col">url</th>
            <th scope="col">signed</th>
            <th scope="col"></th>
          </tr>
        </thead>
        <tbody>${n.map(S=>g`
            <tr>
              <td>${S.name}</td>
              <td><code>${S.url}</code></td>
              <td>${S.signed?"yes":"no"}</td>
              <td>
                <div class="actions compact">
                        <button type="button" aria-expanded=${o===S.id}
                          onClick=${()=>i(o===S.id?null:S.id)}>Deliveries</button>
                        ${We(t)?g`<button type="button" class="danger" onClick=${()=>e({title:`Delete channel ${S.name}?`,confirmLabel:"Delete",danger:!0,run:async()=>{await me("DELETE",`/notification-channels/${encodeURIComponent(S.id)}`),E(x=>x+1)}})}>Delete</button>`:null}</div>
              </td>
            </tr>
                      ${o===S.id?g`
                          <tr>
                            <td colspan="4">
                              <${kd} id=${S.id} />
                            </td>
                          </tr>
                        `:null}
          `)}</tbody>
      </table>
    `}
    ${We(t)?g`
        <form class="row" onSubmit=${k} aria-label="new notification channel">
          <label class="field inline">Name<input required value=${c}
                  onInput=${S=>u(y(S))} /></label>
          <label class="field inline">Webhook URL<input required type="url" value=${h}
                  onInput=${S=>f(y(S))} /></label>
          <label class="field inline">Secret<input type="password" minlength="16" value=${$}
                  autocomplete="off" onInput=${S=>_(y(S))} /></label>
          <button type="submit">Add channel</button>
        </form>
      `:null}
  </${K}>`}var Ps=e=>e.labels?.alertname??e.annotations?.summary??e.ruleId;function uc({labels:e}){let t=Object.entries(e??{}).filter(([l])=>l!=="alertname");return g`${t.map(([l,n])=>g`<span class="tag">${l}=${n}</span>`)}`}function xd({ask:e}){let t=le(ve),l=Re("alerts"),[n,s]=D([]),[o,i]=D(null);return X(()=>{pe("/silences",{state:"all"}).then(c=>s(c.items)).catch(i)},[l]),g`<${K} title="Silences">
    <${be} error=${o} />
    ${n.length===0?g`<${Q}>No silence.</${Q}>`:g`
      <table class="table compact" aria-label="silences">
        <thead>
          <tr><th scope="col">matchers</th>
        <th scope="col">until</th><th scope="col" class="hide-narrow">comment</th><th scope="col">state</th>
        ${We(t)?g`<th scope="col"></th>`:null}</tr>
        </thead>
        <tbody>
        ${n.map(c=>g`<tr><td>${c.matchers.map(u=>g`<span class="tag">${u.name}${u.isEqual===!1?"!":""}${u.isRegex?"=~":"="}${u.value}</span>`)}</td><td><${_e} at=${c.endsAt} /></td><td class="hide-narrow">${c.comment??""}</td>
          <td>${c.state??""}</td>
          ${We(t)?g`<td>${c.state!=="expired"?g`<button type="button" onClick=${()=>e({title:"Expire this silence?",confirmLabel:"Expire",run:()=>me("DELETE",`/silences/${encodeURIComponent(c.id??c.silenceId)}`)})}>Expire</button>`:null}</td>`:null}</tr>`)}</tbody>
      </table>
    `}
  </${K}>`}function fc(){let e=le(ve),t=Re("alerts"),[l,n]=D("firing"),[s,o]=D([]),[i,c]=D(null),[u,h]=D(null);X(()=>{pe("/alerts",{state:l}).then(m=>{o(m.items),c(null)}).catch(c)},[t,l]);let f=We(e),$=m=>h({title:`Acknowledge ${Ps(m)}?`,body:g`<p>It keeps firing; the acknowledgement says someone is on it.</p>`,confirmLabel:"Acknowledge",input:{label:"Comment",value:"on it"},run:v=>me("POST",`/alerts/${encodeURIComponent(m.id)}/ack`,v?{comment:v}:{})}),_=m=>h({title:`Silence ${Ps(m)}?`,body:g`
        <p>Notifications for alerts with these labels stop until the silence ends:</p>
        <p>
          <${uc} labels=${m.labels} />
        </p>
      `,confirmLabel:"Silence",input:{label:"For how many minutes",value:"60",type:"number"},run:v=>me("POST","/silences",{matchers:Object.entries(m.labels??{alertname:Ps(m)}).map(([A,E])=>({name:A,value:E,isRegex:!1,isEqual:!0})),endsAt:new Date(Date.now()+Number(v)*6e4).toISOString(),comment:"silenced from the UI"})});return g`
    <div class="view">
      <div class="view-head">
        <h1>Alerts</h1>
        <div class="spacer"></div>
        <${ol} label="Alert state" value=${l} onChange=${n}
          options=${[{value:"firing",label:"Firing"},{value:"resolved",label:"Resolved"},{value:"all",label:"All"}]} />
      </div>
      <${be} error=${i} />
      <${K} title=${l==="firing"?"Firing":l==="resolved"?"Resolved":"Alerts"}>
          ${s.length===0?g`<${Q}>No ${l==="all"?"":l} alert.</${Q}>`:g`
              <div class="table-wrap">
                <table class="table" aria-label="alerts">
                  <thead>
                    <tr>
                <th scope="col">alert</th><th scope="col">state</th><th scope="col" class="hide-narrow">labels</th>
                <th scope="col" class="num">value</th><th scope="col">since</th><th scope="col">ended</th>
                ${f?g`<th scope="col">actions</th>`:null}</tr>
                  </thead>
                  <tbody>
                ${s.map(m=>g`<tr data-alert=${m.id}>
              <td class="alert-name"><strong>${Ps(m)}</strong>${m.severity?g`
                        <span class=${`badge sev-${m.severity}`}>${m.severity}</span>
                      `:null}</td>
              <td class="alert-name"><span class=${`badge a-${m.state}`}>${m.state}</span>${m.acknowledged||m.ackedAt?g`
                        <span class="tag" title=${m.acknowledgedBy??""}>acked</span>
                      `:null}${(m.silencedBy?.length??0)>0?g`<span class="tag">silenced</span>`:null}</td>
              <td class="hide-narrow"><${uc} labels=${m.labels} /></td>
              <td class="num">${m.value??"\u2014"}</td>
              <td><${_e} at=${m.startsAt} /></td>
              <td>${m.endsAt?g`<${_e} at=${m.endsAt} />`:"\u2014"}</td>
              ${f?g`
                        <td>
                          <div class="actions compact">
                                          ${m.state==="firing"&&!(m.acknowledged||m.ackedAt)?g`<button type="button" onClick=${()=>$(m)}>Ack</button>`:null}
                                          ${m.state==="firing"?g`<button type="button" onClick=${()=>_(m)}>Silence</button>`:null}</div>
                        </td>
                      `:null}
            </tr>`)}</tbody>
                </table>
              </div>
            `}
        </${K}>
        ${pt("GET /alert-rules")&&pt("POST /alert-rules")?g`<${ac} ask=${h} />`:null}
        ${pt("GET /silences")?g`<${xd} ask=${h} />`:null}
        ${pt("GET /notification-channels")?g`<${cc} ask=${h} />`:null}
        <${At} request=${u} onClose=${()=>h(null)} />
      </div>
  `}function dc(){let e=localStorage.getItem("switchboard-theme");return e==="light"||e==="dark"?e:matchMedia("(prefers-color-scheme: dark)").matches?"dark":"light"}function Ko(e){document.documentElement.dataset.theme=e}function pc(){let[e,t]=D(document.documentElement.dataset.theme??"light");return g`
    <button type="button" class="icon" onClick=${()=>{let n=e==="dark"?"light":"dark";Ko(n),localStorage.setItem("switchboard-theme",n),t(n),dispatchEvent(new Event("switchboard-theme"))}}
      aria-label=${`switch to ${e==="dark"?"light":"dark"} theme`}
      title="light / dark">${e==="dark"?gi():$i()}</button>
  `}var Cd=[["overview","Overview"],["distribution","Distribution"],["agents","Agents"],["sessions","Sessions"],["routing","Routing"],["config","Config"],["log","Log"],["alerts","Alerts"]];function Ed({parts:e}){let[t,l]=e;switch(t){case"distribution":return g`<${Ya} />`;case"agents":return l?g`<${Ka} id=${l} />`:g`<${Ja} />`;case"sessions":return l?g`<${Za} id=${l} />`:g`<${qa} />`;case"routing":return g`<${Qa} />`;case"config":return g`<${tc} />`;case"log":return g`<${lc} />`;case"alerts":return g`<${fc} />`;default:return g`<${Ga} />`}}function Td(){let e=le(ve),t=le(ye),l=ui(),n=l[0]??"overview";X(()=>(ai(),ci),[]);let s=cn(!0);X(()=>{if(s.current){s.current=!1;return}document.getElementById("main")?.focus({preventScroll:!0}),scrollTo(0,0)},[l.join("/")]);let o=async()=>{try{await ri()}finally{ve.set(null)}};return g`
    <div class="shell">
      <a class="skip" href="#main">Skip to content</a>
      <header class="top">
        <div class="brand"><span class="logo" aria-hidden="true">⇄</span> Switchboard</div>
        <nav class="nav" aria-label="Views">
            ${Cd.map(([i,c])=>g`
                <a href=${`#/${i}`} aria-current=${n===i?"page":void 0}
                  class=${n===i?"on":""}>${c}</a>
              `)}
          </nav>
        <div class="spacer"></div>
        <span class=${`live-dot ${t.connected?"on":""}`} role="status"
          title=${t.connected?"live feed connected":"live feed reconnecting"}>
            ${t.connected?"live":"offline"}</span>
        <${pc} />
        <span class="who" title=${e?.roles.join(", ")}>
            ${sl(e?.sub)} <span class="role">${e?.roles.join(", ")}</span>
            ${We(e)?null:g`<span class="badge s-readonly">read-only</span>`}
          </span>
        <button type="button" onClick=${o}>Sign out</button>
      </header>
      <main id="main" class="main" tabindex="-1">
        <${Ed} parts=${l} />
      </main>
    </div>
  `}function hc(){let e=le(ve),[t,l]=D(null);return X(()=>{ti(()=>ve.set(null)),Promise.all([si(),oi()]).then(([n])=>ve.set(n??null)).catch(l)},[]),X(()=>{e&&!location.hash&&cs("overview")},[e]),t?g`<p class="error" role="alert">${String(t)}</p>`:e===void 0?g`<p class="loading" role="status">Loading…</p>`:e===null?g`<${_i} />`:g`<${Td} />`}Ko(dc());Fr(g`<${hc} />`,document.getElementById("app"));
