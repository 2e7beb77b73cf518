var xe,Ai,Gc,rn,no,ns,Mi,Xl,Di,so,lo,Yc,Cl=Symbol.for("pv"),ls={},ss=[],Jc=/^m(i|n|o|s|text|space)$/,oo=Array.isArray,io=ss.slice,An=Object.assign;function Tn(e){e&&e.parentNode&&e.remove()}function Pi(e,t,l){var n,s,o,r={},c=arguments.length;for(o in t)o=="key"?n=t[o]:o=="ref"&&typeof e!="function"?s=t[o]:r[o]=t[o];return c>2&&(r.children=c>3?io.call(arguments,2):l),xl(e,r,n,s,null)}function xl(e,t,l,n,s){var o={type:e,props:t,key:l,ref:n,__k:null,__:null,__b:0,__e:null,__c:null,constructor:Cl,__v:s||++Ai,__i:-1,__u:0};return!s&&xe.vnode&&xe.vnode(o),o}function os(e){return e.children}function es(e,t){this.props=e,this.context=t,this.__g=0}function an(e,t){if(t==null)return e.__&&an(e.__,e.__i+1);for(var l;t<e.__k.length;t++)if((l=e.__k[t])&&l.__e)return l.__e;return typeof e.type!="function"||e.props.__P?null:an(e)}function Kc(e){var t,l=e.__v,n=l.__e,s=[],o=[],r=e.__P;r&&((t=An({constructor:Cl},l)).__v=l.__v+1,xe.vnode&&xe.vnode(t),ro(r,t,l,e.__n,r.namespaceURI,32&l.__u?[n]:null,s,n||an(l),32&l.__u,o),t.__v=l.__v,t.__.__k[t.__i]=t,Fi(s,t,o),l.__=l.__e=null,t.__e!=n&&Li(t))}function Li(e){if((e=e.__)&&e.__c&&!e.props.__P)return e.__e=null,e.__k.some(function(t){return t&&(e.__e=t.__e)}),Li(e)}function Ei(e){(8&e.__g||(e.__g|=8,rn.push(e),ns++))&&no==xe.debounceRendering||((no=xe.debounceRendering)||queueMicrotask)(Ri)}function Ri(){try{for(var e,t=1;rn.length;)rn.length>t&&rn.sort(Mi),e=rn.shift(),t=rn.length,8&e.__g&&Kc(e)}finally{(ns=rn.length)&&(no||queueMicrotask)(Ri)}}function Ii(e,t,l,n,s,o,r,c,u,h,f){var $,_,m,v,A,E,k=n.__k||ss,y=t.length;for(u=qc(l,t,k,u,y),$=0;$<y;$++)(m=l.__k[$])!=null&&(_=~m.__i&&k[m.__i]||ls,m.__i=$,E=ro(e,m,_,s,o,r,c,u,h,f),v=m.__e,(_.ref!=m.ref||8&_.__u)&&(_.ref&&ao(_.ref,null,m,_),m.ref&&f.push(m.ref,m.__c||v,m)),A=A||v,4&m.__u?(u=Ni(m,u,e,!_.__v),_.__e&&(_.__e=null)):typeof m.type=="function"&&E!==void 0?u=E:v&&(u=v.nextSibling),m.__u&=-21);return l.__e=A,u}function qc(e,t,l,n,s){var o,r,c,u,h,f,$,_,m,v=l.length,A=v,E=0,k=0,y=e.__k=Array(s);for(o=0;o<s;o++)(r=t[o])!=null&&typeof r!="boolean"&&typeof r!="function"?(typeof r!="object"||r.constructor===String?r=y[o]=xl(null,r):oo(r)?r=y[o]=xl(os,{children:r}):r.constructor===Cl&&r.__b?r=y[o]=xl(r.type,r.props,r.key,r.ref,r.__v):y[o]=r,u=o+E,r.__=e,r.__b=e.__b+1,c=null,~(h=r.__i=Zc(r,l,u,A))&&(A--,(c=l[h])&&(c.__u|=2)),c&&c.__v?(r.__u|=16,h==u-1?E--:h==u+1?E++:h!=u&&(h>u?E--:E++,k=1)):(~h||(s>v?E--:s<v&&E++),typeof r.type!="function"&&(r.__u|=4))):y[o]=null;if(k){for(f=[],$=[],o=0;o<s;o++)if((r=y[o])&&16&r.__u){for(E=0,_=f.length;E<_;)f[m=E+_>>1]<r.__i?E=m+1:_=m;f[E]=r.__i,$[o]=E+1}for(E=f.length;o--;)$[o]&&($[o]==E?E--:y[o].__u|=4)}if(A)for(o=0;o<v;o++)!(c=l[o])||2&c.__u||(c.__e==n&&(n=an(c)),co(c,c));return n}function Ni(e,t,l,n){var s,o,r,c;if(typeof e.type=="function"){if(e.props.__P)return t;if(s=e.__k)for(o=0;o<s.length;o++)s[o]&&(s[o].__=e,t=Ni(s[o],t,l,!1));return t}for(t&&!t.parentNode&&(t=an(e))&&!t.parentNode&&(t=null),r=e.__e,c=t;c&&c.nodeType==8;)c=c.nextSibling;for(r!=c&&(!n&&l.moveBefore&&r.parentNode?l.moveBefore(r,t):l.insertBefore(r,t||null)),t=r;(t=t&&t.nextSibling)&&t.nodeType==8&&!t.data.startsWith("$s"););return t}function Zc(e,t,l,n){var s,o=e.key,r=e.type,c=t[l],u=c&&!(2&c.__u);if(c===null&&o==null||u&&o==c.key&&r==c.type)return l;if(n>(u?1:0)){for(s=l-1;s>=0;s--)if((c=t[s])&&!(2&c.__u)&&o==c.key&&r==c.type)return s;for(s=l+1;s<t.length;s++)if((c=t[s])&&!(2&c.__u)&&o==c.key&&r==c.type)return s}return-1}function Ti(e,t,l){l==null&&(l=""),t[0]=="-"?e.setProperty(t,l):e[t]=l}function Ql(e,t,l,n,s){var o,r;if(t=="style")if(typeof l=="string")e.style.cssText=l;else{if(typeof n=="string"&&(e.style.cssText=n=""),n)for(t in n)l&&t in l||Ti(e.style,t);if(l)for(t in l)n&&l[t]==n[t]||Ti(e.style,t,l[t])}else if(t[0]=="o"&&t[1]=="n")typeof l!="function"&&(l=null),typeof n!="function"&&(n=null),(e.__e||(e.__e={}))[t]=l,l&&n||(r=lo[t]||(lo[t]=Qc(t)),(e.__a||(e.__a={}))[t]=so,o=t!=(t=t.replace(Di,"$1")),(t=t.slice(2))[0]<"a"&&(t=t.toLowerCase()),l?e.addEventListener(t,r,o):e.removeEventListener(t,r,o));else{if(s=="http://www.w3.org/2000/svg")t=t.replace(/xlink(H|:h)/,"h").replace(/sName$/,"s");else if(t!="width"&&t!="height"&&t!="href"&&t!="list"&&t!="form"&&t!="tabIndex"&&t!="download"&&t!="rowSpan"&&t!="colSpan"&&t!="role"&&t!="popover"&&t in e)try{return void(e[t]=l??"")}catch{}if(typeof l=="function")return;l==null||l===!1&&t[4]!="-"?e.removeAttribute(t):e.setAttribute(t,t=="popover"&&l==1?"":l)}}function Qc(e){return function(t){var l=this.__e;if(l){if(l=l[e],t[Xl]==null)t[Xl]=so++;else if(t[Xl]<this.__a[e])return;return l(xe.event?xe.event(t):t)}}}function ro(e,t,l,n,s,o,r,c,u,h){var f,$,_,m,v,A,E,k,y,S,x,V,M,Y,G,ee,U,C,H=t.type;if(t.constructor!==Cl)return null;128&l.__u&&(u=32&l.__u,f=l.__c.__z)&&(t.__u|=u,$=o=[],f.nodeType==8?c=ts(f,o):o.push(f),c=o[0]||c),(f=xe.__b)&&f(t);e:if(typeof H=="function"){_=r.length;try{if(k=t.props,y=(f=H.prototype)&&f.render,S=(f=H.contextType)&&n[f.__c],x=f?S?S.props.value:f.__:n,(m=l.__c)?(t.__c=m,2&m.__g&&(m.__g|=1)):(y?t.__c=m=new H(k,x):(t.__c=m=new es(k,x),m.constructor=H,m.render=eu),S&&S.sub(m),m.state||(m.state={}),m.__n=n,m.__g|=8,m.__h=[],m.__k=[]),y&&(m.__s||(m.__s=m.state),H.getDerivedStateFromProps&&(m.__s==m.state&&(m.__s=An({},m.__s)),An(m.__s,H.getDerivedStateFromProps(k,m.__s)))),v=m.props,A=m.state,m.__v=t,l.__c){if(k!==v&&y&&!H.getDerivedStateFromProps&&m.componentWillReceiveProps&&m.componentWillReceiveProps(k,x),t.__v==l.__v&&!(8&m.__g)||!(4&m.__g)&&m.shouldComponentUpdate&&m.shouldComponentUpdate(k,m.__s,x)===!1){t.__v!=l.__v&&(m.props=k,m.state=m.__s,m.__g&=-9),t.__e=l.__e,t.__k=l.__k,t.__k.some(function(R){R&&(R.__=t)}),ss.push.apply(m.__h,m.__k),m.__k=[],m.__h.length&&r.push(m),c=an(l);break e}m.componentWillUpdate&&m.componentWillUpdate(k,m.__s,x),y&&m.componentDidUpdate&&m.__h.push(function(){m.componentDidUpdate(v,A,E)})}else y&&!H.getDerivedStateFromProps&&m.componentWillMount&&m.componentWillMount(),y&&m.componentDidMount&&m.__h.push(m.componentDidMount);m.context=x,m.props=k,m.__P=e,m.__g&=-5,V=xe.__r,M=y?25:0;do m.__g&=-9,V&&V(t),f=m.render(m.props,m.state=m.__s,m.context);while(8&m.__g&&++M<25);y&&(ss.push.apply(m.__h,m.__k),m.__k=[]),m.state=m.__s,m.getChildContext&&(n=An({},n,m.getChildContext())),y&&l.__c&&m.getSnapshotBeforeUpdate&&(E=m.getSnapshotBeforeUpdate(v,A)),Y=f&&f.type===os&&f.key==null?f.props.children:f,k.__P&&(f=c,s=(e=k.__P).namespaceURI,u=o=null,l.props&&l.props.__P!=e&&(l.__k.some(function(R){R&&co(R,R)}),l.__k=null),c=l.__k?an(l,0):null),c=Ii(e,oo(Y)?Y:[Y],t,l,n,s,o,r,c,u,h),k.__P&&(t.__e=null,c=f),t.__u&=-161,$&&$.some(Tn),m.__h.length&&r.push(m),1&m.__g&&(m.__g&=-4)}catch(R){if(r.length=_,t.__v=null,u||o)if(R&&R.then){if(t.__u|=128|u,o){for(~(U=o.indexOf(c||void 0))||(U=o.length);(C=o[U-1])&&C.nodeType==8;)U--;for(;U<o.length;U++)if(C=o[U])if(o[U]=null,G){if(C==ee)break}else{if(C.nodeType!=8)break;C.data.startsWith("$s")&&(ee=ts(G=C))}}if(!G){for(;c&&c.nodeType==8&&c.nextSibling;)c=c.nextSibling;G=c}(f=ts(G=t.__c.__z||(t.__c.__z=G)))?(t.__e=G,c=f):t.__e=c,c=c&&c.nextSibling}else o&&o.some(Tn);else t.__e=l.__e;t.__k||(t.__k=l.__k||[]),R&&R.then||Oi(t),xe.__e(R,t,l)}}else c=t.__e=Xc(l.__e,t,l,n,s,o,r,u,h,e);return(f=xe.diffed)&&f(t),c}function ts(e,t){if(e&&e.nodeType==8&&e.data.startsWith("$s"))for(var l=1;e=e.nextSibling;){if(e.nodeType==8){if(e.data.startsWith("$s"))l++;else if(e.data.startsWith("/$s")&&!--l)return e}t&&t.push(e)}}function Oi(e){e&&(e.__c&&(e.__c.__g|=4),e.__k&&e.__k.some(Oi))}function Fi(e,t,l){for(var n=0;n<l.length;)ao(l[n++],l[n++],l[n++]);xe.__c&&xe.__c(t,e),e.some(function(s){try{e=s.__h,s.__h=[],e.some(function(o){o.call(s)})}catch(o){xe.__e(o,s.__v)}})}function Xc(e,t,l,n,s,o,r,c,u,h){var f,$,_,m,v,A,E,k,y=l.props||ls,S=t.props,x=t.type;if(x=="svg"?s="http://www.w3.org/2000/svg":x=="math"?s="http://www.w3.org/1998/Math/MathML":s||(s="http://www.w3.org/1999/xhtml"),o){for(f=0;f<o.length;f++)if((v=o[f])&&(x?v.localName==x:v.nodeType==3)){e=v,o[f]=null;break}}if(!e){if(k=h.ownerDocument||document,!x)return k.createTextNode(S);e=k.createElementNS(s,x,S.is?S:h),c&&(xe.__m&&xe.__m(t,o),c=!1),o=null}if(x){if(h=x=="template"&&e.content||e,o=x=="textarea"&&S.defaultValue!=null?null:o&&io.call(h.childNodes),!c&&o)for(y={},f=0;f<e.attributes.length;f++)y[(v=e.attributes[f]).name]=v.value;for(f in y)v=y[f],f=="dangerouslySetInnerHTML"?_=v:f=="children"||f in S||f=="value"&&"defaultValue"in S||f=="checked"&&"defaultChecked"in S||Ql(e,f,null,v,s);for(f in S)v=S[f],f=="children"?m=v:f=="dangerouslySetInnerHTML"?$=v:f=="value"?A=v:f=="checked"?E=v:c&&typeof v!="function"||y[f]===v||Ql(e,f,v,y[f],s);$?(c||_&&($.__html==_.__html||$.__html==e.innerHTML)||(e.innerHTML=$.__html),t.__k=[]):(_&&(e.textContent=""),(x=="foreignObject"||s=="http://www.w3.org/1998/Math/MathML"&&Jc.test(x))&&(s="http://www.w3.org/1999/xhtml"),Ii(h,oo(m)?m:[m],t,l,n,s,o,r,o?o[0]:l.__k&&an(l,0),c,u),o&&o.some(Tn)),c&&x!="textarea"||(f="value",x=="progress"&&A==null?e.removeAttribute(f):A==null||A===e[f]&&(x!="progress"||A)||Ql(e,f,A,y[f],s),f="checked",E!=null&&E!=e[f]&&Ql(e,f,E,y[f],s))}else y===S||c&&e.data==S||(e.data=S);return e}function ao(e,t,l,n){try{typeof e=="function"?t?t.__x=e(t)||1:n&&(n=n.__c||n.__e)&&(t=n.__x)&&(n.__x=null,typeof t=="function"?t():e(null)):e.current=t}catch(s){xe.__e(s,l)}}function co(e,t,l){var n,s,o,r;if(xe.unmount&&xe.unmount(e),!(n=e.ref)||n.current&&n.current!=e.__e||ao(n,null,t,e),n=e.__c){if(n.componentWillUnmount)try{n.componentWillUnmount()}catch(c){xe.__e(c,t)}n.__P=n.__n=null}if(n=e.__k)for(r=0;r<n.length;r++)n[r]&&co(n[r],t,typeof e.type!="function"||l&&!e.props.__P);!l&&(n=e.__c)&&(n=n.__z)&&(s=ts(n,o=[]))&&(n==e.__e&&o.some(Tn),Tn(s),Tn(n)),l||Tn(e.__e),e.__e=e.__c=e.__=null}function eu(e,t,l){return this.constructor(e,l)}function Vi(e,t){var l,n,s,o;xe.__&&xe.__(e,t),t.nodeType==9&&(t=t.documentElement),n=(l=e&&32&e.__u)?null:t.__k,t.__k=xl(os,{children:[e]}),s=[],o=[],ro(t,t.__k,n||ls,ls,t.namespaceURI,n?null:t.firstChild?io.call(t.childNodes):null,s,n?n.__e:t.firstChild,l,o),Fi(s,t.__k,o),t.__k.props.children=null}xe={__e:function(e,t,l,n){for(var s,o,r;t=t.__;)if((s=t.__c)&&!(1&s.__g)){s.__g|=4;try{if((r=(o=s.constructor)&&o.getDerivedStateFromError)&&s.setState(o.getDerivedStateFromError(e)),s.componentDidCatch&&(s.componentDidCatch(e,n||{}),r=1),r&&8&s.__g)return void(s.__g|=2)}catch(c){e=c}}throw ns=0,e}},Ai=0,Gc=function(e){return e!=null&&e.constructor===Cl},es.prototype.setState=function(e,t){var l=this.__s;l&&l!=this.state||(l=this.__s=An({},this.state)),typeof e=="function"&&(e=e(An({},l),this.props)),e&&(An(l,e),this.__v&&(t&&this.__k.push(t),Ei(this)))},es.prototype.forceUpdate=function(e){this.__v&&(this.__g|=4,e&&this.__h.push(e),Ei(this))},es.prototype.render=os,rn=[],ns=0,Mi=function(e,t){return e.__v.__b-t.__v.__b},Xl=Symbol(),Di=/(PointerCapture)$|Capture$/i,so=0,lo={},Yc=0;var Ui=function(e,t,l,n){var s;t[0]=0;for(var o=1;o<t.length;o++){var r=t[o++],c=t[o]?(t[0]|=r?1:2,l[t[o++]]):t[++o];r===3?n[0]=c:r===4?n[1]=Object.assign(n[1]||{},c):r===5?(n[1]=n[1]||{})[t[++o]]=c:r===6?n[1][t[++o]]+=c+"":r?(s=e.apply(c,Ui(e,c,l,["",null])),n.push(s),c[0]?t[0]|=2:(t[o-2]=0,t[o]=s)):n.push(c)}return n},Hi=new Map;function zi(e){var t=Hi.get(this);return t||(t=new Map,Hi.set(this,t)),(t=Ui(this,t.get(e)||(t.set(e,t=function(l){for(var n,s,o=1,r="",c="",u=[0],h=function(_){o===1&&(_||(r=r.replace(/^\s*\n\s*|\s*\n\s*$/g,"")))?u.push(0,_,r):o===3&&(_||r)?(u.push(3,_,r),o=2):o===2&&r==="..."&&_?u.push(4,_,0):o===2&&r&&!_?u.push(5,0,!0,r):o>=5&&((r||!_&&o===5)&&(u.push(o,0,r,s),o=6),_&&(u.push(o,_,0,s),o=6)),r=""},f=0;f<l.length;f++){f&&(o===1&&h(),h(f));for(var $=0;$<l[f].length;$++)n=l[f][$],o===1?n==="<"?(h(),u=[u],o=3):r+=n:o===4?r==="--"&&n===">"?(o=1,r=""):r=n+r[0]:c?n===c?c="":r+=n:n==='"'||n==="'"?c=n:n===">"?(h(),o=1):o&&(n==="="?(o=5,s=r,r=""):n==="/"&&(o<5||l[f][$+1]===">")?(h(),o===3&&(u=u[0]),o=u,(u=u[0]).push(2,0,o),o=0):n===" "||n==="	"||n===`
`||n==="\r"?(h(),o=2):r+=n),o===3&&r==="!--"&&(o=4,u=u[0])}return h(),u}(e)),t),arguments,[])).length>1?t:t[0]}var nu=zi,g=nu.bind(Pi);var Tl,ze,uo,Wi,fo=Object.is,is=0,Qi=[],po=[],Fe=xe,ji=Fe.__b,Bi=Fe.__r,Gi=Fe.diffed,Yi=Fe.__c,Ji=Fe.unmount,Ki=Fe.__;function mo(e,t){Fe.__h&&Fe.__h(ze,e,is||t),is=0;var l=ze.__H||(ze.__H={__:[],__h:[]});return e>=l.__.length&&l.__.push({}),l.__[e]}function D(e){return is=1,lu(er,e)}function lu(e,t,l){var n=mo(Tl++,2);if(n.t=e,!n.__c&&(n.__=[l?l(t):er(void 0,t),function(o){var r=(n.__N||n.__)[0],c=n.t(r,o);fo(r,c)||(n.__N=[c,n.__[1]],n.__c.setState({}))}],n.__c=ze,!ze.__f)){ze.__f=!0;var s=ze.shouldComponentUpdate;ze.shouldComponentUpdate=function(o,r,c){var u=this.__H;if(!u)return!0;var h=!1,f=this.props!=o;if(u.__.some(function(_){_.__N&&(h=!0,fo(_.__[0],_.__N[0])||(f=!0))}),s){var $=s.call(this,o,r,c);return h?$||f:$}return!h||f}}return n.__}function X(e,t){var l=mo(Tl++,3);!Fe.__s&&Xi(l.__H,t)&&(l.__P=!0,l.__=e,l.u=t,ze.__H.__h.push(l))}function cn(e){return is=5,go(function(){return{current:e}},[])}function go(e,t){var l=mo(Tl++,7);return Xi(l.__H,t)&&(l.__=e(),l.__H=t),l.__}function su(){var e;do{for(;e=po.shift();)try{El(e)}catch(l){Fe.__e(l,{__:(e=e.__P)&&e.__v})}for(;e=Qi.shift();){var t=e.__H;if(e.__P&&t)try{t.__h.some(El),t.__h.some(ho),t.__h=[]}catch(l){t.__h=[],Fe.__e(l,e.__v)}}}while(po.length)}Fe.__b=function(e){ze=null,ji&&ji(e)},Fe.__=function(e,t){e&&t.__k&&t.__k.__m&&(e.__m=t.__k.__m),Ki&&Ki(e,t)},Fe.__r=function(e){Bi&&Bi(e),Tl=0;var t=(ze=e.__c).__H;t&&(uo==ze?ze.__h=[]:(t.__h.some(El),t.__h.some(ho),Tl=0),t.__h=[],t.__.some(function(l){l.__N&&(l.__=l.__N),l.u=l.__N=void 0})),uo=ze},Fe.diffed=function(e){Gi&&Gi(e);var t=e.__c;t&&t.__H&&(t.__H.__h.length&&Zi(Qi.push(t)),t.__H.__.some(function(l){l.u&&(l.__H=l.u)})),uo=ze=null},Fe.__c=function(e,t){t.some(function(l){try{l.__h.some(El),l.__h=l.__h.filter(function(n){return!n.__||ho(n)})}catch(n){l.__h=[function(){throw n}]}}),Yi&&Yi(e,t)},Fe.unmount=function(e){Ji&&Ji(e);var t,l,n=e.__c;n&&n.__H&&(n.__H.__.some(function(s){try{if(s.__P&&s.__c){if(l===void 0){for(l=e.__;l&&(!l.__c||!l.__c.__P);)l=l.__;l=l&&l.__c}s.__P=l,Zi(po.push(s))}else El(s)}catch(o){t=o}}),n.__H=void 0,t&&Fe.__e(t,n.__v))};var qi=typeof requestAnimationFrame=="function";function ou(e){var t,l=function(){clearTimeout(n),qi&&cancelAnimationFrame(t),setTimeout(e)},n=setTimeout(l,35);qi&&(t=requestAnimationFrame(l))}function Zi(e){e!=1&&Wi==Fe.requestAnimationFrame||((Wi=Fe.requestAnimationFrame)||ou)(su)}function El(e){var t=ze,l=e.__c;typeof l=="function"&&(e.__c=void 0,l()),ze=t}function ho(e){var t=ze;e.__c=e.__(),ze=t}function Xi(e,t){return!e||e.length!=t.length||t.some(function(l,n){return!fo(l,e[n])})}function er(e,t){return typeof t=="function"?t(e):t}var Ml,tr=()=>{},un=class extends Error{status;code;constructor(t,l,n){super(n),this.status=t,this.code=l}};function nr(e){tr=e}function lr(e,t={}){let l=new URLSearchParams;for(let[s,o]of Object.entries(t))o!=null&&o!==""&&l.set(s,String(o));let n=l.toString();return n?`${e}?${n}`:e}async function $o(e,t,l){let n={};l!==void 0&&(n["content-type"]="application/json"),e!=="GET"&&Ml&&(n["x-switchboard-csrf"]=Ml);let s=await fetch(`/api/v1${t}`,{method:e,headers:n,credentials:"same-origin",...l!==void 0?{body:JSON.stringify(l)}:{}});if(!s.ok){let o="http_error",r=`${s.status} ${s.statusText}`;try{let c=await s.json();o=c?.error?.code??o,r=c?.error?.message??r}catch{}throw s.status===401&&t!=="/login"&&tr(),new un(s.status,o,r)}return s}async function me(e,t,l){return await(await $o(e,t,l)).json()}var pe=(e,t)=>me("GET",lr(e,t));async function Mn(e,t){return(await(await $o("GET",lr(e,t))).text()).split(`
`).filter(s=>s.trim()!=="").map(s=>JSON.parse(s))}async function sr(e){let t=await me("POST","/login",{credential:e});return Ml=t.csrfToken,t.identity}async function or(){let e=await me("GET","/login");return Ml=e.csrfToken,e.identity??void 0}var Al;async function ir(){if(Al)return Al;let t=await(await fetch("/api/v1/openapi.json",{credentials:"same-origin"})).json();return Al=new Set(Object.entries(t.paths).flatMap(([l,n])=>Object.keys(n).map(s=>`${s.toUpperCase()} ${l.replace(/^\/api\/v1/,"")}`))),Al}function pt(e){return Al?.has(e)??!1}async function rr(){await $o("POST","/logout"),Ml=void 0}var rs=class{#e;#t=new Set;constructor(t){this.#e=t}get value(){return this.#e}set(t){this.#e=t;for(let l of this.#t)l(t)}update(t){this.set(t(this.#e))}subscribe(t){return this.#t.add(t),()=>this.#t.delete(t)}};function le(e){let[t,l]=D(e.value);return X(()=>(l(e.value),e.subscribe(l)),[e]),t}var ve=new rs(void 0),ye=new rs({connected:!1,history:[],versions:{}});function Re(...e){let t=le(ye);return e.reduce((l,n)=>l+(t.versions[n]??0),0)}function We(e){return!!e&&(e.roles.includes("admin")||e.roles.includes("operator"))}function ar(e){return!!e&&e.roles.includes("admin")}function Dn(e){return!!e&&(e.roles.includes("admin")||e.roles.includes("auditor"))}function fn(e,t){return t?e?.find(l=>l.id===t)?.name??t.slice(0,8):"\u2014"}var as;function cr(){as?.close();let e=new EventSource("/api/v1/stream");as=e,e.onopen=()=>ye.update(t=>({...t,connected:!0})),e.onerror=()=>ye.update(t=>({...t,connected:!1})),e.addEventListener("history",t=>{let{items:l}=JSON.parse(t.data);ye.update(n=>({...n,history:l}))}),e.addEventListener("fleet",t=>{let l=JSON.parse(t.data);ye.update(n=>{let s={...l,agents:l.agents??n.fleet?.agents??[]},o={...n.versions,tick:(n.versions.tick??0)+1};for(let c of s.changed)o[c]=(o[c]??0)+1;let r=s.sample&&s.sample.at!==n.history.at(-1)?.at?[...n.history,s.sample].slice(-4e3):n.history;return{connected:!0,fleet:s,history:r,versions:o}})})}function ur(){as?.close(),as=void 0,ye.set({connected:!1,history:[],versions:{}})}function fr(){let e=()=>location.hash.replace(/^#\/?/,"").split("/").filter(Boolean),[t,l]=D(e());return X(()=>{let n=()=>l(e());return addEventListener("hashchange",n),()=>removeEventListener("hashchange",n)},[]),t.map(decodeURIComponent)}function cs(e){location.hash=`#/${e}`}function ll(e){if(!e)return"";let t=/^apikey:(.{8})/.exec(e);return t?`API key ${t[1]}`:e}function dr(e){return e?e.length>12?e.slice(0,8):e:"\u2014"}function pr(e,t=Date.now()){if(!e)return"never";let l=Math.round((t-Date.parse(e))/1e3),n=l<0,s=Math.abs(l),o=s<5?"just now":s<60?`${s}s`:s<3600?`${Math.floor(s/60)}m`:s<86400?`${Math.floor(s/3600)}h ${Math.floor(s%3600/60)}m`:`${Math.floor(s/86400)}d`;return o==="just now"?o:n?`in ${o}`:`${o} ago`}function hr(e){return e?new Date(e).toLocaleString():""}function us(e,t="/s"){return e==null||Number.isNaN(e)?"\u2014":`${e>=100?e.toFixed(0):e>=10?e.toFixed(1):e.toFixed(2)}${t}`}function dn(e,t=""){if(e==null)return"\u2014";let l=["B","KiB","MiB","GiB","TiB"],n=e,s=0;for(;n>=1024&&s<l.length-1;)n/=1024,s++;return`${n>=100||s===0?n.toFixed(0):n.toFixed(1)} ${l[s]}${t}`}function Pl(e){return e==null?"\u2014":`${(e*100).toFixed(e<.01&&e>0?2:1)}%`}function Dl(e){return e==null?"\u2014":e>=100?`${e.toFixed(0)} ms`:`${e.toFixed(1)} ms`}function _o(e,t){let l=n=>n==null?"\u2014":n>=100?n.toFixed(0):n.toFixed(1);return e==null?`\u2014 / ${Dl(t)}`:`${l(e)} / ${Dl(t)}`}function lt(e){return e==null?"\u2014":e.toLocaleString()}var fs=e=>g`
    <svg viewBox="0 0 24 24" width="14" height="14" aria-hidden="true" focusable="false"
      fill="none" stroke="currentColor" stroke-width="2" stroke-linecap="round"
      stroke-linejoin="round" dangerouslySetInnerHTML=${{__html:e}}></svg>
  `,mr=()=>fs('<rect x="9" y="9" width="11" height="11" rx="2"/><path d="M5 15V5a2 2 0 0 1 2-2h10"/>'),gr=()=>fs('<path d="M4 12l5 5L20 6"/>'),$r=()=>fs('<circle cx="12" cy="12" r="4"/><path d="M12 2v2M12 20v2M4.9 4.9l1.4 1.4M17.7 17.7l1.4 1.4M2 12h2M20 12h2M4.9 19.1l1.4-1.4M17.7 6.3l1.4-1.4"/>'),_r=()=>fs('<path d="M21 12.8A9 9 0 1 1 11.2 3a7 7 0 0 0 9.8 9.8z"/>');function Tt({status:e,maintenance:t}){let l=t?"maintenance":e;return g`<span class=${`badge s-${l}`}>${l}</span>`}function pn({id:e,href:t,iconOnly:l}){let[n,s]=D(!1);if(!e)return g`<span class="muted">—</span>`;let o=async c=>{c.stopPropagation(),c.preventDefault();try{await navigator.clipboard.writeText(e)}catch{let u=document.createRange(),h=c.currentTarget.previousElementSibling;h&&u.selectNodeContents(h),getSelection()?.removeAllRanges(),getSelection()?.addRange(u)}s(!0),setTimeout(()=>s(!1),1200)},r=l?null:g`<code title=${e}>${dr(e)}</code>`;return g`<span class="id">${t?g`<a href=${t}>${r}</a>`:r}<button
    type="button" class="copy" aria-label=${`copy id ${e}`} title="copy id"
    onClick=${o}>${n?gr():mr()}</button></span>`}function _e({at:e}){return e?g`<time datetime=${e} title=${hr(e)}>${pr(e)}</time>`:g`<span class="muted">never</span>`}function K({title:e,children:t,actions:l}){return g`<section class="card" aria-label=${e}>
    ${e||l?g`<header class="card-head">${e?g`<h2>${e}</h2>`:null}<div class="spacer"></div>${l}</header>`:null}
    ${t}
  </section>`}function hn({label:e,value:t,hint:l,tone:n}){return g`<div class=${`stat ${n??""}`} role="group" aria-label=${e}>
    <div class="stat-label">${e}</div>
    <div class="stat-value">${t}</div>
    ${l?g`<div class="stat-hint">${l}</div>`:null}
  </div>`}function be({error:e}){if(!e)return null;let t=e instanceof Error?e.message:String(e);return g`<p class="error" role="alert">${t}</p>`}function Q({children:e}){return g`<p class="empty">${e}</p>`}function At({request:e,onClose:t}){let l=cn(null),[n,s]=D(!1),[o,r]=D(null),[c,u]=D("");return X(()=>{let f=l.current;f&&(r(null),u(e?.input?.value??""),e&&!f.open&&f.showModal(),!e&&f.open&&f.close())},[e]),g`<dialog ref=${l} class="confirm" onClose=${t} aria-labelledby="confirm-title">
    ${e?g`<form method="dialog" onSubmit=${async f=>{if(f.preventDefault(),!!e){s(!0);try{await e.run(e.input?c:void 0),t()}catch($){r($)}finally{s(!1)}}}}>
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
  </dialog>`}function sl({options:e,value:t,onChange:l,label:n}){return g`<div class="segmented" role="radiogroup" aria-label=${n}>
    ${e.map(s=>g`
        <button type="button" role="radio" aria-checked=${s.value===t}
          class=${s.value===t?"on":""} onClick=${()=>l(s.value)}>${s.label}</button>
      `)}
  </div>`}function br(){let[e,t]=D(""),[l,n]=D(null),[s,o]=D(!1);return g`
    <main class="login">
      <form class="card login-card" onSubmit=${async c=>{c.preventDefault(),o(!0),n(null);try{let u=await sr(e.trim());t(""),ve.set(u)}catch(u){n(u)}finally{o(!1)}}} aria-labelledby="login-title">
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
  `}var Ge="u-",iu="uplot",ru=Ge+"hz",au=Ge+"vt",cu=Ge+"title",uu=Ge+"wrap",fu=Ge+"under",du=Ge+"over",pu=Ge+"axis",Rn=Ge+"off",hu=Ge+"select",mu=Ge+"cursor-x",gu=Ge+"cursor-y",$u=Ge+"cursor-pt",_u=Ge+"legend",bu=Ge+"live",vu=Ge+"inline",yu=Ge+"series",wu=Ge+"marker",vr=Ge+"label",Su=Ge+"value",Il="width",Nl="height",Ll="top",yr="bottom",ol="left",bo="right",No="#000",wr=No+"0",vo="mousemove",Sr="mousedown",yo="mouseup",kr="mouseenter",xr="mouseleave",Cr="dblclick",ku="resize",xu="scroll",Er="change",gs="dppxchange",Oo="--",dl=typeof window<"u",Co=dl?document:null,rl=dl?window:null,Cu=dl?navigator:null,fe,ds;function Eo(){let e=devicePixelRatio;fe!=e&&(fe=e,ds&&Ao(Er,ds,Eo),ds=matchMedia(`(min-resolution: ${fe-.001}dppx) and (max-resolution: ${fe+.001}dppx)`),In(Er,ds,Eo),rl.dispatchEvent(new CustomEvent(gs)))}function bt(e,t){if(t!=null){let l=e.classList;!l.contains(t)&&l.add(t)}}function To(e,t){let l=e.classList;l.contains(t)&&l.remove(t)}function Ae(e,t,l){e.style[t]=l+"px"}function Ot(e,t,l,n){let s=Co.createElement(e);return t!=null&&bt(s,t),l?.insertBefore(s,n),s}function Mt(e,t){return Ot("div",e,t)}var Tr=new WeakMap;function Yt(e,t,l,n,s){let o="translate("+t+"px,"+l+"px)",r=Tr.get(e);o!=r&&(e.style.transform=o,Tr.set(e,o),t<0||l<0||t>n||l>s?bt(e,Rn):To(e,Rn))}var Ar=new WeakMap;function Mr(e,t,l){let n=t+l,s=Ar.get(e);n!=s&&(Ar.set(e,n),e.style.background=t,e.style.borderColor=l)}var Dr=new WeakMap;function Pr(e,t,l,n){let s=t+""+l,o=Dr.get(e);s!=o&&(Dr.set(e,s),e.style.height=l+"px",e.style.width=t+"px",e.style.marginLeft=n?-t/2+"px":0,e.style.marginTop=n?-l/2+"px":0)}var Fo={passive:!0},Eu={...Fo,capture:!0};function In(e,t,l,n){t.addEventListener(e,l,n?Eu:Fo)}function Ao(e,t,l,n){t.removeEventListener(e,l,Fo)}dl&&Eo();function Ft(e,t,l,n){let s;l=l||0,n=n||t.length-1;let o=n<=2147483647;for(;n-l>1;)s=o?l+n>>1:vt((l+n)/2),t[s]<e?l=s:n=s;return e-t[l]<=t[n]-e?l:n}function ia(e){return(l,n,s)=>{let o=-1,r=-1;for(let c=n;c<=s;c++)if(e(l[c])){o=c;break}for(let c=s;c>=n;c--)if(e(l[c])){r=c;break}return[o,r]}}var ra=e=>e!=null,aa=e=>e!=null&&e>0,bs=ia(ra),Tu=ia(aa);function Au(e,t,l,n=0,s=!1){let o=s?Tu:bs,r=s?aa:ra;[t,l]=o(e,t,l);let c=e[t],u=e[t];if(t>-1)if(n==1)c=e[t],u=e[l];else if(n==-1)c=e[l],u=e[t];else for(let h=t;h<=l;h++){let f=e[h];r(f)&&(f<c?c=f:f>u&&(u=f))}return[c??we,u??-we]}function vs(e,t,l,n){let s=Ir(e),o=Ir(t);e==t&&(s==-1?(e*=l,t/=l):(e/=l,t*=l));let r=l==10?Qt:ca,c=s==1?vt:Dt,u=o==1?Dt:vt,h=c(r(Be(e))),f=u(r(Be(t))),$=al(l,h),_=al(l,f);return l==10&&(h<0&&($=Se($,-h)),f<0&&(_=Se(_,-f))),n||l==2?(e=$*s,t=_*o):(e=pa(e,$),t=ys(t,_)),[e,t]}function Vo(e,t,l,n){let s=vs(e,t,l,n);return e==0&&(s[0]=0),t==0&&(s[1]=0),s}var Ho=.1,Lr={mode:3,pad:Ho},Fl={pad:0,soft:null,mode:0},Mu={min:Fl,max:Fl};function $s(e,t,l,n){return ws(l)?Rr(e,t,l):(Fl.pad=l,Fl.soft=n?0:null,Fl.mode=n?3:0,Rr(e,t,Mu))}function ce(e,t){return e??t}function Du(e,t,l){for(t=ce(t,0),l=ce(l,e.length-1);t<=l;){if(e[t]!=null)return!0;t++}return!1}function Rr(e,t,l){let n=l.min,s=l.max,o=ce(n.pad,0),r=ce(s.pad,0),c=ce(n.hard,-we),u=ce(s.hard,we),h=ce(n.soft,we),f=ce(s.soft,-we),$=ce(n.mode,0),_=ce(s.mode,0),m=t-e,v=Qt(m),A=ct(Be(e),Be(t)),E=Qt(A),k=Be(E-v);(m<1e-24||k>10)&&(m=0,(e==0||t==0)&&(m=1e-24,$==2&&h!=we&&(o=0),_==2&&f!=-we&&(r=0)));let y=m||A||1e3,S=Qt(y),x=al(10,vt(S)),V=y*(m==0?e==0?.1:1:o),M=Se(pa(e-V,x/10),24),Y=e>=h&&($==1||$==3&&M<=h||$==2&&M>=h)?h:we,G=ct(c,M<Y&&e>=Y?Y:Vt(Y,M)),ee=y*(m==0?t==0?.1:1:r),U=Se(ys(t+ee,x/10),24),C=t<=f&&(_==1||_==3&&U>=f||_==2&&U<=f)?f:-we,H=Vt(u,U>C&&t<=C?C:ct(C,U));return G==H&&G==0&&(H=100),[G,H]}var Pu=new Intl.NumberFormat(dl?Cu.language:"en-US"),Uo=e=>Pu.format(e),yt=Math,ms=yt.PI,Be=yt.abs,vt=yt.floor,je=yt.round,Dt=yt.ceil,Vt=yt.min,ct=yt.max,al=yt.pow,Ir=yt.sign,Qt=yt.log10,ca=yt.log2,Lu=(e,t=1)=>yt.sinh(e)*t,wo=(e,t=1)=>yt.asinh(e/t),we=1/0;function Nr(e){return(Qt((e^e>>31)-(e>>31))|0)+1}function Mo(e,t,l){return Vt(ct(e,t),l)}function ua(e){return typeof e=="function"}function oe(e){return ua(e)?e:()=>e}var Ru=()=>{},fa=e=>e,da=(e,t)=>t,Iu=e=>null,Or=e=>!0,Fr=(e,t)=>e==t,Nu=/\.\d*?(?=9{6,}|0{6,})/gm,Nn=e=>{if(ma(e)||gn.has(e))return e;let t=`${e}`,l=t.match(Nu);if(l==null)return e;let n=l[0].length-1;if(t.indexOf("e-")!=-1){let[s,o]=t.split("e");return+`${Nn(s)}e${o}`}return Se(e,n)};function Pn(e,t){return Nn(Se(Nn(e/t))*t)}function ys(e,t){return Nn(Dt(Nn(e/t))*t)}function pa(e,t){return Nn(vt(Nn(e/t))*t)}function Se(e,t=0){if(ma(e))return e;let l=10**t,n=e*l*(1+Number.EPSILON);return je(n)/l}var gn=new Map;function ha(e){return((""+e).split(".")[1]||"").length}function Hl(e,t,l,n){let s=[],o=n.map(ha);for(let r=t;r<l;r++){let c=Be(r),u=Se(al(e,r),c);for(let h=0;h<n.length;h++){let f=e==10?+`${n[h]}e${r}`:n[h]*u,$=(r>=0?0:c)+(r>=o[h]?0:o[h]),_=e==10?f:Se(f,$);s.push(_),gn.set(_,$)}}return s}var Vl={},zo=[],cl=[null,null],mn=Array.isArray,ma=Number.isInteger,Ou=e=>e===void 0;function Vr(e){return typeof e=="string"}function ws(e){let t=!1;if(e!=null){let l=e.constructor;t=l==null||l==Object}return t}function Fu(e){return e!=null&&typeof e=="object"}var Vu=Object.getPrototypeOf(Uint8Array),ga="__proto__";function ul(e,t=ws){let l;if(mn(e)){let n=e.find(s=>s!=null);if(mn(n)||t(n)){l=Array(e.length);for(let s=0;s<e.length;s++)l[s]=ul(e[s],t)}else l=e.slice()}else if(e instanceof Vu)l=e.slice();else if(t(e)){l={};for(let n in e)n!=ga&&(l[n]=ul(e[n],t))}else l=e;return l}function Ve(e){let t=arguments;for(let l=1;l<t.length;l++){let n=t[l];for(let s in n)s!=ga&&(ws(e[s])?Ve(e[s],ul(n[s])):e[s]=ul(n[s]))}return e}var Hu=0,Uu=1,zu=2;function Wu(e,t,l){for(let n=0,s,o=-1;n<t.length;n++){let r=t[n];if(r>o){for(s=r-1;s>=0&&e[s]==null;)e[s--]=null;for(s=r+1;s<l&&e[s]==null;)e[o=s++]=null}}}function ju(e,t){if(Yu(e)){let r=e[0].slice();for(let c=1;c<e.length;c++)r.push(...e[c].slice(1));return Ju(r[0])||(r=Gu(r)),r}let l=new Set;for(let r=0;r<e.length;r++){let u=e[r][0],h=u.length;for(let f=0;f<h;f++)l.add(u[f])}let n=[Array.from(l).sort((r,c)=>r-c)],s=n[0].length,o=new Map;for(let r=0;r<s;r++)o.set(n[0][r],r);for(let r=0;r<e.length;r++){let c=e[r],u=c[0];for(let h=1;h<c.length;h++){let f=c[h],$=Array(s).fill(void 0),_=t?t[r][h]:Uu,m=[];for(let v=0;v<f.length;v++){let A=f[v],E=o.get(u[v]);A===null?_!=Hu&&($[E]=A,_==zu&&m.push(E)):$[E]=A}Wu($,m,s),n.push($)}}return n}var Bu=typeof queueMicrotask>"u"?e=>Promise.resolve().then(e):queueMicrotask;function Gu(e){let t=e[0],l=t.length,n=Array(l);for(let o=0;o<n.length;o++)n[o]=o;n.sort((o,r)=>t[o]-t[r]);let s=[];for(let o=0;o<e.length;o++){let r=e[o],c=Array(l);for(let u=0;u<l;u++)c[u]=r[n[u]];s.push(c)}return s}function Yu(e){let t=e[0][0],l=t.length;for(let n=1;n<e.length;n++){let s=e[n][0];if(s.length!=l)return!1;if(s!=t){for(let o=0;o<l;o++)if(s[o]!=t[o])return!1}}return!0}function Ju(e,t=100){let l=e.length;if(l<=1)return!0;let n=0,s=l-1;for(;n<=s&&e[n]==null;)n++;for(;s>=n&&e[s]==null;)s--;if(s<=n)return!0;let o=ct(1,vt((s-n+1)/t));for(let r=e[n],c=n+o;c<=s;c+=o){let u=e[c];if(u!=null){if(u<=r)return!1;r=u}}return!0}var $a=["January","February","March","April","May","June","July","August","September","October","November","December"],_a=["Sunday","Monday","Tuesday","Wednesday","Thursday","Friday","Saturday"];function ba(e){return e.slice(0,3)}var Ku=_a.map(ba),qu=$a.map(ba),Zu={MMMM:$a,MMM:qu,WWWW:_a,WWW:Ku};function Rl(e){return(e<10?"0":"")+e}function Qu(e){return(e<10?"00":e<100?"0":"")+e}var Xu={YYYY:e=>e.getFullYear(),YY:e=>(e.getFullYear()+"").slice(2),MMMM:(e,t)=>t.MMMM[e.getMonth()],MMM:(e,t)=>t.MMM[e.getMonth()],MM:e=>Rl(e.getMonth()+1),M:e=>e.getMonth()+1,DD:e=>Rl(e.getDate()),D:e=>e.getDate(),WWWW:(e,t)=>t.WWWW[e.getDay()],WWW:(e,t)=>t.WWW[e.getDay()],HH:e=>Rl(e.getHours()),H:e=>e.getHours(),h:e=>{let t=e.getHours();return t==0?12:t>12?t-12:t},AA:e=>e.getHours()>=12?"PM":"AM",aa:e=>e.getHours()>=12?"pm":"am",a:e=>e.getHours()>=12?"p":"a",mm:e=>Rl(e.getMinutes()),m:e=>e.getMinutes(),ss:e=>Rl(e.getSeconds()),s:e=>e.getSeconds(),fff:e=>Qu(e.getMilliseconds())};function Wo(e,t){t=t||Zu;let l=[],n=/\{([a-z]+)\}|[^{]+/gi,s;for(;s=n.exec(e);)l.push(s[0][0]=="{"?Xu[s[1]]:s[0]);return o=>{let r="";for(let c=0;c<l.length;c++)r+=typeof l[c]=="string"?l[c]:l[c](o,t);return r}}var ef=new Intl.DateTimeFormat().resolvedOptions().timeZone;function tf(e,t){let l;return t=="UTC"||t=="Etc/UTC"?l=new Date(+e+e.getTimezoneOffset()*6e4):t==ef?l=e:(l=new Date(e.toLocaleString("en-US",{timeZone:t})),l.setMilliseconds(e.getMilliseconds())),l}var va=e=>e%1==0,_s=[1,2,2.5,5],nf=Hl(10,-32,0,_s),ya=Hl(10,0,32,_s),lf=ya.filter(va),Ln=nf.concat(ya),jo=`
`,wa="{YYYY}",Hr=jo+wa,Sa="{M}/{D}",Ol=jo+Sa,ps=Ol+"/{YY}",ka="{aa}",sf="{h}:{mm}",il=sf+ka,Ur=jo+il,zr=":{ss}",he=null;function xa(e){let t=e*1e3,l=t*60,n=l*60,s=n*24,o=s*30,r=s*365,u=(e==1?Hl(10,0,3,_s).filter(va):Hl(10,-3,0,_s)).concat([t,t*5,t*10,t*15,t*30,l,l*5,l*10,l*15,l*30,n,n*2,n*3,n*4,n*6,n*8,n*12,s,s*2,s*3,s*4,s*5,s*6,s*7,s*8,s*9,s*10,s*15,o,o*2,o*3,o*4,o*6,r,r*2,r*5,r*10,r*25,r*50,r*100]),h=[[r,wa,he,he,he,he,he,he,1],[s*28,"{MMM}",Hr,he,he,he,he,he,1],[s,Sa,Hr,he,he,he,he,he,1],[n,"{h}"+ka,ps,he,Ol,he,he,he,1],[l,il,ps,he,Ol,he,he,he,1],[t,zr,ps+" "+il,he,Ol+" "+il,he,Ur,he,1],[e,zr+".{fff}",ps+" "+il,he,Ol+" "+il,he,Ur,he,1]];function f($){return(_,m,v,A,E,k)=>{let y=[],S=E>=r,x=E>=o&&E<r,V=$(v),M=Se(V*e,3),Y=So(V.getFullYear(),S?0:V.getMonth(),x||S?1:V.getDate()),G=Se(Y*e,3);if(x||S){let ee=x?E/o:0,U=S?E/r:0,C=M==G?M:Se(So(Y.getFullYear()+U,Y.getMonth()+ee,1)*e,3),H=new Date(je(C/e)),R=H.getFullYear(),q=H.getMonth();for(let B=0;C<=A;B++){let ie=So(R+U*B,q+ee*B,1),j=ie-$(Se(ie*e,3));C=Se((+ie+j)*e,3),C<=A&&y.push(C)}}else{let ee=E>=s?s:E,U=vt(v)-vt(M),C=G+U+ys(M-G,ee);y.push(C);let H=$(C),R=H.getHours()+H.getMinutes()/l+H.getSeconds()/n,q=E/n,B=_.axes[m]._space,ie=k/B;for(;C=Se(C+E,e==1?0:3),!(C>A);)if(q>1){let j=vt(Se(R+q,6))%24,re=$(C).getHours()-j;re>1&&(re=-1),C-=re*n,R=(R+q)%24;let ge=y[y.length-1];Se((C-ge)/E,3)*ie>=.7&&y.push(C)}else y.push(C)}return y}}return[u,h,f]}var[of,rf,af]=xa(1),[cf,uf,ff]=xa(.001);Hl(2,-53,53,[1]);function Wr(e,t){return e.map(l=>l.map((n,s)=>s==0||s==8||n==null?n:t(s==1||l[8]==0?n:l[1]+n)))}function jr(e,t){return(l,n,s,o,r)=>{let c=t.find(v=>r>=v[0])||t[t.length-1],u,h,f,$,_,m;return n.map(v=>{let A=e(v),E=A.getFullYear(),k=A.getMonth(),y=A.getDate(),S=A.getHours(),x=A.getMinutes(),V=A.getSeconds(),M=E!=u&&c[2]||k!=h&&c[3]||y!=f&&c[4]||S!=$&&c[5]||x!=_&&c[6]||V!=m&&c[7]||c[1];return u=E,h=k,f=y,$=S,_=x,m=V,M(A)})}}function df(e,t){let l=Wo(t);return(n,s,o,r,c)=>s.map(u=>l(e(u)))}function So(e,t,l){return new Date(e,t,l)}function Br(e,t){return t(e)}var pf="{YYYY}-{MM}-{DD} {h}:{mm}{aa}";function Gr(e,t){return(l,n,s,o)=>o==null?Oo:t(e(n))}function hf(e,t){let l=e.series[t];return l.width?l.stroke(e,t):l.points.width?l.points.stroke(e,t):null}function mf(e,t){return e.series[t].fill(e,t)}var gf={show:!0,live:!0,isolate:!1,mount:Ru,markers:{show:!0,width:2,stroke:hf,fill:mf,dash:"solid"},idx:null,idxs:null,values:[]};function $f(e,t){let l=e.cursor.points,n=Mt(),s=l.size(e,t);Ae(n,Il,s),Ae(n,Nl,s);let o=s/-2;Ae(n,"marginLeft",o),Ae(n,"marginTop",o);let r=l.width(e,t,s);return r&&Ae(n,"borderWidth",r),n}function _f(e,t){let l=e.series[t].points;return l._fill||l._stroke}function bf(e,t){let l=e.series[t].points;return l._stroke||l._fill}function vf(e,t){return e.series[t].points.size}var ko=[0,0];function yf(e,t,l){return ko[0]=t,ko[1]=l,ko}function hs(e,t,l,n=!0){return s=>{s.button==0&&(!n||s.target==t)&&l(s)}}function xo(e,t,l,n=!0){return s=>{(!n||s.target==t)&&l(s)}}var wf={show:!0,x:!0,y:!0,lock:!1,move:yf,points:{one:!1,show:$f,size:vf,width:0,stroke:bf,fill:_f},bind:{mousedown:hs,mouseup:hs,click:hs,dblclick:hs,mousemove:xo,mouseleave:xo,mouseenter:xo},drag:{setScale:!0,x:!0,y:!1,dist:0,uni:null,click:(e,t)=>{t.stopPropagation(),t.stopImmediatePropagation()},_x:!1,_y:!1},focus:{dist:(e,t,l,n,s)=>n-s,prox:-1,bias:0},hover:{skip:[void 0],prox:null,bias:0},left:-10,top:-10,idx:null,dataIdx:null,idxs:null,event:null},Ca={show:!0,stroke:"rgba(0,0,0,0.07)",width:2},Bo=Ve({},Ca,{filter:da}),Ea=Ve({},Bo,{size:10}),Ta=Ve({},Ca,{show:!1}),Go='12px system-ui, -apple-system, "Segoe UI", Roboto, "Helvetica Neue", Arial, "Noto Sans", sans-serif, "Apple Color Emoji", "Segoe UI Emoji", "Segoe UI Symbol", "Noto Color Emoji"',Aa="bold "+Go,Ma=1.5,Yr={show:!0,scale:"x",stroke:No,space:50,gap:5,alignTo:1,size:50,labelGap:0,labelSize:30,labelFont:Aa,side:2,grid:Bo,ticks:Ea,border:Ta,font:Go,lineGap:Ma,rotate:0},Sf="Value",kf="Time",Jr={show:!0,scale:"x",auto:!1,sorted:1,min:we,max:-we,idxs:[]};function xf(e,t,l,n,s){return t.map(o=>o==null?"":Uo(o))}function Cf(e,t,l,n,s,o,r){let c=[],u=gn.get(s)||0;l=r?l:Se(ys(l,s),u);for(let h=l;h<=n;h=Se(h+s,u))c.push(Object.is(h,-0)?0:h);return c}function Do(e,t,l,n,s,o,r){let c=[],u=e.scales[e.axes[t].scale].log,h=u==10?Qt:ca,f=vt(h(l));s=al(u,f),u==10&&(s=Ln[Ft(s,Ln)]);let $=l,_=s*u;u==10&&(_=Ln[Ft(_,Ln)]);do c.push($),$=$+s,u==10&&!gn.has($)&&($=Se($,gn.get(s))),$>=_&&(s=$,_=s*u,u==10&&(_=Ln[Ft(_,Ln)]));while($<=n);return c}function Ef(e,t,l,n,s,o,r){let u=e.scales[e.axes[t].scale].asinh,h=n>u?Do(e,t,ct(u,l),n,s):[u],f=n>=0&&l<=0?[0]:[];return(l<-u?Do(e,t,ct(u,-n),-l,s):[u]).reverse().map(_=>-_).concat(f,h)}var Da=/./,Tf=/[12357]/,Af=/[125]/,Kr=/1/,Po=(e,t,l,n)=>e.map((s,o)=>t==4&&s==0||o%n==0&&l.test(s.toExponential()[s<0?1:0])?s:null);function Mf(e,t,l,n,s){let o=e.axes[l],r=o.scale,c=e.scales[r],u=e.valToPos,h=o._space,f=u(10,r),$=u(9,r)-f>=h?Da:u(7,r)-f>=h?Tf:u(5,r)-f>=h?Af:Kr;if($==Kr){let _=Be(u(1,r)-f);if(_<h)return Po(t.slice().reverse(),c.distr,$,Dt(h/_)).reverse()}return Po(t,c.distr,$,1)}function Df(e,t,l,n,s){let o=e.axes[l],r=o.scale,c=o._space,u=e.valToPos,h=Be(u(1,r)-u(2,r));return h<c?Po(t.slice().reverse(),3,Da,Dt(c/h)).reverse():t}function Pf(e,t,l,n){return n==null?Oo:t==null?"":Uo(t)}var qr={show:!0,scale:"y",stroke:No,space:30,gap:5,alignTo:1,size:50,labelGap:0,labelSize:30,labelFont:Aa,side:3,grid:Bo,ticks:Ea,border:Ta,font:Go,lineGap:Ma,rotate:0};function Lf(e,t){let l=3+(e||1)*2;return Se(l*t,3)}function Rf(e,t){let{scale:l,idxs:n}=e.series[0],s=e._data[0],o=e.valToPos(s[n[0]],l,!0),r=e.valToPos(s[n[1]],l,!0),c=Be(r-o),u=e.series[t],h=c/(u.points.space*fe);return n[1]-n[0]<=h}var Zr={scale:null,auto:!0,sorted:0,min:we,max:-we},Pa=(e,t,l,n,s)=>s,Qr={show:!0,auto:!0,sorted:0,gaps:Pa,alpha:1,facets:[Ve({},Zr,{scale:"x"}),Ve({},Zr,{scale:"y"})]},Xr={scale:"y",auto:!0,sorted:0,show:!0,spanGaps:!1,gaps:Pa,alpha:1,points:{show:Rf,filter:null},values:null,min:we,max:-we,idxs:[],path:null,clip:null};function If(e,t,l,n,s){return l/10}var La={time:!0,auto:!0,distr:1,log:10,asinh:1,min:null,max:null,dir:1,ori:0},Nf=Ve({},La,{time:!1,ori:1}),ea={};function Ra(e,t){let l=ea[e];return l||(l={key:e,plots:[],sub(n){l.plots.push(n)},unsub(n){l.plots=l.plots.filter(s=>s!=n)},pub(n,s,o,r,c,u,h){for(let f=0;f<l.plots.length;f++)l.plots[f]!=s&&l.plots[f].pub(n,s,o,r,c,u,h)}},e!=null&&(ea[e]=l)),l}var fl=1,Lo=2;function On(e,t,l){let n=e.mode,s=e.series[t],o=n==2?e._data[t]:e._data,r=e.scales,c=e.bbox,u=o[0],h=n==2?o[1]:o[t],f=n==2?r[s.facets[0].scale]:r[e.series[0].scale],$=n==2?r[s.facets[1].scale]:r[s.scale],_=c.left,m=c.top,v=c.width,A=c.height,E=e.valToPosH,k=e.valToPosV;return f.ori==0?l(s,u,h,f,$,E,k,_,m,v,A,ks,pl,Cs,Na,Fa):l(s,u,h,f,$,k,E,m,_,A,v,xs,hl,Ko,Oa,Va)}function Yo(e,t){let l=0,n=0,s=ce(e.bands,zo);for(let o=0;o<s.length;o++){let r=s[o];r.series[0]==t?l=r.dir:r.series[1]==t&&(r.dir==1?n|=1:n|=2)}return[l,n==1?-1:n==2?1:n==3?2:0]}function Of(e,t,l,n,s){let o=e.mode,r=e.series[t],c=o==2?r.facets[1].scale:r.scale,u=e.scales[c];return s==-1?u.min:s==1?u.max:u.distr==3?u.dir==1?u.min:u.max:0}function Xt(e,t,l,n,s,o){return On(e,t,(r,c,u,h,f,$,_,m,v,A,E)=>{let k=r.pxRound,y=h.dir*(h.ori==0?1:-1),S=h.ori==0?pl:hl,x,V;y==1?(x=l,V=n):(x=n,V=l);let M=k($(c[x],h,A,m)),Y=k(_(u[x],f,E,v)),G=k($(c[V],h,A,m)),ee=k(_(o==1?f.max:f.min,f,E,v)),U=new Path2D(s);return S(U,G,ee),S(U,M,ee),S(U,M,Y),U})}function Ss(e,t,l,n,s,o){let r=null;if(e.length>0){r=new Path2D;let c=t==0?Cs:Ko,u=l;for(let $=0;$<e.length;$++){let _=e[$];if(_[1]>_[0]){let m=_[0]-u;m>0&&c(r,u,n,m,n+o),u=_[1]}}let h=l+s-u,f=10;h>0&&c(r,u,n-f/2,h,n+o+f)}return r}function Ff(e,t,l){let n=e[e.length-1];n&&n[0]==t?n[1]=l:e.push([t,l])}function Jo(e,t,l,n,s,o,r){let c=[],u=e.length;for(let h=s==1?l:n;h>=l&&h<=n;h+=s)if(t[h]===null){let $=h,_=h;if(s==1)for(;++h<=n&&t[h]===null;)_=h;else for(;--h>=l&&t[h]===null;)_=h;let m=o(e[$]),v=_==$?m:o(e[_]),A=$-s;m=r<=0&&A>=0&&A<u?o(e[A]):m;let k=_+s;v=r>=0&&k>=0&&k<u?o(e[k]):v,v>=m&&c.push([m,v])}return c}function ta(e){return e==0?fa:e==1?je:t=>Pn(t,e)}function Ia(e){let t=e==0?ks:xs,l=e==0?(s,o,r,c,u,h)=>{s.arcTo(o,r,c,u,h)}:(s,o,r,c,u,h)=>{s.arcTo(r,o,u,c,h)},n=e==0?(s,o,r,c,u)=>{s.rect(o,r,c,u)}:(s,o,r,c,u)=>{s.rect(r,o,u,c)};return(s,o,r,c,u,h=0,f=0)=>{h==0&&f==0?n(s,o,r,c,u):(h=Vt(h,c/2,u/2),f=Vt(f,c/2,u/2),t(s,o+h,r),l(s,o+c,r,o+c,r+u,h),l(s,o+c,r+u,o,r+u,f),l(s,o,r+u,o,r,f),l(s,o,r,o+c,r,h),s.closePath())}}var ks=(e,t,l)=>{e.moveTo(t,l)},xs=(e,t,l)=>{e.moveTo(l,t)},pl=(e,t,l)=>{e.lineTo(t,l)},hl=(e,t,l)=>{e.lineTo(l,t)},Cs=Ia(0),Ko=Ia(1),Na=(e,t,l,n,s,o)=>{e.arc(t,l,n,s,o)},Oa=(e,t,l,n,s,o)=>{e.arc(l,t,n,s,o)},Fa=(e,t,l,n,s,o,r)=>{e.bezierCurveTo(t,l,n,s,o,r)},Va=(e,t,l,n,s,o,r)=>{e.bezierCurveTo(l,t,s,n,r,o)};function Ha(e){return(t,l,n,s,o)=>On(t,l,(r,c,u,h,f,$,_,m,v,A,E)=>{let{pxRound:k,points:y}=r,S,x;h.ori==0?(S=ks,x=Na):(S=xs,x=Oa);let V=Se(y.width*fe,3),M=(y.size-y.width)/2*fe,Y=Se(M*2,3),G=new Path2D,ee=new Path2D,{left:U,top:C,width:H,height:R}=t.bbox;Cs(ee,U-Y,C-Y,H+Y*2,R+Y*2);let q=B=>{if(u[B]!=null){let ie=k($(c[B],h,A,m)),j=k(_(u[B],f,E,v));S(G,ie+M,j),x(G,ie,j,M,0,ms*2)}};if(o)o.forEach(q);else for(let B=n;B<=s;B++)q(B);return{stroke:V>0?G:null,fill:G,clip:ee,flags:fl|Lo}})}function Ua(e){return(t,l,n,s,o,r)=>{n!=s&&(o!=n&&r!=n&&e(t,l,n),o!=s&&r!=s&&e(t,l,s),e(t,l,r))}}var Vf=Ua(pl),Hf=Ua(hl);function za(e){let t=ce(e?.alignGaps,0);return(l,n,s,o)=>On(l,n,(r,c,u,h,f,$,_,m,v,A,E)=>{[s,o]=bs(u,s,o);let k=r.pxRound,y=R=>k($(R,h,A,m)),S=R=>k(_(R,f,E,v)),x,V;h.ori==0?(x=pl,V=Vf):(x=hl,V=Hf);let M=h.dir*(h.ori==0?1:-1),Y={stroke:new Path2D,fill:null,clip:null,band:null,gaps:null,flags:fl},G=Y.stroke,ee=!1;if(o-s>=A*4){let R=z=>l.posToVal(z,h.key,!0),q=null,B=null,ie,j,ut,Me=y(c[M==1?s:o]),re=y(c[s]),ge=y(c[o]),ne=R(M==1?re+1:ge-1);for(let z=M==1?s:o;z>=s&&z<=o;z+=M){let He=c[z],De=(M==1?He<ne:He>ne)?Me:y(He),de=u[z];De==Me?de!=null?(j=de,q==null?(x(G,De,S(j)),ie=q=B=j):j<q?q=j:j>B&&(B=j)):de===null&&(ee=!0):(q!=null&&V(G,Me,S(q),S(B),S(ie),S(j)),de!=null?(j=de,x(G,De,S(j)),q=B=ie=j):(q=B=null,de===null&&(ee=!0)),Me=De,ne=R(Me+M))}q!=null&&q!=B&&ut!=Me&&V(G,Me,S(q),S(B),S(ie),S(j))}else for(let R=M==1?s:o;R>=s&&R<=o;R+=M){let q=u[R];q===null?ee=!0:q!=null&&x(G,y(c[R]),S(q))}let[C,H]=Yo(l,n);if(r.fill!=null||C!=0){let R=Y.fill=new Path2D(G),q=r.fillTo(l,n,r.min,r.max,C),B=S(q),ie=y(c[s]),j=y(c[o]);M==-1&&([j,ie]=[ie,j]),x(R,j,B),x(R,ie,B)}if(!r.spanGaps){let R=[];ee&&R.push(...Jo(c,u,s,o,M,y,t)),Y.gaps=R=r.gaps(l,n,s,o,R),Y.clip=Ss(R,h.ori,m,v,A,E)}return H!=0&&(Y.band=H==2?[Xt(l,n,s,o,G,-1),Xt(l,n,s,o,G,1)]:Xt(l,n,s,o,G,H)),Y})}function Uf(e){let t=ce(e.align,1),l=ce(e.ascDesc,!1),n=ce(e.alignGaps,0),s=ce(e.extend,!1);return(o,r,c,u)=>On(o,r,(h,f,$,_,m,v,A,E,k,y,S)=>{[c,u]=bs($,c,u);let x=h.pxRound,{left:V,width:M}=o.bbox,Y=re=>x(v(re,_,y,E)),G=re=>x(A(re,m,S,k)),ee=_.ori==0?pl:hl,U={stroke:new Path2D,fill:null,clip:null,band:null,gaps:null,flags:fl},C=U.stroke,H=_.dir*(_.ori==0?1:-1),R=G($[H==1?c:u]),q=Y(f[H==1?c:u]),B=q,ie=q;s&&t==-1&&(ie=V,ee(C,ie,R)),ee(C,q,R);for(let re=H==1?c:u;re>=c&&re<=u;re+=H){let ge=$[re];if(ge==null)continue;let ne=Y(f[re]),z=G(ge);t==1?ee(C,ne,R):ee(C,B,z),ee(C,ne,z),R=z,B=ne}let j=B;s&&t==1&&(j=V+M,ee(C,j,R));let[ut,Me]=Yo(o,r);if(h.fill!=null||ut!=0){let re=U.fill=new Path2D(C),ge=h.fillTo(o,r,h.min,h.max,ut),ne=G(ge);ee(re,j,ne),ee(re,ie,ne)}if(!h.spanGaps){let re=[];re.push(...Jo(f,$,c,u,H,Y,n));let ge=h.width*fe/2,ne=l||t==1?ge:-ge,z=l||t==-1?-ge:ge;re.forEach(He=>{He[0]+=ne,He[1]+=z}),U.gaps=re=h.gaps(o,r,c,u,re),U.clip=Ss(re,_.ori,E,k,y,S)}return Me!=0&&(U.band=Me==2?[Xt(o,r,c,u,C,-1),Xt(o,r,c,u,C,1)]:Xt(o,r,c,u,C,Me)),U})}function na(e,t,l,n,s,o,r=we){if(e.length>1){let c=null;for(let u=0,h=1/0;u<e.length;u++)if(t[u]!==void 0){if(c!=null){let f=Be(e[u]-e[c]);f<h&&(h=f,r=Be(l(e[u],n,s,o)-l(e[c],n,s,o)))}c=u}}return r}function zf(e){e=e||Vl;let t=ce(e.size,[.6,we,1]),l=e.align||0,n=e.gap||0,s=e.radius;s=s==null?[0,0]:typeof s=="number"?[s,0]:s;let o=oe(s),r=1-t[0],c=ce(t[1],we),u=ce(t[2],1),h=ce(e.disp,Vl),f=ce(e.each,m=>{}),{fill:$,stroke:_}=h;return(m,v,A,E)=>On(m,v,(k,y,S,x,V,M,Y,G,ee,U,C)=>{let H=k.pxRound,R=l,q=n*fe,B=c*fe,ie=u*fe,j,ut;x.ori==0?[j,ut]=o(m,v):[ut,j]=o(m,v);let Me=x.dir*(x.ori==0?1:-1),re=x.ori==0?Cs:Ko,ge=x.ori==0?f:(O,ke,Ue,Un,vn,Ut,yn)=>{f(O,ke,Ue,vn,Un,yn,Ut)},ne=ce(m.bands,zo).find(O=>O.series[0]==v),z=ne!=null?ne.dir:0,He=k.fillTo(m,v,k.min,k.max,z),st=H(Y(He,V,C,ee)),De,de,Pt,ht=U,Le=H(k.width*fe),Ht=!1,Kt=null,wt=null,en=null,Fn=null;$!=null&&(Le==0||_!=null)&&(Ht=!0,Kt=$.values(m,v,A,E),wt=new Map,new Set(Kt).forEach(O=>{O!=null&&wt.set(O,new Path2D)}),Le>0&&(en=_.values(m,v,A,E),Fn=new Map,new Set(en).forEach(O=>{O!=null&&Fn.set(O,new Path2D)})));let{x0:Vn,size:$l}=h;if(Vn!=null&&$l!=null){R=1,y=Vn.values(m,v,A,E),Vn.unit==2&&(y=y.map(Ue=>m.posToVal(G+Ue*U,x.key,!0)));let O=$l.values(m,v,A,E);$l.unit==2?de=O[0]*U:de=M(O[0],x,U,G)-M(0,x,U,G),ht=na(y,S,M,x,U,G,ht),Pt=ht-de+q}else ht=na(y,S,M,x,U,G,ht),Pt=ht*r+q,de=ht-Pt;Pt<1&&(Pt=0),Le>=de/2&&(Le=0),Pt<5&&(H=fa);let zl=Pt>0,_n=ht-Pt-(zl?Le:0);de=H(Mo(_n,ie,B)),De=(R==0?de/2:R==Me?0:de)-R*Me*((R==0?q/2:0)+(zl?Le/2:0));let ot={stroke:null,fill:null,clip:null,band:null,gaps:null,flags:0},Hn=Ht?null:new Path2D,qt=null;if(ne!=null)qt=m.data[ne.series[1]];else{let{y0:O,y1:ke}=h;O!=null&&ke!=null&&(S=ke.values(m,v,A,E),qt=O.values(m,v,A,E))}let bn=j*de,te=ut*de;for(let O=Me==1?A:E;O>=A&&O<=E;O+=Me){let ke=S[O];if(ke==null)continue;if(qt!=null){let ft=qt[O]??0;if(ke-ft==0)continue;st=Y(ft,V,C,ee)}let Ue=x.distr!=2||h!=null?y[O]:O,Un=M(Ue,x,U,G),vn=Y(ce(ke,He),V,C,ee),Ut=H(Un-De),yn=H(ct(vn,st)),mt=H(Vt(vn,st)),St=yn-mt;if(ke!=null){let ft=ke<0?te:bn,Lt=ke<0?bn:te;Ht?(Le>0&&en[O]!=null&&re(Fn.get(en[O]),Ut,mt+vt(Le/2),de,ct(0,St-Le),ft,Lt),Kt[O]!=null&&re(wt.get(Kt[O]),Ut,mt+vt(Le/2),de,ct(0,St-Le),ft,Lt)):re(Hn,Ut,mt+vt(Le/2),de,ct(0,St-Le),ft,Lt),ge(m,v,O,Ut-Le/2,mt,de+Le,St)}}return Le>0?ot.stroke=Ht?Fn:Hn:Ht||(ot._fill=k.width==0?k._fill:k._stroke??k._fill,ot.width=0),ot.fill=Ht?wt:Hn,ot})}function Wf(e,t){let l=ce(t?.alignGaps,0);return(n,s,o,r)=>On(n,s,(c,u,h,f,$,_,m,v,A,E,k)=>{[o,r]=bs(h,o,r);let y=c.pxRound,S=j=>y(_(j,f,E,v)),x=j=>y(m(j,$,k,A)),V,M,Y;f.ori==0?(V=ks,Y=pl,M=Fa):(V=xs,Y=hl,M=Va);let G=f.dir*(f.ori==0?1:-1),ee=S(u[G==1?o:r]),U=ee,C=[],H=[];for(let j=G==1?o:r;j>=o&&j<=r;j+=G)if(h[j]!=null){let Me=u[j],re=S(Me);C.push(U=re),H.push(x(h[j]))}let R={stroke:e(C,H,V,Y,M,y),fill:null,clip:null,band:null,gaps:null,flags:fl},q=R.stroke,[B,ie]=Yo(n,s);if(c.fill!=null||B!=0){let j=R.fill=new Path2D(q),ut=c.fillTo(n,s,c.min,c.max,B),Me=x(ut);Y(j,U,Me),Y(j,ee,Me)}if(!c.spanGaps){let j=[];j.push(...Jo(u,h,o,r,G,S,l)),R.gaps=j=c.gaps(n,s,o,r,j),R.clip=Ss(j,f.ori,v,A,E,k)}return ie!=0&&(R.band=ie==2?[Xt(n,s,o,r,q,-1),Xt(n,s,o,r,q,1)]:Xt(n,s,o,r,q,ie)),R})}function jf(e){return Wf(Bf,e)}function Bf(e,t,l,n,s,o){let r=e.length;if(r<2)return null;let c=new Path2D;if(l(c,e[0],t[0]),r==2)n(c,e[1],t[1]);else{let u=Array(r),h=Array(r-1),f=Array(r-1),$=Array(r-1);for(let _=0;_<r-1;_++)f[_]=t[_+1]-t[_],$[_]=e[_+1]-e[_],h[_]=f[_]/$[_];u[0]=h[0];for(let _=1;_<r-1;_++)h[_]===0||h[_-1]===0||h[_-1]>0!=h[_]>0?u[_]=0:(u[_]=3*($[_-1]+$[_])/((2*$[_]+$[_-1])/h[_-1]+($[_]+2*$[_-1])/h[_]),isFinite(u[_])||(u[_]=0));u[r-1]=h[r-2];for(let _=0;_<r-1;_++)s(c,e[_]+$[_]/3,t[_]+u[_]*$[_]/3,e[_+1]-$[_]/3,t[_+1]-u[_+1]*$[_]/3,e[_+1],t[_+1])}return c}var Ro=new Set;function la(){for(let e of Ro)e.syncRect(!0)}dl&&(In(ku,rl,la),In(xu,rl,la,!0),In(gs,rl,()=>{tt.pxRatio=fe}));var Gf=za(),Yf=Ha();function sa(e,t,l,n){return(n?[e[0],e[1]].concat(e.slice(2)):[e[0]].concat(e.slice(1))).map((o,r)=>Io(o,r,t,l))}function Jf(e,t){return e.map((l,n)=>n==0?{}:Ve({},t,l))}function Io(e,t,l,n){return Ve({},t==0?l:n,e)}function Wa(e,t,l){return t==null?cl:[t,l]}var Kf=Wa;function qf(e,t,l){return t==null?cl:$s(t,l,Ho,!0)}function ja(e,t,l,n){return t==null?cl:vs(t,l,e.scales[n].log,!1)}var Zf=ja;function Ba(e,t,l,n){return t==null?cl:Vo(t,l,e.scales[n].log,!1)}var Qf=Ba;function Xf(e,t,l,n,s){let o=ct(Nr(e),Nr(t)),r=t-e,c=Ft(s/n*r,l);do{let u=l[c],h=n*u/r;if(h>=s&&o+(u<5?gn.get(u):0)<=17)return[u,h]}while(++c<l.length);return[0,0]}function oa(e){let t,l;return e=e.replace(/(\d+)px/,(n,s)=>(t=je((l=+s)*fe))+"px"),[e,t,l]}function ed(e){e.show&&[e.font,e.labelFont].forEach(t=>{let l=Se(t[2]*fe,1);t[0]=t[0].replace(/[0-9.]+px/,l+"px"),t[1]=l})}function tt(e,t,l){let n={mode:ce(e.mode,1)},s=n.mode;function o(i,a,d,p){let b=a.valToPct(i);return p+d*(a.dir==-1?1-b:b)}function r(i,a,d,p){let b=a.valToPct(i);return p+d*(a.dir==-1?b:1-b)}function c(i,a,d,p){return a.ori==0?o(i,a,d,p):r(i,a,d,p)}n.valToPosH=o,n.valToPosV=r;let u=!1;n.status=0;let h=n.root=Mt(iu);if(e.id!=null&&(h.id=e.id),bt(h,e.class),e.title){let i=Mt(cu,h);i.textContent=e.title}let f=Ot("canvas"),$=n.ctx=f.getContext("2d"),_=Mt(uu,h);In("click",_,i=>{i.target===v&&(Ce!=Qn||Pe!=Xn)&&et.click(n,i)},!0);let m=n.under=Mt(fu,_);_.appendChild(f);let v=n.over=Mt(du,_);e=ul(e);let A=+ce(e.pxAlign,1),E=ta(A);(e.plugins||[]).forEach(i=>{i.opts&&(e=i.opts(n,e)||e)});let k=e.ms||.001,y=n.series=s==1?sa(e.series||[],Jr,Xr,!1):Jf(e.series||[null],Qr),S=n.axes=sa(e.axes||[],Yr,qr,!0),x=n.scales={},V=n.bands=e.bands||[];V.forEach(i=>{i.fill=oe(i.fill||null),i.dir=ce(i.dir,-1)});let M=s==2?y[1].facets[0].scale:y[0].scale,Y={axes:Dc,series:Cc},G=(e.drawOrder||["axes","series"]).map(i=>Y[i]);function ee(i){let a=i.distr==3?d=>Qt(d>0?d:i.clamp(n,d,i.min,i.max,i.key)):i.distr==4?d=>wo(d,i.asinh):i.distr==100?d=>i.fwd(d):d=>d;return d=>{let p=a(d),{_min:b,_max:w}=i,T=w-b;return(p-b)/T}}function U(i){let a=x[i];if(a==null){let d=(e.scales||Vl)[i]||Vl;if(d.from!=null){U(d.from);let p=Ve({},x[d.from],d,{key:i});p.valToPct=ee(p),x[i]=p}else{a=x[i]=Ve({},i==M?La:Nf,d),a.key=i;let p=a.time,b=a.range,w=mn(b);if((i!=M||s==2&&!p)&&(w&&(b[0]==null||b[1]==null)&&(b={min:b[0]==null?Lr:{mode:1,hard:b[0],soft:b[0]},max:b[1]==null?Lr:{mode:1,hard:b[1],soft:b[1]}},w=!1),!w&&ws(b))){let T=b;b=(P,L,I)=>L==null?cl:$s(L,I,T)}a.range=oe(b||(p?Kf:i==M?a.distr==3?Zf:a.distr==4?Qf:Wa:a.distr==3?ja:a.distr==4?Ba:qf)),a.auto=oe(w?!1:a.auto),a.clamp=oe(a.clamp||If),a._min=a._max=null,a.valToPct=ee(a)}}}U("x"),U("y"),s==1&&y.forEach(i=>{U(i.scale)}),S.forEach(i=>{U(i.scale)});for(let i in e.scales)U(i);let C=x[M],H=C.distr,R,q;C.ori==0?(bt(h,ru),R=o,q=r):(bt(h,au),R=r,q=o);let B={};for(let i in x){let a=x[i];(a.min!=null||a.max!=null)&&(B[i]={min:a.min,max:a.max},a.min=a.max=null)}let ie=e.tzDate||(i=>new Date(je(i/k))),j=e.fmtDate||Wo,ut=k==1?af(ie):ff(ie),Me=jr(ie,Wr(k==1?rf:uf,j)),re=Gr(ie,Br(pf,j)),ge=[],ne=n.legend=Ve({},gf,e.legend),z=n.cursor=Ve({},wf,{drag:{y:s==2}},e.cursor),He=ne.show,st=z.show,De=ne.markers;ne.idxs=ge,De.width=oe(De.width),De.dash=oe(De.dash),De.stroke=oe(De.stroke),De.fill=oe(De.fill);let de,Pt,ht,Le=[],Ht=[],Kt,wt=!1,en={};if(ne.live){let i=y[1]?y[1].values:null;wt=i!=null,Kt=wt?i(n,1,0):{_:0};for(let a in Kt)en[a]=Oo}if(He)if(de=Ot("table",_u,h),ht=Ot("tbody",null,de),ne.mount(n,de),wt){Pt=Ot("thead",null,de,ht);let i=Ot("tr",null,Pt);Ot("th",null,i);for(var Fn in Kt)Ot("th",vr,i).textContent=Fn}else bt(de,vu),ne.live&&bt(de,bu);let Vn={show:!0},$l={show:!1};function zl(i,a){if(a==0&&(wt||!ne.live||s==2))return cl;let d=[],p=Ot("tr",yu,ht,ht.childNodes[a]);bt(p,i.class),i.show||bt(p,Rn);let b=Ot("th",null,p);if(De.show){let P=Mt(wu,b);if(a>0){let L=De.width(n,a);L&&(P.style.border=L+"px "+De.dash(n,a)+" "+De.stroke(n,a)),P.style.background=De.fill(n,a)}}let w=Mt(vr,b);i.label instanceof HTMLElement?w.appendChild(i.label):w.textContent=i.label,a>0&&(De.show||(w.style.color=i.width>0?De.stroke(n,a):De.fill(n,a)),ot("click",b,P=>{if(z._lock)return;Sn(P);let L=y.indexOf(i);if((P.ctrlKey||P.metaKey)!=ne.isolate){let I=y.some((N,F)=>F>0&&F!=L&&N.show);y.forEach((N,F)=>{F>0&&Wt(F,I?F==L?Vn:$l:Vn,!0,Oe.setSeries)})}else Wt(L,{show:!i.show},!0,Oe.setSeries)},!1),Wn&&ot(kr,b,P=>{z._lock||(Sn(P),Wt(y.indexOf(i),tl,!0,Oe.setSeries))},!1));for(var T in Kt){let P=Ot("td",Su,p);P.textContent="--",d.push(P)}return[p,d]}let _n=new Map;function ot(i,a,d,p=!0){let b=_n.get(a)||{},w=z.bind[i](n,a,d,p);w&&(In(i,a,b[i]=w),_n.set(a,b))}function Hn(i,a,d){let p=_n.get(a)||{};for(let b in p)(i==null||b==i)&&(Ao(b,a,p[b]),delete p[b]);i==null&&_n.delete(a)}let qt=0,bn=0,te=0,O=0,ke=0,Ue=0,Un=ke,vn=Ue,Ut=te,yn=O,mt=0,St=0,ft=0,Lt=0;n.bbox={};let Ls=!1,Wl=!1,zn=!1,wn=!1,jl=!1,kt=!1;function Rs(i,a,d){(d||i!=n.width||a!=n.height)&&Zo(i,a),Jn(!1),zn=!0,Wl=!0,Kn()}function Zo(i,a){n.width=qt=te=i,n.height=bn=O=a,ke=Ue=0,bc(),vc();let d=n.bbox;mt=d.left=Pn(ke*fe,.5),St=d.top=Pn(Ue*fe,.5),ft=d.width=Pn(te*fe,.5),Lt=d.height=Pn(O*fe,.5)}let gc=3;function $c(){let i=!1,a=0;for(;!i;){a++;let d=Ac(a),p=Mc(a);i=a==gc||d&&p,i||(Zo(n.width,n.height),Wl=!0)}}function _c({width:i,height:a}){Rs(i,a)}n.setSize=_c;function bc(){let i=!1,a=!1,d=!1,p=!1;S.forEach((b,w)=>{if(b.show&&b._show){let{side:T,_size:P}=b,L=T%2,I=b.label!=null?b.labelSize:0,N=P+I;N>0&&(L?(te-=N,T==3?(ke+=N,p=!0):d=!0):(O-=N,T==0?(Ue+=N,i=!0):a=!0))}}),kn[0]=i,kn[1]=d,kn[2]=a,kn[3]=p,te-=tn[1]+tn[3],ke+=tn[3],O-=tn[2]+tn[0],Ue+=tn[0]}function vc(){let i=ke+te,a=Ue+O,d=ke,p=Ue;function b(w,T){switch(w){case 1:return i+=T,i-T;case 2:return a+=T,a-T;case 3:return d-=T,d+T;case 0:return p-=T,p+T}}S.forEach((w,T)=>{if(w.show&&w._show){let P=w.side;w._pos=b(P,w._size),w.label!=null&&(w._lpos=b(P,w.labelSize))}})}if(z.dataIdx==null){let i=z.hover,a=i.skip=new Set(i.skip??[]);a.add(void 0);let d=i.prox=oe(i.prox),p=i.bias??=0;z.dataIdx=(b,w,T,P)=>{if(w==0)return T;let L=T,I=d(b,w,T,P)??we,N=I>=0&&I<we,F=C.ori==0?te:O,Z=z.left,ue=t[0],ae=t[w];if(a.has(ae[T])){L=null;let se=null,J=null,W;if(p==0||p==-1)for(W=T;se==null&&W-- >0;)a.has(ae[W])||(se=W);if(p==0||p==1)for(W=T;J==null&&W++<ae.length;)a.has(ae[W])||(J=W);if(se!=null||J!=null)if(N){let Te=se==null?-1/0:R(ue[se],C,F,0),Ie=J==null?1/0:R(ue[J],C,F,0),Qe=Z-Te,$e=Ie-Z;Qe<=$e?Qe<=I&&(L=se):$e<=I&&(L=J)}else L=J==null?se:se==null?J:T-se<=J-T?se:J}else N&&Be(Z-R(ue[T],C,F,0))>I&&(L=null);return L}}let Sn=i=>{z.event=i};z.idxs=ge,z._lock=!1;let nt=z.points;nt.show=oe(nt.show),nt.size=oe(nt.size),nt.stroke=oe(nt.stroke),nt.width=oe(nt.width),nt.fill=oe(nt.fill);let zt=n.focus=Ve({},e.focus||{alpha:.3},z.focus),Wn=zt.prox>=0,jn=Wn&&nt.one,xt=[],Bn=[],Gn=[];function Qo(i,a){let d=nt.show(n,a);if(d instanceof HTMLElement)return bt(d,$u),bt(d,i.class),Yt(d,-10,-10,te,O),v.insertBefore(d,xt[a]),d}function Xo(i,a){if(s==1||a>0){let d=s==1&&x[i.scale].time,p=i.value;i.value=d?Vr(p)?Gr(ie,Br(p,j)):p||re:p||Pf,i.label=i.label||(d?kf:Sf)}if(jn||a>0){i.width=i.width==null?1:i.width,i.paths=i.paths||Gf||Iu,i.fillTo=oe(i.fillTo||Of),i.pxAlign=+ce(i.pxAlign,A),i.pxRound=ta(i.pxAlign),i.stroke=oe(i.stroke||null),i.fill=oe(i.fill||null),i._stroke=i._fill=i._paths=i._focus=null;let d=Lf(ct(1,i.width),1),p=i.points=Ve({},{size:d,width:ct(1,d*.2),stroke:i.stroke,space:d*2,paths:Yf,_stroke:null,_fill:null},i.points);p.show=oe(p.show),p.filter=oe(p.filter),p.fill=oe(p.fill),p.stroke=oe(p.stroke),p.paths=oe(p.paths),p.pxAlign=i.pxAlign}if(He){let d=zl(i,a);Le.splice(a,0,d[0]),Ht.splice(a,0,d[1]),ne.values.push(null)}if(st){ge.splice(a,0,null);let d=null;jn?a==0&&(d=Qo(i,a)):a>0&&(d=Qo(i,a)),xt.splice(a,0,d),Bn.splice(a,0,0),Gn.splice(a,0,0)}Ze("addSeries",a)}function yc(i,a){a=a??y.length,i=s==1?Io(i,a,Jr,Xr):Io(i,a,{},Qr),y.splice(a,0,i),Xo(y[a],a)}n.addSeries=yc;function wc(i){if(y.splice(i,1),He){ne.values.splice(i,1),Ht.splice(i,1);let a=Le.splice(i,1)[0];Hn(null,a.firstChild),a.remove()}st&&(ge.splice(i,1),xt.splice(i,1)[0].remove(),Bn.splice(i,1),Gn.splice(i,1)),Ze("delSeries",i)}n.delSeries=wc;let kn=[!1,!1,!1,!1];function Sc(i,a){if(i._show=i.show,i.show){let d=i.side%2,p=x[i.scale];p==null&&(i.scale=d?y[1].scale:M,p=x[i.scale]);let b=p.time;i.size=oe(i.size),i.space=oe(i.space),i.rotate=oe(i.rotate),mn(i.incrs)&&i.incrs.forEach(T=>{!gn.has(T)&&gn.set(T,ha(T))}),i.incrs=oe(i.incrs||(p.distr==2?lf:b?k==1?of:cf:Ln)),i.splits=oe(i.splits||(b&&p.distr==1?ut:p.distr==3?Do:p.distr==4?Ef:Cf)),i.stroke=oe(i.stroke),i.grid.stroke=oe(i.grid.stroke),i.ticks.stroke=oe(i.ticks.stroke),i.border.stroke=oe(i.border.stroke);let w=i.values;i.values=mn(w)&&!mn(w[0])?oe(w):b?mn(w)?jr(ie,Wr(w,j)):Vr(w)?df(ie,w):w||Me:w||xf,i.filter=oe(i.filter||(p.distr>=3&&p.log==10?Mf:p.distr==3&&p.log==2?Df:da)),i.font=oa(i.font),i.labelFont=oa(i.labelFont),i._size=i.size(n,null,a,0),i._space=i._rotate=i._incrs=i._found=i._splits=i._values=null,i._size>0&&(kn[a]=!0,i._el=Mt(pu,_))}}function _l(i,a,d,p){let[b,w,T,P]=d,L=a%2,I=0;return L==0&&(P||w)&&(I=a==0&&!b||a==2&&!T?je(Yr.size/3):0),L==1&&(b||T)&&(I=a==1&&!w||a==3&&!P?je(qr.size/2):0),I}let ei=n.padding=(e.padding||[_l,_l,_l,_l]).map(i=>oe(ce(i,_l))),tn=n._padding=ei.map((i,a)=>i(n,a,kn,0)),Xe,Ye=null,Je=null,Bl=s==1?y[0].idxs:null,Rt=null,bl=!1;function ti(i,a){if(t=i??[],n.data=n._data=t,s==2){Xe=0;for(let d=1;d<y.length;d++)Xe+=t[d][0].length}else{t.length==0&&(n.data=n._data=t=[[]]),Rt=t[0],Xe=Rt.length;let d=t;if(H==2){d=t.slice();let p=d[0]=Array(Xe);for(let b=0;b<Xe;b++)p[b]=b}n._data=t=d}if(Jn(!0),Ze("setData"),H==2&&(zn=!0),a!==!1){let d=C;d.auto(n,bl)?Is():ln(M,d.min,d.max),wn=wn||z.left>=0,kt=!0,Kn()}}n.setData=ti;function Is(){bl=!0;let i,a;s==1&&(Xe>0?(Ye=Bl[0]=0,Je=Bl[1]=Xe-1,i=t[0][Ye],a=t[0][Je],H==2?(i=Ye,a=Je):i==a&&(H==3?[i,a]=vs(i,i,C.log,!1):H==4?[i,a]=Vo(i,i,C.log,!1):C.time?a=i+je(86400/k):[i,a]=$s(i,a,Ho,!0))):(Ye=Bl[0]=i=null,Je=Bl[1]=a=null)),ln(M,i,a)}let Gl,Yn,Ns,Os,Fs,Vs,Hs,Us,zs,dt;function ni(i,a,d,p,b,w){i??=wr,d??=zo,p??="butt",b??=wr,w??="round",i!=Gl&&($.strokeStyle=Gl=i),b!=Yn&&($.fillStyle=Yn=b),a!=Ns&&($.lineWidth=Ns=a),w!=Fs&&($.lineJoin=Fs=w),p!=Vs&&($.lineCap=Vs=p),d!=Os&&$.setLineDash(Os=d)}function li(i,a,d,p){a!=Yn&&($.fillStyle=Yn=a),i!=Hs&&($.font=Hs=i),d!=Us&&($.textAlign=Us=d),p!=zs&&($.textBaseline=zs=p)}function Ws(i,a,d,p,b=0){if(p.length>0&&i.auto(n,bl)&&(a==null||a.min==null)){let w=ce(Ye,0),T=ce(Je,p.length-1),P=d.min==null?Au(p,w,T,b,i.distr==3):[d.min,d.max];i.min=Vt(i.min,d.min=P[0]),i.max=ct(i.max,d.max=P[1])}}let si={min:null,max:null};function kc(){for(let p in x){let b=x[p];B[p]==null&&(b.min==null||B[M]!=null&&b.auto(n,bl))&&(B[p]=si)}for(let p in x){let b=x[p];B[p]==null&&b.from!=null&&B[b.from]!=null&&(B[p]=si)}B[M]!=null&&Jn(!0);let i={};for(let p in B){let b=B[p];if(b!=null){let w=i[p]=ul(x[p],Fu);if(b.min!=null)Ve(w,b);else if(p!=M||s==2)if(Xe==0&&w.from==null){let T=w.range(n,null,null,p);w.min=T[0],w.max=T[1]}else w.min=we,w.max=-we}}if(Xe>0){y.forEach((p,b)=>{if(s==1){let w=p.scale,T=B[w];if(T==null)return;let P=i[w];if(b==0){let L=P.range(n,P.min,P.max,w);P.min=L[0],P.max=L[1],Ye=Ft(P.min,t[0]),Je=Ft(P.max,t[0]),Je-Ye>1&&(t[0][Ye]<P.min&&Ye++,t[0][Je]>P.max&&Je--),p.min=Rt[Ye],p.max=Rt[Je]}else p.show&&p.auto&&Ws(P,T,p,t[b],p.sorted);p.idxs[0]=Ye,p.idxs[1]=Je}else if(b>0&&p.show&&p.auto){let[w,T]=p.facets,P=w.scale,L=T.scale,[I,N]=t[b],F=i[P],Z=i[L];F!=null&&Ws(F,B[P],w,I,w.sorted),Z!=null&&Ws(Z,B[L],T,N,T.sorted),p.min=T.min,p.max=T.max}});for(let p in i){let b=i[p],w=B[p];if(b.from==null&&(w==null||w.min==null)){let T=b.range(n,b.min==we?null:b.min,b.max==-we?null:b.max,p);b.min=T[0],b.max=T[1]}}}for(let p in i){let b=i[p];if(b.from!=null){let w=i[b.from];if(w.min==null)b.min=b.max=null;else{let T=b.range(n,w.min,w.max,p);b.min=T[0],b.max=T[1]}}}let a={},d=!1;for(let p in i){let b=i[p],w=x[p];if(w.min!=b.min||w.max!=b.max){w.min=b.min,w.max=b.max;let T=w.distr;w._min=T==3?Qt(w.min):T==4?wo(w.min,w.asinh):T==100?w.fwd(w.min):w.min,w._max=T==3?Qt(w.max):T==4?wo(w.max,w.asinh):T==100?w.fwd(w.max):w.max,a[p]=d=!0}}if(d){y.forEach((p,b)=>{s==2?b>0&&a.y&&(p._paths=null):a[p.scale]&&(p._paths=null)});for(let p in a)zn=!0,Ze("setScale",p);st&&z.left>=0&&(wn=kt=!0)}for(let p in B)B[p]=null}function xc(i){let a=Mo(Ye-1,0,Xe-1),d=Mo(Je+1,0,Xe-1);for(;i[a]==null&&a>0;)a--;for(;i[d]==null&&d<Xe-1;)d++;return[a,d]}function Cc(){if(Xe>0){let i=y.some(a=>a._focus)&&dt!=zt.alpha;i&&($.globalAlpha=dt=zt.alpha),y.forEach((a,d)=>{if(d>0&&a.show&&(oi(d,!1),oi(d,!0),a._paths==null)){let p=dt;dt!=a.alpha&&($.globalAlpha=dt=a.alpha);let b=s==2?[0,t[d][0].length-1]:xc(t[d]);a._paths=a.paths(n,d,b[0],b[1]),dt!=p&&($.globalAlpha=dt=p)}}),y.forEach((a,d)=>{if(d>0&&a.show){let p=dt;dt!=a.alpha&&($.globalAlpha=dt=a.alpha),a._paths!=null&&ii(d,!1);{let b=a._paths!=null?a._paths.gaps:null,w=a.points.show(n,d,Ye,Je,b),T=a.points.filter(n,d,w,b);(w||T)&&(a.points._paths=a.points.paths(n,d,Ye,Je,T),ii(d,!0))}dt!=p&&($.globalAlpha=dt=p),Ze("drawSeries",d)}}),i&&($.globalAlpha=dt=1)}}function oi(i,a){let d=a?y[i].points:y[i];d._stroke=d.stroke(n,i),d._fill=d.fill(n,i)}function ii(i,a){let d=a?y[i].points:y[i],{stroke:p,fill:b,clip:w,flags:T,_stroke:P=d._stroke,_fill:L=d._fill,_width:I=d.width}=d._paths;I=Se(I*fe,3);let N=null,F=I%2/2;a&&L==null&&(L=I>0?"#fff":P);let Z=d.pxAlign==1&&F>0;if(Z&&$.translate(F,F),!a){let ue=mt-I/2,ae=St-I/2,se=ft+I,J=Lt+I;N=new Path2D,N.rect(ue,ae,se,J)}a?js(P,I,d.dash,d.cap,L,p,b,T,w):Ec(i,P,I,d.dash,d.cap,L,p,b,T,N,w),Z&&$.translate(-F,-F)}function Ec(i,a,d,p,b,w,T,P,L,I,N){let F=!1;L!=0&&V.forEach((Z,ue)=>{if(Z.series[0]==i){let ae=y[Z.series[1]],se=t[Z.series[1]],J=(ae._paths||Vl).band;mn(J)&&(J=Z.dir==1?J[0]:J[1]);let W,Te=null;ae.show&&J&&Du(se,Ye,Je)?(Te=Z.fill(n,ue)||w,W=ae._paths.clip):J=null,js(a,d,p,b,Te,T,P,L,I,N,W,J),F=!0}}),F||js(a,d,p,b,w,T,P,L,I,N)}let ri=fl|Lo;function js(i,a,d,p,b,w,T,P,L,I,N,F){ni(i,a,d,p,b),(L||I||F)&&($.save(),L&&$.clip(L),I&&$.clip(I)),F?(P&ri)==ri?($.clip(F),N&&$.clip(N),Jl(b,T),Yl(i,w,a)):P&Lo?(Jl(b,T),$.clip(F),Yl(i,w,a)):P&fl&&($.save(),$.clip(F),N&&$.clip(N),Jl(b,T),$.restore(),Yl(i,w,a)):(Jl(b,T),Yl(i,w,a)),(L||I||F)&&$.restore()}function Yl(i,a,d){d>0&&(a instanceof Map?a.forEach((p,b)=>{$.strokeStyle=Gl=b,$.stroke(p)}):a!=null&&i&&$.stroke(a))}function Jl(i,a){a instanceof Map?a.forEach((d,p)=>{$.fillStyle=Yn=p,$.fill(d)}):a!=null&&i&&$.fill(a)}function Tc(i,a,d,p){let b=S[i],w;if(p<=0)w=[0,0];else{let T=b._space=b.space(n,i,a,d,p),P=b._incrs=b.incrs(n,i,a,d,p,T);w=Xf(a,d,P,p,T)}return b._found=w}function Bs(i,a,d,p,b,w,T,P,L,I){let N=T%2/2;A==1&&$.translate(N,N),ni(P,T,L,I,P),$.beginPath();let F,Z,ue,ae,se=b+(p==0||p==3?-w:w);d==0?(Z=b,ae=se):(F=b,ue=se);for(let J=0;J<i.length;J++)a[J]!=null&&(d==0?F=ue=i[J]:Z=ae=i[J],$.moveTo(F,Z),$.lineTo(ue,ae));$.stroke(),A==1&&$.translate(-N,-N)}function Ac(i){let a=!0;return S.forEach((d,p)=>{if(!d.show)return;let b=x[d.scale];if(b.min==null){d._show&&(a=!1,d._show=!1,Jn(!1));return}else d._show||(a=!1,d._show=!0,Jn(!1));let w=d.side,T=w%2,{min:P,max:L}=b,[I,N]=Tc(p,P,L,T==0?te:O);if(N==0)return;let F=b.distr==2,Z=d._splits=d.splits(n,p,P,L,I,N,F),ue=b.distr==2?Z.map(W=>Rt[W]):Z,ae=b.distr==2?Rt[Z[1]]-Rt[Z[0]]:I,se=d._values=d.values(n,d.filter(n,ue,p,N,ae),p,N,ae);d._rotate=w==2?d.rotate(n,se,p,N):0;let J=d._size;d._size=Dt(d.size(n,se,p,i)),J!=null&&d._size!=J&&(a=!1)}),a}function Mc(i){let a=!0;return ei.forEach((d,p)=>{let b=d(n,p,kn,i);b!=tn[p]&&(a=!1),tn[p]=b}),a}function Dc(){for(let i=0;i<S.length;i++){let a=S[i];if(!a.show||!a._show)continue;let d=a.side,p=d%2,b,w,T=a.stroke(n,i),P=d==0||d==3?-1:1,[L,I]=a._found;if(a.label!=null){let rt=a.labelGap*P,_t=je((a._lpos+rt)*fe);li(a.labelFont[0],T,"center",d==2?Ll:yr),$.save(),p==1?(b=w=0,$.translate(_t,je(St+Lt/2)),$.rotate((d==3?-ms:ms)/2)):(b=je(mt+ft/2),w=_t);let En=ua(a.label)?a.label(n,i,L,I):a.label;$.fillText(En,b,w),$.restore()}if(I==0)continue;let N=x[a.scale],F=p==0?ft:Lt,Z=p==0?mt:St,ue=a._splits,ae=N.distr==2?ue.map(rt=>Rt[rt]):ue,se=N.distr==2?Rt[ue[1]]-Rt[ue[0]]:L,J=a.ticks,W=a.border,Te=J.show?J.size:0,Ie=je(Te*fe),Qe=je((a.alignTo==2?a._size-Te-a.gap:a.gap)*fe),$e=a._rotate*-ms/180,Ne=E(a._pos*fe),gt=(Ie+Qe)*P,it=Ne+gt;w=p==0?it:0,b=p==1?it:0;let Ct=a.font[0],It=a.align==1?ol:a.align==2?bo:$e>0?ol:$e<0?bo:p==0?"center":d==3?bo:ol,Bt=$e||p==1?"middle":d==2?Ll:yr;li(Ct,T,It,Bt);let $t=a.font[1]*a.lineGap,Et=ue.map(rt=>E(c(rt,N,F,Z))),Nt=a._values;for(let rt=0;rt<Nt.length;rt++){let _t=Nt[rt];if(_t!=null){p==0?b=Et[rt]:w=Et[rt],_t=""+_t;let En=_t.indexOf(`
`)==-1?[_t]:_t.split(/\n/gm);for(let at=0;at<En.length;at++){let Ci=En[at];$e?($.save(),$.translate(b,w+at*$t),$.rotate($e),$.fillText(Ci,0,0),$.restore()):$.fillText(Ci,b,w+at*$t)}}}J.show&&Bs(Et,J.filter(n,ae,i,I,se),p,d,Ne,Ie,Se(J.width*fe,3),J.stroke(n,i),J.dash,J.cap);let Gt=a.grid;Gt.show&&Bs(Et,Gt.filter(n,ae,i,I,se),p,p==0?2:1,p==0?St:mt,p==0?Lt:ft,Se(Gt.width*fe,3),Gt.stroke(n,i),Gt.dash,Gt.cap),W.show&&Bs([Ne],[1],p==0?1:0,p==0?1:2,p==1?St:mt,p==1?Lt:ft,Se(W.width*fe,3),W.stroke(n,i),W.dash,W.cap)}Ze("drawAxes")}function Jn(i){y.forEach((a,d)=>{d>0&&(a._paths=null,i&&(s==1?(a.min=null,a.max=null):a.facets.forEach(p=>{p.min=null,p.max=null})))})}let Kl=!1,Gs=!1,vl=[];function Pc(){Gs=!1;for(let i=0;i<vl.length;i++)Ze(...vl[i]);vl.length=0}function Kn(){Kl||(Bu(ai),Kl=!0)}function Lc(i,a=!1){Kl=!0,Gs=a,i(n),ai(),a&&vl.length>0&&queueMicrotask(Pc)}n.batch=Lc;function ai(){if(Ls&&(kc(),Ls=!1),zn&&($c(),zn=!1),Wl){if(Ae(m,ol,ke),Ae(m,Ll,Ue),Ae(m,Il,te),Ae(m,Nl,O),Ae(v,ol,ke),Ae(v,Ll,Ue),Ae(v,Il,te),Ae(v,Nl,O),Ae(_,Il,qt),Ae(_,Nl,bn),f.width=je(qt*fe),f.height=je(bn*fe),S.forEach(({_el:i,_show:a,_size:d,_pos:p,side:b})=>{if(i!=null)if(a){let w=b===3||b===0?d:0,T=b%2==1;Ae(i,T?"left":"top",p-w),Ae(i,T?"width":"height",d),Ae(i,T?"top":"left",T?Ue:ke),Ae(i,T?"height":"width",T?O:te),To(i,Rn)}else bt(i,Rn)}),Gl=Yn=Ns=Fs=Vs=Hs=Us=zs=Os=null,dt=1,Sl(!0),ke!=Un||Ue!=vn||te!=Ut||O!=yn){Jn(!1);let i=te/Ut,a=O/yn;if(st&&!wn&&z.left>=0){z.left*=i,z.top*=a,qn&&Yt(qn,je(z.left),0,te,O),Zn&&Yt(Zn,0,je(z.top),te,O);for(let d=0;d<xt.length;d++){let p=xt[d];p!=null&&(Bn[d]*=i,Gn[d]*=a,Yt(p,Dt(Bn[d]),Dt(Gn[d]),te,O))}}if(Ee.show&&!jl&&Ee.left>=0&&Ee.width>0){Ee.left*=i,Ee.width*=i,Ee.top*=a,Ee.height*=a;for(let d in Qs)Ae(el,d,Ee[d])}Un=ke,vn=Ue,Ut=te,yn=O}Ze("setSize"),Wl=!1}qt>0&&bn>0&&($.clearRect(0,0,f.width,f.height),Ze("drawClear"),G.forEach(i=>i()),Ze("draw")),Ee.show&&jl&&(ql(Ee),jl=!1),st&&wn&&(Cn(null,!0,!1),wn=!1),ne.show&&ne.live&&kt&&(qs(),kt=!1),u||(u=!0,n.status=1,Ze("ready")),bl=!1,Kl=!1}n.redraw=(i,a)=>{zn=a||!1,i!==!1?ln(M,C.min,C.max):Kn()};function Ys(i,a){let d=x[i];if(d.from==null){if(Xe==0){let p=d.range(n,a.min,a.max,i);a.min=p[0],a.max=p[1]}if(a.min>a.max){let p=a.min;a.min=a.max,a.max=p}if(Xe>1&&a.min!=null&&a.max!=null&&a.max-a.min<1e-16)return;i==M&&d.distr==2&&Xe>0&&(a.min=Ft(a.min,t[0]),a.max=Ft(a.max,t[0]),a.min==a.max&&a.max++),B[i]=a,Ls=!0,Kn()}}n.setScale=Ys;let Js,Ks,qn,Zn,ci,ui,Qn,Xn,fi,di,Ce,Pe,nn=!1,et=z.drag,Ke=et.x,qe=et.y;st&&(z.x&&(Js=Mt(mu,v)),z.y&&(Ks=Mt(gu,v)),C.ori==0?(qn=Js,Zn=Ks):(qn=Ks,Zn=Js),Ce=z.left,Pe=z.top);let Ee=n.select=Ve({show:!0,over:!0,left:0,width:0,top:0,height:0},e.select),el=Ee.show?Mt(hu,Ee.over?v:m):null;function ql(i,a){if(Ee.show){for(let d in i)Ee[d]=i[d],d in Qs&&Ae(el,d,i[d]);a!==!1&&Ze("setSelect")}}n.setSelect=ql;function Rc(i){if(y[i].show)He&&To(Le[i],Rn);else if(He&&bt(Le[i],Rn),st){let d=jn?xt[0]:xt[i];d!=null&&Yt(d,-10,-10,te,O)}}function ln(i,a,d){Ys(i,{min:a,max:d})}function Wt(i,a,d,p){a.focus!=null&&Vc(i),a.show!=null&&y.forEach((b,w)=>{w>0&&(i==w||i==null)&&(b.show=a.show,Rc(w),s==2?(ln(b.facets[0].scale,null,null),ln(b.facets[1].scale,null,null)):ln(b.scale,null,null),Kn())}),d!==!1&&Ze("setSeries",i,a),p&&kl("setSeries",n,i,a)}n.setSeries=Wt;function Ic(i,a){Ve(V[i],a)}function Nc(i,a){i.fill=oe(i.fill||null),i.dir=ce(i.dir,-1),a=a??V.length,V.splice(a,0,i)}function Oc(i){i==null?V.length=0:V.splice(i,1)}n.addBand=Nc,n.setBand=Ic,n.delBand=Oc;function Fc(i,a){y[i].alpha=a,st&&xt[i]!=null&&(xt[i].style.opacity=a),He&&Le[i]&&(Le[i].style.opacity=a)}let Zt,sn,xn,tl={focus:!0};function Vc(i){if(i!=xn){let a=i==null,d=zt.alpha!=1;y.forEach((p,b)=>{if(s==1||b>0){let w=a||b==0||b==i;p._focus=a?null:w,d&&Fc(b,w?1:zt.alpha)}}),xn=i,d&&Kn()}}He&&Wn&&ot(xr,de,i=>{z._lock||(Sn(i),xn!=null&&Wt(null,tl,!0,Oe.setSeries))});function jt(i,a,d){let p=x[a];d&&(i=i/fe-(p.ori==1?Ue:ke));let b=te;p.ori==1&&(b=O,i=b-i),p.dir==-1&&(i=b-i);let w=p._min,T=p._max,P=i/b,L=w+(T-w)*P,I=p.distr;return I==3?al(10,L):I==4?Lu(L,p.asinh):I==100?p.bwd(L):L}function Hc(i,a){let d=jt(i,M,a);return Ft(d,t[0],Ye,Je)}n.valToIdx=i=>Ft(i,t[0]),n.posToIdx=Hc,n.posToVal=jt,n.valToPos=(i,a,d)=>x[a].ori==0?o(i,x[a],d?ft:te,d?mt:0):r(i,x[a],d?Lt:O,d?St:0),n.setCursor=(i,a,d)=>{Ce=i.left,Pe=i.top,Cn(null,a,d)};function pi(i,a){Ae(el,ol,Ee.left=i),Ae(el,Il,Ee.width=a)}function hi(i,a){Ae(el,Ll,Ee.top=i),Ae(el,Nl,Ee.height=a)}let yl=C.ori==0?pi:hi,wl=C.ori==1?pi:hi;function Uc(){if(He&&ne.live)for(let i=s==2?1:0;i<y.length;i++){if(i==0&&wt)continue;let a=ne.values[i],d=0;for(let p in a)Ht[i][d++].firstChild.nodeValue=a[p]}}function qs(i,a){if(i!=null&&(i.idxs?i.idxs.forEach((d,p)=>{ge[p]=d}):Ou(i.idx)||ge.fill(i.idx),ne.idx=ge[0]),He&&ne.live){for(let d=0;d<y.length;d++)(d>0||s==1&&!wt)&&zc(d,ge[d]);Uc()}kt=!1,a!==!1&&Ze("setLegend")}n.setLegend=qs;function zc(i,a){let d=y[i],p=i==0&&H==2?Rt:t[i],b;wt?b=d.values(n,i,a)??en:(b=d.value(n,a==null?null:p[a],i,a),b=b==null?en:{_:b}),ne.values[i]=b}function Cn(i,a,d){fi=Ce,di=Pe,[Ce,Pe]=z.move(n,Ce,Pe),z.left=Ce,z.top=Pe,st&&(qn&&Yt(qn,je(Ce),0,te,O),Zn&&Yt(Zn,0,je(Pe),te,O));let p,b=Ye>Je;Zt=we,sn=null;let w=C.ori==0?te:O,T=C.ori==1?te:O;if(Ce<0||Xe==0||b){p=z.idx=null;for(let P=0;P<y.length;P++){let L=xt[P];L!=null&&Yt(L,-10,-10,te,O)}Wn&&Wt(null,tl,!0,i==null&&Oe.setSeries),ne.live&&(ge.fill(p),kt=!0)}else{let P,L,I;s==1&&(P=C.ori==0?Ce:Pe,L=jt(P,M),p=z.idx=Ft(L,t[0],Ye,Je),I=R(t[0][p],C,w,0));let N=-10,F=-10,Z=0,ue=0,ae=!0,se="",J="";for(let W=s==2?1:0;W<y.length;W++){let Te=y[W],Ie=ge[W],Qe=Ie==null?null:s==1?t[W][Ie]:t[W][1][Ie],$e=z.dataIdx(n,W,p,L),Ne=$e==null?null:s==1?t[W][$e]:t[W][1][$e];if(kt=kt||Ne!=Qe||$e!=Ie,ge[W]=$e,W>0&&Te.show){let gt=$e==null?-10:$e==p?I:R(s==1?t[0][$e]:t[W][0][$e],C,w,0),it=Ne==null?-10:q(Ne,s==1?x[Te.scale]:x[Te.facets[1].scale],T,0);if(Wn&&Ne!=null){let Ct=C.ori==1?Ce:Pe,It=Be(zt.dist(n,W,$e,it,Ct));if(It<Zt){let Bt=zt.bias;if(Bt!=0){let $t=jt(Ct,Te.scale),Et=Ne>=0?1:-1,Nt=$t>=0?1:-1;Nt==Et&&(Nt==1?Bt==1?Ne>=$t:Ne<=$t:Bt==1?Ne<=$t:Ne>=$t)&&(Zt=It,sn=W)}else Zt=It,sn=W}}if(kt||jn){let Ct,It;C.ori==0?(Ct=gt,It=it):(Ct=it,It=gt);let Bt,$t,Et,Nt,Gt,rt,_t=!0,En=nt.bbox;if(En!=null){_t=!1;let at=En(n,W);Et=at.left,Nt=at.top,Bt=at.width,$t=at.height}else Et=Ct,Nt=It,Bt=$t=nt.size(n,W);if(rt=nt.fill(n,W),Gt=nt.stroke(n,W),jn)W==sn&&Zt<=zt.prox&&(N=Et,F=Nt,Z=Bt,ue=$t,ae=_t,se=rt,J=Gt);else{let at=xt[W];at!=null&&(Bn[W]=Et,Gn[W]=Nt,Pr(at,Bt,$t,_t),Mr(at,rt,Gt),Yt(at,Dt(Et),Dt(Nt),te,O))}}}}if(jn){let W=zt.prox,Te=xn==null?Zt<=W:Zt>W||sn!=xn;if(kt||Te){let Ie=xt[0];Ie!=null&&(Bn[0]=N,Gn[0]=F,Pr(Ie,Z,ue,ae),Mr(Ie,se,J),Yt(Ie,Dt(N),Dt(F),te,O))}}}if(Ee.show&&nn)if(i!=null){let[P,L]=Oe.scales,[I,N]=Oe.match,[F,Z]=i.cursor.sync.scales,ue=i.cursor.drag;if(Ke=ue._x,qe=ue._y,Ke||qe){let{left:ae,top:se,width:J,height:W}=i.select,Te=i.scales[F].ori,Ie=i.posToVal,Qe,$e,Ne,gt,it,Ct=P!=null&&I(P,F),It=L!=null&&N(L,Z);Ct&&Ke?(Te==0?(Qe=ae,$e=J):(Qe=se,$e=W),Ne=x[P],gt=R(Ie(Qe,F),Ne,w,0),it=R(Ie(Qe+$e,F),Ne,w,0),yl(Vt(gt,it),Be(it-gt))):yl(0,w),It&&qe?(Te==1?(Qe=ae,$e=J):(Qe=se,$e=W),Ne=x[L],gt=q(Ie(Qe,Z),Ne,T,0),it=q(Ie(Qe+$e,Z),Ne,T,0),wl(Vt(gt,it),Be(it-gt))):wl(0,T)}else Xs()}else{let P=Be(fi-ci),L=Be(di-ui);if(C.ori==1){let Z=P;P=L,L=Z}Ke=et.x&&P>=et.dist,qe=et.y&&L>=et.dist;let I=et.uni;I!=null?Ke&&qe&&(Ke=P>=I,qe=L>=I,!Ke&&!qe&&(L>P?qe=!0:Ke=!0)):et.x&&et.y&&(Ke||qe)&&(Ke=qe=!0);let N,F;Ke&&(C.ori==0?(N=Qn,F=Ce):(N=Xn,F=Pe),yl(Vt(N,F),Be(F-N)),qe||wl(0,T)),qe&&(C.ori==1?(N=Qn,F=Ce):(N=Xn,F=Pe),wl(Vt(N,F),Be(F-N)),Ke||yl(0,w)),!Ke&&!qe&&(yl(0,0),wl(0,0))}if(et._x=Ke,et._y=qe,i==null){if(d){if(xi!=null){let[P,L]=Oe.scales;Oe.values[0]=P!=null?jt(C.ori==0?Ce:Pe,P):null,Oe.values[1]=L!=null?jt(C.ori==1?Ce:Pe,L):null}kl(vo,n,Ce,Pe,te,O,p)}if(Wn){let P=d&&Oe.setSeries,L=zt.prox;xn==null?Zt<=L&&Wt(sn,tl,!0,P):Zt>L?Wt(null,tl,!0,P):sn!=xn&&Wt(sn,tl,!0,P)}}kt&&(ne.idx=p,qs()),a!==!1&&Ze("setCursor")}let on=null;Object.defineProperty(n,"rect",{get(){return on==null&&Sl(!1),on}});function Sl(i=!1){i?on=null:(on=v.getBoundingClientRect(),Ze("syncRect",on))}function mi(i,a,d,p,b,w,T){z._lock||nn&&i!=null&&i.movementX==0&&i.movementY==0||(Zs(i,a,d,p,b,w,T,!1,i!=null),i!=null?Cn(null,!0,!0):Cn(a,!0,!1))}function Zs(i,a,d,p,b,w,T,P,L){if(on==null&&Sl(!1),Sn(i),i!=null)d=i.clientX-on.left,p=i.clientY-on.top;else{if(d<0||p<0){Ce=-10,Pe=-10;return}let[I,N]=Oe.scales,F=a.cursor.sync,[Z,ue]=F.values,[ae,se]=F.scales,[J,W]=Oe.match,Te=a.axes[0].side%2==1,Ie=C.ori==0?te:O,Qe=C.ori==1?te:O,$e=Te?w:b,Ne=Te?b:w,gt=Te?p:d,it=Te?d:p;if(ae!=null?d=J(I,ae)?c(Z,x[I],Ie,0):-10:d=Ie*(gt/$e),se!=null?p=W(N,se)?c(ue,x[N],Qe,0):-10:p=Qe*(it/Ne),C.ori==1){let Ct=d;d=p,p=Ct}}L&&(a==null||a.cursor.event.type==vo)&&((d<=1||d>=te-1)&&(d=Pn(d,te)),(p<=1||p>=O-1)&&(p=Pn(p,O))),P?(ci=d,ui=p,[Qn,Xn]=z.move(n,d,p)):(Ce=d,Pe=p)}let Qs={width:0,height:0,left:0,top:0};function Xs(){ql(Qs,!1)}let gi,$i,_i,bi;function vi(i,a,d,p,b,w,T){nn=!0,Ke=qe=et._x=et._y=!1,Zs(i,a,d,p,b,w,T,!0,!1),i!=null&&(ot(yo,Co,yi,!1),kl(Sr,n,Qn,Xn,te,O,null));let{left:P,top:L,width:I,height:N}=Ee;gi=P,$i=L,_i=I,bi=N}function yi(i,a,d,p,b,w,T){nn=et._x=et._y=!1,Zs(i,a,d,p,b,w,T,!1,!0);let{left:P,top:L,width:I,height:N}=Ee,F=I>0||N>0,Z=gi!=P||$i!=L||_i!=I||bi!=N;if(F&&Z&&ql(Ee),et.setScale&&F&&Z){let ue=P,ae=I,se=L,J=N;if(C.ori==1&&(ue=L,ae=N,se=P,J=I),Ke&&ln(M,jt(ue,M),jt(ue+ae,M)),qe)for(let W in x){let Te=x[W];W!=M&&Te.from==null&&Te.min!=we&&ln(W,jt(se+J,W),jt(se,W))}Xs()}else z.lock&&(z._lock=!z._lock,Cn(a,!0,i!=null));i!=null&&(Hn(yo,Co),kl(yo,n,Ce,Pe,te,O,null))}function Wc(i,a,d,p,b,w,T){if(z._lock)return;Sn(i);let P=nn;if(nn){let L=!0,I=!0,N=10,F,Z;C.ori==0?(F=Ke,Z=qe):(F=qe,Z=Ke),F&&Z&&(L=Ce<=N||Ce>=te-N,I=Pe<=N||Pe>=O-N),F&&L&&(Ce=Ce<Qn?0:te),Z&&I&&(Pe=Pe<Xn?0:O),Cn(null,!0,!0),nn=!1}Ce=-10,Pe=-10,ge.fill(null),Cn(null,!0,!0),P&&(nn=P)}function wi(i,a,d,p,b,w,T){z._lock||(Sn(i),Is(),Xs(),i!=null&&kl(Cr,n,Ce,Pe,te,O,null))}function Si(){S.forEach(ed),Rs(n.width,n.height,!0)}In(gs,rl,Si);let nl={};nl.mousedown=vi,nl.mousemove=mi,nl.mouseup=yi,nl.dblclick=wi,nl.setSeries=(i,a,d,p)=>{let b=Oe.match[2];d=b(n,a,d),d!=-1&&Wt(d,p,!0,!1)},st&&(ot(Sr,v,vi),ot(vo,v,mi),ot(kr,v,i=>{Sn(i),Sl(!1)}),ot(xr,v,Wc),ot(Cr,v,wi),Ro.add(n),n.syncRect=Sl);let Zl=n.hooks=e.hooks||{};function Ze(i,a,d){Gs?vl.push([i,a,d]):i in Zl&&Zl[i].forEach(p=>{p.call(null,n,a,d)})}(e.plugins||[]).forEach(i=>{for(let a in i.hooks)Zl[a]=(Zl[a]||[]).concat(i.hooks[a])});let ki=(i,a,d)=>d,Oe=Ve({key:null,setSeries:!1,filters:{pub:Or,sub:Or},scales:[M,y[1]?y[1].scale:null],match:[Fr,Fr,ki],values:[null,null]},z.sync);Oe.match.length==2&&Oe.match.push(ki),z.sync=Oe;let xi=Oe.key,eo=Ra(xi);function kl(i,a,d,p,b,w,T){Oe.filters.pub(i,a,d,p,b,w,T)&&eo.pub(i,a,d,p,b,w,T)}eo.sub(n);function jc(i,a,d,p,b,w,T){Oe.filters.sub(i,a,d,p,b,w,T)&&nl[i](null,a,d,p,b,w,T)}n.pub=jc;function Bc(){eo.unsub(n),Ro.delete(n),_n.clear(),Ao(gs,rl,Si),h.remove(),de?.remove(),Ze("destroy")}n.destroy=Bc;function to(){Ze("init",e,t),ti(t||e.data,!1),B[M]?Ys(M,B[M]):Is(),jl=Ee.show&&(Ee.width>0||Ee.height>0),wn=kt=!0,Rs(e.width,e.height)}return y.forEach(Xo),S.forEach(Sc),l?l instanceof HTMLElement?(l.appendChild(h),to()):l(n,to):to(),n}tt.assign=Ve;tt.fmtNum=Uo;tt.rangeNum=$s;tt.rangeLog=vs;tt.rangeAsinh=Vo;tt.orient=On;tt.pxRatio=fe;tt.join=ju;tt.fmtDate=Wo,tt.tzDate=tf;tt.sync=Ra;{tt.addGap=Ff,tt.clipGaps=Ss;let e=tt.paths={points:Ha};e.linear=za,e.stepped=Uf,e.bars=zf,e.spline=jf}function Es(e){return getComputedStyle(document.documentElement).getPropertyValue(e).trim()||"#888"}function td(e){let t=/^var\((--[\w-]+)\)$/.exec(e);return t?Es(t[1]):e}function Jt({title:e,series:t,data:l,format:n,height:s=170,emptyText:o,range:r}){let c=cn(r);c.current=r;let u=cn(null),h=cn(null),[f,$]=D(0);X(()=>{let A=()=>$(E=>E+1);return addEventListener("switchboard-theme",A),()=>removeEventListener("switchboard-theme",A)},[]);let _=t.map(A=>A.label+A.color).join("|"),m=(l[0]?.length??0)>0&&l.slice(1).some(A=>A.some(E=>E!=null));X(()=>{let A=u.current;if(!A)return;let E={stroke:Es("--muted"),grid:{stroke:Es("--grid"),width:1},ticks:{stroke:Es("--grid"),width:1},font:"11px system-ui, sans-serif"},k={width:Math.max(200,A.clientWidth),height:s,legend:{show:!0,live:!0},cursor:{drag:{x:!1,y:!1}},scales:{x:{time:!0,range:(x,V,M)=>c.current??[V,M]},y:{range:(x,V,M)=>[0,M>0?M*1.1:1]}},axes:[E,{...E,size:60,values:(x,V)=>V.map(M=>n(M))}],series:[{},...t.map(x=>({label:x.label,stroke:td(x.color),width:2,...x.dash?{dash:[6,4]}:{},points:{show:V=>(V.data[0]?.length??0)<4,size:6},value:(V,M)=>M==null?"\u2014":n(M)}))]},y=new tt(k,l,A);h.current=y;let S=new ResizeObserver(()=>{y.setSize({width:Math.max(200,A.clientWidth),height:s})});return S.observe(A),()=>{S.disconnect(),y.destroy(),h.current=null}},[_,s,f]),X(()=>{h.current?.setData(l)},[l]);let v=l.slice(1).some(A=>A.some(E=>typeof E=="number"&&E>0));return g`<figure class="chart" aria-label=${e} data-nonzero=${v?"":void 0}>
    <figcaption>${e}</figcaption>
    <div class="chart-box" ref=${u} role="img" aria-label=${`${e} chart`}></div>
    ${m?null:g`<div class="chart-empty">${o??"no data in this range yet"}</div>`}
  </figure>`}function Ts(){let e=le(ye),t=Re("sessions"),[l,n]=D(null),[s,o]=D({});X(()=>{pt("GET /nodes")&&pe("/nodes").then(u=>n(u.items)).catch(()=>n(null))},[Math.floor(t/10)]),X(()=>{pe("/sessions",{status:"active",limit:1e3}).then(u=>{let h={};for(let f of u.items)h[f.edgeId??"?"]=(h[f.edgeId??"?"]??0)+1;o(h)}).catch(()=>o({}))},[t]);let r=e.fleet?.summary.positions??{},c=e.fleet?.summary.routing??[];return g`
    <div class="cluster">
      <div>
          <h3>Nodes</h3>
          ${l?g`
              <table class="table compact">
                <thead>
                  <tr>
                    <th scope="col">node</th>
                    <th scope="col" class="num">partitions</th>
                    <th scope="col" class="num">sessions</th>
                    <th scope="col">up since</th>
                  </tr>
                </thead>
                <tbody>
                        ${l.map(u=>g`
                            <tr>
                              <td title=${`${u.address??""} ${u.version??""}`}>${u.id}${u.self?g`
                                  <span class="tag">this</span>
                                `:null}</td>
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
          <tbody>${Object.entries(r).map(([u,h])=>g`
              <tr>
                <td>${u}</td>
                <td>${lt(h)}</td>
              </tr>
            `)}</tbody>
        </table>
      </div>
    </div>
  `}function Ga(){let e=Re("alerts"),[t,l]=D([]);return X(()=>{pt("GET /alerts")&&pe("/alerts",{state:"firing"}).then(n=>l(n.items.filter(s=>(s.state??"firing")==="firing"))).catch(()=>l([]))},[e]),t.length===0?null:g`<div class="banner bad" role="alert">
    <strong>${t.length} alert${t.length>1?"s":""} firing:</strong>
    ${t.slice(0,4).map(n=>g`<a href="#/alerts" class="banner-item">${n.labels?.alertname??n.annotations?.summary??n.ruleId}${n.labels?.agent?` (${n.labels.agent})`:""}</a>`)}${t.length>4?g`
        and ${t.length-4} more
      `:null}
  </div>`}var nd={"5m":{seconds:300,resolution:10},"1h":{seconds:3600,resolution:60},"24h":{seconds:86400,resolution:60}},$n={a:"var(--c1)",b:"var(--c2)",c:"var(--c3)",d:"var(--c4)"};function As(e,t){let l=e;for(let n of t.split("."))l=l&&typeof l=="object"?l[n]:null;return typeof l=="number"?l:null}function ml(e,t,l){let n=[...e].filter(s=>Date.parse(s.start)>=l).sort((s,o)=>Date.parse(s.start)-Date.parse(o.start));return[n.map(s=>Date.parse(s.start)/1e3),...t.map(s=>n.map(o=>typeof s=="string"?As(o,s):s(o)))]}var ld=e=>{let t=As(e,"opened");return t===null?null:t/e.seconds};function sd(e,t){let l=e.filter(r=>Date.parse(r.at)>=t),n=l.map(r=>Date.parse(r.at)/1e3),s=l.map(r=>r.sessions),o=l.map((r,c)=>{let u=l[c-1];if(!u)return null;let h=(Date.parse(r.at)-Date.parse(u.at))/1e3;return h>0?Math.max(0,(r.opened-u.opened)/h):null});return{xs:n,sessions:s,opens:o}}function Ya(){let e=le(ye),[t,l]=D("5m"),[n,s]=D([]),[o,r]=D(null),c=Re("tick"),u=e.fleet?.summary,{seconds:h,resolution:f}=nd[t];X(()=>{let y=Math.ceil(h/f)+1;pe("/load/series",{scope:"fleet",resolution:f,limit:y}).then(S=>{s(S.items),r(null)}).catch(r)},[t,Math.floor(c/5)]);let $=Date.now()-h*1e3,_=[$/1e3,Date.now()/1e3],m=go(()=>sd(e.history,$),[e.history,t]),v=n.some(y=>As(y,"opened")!==null),A=n.some(y=>As(y,"relayLatencyMs.p50")!==null)?["relayLatencyMs.p50","relayLatencyMs.p99"]:["latencyP50Ms","latencyP99Ms"],E=u?.relayLatencyMs,k=u?.responseLatencyMs;return g`
    <div class="view">
      <${Ga} />
      <div class="view-head">
        <h1>Overview</h1>
        <div class="spacer"></div>
        <${sl} label="Time range" value=${t} onChange=${l}
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
            value=${_o(E?.p50??u?.latencyP50Ms,E?.p99??u?.latencyP99Ms)} />
          ${k?g`<${hn} label="Response p50 / p99" value=${_o(k.p50,k.p99)} />`:null}
        </div>
      <div class="charts">
        <${Jt} range=${_} title="Sessions" format=${y=>y.toFixed(0)}
          series=${[{label:"live sessions",color:$n.a}]}
          data=${[m.xs,m.sessions]}
          emptyText="samples start when this node's UI feed starts" />
        <${Jt} range=${_} title="Opens per second" format=${y=>us(y,"")}
          series=${[{label:"opens/s",color:$n.b}]}
          data=${v?ml(n,[ld],$):[m.xs,m.opens]} />
        <${Jt} range=${_} title="Frames per second" format=${y=>us(y,"")}
          series=${[{label:"frames/s",color:$n.c}]}
          data=${ml(n,["framesPerSecond"],$)} />
        <${Jt} range=${_} title="Bytes per second" format=${y=>dn(y)}
          series=${[{label:"bytes/s",color:$n.d}]}
          data=${ml(n,["bytesPerSecond"],$)} />
        <${Jt} range=${_} title="Error rate" format=${y=>Pl(y)}
          series=${[{label:"error rate",color:"var(--bad)"}]}
          data=${ml(n,["errorRate"],$)} />
        <${Jt} range=${_} title="Relay latency" format=${y=>Dl(y)}
          series=${[{label:"p50",color:$n.a},{label:"p99",color:$n.b}]}
          data=${ml(n,A,$)}
          emptyText="no relay latency measured in this range" />
        <${Jt} range=${_} title="Response latency" format=${y=>Dl(y)}
          series=${[{label:"p50",color:$n.c},{label:"p99",color:$n.d}]}
          data=${ml(n,["responseLatencyMs.p50","responseLatencyMs.p99"],$)}
          emptyText="no response latency measured in this range" />
      </div>
      <${K} title="Cluster">
        <${Ts} />
        </${K}>
        </div>
  `}function od(e){if(e.length<2)return 0;let t=e.reduce((n,s)=>n+s,0)/e.length;if(t===0)return 0;let l=e.reduce((n,s)=>n+(s-t)**2,0)/e.length;return Math.sqrt(l)/t}function id(e){let t=new Map;for(let l of e)if(l.status!=="deregistered")for(let n of l.capabilities)t.set(n,[...t.get(n)??[],l]);return[...t.entries()].sort(([l],[n])=>l.localeCompare(n))}function Ja(){let t=le(ye).fleet?.agents??[],l=id(t),n=Math.max(1,...t.map(s=>s.currentSessions));return g`<div class="view">
    <div class="view-head"><h1>Connection distribution</h1></div>
    ${l.length===0?g`<${Q}>No agents registered.</${Q}>`:null}
    <div class="dist-grid">
    ${l.map(([s,o])=>{let r=o.map(f=>f.currentSessions),c=r.reduce((f,$)=>f+$,0),u=od(r),h=u>.5?"bad":u>.25?"warn":"good";return g`
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
  </div>`}var gl=(e,t="")=>`/agents/${encodeURIComponent(e.id)}${t}`;function Ul({agent:e,ask:t,compact:l}){if(e.status==="deregistered")return null;let n=g`<strong>${e.name}</strong>`,s=[e.draining?g`<button type="button" onClick=${()=>t({title:`Undrain ${e.name}?`,body:g`<p>${n} takes new sessions again.</p>`,confirmLabel:"Undrain",run:()=>me("POST",gl(e,"/undrain"),{})})}>Undrain</button>`:g`<button type="button" onClick=${()=>t({title:`Drain ${e.name}?`,body:g`<p>${n} takes no new sessions; its ${e.currentSessions} sessions stay
            until they end.</p>`,confirmLabel:"Drain",run:()=>me("POST",gl(e,"/drain"),{})})}>Drain</button>`,g`<button type="button" onClick=${()=>t({title:`${e.maintenance?"End":"Start"} maintenance on ${e.name}?`,body:g`<p>${e.maintenance?"It takes new sessions again.":"It is drained and marked as in maintenance."}</p>`,confirmLabel:e.maintenance?"End maintenance":"Start maintenance",run:()=>me("POST",gl(e,"/maintenance"),{on:!e.maintenance})})}>${e.maintenance?"End maint.":"Maintenance"}</button>`,g`<button type="button" onClick=${()=>t({title:`Weight of ${e.name}`,body:g`<p>Weighted strategies send it sessions in proportion (0–1000).</p>`,confirmLabel:"Set weight",input:{label:"Weight",value:String(e.weight??1),type:"number"},run:o=>me("POST",gl(e,"/weight"),{weight:Number(o)})})}>Weight</button>`,g`<button type="button" class="warn" onClick=${()=>t({title:`Eject ${e.name}?`,body:g`<p>${n} is marked unhealthy at once and its sessions move to other agents.
          Its heartbeats bring it back.</p>`,confirmLabel:"Eject",danger:!0,run:()=>me("POST",gl(e,"/eject"),{})})}>Eject</button>`,g`<button type="button" class="danger" onClick=${()=>t({title:`Deregister ${e.name}?`,body:g`<p>${n} leaves the registry; its sessions move to other agents.</p>`,confirmLabel:"Deregister",danger:!0,run:()=>me("DELETE",gl(e))})}>Deregister</button>`];return g`
    <div class=${`actions ${l?"compact":""}`} role="group"
      aria-label=${`actions for ${e.name}`}>${s}</div>
  `}var rd=["","healthy","suspect","unhealthy","draining","deregistered"];function ad(e,t,l){if(l?e.status!==l:e.status==="deregistered")return!1;if(!t)return!0;let n=t.toLowerCase();return[e.name,e.id,e.version??"",e.host,...e.capabilities].some(s=>s.toLowerCase().includes(n))}function Ka(){let e=le(ye),t=le(ve),[l,n]=D(""),[s,o]=D(""),[r,c]=D(null),u=(e.fleet?.agents??[]).filter(f=>ad(f,l,s)).sort((f,$)=>f.name.localeCompare($.name)),h=We(t);return g`<div class="view">
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
    <${At} request=${r} onClose=${()=>c(null)} />
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
  `}var cd=["agent.registered","agent.updated","agent.healthChanged","agent.drained","agent.undrained","agent.maintenanceChanged","agent.weightChanged","agent.deregistered"];function ud(e){let t=e.data;switch(e.type){case"agent.healthChanged":return`${t.from} \u2192 ${t.to}${t.reason?`: ${t.reason}`:""}`;case"agent.drained":return`drained${t.deadline?` until ${t.deadline}`:""}`;case"agent.maintenanceChanged":return t.on?"maintenance on":"maintenance off";case"agent.undrained":return"undrained";case"agent.weightChanged":return`weight ${t.previous} \u2192 ${t.weight}`;case"agent.updated":return`updated (version ${t.previousVersion} \u2192 ${t.version})`;case"agent.registered":return`registered, version ${t.version}`;case"agent.deregistered":return`deregistered: ${t.reason}`;default:return e.type}}function qa({id:e}){let t=le(ve),l=Re("agents","sessions"),[n,s]=D(null),[o,r]=D([]),[c,u]=D(null),[h,f]=D(null),[$,_]=D(null);return X(()=>{pe(`/agents/${encodeURIComponent(e)}`).then(s).catch(f),pe("/sessions",{agentId:e,limit:50}).then(m=>r(m.items)).catch(f),Dn(t)&&Mn("/events",{stream:`agent-${e}`,type:cd.join(","),limit:200}).then(m=>u(m.reverse())).catch(()=>u(null))},[e,l]),h?g`
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
            ${c===null?g`<${Q}>The history comes from the event log, which needs the auditor or admin role.</${Q}>`:g`<ol class="timeline">${c.map(m=>g`<li><${_e} at=${m.data.at} /> <span>${ud(m)}</span></li>`)}</ol>`}
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
    `}var fd=["","opening","active","detached","closed"],dd=25;function Za(){let e=le(ye),t=Re("sessions"),[l,n]=D(""),[s,o]=D(""),[r,c]=D(""),[u,h]=D(""),[f,$]=D([void 0]),[_,m]=D(null),[v,A]=D(null),E=f.at(-1);X(()=>{pe("/sessions",{status:l,agentId:s,limit:dd,cursor:E}).then(M=>{m(M),A(null)}).catch(A)},[l,s,E,t]);let k=M=>Y=>{M(Y),$([void 0])},y=(_?.items??[]).filter(M=>(!r||(M.capability??M.agentType??"").includes(r))&&(!u||M.clientId.includes(u))),S=(e.fleet?.agents??[]).filter(M=>M.status!=="deregistered"),x=[...new Set(S.flatMap(M=>M.capabilities))].sort(),V=M=>M.target.value;return g`
    <div class="view">
      <div class="view-head">
        <h1>Sessions</h1>
      </div>
      <div class="filters" role="search">
        <label class="field inline">Status <select value=${l}
            onChange=${M=>k(n)(V(M))}>
            ${fd.map(M=>g`<option value=${M}>${M||"any"}</option>`)}</select></label>
        <label class="field inline">Agent <select value=${s}
            onChange=${M=>k(o)(V(M))}>
            <option value="">any</option>
            ${S.map(M=>g`<option value=${M.id}>${M.name}</option>`)}</select></label>
        <label class="field inline">Capability <select value=${r}
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
  `}function Qa({id:e}){let t=le(ve),l=le(ye),n=Re("sessions"),[s,o]=D(null),[r,c]=D(null),[u,h]=D(null),[f,$]=D(null);if(X(()=>{pe(`/sessions/${encodeURIComponent(e)}`).then(o).catch(h),Dn(t)&&Mn("/events",{stream:`session-${e}`,limit:500}).then(c).catch(()=>c(null))},[e,n]),u)return g`
      <div class="view">
        <${be} error=${u} />
      </div>
    `;if(!s)return g`
      <div class="view">
        <p class="loading">Loading…</p>
      </div>
    `;let _=l.fleet?.agents,m=[...r??[]].reverse().find(k=>k.type==="session.routed"||k.type==="session.rebound"),v=m?.data.decision,A=m?.data.agentId,E=()=>$({title:"Close this session?",body:g`<p>The client's socket is closed by the edge holding it.</p>`,confirmLabel:"Close session",danger:!0,run:()=>me("DELETE",`/sessions/${encodeURIComponent(e)}`)});return g`
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
              `:g`<${Q}>${r===null?"The decision is read from the event log, which needs the auditor or admin role.":"Not routed yet."}</${Q}>`}
          </${K}>
        </div>
        <${K} title="Event history">
          ${r===null?g`<${Q}>Needs the auditor or admin role.</${Q}>`:g`<ol class="timeline">${r.map(k=>g`<li><span class="pos">#${k.position}</span> <${_e} at=${k.recordedAt} />
          <code>${k.type}</code> <span class="muted">${pd(k)}</span></li>`)}</ol>`}
        </${K}>
        <${At} request=${f} onClose=${()=>$(null)} />
      </div>
  `}function pd(e){let t=e.data;return e.type==="session.closed"?`${t.reason??""} ${t.code??""}`:e.type==="session.trafficReported"?`frames ${t.framesIn??""}/${t.framesOut??""}`:e.type==="session.rebound"?`\u2192 ${t.agentId} (${t.reason??""})`:e.type==="session.routed"?`\u2192 ${t.agentId}`:""}var hd={"round-robin":"each healthy agent in turn","weighted-round-robin":"in turn, in proportion to each agent's weight","least-connections":"the agent with the fewest live sessions","consistent-hash":"the same client to the same agent while the fleet stays",capability:"the best match for the requested capability"};function md({capability:e,policy:t,strategies:l,editable:n,ask:s}){let[o,r]=D(t);X(()=>r(t),[JSON.stringify(t)]);let c=JSON.stringify(o)!==JSON.stringify(t),u=k=>r({...o,...k}),h=k=>`routing-${e}-${k}`,[f,$]=D(null),[_,m]=D(null),v=()=>{let k={strategy:o.strategy,sticky:o.sticky,failover:o.failover,retryAfterSeconds:o.retryAfterSeconds};return o.fallbackCapability&&(k.fallbackCapability=o.fallbackCapability),k},A=async()=>{m(null);try{$(await me("POST","/routing/dry-run",{capability:e,policy:v(),limit:100}))}catch(k){$(null),m(k)}};return g`<form class="policy" onSubmit=${k=>{k.preventDefault(),s({title:`Change routing of ${e}?`,body:g`<p>New sessions for <strong>${e}</strong> are routed by
        <strong>${o.strategy}</strong>${o.sticky?", sticky":""}${o.failover?", with failover":""}.</p>`,confirmLabel:"Apply",run:()=>me("PUT","/routing",{capability:e,policy:v()})})}} aria-label=${`routing policy for ${e}`}>
    <h3>${e}</h3>
    <label class="field" for=${h("strategy")}>Strategy
      <select id=${h("strategy")} name="strategy" disabled=${!n} value=${o.strategy}
        onChange=${k=>u({strategy:k.target.value})}>
        ${l.map(k=>g`<option value=${k}>${k}</option>`)}
      </select></label>
    <p class="hint">${hd[o.strategy]??"a plugged-in strategy"}</p>
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
        <button type="button" disabled=${!c} onClick=${()=>r(t)}>Reset</button>
        <button type="submit" class="primary" disabled=${!c}>Save</button></div>`:null}
  <${be} error=${_} />
  ${f?g`<${gd} trial=${f} />`:null}
  </form>`}function gd({trial:e}){let t=le(ye).fleet?.agents,l=[...new Set([...Object.keys(e.summary.before),...Object.keys(e.summary.after)])].sort();return g`
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
  `}function Xa(){let e=le(ve),t=Re("routing","agents"),[l,n]=D(null),[s,o]=D(null),[r,c]=D(null);X(()=>{pe("/routing").then(n).catch(o)},[t]);let u=We(e);return g`<div class="view">
    <div class="view-head"><h1>Routing</h1></div>
    <${be} error=${s} />
    ${l&&l.items.length===0?g`<${Q}>No capability is known yet.</${Q}>`:null}
    <div class="policies">
      ${l?.items.map(h=>g`
        <${K}>
          <${md} capability=${h.capability} policy=${h.policy}
            strategies=${l.strategies} editable=${u} ask=${c} />
          </${K}>
      `)}
    </div>
    <${At} request=${r} onClose=${()=>c(null)} />
  </div>`}function ec(e,t){let l=e.split(`
`),n=t.split(`
`),s=l.length,o=n.length,r=Array.from({length:s+1},()=>new Array(o+1).fill(0));for(let f=s-1;f>=0;f--)for(let $=o-1;$>=0;$--)r[f][$]=l[f]===n[$]?r[f+1][$+1]+1:Math.max(r[f+1][$],r[f][$+1]);let c=[],u=0,h=0;for(;u<s&&h<o;)l[u]===n[h]?(c.push({kind:"same",text:l[u]}),u++,h++):r[u+1][h]>=r[u][h+1]?c.push({kind:"del",text:l[u++]}):c.push({kind:"add",text:n[h++]});for(;u<s;)c.push({kind:"del",text:l[u++]});for(;h<o;)c.push({kind:"add",text:n[h++]});return c}var Ds=e=>JSON.stringify(e,null,2);function $d(e){return/body\.config\.([\w.[\]]+)/.exec(e)?.[1]}function tc({before:e,after:t}){let l=ec(Ds(e),Ds(t));if(l.filter(o=>o.kind!=="same").length===0)return g`<${Q}>No difference.</${Q}>`;let s=l.map((o,r)=>l.slice(Math.max(0,r-2),r+3).some(c=>c.kind!=="same"));return g`<pre class="diff" aria-label="differences">${l.map((o,r)=>s[r]?g`<div class=${`d-${o.kind}`}>${o.kind==="add"?"+ ":o.kind==="del"?"- ":"  "}${o.text}</div>`:null)}</pre>`}function nc(){let e=le(ve),t=Re("config"),[l,n]=D(null),[s,o]=D(""),[r,c]=D(!1),[u,h]=D(null),[f,$]=D([]),[_,m]=D(null),[v,A]=D(null),[E,k]=D(null),[y,S]=D(null),x=ar(e);X(()=>{pe("/config").then(C=>{n(C),r||o(Ds(C.config))}).catch(k),pe("/config/history",{limit:100}).then(C=>{$(C.items),C.items.length>=2&&_===null&&(m(C.items[1].version),A(C.items[0].version))}).catch(k)},[t]);let V=C=>{o(C),c(!0);try{JSON.parse(C),h(null)}catch(H){h(`not JSON: ${H.message}`)}},M=async C=>{try{await me("PUT","/config",{config:C,expectedVersion:l?.version}),c(!1),h(null)}catch(H){throw H instanceof un&&H.status===400&&h(H.message),H}},Y=async C=>{C.preventDefault();let H;try{H=JSON.parse(s)}catch(R){h(`not JSON: ${R.message}`);return}try{await M(H)}catch(R){R instanceof un&&R.status===400||k(R)}},G=C=>S({title:`Roll back to version ${C.version}?`,body:g`
        <p>Version ${C.version}'s settings become version ${(l?.version??0)+1}.</p>
        <${tc} before=${l?.config} after=${C.config} />
      `,confirmLabel:"Roll back",run:()=>M(C.config)}),ee=u?$d(u):void 0,U=C=>f.find(H=>H.version===C);return g`
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
                    <button type="button" disabled=${!r} onClick=${()=>{o(Ds(l?.config)),c(!1),h(null)}}>Discard</button>
                    <button type="submit" class="primary" disabled=${!r||!!u?.startsWith("not JSON")}>Save</button>
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
            <td><${_e} at=${C.at} /></td><td>${C.by?ll(C.by):"\u2014"}</td>
            <td><label class="check"><input type="radio" name="left" checked=${_===C.version}
              onChange=${()=>m(C.version)} aria-label=${`compare from version ${C.version}`} />from</label>
              <label class="check"><input type="radio" name="right" checked=${v===C.version}
              onChange=${()=>A(C.version)} aria-label=${`compare to version ${C.version}`} />to</label></td>
            ${x?g`<td>${C.version!==l?.version?g`<button type="button" onClick=${()=>G(C)}>Roll back</button>`:null}</td>`:null}</tr>`)}</tbody></table>
            ${f.length===0?g`<${Q}>The defaults are in force: no change yet.</${Q}>`:null}
            ${U(_)&&U(v)?g`
                <h3>Version ${_} → ${v}</h3>
                <${tc} before=${U(_).config} after=${U(v).config} />
              `:null}
          </${K}>
        </div>
        <${At} request=${y} onClose=${()=>S(null)} />
      </div>
  `}var lc=50,_d=["agent.registered","agent.healthChanged","agent.drained","agent.undrained","agent.maintenanceChanged","agent.deregistered","agent.weightChanged","session.opened","session.routed","session.rebound","session.closed","routing.policyChanged","config.changed"];function bd({e,onStream:t}){let[l,n]=D(!1);return g`<li class="event"><div class="event-line">
    <button type="button" class="event-head" aria-expanded=${l} onClick=${()=>n(!l)}>
      <span class="pos">#${e.position}</span> <code>${e.type}</code></button>
    <button type="button" class="link muted" title="only this stream"
      onClick=${()=>t(e.streamId)}>${e.streamId}</button>
    <span class="spacer"></span>
      ${e.metadata.principal?g`<span class="muted">by ${ll(e.metadata.principal.sub)}</span>`:null}
      <${_e} at=${e.recordedAt} />
    </div>
    ${l?g`<pre class="code">${JSON.stringify(e,null,2)}</pre>`:null}
  </li>`}function vd({head:e}){let[t,l]=D(null),[n,s]=D(null),[o,r]=D(null),[c,u]=D(null),[h,f]=D(null),$=t??e;return X(()=>{if($<1)return;let _=setTimeout(()=>{pe("/agents",{at:$,limit:1e3}).then(m=>{s(m.items),r(m.at),f(null)}).catch(f),Mn("/events",{from:$,limit:1}).then(m=>u(m[0]??null)).catch(()=>u(null))},250);return()=>clearTimeout(_)},[$]),g`<${K} title="Time travel">
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
  </${K}>`}function sc(){let e=le(ve),t=le(ye),[l,n]=D(""),[s,o]=D(""),[r,c]=D([1]),[u,h]=D([]),[f,$]=D(null),_=Math.max(0,...Object.values(t.fleet?.summary.positions??{})),m=r.at(-1);if(X(()=>{Dn(e)&&Mn("/events",{from:m,limit:lc,stream:l,type:s}).then(E=>{h(E),$(null)}).catch($)},[m,l,s]),!Dn(e))return g`
      <div class="view">
        <h1>Log</h1>
        <${Q}>The event log is for the auditor and admin roles.</${Q}></div>
    `;let v=E=>E.target.value,A=E=>k=>{E(v(k).trim()),c([1])};return g`
    <div class="view">
      <div class="view-head"><h1>Log</h1><span class="muted">${_} events</span></div>
      <${vd} head=${_} />
      <${K} title="Events">
          <div class="filters" role="search">
            <label class="field inline">Stream <input type="search" placeholder="agent-…, session-…"
              value=${l} onChange=${A(n)} /></label>
            <label class="field inline">Type <input type="search" list="event-types" placeholder="any"
              value=${s} onChange=${A(o)} /></label>
            <datalist id="event-types">${_d.map(E=>g`<option value=${E} />`)}</datalist>
            <label class="field inline">From position <input type="number" min="1" value=${m}
              onChange=${E=>c([Math.max(1,Number(v(E))||1)])} /></label>
          </div>
          <${be} error=${f} />
          <ol class="events" aria-label="events">${u.map(E=>g`<${bd} e=${E} onStream=${k=>{n(k),c([1])}} />`)}</ol>
          ${u.length===0?g`<${Q}>No events match.</${Q}>`:null}
          <div class="pager" role="navigation" aria-label="pages">
            <button type="button" disabled=${r.length<=1}
              onClick=${()=>c(r.slice(0,-1))}>← Earlier</button>
            <button type="button" disabled=${u.length<lc}
              onClick=${()=>c([...r,u.at(-1).position+1])}>Later →</button>
          </div>
        </${K}>
      </div>
  `}var oc=["error_rate","relay_p99_ms","response_p99_ms","unhealthy_agents","agent_unhealthy","sessions","sessions_per_agent","failovers_per_s","open_refusals_per_s","projection_lag_ms"],ic=[">",">=","<","<=","==","!="],rc=["info","warning","critical"];var yd={name:"",metric:"agent_unhealthy",op:">",threshold:0,forSeconds:0,severity:"warning"};function wd(e){let t=e.split(",").map(l=>l.trim()).filter(Boolean).map(l=>{let n=l.indexOf("=");return n>0?[l.slice(0,n).trim(),l.slice(n+1).trim()]:[l,""]});return t.length>0?Object.fromEntries(t):void 0}var ac=e=>Object.entries(e??{}).map(([t,l])=>`${t}=${l}`).join(", ");function Sd(e){let t=Date.parse(e.from),l=Date.parse(e.to),n=Math.max(1,e.stepSeconds)*1e3,s=[],o=[],r=[],c=e.intervals.map(u=>({active:Date.parse(u.activeAt),fired:Date.parse(u.firedAt),resolved:u.resolvedAt?Date.parse(u.resolvedAt):1/0}));for(let u=t;u<=l;u+=n)s.push(u/1e3),o.push(c.filter(h=>h.fired<=u&&u<h.resolved).length),r.push(c.filter(h=>h.active<=u&&u<h.fired).length);return[s,o,r]}function kd({rule:e,channels:t,onDone:l,ask:n}){let[s,o]=D(e),[r,c]=D(ac(e.selector)),[u,h]=D("3600"),[f,$]=D(null),[_,m]=D(null),v=S=>o({...s,...S}),A=()=>{let{id:S,...x}=s,V=wd(r);return{...x,...V?{selector:V}:{selector:void 0}}},E=async()=>{m(null);try{$(await me("POST","/alert-rules/dry-run",{rule:A(),windowSeconds:Number(u)}))}catch(S){$(null),m(S)}},k=async S=>{S.preventDefault(),m(null);try{s.id?await me("PUT",`/alert-rules/${encodeURIComponent(s.id)}`,A()):await me("POST","/alert-rules",A()),l()}catch(x){m(x)}},y=S=>S.target.value;return g`<form class="rule-editor" onSubmit=${k} aria-label="alert rule">
    <div class="form-grid">
      <label class="field">Name<input required value=${s.name}
        onInput=${S=>v({name:y(S)})} /></label>
      <label class="field">Metric<select value=${s.metric}
        onChange=${S=>v({metric:y(S)})}>
        ${oc.map(S=>g`<option value=${S}>${S}</option>`)}</select></label>
      <label class="field">Selector<input value=${r} placeholder="agentId=…, capability=…"
        onInput=${S=>c(y(S))} /></label>
      <label class="field">Condition<span class="row tight"><select value=${s.op}
        aria-label="operator" onChange=${S=>v({op:y(S)})}>
        ${ic.map(S=>g`<option value=${S}>${S}</option>`)}</select>
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
          data=${Sd(f)} range=${[Date.parse(f.from)/1e3,Date.parse(f.to)/1e3]}
          emptyText="would not have fired" />
        <p class="hint">${`${f.evaluations} evaluations from ${f.source}: it would have fired ${f.intervals.length} time${f.intervals.length===1?"":"s"}.`}</p>
      `:null}
    <div class="row end">
      ${pt("POST /alert-rules/dry-run")?g`
        <${sl} label="Dry-run window" value=${u} onChange=${h}
          options=${[{value:"3600",label:"1 h"},{value:"86400",label:"24 h"}]} />
        <button type="button" onClick=${E}>Dry run</button>
      `:null}
      <div class="spacer"></div>
      ${s.id?g`<button type="button" class="danger" onClick=${()=>n({title:`Delete rule ${s.name}?`,confirmLabel:"Delete",danger:!0,run:async()=>{await me("DELETE",`/alert-rules/${encodeURIComponent(s.id)}`),l()}})}>Delete</button>`:null}
      <button type="button" onClick=${l}>Cancel</button>
      <button type="submit" class="primary">${s.id?"Save rule":"Create rule"}</button>
    </div>
  </form>`}function cc({ask:e}){let t=le(ve),l=Re("alerts"),[n,s]=D([]),[o,r]=D([]),[c,u]=D(null),[h,f]=D(null),[$,_]=D(0);X(()=>{pe("/alert-rules").then(v=>s("items"in v?v.items:v.rules)).catch(f),pt("GET /notification-channels")&&pe("/notification-channels").then(v=>r(v.items)).catch(v=>{v instanceof un&&v.status===403||f(v)})},[l,$]);let m=We(t);return g`<${K} title="Rules" actions=${m&&!c?g`<button type="button" class="primary" onClick=${()=>u(yd)}>New rule</button>`:null}>
    <${be} error=${h} />
    ${c?g`
        <${kd} rule=${c} channels=${o} ask=${e}
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
          <td><code>${v.metric}${v.selector?`{${ac(v.selector)}}`:""} ${v.op} ${v.threshold}</code></td>
          <td>${v.forSeconds}s</td><td>${v.severity}</td>
          <td class="hide-narrow">${(v.channels??[]).map(A=>g`<span class="tag">${o.find(E=>E.id===A)?.name??A.slice(0,8)}</span>`)}</td>
          ${m?g`<td><button type="button" onClick=${()=>u(v)}>Edit</button></td>`:null}</tr>`)}</tbody>
      </table>
    `}
  </${K}>`}function xd({id:e}){let[t,l]=D(null),[n,s]=D(null);return X(()=>{pe(`/notification-channels/${encodeURIComponent(e)}/deliveries`,{limit:20}).then(o=>l(o.items)).catch(s)},[e]),n?g`<${be} error=${n} />`:t?t.length===0?g`<${Q}>Nothing delivered yet.</${Q}>`:g`<ol class="timeline">${t.map(o=>g`<li><${_e} at=${o.at} /> <span>${o.status??o.outcome??""}</span>
      ${o.httpStatus?g`<code>HTTP ${o.httpStatus}</code>`:null}
      ${o.attempt?g`<span class="muted">attempt ${o.attempt}</span>`:null}
      ${o.error?g`<span class="error">${o.error}</span>`:null}</li>`)}</ol>`:g`<p class="loading">Loading…</p>`}function uc({ask:e}){let t=le(ve),l=Re("alerts"),[n,s]=D([]),[o,r]=D(null),[c,u]=D(""),[h,f]=D(""),[$,_]=D(""),[m,v]=D(null),[A,E]=D(0);X(()=>{pe("/notification-channels").then(S=>s(S.items)).catch(v)},[l,A]);let k=async S=>{S.preventDefault(),v(null);try{await me("POST","/notification-channels",{name:c,type:"webhook",url:h,...$?{secret:$}:{}}),u(""),f(""),_(""),E(x=>x+1)}catch(x){v(x)}},y=S=>S.target.value;return g`<${K} title="Notification channels">
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
                          onClick=${()=>r(o===S.id?null:S.id)}>Deliveries</button>
                        ${We(t)?g`<button type="button" class="danger" onClick=${()=>e({title:`Delete channel ${S.name}?`,confirmLabel:"Delete",danger:!0,run:async()=>{await me("DELETE",`/notification-channels/${encodeURIComponent(S.id)}`),E(x=>x+1)}})}>Delete</button>`:null}</div>
              </td>
            </tr>
                      ${o===S.id?g`
                          <tr>
                            <td colspan="4">
                              <${xd} id=${S.id} />
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
  </${K}>`}var Ps=e=>e.labels?.alertname??e.annotations?.summary??e.ruleId;function fc({labels:e}){let t=Object.entries(e??{}).filter(([l])=>l!=="alertname");return g`${t.map(([l,n])=>g`<span class="tag">${l}=${n}</span>`)}`}function Cd({ask:e}){let t=le(ve),l=Re("alerts"),[n,s]=D([]),[o,r]=D(null);return X(()=>{pe("/silences",{state:"all"}).then(c=>s(c.items)).catch(r)},[l]),g`<${K} title="Silences">
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
  </${K}>`}function dc(){let e=le(ve),t=Re("alerts"),[l,n]=D("firing"),[s,o]=D([]),[r,c]=D(null),[u,h]=D(null);X(()=>{pe("/alerts",{state:l}).then(m=>{o(m.items),c(null)}).catch(c)},[t,l]);let f=We(e),$=m=>h({title:`Acknowledge ${Ps(m)}?`,body:g`<p>It keeps firing; the acknowledgement says someone is on it.</p>`,confirmLabel:"Acknowledge",input:{label:"Comment",value:"on it"},run:v=>me("POST",`/alerts/${encodeURIComponent(m.id)}/ack`,v?{comment:v}:{})}),_=m=>h({title:`Silence ${Ps(m)}?`,body:g`
        <p>Notifications for alerts with these labels stop until the silence ends:</p>
        <p>
          <${fc} labels=${m.labels} />
        </p>
      `,confirmLabel:"Silence",input:{label:"For how many minutes",value:"60",type:"number"},run:v=>me("POST","/silences",{matchers:Object.entries(m.labels??{alertname:Ps(m)}).map(([A,E])=>({name:A,value:E,isRegex:!1,isEqual:!0})),endsAt:new Date(Date.now()+Number(v)*6e4).toISOString(),comment:"silenced from the UI"})});return g`
    <div class="view">
      <div class="view-head">
        <h1>Alerts</h1>
        <div class="spacer"></div>
        <${sl} label="Alert state" value=${l} onChange=${n}
          options=${[{value:"firing",label:"Firing"},{value:"resolved",label:"Resolved"},{value:"all",label:"All"}]} />
      </div>
      <${be} error=${r} />
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
              <td class="hide-narrow"><${fc} labels=${m.labels} /></td>
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
        ${pt("GET /alert-rules")&&pt("POST /alert-rules")?g`<${cc} ask=${h} />`:null}
        ${pt("GET /silences")?g`<${Cd} ask=${h} />`:null}
        ${pt("GET /notification-channels")?g`<${uc} ask=${h} />`:null}
        <${At} request=${u} onClose=${()=>h(null)} />
      </div>
  `}function pc(){let e=localStorage.getItem("switchboard-theme");return e==="light"||e==="dark"?e:matchMedia("(prefers-color-scheme: dark)").matches?"dark":"light"}function qo(e){document.documentElement.dataset.theme=e}function hc(){let[e,t]=D(document.documentElement.dataset.theme??"light");return g`
    <button type="button" class="icon" onClick=${()=>{let n=e==="dark"?"light":"dark";qo(n),localStorage.setItem("switchboard-theme",n),t(n),dispatchEvent(new Event("switchboard-theme"))}}
      aria-label=${`switch to ${e==="dark"?"light":"dark"} theme`}
      title="light / dark">${e==="dark"?$r():_r()}</button>
  `}var Ed=[["overview","Overview"],["distribution","Distribution"],["agents","Agents"],["sessions","Sessions"],["routing","Routing"],["config","Config"],["log","Log"],["alerts","Alerts"]];function Td({parts:e}){let[t,l]=e;switch(t){case"distribution":return g`<${Ja} />`;case"agents":return l?g`<${qa} id=${l} />`:g`<${Ka} />`;case"sessions":return l?g`<${Qa} id=${l} />`:g`<${Za} />`;case"routing":return g`<${Xa} />`;case"config":return g`<${nc} />`;case"log":return g`<${sc} />`;case"alerts":return g`<${dc} />`;default:return g`<${Ya} />`}}function Ad(){let e=le(ve),t=le(ye),l=fr(),n=l[0]??"overview";X(()=>(cr(),ur),[]);let s=cn(!0);X(()=>{if(s.current){s.current=!1;return}document.getElementById("main")?.focus({preventScroll:!0}),scrollTo(0,0)},[l.join("/")]);let o=async()=>{try{await rr()}finally{ve.set(null)}};return g`
    <div class="shell">
      <a class="skip" href="#main">Skip to content</a>
      <header class="top">
        <div class="brand"><span class="logo" aria-hidden="true">⇄</span> Switchboard</div>
        <nav class="nav" aria-label="Views">
            ${Ed.map(([r,c])=>g`
                <a href=${`#/${r}`} aria-current=${n===r?"page":void 0}
                  class=${n===r?"on":""}>${c}</a>
              `)}
          </nav>
        <div class="spacer"></div>
        <span class=${`live-dot ${t.connected?"on":""}`} role="status"
          title=${t.connected?"live feed connected":"live feed reconnecting"}>
            ${t.connected?"live":"offline"}</span>
        <${hc} />
        <span class="who" title=${e?.roles.join(", ")}>
            ${ll(e?.sub)} <span class="role">${e?.roles.join(", ")}</span>
            ${We(e)?null:g`<span class="badge s-readonly">read-only</span>`}
          </span>
        <button type="button" onClick=${o}>Sign out</button>
      </header>
      <main id="main" class="main" tabindex="-1">
        <${Td} parts=${l} />
      </main>
    </div>
  `}function mc(){let e=le(ve),[t,l]=D(null);return X(()=>{nr(()=>ve.set(null)),Promise.all([or(),ir()]).then(([n])=>ve.set(n??null)).catch(l)},[]),X(()=>{e&&!location.hash&&cs("overview")},[e]),t?g`<p class="error" role="alert">${String(t)}</p>`:e===void 0?g`<p class="loading" role="status">Loading…</p>`:e===null?g`<${br} />`:g`<${Ad} />`}qo(pc());Vi(g`<${mc} />`,document.getElementById("app"));
