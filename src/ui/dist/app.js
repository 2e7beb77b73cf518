var ke,Ti,Bc,rn,no,ns,Ai,Xl,Mi,so,lo,Gc,El=Symbol.for("pv"),ls={},ss=[],Yc=/^m(i|n|o|s|text|space)$/,oo=Array.isArray,io=ss.slice,En=Object.assign;function Cn(e){e&&e.parentNode&&e.remove()}function Di(e,t,l){var n,s,o,r={},c=arguments.length;for(o in t)o=="key"?n=t[o]:o=="ref"&&typeof e!="function"?s=t[o]:r[o]=t[o];return c>2&&(r.children=c>3?io.call(arguments,2):l),Cl(e,r,n,s,null)}function Cl(e,t,l,n,s){var o={type:e,props:t,key:l,ref:n,__k:null,__:null,__b:0,__e:null,__c:null,constructor:El,__v:s||++Ti,__i:-1,__u:0};return!s&&ke.vnode&&ke.vnode(o),o}function os(e){return e.children}function es(e,t){this.props=e,this.context=t,this.__g=0}function an(e,t){if(t==null)return e.__&&an(e.__,e.__i+1);for(var l;t<e.__k.length;t++)if((l=e.__k[t])&&l.__e)return l.__e;return typeof e.type!="function"||e.props.__P?null:an(e)}function Jc(e){var t,l=e.__v,n=l.__e,s=[],o=[],r=e.__P;r&&((t=En({constructor:El},l)).__v=l.__v+1,ke.vnode&&ke.vnode(t),ro(r,t,l,e.__n,r.namespaceURI,32&l.__u?[n]:null,s,n||an(l),32&l.__u,o),t.__v=l.__v,t.__.__k[t.__i]=t,Oi(s,t,o),l.__=l.__e=null,t.__e!=n&&Pi(t))}function Pi(e){if((e=e.__)&&e.__c&&!e.props.__P)return e.__e=null,e.__k.some(function(t){return t&&(e.__e=t.__e)}),Pi(e)}function Ci(e){(8&e.__g||(e.__g|=8,rn.push(e),ns++))&&no==ke.debounceRendering||((no=ke.debounceRendering)||queueMicrotask)(Li)}function Li(){try{for(var e,t=1;rn.length;)rn.length>t&&rn.sort(Ai),e=rn.shift(),t=rn.length,8&e.__g&&Jc(e)}finally{(ns=rn.length)&&(no||queueMicrotask)(Li)}}function Ri(e,t,l,n,s,o,r,c,u,h,f){var m,$,g,w,A,C,D=n.__k||ss,v=t.length;for(u=Kc(l,t,D,u,v),m=0;m<v;m++)(g=l.__k[m])!=null&&($=~g.__i&&D[g.__i]||ls,g.__i=m,C=ro(e,g,$,s,o,r,c,u,h,f),w=g.__e,($.ref!=g.ref||8&$.__u)&&($.ref&&ao($.ref,null,g,$),g.ref&&f.push(g.ref,g.__c||w,g)),A=A||w,4&g.__u?(u=Ii(g,u,e,!$.__v),$.__e&&($.__e=null)):typeof g.type=="function"&&C!==void 0?u=C:w&&(u=w.nextSibling),g.__u&=-21);return l.__e=A,u}function Kc(e,t,l,n,s){var o,r,c,u,h,f,m,$,g,w=l.length,A=w,C=0,D=0,v=e.__k=Array(s);for(o=0;o<s;o++)(r=t[o])!=null&&typeof r!="boolean"&&typeof r!="function"?(typeof r!="object"||r.constructor===String?r=v[o]=Cl(null,r):oo(r)?r=v[o]=Cl(os,{children:r}):r.constructor===El&&r.__b?r=v[o]=Cl(r.type,r.props,r.key,r.ref,r.__v):v[o]=r,u=o+C,r.__=e,r.__b=e.__b+1,c=null,~(h=r.__i=qc(r,l,u,A))&&(A--,(c=l[h])&&(c.__u|=2)),c&&c.__v?(r.__u|=16,h==u-1?C--:h==u+1?C++:h!=u&&(h>u?C--:C++,D=1)):(~h||(s>w?C--:s<w&&C++),typeof r.type!="function"&&(r.__u|=4))):v[o]=null;if(D){for(f=[],m=[],o=0;o<s;o++)if((r=v[o])&&16&r.__u){for(C=0,$=f.length;C<$;)f[g=C+$>>1]<r.__i?C=g+1:$=g;f[C]=r.__i,m[o]=C+1}for(C=f.length;o--;)m[o]&&(m[o]==C?C--:v[o].__u|=4)}if(A)for(o=0;o<w;o++)!(c=l[o])||2&c.__u||(c.__e==n&&(n=an(c)),co(c,c));return n}function Ii(e,t,l,n){var s,o,r,c;if(typeof e.type=="function"){if(e.props.__P)return t;if(s=e.__k)for(o=0;o<s.length;o++)s[o]&&(s[o].__=e,t=Ii(s[o],t,l,!1));return t}for(t&&!t.parentNode&&(t=an(e))&&!t.parentNode&&(t=null),r=e.__e,c=t;c&&c.nodeType==8;)c=c.nextSibling;for(r!=c&&(!n&&l.moveBefore&&r.parentNode?l.moveBefore(r,t):l.insertBefore(r,t||null)),t=r;(t=t&&t.nextSibling)&&t.nodeType==8&&!t.data.startsWith("$s"););return t}function qc(e,t,l,n){var s,o=e.key,r=e.type,c=t[l],u=c&&!(2&c.__u);if(c===null&&o==null||u&&o==c.key&&r==c.type)return l;if(n>(u?1:0)){for(s=l-1;s>=0;s--)if((c=t[s])&&!(2&c.__u)&&o==c.key&&r==c.type)return s;for(s=l+1;s<t.length;s++)if((c=t[s])&&!(2&c.__u)&&o==c.key&&r==c.type)return s}return-1}function Ei(e,t,l){l==null&&(l=""),t[0]=="-"?e.setProperty(t,l):e[t]=l}function Ql(e,t,l,n,s){var o,r;if(t=="style")if(typeof l=="string")e.style.cssText=l;else{if(typeof n=="string"&&(e.style.cssText=n=""),n)for(t in n)l&&t in l||Ei(e.style,t);if(l)for(t in l)n&&l[t]==n[t]||Ei(e.style,t,l[t])}else if(t[0]=="o"&&t[1]=="n")typeof l!="function"&&(l=null),typeof n!="function"&&(n=null),(e.__e||(e.__e={}))[t]=l,l&&n||(r=lo[t]||(lo[t]=Zc(t)),(e.__a||(e.__a={}))[t]=so,o=t!=(t=t.replace(Mi,"$1")),(t=t.slice(2))[0]<"a"&&(t=t.toLowerCase()),l?e.addEventListener(t,r,o):e.removeEventListener(t,r,o));else{if(s=="http://www.w3.org/2000/svg")t=t.replace(/xlink(H|:h)/,"h").replace(/sName$/,"s");else if(t!="width"&&t!="height"&&t!="href"&&t!="list"&&t!="form"&&t!="tabIndex"&&t!="download"&&t!="rowSpan"&&t!="colSpan"&&t!="role"&&t!="popover"&&t in e)try{return void(e[t]=l??"")}catch{}if(typeof l=="function")return;l==null||l===!1&&t[4]!="-"?e.removeAttribute(t):e.setAttribute(t,t=="popover"&&l==1?"":l)}}function Zc(e){return function(t){var l=this.__e;if(l){if(l=l[e],t[Xl]==null)t[Xl]=so++;else if(t[Xl]<this.__a[e])return;return l(ke.event?ke.event(t):t)}}}function ro(e,t,l,n,s,o,r,c,u,h){var f,m,$,g,w,A,C,D,v,S,k,V,T,Y,G,ee,U,x,H=t.type;if(t.constructor!==El)return null;128&l.__u&&(u=32&l.__u,f=l.__c.__z)&&(t.__u|=u,m=o=[],f.nodeType==8?c=ts(f,o):o.push(f),c=o[0]||c),(f=ke.__b)&&f(t);e:if(typeof H=="function"){$=r.length;try{if(D=t.props,v=(f=H.prototype)&&f.render,S=(f=H.contextType)&&n[f.__c],k=f?S?S.props.value:f.__:n,(g=l.__c)?(t.__c=g,2&g.__g&&(g.__g|=1)):(v?t.__c=g=new H(D,k):(t.__c=g=new es(D,k),g.constructor=H,g.render=Xc),S&&S.sub(g),g.state||(g.state={}),g.__n=n,g.__g|=8,g.__h=[],g.__k=[]),v&&(g.__s||(g.__s=g.state),H.getDerivedStateFromProps&&(g.__s==g.state&&(g.__s=En({},g.__s)),En(g.__s,H.getDerivedStateFromProps(D,g.__s)))),w=g.props,A=g.state,g.__v=t,l.__c){if(D!==w&&v&&!H.getDerivedStateFromProps&&g.componentWillReceiveProps&&g.componentWillReceiveProps(D,k),t.__v==l.__v&&!(8&g.__g)||!(4&g.__g)&&g.shouldComponentUpdate&&g.shouldComponentUpdate(D,g.__s,k)===!1){t.__v!=l.__v&&(g.props=D,g.state=g.__s,g.__g&=-9),t.__e=l.__e,t.__k=l.__k,t.__k.some(function(R){R&&(R.__=t)}),ss.push.apply(g.__h,g.__k),g.__k=[],g.__h.length&&r.push(g),c=an(l);break e}g.componentWillUpdate&&g.componentWillUpdate(D,g.__s,k),v&&g.componentDidUpdate&&g.__h.push(function(){g.componentDidUpdate(w,A,C)})}else v&&!H.getDerivedStateFromProps&&g.componentWillMount&&g.componentWillMount(),v&&g.componentDidMount&&g.__h.push(g.componentDidMount);g.context=k,g.props=D,g.__P=e,g.__g&=-5,V=ke.__r,T=v?25:0;do g.__g&=-9,V&&V(t),f=g.render(g.props,g.state=g.__s,g.context);while(8&g.__g&&++T<25);v&&(ss.push.apply(g.__h,g.__k),g.__k=[]),g.state=g.__s,g.getChildContext&&(n=En({},n,g.getChildContext())),v&&l.__c&&g.getSnapshotBeforeUpdate&&(C=g.getSnapshotBeforeUpdate(w,A)),Y=f&&f.type===os&&f.key==null?f.props.children:f,D.__P&&(f=c,s=(e=D.__P).namespaceURI,u=o=null,l.props&&l.props.__P!=e&&(l.__k.some(function(R){R&&co(R,R)}),l.__k=null),c=l.__k?an(l,0):null),c=Ri(e,oo(Y)?Y:[Y],t,l,n,s,o,r,c,u,h),D.__P&&(t.__e=null,c=f),t.__u&=-161,m&&m.some(Cn),g.__h.length&&r.push(g),1&g.__g&&(g.__g&=-4)}catch(R){if(r.length=$,t.__v=null,u||o)if(R&&R.then){if(t.__u|=128|u,o){for(~(U=o.indexOf(c||void 0))||(U=o.length);(x=o[U-1])&&x.nodeType==8;)U--;for(;U<o.length;U++)if(x=o[U])if(o[U]=null,G){if(x==ee)break}else{if(x.nodeType!=8)break;x.data.startsWith("$s")&&(ee=ts(G=x))}}if(!G){for(;c&&c.nodeType==8&&c.nextSibling;)c=c.nextSibling;G=c}(f=ts(G=t.__c.__z||(t.__c.__z=G)))?(t.__e=G,c=f):t.__e=c,c=c&&c.nextSibling}else o&&o.some(Cn);else t.__e=l.__e;t.__k||(t.__k=l.__k||[]),R&&R.then||Ni(t),ke.__e(R,t,l)}}else c=t.__e=Qc(l.__e,t,l,n,s,o,r,u,h,e);return(f=ke.diffed)&&f(t),c}function ts(e,t){if(e&&e.nodeType==8&&e.data.startsWith("$s"))for(var l=1;e=e.nextSibling;){if(e.nodeType==8){if(e.data.startsWith("$s"))l++;else if(e.data.startsWith("/$s")&&!--l)return e}t&&t.push(e)}}function Ni(e){e&&(e.__c&&(e.__c.__g|=4),e.__k&&e.__k.some(Ni))}function Oi(e,t,l){for(var n=0;n<l.length;)ao(l[n++],l[n++],l[n++]);ke.__c&&ke.__c(t,e),e.some(function(s){try{e=s.__h,s.__h=[],e.some(function(o){o.call(s)})}catch(o){ke.__e(o,s.__v)}})}function Qc(e,t,l,n,s,o,r,c,u,h){var f,m,$,g,w,A,C,D,v=l.props||ls,S=t.props,k=t.type;if(k=="svg"?s="http://www.w3.org/2000/svg":k=="math"?s="http://www.w3.org/1998/Math/MathML":s||(s="http://www.w3.org/1999/xhtml"),o){for(f=0;f<o.length;f++)if((w=o[f])&&(k?w.localName==k:w.nodeType==3)){e=w,o[f]=null;break}}if(!e){if(D=h.ownerDocument||document,!k)return D.createTextNode(S);e=D.createElementNS(s,k,S.is?S:h),c&&(ke.__m&&ke.__m(t,o),c=!1),o=null}if(k){if(h=k=="template"&&e.content||e,o=k=="textarea"&&S.defaultValue!=null?null:o&&io.call(h.childNodes),!c&&o)for(v={},f=0;f<e.attributes.length;f++)v[(w=e.attributes[f]).name]=w.value;for(f in v)w=v[f],f=="dangerouslySetInnerHTML"?$=w:f=="children"||f in S||f=="value"&&"defaultValue"in S||f=="checked"&&"defaultChecked"in S||Ql(e,f,null,w,s);for(f in S)w=S[f],f=="children"?g=w:f=="dangerouslySetInnerHTML"?m=w:f=="value"?A=w:f=="checked"?C=w:c&&typeof w!="function"||v[f]===w||Ql(e,f,w,v[f],s);m?(c||$&&(m.__html==$.__html||m.__html==e.innerHTML)||(e.innerHTML=m.__html),t.__k=[]):($&&(e.textContent=""),(k=="foreignObject"||s=="http://www.w3.org/1998/Math/MathML"&&Yc.test(k))&&(s="http://www.w3.org/1999/xhtml"),Ri(h,oo(g)?g:[g],t,l,n,s,o,r,o?o[0]:l.__k&&an(l,0),c,u),o&&o.some(Cn)),c&&k!="textarea"||(f="value",k=="progress"&&A==null?e.removeAttribute(f):A==null||A===e[f]&&(k!="progress"||A)||Ql(e,f,A,v[f],s),f="checked",C!=null&&C!=e[f]&&Ql(e,f,C,v[f],s))}else v===S||c&&e.data==S||(e.data=S);return e}function ao(e,t,l,n){try{typeof e=="function"?t?t.__x=e(t)||1:n&&(n=n.__c||n.__e)&&(t=n.__x)&&(n.__x=null,typeof t=="function"?t():e(null)):e.current=t}catch(s){ke.__e(s,l)}}function co(e,t,l){var n,s,o,r;if(ke.unmount&&ke.unmount(e),!(n=e.ref)||n.current&&n.current!=e.__e||ao(n,null,t,e),n=e.__c){if(n.componentWillUnmount)try{n.componentWillUnmount()}catch(c){ke.__e(c,t)}n.__P=n.__n=null}if(n=e.__k)for(r=0;r<n.length;r++)n[r]&&co(n[r],t,typeof e.type!="function"||l&&!e.props.__P);!l&&(n=e.__c)&&(n=n.__z)&&(s=ts(n,o=[]))&&(n==e.__e&&o.some(Cn),Cn(s),Cn(n)),l||Cn(e.__e),e.__e=e.__c=e.__=null}function Xc(e,t,l){return this.constructor(e,l)}function Fi(e,t){var l,n,s,o;ke.__&&ke.__(e,t),t.nodeType==9&&(t=t.documentElement),n=(l=e&&32&e.__u)?null:t.__k,t.__k=Cl(os,{children:[e]}),s=[],o=[],ro(t,t.__k,n||ls,ls,t.namespaceURI,n?null:t.firstChild?io.call(t.childNodes):null,s,n?n.__e:t.firstChild,l,o),Oi(s,t.__k,o),t.__k.props.children=null}ke={__e:function(e,t,l,n){for(var s,o,r;t=t.__;)if((s=t.__c)&&!(1&s.__g)){s.__g|=4;try{if((r=(o=s.constructor)&&o.getDerivedStateFromError)&&s.setState(o.getDerivedStateFromError(e)),s.componentDidCatch&&(s.componentDidCatch(e,n||{}),r=1),r&&8&s.__g)return void(s.__g|=2)}catch(c){e=c}}throw ns=0,e}},Ti=0,Bc=function(e){return e!=null&&e.constructor===El},es.prototype.setState=function(e,t){var l=this.__s;l&&l!=this.state||(l=this.__s=En({},this.state)),typeof e=="function"&&(e=e(En({},l),this.props)),e&&(En(l,e),this.__v&&(t&&this.__k.push(t),Ci(this)))},es.prototype.forceUpdate=function(e){this.__v&&(this.__g|=4,e&&this.__h.push(e),Ci(this))},es.prototype.render=os,rn=[],ns=0,Ai=function(e,t){return e.__v.__b-t.__v.__b},Xl=Symbol(),Mi=/(PointerCapture)$|Capture$/i,so=0,lo={},Gc=0;var Hi=function(e,t,l,n){var s;t[0]=0;for(var o=1;o<t.length;o++){var r=t[o++],c=t[o]?(t[0]|=r?1:2,l[t[o++]]):t[++o];r===3?n[0]=c:r===4?n[1]=Object.assign(n[1]||{},c):r===5?(n[1]=n[1]||{})[t[++o]]=c:r===6?n[1][t[++o]]+=c+"":r?(s=e.apply(c,Hi(e,c,l,["",null])),n.push(s),c[0]?t[0]|=2:(t[o-2]=0,t[o]=s)):n.push(c)}return n},Vi=new Map;function Ui(e){var t=Vi.get(this);return t||(t=new Map,Vi.set(this,t)),(t=Hi(this,t.get(e)||(t.set(e,t=function(l){for(var n,s,o=1,r="",c="",u=[0],h=function($){o===1&&($||(r=r.replace(/^\s*\n\s*|\s*\n\s*$/g,"")))?u.push(0,$,r):o===3&&($||r)?(u.push(3,$,r),o=2):o===2&&r==="..."&&$?u.push(4,$,0):o===2&&r&&!$?u.push(5,0,!0,r):o>=5&&((r||!$&&o===5)&&(u.push(o,0,r,s),o=6),$&&(u.push(o,$,0,s),o=6)),r=""},f=0;f<l.length;f++){f&&(o===1&&h(),h(f));for(var m=0;m<l[f].length;m++)n=l[f][m],o===1?n==="<"?(h(),u=[u],o=3):r+=n:o===4?r==="--"&&n===">"?(o=1,r=""):r=n+r[0]:c?n===c?c="":r+=n:n==='"'||n==="'"?c=n:n===">"?(h(),o=1):o&&(n==="="?(o=5,s=r,r=""):n==="/"&&(o<5||l[f][m+1]===">")?(h(),o===3&&(u=u[0]),o=u,(u=u[0]).push(2,0,o),o=0):n===" "||n==="	"||n===`
`||n==="\r"?(h(),o=2):r+=n),o===3&&r==="!--"&&(o=4,u=u[0])}return h(),u}(e)),t),arguments,[])).length>1?t:t[0]}var tu=Ui,_=tu.bind(Di);var Al,ze,uo,zi,fo=Object.is,is=0,Zi=[],po=[],Fe=ke,Wi=Fe.__b,ji=Fe.__r,Bi=Fe.diffed,Gi=Fe.__c,Yi=Fe.unmount,Ji=Fe.__;function mo(e,t){Fe.__h&&Fe.__h(ze,e,is||t),is=0;var l=ze.__H||(ze.__H={__:[],__h:[]});return e>=l.__.length&&l.__.push({}),l.__[e]}function M(e){return is=1,nu(Xi,e)}function nu(e,t,l){var n=mo(Al++,2);if(n.t=e,!n.__c&&(n.__=[l?l(t):Xi(void 0,t),function(o){var r=(n.__N||n.__)[0],c=n.t(r,o);fo(r,c)||(n.__N=[c,n.__[1]],n.__c.setState({}))}],n.__c=ze,!ze.__f)){ze.__f=!0;var s=ze.shouldComponentUpdate;ze.shouldComponentUpdate=function(o,r,c){var u=this.__H;if(!u)return!0;var h=!1,f=this.props!=o;if(u.__.some(function($){$.__N&&(h=!0,fo($.__[0],$.__N[0])||(f=!0))}),s){var m=s.call(this,o,r,c);return h?m||f:m}return!h||f}}return n.__}function X(e,t){var l=mo(Al++,3);!Fe.__s&&Qi(l.__H,t)&&(l.__P=!0,l.__=e,l.u=t,ze.__H.__h.push(l))}function nl(e){return is=5,go(function(){return{current:e}},[])}function go(e,t){var l=mo(Al++,7);return Qi(l.__H,t)&&(l.__=e(),l.__H=t),l.__}function lu(){var e;do{for(;e=po.shift();)try{Tl(e)}catch(l){Fe.__e(l,{__:(e=e.__P)&&e.__v})}for(;e=Zi.shift();){var t=e.__H;if(e.__P&&t)try{t.__h.some(Tl),t.__h.some(ho),t.__h=[]}catch(l){t.__h=[],Fe.__e(l,e.__v)}}}while(po.length)}Fe.__b=function(e){ze=null,Wi&&Wi(e)},Fe.__=function(e,t){e&&t.__k&&t.__k.__m&&(e.__m=t.__k.__m),Ji&&Ji(e,t)},Fe.__r=function(e){ji&&ji(e),Al=0;var t=(ze=e.__c).__H;t&&(uo==ze?ze.__h=[]:(t.__h.some(Tl),t.__h.some(ho),Al=0),t.__h=[],t.__.some(function(l){l.__N&&(l.__=l.__N),l.u=l.__N=void 0})),uo=ze},Fe.diffed=function(e){Bi&&Bi(e);var t=e.__c;t&&t.__H&&(t.__H.__h.length&&qi(Zi.push(t)),t.__H.__.some(function(l){l.u&&(l.__H=l.u)})),uo=ze=null},Fe.__c=function(e,t){t.some(function(l){try{l.__h.some(Tl),l.__h=l.__h.filter(function(n){return!n.__||ho(n)})}catch(n){l.__h=[function(){throw n}]}}),Gi&&Gi(e,t)},Fe.unmount=function(e){Yi&&Yi(e);var t,l,n=e.__c;n&&n.__H&&(n.__H.__.some(function(s){try{if(s.__P&&s.__c){if(l===void 0){for(l=e.__;l&&(!l.__c||!l.__c.__P);)l=l.__;l=l&&l.__c}s.__P=l,qi(po.push(s))}else Tl(s)}catch(o){t=o}}),n.__H=void 0,t&&Fe.__e(t,n.__v))};var Ki=typeof requestAnimationFrame=="function";function su(e){var t,l=function(){clearTimeout(n),Ki&&cancelAnimationFrame(t),setTimeout(e)},n=setTimeout(l,35);Ki&&(t=requestAnimationFrame(l))}function qi(e){e!=1&&zi==Fe.requestAnimationFrame||((zi=Fe.requestAnimationFrame)||su)(lu)}function Tl(e){var t=ze,l=e.__c;typeof l=="function"&&(e.__c=void 0,l()),ze=t}function ho(e){var t=ze;e.__c=e.__(),ze=t}function Qi(e,t){return!e||e.length!=t.length||t.some(function(l,n){return!fo(l,e[n])})}function Xi(e,t){return typeof t=="function"?t(e):t}var Dl,er=()=>{},cn=class extends Error{status;code;constructor(t,l,n){super(n),this.status=t,this.code=l}};function tr(e){er=e}function nr(e,t={}){let l=new URLSearchParams;for(let[s,o]of Object.entries(t))o!=null&&o!==""&&l.set(s,String(o));let n=l.toString();return n?`${e}?${n}`:e}async function _o(e,t,l){let n={};l!==void 0&&(n["content-type"]="application/json"),e!=="GET"&&Dl&&(n["x-switchboard-csrf"]=Dl);let s=await fetch(`/api/v1${t}`,{method:e,headers:n,credentials:"same-origin",...l!==void 0?{body:JSON.stringify(l)}:{}});if(!s.ok){let o="http_error",r=`${s.status} ${s.statusText}`;try{let c=await s.json();o=c?.error?.code??o,r=c?.error?.message??r}catch{}throw s.status===401&&t!=="/login"&&er(),new cn(s.status,o,r)}return s}async function _e(e,t,l){return await(await _o(e,t,l)).json()}var pe=(e,t)=>_e("GET",nr(e,t));async function Tn(e,t){return(await(await _o("GET",nr(e,t))).text()).split(`
`).filter(s=>s.trim()!=="").map(s=>JSON.parse(s))}async function lr(e){let t=await _e("POST","/login",{credential:e});return Dl=t.csrfToken,t.identity}async function sr(){let e=await _e("GET","/login");return Dl=e.csrfToken,e.identity??void 0}var Ml;async function or(){if(Ml)return Ml;let t=await(await fetch("/api/v1/openapi.json",{credentials:"same-origin"})).json();return Ml=new Set(Object.entries(t.paths).flatMap(([l,n])=>Object.keys(n).map(s=>`${s.toUpperCase()} ${l.replace(/^\/api\/v1/,"")}`))),Ml}function Et(e){return Ml?.has(e)??!1}async function ir(){await _o("POST","/logout"),Dl=void 0}var rs=class{#e;#t=new Set;constructor(t){this.#e=t}get value(){return this.#e}set(t){this.#e=t;for(let l of this.#t)l(t)}update(t){this.set(t(this.#e))}subscribe(t){return this.#t.add(t),()=>this.#t.delete(t)}};function se(e){let[t,l]=M(e.value);return X(()=>(l(e.value),e.subscribe(l)),[e]),t}var be=new rs(void 0),Te=new rs({connected:!1,history:[],versions:{}});function Re(...e){let t=se(Te);return e.reduce((l,n)=>l+(t.versions[n]??0),0)}function We(e){return!!e&&(e.roles.includes("admin")||e.roles.includes("operator"))}function rr(e){return!!e&&e.roles.includes("admin")}function An(e){return!!e&&(e.roles.includes("admin")||e.roles.includes("auditor"))}function ll(e,t){return t?e?.find(l=>l.id===t)?.name??t.slice(0,8):"\u2014"}var as;function ar(){as?.close();let e=new EventSource("/api/v1/stream");as=e,e.onopen=()=>Te.update(t=>({...t,connected:!0})),e.onerror=()=>Te.update(t=>({...t,connected:!1})),e.addEventListener("history",t=>{let{items:l}=JSON.parse(t.data);Te.update(n=>({...n,history:l}))}),e.addEventListener("fleet",t=>{let l=JSON.parse(t.data);Te.update(n=>{let s={...l,agents:l.agents??n.fleet?.agents??[]},o={...n.versions,tick:(n.versions.tick??0)+1};for(let c of s.changed)o[c]=(o[c]??0)+1;let r=s.sample&&s.sample.at!==n.history.at(-1)?.at?[...n.history,s.sample].slice(-4e3):n.history;return{connected:!0,fleet:s,history:r,versions:o}})})}function cr(){as?.close(),as=void 0,Te.set({connected:!1,history:[],versions:{}})}function ur(){let e=()=>location.hash.replace(/^#\/?/,"").split("/").filter(Boolean),[t,l]=M(e());return X(()=>{let n=()=>l(e());return addEventListener("hashchange",n),()=>removeEventListener("hashchange",n)},[]),t.map(decodeURIComponent)}function cs(e){location.hash=`#/${e}`}function sl(e){if(!e)return"";let t=/^apikey:(.{8})/.exec(e);return t?`API key ${t[1]}`:e}function fr(e){return e?e.length>12?e.slice(0,8):e:"\u2014"}function dr(e,t=Date.now()){if(!e)return"never";let l=Math.round((t-Date.parse(e))/1e3),n=l<0,s=Math.abs(l),o=s<5?"just now":s<60?`${s}s`:s<3600?`${Math.floor(s/60)}m`:s<86400?`${Math.floor(s/3600)}h ${Math.floor(s%3600/60)}m`:`${Math.floor(s/86400)}d`;return o==="just now"?o:n?`in ${o}`:`${o} ago`}function pr(e){return e?new Date(e).toLocaleString():""}function us(e,t="/s"){return e==null||Number.isNaN(e)?"\u2014":`${e>=100?e.toFixed(0):e>=10?e.toFixed(1):e.toFixed(2)}${t}`}function un(e,t=""){if(e==null)return"\u2014";let l=["B","KiB","MiB","GiB","TiB"],n=e,s=0;for(;n>=1024&&s<l.length-1;)n/=1024,s++;return`${n>=100||s===0?n.toFixed(0):n.toFixed(1)} ${l[s]}${t}`}function Pl(e){return e==null?"\u2014":`${(e*100).toFixed(e<.01&&e>0?2:1)}%`}function Mn(e){return e==null?"\u2014":e>=100?`${e.toFixed(0)} ms`:`${e.toFixed(1)} ms`}function lt(e){return e==null?"\u2014":e.toLocaleString()}var fs=e=>_`
    <svg viewBox="0 0 24 24" width="14" height="14" aria-hidden="true" focusable="false"
      fill="none" stroke="currentColor" stroke-width="2" stroke-linecap="round"
      stroke-linejoin="round" dangerouslySetInnerHTML=${{__html:e}}></svg>
  `,hr=()=>fs('<rect x="9" y="9" width="11" height="11" rx="2"/><path d="M5 15V5a2 2 0 0 1 2-2h10"/>'),mr=()=>fs('<path d="M4 12l5 5L20 6"/>'),gr=()=>fs('<circle cx="12" cy="12" r="4"/><path d="M12 2v2M12 20v2M4.9 4.9l1.4 1.4M17.7 17.7l1.4 1.4M2 12h2M20 12h2M4.9 19.1l1.4-1.4M17.7 6.3l1.4-1.4"/>'),_r=()=>fs('<path d="M21 12.8A9 9 0 1 1 11.2 3a7 7 0 0 0 9.8 9.8z"/>');function Tt({status:e,maintenance:t}){let l=t?"maintenance":e;return _`<span class=${`badge s-${l}`}>${l}</span>`}function fn({id:e,href:t,iconOnly:l}){let[n,s]=M(!1);if(!e)return _`<span class="muted">—</span>`;let o=async c=>{c.stopPropagation(),c.preventDefault();try{await navigator.clipboard.writeText(e)}catch{let u=document.createRange(),h=c.currentTarget.previousElementSibling;h&&u.selectNodeContents(h),getSelection()?.removeAllRanges(),getSelection()?.addRange(u)}s(!0),setTimeout(()=>s(!1),1200)},r=l?null:_`<code title=${e}>${fr(e)}</code>`;return _`<span class="id">${t?_`<a href=${t}>${r}</a>`:r}<button
    type="button" class="copy" aria-label=${`copy id ${e}`} title="copy id"
    onClick=${o}>${n?mr():hr()}</button></span>`}function $e({at:e}){return e?_`<time datetime=${e} title=${pr(e)}>${dr(e)}</time>`:_`<span class="muted">never</span>`}function K({title:e,children:t,actions:l}){return _`<section class="card" aria-label=${e}>
    ${e||l?_`<header class="card-head">${e?_`<h2>${e}</h2>`:null}<div class="spacer"></div>${l}</header>`:null}
    ${t}
  </section>`}function dn({label:e,value:t,hint:l,tone:n}){return _`<div class=${`stat ${n??""}`} role="group" aria-label=${e}>
    <div class="stat-label">${e}</div>
    <div class="stat-value">${t}</div>
    ${l?_`<div class="stat-hint">${l}</div>`:null}
  </div>`}function ve({error:e}){if(!e)return null;let t=e instanceof Error?e.message:String(e);return _`<p class="error" role="alert">${t}</p>`}function Q({children:e}){return _`<p class="empty">${e}</p>`}function At({request:e,onClose:t}){let l=nl(null),[n,s]=M(!1),[o,r]=M(null),[c,u]=M("");return X(()=>{let f=l.current;f&&(r(null),u(e?.input?.value??""),e&&!f.open&&f.showModal(),!e&&f.open&&f.close())},[e]),_`<dialog ref=${l} class="confirm" onClose=${t} aria-labelledby="confirm-title">
    ${e?_`<form method="dialog" onSubmit=${async f=>{if(f.preventDefault(),!!e){s(!0);try{await e.run(e.input?c:void 0),t()}catch(m){r(m)}finally{s(!1)}}}}>
      <h2 id="confirm-title">${e.title}</h2>
      ${e.body?_`<div class="confirm-body">${e.body}</div>`:null}
      ${e.input?_`<label class="field">${e.input.label}<input
          type=${e.input.type??"text"} value=${c} required
          onInput=${f=>u(f.target.value)} /></label>`:null}
      <${ve} error=${o} />
      <div class="row end">
        <button type="button" onClick=${t}>Cancel</button>
        <button type="submit" class=${e.danger?"danger":"primary"} disabled=${n}>
          ${n?"Working\u2026":e.confirmLabel}
        </button>
      </div>
    </form>`:null}
  </dialog>`}function ol({options:e,value:t,onChange:l,label:n}){return _`<div class="segmented" role="radiogroup" aria-label=${n}>
    ${e.map(s=>_`
        <button type="button" role="radio" aria-checked=${s.value===t}
          class=${s.value===t?"on":""} onClick=${()=>l(s.value)}>${s.label}</button>
      `)}
  </div>`}function $r(){let[e,t]=M(""),[l,n]=M(null),[s,o]=M(!1);return _`
    <main class="login">
      <form class="card login-card" onSubmit=${async c=>{c.preventDefault(),o(!0),n(null);try{let u=await lr(e.trim());t(""),be.set(u)}catch(u){n(u)}finally{o(!1)}}} aria-labelledby="login-title">
        <div class="brand big"><span class="logo" aria-hidden="true">⇄</span> Switchboard</div>
        <h1 id="login-title">Sign in</h1>
        <label class="field">API key or token
            <input id="credential" name="credential" type="password" autocomplete="off" required
              autofocus placeholder="sbk_… or a JWT" value=${e}
              onInput=${c=>t(c.target.value)} />
          </label>
        <p class="hint">The embedded node writes an admin key to <code>./data/admin-api-key</code>.
            It is kept in an HttpOnly cookie for this browser, never in page storage.</p>
        <${ve} error=${l} />
        <button type="submit" class="primary" disabled=${s}>${s?"Signing in\u2026":"Sign in"}</button>
      </form>
    </main>
  `}var Ge="u-",ou="uplot",iu=Ge+"hz",ru=Ge+"vt",au=Ge+"title",cu=Ge+"wrap",uu=Ge+"under",fu=Ge+"over",du=Ge+"axis",Ln=Ge+"off",pu=Ge+"select",hu=Ge+"cursor-x",mu=Ge+"cursor-y",gu=Ge+"cursor-pt",_u=Ge+"legend",$u=Ge+"live",bu=Ge+"inline",vu=Ge+"series",yu=Ge+"marker",br=Ge+"label",wu=Ge+"value",Il="width",Nl="height",Ll="top",vr="bottom",il="left",$o="right",Io="#000",yr=Io+"0",bo="mousemove",wr="mousedown",vo="mouseup",Sr="mouseenter",kr="mouseleave",xr="dblclick",Su="resize",ku="scroll",Cr="change",gs="dppxchange",No="--",pl=typeof window<"u",xo=pl?document:null,al=pl?window:null,xu=pl?navigator:null,fe,ds;function Co(){let e=devicePixelRatio;fe!=e&&(fe=e,ds&&To(Cr,ds,Co),ds=matchMedia(`(min-resolution: ${fe-.001}dppx) and (max-resolution: ${fe+.001}dppx)`),Rn(Cr,ds,Co),al.dispatchEvent(new CustomEvent(gs)))}function $t(e,t){if(t!=null){let l=e.classList;!l.contains(t)&&l.add(t)}}function Eo(e,t){let l=e.classList;l.contains(t)&&l.remove(t)}function Ae(e,t,l){e.style[t]=l+"px"}function Ot(e,t,l,n){let s=xo.createElement(e);return t!=null&&$t(s,t),l?.insertBefore(s,n),s}function Mt(e,t){return Ot("div",e,t)}var Er=new WeakMap;function Yt(e,t,l,n,s){let o="translate("+t+"px,"+l+"px)",r=Er.get(e);o!=r&&(e.style.transform=o,Er.set(e,o),t<0||l<0||t>n||l>s?$t(e,Ln):Eo(e,Ln))}var Tr=new WeakMap;function Ar(e,t,l){let n=t+l,s=Tr.get(e);n!=s&&(Tr.set(e,n),e.style.background=t,e.style.borderColor=l)}var Mr=new WeakMap;function Dr(e,t,l,n){let s=t+""+l,o=Mr.get(e);s!=o&&(Mr.set(e,s),e.style.height=l+"px",e.style.width=t+"px",e.style.marginLeft=n?-t/2+"px":0,e.style.marginTop=n?-l/2+"px":0)}var Oo={passive:!0},Cu={...Oo,capture:!0};function Rn(e,t,l,n){t.addEventListener(e,l,n?Cu:Oo)}function To(e,t,l,n){t.removeEventListener(e,l,Oo)}pl&&Co();function Ft(e,t,l,n){let s;l=l||0,n=n||t.length-1;let o=n<=2147483647;for(;n-l>1;)s=o?l+n>>1:bt((l+n)/2),t[s]<e?l=s:n=s;return e-t[l]<=t[n]-e?l:n}function oa(e){return(l,n,s)=>{let o=-1,r=-1;for(let c=n;c<=s;c++)if(e(l[c])){o=c;break}for(let c=s;c>=n;c--)if(e(l[c])){r=c;break}return[o,r]}}var ia=e=>e!=null,ra=e=>e!=null&&e>0,bs=oa(ia),Eu=oa(ra);function Tu(e,t,l,n=0,s=!1){let o=s?Eu:bs,r=s?ra:ia;[t,l]=o(e,t,l);let c=e[t],u=e[t];if(t>-1)if(n==1)c=e[t],u=e[l];else if(n==-1)c=e[l],u=e[t];else for(let h=t;h<=l;h++){let f=e[h];r(f)&&(f<c?c=f:f>u&&(u=f))}return[c??ye,u??-ye]}function vs(e,t,l,n){let s=Rr(e),o=Rr(t);e==t&&(s==-1?(e*=l,t/=l):(e/=l,t*=l));let r=l==10?Qt:aa,c=s==1?bt:Dt,u=o==1?Dt:bt,h=c(r(Be(e))),f=u(r(Be(t))),m=cl(l,h),$=cl(l,f);return l==10&&(h<0&&(m=we(m,-h)),f<0&&($=we($,-f))),n||l==2?(e=m*s,t=$*o):(e=da(e,m),t=ys(t,$)),[e,t]}function Fo(e,t,l,n){let s=vs(e,t,l,n);return e==0&&(s[0]=0),t==0&&(s[1]=0),s}var Vo=.1,Pr={mode:3,pad:Vo},Fl={pad:0,soft:null,mode:0},Au={min:Fl,max:Fl};function _s(e,t,l,n){return ws(l)?Lr(e,t,l):(Fl.pad=l,Fl.soft=n?0:null,Fl.mode=n?3:0,Lr(e,t,Au))}function ce(e,t){return e??t}function Mu(e,t,l){for(t=ce(t,0),l=ce(l,e.length-1);t<=l;){if(e[t]!=null)return!0;t++}return!1}function Lr(e,t,l){let n=l.min,s=l.max,o=ce(n.pad,0),r=ce(s.pad,0),c=ce(n.hard,-ye),u=ce(s.hard,ye),h=ce(n.soft,ye),f=ce(s.soft,-ye),m=ce(n.mode,0),$=ce(s.mode,0),g=t-e,w=Qt(g),A=ct(Be(e),Be(t)),C=Qt(A),D=Be(C-w);(g<1e-24||D>10)&&(g=0,(e==0||t==0)&&(g=1e-24,m==2&&h!=ye&&(o=0),$==2&&f!=-ye&&(r=0)));let v=g||A||1e3,S=Qt(v),k=cl(10,bt(S)),V=v*(g==0?e==0?.1:1:o),T=we(da(e-V,k/10),24),Y=e>=h&&(m==1||m==3&&T<=h||m==2&&T>=h)?h:ye,G=ct(c,T<Y&&e>=Y?Y:Vt(Y,T)),ee=v*(g==0?t==0?.1:1:r),U=we(ys(t+ee,k/10),24),x=t<=f&&($==1||$==3&&U>=f||$==2&&U<=f)?f:-ye,H=Vt(u,U>x&&t<=x?x:ct(x,U));return G==H&&G==0&&(H=100),[G,H]}var Du=new Intl.NumberFormat(pl?xu.language:"en-US"),Ho=e=>Du.format(e),vt=Math,ms=vt.PI,Be=vt.abs,bt=vt.floor,je=vt.round,Dt=vt.ceil,Vt=vt.min,ct=vt.max,cl=vt.pow,Rr=vt.sign,Qt=vt.log10,aa=vt.log2,Pu=(e,t=1)=>vt.sinh(e)*t,yo=(e,t=1)=>vt.asinh(e/t),ye=1/0;function Ir(e){return(Qt((e^e>>31)-(e>>31))|0)+1}function Ao(e,t,l){return Vt(ct(e,t),l)}function ca(e){return typeof e=="function"}function oe(e){return ca(e)?e:()=>e}var Lu=()=>{},ua=e=>e,fa=(e,t)=>t,Ru=e=>null,Nr=e=>!0,Or=(e,t)=>e==t,Iu=/\.\d*?(?=9{6,}|0{6,})/gm,In=e=>{if(ha(e)||hn.has(e))return e;let t=`${e}`,l=t.match(Iu);if(l==null)return e;let n=l[0].length-1;if(t.indexOf("e-")!=-1){let[s,o]=t.split("e");return+`${In(s)}e${o}`}return we(e,n)};function Dn(e,t){return In(we(In(e/t))*t)}function ys(e,t){return In(Dt(In(e/t))*t)}function da(e,t){return In(bt(In(e/t))*t)}function we(e,t=0){if(ha(e))return e;let l=10**t,n=e*l*(1+Number.EPSILON);return je(n)/l}var hn=new Map;function pa(e){return((""+e).split(".")[1]||"").length}function Hl(e,t,l,n){let s=[],o=n.map(pa);for(let r=t;r<l;r++){let c=Be(r),u=we(cl(e,r),c);for(let h=0;h<n.length;h++){let f=e==10?+`${n[h]}e${r}`:n[h]*u,m=(r>=0?0:c)+(r>=o[h]?0:o[h]),$=e==10?f:we(f,m);s.push($),hn.set($,m)}}return s}var Vl={},Uo=[],ul=[null,null],pn=Array.isArray,ha=Number.isInteger,Nu=e=>e===void 0;function Fr(e){return typeof e=="string"}function ws(e){let t=!1;if(e!=null){let l=e.constructor;t=l==null||l==Object}return t}function Ou(e){return e!=null&&typeof e=="object"}var Fu=Object.getPrototypeOf(Uint8Array),ma="__proto__";function fl(e,t=ws){let l;if(pn(e)){let n=e.find(s=>s!=null);if(pn(n)||t(n)){l=Array(e.length);for(let s=0;s<e.length;s++)l[s]=fl(e[s],t)}else l=e.slice()}else if(e instanceof Fu)l=e.slice();else if(t(e)){l={};for(let n in e)n!=ma&&(l[n]=fl(e[n],t))}else l=e;return l}function Ve(e){let t=arguments;for(let l=1;l<t.length;l++){let n=t[l];for(let s in n)s!=ma&&(ws(e[s])?Ve(e[s],fl(n[s])):e[s]=fl(n[s]))}return e}var Vu=0,Hu=1,Uu=2;function zu(e,t,l){for(let n=0,s,o=-1;n<t.length;n++){let r=t[n];if(r>o){for(s=r-1;s>=0&&e[s]==null;)e[s--]=null;for(s=r+1;s<l&&e[s]==null;)e[o=s++]=null}}}function Wu(e,t){if(Gu(e)){let r=e[0].slice();for(let c=1;c<e.length;c++)r.push(...e[c].slice(1));return Yu(r[0])||(r=Bu(r)),r}let l=new Set;for(let r=0;r<e.length;r++){let u=e[r][0],h=u.length;for(let f=0;f<h;f++)l.add(u[f])}let n=[Array.from(l).sort((r,c)=>r-c)],s=n[0].length,o=new Map;for(let r=0;r<s;r++)o.set(n[0][r],r);for(let r=0;r<e.length;r++){let c=e[r],u=c[0];for(let h=1;h<c.length;h++){let f=c[h],m=Array(s).fill(void 0),$=t?t[r][h]:Hu,g=[];for(let w=0;w<f.length;w++){let A=f[w],C=o.get(u[w]);A===null?$!=Vu&&(m[C]=A,$==Uu&&g.push(C)):m[C]=A}zu(m,g,s),n.push(m)}}return n}var ju=typeof queueMicrotask>"u"?e=>Promise.resolve().then(e):queueMicrotask;function Bu(e){let t=e[0],l=t.length,n=Array(l);for(let o=0;o<n.length;o++)n[o]=o;n.sort((o,r)=>t[o]-t[r]);let s=[];for(let o=0;o<e.length;o++){let r=e[o],c=Array(l);for(let u=0;u<l;u++)c[u]=r[n[u]];s.push(c)}return s}function Gu(e){let t=e[0][0],l=t.length;for(let n=1;n<e.length;n++){let s=e[n][0];if(s.length!=l)return!1;if(s!=t){for(let o=0;o<l;o++)if(s[o]!=t[o])return!1}}return!0}function Yu(e,t=100){let l=e.length;if(l<=1)return!0;let n=0,s=l-1;for(;n<=s&&e[n]==null;)n++;for(;s>=n&&e[s]==null;)s--;if(s<=n)return!0;let o=ct(1,bt((s-n+1)/t));for(let r=e[n],c=n+o;c<=s;c+=o){let u=e[c];if(u!=null){if(u<=r)return!1;r=u}}return!0}var ga=["January","February","March","April","May","June","July","August","September","October","November","December"],_a=["Sunday","Monday","Tuesday","Wednesday","Thursday","Friday","Saturday"];function $a(e){return e.slice(0,3)}var Ju=_a.map($a),Ku=ga.map($a),qu={MMMM:ga,MMM:Ku,WWWW:_a,WWW:Ju};function Rl(e){return(e<10?"0":"")+e}function Zu(e){return(e<10?"00":e<100?"0":"")+e}var Qu={YYYY:e=>e.getFullYear(),YY:e=>(e.getFullYear()+"").slice(2),MMMM:(e,t)=>t.MMMM[e.getMonth()],MMM:(e,t)=>t.MMM[e.getMonth()],MM:e=>Rl(e.getMonth()+1),M:e=>e.getMonth()+1,DD:e=>Rl(e.getDate()),D:e=>e.getDate(),WWWW:(e,t)=>t.WWWW[e.getDay()],WWW:(e,t)=>t.WWW[e.getDay()],HH:e=>Rl(e.getHours()),H:e=>e.getHours(),h:e=>{let t=e.getHours();return t==0?12:t>12?t-12:t},AA:e=>e.getHours()>=12?"PM":"AM",aa:e=>e.getHours()>=12?"pm":"am",a:e=>e.getHours()>=12?"p":"a",mm:e=>Rl(e.getMinutes()),m:e=>e.getMinutes(),ss:e=>Rl(e.getSeconds()),s:e=>e.getSeconds(),fff:e=>Zu(e.getMilliseconds())};function zo(e,t){t=t||qu;let l=[],n=/\{([a-z]+)\}|[^{]+/gi,s;for(;s=n.exec(e);)l.push(s[0][0]=="{"?Qu[s[1]]:s[0]);return o=>{let r="";for(let c=0;c<l.length;c++)r+=typeof l[c]=="string"?l[c]:l[c](o,t);return r}}var Xu=new Intl.DateTimeFormat().resolvedOptions().timeZone;function ef(e,t){let l;return t=="UTC"||t=="Etc/UTC"?l=new Date(+e+e.getTimezoneOffset()*6e4):t==Xu?l=e:(l=new Date(e.toLocaleString("en-US",{timeZone:t})),l.setMilliseconds(e.getMilliseconds())),l}var ba=e=>e%1==0,$s=[1,2,2.5,5],tf=Hl(10,-32,0,$s),va=Hl(10,0,32,$s),nf=va.filter(ba),Pn=tf.concat(va),Wo=`
`,ya="{YYYY}",Vr=Wo+ya,wa="{M}/{D}",Ol=Wo+wa,ps=Ol+"/{YY}",Sa="{aa}",lf="{h}:{mm}",rl=lf+Sa,Hr=Wo+rl,Ur=":{ss}",he=null;function ka(e){let t=e*1e3,l=t*60,n=l*60,s=n*24,o=s*30,r=s*365,u=(e==1?Hl(10,0,3,$s).filter(ba):Hl(10,-3,0,$s)).concat([t,t*5,t*10,t*15,t*30,l,l*5,l*10,l*15,l*30,n,n*2,n*3,n*4,n*6,n*8,n*12,s,s*2,s*3,s*4,s*5,s*6,s*7,s*8,s*9,s*10,s*15,o,o*2,o*3,o*4,o*6,r,r*2,r*5,r*10,r*25,r*50,r*100]),h=[[r,ya,he,he,he,he,he,he,1],[s*28,"{MMM}",Vr,he,he,he,he,he,1],[s,wa,Vr,he,he,he,he,he,1],[n,"{h}"+Sa,ps,he,Ol,he,he,he,1],[l,rl,ps,he,Ol,he,he,he,1],[t,Ur,ps+" "+rl,he,Ol+" "+rl,he,Hr,he,1],[e,Ur+".{fff}",ps+" "+rl,he,Ol+" "+rl,he,Hr,he,1]];function f(m){return($,g,w,A,C,D)=>{let v=[],S=C>=r,k=C>=o&&C<r,V=m(w),T=we(V*e,3),Y=wo(V.getFullYear(),S?0:V.getMonth(),k||S?1:V.getDate()),G=we(Y*e,3);if(k||S){let ee=k?C/o:0,U=S?C/r:0,x=T==G?T:we(wo(Y.getFullYear()+U,Y.getMonth()+ee,1)*e,3),H=new Date(je(x/e)),R=H.getFullYear(),q=H.getMonth();for(let B=0;x<=A;B++){let ie=wo(R+U*B,q+ee*B,1),j=ie-m(we(ie*e,3));x=we((+ie+j)*e,3),x<=A&&v.push(x)}}else{let ee=C>=s?s:C,U=bt(w)-bt(T),x=G+U+ys(T-G,ee);v.push(x);let H=m(x),R=H.getHours()+H.getMinutes()/l+H.getSeconds()/n,q=C/n,B=$.axes[g]._space,ie=D/B;for(;x=we(x+C,e==1?0:3),!(x>A);)if(q>1){let j=bt(we(R+q,6))%24,re=m(x).getHours()-j;re>1&&(re=-1),x-=re*n,R=(R+q)%24;let me=v[v.length-1];we((x-me)/C,3)*ie>=.7&&v.push(x)}else v.push(x)}return v}}return[u,h,f]}var[sf,of,rf]=ka(1),[af,cf,uf]=ka(.001);Hl(2,-53,53,[1]);function zr(e,t){return e.map(l=>l.map((n,s)=>s==0||s==8||n==null?n:t(s==1||l[8]==0?n:l[1]+n)))}function Wr(e,t){return(l,n,s,o,r)=>{let c=t.find(w=>r>=w[0])||t[t.length-1],u,h,f,m,$,g;return n.map(w=>{let A=e(w),C=A.getFullYear(),D=A.getMonth(),v=A.getDate(),S=A.getHours(),k=A.getMinutes(),V=A.getSeconds(),T=C!=u&&c[2]||D!=h&&c[3]||v!=f&&c[4]||S!=m&&c[5]||k!=$&&c[6]||V!=g&&c[7]||c[1];return u=C,h=D,f=v,m=S,$=k,g=V,T(A)})}}function ff(e,t){let l=zo(t);return(n,s,o,r,c)=>s.map(u=>l(e(u)))}function wo(e,t,l){return new Date(e,t,l)}function jr(e,t){return t(e)}var df="{YYYY}-{MM}-{DD} {h}:{mm}{aa}";function Br(e,t){return(l,n,s,o)=>o==null?No:t(e(n))}function pf(e,t){let l=e.series[t];return l.width?l.stroke(e,t):l.points.width?l.points.stroke(e,t):null}function hf(e,t){return e.series[t].fill(e,t)}var mf={show:!0,live:!0,isolate:!1,mount:Lu,markers:{show:!0,width:2,stroke:pf,fill:hf,dash:"solid"},idx:null,idxs:null,values:[]};function gf(e,t){let l=e.cursor.points,n=Mt(),s=l.size(e,t);Ae(n,Il,s),Ae(n,Nl,s);let o=s/-2;Ae(n,"marginLeft",o),Ae(n,"marginTop",o);let r=l.width(e,t,s);return r&&Ae(n,"borderWidth",r),n}function _f(e,t){let l=e.series[t].points;return l._fill||l._stroke}function $f(e,t){let l=e.series[t].points;return l._stroke||l._fill}function bf(e,t){return e.series[t].points.size}var So=[0,0];function vf(e,t,l){return So[0]=t,So[1]=l,So}function hs(e,t,l,n=!0){return s=>{s.button==0&&(!n||s.target==t)&&l(s)}}function ko(e,t,l,n=!0){return s=>{(!n||s.target==t)&&l(s)}}var yf={show:!0,x:!0,y:!0,lock:!1,move:vf,points:{one:!1,show:gf,size:bf,width:0,stroke:$f,fill:_f},bind:{mousedown:hs,mouseup:hs,click:hs,dblclick:hs,mousemove:ko,mouseleave:ko,mouseenter:ko},drag:{setScale:!0,x:!0,y:!1,dist:0,uni:null,click:(e,t)=>{t.stopPropagation(),t.stopImmediatePropagation()},_x:!1,_y:!1},focus:{dist:(e,t,l,n,s)=>n-s,prox:-1,bias:0},hover:{skip:[void 0],prox:null,bias:0},left:-10,top:-10,idx:null,dataIdx:null,idxs:null,event:null},xa={show:!0,stroke:"rgba(0,0,0,0.07)",width:2},jo=Ve({},xa,{filter:fa}),Ca=Ve({},jo,{size:10}),Ea=Ve({},xa,{show:!1}),Bo='12px system-ui, -apple-system, "Segoe UI", Roboto, "Helvetica Neue", Arial, "Noto Sans", sans-serif, "Apple Color Emoji", "Segoe UI Emoji", "Segoe UI Symbol", "Noto Color Emoji"',Ta="bold "+Bo,Aa=1.5,Gr={show:!0,scale:"x",stroke:Io,space:50,gap:5,alignTo:1,size:50,labelGap:0,labelSize:30,labelFont:Ta,side:2,grid:jo,ticks:Ca,border:Ea,font:Bo,lineGap:Aa,rotate:0},wf="Value",Sf="Time",Yr={show:!0,scale:"x",auto:!1,sorted:1,min:ye,max:-ye,idxs:[]};function kf(e,t,l,n,s){return t.map(o=>o==null?"":Ho(o))}function xf(e,t,l,n,s,o,r){let c=[],u=hn.get(s)||0;l=r?l:we(ys(l,s),u);for(let h=l;h<=n;h=we(h+s,u))c.push(Object.is(h,-0)?0:h);return c}function Mo(e,t,l,n,s,o,r){let c=[],u=e.scales[e.axes[t].scale].log,h=u==10?Qt:aa,f=bt(h(l));s=cl(u,f),u==10&&(s=Pn[Ft(s,Pn)]);let m=l,$=s*u;u==10&&($=Pn[Ft($,Pn)]);do c.push(m),m=m+s,u==10&&!hn.has(m)&&(m=we(m,hn.get(s))),m>=$&&(s=m,$=s*u,u==10&&($=Pn[Ft($,Pn)]));while(m<=n);return c}function Cf(e,t,l,n,s,o,r){let u=e.scales[e.axes[t].scale].asinh,h=n>u?Mo(e,t,ct(u,l),n,s):[u],f=n>=0&&l<=0?[0]:[];return(l<-u?Mo(e,t,ct(u,-n),-l,s):[u]).reverse().map($=>-$).concat(f,h)}var Ma=/./,Ef=/[12357]/,Tf=/[125]/,Jr=/1/,Do=(e,t,l,n)=>e.map((s,o)=>t==4&&s==0||o%n==0&&l.test(s.toExponential()[s<0?1:0])?s:null);function Af(e,t,l,n,s){let o=e.axes[l],r=o.scale,c=e.scales[r],u=e.valToPos,h=o._space,f=u(10,r),m=u(9,r)-f>=h?Ma:u(7,r)-f>=h?Ef:u(5,r)-f>=h?Tf:Jr;if(m==Jr){let $=Be(u(1,r)-f);if($<h)return Do(t.slice().reverse(),c.distr,m,Dt(h/$)).reverse()}return Do(t,c.distr,m,1)}function Mf(e,t,l,n,s){let o=e.axes[l],r=o.scale,c=o._space,u=e.valToPos,h=Be(u(1,r)-u(2,r));return h<c?Do(t.slice().reverse(),3,Ma,Dt(c/h)).reverse():t}function Df(e,t,l,n){return n==null?No:t==null?"":Ho(t)}var Kr={show:!0,scale:"y",stroke:Io,space:30,gap:5,alignTo:1,size:50,labelGap:0,labelSize:30,labelFont:Ta,side:3,grid:jo,ticks:Ca,border:Ea,font:Bo,lineGap:Aa,rotate:0};function Pf(e,t){let l=3+(e||1)*2;return we(l*t,3)}function Lf(e,t){let{scale:l,idxs:n}=e.series[0],s=e._data[0],o=e.valToPos(s[n[0]],l,!0),r=e.valToPos(s[n[1]],l,!0),c=Be(r-o),u=e.series[t],h=c/(u.points.space*fe);return n[1]-n[0]<=h}var qr={scale:null,auto:!0,sorted:0,min:ye,max:-ye},Da=(e,t,l,n,s)=>s,Zr={show:!0,auto:!0,sorted:0,gaps:Da,alpha:1,facets:[Ve({},qr,{scale:"x"}),Ve({},qr,{scale:"y"})]},Qr={scale:"y",auto:!0,sorted:0,show:!0,spanGaps:!1,gaps:Da,alpha:1,points:{show:Lf,filter:null},values:null,min:ye,max:-ye,idxs:[],path:null,clip:null};function Rf(e,t,l,n,s){return l/10}var Pa={time:!0,auto:!0,distr:1,log:10,asinh:1,min:null,max:null,dir:1,ori:0},If=Ve({},Pa,{time:!1,ori:1}),Xr={};function La(e,t){let l=Xr[e];return l||(l={key:e,plots:[],sub(n){l.plots.push(n)},unsub(n){l.plots=l.plots.filter(s=>s!=n)},pub(n,s,o,r,c,u,h){for(let f=0;f<l.plots.length;f++)l.plots[f]!=s&&l.plots[f].pub(n,s,o,r,c,u,h)}},e!=null&&(Xr[e]=l)),l}var dl=1,Po=2;function Nn(e,t,l){let n=e.mode,s=e.series[t],o=n==2?e._data[t]:e._data,r=e.scales,c=e.bbox,u=o[0],h=n==2?o[1]:o[t],f=n==2?r[s.facets[0].scale]:r[e.series[0].scale],m=n==2?r[s.facets[1].scale]:r[s.scale],$=c.left,g=c.top,w=c.width,A=c.height,C=e.valToPosH,D=e.valToPosV;return f.ori==0?l(s,u,h,f,m,C,D,$,g,w,A,ks,hl,Cs,Ia,Oa):l(s,u,h,f,m,D,C,g,$,A,w,xs,ml,Jo,Na,Fa)}function Go(e,t){let l=0,n=0,s=ce(e.bands,Uo);for(let o=0;o<s.length;o++){let r=s[o];r.series[0]==t?l=r.dir:r.series[1]==t&&(r.dir==1?n|=1:n|=2)}return[l,n==1?-1:n==2?1:n==3?2:0]}function Nf(e,t,l,n,s){let o=e.mode,r=e.series[t],c=o==2?r.facets[1].scale:r.scale,u=e.scales[c];return s==-1?u.min:s==1?u.max:u.distr==3?u.dir==1?u.min:u.max:0}function Xt(e,t,l,n,s,o){return Nn(e,t,(r,c,u,h,f,m,$,g,w,A,C)=>{let D=r.pxRound,v=h.dir*(h.ori==0?1:-1),S=h.ori==0?hl:ml,k,V;v==1?(k=l,V=n):(k=n,V=l);let T=D(m(c[k],h,A,g)),Y=D($(u[k],f,C,w)),G=D(m(c[V],h,A,g)),ee=D($(o==1?f.max:f.min,f,C,w)),U=new Path2D(s);return S(U,G,ee),S(U,T,ee),S(U,T,Y),U})}function Ss(e,t,l,n,s,o){let r=null;if(e.length>0){r=new Path2D;let c=t==0?Cs:Jo,u=l;for(let m=0;m<e.length;m++){let $=e[m];if($[1]>$[0]){let g=$[0]-u;g>0&&c(r,u,n,g,n+o),u=$[1]}}let h=l+s-u,f=10;h>0&&c(r,u,n-f/2,h,n+o+f)}return r}function Of(e,t,l){let n=e[e.length-1];n&&n[0]==t?n[1]=l:e.push([t,l])}function Yo(e,t,l,n,s,o,r){let c=[],u=e.length;for(let h=s==1?l:n;h>=l&&h<=n;h+=s)if(t[h]===null){let m=h,$=h;if(s==1)for(;++h<=n&&t[h]===null;)$=h;else for(;--h>=l&&t[h]===null;)$=h;let g=o(e[m]),w=$==m?g:o(e[$]),A=m-s;g=r<=0&&A>=0&&A<u?o(e[A]):g;let D=$+s;w=r>=0&&D>=0&&D<u?o(e[D]):w,w>=g&&c.push([g,w])}return c}function ea(e){return e==0?ua:e==1?je:t=>Dn(t,e)}function Ra(e){let t=e==0?ks:xs,l=e==0?(s,o,r,c,u,h)=>{s.arcTo(o,r,c,u,h)}:(s,o,r,c,u,h)=>{s.arcTo(r,o,u,c,h)},n=e==0?(s,o,r,c,u)=>{s.rect(o,r,c,u)}:(s,o,r,c,u)=>{s.rect(r,o,u,c)};return(s,o,r,c,u,h=0,f=0)=>{h==0&&f==0?n(s,o,r,c,u):(h=Vt(h,c/2,u/2),f=Vt(f,c/2,u/2),t(s,o+h,r),l(s,o+c,r,o+c,r+u,h),l(s,o+c,r+u,o,r+u,f),l(s,o,r+u,o,r,f),l(s,o,r,o+c,r,h),s.closePath())}}var ks=(e,t,l)=>{e.moveTo(t,l)},xs=(e,t,l)=>{e.moveTo(l,t)},hl=(e,t,l)=>{e.lineTo(t,l)},ml=(e,t,l)=>{e.lineTo(l,t)},Cs=Ra(0),Jo=Ra(1),Ia=(e,t,l,n,s,o)=>{e.arc(t,l,n,s,o)},Na=(e,t,l,n,s,o)=>{e.arc(l,t,n,s,o)},Oa=(e,t,l,n,s,o,r)=>{e.bezierCurveTo(t,l,n,s,o,r)},Fa=(e,t,l,n,s,o,r)=>{e.bezierCurveTo(l,t,s,n,r,o)};function Va(e){return(t,l,n,s,o)=>Nn(t,l,(r,c,u,h,f,m,$,g,w,A,C)=>{let{pxRound:D,points:v}=r,S,k;h.ori==0?(S=ks,k=Ia):(S=xs,k=Na);let V=we(v.width*fe,3),T=(v.size-v.width)/2*fe,Y=we(T*2,3),G=new Path2D,ee=new Path2D,{left:U,top:x,width:H,height:R}=t.bbox;Cs(ee,U-Y,x-Y,H+Y*2,R+Y*2);let q=B=>{if(u[B]!=null){let ie=D(m(c[B],h,A,g)),j=D($(u[B],f,C,w));S(G,ie+T,j),k(G,ie,j,T,0,ms*2)}};if(o)o.forEach(q);else for(let B=n;B<=s;B++)q(B);return{stroke:V>0?G:null,fill:G,clip:ee,flags:dl|Po}})}function Ha(e){return(t,l,n,s,o,r)=>{n!=s&&(o!=n&&r!=n&&e(t,l,n),o!=s&&r!=s&&e(t,l,s),e(t,l,r))}}var Ff=Ha(hl),Vf=Ha(ml);function Ua(e){let t=ce(e?.alignGaps,0);return(l,n,s,o)=>Nn(l,n,(r,c,u,h,f,m,$,g,w,A,C)=>{[s,o]=bs(u,s,o);let D=r.pxRound,v=R=>D(m(R,h,A,g)),S=R=>D($(R,f,C,w)),k,V;h.ori==0?(k=hl,V=Ff):(k=ml,V=Vf);let T=h.dir*(h.ori==0?1:-1),Y={stroke:new Path2D,fill:null,clip:null,band:null,gaps:null,flags:dl},G=Y.stroke,ee=!1;if(o-s>=A*4){let R=z=>l.posToVal(z,h.key,!0),q=null,B=null,ie,j,ut,Me=v(c[T==1?s:o]),re=v(c[s]),me=v(c[o]),ne=R(T==1?re+1:me-1);for(let z=T==1?s:o;z>=s&&z<=o;z+=T){let He=c[z],De=(T==1?He<ne:He>ne)?Me:v(He),de=u[z];De==Me?de!=null?(j=de,q==null?(k(G,De,S(j)),ie=q=B=j):j<q?q=j:j>B&&(B=j)):de===null&&(ee=!0):(q!=null&&V(G,Me,S(q),S(B),S(ie),S(j)),de!=null?(j=de,k(G,De,S(j)),q=B=ie=j):(q=B=null,de===null&&(ee=!0)),Me=De,ne=R(Me+T))}q!=null&&q!=B&&ut!=Me&&V(G,Me,S(q),S(B),S(ie),S(j))}else for(let R=T==1?s:o;R>=s&&R<=o;R+=T){let q=u[R];q===null?ee=!0:q!=null&&k(G,v(c[R]),S(q))}let[x,H]=Go(l,n);if(r.fill!=null||x!=0){let R=Y.fill=new Path2D(G),q=r.fillTo(l,n,r.min,r.max,x),B=S(q),ie=v(c[s]),j=v(c[o]);T==-1&&([j,ie]=[ie,j]),k(R,j,B),k(R,ie,B)}if(!r.spanGaps){let R=[];ee&&R.push(...Yo(c,u,s,o,T,v,t)),Y.gaps=R=r.gaps(l,n,s,o,R),Y.clip=Ss(R,h.ori,g,w,A,C)}return H!=0&&(Y.band=H==2?[Xt(l,n,s,o,G,-1),Xt(l,n,s,o,G,1)]:Xt(l,n,s,o,G,H)),Y})}function Hf(e){let t=ce(e.align,1),l=ce(e.ascDesc,!1),n=ce(e.alignGaps,0),s=ce(e.extend,!1);return(o,r,c,u)=>Nn(o,r,(h,f,m,$,g,w,A,C,D,v,S)=>{[c,u]=bs(m,c,u);let k=h.pxRound,{left:V,width:T}=o.bbox,Y=re=>k(w(re,$,v,C)),G=re=>k(A(re,g,S,D)),ee=$.ori==0?hl:ml,U={stroke:new Path2D,fill:null,clip:null,band:null,gaps:null,flags:dl},x=U.stroke,H=$.dir*($.ori==0?1:-1),R=G(m[H==1?c:u]),q=Y(f[H==1?c:u]),B=q,ie=q;s&&t==-1&&(ie=V,ee(x,ie,R)),ee(x,q,R);for(let re=H==1?c:u;re>=c&&re<=u;re+=H){let me=m[re];if(me==null)continue;let ne=Y(f[re]),z=G(me);t==1?ee(x,ne,R):ee(x,B,z),ee(x,ne,z),R=z,B=ne}let j=B;s&&t==1&&(j=V+T,ee(x,j,R));let[ut,Me]=Go(o,r);if(h.fill!=null||ut!=0){let re=U.fill=new Path2D(x),me=h.fillTo(o,r,h.min,h.max,ut),ne=G(me);ee(re,j,ne),ee(re,ie,ne)}if(!h.spanGaps){let re=[];re.push(...Yo(f,m,c,u,H,Y,n));let me=h.width*fe/2,ne=l||t==1?me:-me,z=l||t==-1?-me:me;re.forEach(He=>{He[0]+=ne,He[1]+=z}),U.gaps=re=h.gaps(o,r,c,u,re),U.clip=Ss(re,$.ori,C,D,v,S)}return Me!=0&&(U.band=Me==2?[Xt(o,r,c,u,x,-1),Xt(o,r,c,u,x,1)]:Xt(o,r,c,u,x,Me)),U})}function ta(e,t,l,n,s,o,r=ye){if(e.length>1){let c=null;for(let u=0,h=1/0;u<e.length;u++)if(t[u]!==void 0){if(c!=null){let f=Be(e[u]-e[c]);f<h&&(h=f,r=Be(l(e[u],n,s,o)-l(e[c],n,s,o)))}c=u}}return r}function Uf(e){e=e||Vl;let t=ce(e.size,[.6,ye,1]),l=e.align||0,n=e.gap||0,s=e.radius;s=s==null?[0,0]:typeof s=="number"?[s,0]:s;let o=oe(s),r=1-t[0],c=ce(t[1],ye),u=ce(t[2],1),h=ce(e.disp,Vl),f=ce(e.each,g=>{}),{fill:m,stroke:$}=h;return(g,w,A,C)=>Nn(g,w,(D,v,S,k,V,T,Y,G,ee,U,x)=>{let H=D.pxRound,R=l,q=n*fe,B=c*fe,ie=u*fe,j,ut;k.ori==0?[j,ut]=o(g,w):[ut,j]=o(g,w);let Me=k.dir*(k.ori==0?1:-1),re=k.ori==0?Cs:Jo,me=k.ori==0?f:(O,Se,Ue,Hn,$n,Ut,bn)=>{f(O,Se,Ue,$n,Hn,bn,Ut)},ne=ce(g.bands,Uo).find(O=>O.series[0]==w),z=ne!=null?ne.dir:0,He=D.fillTo(g,w,D.min,D.max,z),st=H(Y(He,V,x,ee)),De,de,Pt,pt=U,Le=H(D.width*fe),Ht=!1,Kt=null,yt=null,en=null,On=null;m!=null&&(Le==0||$!=null)&&(Ht=!0,Kt=m.values(g,w,A,C),yt=new Map,new Set(Kt).forEach(O=>{O!=null&&yt.set(O,new Path2D)}),Le>0&&(en=$.values(g,w,A,C),On=new Map,new Set(en).forEach(O=>{O!=null&&On.set(O,new Path2D)})));let{x0:Fn,size:$l}=h;if(Fn!=null&&$l!=null){R=1,v=Fn.values(g,w,A,C),Fn.unit==2&&(v=v.map(Ue=>g.posToVal(G+Ue*U,k.key,!0)));let O=$l.values(g,w,A,C);$l.unit==2?de=O[0]*U:de=T(O[0],k,U,G)-T(0,k,U,G),pt=ta(v,S,T,k,U,G,pt),Pt=pt-de+q}else pt=ta(v,S,T,k,U,G,pt),Pt=pt*r+q,de=pt-Pt;Pt<1&&(Pt=0),Le>=de/2&&(Le=0),Pt<5&&(H=ua);let zl=Pt>0,gn=pt-Pt-(zl?Le:0);de=H(Ao(gn,ie,B)),De=(R==0?de/2:R==Me?0:de)-R*Me*((R==0?q/2:0)+(zl?Le/2:0));let ot={stroke:null,fill:null,clip:null,band:null,gaps:null,flags:0},Vn=Ht?null:new Path2D,qt=null;if(ne!=null)qt=g.data[ne.series[1]];else{let{y0:O,y1:Se}=h;O!=null&&Se!=null&&(S=Se.values(g,w,A,C),qt=O.values(g,w,A,C))}let _n=j*de,te=ut*de;for(let O=Me==1?A:C;O>=A&&O<=C;O+=Me){let Se=S[O];if(Se==null)continue;if(qt!=null){let ft=qt[O]??0;if(Se-ft==0)continue;st=Y(ft,V,x,ee)}let Ue=k.distr!=2||h!=null?v[O]:O,Hn=T(Ue,k,U,G),$n=Y(ce(Se,He),V,x,ee),Ut=H(Hn-De),bn=H(ct($n,st)),ht=H(Vt($n,st)),wt=bn-ht;if(Se!=null){let ft=Se<0?te:_n,Lt=Se<0?_n:te;Ht?(Le>0&&en[O]!=null&&re(On.get(en[O]),Ut,ht+bt(Le/2),de,ct(0,wt-Le),ft,Lt),Kt[O]!=null&&re(yt.get(Kt[O]),Ut,ht+bt(Le/2),de,ct(0,wt-Le),ft,Lt)):re(Vn,Ut,ht+bt(Le/2),de,ct(0,wt-Le),ft,Lt),me(g,w,O,Ut-Le/2,ht,de+Le,wt)}}return Le>0?ot.stroke=Ht?On:Vn:Ht||(ot._fill=D.width==0?D._fill:D._stroke??D._fill,ot.width=0),ot.fill=Ht?yt:Vn,ot})}function zf(e,t){let l=ce(t?.alignGaps,0);return(n,s,o,r)=>Nn(n,s,(c,u,h,f,m,$,g,w,A,C,D)=>{[o,r]=bs(h,o,r);let v=c.pxRound,S=j=>v($(j,f,C,w)),k=j=>v(g(j,m,D,A)),V,T,Y;f.ori==0?(V=ks,Y=hl,T=Oa):(V=xs,Y=ml,T=Fa);let G=f.dir*(f.ori==0?1:-1),ee=S(u[G==1?o:r]),U=ee,x=[],H=[];for(let j=G==1?o:r;j>=o&&j<=r;j+=G)if(h[j]!=null){let Me=u[j],re=S(Me);x.push(U=re),H.push(k(h[j]))}let R={stroke:e(x,H,V,Y,T,v),fill:null,clip:null,band:null,gaps:null,flags:dl},q=R.stroke,[B,ie]=Go(n,s);if(c.fill!=null||B!=0){let j=R.fill=new Path2D(q),ut=c.fillTo(n,s,c.min,c.max,B),Me=k(ut);Y(j,U,Me),Y(j,ee,Me)}if(!c.spanGaps){let j=[];j.push(...Yo(u,h,o,r,G,S,l)),R.gaps=j=c.gaps(n,s,o,r,j),R.clip=Ss(j,f.ori,w,A,C,D)}return ie!=0&&(R.band=ie==2?[Xt(n,s,o,r,q,-1),Xt(n,s,o,r,q,1)]:Xt(n,s,o,r,q,ie)),R})}function Wf(e){return zf(jf,e)}function jf(e,t,l,n,s,o){let r=e.length;if(r<2)return null;let c=new Path2D;if(l(c,e[0],t[0]),r==2)n(c,e[1],t[1]);else{let u=Array(r),h=Array(r-1),f=Array(r-1),m=Array(r-1);for(let $=0;$<r-1;$++)f[$]=t[$+1]-t[$],m[$]=e[$+1]-e[$],h[$]=f[$]/m[$];u[0]=h[0];for(let $=1;$<r-1;$++)h[$]===0||h[$-1]===0||h[$-1]>0!=h[$]>0?u[$]=0:(u[$]=3*(m[$-1]+m[$])/((2*m[$]+m[$-1])/h[$-1]+(m[$]+2*m[$-1])/h[$]),isFinite(u[$])||(u[$]=0));u[r-1]=h[r-2];for(let $=0;$<r-1;$++)s(c,e[$]+m[$]/3,t[$]+u[$]*m[$]/3,e[$+1]-m[$]/3,t[$+1]-u[$+1]*m[$]/3,e[$+1],t[$+1])}return c}var Lo=new Set;function na(){for(let e of Lo)e.syncRect(!0)}pl&&(Rn(Su,al,na),Rn(ku,al,na,!0),Rn(gs,al,()=>{tt.pxRatio=fe}));var Bf=Ua(),Gf=Va();function la(e,t,l,n){return(n?[e[0],e[1]].concat(e.slice(2)):[e[0]].concat(e.slice(1))).map((o,r)=>Ro(o,r,t,l))}function Yf(e,t){return e.map((l,n)=>n==0?{}:Ve({},t,l))}function Ro(e,t,l,n){return Ve({},t==0?l:n,e)}function za(e,t,l){return t==null?ul:[t,l]}var Jf=za;function Kf(e,t,l){return t==null?ul:_s(t,l,Vo,!0)}function Wa(e,t,l,n){return t==null?ul:vs(t,l,e.scales[n].log,!1)}var qf=Wa;function ja(e,t,l,n){return t==null?ul:Fo(t,l,e.scales[n].log,!1)}var Zf=ja;function Qf(e,t,l,n,s){let o=ct(Ir(e),Ir(t)),r=t-e,c=Ft(s/n*r,l);do{let u=l[c],h=n*u/r;if(h>=s&&o+(u<5?hn.get(u):0)<=17)return[u,h]}while(++c<l.length);return[0,0]}function sa(e){let t,l;return e=e.replace(/(\d+)px/,(n,s)=>(t=je((l=+s)*fe))+"px"),[e,t,l]}function Xf(e){e.show&&[e.font,e.labelFont].forEach(t=>{let l=we(t[2]*fe,1);t[0]=t[0].replace(/[0-9.]+px/,l+"px"),t[1]=l})}function tt(e,t,l){let n={mode:ce(e.mode,1)},s=n.mode;function o(i,a,d,p){let b=a.valToPct(i);return p+d*(a.dir==-1?1-b:b)}function r(i,a,d,p){let b=a.valToPct(i);return p+d*(a.dir==-1?b:1-b)}function c(i,a,d,p){return a.ori==0?o(i,a,d,p):r(i,a,d,p)}n.valToPosH=o,n.valToPosV=r;let u=!1;n.status=0;let h=n.root=Mt(ou);if(e.id!=null&&(h.id=e.id),$t(h,e.class),e.title){let i=Mt(au,h);i.textContent=e.title}let f=Ot("canvas"),m=n.ctx=f.getContext("2d"),$=Mt(cu,h);Rn("click",$,i=>{i.target===w&&(xe!=Zn||Pe!=Qn)&&et.click(n,i)},!0);let g=n.under=Mt(uu,$);$.appendChild(f);let w=n.over=Mt(fu,$);e=fl(e);let A=+ce(e.pxAlign,1),C=ea(A);(e.plugins||[]).forEach(i=>{i.opts&&(e=i.opts(n,e)||e)});let D=e.ms||.001,v=n.series=s==1?la(e.series||[],Yr,Qr,!1):Yf(e.series||[null],Zr),S=n.axes=la(e.axes||[],Gr,Kr,!0),k=n.scales={},V=n.bands=e.bands||[];V.forEach(i=>{i.fill=oe(i.fill||null),i.dir=ce(i.dir,-1)});let T=s==2?v[1].facets[0].scale:v[0].scale,Y={axes:Mc,series:xc},G=(e.drawOrder||["axes","series"]).map(i=>Y[i]);function ee(i){let a=i.distr==3?d=>Qt(d>0?d:i.clamp(n,d,i.min,i.max,i.key)):i.distr==4?d=>yo(d,i.asinh):i.distr==100?d=>i.fwd(d):d=>d;return d=>{let p=a(d),{_min:b,_max:y}=i,E=y-b;return(p-b)/E}}function U(i){let a=k[i];if(a==null){let d=(e.scales||Vl)[i]||Vl;if(d.from!=null){U(d.from);let p=Ve({},k[d.from],d,{key:i});p.valToPct=ee(p),k[i]=p}else{a=k[i]=Ve({},i==T?Pa:If,d),a.key=i;let p=a.time,b=a.range,y=pn(b);if((i!=T||s==2&&!p)&&(y&&(b[0]==null||b[1]==null)&&(b={min:b[0]==null?Pr:{mode:1,hard:b[0],soft:b[0]},max:b[1]==null?Pr:{mode:1,hard:b[1],soft:b[1]}},y=!1),!y&&ws(b))){let E=b;b=(P,L,I)=>L==null?ul:_s(L,I,E)}a.range=oe(b||(p?Jf:i==T?a.distr==3?qf:a.distr==4?Zf:za:a.distr==3?Wa:a.distr==4?ja:Kf)),a.auto=oe(y?!1:a.auto),a.clamp=oe(a.clamp||Rf),a._min=a._max=null,a.valToPct=ee(a)}}}U("x"),U("y"),s==1&&v.forEach(i=>{U(i.scale)}),S.forEach(i=>{U(i.scale)});for(let i in e.scales)U(i);let x=k[T],H=x.distr,R,q;x.ori==0?($t(h,iu),R=o,q=r):($t(h,ru),R=r,q=o);let B={};for(let i in k){let a=k[i];(a.min!=null||a.max!=null)&&(B[i]={min:a.min,max:a.max},a.min=a.max=null)}let ie=e.tzDate||(i=>new Date(je(i/D))),j=e.fmtDate||zo,ut=D==1?rf(ie):uf(ie),Me=Wr(ie,zr(D==1?of:cf,j)),re=Br(ie,jr(df,j)),me=[],ne=n.legend=Ve({},mf,e.legend),z=n.cursor=Ve({},yf,{drag:{y:s==2}},e.cursor),He=ne.show,st=z.show,De=ne.markers;ne.idxs=me,De.width=oe(De.width),De.dash=oe(De.dash),De.stroke=oe(De.stroke),De.fill=oe(De.fill);let de,Pt,pt,Le=[],Ht=[],Kt,yt=!1,en={};if(ne.live){let i=v[1]?v[1].values:null;yt=i!=null,Kt=yt?i(n,1,0):{_:0};for(let a in Kt)en[a]=No}if(He)if(de=Ot("table",_u,h),pt=Ot("tbody",null,de),ne.mount(n,de),yt){Pt=Ot("thead",null,de,pt);let i=Ot("tr",null,Pt);Ot("th",null,i);for(var On in Kt)Ot("th",br,i).textContent=On}else $t(de,bu),ne.live&&$t(de,$u);let Fn={show:!0},$l={show:!1};function zl(i,a){if(a==0&&(yt||!ne.live||s==2))return ul;let d=[],p=Ot("tr",vu,pt,pt.childNodes[a]);$t(p,i.class),i.show||$t(p,Ln);let b=Ot("th",null,p);if(De.show){let P=Mt(yu,b);if(a>0){let L=De.width(n,a);L&&(P.style.border=L+"px "+De.dash(n,a)+" "+De.stroke(n,a)),P.style.background=De.fill(n,a)}}let y=Mt(br,b);i.label instanceof HTMLElement?y.appendChild(i.label):y.textContent=i.label,a>0&&(De.show||(y.style.color=i.width>0?De.stroke(n,a):De.fill(n,a)),ot("click",b,P=>{if(z._lock)return;yn(P);let L=v.indexOf(i);if((P.ctrlKey||P.metaKey)!=ne.isolate){let I=v.some((N,F)=>F>0&&F!=L&&N.show);v.forEach((N,F)=>{F>0&&Wt(F,I?F==L?Fn:$l:Fn,!0,Oe.setSeries)})}else Wt(L,{show:!i.show},!0,Oe.setSeries)},!1),zn&&ot(Sr,b,P=>{z._lock||(yn(P),Wt(v.indexOf(i),el,!0,Oe.setSeries))},!1));for(var E in Kt){let P=Ot("td",wu,p);P.textContent="--",d.push(P)}return[p,d]}let gn=new Map;function ot(i,a,d,p=!0){let b=gn.get(a)||{},y=z.bind[i](n,a,d,p);y&&(Rn(i,a,b[i]=y),gn.set(a,b))}function Vn(i,a,d){let p=gn.get(a)||{};for(let b in p)(i==null||b==i)&&(To(b,a,p[b]),delete p[b]);i==null&&gn.delete(a)}let qt=0,_n=0,te=0,O=0,Se=0,Ue=0,Hn=Se,$n=Ue,Ut=te,bn=O,ht=0,wt=0,ft=0,Lt=0;n.bbox={};let Ls=!1,Wl=!1,Un=!1,vn=!1,jl=!1,St=!1;function Rs(i,a,d){(d||i!=n.width||a!=n.height)&&qo(i,a),Yn(!1),Un=!0,Wl=!0,Jn()}function qo(i,a){n.width=qt=te=i,n.height=_n=O=a,Se=Ue=0,$c(),bc();let d=n.bbox;ht=d.left=Dn(Se*fe,.5),wt=d.top=Dn(Ue*fe,.5),ft=d.width=Dn(te*fe,.5),Lt=d.height=Dn(O*fe,.5)}let mc=3;function gc(){let i=!1,a=0;for(;!i;){a++;let d=Tc(a),p=Ac(a);i=a==mc||d&&p,i||(qo(n.width,n.height),Wl=!0)}}function _c({width:i,height:a}){Rs(i,a)}n.setSize=_c;function $c(){let i=!1,a=!1,d=!1,p=!1;S.forEach((b,y)=>{if(b.show&&b._show){let{side:E,_size:P}=b,L=E%2,I=b.label!=null?b.labelSize:0,N=P+I;N>0&&(L?(te-=N,E==3?(Se+=N,p=!0):d=!0):(O-=N,E==0?(Ue+=N,i=!0):a=!0))}}),wn[0]=i,wn[1]=d,wn[2]=a,wn[3]=p,te-=tn[1]+tn[3],Se+=tn[3],O-=tn[2]+tn[0],Ue+=tn[0]}function bc(){let i=Se+te,a=Ue+O,d=Se,p=Ue;function b(y,E){switch(y){case 1:return i+=E,i-E;case 2:return a+=E,a-E;case 3:return d-=E,d+E;case 0:return p-=E,p+E}}S.forEach((y,E)=>{if(y.show&&y._show){let P=y.side;y._pos=b(P,y._size),y.label!=null&&(y._lpos=b(P,y.labelSize))}})}if(z.dataIdx==null){let i=z.hover,a=i.skip=new Set(i.skip??[]);a.add(void 0);let d=i.prox=oe(i.prox),p=i.bias??=0;z.dataIdx=(b,y,E,P)=>{if(y==0)return E;let L=E,I=d(b,y,E,P)??ye,N=I>=0&&I<ye,F=x.ori==0?te:O,Z=z.left,ue=t[0],ae=t[y];if(a.has(ae[E])){L=null;let le=null,J=null,W;if(p==0||p==-1)for(W=E;le==null&&W-- >0;)a.has(ae[W])||(le=W);if(p==0||p==1)for(W=E;J==null&&W++<ae.length;)a.has(ae[W])||(J=W);if(le!=null||J!=null)if(N){let Ee=le==null?-1/0:R(ue[le],x,F,0),Ie=J==null?1/0:R(ue[J],x,F,0),Qe=Z-Ee,ge=Ie-Z;Qe<=ge?Qe<=I&&(L=le):ge<=I&&(L=J)}else L=J==null?le:le==null?J:E-le<=J-E?le:J}else N&&Be(Z-R(ue[E],x,F,0))>I&&(L=null);return L}}let yn=i=>{z.event=i};z.idxs=me,z._lock=!1;let nt=z.points;nt.show=oe(nt.show),nt.size=oe(nt.size),nt.stroke=oe(nt.stroke),nt.width=oe(nt.width),nt.fill=oe(nt.fill);let zt=n.focus=Ve({},e.focus||{alpha:.3},z.focus),zn=zt.prox>=0,Wn=zn&&nt.one,kt=[],jn=[],Bn=[];function Zo(i,a){let d=nt.show(n,a);if(d instanceof HTMLElement)return $t(d,gu),$t(d,i.class),Yt(d,-10,-10,te,O),w.insertBefore(d,kt[a]),d}function Qo(i,a){if(s==1||a>0){let d=s==1&&k[i.scale].time,p=i.value;i.value=d?Fr(p)?Br(ie,jr(p,j)):p||re:p||Df,i.label=i.label||(d?Sf:wf)}if(Wn||a>0){i.width=i.width==null?1:i.width,i.paths=i.paths||Bf||Ru,i.fillTo=oe(i.fillTo||Nf),i.pxAlign=+ce(i.pxAlign,A),i.pxRound=ea(i.pxAlign),i.stroke=oe(i.stroke||null),i.fill=oe(i.fill||null),i._stroke=i._fill=i._paths=i._focus=null;let d=Pf(ct(1,i.width),1),p=i.points=Ve({},{size:d,width:ct(1,d*.2),stroke:i.stroke,space:d*2,paths:Gf,_stroke:null,_fill:null},i.points);p.show=oe(p.show),p.filter=oe(p.filter),p.fill=oe(p.fill),p.stroke=oe(p.stroke),p.paths=oe(p.paths),p.pxAlign=i.pxAlign}if(He){let d=zl(i,a);Le.splice(a,0,d[0]),Ht.splice(a,0,d[1]),ne.values.push(null)}if(st){me.splice(a,0,null);let d=null;Wn?a==0&&(d=Zo(i,a)):a>0&&(d=Zo(i,a)),kt.splice(a,0,d),jn.splice(a,0,0),Bn.splice(a,0,0)}Ze("addSeries",a)}function vc(i,a){a=a??v.length,i=s==1?Ro(i,a,Yr,Qr):Ro(i,a,{},Zr),v.splice(a,0,i),Qo(v[a],a)}n.addSeries=vc;function yc(i){if(v.splice(i,1),He){ne.values.splice(i,1),Ht.splice(i,1);let a=Le.splice(i,1)[0];Vn(null,a.firstChild),a.remove()}st&&(me.splice(i,1),kt.splice(i,1)[0].remove(),jn.splice(i,1),Bn.splice(i,1)),Ze("delSeries",i)}n.delSeries=yc;let wn=[!1,!1,!1,!1];function wc(i,a){if(i._show=i.show,i.show){let d=i.side%2,p=k[i.scale];p==null&&(i.scale=d?v[1].scale:T,p=k[i.scale]);let b=p.time;i.size=oe(i.size),i.space=oe(i.space),i.rotate=oe(i.rotate),pn(i.incrs)&&i.incrs.forEach(E=>{!hn.has(E)&&hn.set(E,pa(E))}),i.incrs=oe(i.incrs||(p.distr==2?nf:b?D==1?sf:af:Pn)),i.splits=oe(i.splits||(b&&p.distr==1?ut:p.distr==3?Mo:p.distr==4?Cf:xf)),i.stroke=oe(i.stroke),i.grid.stroke=oe(i.grid.stroke),i.ticks.stroke=oe(i.ticks.stroke),i.border.stroke=oe(i.border.stroke);let y=i.values;i.values=pn(y)&&!pn(y[0])?oe(y):b?pn(y)?Wr(ie,zr(y,j)):Fr(y)?ff(ie,y):y||Me:y||kf,i.filter=oe(i.filter||(p.distr>=3&&p.log==10?Af:p.distr==3&&p.log==2?Mf:fa)),i.font=sa(i.font),i.labelFont=sa(i.labelFont),i._size=i.size(n,null,a,0),i._space=i._rotate=i._incrs=i._found=i._splits=i._values=null,i._size>0&&(wn[a]=!0,i._el=Mt(du,$))}}function bl(i,a,d,p){let[b,y,E,P]=d,L=a%2,I=0;return L==0&&(P||y)&&(I=a==0&&!b||a==2&&!E?je(Gr.size/3):0),L==1&&(b||E)&&(I=a==1&&!y||a==3&&!P?je(Kr.size/2):0),I}let Xo=n.padding=(e.padding||[bl,bl,bl,bl]).map(i=>oe(ce(i,bl))),tn=n._padding=Xo.map((i,a)=>i(n,a,wn,0)),Xe,Ye=null,Je=null,Bl=s==1?v[0].idxs:null,Rt=null,vl=!1;function ei(i,a){if(t=i??[],n.data=n._data=t,s==2){Xe=0;for(let d=1;d<v.length;d++)Xe+=t[d][0].length}else{t.length==0&&(n.data=n._data=t=[[]]),Rt=t[0],Xe=Rt.length;let d=t;if(H==2){d=t.slice();let p=d[0]=Array(Xe);for(let b=0;b<Xe;b++)p[b]=b}n._data=t=d}if(Yn(!0),Ze("setData"),H==2&&(Un=!0),a!==!1){let d=x;d.auto(n,vl)?Is():ln(T,d.min,d.max),vn=vn||z.left>=0,St=!0,Jn()}}n.setData=ei;function Is(){vl=!0;let i,a;s==1&&(Xe>0?(Ye=Bl[0]=0,Je=Bl[1]=Xe-1,i=t[0][Ye],a=t[0][Je],H==2?(i=Ye,a=Je):i==a&&(H==3?[i,a]=vs(i,i,x.log,!1):H==4?[i,a]=Fo(i,i,x.log,!1):x.time?a=i+je(86400/D):[i,a]=_s(i,a,Vo,!0))):(Ye=Bl[0]=i=null,Je=Bl[1]=a=null)),ln(T,i,a)}let Gl,Gn,Ns,Os,Fs,Vs,Hs,Us,zs,dt;function ti(i,a,d,p,b,y){i??=yr,d??=Uo,p??="butt",b??=yr,y??="round",i!=Gl&&(m.strokeStyle=Gl=i),b!=Gn&&(m.fillStyle=Gn=b),a!=Ns&&(m.lineWidth=Ns=a),y!=Fs&&(m.lineJoin=Fs=y),p!=Vs&&(m.lineCap=Vs=p),d!=Os&&m.setLineDash(Os=d)}function ni(i,a,d,p){a!=Gn&&(m.fillStyle=Gn=a),i!=Hs&&(m.font=Hs=i),d!=Us&&(m.textAlign=Us=d),p!=zs&&(m.textBaseline=zs=p)}function Ws(i,a,d,p,b=0){if(p.length>0&&i.auto(n,vl)&&(a==null||a.min==null)){let y=ce(Ye,0),E=ce(Je,p.length-1),P=d.min==null?Tu(p,y,E,b,i.distr==3):[d.min,d.max];i.min=Vt(i.min,d.min=P[0]),i.max=ct(i.max,d.max=P[1])}}let li={min:null,max:null};function Sc(){for(let p in k){let b=k[p];B[p]==null&&(b.min==null||B[T]!=null&&b.auto(n,vl))&&(B[p]=li)}for(let p in k){let b=k[p];B[p]==null&&b.from!=null&&B[b.from]!=null&&(B[p]=li)}B[T]!=null&&Yn(!0);let i={};for(let p in B){let b=B[p];if(b!=null){let y=i[p]=fl(k[p],Ou);if(b.min!=null)Ve(y,b);else if(p!=T||s==2)if(Xe==0&&y.from==null){let E=y.range(n,null,null,p);y.min=E[0],y.max=E[1]}else y.min=ye,y.max=-ye}}if(Xe>0){v.forEach((p,b)=>{if(s==1){let y=p.scale,E=B[y];if(E==null)return;let P=i[y];if(b==0){let L=P.range(n,P.min,P.max,y);P.min=L[0],P.max=L[1],Ye=Ft(P.min,t[0]),Je=Ft(P.max,t[0]),Je-Ye>1&&(t[0][Ye]<P.min&&Ye++,t[0][Je]>P.max&&Je--),p.min=Rt[Ye],p.max=Rt[Je]}else p.show&&p.auto&&Ws(P,E,p,t[b],p.sorted);p.idxs[0]=Ye,p.idxs[1]=Je}else if(b>0&&p.show&&p.auto){let[y,E]=p.facets,P=y.scale,L=E.scale,[I,N]=t[b],F=i[P],Z=i[L];F!=null&&Ws(F,B[P],y,I,y.sorted),Z!=null&&Ws(Z,B[L],E,N,E.sorted),p.min=E.min,p.max=E.max}});for(let p in i){let b=i[p],y=B[p];if(b.from==null&&(y==null||y.min==null)){let E=b.range(n,b.min==ye?null:b.min,b.max==-ye?null:b.max,p);b.min=E[0],b.max=E[1]}}}for(let p in i){let b=i[p];if(b.from!=null){let y=i[b.from];if(y.min==null)b.min=b.max=null;else{let E=b.range(n,y.min,y.max,p);b.min=E[0],b.max=E[1]}}}let a={},d=!1;for(let p in i){let b=i[p],y=k[p];if(y.min!=b.min||y.max!=b.max){y.min=b.min,y.max=b.max;let E=y.distr;y._min=E==3?Qt(y.min):E==4?yo(y.min,y.asinh):E==100?y.fwd(y.min):y.min,y._max=E==3?Qt(y.max):E==4?yo(y.max,y.asinh):E==100?y.fwd(y.max):y.max,a[p]=d=!0}}if(d){v.forEach((p,b)=>{s==2?b>0&&a.y&&(p._paths=null):a[p.scale]&&(p._paths=null)});for(let p in a)Un=!0,Ze("setScale",p);st&&z.left>=0&&(vn=St=!0)}for(let p in B)B[p]=null}function kc(i){let a=Ao(Ye-1,0,Xe-1),d=Ao(Je+1,0,Xe-1);for(;i[a]==null&&a>0;)a--;for(;i[d]==null&&d<Xe-1;)d++;return[a,d]}function xc(){if(Xe>0){let i=v.some(a=>a._focus)&&dt!=zt.alpha;i&&(m.globalAlpha=dt=zt.alpha),v.forEach((a,d)=>{if(d>0&&a.show&&(si(d,!1),si(d,!0),a._paths==null)){let p=dt;dt!=a.alpha&&(m.globalAlpha=dt=a.alpha);let b=s==2?[0,t[d][0].length-1]:kc(t[d]);a._paths=a.paths(n,d,b[0],b[1]),dt!=p&&(m.globalAlpha=dt=p)}}),v.forEach((a,d)=>{if(d>0&&a.show){let p=dt;dt!=a.alpha&&(m.globalAlpha=dt=a.alpha),a._paths!=null&&oi(d,!1);{let b=a._paths!=null?a._paths.gaps:null,y=a.points.show(n,d,Ye,Je,b),E=a.points.filter(n,d,y,b);(y||E)&&(a.points._paths=a.points.paths(n,d,Ye,Je,E),oi(d,!0))}dt!=p&&(m.globalAlpha=dt=p),Ze("drawSeries",d)}}),i&&(m.globalAlpha=dt=1)}}function si(i,a){let d=a?v[i].points:v[i];d._stroke=d.stroke(n,i),d._fill=d.fill(n,i)}function oi(i,a){let d=a?v[i].points:v[i],{stroke:p,fill:b,clip:y,flags:E,_stroke:P=d._stroke,_fill:L=d._fill,_width:I=d.width}=d._paths;I=we(I*fe,3);let N=null,F=I%2/2;a&&L==null&&(L=I>0?"#fff":P);let Z=d.pxAlign==1&&F>0;if(Z&&m.translate(F,F),!a){let ue=ht-I/2,ae=wt-I/2,le=ft+I,J=Lt+I;N=new Path2D,N.rect(ue,ae,le,J)}a?js(P,I,d.dash,d.cap,L,p,b,E,y):Cc(i,P,I,d.dash,d.cap,L,p,b,E,N,y),Z&&m.translate(-F,-F)}function Cc(i,a,d,p,b,y,E,P,L,I,N){let F=!1;L!=0&&V.forEach((Z,ue)=>{if(Z.series[0]==i){let ae=v[Z.series[1]],le=t[Z.series[1]],J=(ae._paths||Vl).band;pn(J)&&(J=Z.dir==1?J[0]:J[1]);let W,Ee=null;ae.show&&J&&Mu(le,Ye,Je)?(Ee=Z.fill(n,ue)||y,W=ae._paths.clip):J=null,js(a,d,p,b,Ee,E,P,L,I,N,W,J),F=!0}}),F||js(a,d,p,b,y,E,P,L,I,N)}let ii=dl|Po;function js(i,a,d,p,b,y,E,P,L,I,N,F){ti(i,a,d,p,b),(L||I||F)&&(m.save(),L&&m.clip(L),I&&m.clip(I)),F?(P&ii)==ii?(m.clip(F),N&&m.clip(N),Jl(b,E),Yl(i,y,a)):P&Po?(Jl(b,E),m.clip(F),Yl(i,y,a)):P&dl&&(m.save(),m.clip(F),N&&m.clip(N),Jl(b,E),m.restore(),Yl(i,y,a)):(Jl(b,E),Yl(i,y,a)),(L||I||F)&&m.restore()}function Yl(i,a,d){d>0&&(a instanceof Map?a.forEach((p,b)=>{m.strokeStyle=Gl=b,m.stroke(p)}):a!=null&&i&&m.stroke(a))}function Jl(i,a){a instanceof Map?a.forEach((d,p)=>{m.fillStyle=Gn=p,m.fill(d)}):a!=null&&i&&m.fill(a)}function Ec(i,a,d,p){let b=S[i],y;if(p<=0)y=[0,0];else{let E=b._space=b.space(n,i,a,d,p),P=b._incrs=b.incrs(n,i,a,d,p,E);y=Qf(a,d,P,p,E)}return b._found=y}function Bs(i,a,d,p,b,y,E,P,L,I){let N=E%2/2;A==1&&m.translate(N,N),ti(P,E,L,I,P),m.beginPath();let F,Z,ue,ae,le=b+(p==0||p==3?-y:y);d==0?(Z=b,ae=le):(F=b,ue=le);for(let J=0;J<i.length;J++)a[J]!=null&&(d==0?F=ue=i[J]:Z=ae=i[J],m.moveTo(F,Z),m.lineTo(ue,ae));m.stroke(),A==1&&m.translate(-N,-N)}function Tc(i){let a=!0;return S.forEach((d,p)=>{if(!d.show)return;let b=k[d.scale];if(b.min==null){d._show&&(a=!1,d._show=!1,Yn(!1));return}else d._show||(a=!1,d._show=!0,Yn(!1));let y=d.side,E=y%2,{min:P,max:L}=b,[I,N]=Ec(p,P,L,E==0?te:O);if(N==0)return;let F=b.distr==2,Z=d._splits=d.splits(n,p,P,L,I,N,F),ue=b.distr==2?Z.map(W=>Rt[W]):Z,ae=b.distr==2?Rt[Z[1]]-Rt[Z[0]]:I,le=d._values=d.values(n,d.filter(n,ue,p,N,ae),p,N,ae);d._rotate=y==2?d.rotate(n,le,p,N):0;let J=d._size;d._size=Dt(d.size(n,le,p,i)),J!=null&&d._size!=J&&(a=!1)}),a}function Ac(i){let a=!0;return Xo.forEach((d,p)=>{let b=d(n,p,wn,i);b!=tn[p]&&(a=!1),tn[p]=b}),a}function Mc(){for(let i=0;i<S.length;i++){let a=S[i];if(!a.show||!a._show)continue;let d=a.side,p=d%2,b,y,E=a.stroke(n,i),P=d==0||d==3?-1:1,[L,I]=a._found;if(a.label!=null){let rt=a.labelGap*P,_t=je((a._lpos+rt)*fe);ni(a.labelFont[0],E,"center",d==2?Ll:vr),m.save(),p==1?(b=y=0,m.translate(_t,je(wt+Lt/2)),m.rotate((d==3?-ms:ms)/2)):(b=je(ht+ft/2),y=_t);let xn=ca(a.label)?a.label(n,i,L,I):a.label;m.fillText(xn,b,y),m.restore()}if(I==0)continue;let N=k[a.scale],F=p==0?ft:Lt,Z=p==0?ht:wt,ue=a._splits,ae=N.distr==2?ue.map(rt=>Rt[rt]):ue,le=N.distr==2?Rt[ue[1]]-Rt[ue[0]]:L,J=a.ticks,W=a.border,Ee=J.show?J.size:0,Ie=je(Ee*fe),Qe=je((a.alignTo==2?a._size-Ee-a.gap:a.gap)*fe),ge=a._rotate*-ms/180,Ne=C(a._pos*fe),mt=(Ie+Qe)*P,it=Ne+mt;y=p==0?it:0,b=p==1?it:0;let xt=a.font[0],It=a.align==1?il:a.align==2?$o:ge>0?il:ge<0?$o:p==0?"center":d==3?$o:il,Bt=ge||p==1?"middle":d==2?Ll:vr;ni(xt,E,It,Bt);let gt=a.font[1]*a.lineGap,Ct=ue.map(rt=>C(c(rt,N,F,Z))),Nt=a._values;for(let rt=0;rt<Nt.length;rt++){let _t=Nt[rt];if(_t!=null){p==0?b=Ct[rt]:y=Ct[rt],_t=""+_t;let xn=_t.indexOf(`
`)==-1?[_t]:_t.split(/\n/gm);for(let at=0;at<xn.length;at++){let xi=xn[at];ge?(m.save(),m.translate(b,y+at*gt),m.rotate(ge),m.fillText(xi,0,0),m.restore()):m.fillText(xi,b,y+at*gt)}}}J.show&&Bs(Ct,J.filter(n,ae,i,I,le),p,d,Ne,Ie,we(J.width*fe,3),J.stroke(n,i),J.dash,J.cap);let Gt=a.grid;Gt.show&&Bs(Ct,Gt.filter(n,ae,i,I,le),p,p==0?2:1,p==0?wt:ht,p==0?Lt:ft,we(Gt.width*fe,3),Gt.stroke(n,i),Gt.dash,Gt.cap),W.show&&Bs([Ne],[1],p==0?1:0,p==0?1:2,p==1?wt:ht,p==1?Lt:ft,we(W.width*fe,3),W.stroke(n,i),W.dash,W.cap)}Ze("drawAxes")}function Yn(i){v.forEach((a,d)=>{d>0&&(a._paths=null,i&&(s==1?(a.min=null,a.max=null):a.facets.forEach(p=>{p.min=null,p.max=null})))})}let Kl=!1,Gs=!1,yl=[];function Dc(){Gs=!1;for(let i=0;i<yl.length;i++)Ze(...yl[i]);yl.length=0}function Jn(){Kl||(ju(ri),Kl=!0)}function Pc(i,a=!1){Kl=!0,Gs=a,i(n),ri(),a&&yl.length>0&&queueMicrotask(Dc)}n.batch=Pc;function ri(){if(Ls&&(Sc(),Ls=!1),Un&&(gc(),Un=!1),Wl){if(Ae(g,il,Se),Ae(g,Ll,Ue),Ae(g,Il,te),Ae(g,Nl,O),Ae(w,il,Se),Ae(w,Ll,Ue),Ae(w,Il,te),Ae(w,Nl,O),Ae($,Il,qt),Ae($,Nl,_n),f.width=je(qt*fe),f.height=je(_n*fe),S.forEach(({_el:i,_show:a,_size:d,_pos:p,side:b})=>{if(i!=null)if(a){let y=b===3||b===0?d:0,E=b%2==1;Ae(i,E?"left":"top",p-y),Ae(i,E?"width":"height",d),Ae(i,E?"top":"left",E?Ue:Se),Ae(i,E?"height":"width",E?O:te),Eo(i,Ln)}else $t(i,Ln)}),Gl=Gn=Ns=Fs=Vs=Hs=Us=zs=Os=null,dt=1,kl(!0),Se!=Hn||Ue!=$n||te!=Ut||O!=bn){Yn(!1);let i=te/Ut,a=O/bn;if(st&&!vn&&z.left>=0){z.left*=i,z.top*=a,Kn&&Yt(Kn,je(z.left),0,te,O),qn&&Yt(qn,0,je(z.top),te,O);for(let d=0;d<kt.length;d++){let p=kt[d];p!=null&&(jn[d]*=i,Bn[d]*=a,Yt(p,Dt(jn[d]),Dt(Bn[d]),te,O))}}if(Ce.show&&!jl&&Ce.left>=0&&Ce.width>0){Ce.left*=i,Ce.width*=i,Ce.top*=a,Ce.height*=a;for(let d in Qs)Ae(Xn,d,Ce[d])}Hn=Se,$n=Ue,Ut=te,bn=O}Ze("setSize"),Wl=!1}qt>0&&_n>0&&(m.clearRect(0,0,f.width,f.height),Ze("drawClear"),G.forEach(i=>i()),Ze("draw")),Ce.show&&jl&&(ql(Ce),jl=!1),st&&vn&&(kn(null,!0,!1),vn=!1),ne.show&&ne.live&&St&&(qs(),St=!1),u||(u=!0,n.status=1,Ze("ready")),vl=!1,Kl=!1}n.redraw=(i,a)=>{Un=a||!1,i!==!1?ln(T,x.min,x.max):Jn()};function Ys(i,a){let d=k[i];if(d.from==null){if(Xe==0){let p=d.range(n,a.min,a.max,i);a.min=p[0],a.max=p[1]}if(a.min>a.max){let p=a.min;a.min=a.max,a.max=p}if(Xe>1&&a.min!=null&&a.max!=null&&a.max-a.min<1e-16)return;i==T&&d.distr==2&&Xe>0&&(a.min=Ft(a.min,t[0]),a.max=Ft(a.max,t[0]),a.min==a.max&&a.max++),B[i]=a,Ls=!0,Jn()}}n.setScale=Ys;let Js,Ks,Kn,qn,ai,ci,Zn,Qn,ui,fi,xe,Pe,nn=!1,et=z.drag,Ke=et.x,qe=et.y;st&&(z.x&&(Js=Mt(hu,w)),z.y&&(Ks=Mt(mu,w)),x.ori==0?(Kn=Js,qn=Ks):(Kn=Ks,qn=Js),xe=z.left,Pe=z.top);let Ce=n.select=Ve({show:!0,over:!0,left:0,width:0,top:0,height:0},e.select),Xn=Ce.show?Mt(pu,Ce.over?w:g):null;function ql(i,a){if(Ce.show){for(let d in i)Ce[d]=i[d],d in Qs&&Ae(Xn,d,i[d]);a!==!1&&Ze("setSelect")}}n.setSelect=ql;function Lc(i){if(v[i].show)He&&Eo(Le[i],Ln);else if(He&&$t(Le[i],Ln),st){let d=Wn?kt[0]:kt[i];d!=null&&Yt(d,-10,-10,te,O)}}function ln(i,a,d){Ys(i,{min:a,max:d})}function Wt(i,a,d,p){a.focus!=null&&Fc(i),a.show!=null&&v.forEach((b,y)=>{y>0&&(i==y||i==null)&&(b.show=a.show,Lc(y),s==2?(ln(b.facets[0].scale,null,null),ln(b.facets[1].scale,null,null)):ln(b.scale,null,null),Jn())}),d!==!1&&Ze("setSeries",i,a),p&&xl("setSeries",n,i,a)}n.setSeries=Wt;function Rc(i,a){Ve(V[i],a)}function Ic(i,a){i.fill=oe(i.fill||null),i.dir=ce(i.dir,-1),a=a??V.length,V.splice(a,0,i)}function Nc(i){i==null?V.length=0:V.splice(i,1)}n.addBand=Ic,n.setBand=Rc,n.delBand=Nc;function Oc(i,a){v[i].alpha=a,st&&kt[i]!=null&&(kt[i].style.opacity=a),He&&Le[i]&&(Le[i].style.opacity=a)}let Zt,sn,Sn,el={focus:!0};function Fc(i){if(i!=Sn){let a=i==null,d=zt.alpha!=1;v.forEach((p,b)=>{if(s==1||b>0){let y=a||b==0||b==i;p._focus=a?null:y,d&&Oc(b,y?1:zt.alpha)}}),Sn=i,d&&Jn()}}He&&zn&&ot(kr,de,i=>{z._lock||(yn(i),Sn!=null&&Wt(null,el,!0,Oe.setSeries))});function jt(i,a,d){let p=k[a];d&&(i=i/fe-(p.ori==1?Ue:Se));let b=te;p.ori==1&&(b=O,i=b-i),p.dir==-1&&(i=b-i);let y=p._min,E=p._max,P=i/b,L=y+(E-y)*P,I=p.distr;return I==3?cl(10,L):I==4?Pu(L,p.asinh):I==100?p.bwd(L):L}function Vc(i,a){let d=jt(i,T,a);return Ft(d,t[0],Ye,Je)}n.valToIdx=i=>Ft(i,t[0]),n.posToIdx=Vc,n.posToVal=jt,n.valToPos=(i,a,d)=>k[a].ori==0?o(i,k[a],d?ft:te,d?ht:0):r(i,k[a],d?Lt:O,d?wt:0),n.setCursor=(i,a,d)=>{xe=i.left,Pe=i.top,kn(null,a,d)};function di(i,a){Ae(Xn,il,Ce.left=i),Ae(Xn,Il,Ce.width=a)}function pi(i,a){Ae(Xn,Ll,Ce.top=i),Ae(Xn,Nl,Ce.height=a)}let wl=x.ori==0?di:pi,Sl=x.ori==1?di:pi;function Hc(){if(He&&ne.live)for(let i=s==2?1:0;i<v.length;i++){if(i==0&&yt)continue;let a=ne.values[i],d=0;for(let p in a)Ht[i][d++].firstChild.nodeValue=a[p]}}function qs(i,a){if(i!=null&&(i.idxs?i.idxs.forEach((d,p)=>{me[p]=d}):Nu(i.idx)||me.fill(i.idx),ne.idx=me[0]),He&&ne.live){for(let d=0;d<v.length;d++)(d>0||s==1&&!yt)&&Uc(d,me[d]);Hc()}St=!1,a!==!1&&Ze("setLegend")}n.setLegend=qs;function Uc(i,a){let d=v[i],p=i==0&&H==2?Rt:t[i],b;yt?b=d.values(n,i,a)??en:(b=d.value(n,a==null?null:p[a],i,a),b=b==null?en:{_:b}),ne.values[i]=b}function kn(i,a,d){ui=xe,fi=Pe,[xe,Pe]=z.move(n,xe,Pe),z.left=xe,z.top=Pe,st&&(Kn&&Yt(Kn,je(xe),0,te,O),qn&&Yt(qn,0,je(Pe),te,O));let p,b=Ye>Je;Zt=ye,sn=null;let y=x.ori==0?te:O,E=x.ori==1?te:O;if(xe<0||Xe==0||b){p=z.idx=null;for(let P=0;P<v.length;P++){let L=kt[P];L!=null&&Yt(L,-10,-10,te,O)}zn&&Wt(null,el,!0,i==null&&Oe.setSeries),ne.live&&(me.fill(p),St=!0)}else{let P,L,I;s==1&&(P=x.ori==0?xe:Pe,L=jt(P,T),p=z.idx=Ft(L,t[0],Ye,Je),I=R(t[0][p],x,y,0));let N=-10,F=-10,Z=0,ue=0,ae=!0,le="",J="";for(let W=s==2?1:0;W<v.length;W++){let Ee=v[W],Ie=me[W],Qe=Ie==null?null:s==1?t[W][Ie]:t[W][1][Ie],ge=z.dataIdx(n,W,p,L),Ne=ge==null?null:s==1?t[W][ge]:t[W][1][ge];if(St=St||Ne!=Qe||ge!=Ie,me[W]=ge,W>0&&Ee.show){let mt=ge==null?-10:ge==p?I:R(s==1?t[0][ge]:t[W][0][ge],x,y,0),it=Ne==null?-10:q(Ne,s==1?k[Ee.scale]:k[Ee.facets[1].scale],E,0);if(zn&&Ne!=null){let xt=x.ori==1?xe:Pe,It=Be(zt.dist(n,W,ge,it,xt));if(It<Zt){let Bt=zt.bias;if(Bt!=0){let gt=jt(xt,Ee.scale),Ct=Ne>=0?1:-1,Nt=gt>=0?1:-1;Nt==Ct&&(Nt==1?Bt==1?Ne>=gt:Ne<=gt:Bt==1?Ne<=gt:Ne>=gt)&&(Zt=It,sn=W)}else Zt=It,sn=W}}if(St||Wn){let xt,It;x.ori==0?(xt=mt,It=it):(xt=it,It=mt);let Bt,gt,Ct,Nt,Gt,rt,_t=!0,xn=nt.bbox;if(xn!=null){_t=!1;let at=xn(n,W);Ct=at.left,Nt=at.top,Bt=at.width,gt=at.height}else Ct=xt,Nt=It,Bt=gt=nt.size(n,W);if(rt=nt.fill(n,W),Gt=nt.stroke(n,W),Wn)W==sn&&Zt<=zt.prox&&(N=Ct,F=Nt,Z=Bt,ue=gt,ae=_t,le=rt,J=Gt);else{let at=kt[W];at!=null&&(jn[W]=Ct,Bn[W]=Nt,Dr(at,Bt,gt,_t),Ar(at,rt,Gt),Yt(at,Dt(Ct),Dt(Nt),te,O))}}}}if(Wn){let W=zt.prox,Ee=Sn==null?Zt<=W:Zt>W||sn!=Sn;if(St||Ee){let Ie=kt[0];Ie!=null&&(jn[0]=N,Bn[0]=F,Dr(Ie,Z,ue,ae),Ar(Ie,le,J),Yt(Ie,Dt(N),Dt(F),te,O))}}}if(Ce.show&&nn)if(i!=null){let[P,L]=Oe.scales,[I,N]=Oe.match,[F,Z]=i.cursor.sync.scales,ue=i.cursor.drag;if(Ke=ue._x,qe=ue._y,Ke||qe){let{left:ae,top:le,width:J,height:W}=i.select,Ee=i.scales[F].ori,Ie=i.posToVal,Qe,ge,Ne,mt,it,xt=P!=null&&I(P,F),It=L!=null&&N(L,Z);xt&&Ke?(Ee==0?(Qe=ae,ge=J):(Qe=le,ge=W),Ne=k[P],mt=R(Ie(Qe,F),Ne,y,0),it=R(Ie(Qe+ge,F),Ne,y,0),wl(Vt(mt,it),Be(it-mt))):wl(0,y),It&&qe?(Ee==1?(Qe=ae,ge=J):(Qe=le,ge=W),Ne=k[L],mt=q(Ie(Qe,Z),Ne,E,0),it=q(Ie(Qe+ge,Z),Ne,E,0),Sl(Vt(mt,it),Be(it-mt))):Sl(0,E)}else Xs()}else{let P=Be(ui-ai),L=Be(fi-ci);if(x.ori==1){let Z=P;P=L,L=Z}Ke=et.x&&P>=et.dist,qe=et.y&&L>=et.dist;let I=et.uni;I!=null?Ke&&qe&&(Ke=P>=I,qe=L>=I,!Ke&&!qe&&(L>P?qe=!0:Ke=!0)):et.x&&et.y&&(Ke||qe)&&(Ke=qe=!0);let N,F;Ke&&(x.ori==0?(N=Zn,F=xe):(N=Qn,F=Pe),wl(Vt(N,F),Be(F-N)),qe||Sl(0,E)),qe&&(x.ori==1?(N=Zn,F=xe):(N=Qn,F=Pe),Sl(Vt(N,F),Be(F-N)),Ke||wl(0,y)),!Ke&&!qe&&(wl(0,0),Sl(0,0))}if(et._x=Ke,et._y=qe,i==null){if(d){if(ki!=null){let[P,L]=Oe.scales;Oe.values[0]=P!=null?jt(x.ori==0?xe:Pe,P):null,Oe.values[1]=L!=null?jt(x.ori==1?xe:Pe,L):null}xl(bo,n,xe,Pe,te,O,p)}if(zn){let P=d&&Oe.setSeries,L=zt.prox;Sn==null?Zt<=L&&Wt(sn,el,!0,P):Zt>L?Wt(null,el,!0,P):sn!=Sn&&Wt(sn,el,!0,P)}}St&&(ne.idx=p,qs()),a!==!1&&Ze("setCursor")}let on=null;Object.defineProperty(n,"rect",{get(){return on==null&&kl(!1),on}});function kl(i=!1){i?on=null:(on=w.getBoundingClientRect(),Ze("syncRect",on))}function hi(i,a,d,p,b,y,E){z._lock||nn&&i!=null&&i.movementX==0&&i.movementY==0||(Zs(i,a,d,p,b,y,E,!1,i!=null),i!=null?kn(null,!0,!0):kn(a,!0,!1))}function Zs(i,a,d,p,b,y,E,P,L){if(on==null&&kl(!1),yn(i),i!=null)d=i.clientX-on.left,p=i.clientY-on.top;else{if(d<0||p<0){xe=-10,Pe=-10;return}let[I,N]=Oe.scales,F=a.cursor.sync,[Z,ue]=F.values,[ae,le]=F.scales,[J,W]=Oe.match,Ee=a.axes[0].side%2==1,Ie=x.ori==0?te:O,Qe=x.ori==1?te:O,ge=Ee?y:b,Ne=Ee?b:y,mt=Ee?p:d,it=Ee?d:p;if(ae!=null?d=J(I,ae)?c(Z,k[I],Ie,0):-10:d=Ie*(mt/ge),le!=null?p=W(N,le)?c(ue,k[N],Qe,0):-10:p=Qe*(it/Ne),x.ori==1){let xt=d;d=p,p=xt}}L&&(a==null||a.cursor.event.type==bo)&&((d<=1||d>=te-1)&&(d=Dn(d,te)),(p<=1||p>=O-1)&&(p=Dn(p,O))),P?(ai=d,ci=p,[Zn,Qn]=z.move(n,d,p)):(xe=d,Pe=p)}let Qs={width:0,height:0,left:0,top:0};function Xs(){ql(Qs,!1)}let mi,gi,_i,$i;function bi(i,a,d,p,b,y,E){nn=!0,Ke=qe=et._x=et._y=!1,Zs(i,a,d,p,b,y,E,!0,!1),i!=null&&(ot(vo,xo,vi,!1),xl(wr,n,Zn,Qn,te,O,null));let{left:P,top:L,width:I,height:N}=Ce;mi=P,gi=L,_i=I,$i=N}function vi(i,a,d,p,b,y,E){nn=et._x=et._y=!1,Zs(i,a,d,p,b,y,E,!1,!0);let{left:P,top:L,width:I,height:N}=Ce,F=I>0||N>0,Z=mi!=P||gi!=L||_i!=I||$i!=N;if(F&&Z&&ql(Ce),et.setScale&&F&&Z){let ue=P,ae=I,le=L,J=N;if(x.ori==1&&(ue=L,ae=N,le=P,J=I),Ke&&ln(T,jt(ue,T),jt(ue+ae,T)),qe)for(let W in k){let Ee=k[W];W!=T&&Ee.from==null&&Ee.min!=ye&&ln(W,jt(le+J,W),jt(le,W))}Xs()}else z.lock&&(z._lock=!z._lock,kn(a,!0,i!=null));i!=null&&(Vn(vo,xo),xl(vo,n,xe,Pe,te,O,null))}function zc(i,a,d,p,b,y,E){if(z._lock)return;yn(i);let P=nn;if(nn){let L=!0,I=!0,N=10,F,Z;x.ori==0?(F=Ke,Z=qe):(F=qe,Z=Ke),F&&Z&&(L=xe<=N||xe>=te-N,I=Pe<=N||Pe>=O-N),F&&L&&(xe=xe<Zn?0:te),Z&&I&&(Pe=Pe<Qn?0:O),kn(null,!0,!0),nn=!1}xe=-10,Pe=-10,me.fill(null),kn(null,!0,!0),P&&(nn=P)}function yi(i,a,d,p,b,y,E){z._lock||(yn(i),Is(),Xs(),i!=null&&xl(xr,n,xe,Pe,te,O,null))}function wi(){S.forEach(Xf),Rs(n.width,n.height,!0)}Rn(gs,al,wi);let tl={};tl.mousedown=bi,tl.mousemove=hi,tl.mouseup=vi,tl.dblclick=yi,tl.setSeries=(i,a,d,p)=>{let b=Oe.match[2];d=b(n,a,d),d!=-1&&Wt(d,p,!0,!1)},st&&(ot(wr,w,bi),ot(bo,w,hi),ot(Sr,w,i=>{yn(i),kl(!1)}),ot(kr,w,zc),ot(xr,w,yi),Lo.add(n),n.syncRect=kl);let Zl=n.hooks=e.hooks||{};function Ze(i,a,d){Gs?yl.push([i,a,d]):i in Zl&&Zl[i].forEach(p=>{p.call(null,n,a,d)})}(e.plugins||[]).forEach(i=>{for(let a in i.hooks)Zl[a]=(Zl[a]||[]).concat(i.hooks[a])});let Si=(i,a,d)=>d,Oe=Ve({key:null,setSeries:!1,filters:{pub:Nr,sub:Nr},scales:[T,v[1]?v[1].scale:null],match:[Or,Or,Si],values:[null,null]},z.sync);Oe.match.length==2&&Oe.match.push(Si),z.sync=Oe;let ki=Oe.key,eo=La(ki);function xl(i,a,d,p,b,y,E){Oe.filters.pub(i,a,d,p,b,y,E)&&eo.pub(i,a,d,p,b,y,E)}eo.sub(n);function Wc(i,a,d,p,b,y,E){Oe.filters.sub(i,a,d,p,b,y,E)&&tl[i](null,a,d,p,b,y,E)}n.pub=Wc;function jc(){eo.unsub(n),Lo.delete(n),gn.clear(),To(gs,al,wi),h.remove(),de?.remove(),Ze("destroy")}n.destroy=jc;function to(){Ze("init",e,t),ei(t||e.data,!1),B[T]?Ys(T,B[T]):Is(),jl=Ce.show&&(Ce.width>0||Ce.height>0),vn=St=!0,Rs(e.width,e.height)}return v.forEach(Qo),S.forEach(wc),l?l instanceof HTMLElement?(l.appendChild(h),to()):l(n,to):to(),n}tt.assign=Ve;tt.fmtNum=Ho;tt.rangeNum=_s;tt.rangeLog=vs;tt.rangeAsinh=Fo;tt.orient=Nn;tt.pxRatio=fe;tt.join=Wu;tt.fmtDate=zo,tt.tzDate=ef;tt.sync=La;{tt.addGap=Of,tt.clipGaps=Ss;let e=tt.paths={points:Va};e.linear=Ua,e.stepped=Hf,e.bars=Uf,e.spline=Wf}function Es(e){return getComputedStyle(document.documentElement).getPropertyValue(e).trim()||"#888"}function ed(e){let t=/^var\((--[\w-]+)\)$/.exec(e);return t?Es(t[1]):e}function Jt({title:e,series:t,data:l,format:n,height:s=170,emptyText:o,range:r}){let c=nl(r);c.current=r;let u=nl(null),h=nl(null),[f,m]=M(0);X(()=>{let A=()=>m(C=>C+1);return addEventListener("switchboard-theme",A),()=>removeEventListener("switchboard-theme",A)},[]);let $=t.map(A=>A.label+A.color).join("|"),g=(l[0]?.length??0)>0&&l.slice(1).some(A=>A.some(C=>C!=null));X(()=>{let A=u.current;if(!A)return;let C={stroke:Es("--muted"),grid:{stroke:Es("--grid"),width:1},ticks:{stroke:Es("--grid"),width:1},font:"11px system-ui, sans-serif"},D={width:Math.max(200,A.clientWidth),height:s,legend:{show:!0,live:!0},cursor:{drag:{x:!1,y:!1}},scales:{x:{time:!0,range:(k,V,T)=>c.current??[V,T]},y:{range:(k,V,T)=>[0,T>0?T*1.1:1]}},axes:[C,{...C,size:60,values:(k,V)=>V.map(T=>n(T))}],series:[{},...t.map(k=>({label:k.label,stroke:ed(k.color),width:2,...k.dash?{dash:[6,4]}:{},points:{show:V=>(V.data[0]?.length??0)<4,size:6},value:(V,T)=>T==null?"\u2014":n(T)}))]},v=new tt(D,l,A);h.current=v;let S=new ResizeObserver(()=>{v.setSize({width:Math.max(200,A.clientWidth),height:s})});return S.observe(A),()=>{S.disconnect(),v.destroy(),h.current=null}},[$,s,f]),X(()=>{h.current?.setData(l)},[l]);let w=l.slice(1).some(A=>A.some(C=>typeof C=="number"&&C>0));return _`<figure class="chart" aria-label=${e} data-nonzero=${w?"":void 0}>
    <figcaption>${e}</figcaption>
    <div class="chart-box" ref=${u} role="img" aria-label=${`${e} chart`}></div>
    ${g?null:_`<div class="chart-empty">${o??"no data in this range yet"}</div>`}
  </figure>`}function Ts(){let e=se(Te),t=Re("sessions"),[l,n]=M(null),[s,o]=M({});X(()=>{Et("GET /nodes")&&pe("/nodes").then(u=>n(u.items)).catch(()=>n(null))},[Math.floor(t/10)]),X(()=>{pe("/sessions",{status:"active",limit:1e3}).then(u=>{let h={};for(let f of u.items)h[f.edgeId??"?"]=(h[f.edgeId??"?"]??0)+1;o(h)}).catch(()=>o({}))},[t]);let r=e.fleet?.summary.positions??{},c=e.fleet?.summary.routing??[];return _`
    <div class="cluster">
      <div>
          <h3>Nodes</h3>
          ${l?_`
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
                        ${l.map(u=>_`
                            <tr>
                              <td title=${u.address??""}>${u.id}${u.self?_`
                                  <span class="tag">this</span>
                                `:null}</td>
                              <td class="hide-narrow">${u.version??"\u2014"}</td>
                              <td class="num">${u.partitions.length}</td>
                              <td class="num">${lt(u.sessions)}</td>
                              <td>
                                <${$e} at=${u.startedAt} />
                              </td>
                            </tr>
                          `)}</tbody>
              </table>
            `:_`
              <table class="table compact">
                <thead>
                  <tr>
                    <th scope="col">node (edge)</th>
                    <th scope="col">active sessions</th>
                  </tr>
                </thead>
                <tbody>
                        ${Object.entries(s).map(([u,h])=>_`
                            <tr>
                              <td>${u}</td>
                              <td>${h}</td>
                            </tr>
                          `)}
                        ${Object.keys(s).length===0?_`
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
            ${c.map(u=>_`
                <tr>
                  <td>${u.strategy}</td>
                  <td class="num">${lt(u.routed)}</td>
                  <td class="num">${lt(u.rebound)}</td>
                  <td class="num">${Pl(u.share)}</td>
                </tr>
              `)}
            ${c.length===0?_`
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
          <tbody>${Object.entries(r).map(([u,h])=>_`
              <tr>
                <td>${u}</td>
                <td>${lt(h)}</td>
              </tr>
            `)}</tbody>
        </table>
      </div>
    </div>
  `}function Ba(){let e=Re("alerts"),[t,l]=M([]);return X(()=>{Et("GET /alerts")&&pe("/alerts",{state:"firing"}).then(n=>l(n.items.filter(s=>(s.state??"firing")==="firing"))).catch(()=>l([]))},[e]),t.length===0?null:_`<div class="banner bad" role="alert">
    <strong>${t.length} alert${t.length>1?"s":""} firing:</strong>
    ${t.slice(0,4).map(n=>_`<a href="#/alerts" class="banner-item">${n.labels?.alertname??n.annotations?.summary??n.ruleId}${n.labels?.agent?` (${n.labels.agent})`:""}</a>`)}${t.length>4?_`
        and ${t.length-4} more
      `:null}
  </div>`}var td={"5m":{seconds:300,resolution:10},"1h":{seconds:3600,resolution:60},"24h":{seconds:86400,resolution:60}},mn={a:"var(--c1)",b:"var(--c2)",c:"var(--c3)",d:"var(--c4)"};function As(e,t){let l=e;for(let n of t.split("."))l=l&&typeof l=="object"?l[n]:null;return typeof l=="number"?l:null}function gl(e,t,l){let n=[...e].filter(s=>Date.parse(s.start)>=l).sort((s,o)=>Date.parse(s.start)-Date.parse(o.start));return[n.map(s=>Date.parse(s.start)/1e3),...t.map(s=>n.map(o=>typeof s=="string"?As(o,s):s(o)))]}var nd=e=>{let t=As(e,"opened");return t===null?null:t/e.seconds};function ld(e,t){let l=e.filter(r=>Date.parse(r.at)>=t),n=l.map(r=>Date.parse(r.at)/1e3),s=l.map(r=>r.sessions),o=l.map((r,c)=>{let u=l[c-1];if(!u)return null;let h=(Date.parse(r.at)-Date.parse(u.at))/1e3;return h>0?Math.max(0,(r.opened-u.opened)/h):null});return{xs:n,sessions:s,opens:o}}function Ga(){let e=se(Te),[t,l]=M("5m"),[n,s]=M([]),[o,r]=M(null),c=Re("tick"),u=e.fleet?.summary,{seconds:h,resolution:f}=td[t];X(()=>{let v=Math.ceil(h/f)+1;pe("/load/series",{scope:"fleet",resolution:f,limit:v}).then(S=>{s(S.items),r(null)}).catch(r)},[t,Math.floor(c/5)]);let m=Date.now()-h*1e3,$=[m/1e3,Date.now()/1e3],g=go(()=>ld(e.history,m),[e.history,t]),w=n.some(v=>As(v,"opened")!==null),A=n.some(v=>As(v,"relayLatencyMs.p50")!==null)?["relayLatencyMs.p50","relayLatencyMs.p99"]:["latencyP50Ms","latencyP99Ms"],C=u?.relayLatencyMs,D=u?.responseLatencyMs;return _`
    <div class="view">
      <${Ba} />
      <div class="view-head">
        <h1>Overview</h1>
        <div class="spacer"></div>
        <${ol} label="Time range" value=${t} onChange=${l}
          options=${[{value:"5m",label:"5 min"},{value:"1h",label:"1 h"},{value:"24h",label:"24 h"}]} />
      </div>
      <${ve} error=${o} />
      <div class="stats">
          <${dn} label="Live sessions" value=${lt(u?.sessions.live)}
            hint=${`${lt(u?.connections)} attached`} />
          <${dn} label="Agents" value=${lt(u?.agents.total)}
            hint=${u?Object.entries(u.agents.byStatus).map(([v,S])=>`${S} ${v}`).join(" \xB7 "):""} />
          <${dn} label="Frames" value=${us(u?.framesPerSecond)} />
          <${dn} label="Traffic" value=${un(u?.bytesPerSecond,"/s")} />
          <${dn} label="Error rate" value=${Pl(u?.errorRate)}
            tone=${(u?.errorRate??0)>.05?"bad":""} />
          <${dn} label="Relay p50 / p99"
            value=${`${Mn(C?.p50??u?.latencyP50Ms)} / ${Mn(C?.p99??u?.latencyP99Ms)}`} />
          ${D?_`<${dn} label="Response p50 / p99" value=${`${Mn(D.p50)} / ${Mn(D.p99)}`} />`:null}
        </div>
      <div class="charts">
        <${Jt} range=${$} title="Sessions" format=${v=>v.toFixed(0)}
          series=${[{label:"live sessions",color:mn.a}]}
          data=${[g.xs,g.sessions]}
          emptyText="samples start when this node's UI feed starts" />
        <${Jt} range=${$} title="Opens per second" format=${v=>us(v,"")}
          series=${[{label:"opens/s",color:mn.b}]}
          data=${w?gl(n,[nd],m):[g.xs,g.opens]} />
        <${Jt} range=${$} title="Frames per second" format=${v=>us(v,"")}
          series=${[{label:"frames/s",color:mn.c}]}
          data=${gl(n,["framesPerSecond"],m)} />
        <${Jt} range=${$} title="Bytes per second" format=${v=>un(v)}
          series=${[{label:"bytes/s",color:mn.d}]}
          data=${gl(n,["bytesPerSecond"],m)} />
        <${Jt} range=${$} title="Error rate" format=${v=>Pl(v)}
          series=${[{label:"error rate",color:"var(--bad)"}]}
          data=${gl(n,["errorRate"],m)} />
        <${Jt} range=${$} title="Relay latency" format=${v=>Mn(v)}
          series=${[{label:"p50",color:mn.a},{label:"p99",color:mn.b}]}
          data=${gl(n,A,m)}
          emptyText="no relay latency measured in this range" />
        <${Jt} range=${$} title="Response latency" format=${v=>Mn(v)}
          series=${[{label:"p50",color:mn.c},{label:"p99",color:mn.d}]}
          data=${gl(n,["responseLatencyMs.p50","responseLatencyMs.p99"],m)}
          emptyText="no response latency measured in this range" />
      </div>
      <${K} title="Cluster">
        <${Ts} />
        </${K}>
        </div>
  `}function sd(e){if(e.length<2)return 0;let t=e.reduce((n,s)=>n+s,0)/e.length;if(t===0)return 0;let l=e.reduce((n,s)=>n+(s-t)**2,0)/e.length;return Math.sqrt(l)/t}function od(e){let t=new Map;for(let l of e)if(l.status!=="deregistered")for(let n of l.capabilities)t.set(n,[...t.get(n)??[],l]);return[...t.entries()].sort(([l],[n])=>l.localeCompare(n))}function Ya(){let t=se(Te).fleet?.agents??[],l=od(t),n=Math.max(1,...t.map(s=>s.currentSessions));return _`<div class="view">
    <div class="view-head"><h1>Connection distribution</h1></div>
    ${l.length===0?_`<${Q}>No agents registered.</${Q}>`:null}
    <div class="dist-grid">
    ${l.map(([s,o])=>{let r=o.map(f=>f.currentSessions),c=r.reduce((f,m)=>f+m,0),u=sd(r),h=u>.5?"bad":u>.25?"warn":"good";return _`
        <${K} title=${s}
          actions=${_`
            <span class=${`badge t-${h}`}
              title="standard deviation over mean of sessions per agent">
                      ${c} sessions · imbalance ${(u*100).toFixed(0)}%</span>
          `}>
          <ul class="bars" aria-label=${`sessions per agent for ${s}`}>
                ${[...o].sort((f,m)=>m.currentSessions-f.currentSessions).map(f=>_`
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
  </div>`}var _l=(e,t="")=>`/agents/${encodeURIComponent(e.id)}${t}`;function Ul({agent:e,ask:t,compact:l}){if(e.status==="deregistered")return null;let n=_`<strong>${e.name}</strong>`,s=[e.draining?_`<button type="button" onClick=${()=>t({title:`Undrain ${e.name}?`,body:_`<p>${n} takes new sessions again.</p>`,confirmLabel:"Undrain",run:()=>_e("POST",_l(e,"/undrain"),{})})}>Undrain</button>`:_`<button type="button" onClick=${()=>t({title:`Drain ${e.name}?`,body:_`<p>${n} takes no new sessions; its ${e.currentSessions} sessions stay
            until they end.</p>`,confirmLabel:"Drain",run:()=>_e("POST",_l(e,"/drain"),{})})}>Drain</button>`,_`<button type="button" onClick=${()=>t({title:`${e.maintenance?"End":"Start"} maintenance on ${e.name}?`,body:_`<p>${e.maintenance?"It takes new sessions again.":"It is drained and marked as in maintenance."}</p>`,confirmLabel:e.maintenance?"End maintenance":"Start maintenance",run:()=>_e("POST",_l(e,"/maintenance"),{on:!e.maintenance})})}>${e.maintenance?"End maint.":"Maintenance"}</button>`,_`<button type="button" onClick=${()=>t({title:`Weight of ${e.name}`,body:_`<p>Weighted strategies send it sessions in proportion (0–1000).</p>`,confirmLabel:"Set weight",input:{label:"Weight",value:String(e.weight??1),type:"number"},run:o=>_e("POST",_l(e,"/weight"),{weight:Number(o)})})}>Weight</button>`,_`<button type="button" class="warn" onClick=${()=>t({title:`Eject ${e.name}?`,body:_`<p>${n} is marked unhealthy at once and its sessions move to other agents.
          Its heartbeats bring it back.</p>`,confirmLabel:"Eject",danger:!0,run:()=>_e("POST",_l(e,"/eject"),{})})}>Eject</button>`,_`<button type="button" class="danger" onClick=${()=>t({title:`Deregister ${e.name}?`,body:_`<p>${n} leaves the registry; its sessions move to other agents.</p>`,confirmLabel:"Deregister",danger:!0,run:()=>_e("DELETE",_l(e))})}>Deregister</button>`];return _`
    <div class=${`actions ${l?"compact":""}`} role="group"
      aria-label=${`actions for ${e.name}`}>${s}</div>
  `}var id=["","healthy","suspect","unhealthy","draining","deregistered"];function rd(e,t,l){if(l?e.status!==l:e.status==="deregistered")return!1;if(!t)return!0;let n=t.toLowerCase();return[e.name,e.id,e.version??"",e.host,...e.capabilities].some(s=>s.toLowerCase().includes(n))}function Ja(){let e=se(Te),t=se(be),[l,n]=M(""),[s,o]=M(""),[r,c]=M(null),u=(e.fleet?.agents??[]).filter(f=>rd(f,l,s)).sort((f,m)=>f.name.localeCompare(m.name)),h=We(t);return _`<div class="view">
    <div class="view-head"><h1>Agents</h1><div class="spacer"></div>
      <label class="field inline">Filter
        <input type="search" placeholder="name, id, capability, version" value=${l}
          onInput=${f=>n(f.target.value)} /></label>
      <label class="field inline">Status
        <select value=${s} onChange=${f=>o(f.target.value)}>
          ${id.map(f=>_`<option value=${f}>${f||"all but deregistered"}</option>`)}
        </select></label>
    </div>
    <div class="table-wrap">
    <table class="table" aria-label="agents">
      <thead><tr><th scope="col">Agent</th><th scope="col">Status</th><th scope="col">Capabilities</th>
        <th scope="col">Version</th><th scope="col" class="num">Weight</th><th scope="col" class="num">Sessions</th>
        <th scope="col" class="hide-narrow">Load</th><th scope="col">Heartbeat</th>
        ${h?_`<th scope="col">Actions</th>`:null}</tr></thead>
      <tbody>${u.map(f=>_`<tr data-agent=${f.id}>
        <td><a href=${`#/agents/${encodeURIComponent(f.id)}`} onClick=${m=>{m.preventDefault(),cs(`agents/${encodeURIComponent(f.id)}`)}}>${f.name}</a> <${fn} id=${f.id} iconOnly=${f.id===f.name} /></td>
        <td><${Tt} status=${f.status} maintenance=${f.maintenance} /></td>
        <td>${f.capabilities.map(m=>_`<span class="tag">${m}</span>`)}</td>
        <td>${f.version??"\u2014"}</td>
        <td class="num">${f.weight??1}</td>
        <td class="num">${f.currentSessions}${f.maxSessions?_`<span class="muted">/${f.maxSessions}</span>`:null}</td>
        <td class="hide-narrow">${f.load.cpu!==void 0?`cpu ${f.load.cpu.toFixed(0)}%`:"\u2014"}${f.load.latencyMs!==void 0?` \xB7 ${f.load.latencyMs.toFixed(0)} ms`:""}</td>
        <td><${$e} at=${f.lastHeartbeatAt} /></td>
        ${h?_`
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
    ${u.length===0?_`<${Q}>No agent matches.</${Q}>`:null}
    <${At} request=${r} onClose=${()=>c(null)} />
  </div>`}function Ms({sessions:e}){let l=se(Te).fleet?.agents;return e.length===0?_`<${Q}>No sessions.</${Q}>`:_`
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
        <tbody>${e.map(n=>_`
            <tr data-session=${n.id}>
              <td>
                <${fn} id=${n.id} href=${`#/sessions/${encodeURIComponent(n.id)}`} />
              </td>
              <td>
                <${Tt} status=${n.status} />
              </td>
              <td>${n.capability??n.agentType??"\u2014"}</td>
              <td>${n.agentId?_`<a href=${`#/agents/${encodeURIComponent(n.agentId)}`}>${ll(l,n.agentId)}</a>`:"\u2014"}</td>
              <td class="hide-narrow">${n.clientId}</td>
              <td>
                <${$e} at=${n.openedAt} />
              </td>
              <td class="num">${lt(n.traffic.framesIn)} / ${lt(n.traffic.framesOut)}</td>
              <td class="num hide-narrow">${un(n.traffic.bytesIn+n.traffic.bytesOut)}</td>
            </tr>
          `)}</tbody>
      </table>
    </div>
  `}var ad=["agent.registered","agent.updated","agent.healthChanged","agent.drained","agent.undrained","agent.maintenanceChanged","agent.weightChanged","agent.deregistered"];function cd(e){let t=e.data;switch(e.type){case"agent.healthChanged":return`${t.from} \u2192 ${t.to}${t.reason?`: ${t.reason}`:""}`;case"agent.drained":return`drained${t.deadline?` until ${t.deadline}`:""}`;case"agent.maintenanceChanged":return t.on?"maintenance on":"maintenance off";case"agent.undrained":return"undrained";case"agent.weightChanged":return`weight ${t.previous} \u2192 ${t.weight}`;case"agent.updated":return`updated (version ${t.previousVersion} \u2192 ${t.version})`;case"agent.registered":return`registered, version ${t.version}`;case"agent.deregistered":return`deregistered: ${t.reason}`;default:return e.type}}function Ka({id:e}){let t=se(be),l=Re("agents","sessions"),[n,s]=M(null),[o,r]=M([]),[c,u]=M(null),[h,f]=M(null),[m,$]=M(null);return X(()=>{pe(`/agents/${encodeURIComponent(e)}`).then(s).catch(f),pe("/sessions",{agentId:e,limit:50}).then(g=>r(g.items)).catch(f),An(t)&&Tn("/events",{stream:`agent-${e}`,type:ad.join(","),limit:200}).then(g=>u(g.reverse())).catch(()=>u(null))},[e,l]),h?_`
      <div class="view">
        <${ve} error=${h} />
      </div>
    `:n?_`
    <div class="view">
      <nav class="crumbs" aria-label="breadcrumb"><a href="#/agents">Agents</a> / ${n.name}</nav>
      <div class="view-head"><h1>${n.name}</h1>
          <${Tt} status=${n.status} maintenance=${n.maintenance} />
          <div class="spacer"></div>
          ${We(t)?_`<${Ul} agent=${n} ask=${$} />`:null}
        </div>
      <div class="detail-grid">
        <${K} title="Agent">
          <dl class="props">
            <dt>id</dt>
            <dd>
              <${fn} id=${n.id} />
            </dd>
            <dt>address</dt>
            <dd><code>${n.host}:${n.port}${n.path??"/"}</code></dd>
            <dt>type</dt>
            <dd>${n.agentType}</dd>
            <dt>capabilities</dt>
            <dd>${n.capabilities.map(g=>_`<span class="tag">${g}</span>`)}</dd>
            <dt>version</dt>
            <dd>${n.version??"\u2014"}</dd>
            <dt>weight</dt>
            <dd>${n.weight??1}</dd>
            <dt>sessions</dt>
            <dd>${n.currentSessions}${n.maxSessions?` of ${n.maxSessions}`:""}</dd>
            <dt>health</dt>
            <dd>${n.health}${n.ejectedUntil?_`
                (held out until <${$e} at=${n.ejectedUntil} />)
              `:null}</dd>
            <dt>last heartbeat</dt>
            <dd>
              <${$e} at=${n.lastHeartbeatAt} />
            </dd>
            <dt>registered</dt>
            <dd>
              <${$e} at=${n.registeredAt} />
            </dd>
            <dt>load</dt>
            <dd>${Object.entries(n.load).map(([g,w])=>`${g} ${w}`).join(" \xB7 ")||"\u2014"}</dd>
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
              <tbody>${n.versions.map(g=>_`
                  <tr>
                    <td>${g.version}</td>
                    <td>${g.previousVersion??"\u2014"}</td>
                    <td>
                      <${$e} at=${g.at} />
                    </td>
                  </tr>
                `)}</tbody>
            </table>
            </${K}>
            <${K} title="Health history">
            ${c===null?_`<${Q}>The history comes from the event log, which needs the auditor or admin role.</${Q}>`:_`<ol class="timeline">${c.map(g=>_`<li><${$e} at=${g.data.at} /> <span>${cd(g)}</span></li>`)}</ol>`}
          </${K}>
        </div>
        <${K} title="Sessions on this agent">
          <${Ms} sessions=${o} />
        </${K}>
        <${At} request=${m} onClose=${()=>$(null)} />
      </div>
  `:_`
      <div class="view">
        <p class="loading">Loading…</p>
      </div>
    `}var ud=["","opening","active","detached","closed"],fd=25;function qa(){let e=se(Te),t=Re("sessions"),[l,n]=M(""),[s,o]=M(""),[r,c]=M(""),[u,h]=M(""),[f,m]=M([void 0]),[$,g]=M(null),[w,A]=M(null),C=f.at(-1);X(()=>{pe("/sessions",{status:l,agentId:s,limit:fd,cursor:C}).then(T=>{g(T),A(null)}).catch(A)},[l,s,C,t]);let D=T=>Y=>{T(Y),m([void 0])},v=($?.items??[]).filter(T=>(!r||(T.capability??T.agentType??"").includes(r))&&(!u||T.clientId.includes(u))),S=(e.fleet?.agents??[]).filter(T=>T.status!=="deregistered"),k=[...new Set(S.flatMap(T=>T.capabilities))].sort(),V=T=>T.target.value;return _`
    <div class="view">
      <div class="view-head">
        <h1>Sessions</h1>
      </div>
      <div class="filters" role="search">
        <label class="field inline">Status <select value=${l}
            onChange=${T=>D(n)(V(T))}>
            ${ud.map(T=>_`<option value=${T}>${T||"any"}</option>`)}</select></label>
        <label class="field inline">Agent <select value=${s}
            onChange=${T=>D(o)(V(T))}>
            <option value="">any</option>
            ${S.map(T=>_`<option value=${T.id}>${T.name}</option>`)}</select></label>
        <label class="field inline">Capability <select value=${r}
            onChange=${T=>c(V(T))}>
            <option value="">any</option>
            ${k.map(T=>_`<option value=${T}>${T}</option>`)}</select></label>
        <label
          class="field inline">Client <input type="search" value=${u} placeholder="client id"
            onInput=${T=>h(V(T))} /></label>
      </div>
      <${ve} error=${w} />
      <${Ms} sessions=${v} />
      <div class="pager" role="navigation" aria-label="pages">
        <button type="button" disabled=${f.length<=1}
          onClick=${()=>m(f.slice(0,-1))}>← Newer</button>
        <span class="muted">page ${f.length}</span>
        <button type="button" disabled=${!$?.nextCursor}
          onClick=${()=>m([...f,Number($.nextCursor)])}>Older →</button>
      </div>
    </div>
  `}function Za({id:e}){let t=se(be),l=se(Te),n=Re("sessions"),[s,o]=M(null),[r,c]=M(null),[u,h]=M(null),[f,m]=M(null);if(X(()=>{pe(`/sessions/${encodeURIComponent(e)}`).then(o).catch(h),An(t)&&Tn("/events",{stream:`session-${e}`,limit:500}).then(c).catch(()=>c(null))},[e,n]),u)return _`
      <div class="view">
        <${ve} error=${u} />
      </div>
    `;if(!s)return _`
      <div class="view">
        <p class="loading">Loading…</p>
      </div>
    `;let $=l.fleet?.agents,g=[...r??[]].reverse().find(D=>D.type==="session.routed"||D.type==="session.rebound"),w=g?.data.decision,A=g?.data.agentId,C=()=>m({title:"Close this session?",body:_`<p>The client's socket is closed by the edge holding it.</p>`,confirmLabel:"Close session",danger:!0,run:()=>_e("DELETE",`/sessions/${encodeURIComponent(e)}`)});return _`
    <div class="view">
      <nav class="crumbs" aria-label="breadcrumb"><a href="#/sessions">Sessions</a> / ${e.slice(0,8)}</nav>
      <div
        class="view-head"><h1>Session <${fn} id=${s.id} /></h1><${Tt} status=${s.status} />
          <div class="spacer"></div>
          ${We(t)&&s.status!=="closed"?_`<button type="button" class="danger" onClick=${C}>Close session</button>`:null}
        </div>
      <div class="detail-grid">
        <${K} title="Session">
          <dl class="props">
              <dt>capability</dt><dd>${s.capability??s.agentType??"\u2014"}</dd>
              <dt>agent</dt><dd>${s.agentId?_`<a href=${`#/agents/${encodeURIComponent(s.agentId)}`}>${ll($,s.agentId)}</a>`:"\u2014"}</dd>
              <dt>client</dt><dd>${s.clientId}</dd>
              <dt>edge</dt><dd>${s.edgeId??"\u2014"}</dd>
              <dt>opened</dt><dd><${$e} at=${s.openedAt} /></dd>
              <dt>last event</dt><dd><${$e} at=${s.lastEventAt} /></dd>
              ${s.closedAt?_`
                  <dt>closed</dt>
                  <dd><${$e} at=${s.closedAt} /> ${s.closeReason??""} ${s.closeCode??""}</dd>
                `:null}
              <dt>strategy</dt><dd>${s.strategy??"\u2014"}</dd>
              <dt>rebinds / resumes / detaches</dt><dd>${s.rebinds} / ${s.resumes} / ${s.detaches}</dd>
              <dt>frames in / out</dt><dd>${lt(s.traffic.framesIn)} / ${lt(s.traffic.framesOut)}</dd>
              <dt>bytes in / out</dt><dd>${un(s.traffic.bytesIn)} / ${un(s.traffic.bytesOut)}</dd>
              <dt>errors</dt><dd>${lt(s.traffic.errors)}</dd>
            </dl>
          </${K}>
          <${K} title="Routing decision">
            ${w?_`
                <p>${"Strategy "}<strong>${w.strategy}</strong>${" chose "}<strong>${ll($,A)}</strong>${` of ${w.candidates.length} candidates.`}</p>
                <table class="table compact" aria-label="candidates">
                  <thead>
                    <tr>
                      <th scope="col">candidate</th>
                      <th scope="col" class="num">score</th>
                    </tr>
                  </thead>
                  <tbody>
                            ${[...w.candidates].sort((D,v)=>v.score-D.score).map(D=>_`
                                <tr class=${D.agentId===A?"chosen":""}>
                                  <td>${ll($,D.agentId)}
                                              ${D.agentId===A?_`<span class="tag">chosen</span>`:null}</td>
                                  <td class="num">${D.score.toFixed(3)}</td>
                                </tr>
                              `)}</tbody>
                </table>
              `:_`<${Q}>${r===null?"The decision is read from the event log, which needs the auditor or admin role.":"Not routed yet."}</${Q}>`}
          </${K}>
        </div>
        <${K} title="Event history">
          ${r===null?_`<${Q}>Needs the auditor or admin role.</${Q}>`:_`<ol class="timeline">${r.map(D=>_`<li><span class="pos">#${D.position}</span> <${$e} at=${D.recordedAt} />
          <code>${D.type}</code> <span class="muted">${dd(D)}</span></li>`)}</ol>`}
        </${K}>
        <${At} request=${f} onClose=${()=>m(null)} />
      </div>
  `}function dd(e){let t=e.data;return e.type==="session.closed"?`${t.reason??""} ${t.code??""}`:e.type==="session.trafficReported"?`frames ${t.framesIn??""}/${t.framesOut??""}`:e.type==="session.rebound"?`\u2192 ${t.agentId} (${t.reason??""})`:e.type==="session.routed"?`\u2192 ${t.agentId}`:""}var pd={"round-robin":"each healthy agent in turn","weighted-round-robin":"in turn, in proportion to each agent's weight","least-connections":"the agent with the fewest live sessions","consistent-hash":"the same client to the same agent while the fleet stays",capability:"the best match for the requested capability"};function hd({capability:e,policy:t,strategies:l,editable:n,ask:s}){let[o,r]=M(t);X(()=>r(t),[JSON.stringify(t)]);let c=JSON.stringify(o)!==JSON.stringify(t),u=m=>r({...o,...m}),h=m=>`routing-${e}-${m}`;return _`<form class="policy" onSubmit=${m=>{m.preventDefault(),s({title:`Change routing of ${e}?`,body:_`<p>New sessions for <strong>${e}</strong> are routed by
        <strong>${o.strategy}</strong>${o.sticky?", sticky":""}${o.failover?", with failover":""}.</p>`,confirmLabel:"Apply",run:()=>{let $={strategy:o.strategy,sticky:o.sticky,failover:o.failover,retryAfterSeconds:o.retryAfterSeconds};return o.fallbackCapability&&($.fallbackCapability=o.fallbackCapability),_e("PUT","/routing",{capability:e,policy:$})}})}} aria-label=${`routing policy for ${e}`}>
    <h3>${e}</h3>
    <label class="field" for=${h("strategy")}>Strategy
      <select id=${h("strategy")} name="strategy" disabled=${!n} value=${o.strategy}
        onChange=${m=>u({strategy:m.target.value})}>
        ${l.map(m=>_`<option value=${m}>${m}</option>`)}
      </select></label>
    <p class="hint">${pd[o.strategy]??"a plugged-in strategy"}</p>
    <label class="check"><input type="checkbox" checked=${o.sticky} disabled=${!n}
      onChange=${m=>u({sticky:m.target.checked})} /> sticky sessions</label>
    <label class="check"><input type="checkbox" checked=${o.failover} disabled=${!n}
      onChange=${m=>u({failover:m.target.checked})} /> failover</label>
    <label class="field">Fallback capability
      <input value=${o.fallbackCapability??""} disabled=${!n} placeholder="none"
        onInput=${m=>u({fallbackCapability:m.target.value||void 0})} /></label>
    <label class="field">Retry after (s)
      <input type="number" min="1" max="3600" value=${o.retryAfterSeconds} disabled=${!n}
        onInput=${m=>u({retryAfterSeconds:Number(m.target.value)})} /></label>
    ${n?_`<div class="row end">
        <button type="button" disabled=${!c} onClick=${()=>r(t)}>Reset</button>
        <button type="submit" class="primary" disabled=${!c}>Save</button></div>`:null}
  </form>`}function Qa(){let e=se(be),t=Re("routing","agents"),[l,n]=M(null),[s,o]=M(null),[r,c]=M(null);X(()=>{pe("/routing").then(n).catch(o)},[t]);let u=We(e);return _`<div class="view">
    <div class="view-head"><h1>Routing</h1></div>
    <${ve} error=${s} />
    ${l&&l.items.length===0?_`<${Q}>No capability is known yet.</${Q}>`:null}
    <div class="policies">
      ${l?.items.map(h=>_`
        <${K}>
          <${hd} capability=${h.capability} policy=${h.policy}
            strategies=${l.strategies} editable=${u} ask=${c} />
          </${K}>
      `)}
    </div>
    <${At} request=${r} onClose=${()=>c(null)} />
  </div>`}function Xa(e,t){let l=e.split(`
`),n=t.split(`
`),s=l.length,o=n.length,r=Array.from({length:s+1},()=>new Array(o+1).fill(0));for(let f=s-1;f>=0;f--)for(let m=o-1;m>=0;m--)r[f][m]=l[f]===n[m]?r[f+1][m+1]+1:Math.max(r[f+1][m],r[f][m+1]);let c=[],u=0,h=0;for(;u<s&&h<o;)l[u]===n[h]?(c.push({kind:"same",text:l[u]}),u++,h++):r[u+1][h]>=r[u][h+1]?c.push({kind:"del",text:l[u++]}):c.push({kind:"add",text:n[h++]});for(;u<s;)c.push({kind:"del",text:l[u++]});for(;h<o;)c.push({kind:"add",text:n[h++]});return c}var Ds=e=>JSON.stringify(e,null,2);function md(e){return/body\.config\.([\w.[\]]+)/.exec(e)?.[1]}function ec({before:e,after:t}){let l=Xa(Ds(e),Ds(t));if(l.filter(o=>o.kind!=="same").length===0)return _`<${Q}>No difference.</${Q}>`;let s=l.map((o,r)=>l.slice(Math.max(0,r-2),r+3).some(c=>c.kind!=="same"));return _`<pre class="diff" aria-label="differences">${l.map((o,r)=>s[r]?_`<div class=${`d-${o.kind}`}>${o.kind==="add"?"+ ":o.kind==="del"?"- ":"  "}${o.text}</div>`:null)}</pre>`}function tc(){let e=se(be),t=Re("config"),[l,n]=M(null),[s,o]=M(""),[r,c]=M(!1),[u,h]=M(null),[f,m]=M([]),[$,g]=M(null),[w,A]=M(null),[C,D]=M(null),[v,S]=M(null),k=rr(e);X(()=>{pe("/config").then(x=>{n(x),r||o(Ds(x.config))}).catch(D),pe("/config/history",{limit:100}).then(x=>{m(x.items),x.items.length>=2&&$===null&&(g(x.items[1].version),A(x.items[0].version))}).catch(D)},[t]);let V=x=>{o(x),c(!0);try{JSON.parse(x),h(null)}catch(H){h(`not JSON: ${H.message}`)}},T=async x=>{try{await _e("PUT","/config",{config:x,expectedVersion:l?.version}),c(!1),h(null)}catch(H){throw H instanceof cn&&H.status===400&&h(H.message),H}},Y=async x=>{x.preventDefault();let H;try{H=JSON.parse(s)}catch(R){h(`not JSON: ${R.message}`);return}try{await T(H)}catch(R){R instanceof cn&&R.status===400||D(R)}},G=x=>S({title:`Roll back to version ${x.version}?`,body:_`
        <p>Version ${x.version}'s settings become version ${(l?.version??0)+1}.</p>
        <${ec} before=${l?.config} after=${x.config} />
      `,confirmLabel:"Roll back",run:()=>T(x.config)}),ee=u?md(u):void 0,U=x=>f.find(H=>H.version===x);return _`
    <div class="view">
      <div class="view-head"><h1>Configuration</h1>
          <span class="muted">version ${l?.version??"\u2026"}</span></div>
      <${ve} error=${C} />
      <div class="config-grid">
        <${K} title="Editor">
          <form onSubmit=${Y}>
              <label class="field" for="config-text">Runtime config (JSON)${k?"":" \u2014 read-only: admins change it"}</label>
              <textarea id="config-text" class=${`code ${u?"invalid":""}`} spellcheck="false"
                rows="24" readonly=${!k} aria-invalid=${u?"true":"false"}
                aria-describedby="config-problem"
                onInput=${x=>V(x.target.value)}
                value=${s}></textarea>
              <p id="config-problem" class=${u?"error":"hint"} role=${u?"alert":void 0}>
                ${u?_`${ee?_`
                        <strong>${ee}</strong>:
                      `:null}${u}`:"Unknown fields and bad values are refused with the field named."}</p>
              ${k?_`
                  <div class="row end">
                    <button type="button" disabled=${!r} onClick=${()=>{o(Ds(l?.config)),c(!1),h(null)}}>Discard</button>
                    <button type="submit" class="primary" disabled=${!r||!!u?.startsWith("not JSON")}>Save</button>
                  </div>
                `:null}
            </form>
          </${K}>
          <${K} title="History">
            <table class="table compact" aria-label="config versions"><thead><tr><th scope="col">version</th>
              <th scope="col">when</th><th scope="col">by</th><th scope="col">compare</th>${k?_`<th scope="col"></th>`:null}</tr></thead>
              <tbody>${f.map(x=>_`<tr><td>${x.version}${x.version===l?.version?_`
                      <span class="tag">current</span>
                    `:null}</td>
            <td><${$e} at=${x.at} /></td><td>${x.by?sl(x.by):"\u2014"}</td>
            <td><label class="check"><input type="radio" name="left" checked=${$===x.version}
              onChange=${()=>g(x.version)} aria-label=${`compare from version ${x.version}`} />from</label>
              <label class="check"><input type="radio" name="right" checked=${w===x.version}
              onChange=${()=>A(x.version)} aria-label=${`compare to version ${x.version}`} />to</label></td>
            ${k?_`<td>${x.version!==l?.version?_`<button type="button" onClick=${()=>G(x)}>Roll back</button>`:null}</td>`:null}</tr>`)}</tbody></table>
            ${f.length===0?_`<${Q}>The defaults are in force: no change yet.</${Q}>`:null}
            ${U($)&&U(w)?_`
                <h3>Version ${$} → ${w}</h3>
                <${ec} before=${U($).config} after=${U(w).config} />
              `:null}
          </${K}>
        </div>
        <${At} request=${v} onClose=${()=>S(null)} />
      </div>
  `}var nc=50,gd=["agent.registered","agent.healthChanged","agent.drained","agent.undrained","agent.maintenanceChanged","agent.deregistered","agent.weightChanged","session.opened","session.routed","session.rebound","session.closed","routing.policyChanged","config.changed"];function _d({e}){let[t,l]=M(!1);return _`<li class="event">
    <button type="button" class="event-head" aria-expanded=${t} onClick=${()=>l(!t)}>
      <span class="pos">#${e.position}</span> <code>${e.type}</code>
      <span class="muted">${e.streamId}</span>
      <span class="spacer"></span>
      ${e.metadata.principal?_`<span class="muted">by ${sl(e.metadata.principal.sub)}</span>`:null}
      <${$e} at=${e.recordedAt} />
    </button>
    ${t?_`<pre class="code">${JSON.stringify(e,null,2)}</pre>`:null}
  </li>`}function $d({head:e}){let[t,l]=M(null),[n,s]=M(null),[o,r]=M(null),[c,u]=M(null),[h,f]=M(null),m=t??e;return X(()=>{if(m<1)return;let $=setTimeout(()=>{pe("/agents",{at:m,limit:1e3}).then(g=>{s(g.items),r(g.at),f(null)}).catch(f),Tn("/events",{from:m,limit:1}).then(g=>u(g[0]?.recordedAt??null)).catch(()=>u(null))},250);return()=>clearTimeout($)},[m]),_`<${K} title="Time travel">
    <label class="field" for="travel"><span>Registry as of log position <strong>${m}</strong>${c?_`${" ("}<${$e} at=${c} />)`:null}${` of ${e}`}</span></label>
    <input id="travel" type="range" min="1" max=${Math.max(1,e)} value=${m}
      aria-valuetext=${`position ${m}`}
      onInput=${$=>l(Number($.target.value))} />
    <div class="row">
      <button type="button" onClick=${()=>l(Math.max(1,m-1))}>◀ one event</button>
      <button type="button" onClick=${()=>l(Math.min(e,m+1))}>one event ▶</button>
      <button type="button" onClick=${()=>l(null)}>Now</button>
    </div>
    <${ve} error=${h} />
    ${n?_`
        <table class="table compact" aria-label="registry as of the position" data-at=${o}>
          <thead>
            <tr>
              <th scope="col">agent</th>
              <th scope="col">status</th>
              <th scope="col" class="num">weight</th>
              <th scope="col" class="num">sessions</th>
            </tr>
          </thead>
          <tbody>${n.map($=>_`
              <tr data-agent=${$.id}>
                <td>${$.name}</td>
                <td>
                  <${Tt} status=${$.status} maintenance=${$.maintenance} />
                </td>
                <td class="num">${$.weight??1}</td>
                <td class="num">${$.currentSessions}</td>
              </tr>
            `)}</tbody>
        </table>
                ${n.length===0?_`<${Q}>No agent was registered yet at this position.</${Q}>`:null}
      `:null}
  </${K}>`}function lc(){let e=se(be),t=se(Te),[l,n]=M(""),[s,o]=M(""),[r,c]=M([1]),[u,h]=M([]),[f,m]=M(null),$=Math.max(0,...Object.values(t.fleet?.summary.positions??{})),g=r.at(-1);if(X(()=>{An(e)&&Tn("/events",{from:g,limit:nc,stream:l,type:s}).then(C=>{h(C),m(null)}).catch(m)},[g,l,s]),!An(e))return _`
      <div class="view">
        <h1>Log</h1>
        <${Q}>The event log is for the auditor and admin roles.</${Q}></div>
    `;let w=C=>C.target.value,A=C=>D=>{C(w(D).trim()),c([1])};return _`
    <div class="view">
      <div class="view-head"><h1>Log</h1><span class="muted">${$} events</span></div>
      <${$d} head=${$} />
      <${K} title="Events">
          <div class="filters" role="search">
            <label class="field inline">Stream <input type="search" placeholder="agent-…, session-…"
              value=${l} onChange=${A(n)} /></label>
            <label class="field inline">Type <input type="search" list="event-types" placeholder="any"
              value=${s} onChange=${A(o)} /></label>
            <datalist id="event-types">${gd.map(C=>_`<option value=${C} />`)}</datalist>
            <label class="field inline">From position <input type="number" min="1" value=${g}
              onChange=${C=>c([Math.max(1,Number(w(C))||1)])} /></label>
          </div>
          <${ve} error=${f} />
          <ol class="events" aria-label="events">${u.map(C=>_`<${_d} e=${C} />`)}</ol>
          ${u.length===0?_`<${Q}>No events match.</${Q}>`:null}
          <div class="pager" role="navigation" aria-label="pages">
            <button type="button" disabled=${r.length<=1}
              onClick=${()=>c(r.slice(0,-1))}>← Earlier</button>
            <button type="button" disabled=${u.length<nc}
              onClick=${()=>c([...r,u.at(-1).position+1])}>Later →</button>
          </div>
        </${K}>
      </div>
  `}var sc=["error_rate","relay_p99_ms","response_p99_ms","unhealthy_agents","agent_unhealthy","sessions","sessions_per_agent","failovers_per_s","open_refusals_per_s","projection_lag_ms"],oc=[">",">=","<","<=","==","!="],ic=["info","warning","critical"];var bd={name:"",metric:"agent_unhealthy",op:">",threshold:0,forSeconds:0,severity:"warning"};function vd(e){let t=e.split(",").map(l=>l.trim()).filter(Boolean).map(l=>{let n=l.indexOf("=");return n>0?[l.slice(0,n).trim(),l.slice(n+1).trim()]:[l,""]});return t.length>0?Object.fromEntries(t):void 0}var rc=e=>Object.entries(e??{}).map(([t,l])=>`${t}=${l}`).join(", ");function yd(e){let t=Date.parse(e.from),l=Date.parse(e.to),n=Math.max(1,e.stepSeconds)*1e3,s=[],o=[],r=[],c=e.intervals.map(u=>({active:Date.parse(u.activeAt),fired:Date.parse(u.firedAt),resolved:u.resolvedAt?Date.parse(u.resolvedAt):1/0}));for(let u=t;u<=l;u+=n)s.push(u/1e3),o.push(c.filter(h=>h.fired<=u&&u<h.resolved).length),r.push(c.filter(h=>h.active<=u&&u<h.fired).length);return[s,o,r]}function wd({rule:e,channels:t,onDone:l,ask:n}){let[s,o]=M(e),[r,c]=M(rc(e.selector)),[u,h]=M("3600"),[f,m]=M(null),[$,g]=M(null),w=S=>o({...s,...S}),A=()=>{let{id:S,...k}=s,V=vd(r);return{...k,...V?{selector:V}:{selector:void 0}}},C=async()=>{g(null);try{m(await _e("POST","/alert-rules/dry-run",{rule:A(),windowSeconds:Number(u)}))}catch(S){m(null),g(S)}},D=async S=>{S.preventDefault(),g(null);try{s.id?await _e("PUT",`/alert-rules/${encodeURIComponent(s.id)}`,A()):await _e("POST","/alert-rules",A()),l()}catch(k){g(k)}},v=S=>S.target.value;return _`<form class="rule-editor" onSubmit=${D} aria-label="alert rule">
    <div class="form-grid">
      <label class="field">Name<input required value=${s.name}
        onInput=${S=>w({name:v(S)})} /></label>
      <label class="field">Metric<select value=${s.metric}
        onChange=${S=>w({metric:v(S)})}>
        ${sc.map(S=>_`<option value=${S}>${S}</option>`)}</select></label>
      <label class="field">Selector<input value=${r} placeholder="agentId=…, capability=…"
        onInput=${S=>c(v(S))} /></label>
      <label class="field">Condition<span class="row tight"><select value=${s.op}
        aria-label="operator" onChange=${S=>w({op:v(S)})}>
        ${oc.map(S=>_`<option value=${S}>${S}</option>`)}</select>
        <input type="number" step="any" aria-label="threshold" value=${s.threshold}
          onInput=${S=>w({threshold:Number(v(S))})} /></span></label>
      <label class="field">For (seconds)<input type="number" min="0" value=${s.forSeconds}
        onInput=${S=>w({forSeconds:Number(v(S))})} /></label>
      <label class="field">Severity<select value=${s.severity}
        onChange=${S=>w({severity:v(S)})}>
        ${ic.map(S=>_`<option value=${S}>${S}</option>`)}</select></label>
    </div>
    ${t.length>0?_`<fieldset class="channels"><legend>Notify</legend>${t.map(S=>_`<label class="check"><input type="checkbox"
          checked=${s.channels?.includes(S.id)??!1}
          onChange=${k=>{let V=k.target.checked,T=(s.channels??[]).filter(Y=>Y!==S.id);w({channels:V?[...T,S.id]:T})}} />${S.name}</label>`)}</fieldset>`:null}
    <${ve} error=${$} />
    ${f?_`
        <${Jt} title="Dry run: series firing (and pending) over the window"
          format=${S=>S.toFixed(0)}
          series=${[{label:"firing",color:"var(--bad)"},{label:"pending",color:"var(--warn)"}]}
          data=${yd(f)} range=${[Date.parse(f.from)/1e3,Date.parse(f.to)/1e3]}
          emptyText="would not have fired" />
        <p class="hint">${f.evaluations} evaluations from ${f.source}: it would have fired
                  ${f.intervals.length} time${f.intervals.length===1?"":"s"}.</p>
      `:null}
    <div class="row end">
      ${Et("POST /alert-rules/dry-run")?_`
        <${ol} label="Dry-run window" value=${u} onChange=${h}
          options=${[{value:"3600",label:"1 h"},{value:"86400",label:"24 h"}]} />
        <button type="button" onClick=${C}>Dry run</button>
      `:null}
      <div class="spacer"></div>
      ${s.id?_`<button type="button" class="danger" onClick=${()=>n({title:`Delete rule ${s.name}?`,confirmLabel:"Delete",danger:!0,run:async()=>{await _e("DELETE",`/alert-rules/${encodeURIComponent(s.id)}`),l()}})}>Delete</button>`:null}
      <button type="button" onClick=${l}>Cancel</button>
      <button type="submit" class="primary">${s.id?"Save rule":"Create rule"}</button>
    </div>
  </form>`}function ac({ask:e}){let t=se(be),l=Re("alerts"),[n,s]=M([]),[o,r]=M([]),[c,u]=M(null),[h,f]=M(null),[m,$]=M(0);X(()=>{pe("/alert-rules").then(w=>s("items"in w?w.items:w.rules)).catch(f),Et("GET /notification-channels")&&pe("/notification-channels").then(w=>r(w.items)).catch(w=>{w instanceof cn&&w.status===403||f(w)})},[l,m]);let g=We(t);return _`<${K} title="Rules" actions=${g&&!c?_`<button type="button" class="primary" onClick=${()=>u(bd)}>New rule</button>`:null}>
    <${ve} error=${h} />
    ${c?_`
        <${wd} rule=${c} channels=${o} ask=${e}
          onDone=${()=>{u(null),$(w=>w+1)}} />
      `:null}
    ${n.length===0?_`<${Q}>No rule.</${Q}>`:_`
      <table class="table compact" aria-label="alert rules">
        <thead>
          <tr><th scope="col">rule</th>
        <th scope="col">condition</th><th scope="col">for</th><th scope="col">severity</th>
        <th scope="col" class="hide-narrow">notify</th>${g?_`<th scope="col"></th>`:null}
          </tr>
        </thead>
        <tbody>
      ${n.map(w=>_`<tr><td>${w.name}</td>
          <td><code>${w.metric}${w.selector?`{${rc(w.selector)}}`:""} ${w.op} ${w.threshold}</code></td>
          <td>${w.forSeconds}s</td><td>${w.severity}</td>
          <td class="hide-narrow">${(w.channels??[]).map(A=>_`<span class="tag">${o.find(C=>C.id===A)?.name??A.slice(0,8)}</span>`)}</td>
          ${g?_`<td><button type="button" onClick=${()=>u(w)}>Edit</button></td>`:null}</tr>`)}</tbody>
      </table>
    `}
  </${K}>`}function Sd({id:e}){let[t,l]=M(null),[n,s]=M(null);return X(()=>{pe(`/notification-channels/${encodeURIComponent(e)}/deliveries`,{limit:20}).then(o=>l(o.items)).catch(s)},[e]),n?_`<${ve} error=${n} />`:t?t.length===0?_`<${Q}>Nothing delivered yet.</${Q}>`:_`<ol class="timeline">${t.map(o=>_`<li><${$e} at=${o.at} /> <span>${o.status??o.outcome??""}</span>
      ${o.httpStatus?_`<code>HTTP ${o.httpStatus}</code>`:null}
      ${o.attempt?_`<span class="muted">attempt ${o.attempt}</span>`:null}
      ${o.error?_`<span class="error">${o.error}</span>`:null}</li>`)}</ol>`:_`<p class="loading">Loading…</p>`}function cc({ask:e}){let t=se(be),l=Re("alerts"),[n,s]=M([]),[o,r]=M(null),[c,u]=M(""),[h,f]=M(""),[m,$]=M(""),[g,w]=M(null),[A,C]=M(0);X(()=>{pe("/notification-channels").then(S=>s(S.items)).catch(w)},[l,A]);let D=async S=>{S.preventDefault(),w(null);try{await _e("POST","/notification-channels",{name:c,type:"webhook",url:h,...m?{secret:m}:{}}),u(""),f(""),$(""),C(k=>k+1)}catch(k){w(k)}},v=S=>S.target.value;return _`<${K} title="Notification channels">
    <${ve} error=${g} />
    ${n.length===0?_`<${Q}>No channel.</${Q}>`:_`
      <table class="table compact" aria-label="notification channels">
        <thead>
          <tr>
            <th scope="col">channel</th>
            <th scope="col">url</th>
            <th scope="col">signed</th>
            <th scope="col"></th>
          </tr>
        </thead>
        <tbody>${n.map(S=>_`
            <tr>
              <td>${S.name}</td>
              <td><code>${S.url}</code></td>
              <td>${S.signed?"yes":"no"}</td>
              <td>
                <div class="actions compact">
                        <button type="button" aria-expanded=${o===S.id}
                          onClick=${()=>r(o===S.id?null:S.id)}>Deliveries</button>
                        ${We(t)?_`<button type="button" class="danger" onClick=${()=>e({title:`Delete channel ${S.name}?`,confirmLabel:"Delete",danger:!0,run:async()=>{await _e("DELETE",`/notification-channels/${encodeURIComponent(S.id)}`),C(k=>k+1)}})}>Delete</button>`:null}</div>
              </td>
            </tr>
                      ${o===S.id?_`
                          <tr>
                            <td colspan="4">
                              <${Sd} id=${S.id} />
                            </td>
                          </tr>
                        `:null}
          `)}</tbody>
      </table>
    `}
    ${We(t)?_`
        <form class="row" onSubmit=${D} aria-label="new notification channel">
          <label class="field inline">Name<input required value=${c}
                  onInput=${S=>u(v(S))} /></label>
          <label class="field inline">Webhook URL<input required type="url" value=${h}
                  onInput=${S=>f(v(S))} /></label>
          <label class="field inline">Secret<input type="password" minlength="16" value=${m}
                  autocomplete="off" onInput=${S=>$(v(S))} /></label>
          <button type="submit">Add channel</button>
        </form>
      `:null}
  </${K}>`}var Ps=e=>e.labels?.alertname??e.annotations?.summary??e.ruleId;function uc({labels:e}){let t=Object.entries(e??{}).filter(([l])=>l!=="alertname");return _`${t.map(([l,n])=>_`<span class="tag">${l}=${n}</span>`)}`}function kd({ask:e}){let t=se(be),l=Re("alerts"),[n,s]=M([]),[o,r]=M(null);return X(()=>{pe("/silences",{state:"all"}).then(c=>s(c.items)).catch(r)},[l]),_`<${K} title="Silences">
    <${ve} error=${o} />
    ${n.length===0?_`<${Q}>No silence.</${Q}>`:_`
      <table class="table compact" aria-label="silences">
        <thead>
          <tr><th scope="col">matchers</th>
        <th scope="col">until</th><th scope="col" class="hide-narrow">comment</th><th scope="col">state</th>
        ${We(t)?_`<th scope="col"></th>`:null}</tr>
        </thead>
        <tbody>
        ${n.map(c=>_`<tr><td>${c.matchers.map(u=>_`<span class="tag">${u.name}${u.isEqual===!1?"!":""}${u.isRegex?"=~":"="}${u.value}</span>`)}</td><td><${$e} at=${c.endsAt} /></td><td class="hide-narrow">${c.comment??""}</td>
          <td>${c.state??""}</td>
          ${We(t)?_`<td>${c.state!=="expired"?_`<button type="button" onClick=${()=>e({title:"Expire this silence?",confirmLabel:"Expire",run:()=>_e("DELETE",`/silences/${encodeURIComponent(c.id)}`)})}>Expire</button>`:null}</td>`:null}</tr>`)}</tbody>
      </table>
    `}
  </${K}>`}function fc(){let e=se(be),t=Re("alerts"),[l,n]=M("firing"),[s,o]=M([]),[r,c]=M(null),[u,h]=M(null);X(()=>{pe("/alerts",{state:l}).then(g=>{o(g.items),c(null)}).catch(c)},[t,l]);let f=We(e),m=g=>h({title:`Acknowledge ${Ps(g)}?`,body:_`<p>It keeps firing; the acknowledgement says someone is on it.</p>`,confirmLabel:"Acknowledge",input:{label:"Comment",value:"on it"},run:w=>_e("POST",`/alerts/${encodeURIComponent(g.id)}/ack`,w?{comment:w}:{})}),$=g=>h({title:`Silence ${Ps(g)}?`,body:_`
        <p>Notifications for alerts with these labels stop until the silence ends:</p>
        <p>
          <${uc} labels=${g.labels} />
        </p>
      `,confirmLabel:"Silence",input:{label:"For how many minutes",value:"60",type:"number"},run:w=>_e("POST","/silences",{matchers:Object.entries(g.labels??{alertname:Ps(g)}).map(([A,C])=>({name:A,value:C,isRegex:!1,isEqual:!0})),endsAt:new Date(Date.now()+Number(w)*6e4).toISOString(),comment:"silenced from the UI"})});return _`
    <div class="view">
      <div class="view-head">
        <h1>Alerts</h1>
        <div class="spacer"></div>
        <${ol} label="Alert state" value=${l} onChange=${n}
          options=${[{value:"firing",label:"Firing"},{value:"resolved",label:"Resolved"},{value:"all",label:"All"}]} />
      </div>
      <${ve} error=${r} />
      <${K} title=${l==="firing"?"Firing":l==="resolved"?"Resolved":"Alerts"}>
          ${s.length===0?_`<${Q}>No ${l==="all"?"":l} alert.</${Q}>`:_`
              <div class="table-wrap">
                <table class="table" aria-label="alerts">
                  <thead>
                    <tr>
                <th scope="col">alert</th><th scope="col">state</th><th scope="col" class="hide-narrow">labels</th>
                <th scope="col" class="num">value</th><th scope="col">since</th><th scope="col">ended</th>
                ${f?_`<th scope="col">actions</th>`:null}</tr>
                  </thead>
                  <tbody>
                ${s.map(g=>_`<tr data-alert=${g.id}>
              <td><strong>${Ps(g)}</strong>${g.severity?_`
                        <span class=${`badge sev-${g.severity}`}>${g.severity}</span>
                      `:null}</td>
              <td><span class=${`badge a-${g.state}`}>${g.state}</span>${g.acknowledged||g.ackedAt?_`
                        <span class="tag">acked</span>
                      `:null}</td>
              <td class="hide-narrow"><${uc} labels=${g.labels} /></td>
              <td class="num">${g.value??"\u2014"}</td>
              <td><${$e} at=${g.startsAt} /></td>
              <td>${g.endsAt?_`<${$e} at=${g.endsAt} />`:"\u2014"}</td>
              ${f?_`
                        <td>
                          <div class="actions compact">
                                          ${g.state==="firing"&&!(g.acknowledged||g.ackedAt)?_`<button type="button" onClick=${()=>m(g)}>Ack</button>`:null}
                                          ${g.state==="firing"?_`<button type="button" onClick=${()=>$(g)}>Silence</button>`:null}</div>
                        </td>
                      `:null}
            </tr>`)}</tbody>
                </table>
              </div>
            `}
        </${K}>
        ${Et("GET /alert-rules")&&Et("POST /alert-rules")?_`<${ac} ask=${h} />`:null}
        ${Et("GET /silences")?_`<${kd} ask=${h} />`:null}
        ${Et("GET /notification-channels")?_`<${cc} ask=${h} />`:null}
        <${At} request=${u} onClose=${()=>h(null)} />
      </div>
  `}function dc(){let e=localStorage.getItem("switchboard-theme");return e==="light"||e==="dark"?e:matchMedia("(prefers-color-scheme: dark)").matches?"dark":"light"}function Ko(e){document.documentElement.dataset.theme=e}function pc(){let[e,t]=M(document.documentElement.dataset.theme??"light");return _`
    <button type="button" class="icon" onClick=${()=>{let n=e==="dark"?"light":"dark";Ko(n),localStorage.setItem("switchboard-theme",n),t(n),dispatchEvent(new Event("switchboard-theme"))}}
      aria-label=${`switch to ${e==="dark"?"light":"dark"} theme`}
      title="light / dark">${e==="dark"?gr():_r()}</button>
  `}var xd=[["overview","Overview"],["distribution","Distribution"],["agents","Agents"],["sessions","Sessions"],["routing","Routing"],["config","Config"],["log","Log"],["alerts","Alerts"]];function Cd({parts:e}){let[t,l]=e;switch(t){case"distribution":return _`<${Ya} />`;case"agents":return l?_`<${Ka} id=${l} />`:_`<${Ja} />`;case"sessions":return l?_`<${Za} id=${l} />`:_`<${qa} />`;case"routing":return _`<${Qa} />`;case"config":return _`<${tc} />`;case"log":return _`<${lc} />`;case"alerts":return _`<${fc} />`;default:return _`<${Ga} />`}}function Ed(){let e=se(be),t=se(Te),l=ur(),n=l[0]??"overview";X(()=>(ar(),cr),[]);let s=async()=>{try{await ir()}finally{be.set(null)}};return _`
    <div class="shell">
      <a class="skip" href="#main">Skip to content</a>
      <header class="top">
        <div class="brand"><span class="logo" aria-hidden="true">⇄</span> Switchboard</div>
        <nav class="nav" aria-label="Views">
            ${xd.map(([o,r])=>_`
                <a href=${`#/${o}`} aria-current=${n===o?"page":void 0}
                  class=${n===o?"on":""}>${r}</a>
              `)}
          </nav>
        <div class="spacer"></div>
        <span class=${`live-dot ${t.connected?"on":""}`} role="status"
          title=${t.connected?"live feed connected":"live feed reconnecting"}>
            ${t.connected?"live":"offline"}</span>
        <${pc} />
        <span class="who" title=${e?.roles.join(", ")}>
            ${sl(e?.sub)} <span class="role">${e?.roles.join(", ")}</span>
            ${We(e)?null:_`<span class="badge s-readonly">read-only</span>`}
          </span>
        <button type="button" onClick=${s}>Sign out</button>
      </header>
      <main id="main" class="main" tabindex="-1">
        <${Cd} parts=${l} />
      </main>
    </div>
  `}function hc(){let e=se(be),[t,l]=M(null);return X(()=>{tr(()=>be.set(null)),Promise.all([sr(),or()]).then(([n])=>be.set(n??null)).catch(l)},[]),X(()=>{e&&!location.hash&&cs("overview")},[e]),t?_`<p class="error" role="alert">${String(t)}</p>`:e===void 0?_`<p class="loading" role="status">Loading…</p>`:e===null?_`<${$r} />`:_`<${Ed} />`}Ko(dc());Fi(_`<${hc} />`,document.getElementById("app"));
